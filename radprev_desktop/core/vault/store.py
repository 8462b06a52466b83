"""A vault folder's files and key slots: creating, unlocking, rekeying.

A vault folder holds `vault.db` (SQLCipher 4, raw 32-byte key), `vault.keys`
(key slots) and `backups/`. Nothing else is left there: a rekey's new database
is written beside the old one and renamed over it.

This module knows files, keys and the `key_slots` table only. Accounts, roles,
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
    private_umask,
)
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.vault import backup, migrations
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.connection import (
    Connection,
    DatabaseError,
    attach_keyed,
    connect,
)
from radprev_desktop.core.vault.keys import AuditAnchor, KeyFile, KeySlot

Progress = Callable[[int, int, str], None]

PAGE_SIZE = 4096
LOCK_TIMEOUT = 10.0  # seconds a login waits for a running rekey before saying so
KEYS_SEALED = "keys_sealed"  # meta: vault.keys carries HMACs; an unsealed file is refused

_held = threading.local()  # folders whose lock this thread holds (the lock is re-entrant)


def failure_delay(consecutive: int) -> float:
    """Seconds to wait after `consecutive` failed attempts: none for 3, then doubling to 5 min."""
    if consecutive < 3:
        return 0.0
    return float(min(2 ** (consecutive - 2), 300))


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


Initialise = Callable[[Connection, str, tuple[KeySlot, ...]], AuditAnchor]


class Vault:
    """One vault folder. Holds no key itself: a `Session` does, once unlocked."""

    def __init__(self, folder: Path | str, *, clock: Callable[[], float] = monotonic_wall) -> None:
        self.folder = Path(folder)
        self.db_path = self.folder / "vault.db"
        self.keys_path = slots.keys_path(self.folder)
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
            raise VaultBusy(
                "The vault's keys are being changed right now (a user removal or a rekey). "
                "Try again in a moment."
            ) from exc

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
            raise VaultExists(f"A vault already exists in {self.folder}.")
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
            self._write_new_files(vault_key, vault_id, kdf, calibration, made, initialise, training)
        finally:
            vault_key.wipe()

    def _write_new_files(
        self,
        vault_key: SecretBytes,
        vault_id: str,
        kdf: crypto.KdfParams,
        calibration: dict[str, object] | None,
        made: tuple[KeySlot, ...],
        initialise: Initialise,
        training: bool,
    ) -> None:
        tmp_db = self.folder / "vault.db.new"
        try:
            with private_umask(self.folder):
                con = connect(tmp_db, vault_key)
            try:
                migrations.migrate(con)
                anchor = initialise(con, vault_id, made)
                for slot in made:
                    register_slot(con, slot)
                con.execute(
                    "INSERT INTO meta(key, value) VALUES (?, '1') "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (KEYS_SEALED,),
                )
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
            key_file = KeyFile(
                vault_id,
                kdf,
                made,
                key_ids={1: crypto.key_id(vault_key)},
                audit_anchor=anchor,
                calibration=calibration,
                training=training,
            ).sealed_with({1: vault_key})
            slots.write_key_file(self.keys_path, key_file)
            os.replace(tmp_db, self.db_path)
            fsync_dir(self.folder)
        except BaseException:
            for leftover in (tmp_db, self.keys_path):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise

    # --- reading --------------------------------------------------------------

    def read_keys(self) -> KeyFile:
        """vault.keys, checked (its HMACs need a key: see `unlock`)."""
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

    def _check_db_file(self) -> None:
        size = self.db_path.stat().st_size
        if size == 0 or size % PAGE_SIZE:
            raise VaultDamaged(
                "The database vault.db is damaged (truncated). Restore it from a backup."
            )

    def leftovers(self) -> list[Path]:
        """Files an interrupted rekey, restore or creation left in the folder."""
        names = ("vault.db.rekey", "vault.db.restore", "vault.keys.restore", "vault.keys.tmp")
        return [self.folder / n for n in names if (self.folder / n).exists()]

    def _remove_leftovers(self) -> None:
        # Under the lock: nothing else is writing them now.
        for leftover in self.leftovers():
            with contextlib.suppress(OSError):
                leftover.unlink()

    # --- unlocking ------------------------------------------------------------

    def unlock(self, username: str, secret: SecretBytes) -> Unlocked:
        """Open the database with `username`'s slot; typed errors for every refusal.

        The failed-login counter is raised *before* the password is tried, under
        the folder lock, so parallel guesses each count and meet the delay; a
        right password resets it in `finish_unlock`.
        """
        self.read_keys()
        self._check_folder()
        self._check_db_file()
        with self.lock():
            self._remove_leftovers()
            key_file = self.read_keys()
            slot = key_file.slot_for(username.strip())
            if slot is None:
                self._write_counters(
                    replace(key_file, unknown_user_failures=key_file.unknown_user_failures + 1)
                )
            else:
                self._check_throttle(slot)
                counted = self._count_attempt(key_file, slot)
        if slot is None:
            # Spend the same effort as a real attempt so usernames cannot be probed by timing.
            crypto.derive_kek(secret, b"\0" * 16, key_file.kdf_default).wipe()
            raise WrongPassword("The username or password is not right.")
        return self._open(key_file, slot, counted, secret, "The username or password is not right.")

    def unlock_recovery(self, secret: SecretBytes) -> Unlocked:
        """Open the database with the recovery slot (same counter and delay as a login)."""
        self.read_keys()
        self._check_folder()
        self._check_db_file()
        with self.lock():
            self._remove_leftovers()
            key_file = self.read_keys()
            slot = key_file.recovery_slot()
            if slot is None:
                raise VaultError("This vault has no recovery slot.")
            self._check_throttle(slot)
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
            con, key, gen = self._open_with_slot(key_file, slot, private)
        finally:
            private.wipe()
        try:
            self._check_authentic(con, key_file, slot, gen, key)
        except BaseException:
            con.close()
            key.wipe()
            raise
        return Unlocked(
            con, key, gen, slot, key_file, slot.throttle.since_login, key_file.unknown_user_failures
        )

    def _open_with_slot(
        self, key_file: KeyFile, slot: KeySlot, private: SecretBytes
    ) -> tuple[Connection, SecretBytes, int]:
        """Try each key generation the slot seals, newest first."""
        for gen in sorted(slot.sealed, reverse=True):
            vault_key = slots.unseal_generation(slot, key_file.vault_id, private, gen)
            if vault_key is None:
                continue
            try:
                con = connect(self.db_path, vault_key)
            except WrongPassword:
                vault_key.wipe()
                continue
            except DatabaseError as exc:
                vault_key.wipe()
                raise VaultDamaged(
                    "The database vault.db is damaged and cannot be read. Restore it from a backup."
                ) from exc
            try:
                self._check_page_count(con)
                migrations.check_not_newer(con)
                if migrations.current_version(con) < migrations.latest_version():
                    backup.write_backup(self.folder, vault_key, label="pre-upgrade")
                    migrations.migrate(con)
            except BaseException:
                con.close()
                vault_key.wipe()
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

    def _check_authentic(
        self, con: Connection, key_file: KeyFile, slot: KeySlot, gen: int, key: SecretBytes
    ) -> None:
        sealed = con.execute("SELECT value FROM meta WHERE key = ?", (KEYS_SEALED,)).fetchone()
        if (key_file.version >= 2 or sealed is not None) and not key_file.mac_ok(gen, key):
            raise VaultDamaged(
                "The key file vault.keys was changed outside radprev (its seal does not match "
                "the vault key). Nothing was opened. Restore vault.keys from a backup, or ask "
                "the administrator."
            )
        row = con.execute(
            "SELECT public_key FROM key_slots WHERE slot_id = ?", (slot.slot_id,)
        ).fetchone()
        if row is None or bytes(row[0]) != slot.public_key:
            raise VaultDamaged(
                "vault.keys holds a key slot this vault does not know; the key file was edited "
                "or mixed up with another vault's. Restore vault.keys from a backup."
            )

    def _check_throttle(self, slot: KeySlot) -> None:
        wait = slot.throttle.next_attempt_after - self.clock()
        if wait > 0:
            raise LoginDelayed(
                f"Too many failed attempts. Wait {int(wait) + 1} seconds before trying again.",
                wait,
            )

    def _count_attempt(self, key_file: KeyFile, slot: KeySlot) -> slots.Throttle:
        consecutive = slot.throttle.consecutive + 1
        throttle = slots.Throttle(
            consecutive=consecutive,
            since_login=slot.throttle.since_login + 1,
            next_attempt_after=self.clock() + failure_delay(consecutive),
            last_failed_at=now_iso(),
        )
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
                unlocked.con.execute(
                    "INSERT INTO meta(key, value) VALUES (?, '1') "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (KEYS_SEALED,),
                )
            elif updated != current:
                self._write_counters(updated)

    # --- slots ----------------------------------------------------------------

    def generation_of(self, key_file: KeyFile, key: SecretBytes) -> int:
        """The generation whose key is `key` (VaultBusy if the file moved to another key)."""
        wanted = crypto.key_id(key)
        for gen, kid in key_file.key_ids.items():
            if kid == wanted:
                return gen
        raise VaultBusy(
            "The vault was re-encrypted by another window or command meanwhile. "
            "Log in again to continue."
        )

    def _current(self, key: SecretBytes) -> tuple[KeyFile, int]:
        """vault.keys as it is now, checked against `key` (call under the lock)."""
        key_file = self.read_keys()
        gen = self.generation_of(key_file, key)
        if key_file.generations() != [gen]:
            raise VaultBusy(
                "A rekey of the vault is unfinished; log in again (as an administrator) to "
                "finish it, then retry."
            )
        if not key_file.mac_ok(gen, key):
            raise VaultDamaged(
                "The key file vault.keys was changed outside radprev; nothing was changed. "
                "Restore vault.keys from a backup."
            )
        return key_file, gen

    def new_slot(self, key: SecretBytes, username: str, secret: SecretBytes) -> KeySlot:
        """A slot for `username` sealing the current key (not written yet: see `install_slot`)."""
        key_file = self.read_keys()
        gen = self.generation_of(key_file, key)
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
            key_file, gen = self._current(key)
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
            raise VaultError(f"There is no key slot for {username}.")
        private = slots.unwrap_private(slot, key_file.vault_id, old_secret)
        if private is None:
            raise WrongPassword("The current password is not right.")
        try:
            fresh = slots.rewrap(slot, key_file.vault_id, private, new_secret, key_file.kdf_default)
        finally:
            private.wipe()
        with self.lock():
            current, gen = self._current(key)
            now_slot = current.slot_for(username)
            if now_slot is None or now_slot.public_key != slot.public_key:
                raise VaultBusy("The key slot changed meanwhile; try again.")
            fresh = replace(fresh, sealed=now_slot.sealed, throttle=now_slot.throttle)
            slots.write_key_file(self.keys_path, current.with_slot(fresh).sealed_with({gen: key}))

    def write_anchor(self, key: SecretBytes, anchor: AuditAnchor, *, force: bool = False) -> bool:
        """Seal the audit head into vault.keys; False when skipped (busy, moved on, altered).

        Called after every commit that added audit entries. It only moves
        forward, and waits only briefly: a skipped write leaves the anchor a
        little behind, which is never mistaken for a cut log.
        """
        try:
            with self.lock(timeout=0.5):
                key_file = self.read_keys()
                gens = key_file.generations()
                if len(gens) != 1 or key_file.key_ids.get(gens[0]) != crypto.key_id(key):
                    return False
                stored = key_file.audit_anchor
                if stored is not None and stored.seq >= anchor.seq and not force:
                    return True
                if not key_file.mac_ok(gens[0], key):
                    return False
                updated = replace(key_file, audit_anchor=anchor).sealed_with({gens[0]: key})
                slots.write_key_file(self.keys_path, updated)
                return True
        except (VaultBusy, VaultError, StorageError):
            return False

    def audit_anchor(self, key: SecretBytes) -> AuditAnchor | None:
        """The anchor sealed in vault.keys, its seal checked under `key`."""
        key_file = self.read_keys()
        gen = self.generation_of(key_file, key)
        if key_file.version >= 2 and not key_file.mac_ok(gen, key):
            raise VaultDamaged(
                "The key file vault.keys was changed outside radprev (its seal does not match "
                "the vault key). Restore vault.keys from a backup."
            )
        return key_file.audit_anchor

    # --- rekey ----------------------------------------------------------------

    def rekey(
        self,
        con: Connection,
        key: SecretBytes,
        *,
        keep: Callable[[KeySlot], bool],
        progress: Progress | None = None,
    ) -> tuple[Connection, SecretBytes]:
        """A new vault key sealed to the slots `keep` accepts; returns the new connection and key.

        Order (each step crash-safe, the folder locked throughout): (1) vault.keys
        gains the new generation for every kept slot and loses the others; (2) the
        database is exported to vault.db.rekey under the new key and verified;
        (3) `con` is closed and the copy renamed over vault.db; (4) vault.keys
        drops the old generation. At open, the newest generation that opens the
        database wins, so a crash anywhere leaves the vault openable. If the
        rename did not happen, `con` is still open on the old key.
        """
        report = progress or (lambda done, total, what: None)
        with self.lock():
            key_file, gen = self._current(key)
            new_key = crypto.random_secret()
            switched = False
            try:
                new_gen = gen + 1
                report(0, 5, "Preparing new key slots")
                kept = tuple(
                    slots.seal_for(s, key_file.vault_id, new_gen, new_key)
                    for s in key_file.slots
                    if keep(s)
                )
                pending = replace(
                    key_file,
                    slots=kept,
                    key_ids={gen: key_file.key_ids[gen], new_gen: crypto.key_id(new_key)},
                ).sealed_with({gen: key, new_gen: new_key})
                slots.write_key_file(self.keys_path, pending)
                report(1, 5, "Re-encrypting the database")
                target = self._export(con, new_key)
                report(3, 5, "Switching to the new key")
                self._switch(con, target)
                switched = True
                report(4, 5, "Removing the old key")
                final = replace(
                    pending,
                    slots=tuple(slots.only_generation(s, new_gen) for s in pending.slots),
                    key_ids={new_gen: pending.key_ids[new_gen]},
                ).sealed_with({new_gen: new_key})
                slots.write_key_file(self.keys_path, final)
                new_con = connect(self.db_path, new_key)
            except BaseException:
                if not switched:  # the database is still under the old key: so is the file
                    with contextlib.suppress(StorageError):
                        slots.write_key_file(self.keys_path, key_file)
                new_key.wipe()
                raise
        report(5, 5, "Done")
        return new_con, new_key

    def _export(self, con: Connection, new_key: SecretBytes) -> Path:
        target = self.folder / "vault.db.rekey"
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            with private_umask(self.folder):
                attach_keyed(con, target, "rekeyed", new_key)
            try:
                con.execute("SELECT sqlcipher_export('rekeyed')")
                version = migrations.current_version(con)
                con.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            finally:
                con.execute("DETACH DATABASE rekeyed")
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
        return target

    def _switch(self, con: Connection, target: Path) -> None:
        con.close()
        wal = self.db_path.with_name("vault.db-wal")
        if wal.exists() and wal.stat().st_size:
            with contextlib.suppress(OSError):
                target.unlink()
            raise VaultBusy(
                "The database is still in use by another window; close it and retry. "
                "Nothing was changed."
            )
        for leftover in (wal, self.db_path.with_name("vault.db-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        os.replace(target, self.db_path)
        fsync_dir(self.folder)

    # --- backups --------------------------------------------------------------

    def write_backup(self, key: SecretBytes, *, label: str = "", to: Path | None = None) -> Path:
        """An encrypted, verified copy of the database and key file."""
        return backup.write_backup(self.folder, key, label=label, to=to)

    def stale_backups(self, key: SecretBytes) -> list[Path]:
        """Backups in backups/ under an older key (they open with removed accounts' slots)."""
        key_file = self.read_keys()
        gen = self.generation_of(key_file, key)
        return backup.stale_backups(self.folder, gen, key_file.key_ids[gen])

    # --- reports --------------------------------------------------------------

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


# --- the key_slots table: which slots this database accepts ----------------------


def register_slot(con: Connection, slot: KeySlot) -> None:
    """Record a slot's public key in the database (before it is written to vault.keys)."""
    con.execute(
        "INSERT INTO key_slots(slot_id, kind, username, public_key, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (slot.slot_id, slot.kind, slot.username, slot.public_key, now_iso()),
    )


def unregister_slots(con: Connection, slot_ids: set[str]) -> None:
    """Forget slots the database accepted (after they left vault.keys)."""
    con.executemany("DELETE FROM key_slots WHERE slot_id = ?", [(s,) for s in sorted(slot_ids)])


def registered_slots(con: Connection) -> dict[str, tuple[str, str, bytes]]:
    """slot id → (kind, username, public key) for every slot the database accepts."""
    return {
        str(r[0]): (str(r[1]), str(r[2]), bytes(r[3]))
        for r in con.execute("SELECT slot_id, kind, username, public_key FROM key_slots")
    }
