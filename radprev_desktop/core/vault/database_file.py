"""The database file vault.db: made new, opened with a slot's key, checked, re-encrypted.

`store.Vault` decides *when* (under the folder lock, in which order with
vault.keys); this module knows how the SQLCipher file itself is written and
checked, and which slots the database accepts (the `key_slots` table), so a
vault.keys from another vault or an edited one never opens it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import VaultBusy, VaultDamaged, VaultError, WrongPassword
from radprev_desktop.core.fileio import fsync_dir, private_umask
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import backup, migrations
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.connection import (
    NEW_VAULTS,
    Connection,
    DatabaseError,
    attach_keyed,
    connect,
    connect_recorded,
)
from radprev_desktop.core.vault.keys import AuditAnchor, KeyFile, KeySlot

PAGE_SIZE = 4096
KEYS_SEALED = "keys_sealed"  # meta: vault.keys carries HMACs; an unsealed file is refused

Initialise = Callable[[Connection, str, tuple[KeySlot, ...]], AuditAnchor]


def create_database(
    path: Path,
    vault_key: SecretBytes,
    vault_id: str,
    made: tuple[KeySlot, ...],
    initialise: Initialise,
) -> AuditAnchor:
    """A new database at `path` (migrated, filled by `initialise`, accepting `made`)."""
    with private_umask(path.parent):
        con = connect(path, vault_key, cipher=NEW_VAULTS)
    try:
        migrations.migrate(con)
        anchor = initialise(con, vault_id, made)
        for slot in made:
            register_slot(con, slot)
        mark_keys_sealed(con)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return anchor


def mark_keys_sealed(con: Connection) -> None:
    """Record that vault.keys carries HMACs: from now on an unsealed key file is refused."""
    con.execute(
        "INSERT INTO meta(key, value) VALUES (?, '1') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (KEYS_SEALED,),
    )


def leftovers(folder: Path) -> list[Path]:
    """Files an interrupted rekey, restore or creation left in the folder."""
    names = (
        "vault.db.rekey",
        "vault.db.restore",
        "vault.keys.restore",
        "vault.anchor.restore",
        "vault.keys.tmp",
    )
    return [folder / n for n in names if (folder / n).exists()]


def remove_leftovers(folder: Path) -> None:
    """Remove them (call under the folder lock: nothing else is writing them then)."""
    for leftover in leftovers(folder):
        with contextlib.suppress(OSError):
            leftover.unlink()


def check_size(db_path: Path) -> None:
    """A file cut short (empty, or not whole pages) is damaged, whatever the key."""
    size = db_path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "The database vault.db is damaged (truncated). Restore it from a backup."
            )
        )


def open_with_slot(
    db_path: Path, key_file: KeyFile, slot: KeySlot, private: SecretBytes
) -> tuple[Connection, SecretBytes, int, Path | None]:
    """Try each key generation the slot seals, newest first; migrate an older schema.

    The last item is the backup taken before an upgrade (None when none was needed):
    the login tells the user where it is.
    """
    for gen in sorted(slot.sealed, reverse=True):
        vault_key = slots.unseal_generation(slot, key_file.vault_id, private, gen)
        if vault_key is None:
            continue
        try:
            con = connect_recorded(db_path, vault_key, key_file.cipher)
        except WrongPassword:
            vault_key.wipe()
            continue
        except DatabaseError as exc:
            vault_key.wipe()
            raise unreadable() from exc
        try:
            with damaged_if_unreadable():
                _check_page_count(con, db_path)
                migrations.check_not_newer(con)
                behind = migrations.current_version(con) < migrations.latest_version()
            upgrade_backup = None
            if behind:
                upgrade_backup = _backup_before_upgrade(db_path, vault_key)
                migrations.migrate(con)
        except BaseException:
            con.close()
            vault_key.wipe()
            raise
        return con, vault_key, gen, upgrade_backup
    raise VaultDamaged(
        QT_TRANSLATE_NOOP(
            "errors",
            "Your password is right, but the database vault.db does not open with the key it unlocks: vault.db or vault.keys was replaced or damaged. Restore both from a backup.",
        )
    )


def unreadable() -> VaultDamaged:
    """vault.db opened with its key but a page cannot be read (zeroed or altered on disk)."""
    return VaultDamaged(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database vault.db is damaged and cannot be read. Restore it from a backup.",
        )
    )


def _backup_before_upgrade(db_path: Path, vault_key: SecretBytes) -> Path:
    """The pre-upgrade backup reads every page: one it cannot read is a damaged vault.db
    (told as such, with the offer of a restore), not "the backup could not be written"."""
    try:
        return backup.write_backup(db_path.parent, vault_key, label="pre-upgrade")
    except VaultError as exc:
        if is_damage(exc.__cause__):
            raise unreadable() from exc.__cause__
        raise


#: SQLite's own words for SQLITE_CORRUPT and SQLITE_NOTADB (sqlcipher3 exposes no error
#: code); inside an SQL function (sqlcipher_export) they arrive as OperationalError.
_DAMAGE_WORDS = ("database disk image is malformed", "file is not a database")


def is_damage(exc: BaseException | None) -> bool:
    """A corrupt page or not-a-database, as opposed to busy, locked, full or I/O errors."""
    if not isinstance(exc, DatabaseError):
        return False
    return type(exc) is DatabaseError or str(exc) in _DAMAGE_WORDS


@contextlib.contextmanager
def damaged_if_unreadable() -> Iterator[None]:
    """SQLCipher's plain DatabaseError (corrupt page, not a database) while vault.db is
    opened is a damaged file: the user is told so and offered a backup, never an
    "unexpected error" (a full-length vault.db with zeroed pages gets past the key
    check and fails on a later read)."""
    try:
        yield
    except DatabaseError as exc:
        if not is_damage(exc):
            raise  # busy, locked, disk full, I/O (OperationalError…) are not damage
        raise unreadable() from exc


def _check_page_count(con: Connection, db_path: Path) -> None:
    wal = db_path.with_name("vault.db-wal")
    if wal.exists() and wal.stat().st_size:
        return
    pages = int(con.execute("PRAGMA page_count").fetchone()[0])
    if pages * PAGE_SIZE > db_path.stat().st_size:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "The database vault.db is damaged (truncated). Restore it from a backup."
            )
        )


def check_authentic(
    con: Connection, key_file: KeyFile, slot: KeySlot, gen: int, key: SecretBytes
) -> None:
    """vault.keys is sealed under this database's key and names a slot the database accepts."""
    with damaged_if_unreadable():
        sealed = con.execute("SELECT value FROM meta WHERE key = ?", (KEYS_SEALED,)).fetchone()
        row = con.execute(
            "SELECT public_key FROM key_slots WHERE slot_id = ?", (slot.slot_id,)
        ).fetchone()
    if (key_file.version >= 2 or sealed is not None) and not key_file.mac_ok(gen, key):
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors",
                "The key file vault.keys was changed outside radprev (its seal does not match the vault key). Nothing was opened. Restore vault.keys from a backup, or ask the administrator.",
            )
        )
    if row is None or bytes(row[0]) != slot.public_key:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors",
                "vault.keys holds a key slot this vault does not know; the key file was edited or mixed up with another vault's. Restore vault.keys from a backup.",
            )
        )


