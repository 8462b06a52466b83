"""Removing, disabling and rekeying: who the new key is sealed to, and running it twice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from radprev_desktop.core import doctor
from radprev_desktop.core.errors import Conflict, NotFound, WrongPassword
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_changes, users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD


def slot_names(folder: Path) -> set[str]:
    return {s.username for s in Vault(folder).read_keys().slots}


def failed_checks(session: Session) -> dict[str, str]:
    return {name: detail for name, ok, detail in doctor.run(session).checks if not ok}


def test_rekey_never_seals_to_removed_disabled_or_unknown_slots(
    make_session: Callable[..., Session], admin: Session, vault_dir: Path
) -> None:
    for name in ("olga", "nina", "stefan"):
        make_session(Role.OFFICER, username=name).close()
    # What an older build, or an interrupted removal, could leave: marked removed or
    # disabled in the database while the key slot stayed in vault.keys.
    with admin.transaction() as con:
        con.execute(
            "UPDATE users SET active = 0, removed_at = '2026-01-01' WHERE username = 'olga'"
        )
        con.execute("UPDATE users SET active = 0 WHERE username = 'nina'")
    assert {"olga", "nina"} <= slot_names(vault_dir)
    problems = failed_checks(admin)
    assert "removed accounts still have slots: olga" in problems["key slots"]
    assert "disabled accounts still have slots: nina" in problems["key slots"]
    vault_access.rekey(admin)
    assert slot_names(vault_dir) == {ADMIN, "stefan", "(recovery)"}
    assert failed_checks(admin) == {}
    for name in ("olga", "nina"):
        with pytest.raises(WrongPassword):
            VaultAccess(vault_dir).login(name, PASSWORD)
    VaultAccess(vault_dir).login("stefan", PASSWORD).session.close()


def test_running_remove_again_finishes_or_does_nothing(
    make_session: Callable[..., Session], admin: Session, vault_dir: Path
) -> None:
    make_session(Role.OFFICER, username="olga").close()
    vault_access.remove_user(admin, "olga")
    generation = Vault(vault_dir).read_keys().generations()
    # Again: no "no such account", no second rekey.
    vault_access.remove_user(admin, "olga")
    assert Vault(vault_dir).read_keys().generations() == generation
    # A removal marked done while the slot stayed (old build): running it again rekeys.
    make_session(Role.OFFICER, username="nina").close()
    with admin.transaction() as con:
        con.execute(
            "UPDATE users SET active = 0, removed_at = '2026-01-01' WHERE username = 'nina'"
        )
    vault_access.remove_user(admin, "nina")
    assert "nina" not in slot_names(vault_dir)
    with pytest.raises(NotFound):
        vault_access.remove_user(admin, "nobody")


def test_disabled_then_removed_and_the_log_says_each_step(
    make_session: Callable[..., Session], admin: Session, vault_dir: Path
) -> None:
    make_session(Role.OFFICER, username="olga").close()
    vault_access.disable_user(admin, "olga")
    vault_access.remove_user(admin, "olga")
    assert users.get_user(admin, "olga").removed
    actions = [r[0] for r in admin.con.execute("SELECT action FROM audit ORDER BY seq")]
    order = [
        a
        for a in actions
        if a in ("user_disable_started", "user_disabled", "user_removal_started", "user_removed")
        or a == "vault_rekeyed"
    ]
    assert order == [
        "user_disable_started",
        "vault_rekeyed",
        "user_disabled",
        "user_removal_started",
        "user_removed",
    ]  # the account had no slot left: removing it needed no second rekey
    assert access_changes.pending(admin) is None


def test_an_administrator_login_finishes_an_interrupted_removal(
    make_session: Callable[..., Session],
    admin: Session,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_session(Role.OFFICER, username="olga").close()

    def power_cut(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # stands in for the process dying after the intent

    monkeypatch.setattr(access_changes, "_rekey", power_cut)
    with pytest.raises(KeyboardInterrupt):
        vault_access.remove_user(admin, "olga")
    monkeypatch.undo()
    assert access_changes.pending(admin) is not None
    assert "interrupted" in failed_checks(admin)["key changes"]
    with pytest.raises(Exception, match="disabled"):
        VaultAccess(vault_dir).login("olga", PASSWORD)  # refused from the intent on
    admin.close()
    result = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    assert any("olga was finished" in str(note) for note in result.finished)
    assert failed_checks(result.session) == {}
    assert users.get_user(result.session, "olga").removed
    result.session.close()


def test_enabling_is_for_disabled_accounts_only(
    make_session: Callable[..., Session], admin: Session
) -> None:
    make_session(Role.OFFICER, username="olga").close()
    with pytest.raises(Conflict):
        vault_access.enable_user(admin, "olga", "another-temp-pass-1")
    vault_access.remove_user(admin, "olga")
    with pytest.raises(NotFound):
        vault_access.enable_user(admin, "olga", "another-temp-pass-1")
    with pytest.raises(NotFound):
        vault_access.disable_user(admin, "olga")
