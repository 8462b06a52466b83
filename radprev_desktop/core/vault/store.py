"""A vault folder's files and key slots: creating, unlocking, changing slots (rekey: rekey.py).

A vault folder holds `vault.db` (SQLCipher 4, raw 32-byte key), `vault.keys`
(key slots), `vault.anchor` (the audit anchor: vault_anchor.py) and `backups/`.
Nothing else is left there: a rekey's new database
is written beside the old one and renamed over it.

This module decides the order of each step under the folder lock; how the
database file is written, opened and checked is in `database_file.py`, and the
key file's format in `keys.py`. It knows files and keys only. Accounts, roles,
the audit log and sessions are above it (`services/vault_access.py` opens the
door; `session.py` holds what it opened). Every change of vault.keys happens
under an exclusive lock on the folder, so failed-login counters, slot changes
and a rekey never overwrite each other.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from radprev_desktop.core import crypto
from radprev_desktop.core.clock import monotonic_wall, now_iso
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import (
    LoginDelayed,
    StorageError,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultNotFound,
    VaultNotWritable,
    WrongPassword,
)
from radprev_desktop.core.fileio import (
    LockBusy,
    check_writable,
    folder_lock,
    fsync_dir,
    make_private_dir,
)
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.vault import anchor_file, backup, database_file, refusals
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.anchor_file import AnchorReading
from radprev_desktop.core.vault.connection import (
    NEW_VAULTS,
    Connection,
)
from radprev_desktop.core.vault.database_file import Initialise
from radprev_desktop.core.vault.keys import AuditAnchor, KeyFile, KeySlot
from radprev_desktop.core.vault.vault_anchor import VaultAnchor

Progress = Callable[[int, int, str], None]

LOCK_TIMEOUT = 10.0  # seconds a login waits for a running rekey before saying so

_held = threading.local()  # folders whose lock this thread holds (the lock is re-entrant)


@dataclass
class Unlocked:
    """A slot opened the database: the connection, the key and what the login must report."""

    con: Connection
    key: SecretBytes
    generation: int
    slot: KeySlot
    key_file: KeyFile
    failed_since_login: int
    unknown_user_failures: int
    #: The backup taken before this opening upgraded the schema (None: no upgrade).
    upgrade_backup: Path | None = None


class Vault:
    """One vault folder. Holds no key itself: a `Session` does, once unlocked."""

    def __init__(self, folder: Path | str, *, clock: Callable[[], float] = monotonic_wall) -> None:
        self.folder = Path(folder)
        self.db_path = self.folder / "vault.db"
        self.keys_path = slots.keys_path(self.folder)
        self.anchor_path = anchor_file.path_in(self.folder)
        self.anchor = VaultAnchor(self.anchor_path, self.keys_path, self.lock, self.read_keys)
        self.backups_dir = backup.backups_dir(self.folder)
        self.clock = clock

    def exists(self) -> bool:
        """True when the folder holds a vault (or what is left of one)."""
        return self.db_path.exists() or self.keys_path.exists()

    # --- the lock -------------------------------------------------------------

    @contextlib.contextmanager
    def lock(self, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
        """Exclusive use of vault.keys (re-entrant within a thread)."""
        held: set[Path] = getattr(_held, "folders", set())
        _held.folders = held
        key = self.folder.resolve()
        if key in held:
            yield
            return
        try:
            with folder_lock(self.folder, timeout=timeout):
                held.add(key)
                try:
                    yield
                finally:
                    held.discard(key)
        except LockBusy as exc:
            raise VaultBusy(refusals.THE_VAULT_S_KEYS_ARE_BEING) from exc

    # --- creation -------------------------------------------------------------

    def create_files(
        self,
        *,
        kdf: crypto.KdfParams,
        calibration: dict[str, object] | None,
        admin_username: str,
        admin_secret: SecretBytes,
        recovery_secret: SecretBytes,
        initialise: Initialise,
        training: bool = False,
    ) -> None:
        """Write a new vault.db and vault.keys (admin slot and recovery slot).

        `initialise(con, vault_id, slots)` fills the new database inside its own
        transaction and returns the audit anchor to seal into vault.keys.
        `training` marks vault.keys as a training vault's (sealed with the rest).
        """
        if self.exists():
            raise VaultExists(refusals.A_VAULT_ALREADY_EXISTS_IN, self.folder)
        make_private_dir(self.folder)
        check_writable(self.folder)
        vault_key = crypto.random_secret()
        vault_id = new_id()
        try:
            made = tuple(
                slots.make_slot(
                    vault_id=vault_id,
                    kind=kind,
                    username=name,
                    secret=secret,
                    kdf=kdf,
                    sealed_keys={1: vault_key},
                    slot_id=new_id(),
                )
                for kind, name, secret in (
                    ("user", admin_username, admin_secret),
                    ("recovery", slots.RECOVERY_NAME, recovery_secret),
                )
            )
            tmp_db = self.folder / "vault.db.new"
            try:
                anchor = database_file.create_database(
                    tmp_db, vault_key, vault_id, made, initialise
                )
                key_file = KeyFile(
                    vault_id,
                    kdf,
                    made,
                    key_ids={1: crypto.key_id(vault_key)},
                    audit_anchor=anchor,
                    calibration=calibration,
                    training=training,
                    cipher=NEW_VAULTS,  # what create_database wrote it with
                    anchor_in_file=True,
                ).sealed_with({1: vault_key})
                anchor_file.write_new(self.anchor_path, vault_id, [(1, anchor, vault_key)], 1)
                slots.write_key_file(self.keys_path, key_file)
                os.replace(tmp_db, self.db_path)
                fsync_dir(self.folder)
            except BaseException:
                for leftover in (tmp_db, self.keys_path, self.anchor_path):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
                raise
        finally:
            vault_key.wipe()

    # --- reading --------------------------------------------------------------

    def read_keys(self) -> KeyFile:
        """vault.keys, checked (its HMACs need a key: see `unlock`)."""
        if not self.db_path.exists():
            if self.keys_path.exists():
                raise VaultDamaged(refusals.THE_DATABASE_VAULT_DB_IS_MISSING)
            raise VaultNotFound(refusals.NO_VAULT_IN, self.folder)
        return slots.read_key_file(self.keys_path)

    def _check_folder(self) -> None:
        if not os.access(self.folder, os.W_OK | os.X_OK):
            raise VaultNotWritable(
                refusals.THE_VAULT_FOLDER_CANNOT_BE_WRITTEN,
                self.folder,
            )

    # --- unlocking ------------------------------------------------------------

    def unlock(self, username: str, secret: SecretBytes) -> Unlocked:
        """Open the database with `username`'s slot; typed errors for every refusal.

        The failed-login counter is raised *before* the password is tried, under
        the folder lock, so parallel guesses each count and meet the delay; a
        right password resets it in `finish_unlock`.
        """
        self.read_keys()
        self._check_folder()
        database_file.check_size(self.db_path)
        with self.lock():
            database_file.remove_leftovers(self.folder)
            key_file = self.read_keys()
            slot = key_file.slot_for(username.strip())
            if slot is None:
                self._write_counters(
                    replace(key_file, unknown_user_failures=key_file.unknown_user_failures + 1)
                )
            else:
                counted = self._count_attempt(key_file, slot)
        if slot is None:
            # Spend the same effort as a real attempt so usernames cannot be probed by timing.
            crypto.derive_kek(secret, b"\0" * 16, key_file.kdf_default).wipe()
            raise WrongPassword(refusals.THE_USERNAME_OR_PASSWORD_IS_NOT)
        return self._open(key_file, slot, counted, secret, "The username or password is not right.")

    def unlock_recovery(self, secret: SecretBytes) -> Unlocked:
        """Open the database with the recovery slot (same counter and delay as a login)."""
        self.read_keys()
        self._check_folder()
        database_file.check_size(self.db_path)
        with self.lock():
            database_file.remove_leftovers(self.folder)
            key_file = self.read_keys()
            slot = key_file.recovery_slot()
            if slot is None:
                raise VaultError(refusals.THIS_VAULT_HAS_NO_RECOVERY_SLOT)
            counted = self._count_attempt(key_file, slot)
        return self._open(key_file, slot, counted, secret, "The recovery code is not right.")

    def _open(
        self,
        key_file: KeyFile,
        slot: KeySlot,
        counted: slots.Throttle,
        secret: SecretBytes,
        refusal: str,
    ) -> Unlocked:
        private = slots.unwrap_private(slot, key_file.vault_id, secret)
        if private is None:
            raise WrongPassword(refusal)
        # A right password is no failed attempt, whatever stops the opening next.
        self._uncount_attempt(slot, counted)
        try:
            con, key, gen, upgrade_backup = database_file.open_with_slot(
                self.db_path, key_file, slot, private
            )
        finally:
            private.wipe()
        try:
            database_file.check_authentic(con, key_file, slot, gen, key)
        except BaseException:
            con.close()
            key.wipe()
            raise
        return Unlocked(
            con,
            key,
            gen,
            slot,
            key_file,
            slot.throttle.since_login,
            key_file.unknown_user_failures,
            upgrade_backup,
        )

    def _count_attempt(self, key_file: KeyFile, slot: KeySlot) -> slots.Throttle:
        """Refuse while the slot's delay runs; else count this attempt as failed until it is not."""
        wait = slot.throttle.next_attempt_after - self.clock()
        if wait > 0:
            raise LoginDelayed(
                refusals.TOO_MANY_FAILED_ATTEMPTS_WAIT_SECONDS,
                int(wait) + 1,
                seconds=wait,
            )
        throttle = slot.throttle.after_failure(self.clock(), now_iso())
        self._write_counters(key_file.with_slot(replace(slot, throttle=throttle)))
        return throttle

    def _uncount_attempt(self, slot: KeySlot, counted: slots.Throttle) -> None:
        """Put the counter back as it was, unless another attempt counted meanwhile."""
        with self.lock():
            current = self.read_keys()
            now_slot = next((s for s in current.slots if s.slot_id == slot.slot_id), None)
            if now_slot is not None and now_slot.throttle == counted:
                self._write_counters(current.with_slot(replace(now_slot, throttle=slot.throttle)))

    def _write_counters(self, key_file: KeyFile) -> None:
        """Write counters only (the HMACs stay as read: counters are outside them)."""
        # A counter that cannot be saved must not stop a login or hide a wrong password.
        with contextlib.suppress(StorageError):
            slots.write_key_file(self.keys_path, key_file)

    def finish_unlock(self, unlocked: Unlocked) -> None:
        """After a successful login: reset counters, drop older key generations, seal the file."""
        gen, key = unlocked.generation, unlocked.key
        with self.lock():
            current = self.read_keys()
            updated = replace(current, unknown_user_failures=0)
            slot = next((s for s in current.slots if s.slot_id == unlocked.slot.slot_id), None)
            if slot is not None:
                updated = updated.with_slot(replace(slot, throttle=slots.Throttle()))
            trusted = current.mac_ok(gen, key) or current.version < 2
            if trusted and (current.version < 2 or current.generations() != [gen]):
                # An interrupted rekey: the generation that opened the database wins.
                kept = tuple(
                    slots.only_generation(s, gen) for s in updated.slots if gen in s.sealed
                )
                updated = replace(
                    updated, slots=kept, key_ids={gen: crypto.key_id(key)}
                ).sealed_with({gen: key})
                slots.write_key_file(self.keys_path, updated)
                database_file.mark_keys_sealed(unlocked.con)
                if current.anchor_in_file and current.generations() != [gen]:
                    self.anchor.keep_generation(current.vault_id, gen, key)
            elif updated != current:
                self._write_counters(updated)

    # --- slots ----------------------------------------------------------------

    def current_keys(self, key: SecretBytes) -> tuple[KeyFile, int]:
        """vault.keys as it is now, checked against `key` (call under the lock)."""
        key_file = self.read_keys()
        gen = key_file.generation_of(key)
        if key_file.generations() != [gen]:
            raise VaultBusy(refusals.A_REKEY_OF_THE_VAULT_IS)
        if not key_file.mac_ok(gen, key):
            raise VaultDamaged(refusals.THE_KEY_FILE_VAULT_KEYS_WAS)
        return key_file, gen

    def new_slot(self, key: SecretBytes, username: str, secret: SecretBytes) -> KeySlot:
        """A slot for `username` sealing the current key (not written yet: see `install_slot`)."""
        key_file = self.read_keys()
        gen = key_file.generation_of(key)
        return slots.make_slot(
            vault_id=key_file.vault_id,
            kind="user",
            username=username,
            secret=secret,
            kdf=key_file.kdf_default,
            sealed_keys={gen: key},
            slot_id=new_id(),
        )

    def install_slot(self, key: SecretBytes, slot: KeySlot) -> str | None:
        """Write `slot`, replacing the same user's old slot; returns the old slot id."""
        with self.lock():
            key_file, gen = self.current_keys(key)
            old = key_file.slot_for(slot.username)
            updated = key_file.without({old.slot_id} if old else set()).with_slot(slot)
            slots.write_key_file(self.keys_path, updated.sealed_with({gen: key}))
        return None if old is None else old.slot_id

    def change_secret(
        self, key: SecretBytes, username: str, old_secret: SecretBytes, new_secret: SecretBytes
    ) -> None:
        """Rewrap one user's slot under a new password (the old one must be right)."""
        key_file = self.read_keys()
        slot = key_file.slot_for(username)
        if slot is None:
            raise VaultError(refusals.THERE_IS_NO_KEY_SLOT_FOR, username)
        private = slots.unwrap_private(slot, key_file.vault_id, old_secret)
        if private is None:
            raise WrongPassword(refusals.THE_CURRENT_PASSWORD_IS_NOT_RIGHT)
        try:
            fresh = slots.rewrap(slot, key_file.vault_id, private, new_secret, key_file.kdf_default)
        finally:
            private.wipe()
        with self.lock():
            current, gen = self.current_keys(key)
            now_slot = current.slot_for(username)
            if now_slot is None or now_slot.public_key != slot.public_key:
                raise VaultBusy(refusals.THE_KEY_SLOT_CHANGED_MEANWHILE_TRY)
            fresh = replace(fresh, sealed=now_slot.sealed, throttle=now_slot.throttle)
            slots.write_key_file(self.keys_path, current.with_slot(fresh).sealed_with({gen: key}))

    # --- the audit anchor (vault_anchor.py, decision 0033) ---------------------

    def write_anchor(self, key: SecretBytes, anchor: AuditAnchor, *, force: bool = False) -> bool:
        """Move the audit anchor after an audited commit (`VaultAnchor.write`)."""
        return self.anchor.write(key, anchor, force=force)

    def settle_anchor(self, key: SecretBytes) -> None:
        """At a session's close: the anchor flushed and recorded (`VaultAnchor.settle`)."""
        self.anchor.settle(key)

    def anchor_reading(
        self, key: SecretBytes, key_file: KeyFile | None = None, generation: int | None = None
    ) -> AnchorReading:
        """The anchor to check the log against (`VaultAnchor.reading`)."""
        return self.anchor.reading(key, key_file, generation)

    def recorded_anchor(self) -> AuditAnchor | None:
        """The newest anchor the folder holds, unchecked (`VaultAnchor.recorded`)."""
        return self.anchor.recorded()

    # --- backups --------------------------------------------------------------

    def write_backup(self, key: SecretBytes, *, label: str = "", to: Path | None = None) -> Path:
        """An encrypted, verified copy of the database and key file."""
        return backup.write_backup(self.folder, key, label=label, to=to)

    def stale_backups(self, key: SecretBytes) -> list[Path]:
        """Backups in backups/ under an older key (they open with removed accounts' slots)."""
        key_file = self.read_keys()
        gen = key_file.generation_of(key)
        return backup.stale_backups(self.folder, gen, key_file.key_ids[gen])

    # --- reports --------------------------------------------------------------

    def slot_report(self) -> list[dict[str, object]]:
        """Slots in vault.keys without secrets (for `doctor` and the admin page)."""
        return slots.describe_slots(self.read_keys())
