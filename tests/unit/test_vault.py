"""Creating, opening and refusing vaults: real SQLCipher files in tmp folders."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from radprev_desktop.core import crypto
from radprev_desktop.core.errors import (
    AccountDisabled,
    Conflict,
    LoginDelayed,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    VaultNotWritable,
    VaultTooNew,
    WeakPassword,
    WrongPassword,
)
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import migrations
from radprev_desktop.core.vault.connection import NEW_VAULTS, connect_recorded
from radprev_desktop.core.vault.keys import failure_delay
from radprev_desktop.core.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD, create_vault


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a vault folder with its bytes (to prove nothing changed)."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_create_writes_only_the_vault_files_owner_only(admin: Session, vault_dir: Path) -> None:
    names = sorted(p.name for p in vault_dir.iterdir())
    assert names[:2] == ["vault.db", "vault.db-shm"] or "vault.db" in names
    assert "vault.anchor" in names  # the audit anchor's own file (decision 0033)
    assert set(names) <= {
        "vault.db",
        "vault.db-wal",
        "vault.db-shm",
        "vault.keys",
        "vault.anchor",
        "backups",
    }
    for name in ("vault.db", "vault.keys", "vault.anchor"):
        mode = stat.S_IMODE((vault_dir / name).stat().st_mode)
        assert mode & 0o077 == 0, f"{name} is readable by others: {oct(mode)}"
    assert stat.S_IMODE(vault_dir.stat().st_mode) & 0o077 == 0


def test_new_vault_has_admin_recovery_slot_and_signing_key(admin: Session) -> None:
    assert admin.user.username == ADMIN
    assert admin.user.has(Role.ADMINISTRATOR)
    assert admin.mode is Mode.WORKSTATION
    assert len(bytes.fromhex(admin.meta("signing_public") or "")) == 32
    key_file = admin.vault.read_keys()
    assert key_file.recovery_slot() is not None
    assert key_file.slot_for(ADMIN) is not None
    assert admin.meta("schema_version") == str(migrations.latest_version())


def test_cannot_create_over_an_existing_vault(admin: Session, vault_dir: Path) -> None:
    with pytest.raises(VaultExists):
        create_vault(vault_dir)


def test_weak_admin_password_refused_and_nothing_written(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    with pytest.raises(WeakPassword):
        VaultAccess(folder).create(
            mode=Mode.WORKSTATION,
            establishment_code="X1",
            establishment_name="X",
            admin_username="admin",
            admin_password="short",
            kdf=crypto.KdfParams(1, 1024, 1),
        )
    assert not (folder / "vault.db").exists()


def test_login_reopens_and_wrong_password_is_typed_and_changes_nothing(
    admin: Session, vault_dir: Path
) -> None:
    admin.close()
    vault = VaultAccess(vault_dir)
    db_before = (vault_dir / "vault.db").read_bytes()
    with pytest.raises(WrongPassword):
        vault.login(ADMIN, "not-the-password")
    assert (vault_dir / "vault.db").read_bytes() == db_before
    result = vault.login(ADMIN, ADMIN_PASSWORD)
    assert result.failed_attempts_since_last_login == 1
    result.session.close()
    again = vault.login(ADMIN, ADMIN_PASSWORD)
    assert again.failed_attempts_since_last_login == 0
    again.session.close()


def test_unknown_user_is_a_wrong_password(admin: Session, vault_dir: Path) -> None:
    with pytest.raises(WrongPassword):
        VaultAccess(vault_dir).login("nobody", ADMIN_PASSWORD)


def test_failed_logins_delay_grows_and_survives_restart(admin: Session, vault_dir: Path) -> None:
    now = [1_000_000.0]
    vault = VaultAccess(vault_dir, clock=lambda: now[0])
    for _ in range(3):
        with pytest.raises(WrongPassword):
            vault.login(ADMIN, "wrong-password-x")
    # A new object (a restart) still knows about the failures.
    restarted = VaultAccess(vault_dir, clock=lambda: now[0])
    with pytest.raises(LoginDelayed) as delayed:
        restarted.login(ADMIN, ADMIN_PASSWORD)
    assert delayed.value.seconds == pytest.approx(failure_delay(3))
    now[0] += failure_delay(3) + 0.1
    with pytest.raises(WrongPassword):
        restarted.login(ADMIN, "wrong-password-y")
    with pytest.raises(LoginDelayed) as longer:
        restarted.login(ADMIN, ADMIN_PASSWORD)
    assert longer.value.seconds > delayed.value.seconds
    now[0] += failure_delay(4) + 0.1
    result = restarted.login(ADMIN, ADMIN_PASSWORD)
    assert result.failed_attempts_since_last_login == 4
    result.session.close()


def test_failure_delay_schedule() -> None:
    assert [failure_delay(n) for n in range(1, 8)] == [0, 0, 2, 4, 8, 16, 32]
    assert failure_delay(100) == 300


def test_failed_attempts_reach_the_audit_log(
    admin: Session, vault_dir: Path, auditor: Session
) -> None:
    vault = VaultAccess(vault_dir)
    with pytest.raises(WrongPassword):
        vault.login(ADMIN, "wrong-password-z")
    result = vault.login(ADMIN, ADMIN_PASSWORD)
    result.session.close()
    actions = [
        r[0]
        for r in auditor.con.execute(
            "SELECT action FROM audit WHERE user = ? ORDER BY seq", (ADMIN,)
        )
    ]
    assert "login_failed_attempts" in actions
    assert actions[-1] in ("login", "logout")


def test_stdlib_sqlite_cannot_read_the_vault(admin: Session, vault_dir: Path) -> None:
    con = sqlite3.connect(vault_dir / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    con.close()


def test_vault_from_newer_version_is_refused_unchanged(admin: Session, vault_dir: Path) -> None:
    admin.con.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    admin.close()
    before = snapshot(vault_dir)
    with pytest.raises(VaultTooNew) as err:
        VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    assert "newer version" in str(err.value)
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize(
    "damage",
    [
        "missing",
        "truncated",
        "not-json",
        "edited-field",
        "edited-checksum-recomputed",
        "weaker-kdf-checksum-recomputed",
    ],
)
def test_damaged_key_file_gives_a_clear_message_and_changes_nothing(
    admin: Session, vault_dir: Path, damage: str
) -> None:
    admin.close()
    keys = vault_dir / "vault.keys"
    raw = keys.read_bytes()
    if damage == "missing":
        keys.unlink()
    elif damage == "truncated":
        keys.write_bytes(raw[: len(raw) // 2])
    elif damage == "not-json":
        keys.write_bytes(b"\x00\x01garbage")
    elif damage == "edited-field":
        keys.write_bytes(raw.replace(b'"username": "admin"', b'"username": "admim"'))
    else:
        from radprev_desktop.core.vault import keys as slots

        data = json.loads(raw)
        data.pop("checksum")
        if damage == "edited-checksum-recomputed":
            for slot in data["slots"]:
                if slot["username"] == ADMIN:
                    blob = bytearray(crypto.unb64(slot["wrapped_private"]))
                    blob[20] ^= 1
                    slot["wrapped_private"] = crypto.b64(bytes(blob))
        else:
            # Whoever can write the file lowers the cost for future passwords: the
            # HMAC under the vault key shows the edit once the key is known.
            data["kdf_default"]["m"] = 8
        data["checksum"] = crypto.sha256_hex(slots._canonical(data))
        keys.write_bytes(json.dumps(data).encode())
    before = snapshot(vault_dir)
    with pytest.raises((VaultDamaged, WrongPassword)) as err:
        VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    if damage == "edited-checksum-recomputed":
        # The slot's own AEAD refuses it (and the failed attempt is counted).
        assert isinstance(err.value, WrongPassword)
    else:
        assert isinstance(err.value, VaultDamaged)
        assert "vault.keys" in str(err.value)
    assert "\n" not in str(err.value)
    after = snapshot(vault_dir)
    assert after["vault.db"] == before["vault.db"]
    if damage not in ("edited-checksum-recomputed", "weaker-kdf-checksum-recomputed"):
        assert after == before


def test_truncated_database_is_reported_as_damaged(admin: Session, vault_dir: Path) -> None:
    admin.close()
    db = vault_dir / "vault.db"
    data = db.read_bytes()
    for cut in (len(data) // 2, 4096 * 2, 1000):
        db.write_bytes(data[:cut])
        with pytest.raises(VaultDamaged) as err:
            VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
        assert "vault.db" in str(err.value)
        assert db.read_bytes() == data[:cut]


def test_database_with_zeroed_pages_is_reported_as_damaged(admin: Session, vault_dir: Path) -> None:
    """Found with the bundle: a vault.db of full length with zeroed pages (a disk fault)
    raised SQLCipher's own DatabaseError at login, which the login window showed as
    "radprev met an unexpected error" with a crash report instead of "damaged: restore
    from a backup" and its Restore button. Every page is zeroed in turn (a page met only
    by the login's own audit entries failed after the opening), then a run of pages as
    seen in the bundle: a login either opens (the page is not read at login) or is
    refused as damaged, never with another error, and the file is left as it was."""
    admin.close()
    db = vault_dir / "vault.db"
    data = db.read_bytes()
    pages = len(data) // 4096
    assert pages > 3
    refused = []
    cases = [(n, n + 1) for n in range(1, pages)] + [(3, min(pages, 23))]
    assert cases
    for first, last in cases:
        damaged = data[: 4096 * first] + b"\0" * 4096 * (last - first) + data[4096 * last :]
        assert len(damaged) == len(data)
        db.write_bytes(damaged)
        try:
            VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD).session.close()
        except VaultDamaged as exc:
            assert "vault.db" in str(exc)
            assert db.read_bytes() == damaged
            refused.append(first)
        db.write_bytes(data)
    assert 3 in refused and len(refused) > 2, refused


def test_damaged_database_met_by_the_pre_upgrade_backup_is_reported_as_damaged(
    admin: Session, vault_dir: Path
) -> None:
    """Seen with the rebuilt bundle: a vault one migration behind, with zeroed pages the
    opening checks do not read, failed in the pre-upgrade backup with "The backup could
    not be written or did not verify (database disk image is malformed)" and no offer of
    a restore; it is a damaged vault.db."""
    admin.con.execute(f"PRAGMA user_version = {migrations.latest_version() - 1}")
    admin.close()
    db = vault_dir / "vault.db"
    data = db.read_bytes()
    pages = len(data) // 4096
    assert pages > 23
    damaged = data[: 4096 * 3] + b"\0" * 4096 * 20 + data[4096 * 23 :]
    db.write_bytes(damaged)
    with pytest.raises(VaultDamaged) as err:
        VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    assert "vault.db" in str(err.value)
    assert db.read_bytes() == damaged


def test_missing_database_is_reported(admin: Session, vault_dir: Path) -> None:
    admin.close()
    (vault_dir / "vault.db").unlink()
    with pytest.raises(VaultDamaged):
        VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)


def test_empty_folder_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        VaultAccess(tmp_path).login(ADMIN, ADMIN_PASSWORD)


def test_read_only_folder_refused_via_access_check(
    admin: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root the OS lets us write anyway, so the access check itself is exercised."""
    admin.close()
    before = snapshot(vault_dir)
    real_access = os.access

    def no_write(path: object, mode: int) -> bool:
        if Path(str(path)) == vault_dir and mode & os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", no_write)
    with pytest.raises(VaultNotWritable) as err:
        VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    assert "cannot be written" in str(err.value)
    assert snapshot(vault_dir) == before


