"""Creating, unlocking and rekeying a vault folder.

A vault folder holds `vault.db` (SQLCipher 4, raw 32-byte key), `vault.keys`
(key slots) and `backups/`. Nothing else is left there: a rekey's new database
is written beside the old one and renamed over it.
"""

from __future__ import annotations

import contextlib
import json
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

from radprev_desktop.core import audit, crypto
from radprev_desktop.core.clock import monotonic_wall, now_iso
from radprev_desktop.core.errors import (
    AccountDisabled,
    LoginDelayed,
    StorageError,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultNotFound,
    VaultNotWritable,
    WeakPassword,
    WrongPassword,
)
from radprev_desktop.core.fileio import check_writable, fsync_dir, make_private_dir, private_umask
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import ROLES_BY_MODE, Mode, Role, User
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault import migrations
from radprev_desktop.core.vault.connection import Connection, DatabaseError, connect, key_pragma

Progress = Callable[[int, int, str], None]

MIN_PASSWORD_LENGTH = 10
PAGE_SIZE = 4096

DEFAULT_SETTINGS: dict[str, object] = {
    "auto_lock_minutes": 5,
    "classification_marking": "OFFICIAL-SENSITIVE",
    "grading_preset": "3x5x2",
    "language": "en",
    "backups_kept": 7,
    "clipboard_clear_seconds": 30,
}


def default_vault_dir() -> Path:
    """`RADPREV_VAULT`, else a machine-wide data folder, else the user's data folder."""
    override = os.environ.get("RADPREV_VAULT")
    if override:
        return Path(override)
    site = Path(platformdirs.site_data_dir("radprev", "radprev"))
    if (site / "vault.db").exists():
        return site
    try:
        site.mkdir(parents=True, exist_ok=True)
        check_writable(site)
        return site
    except (OSError, StorageError):
        return Path(platformdirs.user_data_dir("radprev", "radprev"))


def check_new_password(password: str, username: str) -> str:
    """Normalise (NFC) and check a new password; raises WeakPassword."""
    password = unicodedata.normalize("NFC", password)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if password.casefold() == username.casefold():
        raise WeakPassword("The password must not be the username.")
    if len(set(password)) < 4:
        raise WeakPassword("The password repeats too few different characters.")
    return password


def failure_delay(consecutive: int) -> float:
    """Seconds to wait after `consecutive` failed attempts: none for 3, then doubling to 5 min."""
    if consecutive < 3:
        return 0.0
    return float(min(2 ** (consecutive - 2), 300))


@dataclass
class LoginResult:
    """A successful login: the session and what the user must be told."""

    session: Session
    failed_attempts_since_last_login: int
    must_change_password: bool


@dataclass
class CreatedVault:
    """A new vault: the administrator's session and the recovery code, shown once."""

    session: Session
    recovery_code: str


