"""Encrypted backups in `backups/`, rotated, verified by opening them.

A backup is a folder `backups/vault-<UTC time>[-label]/` holding a copy of
`vault.db` (made with `sqlcipher_export` under the same vault key) and of
`vault.keys`, so it opens with the passwords that opened the vault at that
time. After a rekey older backups are deleted: they open with the key set that
still included the removed user (docs/decisions/0001-key-slots.md).
"""

from __future__ import annotations

import contextlib
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from radprev_desktop.core.clock import now
from radprev_desktop.core.errors import StorageError, VaultDamaged, VaultError, WrongPassword
from radprev_desktop.core.fileio import (
    atomic_write,
    fsync_dir,
    make_private_dir,
    private_umask,
    storage_message,
)
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.connection import DatabaseError, connect, key_pragma

if TYPE_CHECKING:
    from radprev_desktop.core.session import Session
    from radprev_desktop.core.vault.store import Vault

PREFIX = "vault-"


@dataclass(frozen=True)
class BackupInfo:
    """One backup folder."""

    path: Path
    created: str
    size_bytes: int


def _stamp(label: str = "") -> str:
    text = now().strftime("%Y%m%dT%H%M%S%fZ")
    return PREFIX + text + (f"-{label}" if label else "")


def write_backup(
    vault: Vault, vault_key: bytes, *, label: str = "", to: Path | None = None
) -> Path:
    """Export the database into a new backup folder and verify it opens."""
    target_root = to or vault.backups_dir
    make_private_dir(target_root)
    folder = target_root / _stamp(label)
    make_private_dir(folder)
    db_copy = folder / "vault.db"
    try:
        with private_umask():
            con = connect(vault.db_path, vault_key)
            try:
                con.execute(
                    f"ATTACH DATABASE ? AS backup KEY {key_pragma(vault_key)}", (str(db_copy),)
                )
                try:
                    con.execute("SELECT sqlcipher_export('backup')")
                    version = int(con.execute("PRAGMA user_version").fetchone()[0])
                    con.execute(f"PRAGMA backup.user_version = {version}")
                finally:
                    con.execute("DETACH DATABASE backup")
                expected = con.execute("SELECT count(*) FROM audit").fetchone()[0]
            finally:
                con.close()
        atomic_write(folder / "vault.keys", vault.keys_path.read_bytes())
        _verify(db_copy, vault_key, expected)
    except (OSError, DatabaseError, StorageError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError):
            raise StorageError(storage_message(exc, db_copy)) from exc
        if isinstance(exc, StorageError):
            raise
        raise VaultError(f"The backup could not be written or did not verify ({exc}).") from exc
    fsync_dir(target_root)
    return folder


def _verify(db_copy: Path, key: bytes, expected_audit: int) -> None:
    con = _open_readonly(db_copy, key)
    try:
        if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise VaultError("The backup did not pass its integrity check.")
        if con.execute("SELECT count(*) FROM audit").fetchone()[0] < expected_audit:
            raise VaultError("The backup is incomplete.")
    finally:
        con.close()


def _open_readonly(db: Path, key: bytes) -> sqlcipher3.Connection:
    uri = db.resolve().as_uri() + "?mode=ro"
    con = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    try:
        con.execute(f"PRAGMA key = {key_pragma(key)}")
        con.execute("PRAGMA temp_store = MEMORY")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        con.close()
        raise WrongPassword("The key does not open this backup.") from exc
    return con


def create_backup(session: Session, to: Path | None = None) -> Path:
    """Administrator action: back up now, rotate, audit."""
    from radprev_desktop.core.model import Role

    session.require(Role.ADMINISTRATOR)
    folder = write_backup(session.vault, session.key_bytes(), to=to)
    with session.transaction():
        session.audit("backup_created", object_type="backup", object_id=folder.name)
    if to is None:
        rotate(session.vault, int(session.setting("backups_kept", 7)))
    return folder


def list_backups(vault: Vault) -> list[BackupInfo]:
    """Backups in the vault's backups/ folder, newest first."""
    if not vault.backups_dir.exists():
        return []
    found = []
    for folder in vault.backups_dir.iterdir():
        db = folder / "vault.db"
        if folder.is_dir() and folder.name.startswith(PREFIX) and db.exists():
            found.append(BackupInfo(folder, folder.name[len(PREFIX) :], db.stat().st_size))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def rotate(vault: Vault, keep: int) -> None:
    """Keep the newest `keep` backups."""
    for old in list_backups(vault)[max(1, keep) :]:
        shutil.rmtree(old.path, ignore_errors=True)


def replace_backups_after_rekey(session: Session) -> None:
    """After a rekey: one fresh backup under the new key, older ones deleted."""
    existing = list_backups(session.vault)
    folder = write_backup(session.vault, session.key_bytes(), label="after-rekey")
    for old in existing:
        if old.path != folder:
            shutil.rmtree(old.path, ignore_errors=True)


def _backup_folder(path: Path) -> Path:
    folder = path if path.is_dir() else path.parent
    if not (folder / "vault.db").exists() or not (folder / "vault.keys").exists():
        raise VaultDamaged(f"{path} is not a backup: it needs vault.db and vault.keys together.")
    return folder


def check_backup(path: Path, username: str, password: str) -> Path:
    """Open a backup read-only with an administrator's password from that time."""
    folder = _backup_folder(path)
    key_file = slots.read_key_file(folder / "vault.keys")
    slot = key_file.slot_for(username)
    secret = unicodedata.normalize("NFC", password)
    private = None if slot is None else slots.unwrap_private(slot, key_file.vault_id, secret)
    if slot is None or private is None:
        raise WrongPassword("The username or password does not open this backup.")
    for gen in sorted(slot.sealed, reverse=True):
        key = slots.unseal_generation(slot, key_file.vault_id, private, gen)
        if key is None:
            continue
        try:
            con = _open_readonly(folder / "vault.db", key)
        except WrongPassword:
            continue
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise VaultDamaged("The backup is damaged.")
            row = con.execute(
                "SELECT roles FROM users WHERE username = ?", (slot.username,)
            ).fetchone()
            if row is None or "administrator" not in row[0]:
                raise WrongPassword("Only an administrator can restore a backup.")
        finally:
            con.close()
        return folder
    raise VaultDamaged("The backup's database does not open with its key file.")


def restore_backup(vault: Vault, path: Path, username: str, password: str) -> Path:
    """Replace the vault with a checked backup; the replaced files are kept as a backup.

    Returns the folder holding the replaced vault. The caller asks for confirmation
    first and logs in afterwards (which audits the restore).
    """
    folder = check_backup(path, username, password)
    make_private_dir(vault.backups_dir)
    staged_db = vault.folder / "vault.db.restore"
    staged_keys = vault.folder / "vault.keys.restore"
    try:
        with private_umask():
            shutil.copyfile(folder / "vault.db", staged_db)
        with open(staged_db, "rb+") as fh:
            import os

            os.fsync(fh.fileno())
        atomic_write(staged_keys, (folder / "vault.keys").read_bytes())
    except OSError as exc:
        for leftover in (staged_db, staged_keys):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise StorageError(storage_message(exc, staged_db)) from exc
    replaced = vault.backups_dir / (_stamp("replaced-by-restore"))
    make_private_dir(replaced)
    for name in ("vault.db", "vault.keys", "vault.db-wal", "vault.db-shm"):
        current = vault.folder / name
        if current.exists():
            current.replace(replaced / name)
    staged_db.replace(vault.db_path)
    staged_keys.replace(vault.keys_path)
    fsync_dir(vault.folder)
    return replaced