def test_recovery_code_sets_a_new_password(
    admin: Session, vault_dir: Path, recovery_code: str
) -> None:
    admin.close()
    vault = VaultAccess(vault_dir)
    with pytest.raises(WrongPassword):
        vault.recover("AAAAA-BBBBB", ADMIN, "brand-new-password")
    # Lower case and spaces, as typed from paper.
    vault.recover(recovery_code.lower().replace("-", " "), ADMIN, "brand-new-password")
    with pytest.raises(WrongPassword):
        vault.login(ADMIN, ADMIN_PASSWORD)
    session = vault.login(ADMIN, "brand-new-password").session
    actions = [r[0] for r in session.con.execute("SELECT action FROM audit")]
    assert "recovery_code_used" in actions
    session.close()


def test_password_change_rewraps_one_slot(make_session, admin: Session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    officer = make_session(Role.OFFICER, username="olga")
    with pytest.raises(WrongPassword):
        users.change_own_password(officer, "not-it-at-all", "another-password-2")
    users.change_own_password(officer, PASSWORD, "another-password-2")
    officer.close()
    vault = VaultAccess(vault_dir)
    with pytest.raises(WrongPassword):
        vault.login("olga", PASSWORD)
    vault.login("olga", "another-password-2").session.close()
    # The admin's slot was not touched: it still opens.
    vault.login(ADMIN, ADMIN_PASSWORD).session.close()


def test_admin_reset_forces_change_at_next_login(
    make_session, admin: Session, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    make_session(Role.OFFICER, username="olga").close()
    users.set_password_for(admin, "olga", "temporary-pass-1")
    result = VaultAccess(vault_dir).login("olga", "temporary-pass-1")
    assert result.must_change_password
    users.change_own_password(result.session, "temporary-pass-1", "my-own-password-9")
    result.session.close()
    again = VaultAccess(vault_dir).login("olga", "my-own-password-9")
    assert not again.must_change_password
    again.session.close()


def test_removal_rekeys_old_password_and_old_key_open_nothing(
    make_session,
    admin: Session,
    vault_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    officer = make_session(Role.OFFICER, username="olga")
    old_key = officer.vault_key.copy()
    officer.close()
    make_session(Role.SUPERVISOR, username="stefan").close()
    vault_access.remove_user(admin, "olga")
    assert not admin.vault_key.equals(old_key)
    vault = VaultAccess(vault_dir)
    with pytest.raises(WrongPassword):
        vault.login("olga", PASSWORD)
    with pytest.raises(WrongPassword):
        connect_recorded(vault_dir / "vault.db", old_key, NEW_VAULTS)  # either setting
    # Everyone else still gets in, with the new key.
    stefan = vault.login("stefan", PASSWORD).session
    assert stefan.vault_key.equals(admin.vault_key)
    stefan.close()
    # The admin's session carries on after the rekey.
    assert users.get_user(admin, "olga").removed
    key_file = Vault(vault_dir).read_keys()
    assert key_file.generations() == [2]
    assert key_file.slot_for("olga") is None
    # Old backups (old key) were replaced by one under the new key.
    backups = list((vault_dir / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.endswith("after-rekey")


def test_disabled_account_cannot_log_in(make_session, admin: Session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    officer = make_session(Role.OFFICER, username="olga")
    old_key = officer.vault_key.copy()
    officer.close()
    vault_access.disable_user(admin, "olga")
    # The slot is gone: the password opens nothing, and neither does the old key.
    assert not Vault(vault_dir).read_keys().slot_for("olga")
    with pytest.raises(WrongPassword):
        VaultAccess(vault_dir).login("olga", PASSWORD)
    with pytest.raises(WrongPassword):
        connect_recorded(vault_dir / "vault.db", old_key, NEW_VAULTS)  # either setting
    assert not users.get_user(admin, "olga").active
    # An administrator reset cannot give a disabled account a slot; enabling does.
    with pytest.raises(Conflict):
        users.set_password_for(admin, "olga", "sneaky-reset-3")
    vault_access.enable_user(admin, "olga", "enabled-again-4")
    with pytest.raises(WrongPassword):
        VaultAccess(vault_dir).login("olga", PASSWORD)
    result = VaultAccess(vault_dir).login("olga", "enabled-again-4")
    assert result.must_change_password
    result.session.close()


def test_account_with_a_slot_but_inactive_is_refused(
    make_session, admin: Session, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A slot left by an older build (disabled without rekey) still opens nothing."""
    make_session(Role.OFFICER, username="olga").close()
    with admin.transaction() as con:
        con.execute("UPDATE users SET active = 0 WHERE username = 'olga'")
    with pytest.raises(AccountDisabled):
        VaultAccess(vault_dir).login("olga", PASSWORD)


def test_migrations_are_numbered_and_applied(admin: Session) -> None:
    available = migrations.available()
    assert [m.version for m in available] == list(range(1, len(available) + 1))
    assert migrations.current_version(admin.con) == migrations.latest_version()