class Vault:
    """One vault folder. Holds no key itself: a `Session` does, once unlocked."""

    def __init__(self, folder: Path | str, *, clock: Callable[[], float] = monotonic_wall) -> None:
        self.folder = Path(folder)
        self.db_path = self.folder / "vault.db"
        self.keys_path = slots.keys_path(self.folder)
        self.backups_dir = self.folder / "backups"
        self.clock = clock

    # --- creation -------------------------------------------------------------

    def exists(self) -> bool:
        return self.db_path.exists() or self.keys_path.exists()

    @classmethod
    def create(
        cls,
        folder: Path | str,
        *,
        mode: Mode,
        establishment_code: str,
        establishment_name: str,
        admin_username: str,
        admin_password: str,
        admin_display_name: str = "",
        kdf: crypto.KdfParams | None = None,
        units: list[tuple[str, str]] | None = None,
    ) -> CreatedVault:
        """Make a new vault with one administrator and a recovery slot."""
        vault = cls(folder)
        if vault.exists():
            raise VaultExists(f"A vault already exists in {vault.folder}.")
        username = admin_username.strip()
        if (
            not username
            or not username.replace(".", "").replace("_", "").replace("-", "").isalnum()
        ):
            raise VaultError("A username uses letters, digits, '.', '_' or '-' only.")
        code = establishment_code.strip().upper()
        if not code or len(code) > 16 or not code.replace("-", "").isalnum():
            raise VaultError("An establishment code is 1–16 letters or digits.")
        password = check_new_password(admin_password, username)
        params = kdf or crypto.calibrate_kdf()
        make_private_dir(vault.folder)
        check_writable(vault.folder)
        vault_key = crypto.random_key()
        vault_id = new_id()
        recovery_code = crypto.new_recovery_code()
        admin_slot = slots.make_slot(
            vault_id=vault_id,
            kind="user",
            username=username,
            secret=password,
            kdf=params,
            sealed_keys={1: vault_key},
            slot_id=new_id(),
        )
        recovery_slot = slots.make_slot(
            vault_id=vault_id,
            kind="recovery",
            username=slots.RECOVERY_NAME,
            secret=crypto.normalise_recovery_code(recovery_code),
            kdf=params,
            sealed_keys={1: vault_key},
            slot_id=new_id(),
        )
        key_file = slots.KeyFile(vault_id, params, (admin_slot, recovery_slot))
        tmp_db = vault.folder / "vault.db.new"
        try:
            with private_umask():
                con = connect(tmp_db, vault_key)
            try:
                migrations.migrate(con)
                _initialise(
                    con,
                    vault_id=vault_id,
                    mode=mode,
                    code=code,
                    name=establishment_name.strip() or code,
                    admin=username,
                    admin_display=admin_display_name.strip() or username,
                    slots_=(admin_slot, recovery_slot),
                    units=units or [],
                )
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
            slots.write_key_file(vault.keys_path, key_file)
            os.replace(tmp_db, vault.db_path)
            fsync_dir(vault.folder)
        except BaseException:
            for leftover in (tmp_db, vault.keys_path):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        result = vault.login(username, password)
        return CreatedVault(result.session, recovery_code)

    # --- unlocking --------------------------------------------------------------

    def read_keys(self) -> slots.KeyFile:
        """vault.keys, checked."""
        if not self.db_path.exists():
            if self.keys_path.exists():
                raise VaultDamaged(
                    "The database vault.db is missing from the vault folder. Restore it from "
                    "a backup."
                )
            raise VaultNotFound(f"No vault in {self.folder}.")
        return slots.read_key_file(self.keys_path)

    def _check_folder(self) -> None:
        if not os.access(self.folder, os.W_OK | os.X_OK):
            raise VaultNotWritable(
                f"The vault folder {self.folder} cannot be written by this account; "
                "ask the administrator to fix its permissions. Nothing was changed."
            )
        stale = self.folder / "vault.db.rekey"
        if stale.exists():  # an interrupted rekey; the old database is still in force
            stale.unlink()

    def _check_db_file(self) -> None:
        size = self.db_path.stat().st_size
        wal = self.db_path.with_name("vault.db-wal")
        if size == 0 or size % PAGE_SIZE:
            raise VaultDamaged(
                "The database vault.db is damaged (truncated). Restore it from a backup."
            )
        if not wal.exists() or wal.stat().st_size == 0:
            with open(self.db_path, "rb") as fh:
                fh.seek(0)
                # Page 1 is encrypted except its first 16 bytes (the salt), so the
                # page count is checked after opening instead; here only the size.
                if len(fh.read(PAGE_SIZE)) != PAGE_SIZE:
                    raise VaultDamaged("The database vault.db is damaged (truncated).")

    def login(self, username: str, password: str) -> LoginResult:
        """Open the vault for `username`; typed errors for every refusal."""
        key_file = self.read_keys()
        self._check_folder()
        self._check_db_file()
        slot = key_file.slot_for(username.strip())
        password = unicodedata.normalize("NFC", password)
        if slot is None:
            # Spend the same effort as a real attempt so usernames cannot be probed by timing.
            crypto.derive_key(password, b"\0" * 16, key_file.kdf_default)
            self._record_unknown_user(key_file)
            raise WrongPassword("The username or password is not right.")
        self._check_throttle(slot)
        private = slots.unwrap_private(slot, key_file.vault_id, password)
        if private is None:
            self._record_failure(key_file, slot)
            raise WrongPassword("The username or password is not right.")
        con, vault_key, gen = self._open_with_slot(key_file, slot, private)
        try:
            user = _load_user(con, slot.username)
            self._check_registered(con, slot)
            if user is None or not user.active:
                raise AccountDisabled("This account is disabled. Ask the administrator.")
            session = Session(self, user, con, crypto.SecretBytes(bytearray(vault_key)))
        except BaseException:
            con.close()
            raise
        failed = slot.throttle.since_login
        key_file = self._after_success(key_file, slot, gen)
        with session.transaction():
            if failed:
                session.audit("login_failed_attempts", details={"count": failed})
            if key_file.unknown_user_failures:
                session.audit(
                    "login_failed_unknown_user", details={"count": key_file.unknown_user_failures}
                )
            session.audit("login")
            session.con.execute(
                "UPDATE users SET last_login_at = ? WHERE id = ?", (now_iso(), user.id)
            )
        if key_file.unknown_user_failures:
            self._write_keys(replace(key_file, unknown_user_failures=0), strict=False)
        return LoginResult(session, failed, user.must_change_password)

    def _open_with_slot(
        self, key_file: slots.KeyFile, slot: slots.KeySlot, private: bytes
    ) -> tuple[Connection, bytes, int]:
        """Try each key generation the slot seals, newest first."""
        for gen in sorted(slot.sealed, reverse=True):
            vault_key = slots.unseal_generation(slot, key_file.vault_id, private, gen)
            if vault_key is None:
                continue
            try:
                con = connect(self.db_path, vault_key)
            except WrongPassword:
                continue
            except DatabaseError as exc:
                raise VaultDamaged(
                    "The database vault.db is damaged and cannot be read. Restore it from a backup."
                ) from exc
            try:
                self._check_page_count(con)
                migrations.check_not_newer(con)
                if migrations.current_version(con) < migrations.latest_version():
                    self._backup_before_migration(vault_key)
                    migrations.migrate(con)
            except BaseException:
                con.close()
                raise
            return con, vault_key, gen
        raise VaultDamaged(
            "Your password is right, but the database vault.db does not open with the key it "
            "unlocks: vault.db or vault.keys was replaced or damaged. Restore both from a backup."
        )

    def _check_page_count(self, con: Connection) -> None:
        wal = self.db_path.with_name("vault.db-wal")
        if wal.exists() and wal.stat().st_size:
            return
        pages = int(con.execute("PRAGMA page_count").fetchone()[0])
        if pages * PAGE_SIZE > self.db_path.stat().st_size:
            raise VaultDamaged(
                "The database vault.db is damaged (truncated). Restore it from a backup."
            )

    def _backup_before_migration(self, vault_key: bytes) -> None:
        from radprev_desktop.core.vault.backup import write_backup

        write_backup(self, vault_key, label="pre-upgrade")

    def _check_registered(self, con: Connection, slot: slots.KeySlot) -> None:
        row = con.execute(
            "SELECT public_key, username FROM key_slots WHERE slot_id = ?", (slot.slot_id,)
        ).fetchone()
        if row is None or bytes(row[0]) != slot.public_key:
            raise VaultDamaged(
                "vault.keys holds a key slot this vault does not know; the key file was edited "
                "or mixed up with another vault's. Restore vault.keys from a backup."
            )

    def _check_throttle(self, slot: slots.KeySlot) -> None:
        wait = slot.throttle.next_attempt_after - self.clock()
        if wait > 0:
            raise LoginDelayed(
                f"Too many failed attempts. Wait {int(wait) + 1} seconds before trying again.",
                wait,
            )

    def _record_failure(self, key_file: slots.KeyFile, slot: slots.KeySlot) -> None:
        consecutive = slot.throttle.consecutive + 1
        throttle = slots.Throttle(
            consecutive=consecutive,
            since_login=slot.throttle.since_login + 1,
            next_attempt_after=self.clock() + failure_delay(consecutive),
            last_failed_at=now_iso(),
        )
        self._write_keys(key_file.with_slot(replace(slot, throttle=throttle)), strict=False)

    def _record_unknown_user(self, key_file: slots.KeyFile) -> None:
        updated = replace(key_file, unknown_user_failures=key_file.unknown_user_failures + 1)
        self._write_keys(updated, strict=False)

    def _after_success(
        self, key_file: slots.KeyFile, slot: slots.KeySlot, gen: int
    ) -> slots.KeyFile:
        """Reset the slot's counter and finish an interrupted rekey (keep generation `gen`)."""
        updated = key_file.with_slot(replace(slot, throttle=slots.Throttle()))
        if any(set(s.sealed) != {gen} for s in updated.slots):
            kept = []
            for s in updated.slots:
                if gen in s.sealed:
                    kept.append(replace(s, sealed={gen: s.sealed[gen]}))
            updated = replace(updated, slots=tuple(kept))
        if updated != key_file:
            self._write_keys(updated, strict=False)
        return updated

    def _write_keys(self, key_file: slots.KeyFile, *, strict: bool = True) -> None:
        try:
            slots.write_key_file(self.keys_path, key_file)
        except StorageError:
            if strict:
                raise
            # A counter that cannot be saved must not stop a login or hide a wrong password.

    # --- recovery ---------------------------------------------------------------

    def recover(self, recovery_code: str, username: str, new_password: str) -> None:
        """Set a new password for `username` using the recovery code (audited)."""
        key_file = self.read_keys()
        self._check_folder()
        slot = key_file.recovery_slot()
        if slot is None:
            raise VaultError("This vault has no recovery slot.")
        self._check_throttle(slot)
        private = slots.unwrap_private(
            slot, key_file.vault_id, crypto.normalise_recovery_code(recovery_code)
        )
        if private is None:
            self._record_failure(key_file, slot)
            raise WrongPassword("The recovery code is not right.")
        con, vault_key, gen = self._open_with_slot(key_file, slot, private)
        try:
            self._check_registered(con, slot)
            user = _load_user(con, username.strip())
            if user is None or user.removed:
                raise VaultError(f"There is no account named {username.strip()}.")
            recovery_user = User(
                id="",
                username=slots.RECOVERY_NAME,
                display_name="Recovery code",
                staff_code="",
                roles=frozenset({Role.ADMINISTRATOR}),
                active=True,
                must_change_password=False,
            )
            session = Session(self, recovery_user, con, crypto.SecretBytes(bytearray(vault_key)))
        except BaseException:
            con.close()
            raise
        try:
            key_file = self._after_success(key_file, slot, gen)
            from radprev_desktop.core.services import users

            users.set_password_for(session, user.username, new_password, must_change=False)
            with session.transaction():
                session.audit("recovery_code_used", object_type="user", object_id=user.id)
        finally:
            session.close(reason="recovery_session_end")

    # --- key changes -----------------------------------------------------------

    def add_slot(self, session: Session, username: str, password: str) -> slots.KeySlot:
        """A new slot for `username`, registered in the database first (crash-safe order)."""
        key_file = self.read_keys()
        gen = max(key_file.generations())
        slot = slots.make_slot(
            vault_id=key_file.vault_id,
            kind="user",
            username=username,
            secret=password,
            kdf=key_file.kdf_default,
            sealed_keys={gen: session.key_bytes()},
            slot_id=new_id(),
        )
        with session.transaction() as con:
            con.execute(
                "INSERT INTO key_slots(slot_id, kind, username, public_key, created_at) "
                "VALUES (?, 'user', ?, ?, ?)",
                (slot.slot_id, username, slot.public_key, now_iso()),
            )
        old = key_file.slot_for(username)
        updated = key_file.without({old.slot_id} if old else set()).with_slot(slot)
        self._write_keys(updated)
        if old is not None:
            with session.transaction() as con:
                con.execute("DELETE FROM key_slots WHERE slot_id = ?", (old.slot_id,))
        return slot

    def change_password(self, session: Session, username: str, old: str, new: str) -> None:
        """Rewrap one user's slot under a new password (the old one must be right)."""
        key_file = self.read_keys()
        slot = key_file.slot_for(username)
        if slot is None:
            raise VaultError(f"There is no key slot for {username}.")
        private = slots.unwrap_private(slot, key_file.vault_id, unicodedata.normalize("NFC", old))
        if private is None:
            raise WrongPassword("The current password is not right.")
        new = check_new_password(new, username)
        self._write_keys(
            key_file.with_slot(
                slots.rewrap(slot, key_file.vault_id, private, new, key_file.kdf_default)
            )
        )

    def remove_slots(
        self, session: Session, usernames: set[str], progress: Progress | None = None
    ) -> None:
        """Drop the users' slots and rekey the database for everyone else."""
        key_file = self.read_keys()
        wanted = {u.casefold() for u in usernames}
        drop = {
            s.slot_id
            for s in key_file.slots
            if s.kind == "user" and s.username.casefold() in wanted
        }
        self.rekey(session, drop_slot_ids=drop, progress=progress)

    def rekey(
        self,
        session: Session,
        *,
        drop_slot_ids: set[str] | None = None,
        progress: Progress | None = None,
    ) -> None:
        """New vault key: export the database under it, rename it in, rewrap every slot.

        Order (each step crash-safe): (1) vault.keys gains the new generation for every
        remaining slot and loses the dropped ones; (2) the database is exported to
        vault.db.rekey under the new key and verified; (3) it is renamed over vault.db;
        (4) vault.keys drops the old generation. At open, the newest generation that
        opens the database wins, so a crash anywhere leaves the vault openable.
        """
        report = progress or (lambda done, total, what: None)
        drop = drop_slot_ids or set()
        key_file = self.read_keys()
        old_gen = max(key_file.generations())
        new_gen = old_gen + 1
        new_key = crypto.random_key()
        report(0, 5, "Preparing new key slots")
        with session.transaction() as con:
            for slot_id in drop:
                con.execute("DELETE FROM key_slots WHERE slot_id = ?", (slot_id,))
            session.audit(
                "vault_rekeyed", details={"slots_removed": len(drop), "generation": new_gen}
            )
        remaining = key_file.without(drop)
        pending = replace(
            remaining,
            slots=tuple(
                slots.seal_for(s, key_file.vault_id, new_gen, new_key) for s in remaining.slots
            ),
        )
        self._write_keys(pending)
        report(1, 5, "Re-encrypting the database")
        target = self.folder / "vault.db.rekey"
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        con = session.con
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            with private_umask():
                con.execute(
                    f"ATTACH DATABASE ? AS rekeyed KEY {key_pragma(new_key)}", (str(target),)
                )
            try:
                con.execute("SELECT sqlcipher_export('rekeyed')")
                version = migrations.current_version(con)
                con.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            finally:
                con.execute("DETACH DATABASE rekeyed")
            report(2, 5, "Checking the re-encrypted copy")
            check = connect(target, new_key)
            try:
                counts_new = check.execute("SELECT count(*) FROM audit").fetchone()[0]
                if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise VaultError("The re-encrypted copy did not verify; nothing was changed.")
                check.execute("PRAGMA journal_mode = DELETE")
            finally:
                check.close()
            if counts_new != con.execute("SELECT count(*) FROM audit").fetchone()[0]:
                raise VaultError("The re-encrypted copy is incomplete; nothing was changed.")
            fd = os.open(target, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
        report(3, 5, "Switching to the new key")
        session.detach_connection()
        wal = self.db_path.with_name("vault.db-wal")
        if wal.exists() and wal.stat().st_size:
            raise VaultError("The database is still in use by another window; close it and retry.")
        for leftover in (wal, self.db_path.with_name("vault.db-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        os.replace(target, self.db_path)
        fsync_dir(self.folder)
        report(4, 5, "Removing the old key")
        final = replace(
            pending,
            slots=tuple(replace(s, sealed={new_gen: s.sealed[new_gen]}) for s in pending.slots),
        )
        self._write_keys(final)
        session.replace_connection(connect(self.db_path, new_key))
        session.replace_key(crypto.SecretBytes(bytearray(new_key)))
        from radprev_desktop.core.vault.backup import replace_backups_after_rekey

        replace_backups_after_rekey(session)
        report(5, 5, "Done")

    def slot_report(self) -> list[dict[str, object]]:
        """Slots in vault.keys without secrets (for `doctor` and the admin page)."""
        key_file = self.read_keys()
        return [
            {
                "slot_id": s.slot_id,
                "kind": s.kind,
                "username": s.username,
                "generations": sorted(s.sealed),
                "kdf": s.kdf.to_json(),
                "failed_since_login": s.throttle.since_login,
            }
            for s in key_file.slots
        ]


def _initialise(
    con: Connection,
    *,
    vault_id: str,
    mode: Mode,
    code: str,
    name: str,
    admin: str,
    admin_display: str,
    slots_: tuple[slots.KeySlot, ...],
    units: list[tuple[str, str]],
) -> None:
    signing_private, signing_public = crypto.ed25519_generate()
    workstation_id = new_id()
    now = now_iso()
    establishment_id = new_id()
    con.execute("BEGIN IMMEDIATE")
    meta = {
        "vault_id": vault_id,
        "mode": mode.value,
        "workstation_id": workstation_id,
        "establishment_code": code,
        "signing_private": signing_private.hex(),
        "signing_public": signing_public.hex(),
        "created_at": now,
    }
    con.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(meta.items()),
    )
    con.executemany(
        "INSERT INTO settings(key, value) VALUES (?, ?)",
        [(k, json.dumps(v)) for k, v in DEFAULT_SETTINGS.items()],
    )
    con.execute(
        "INSERT INTO establishments(id, code, name, created_at) VALUES (?, ?, ?, ?)",
        (establishment_id, code, name, now),
    )
    for unit_code, unit_name in units:
        con.execute(
            "INSERT INTO units(id, establishment_id, code, name) VALUES (?, ?, ?, ?)",
            (new_id(), establishment_id, unit_code.strip().upper(), unit_name.strip()),
        )
    admin_roles = [Role.ADMINISTRATOR.value]
    assert Role.ADMINISTRATOR in ROLES_BY_MODE[mode]
    con.execute(
        "INSERT INTO users(id, username, display_name, roles, created_at) VALUES (?, ?, ?, ?, ?)",
        (new_id(), admin, admin_display, json.dumps(admin_roles), now),
    )
    for slot in slots_:
        con.execute(
            "INSERT INTO key_slots(slot_id, kind, username, public_key, created_at) VALUES (?,?,?,?,?)",
            (slot.slot_id, slot.kind, slot.username, slot.public_key, now),
        )
    audit.append(
        con,
        user=admin,
        workstation=workstation_id,
        action="vault_created",
        object_type="vault",
        object_id=vault_id,
        details={"mode": mode.value, "establishment": code},
    )
    audit.append(
        con,
        user=admin,
        workstation=workstation_id,
        action="user_added",
        object_type="user",
        details={"roles": admin_roles},
    )
    con.execute("COMMIT")


def _load_user(con: Connection, username: str) -> User | None:
    from radprev_desktop.core.services.users import USER_COLUMNS, user_from_row

    row = con.execute(
        f"SELECT {USER_COLUMNS} FROM users WHERE username = ?", (username,)
    ).fetchone()
    return None if row is None else user_from_row(con, row)