def export_rekeyed(con: Connection, folder: Path, new_key: SecretBytes) -> Path:
    """A verified copy of the database under `new_key` beside it (vault.db.rekey).

    The copy is written with the settings of new vaults (decision 0030), so a rekey also
    upgrades an older vault's page HMAC; the caller records them in vault.keys.
    """
    target = folder / "vault.db.rekey"
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        with private_umask(folder):
            attach_keyed(con, target, "rekeyed", new_key, NEW_VAULTS)
        try:
            con.execute("SELECT sqlcipher_export('rekeyed')")
            version = migrations.current_version(con)
            con.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        finally:
            con.execute("DETACH DATABASE rekeyed")
        _verify_copy(con, target, new_key)
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


def _verify_copy(con: Connection, target: Path, new_key: SecretBytes) -> None:
    check = connect(target, new_key, cipher=NEW_VAULTS)
    try:
        counts_new = check.execute("SELECT count(*) FROM audit").fetchone()[0]
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise VaultError(
                QT_TRANSLATE_NOOP(
                    "errors", "The re-encrypted copy did not verify; nothing was changed."
                )
            )
        check.execute("PRAGMA journal_mode = DELETE")
    finally:
        check.close()
    if counts_new != con.execute("SELECT count(*) FROM audit").fetchone()[0]:
        raise VaultError(
            QT_TRANSLATE_NOOP("errors", "The re-encrypted copy is incomplete; nothing was changed.")
        )


def switch_to(con: Connection, db_path: Path, target: Path) -> None:
    """Close `con` and rename the re-encrypted copy over vault.db (refused while in use)."""
    con.close()
    wal = db_path.with_name("vault.db-wal")
    if wal.exists() and wal.stat().st_size:
        with contextlib.suppress(OSError):
            target.unlink()
        raise VaultBusy(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database is still in use by another window; close it and retry. Nothing was changed.",
            )
        )
    for leftover in (wal, db_path.with_name("vault.db-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    os.replace(target, db_path)
    fsync_dir(db_path.parent)


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
