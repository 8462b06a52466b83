"""Encrypted backups in `backups/`: written, verified, listed, rotated, purged, restored.

A backup is a folder `backups/vault-<UTC time>[-label]/` holding a copy of
`vault.db` (made with `sqlcipher_export` under the same vault key), of
`vault.keys`, and a `vault.anchor` holding the copy's own audit head, so it
opens with the passwords that opened the vault at that time and its log
checks against its own anchor. A backup under an older vault key still opens with the key slots of that
time — including accounts removed since — so after a rekey such backups are
purged (docs/decisions/0001-key-slots.md, 0007-…).

File mechanics only: who may back up or restore, and what is audited, is
decided by `services/vault_access.py`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from radprev_desktop.core.clock import now
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import StorageError, VaultDamaged, VaultError, WrongPassword
from radprev_desktop.core.fileio import (
    atomic_write,
    fsync_dir,
    make_private_dir,
    private_umask,
    storage_message,
)
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import anchor_file
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.connection import (
    CipherSettings,
    Connection,
    DatabaseError,
    attach_keyed,
    connect_readonly,
    connect_recorded,
    settings_of,
)

PREFIX = "vault-"


@dataclass(frozen=True)
class BackupInfo:
    """One backup folder and what its key file says about it (no key needed)."""

    path: Path
    created: str
    size_bytes: int
    generation: int | None  # newest key generation in its vault.keys; None if unreadable
    key_id: str | None


@dataclass
class OpenedBackup:
    """A backup opened read-only with one slot's secret; close `con` when done."""

    folder: Path
    con: Connection
    key: SecretBytes
    slot: slots.KeySlot
    key_file: slots.KeyFile

    def close(self) -> None:
        self.con.close()
        self.key.wipe()


def backups_dir(folder: Path) -> Path:
    """The backups folder inside a vault folder."""
    return folder / "backups"


def _stamp(label: str = "") -> str:
    text = now().strftime("%Y%m%dT%H%M%S%fZ")
    return PREFIX + text + (f"-{label}" if label else "")


def write_backup(
    folder: Path, vault_key: SecretBytes, *, label: str = "", to: Path | None = None
) -> Path:
    """Export the database into a new backup folder and verify it opens."""
    target_root = to or backups_dir(folder)
    make_private_dir(target_root)
    target = target_root / _stamp(label)
    make_private_dir(target)
    db_copy = target / "vault.db"
    try:
        # Read before the export: the anchor vault.keys records is then never ahead of
        # the copy's log (the copy's own vault.anchor holds the copy's head).
        keys_bytes = slots.keys_path(folder).read_bytes()
        key_file = slots.parse_key_file(keys_bytes)
        with private_umask(target):
            recorded = slots.read_key_file(slots.keys_path(folder)).cipher
            con = connect_recorded(folder / "vault.db", vault_key, recorded)
            try:
                # The copy keeps the database's own settings: vault.keys is copied beside it.
                attach_keyed(con, db_copy, "backup", vault_key, settings_of(con))
                try:
                    con.execute("SELECT sqlcipher_export('backup')")
                    version = int(con.execute("PRAGMA user_version").fetchone()[0])
                    con.execute(f"PRAGMA backup.user_version = {version}")
                    row = con.execute(
                        "SELECT seq, hash FROM backup.audit ORDER BY seq DESC LIMIT 1"
                    ).fetchone()
                finally:
                    con.execute("DETACH DATABASE backup")
                expected = con.execute("SELECT count(*) FROM audit").fetchone()[0]
            finally:
                con.close()
        atomic_write(target / "vault.keys", keys_bytes)
        if key_file.anchor_in_file and row is not None:
            copied = slots.AuditAnchor(int(row[0]), str(row[1]))
            gen = key_file.generation_of(vault_key)
            anchor_file.write_new(
                anchor_file.path_in(target), key_file.vault_id, [(gen, copied, vault_key)], 1
            )
        _verify(db_copy, vault_key, expected, recorded)
    except (OSError, DatabaseError, StorageError, VaultError, ValueError, KeyError) as exc:
        shutil.rmtree(target, ignore_errors=True)
        if isinstance(exc, OSError):
            raise StorageError(storage_message(exc, db_copy)) from exc
        if isinstance(exc, (StorageError, VaultError)):
            raise
        raise VaultError(
            QT_TRANSLATE_NOOP("errors", "The backup could not be written or did not verify (%1)."),
            exc,
        ) from exc
    fsync_dir(target_root)
    return target


def _verify(db_copy: Path, key: SecretBytes, expected_audit: int, recorded: CipherSettings) -> None:
    con = connect_readonly(db_copy, key, recorded)
    try:
        if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise VaultError(
                QT_TRANSLATE_NOOP("errors", "The backup did not pass its integrity check.")
            )
        if con.execute("SELECT count(*) FROM audit").fetchone()[0] < expected_audit:
            raise VaultError(QT_TRANSLATE_NOOP("errors", "The backup is incomplete."))
    finally:
        con.close()


def _info(path: Path) -> BackupInfo:
    db = path / "vault.db"
    generation: int | None = None
    key_id: str | None = None
    with contextlib.suppress(VaultError):
        key_file = slots.read_key_file(path / "vault.keys")
        gens = key_file.generations()
        generation = gens[0] if gens else None
        key_id = None if generation is None else key_file.key_ids.get(generation)
    size = db.stat().st_size if db.exists() else 0
    return BackupInfo(path, path.name[len(PREFIX) :], size, generation, key_id)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Complete backups in the vault's backups/ folder, newest first."""
    root = backups_dir(folder)
    if not root.exists():
        return []
    found = [
        _info(entry)
        for entry in root.iterdir()
        if entry.is_dir() and entry.name.startswith(PREFIX) and (entry / "vault.db").exists()
    ]
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def rotate(folder: Path, keep: int) -> None:
    """Keep the newest `keep` backups."""
    for old in list_backups(folder)[max(1, keep) :]:
        shutil.rmtree(old.path, ignore_errors=True)


def stale_backups(folder: Path, generation: int, key_id: str) -> list[Path]:
    """Backup folders that must go: an older key generation, or unreadable or incomplete.

    A backup of an older generation opens with the key slots of its time,
    including accounts removed or disabled since. One of the same generation
    under another key is left over from an abandoned rekey. A backup of a
    *newer* generation (kept when an older backup was restored) stays.
    """
    root = backups_dir(folder)
    if not root.exists():
        return []
    stale: list[Path] = []
    for entry in root.iterdir():
        if not entry.is_dir() or not entry.name.startswith(PREFIX):
            continue
        info = _info(entry)
        complete = (entry / "vault.db").exists() and info.generation is not None
        if (
            not complete
            or info.generation is None
            or info.generation < generation
            or (info.generation == generation and info.key_id not in (None, key_id))
        ):
            stale.append(entry)
    return sorted(stale)


def delete_backups(paths: list[Path]) -> None:
    """Delete backup folders (the folder entry is flushed so the deletion survives a crash)."""
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)
    if paths:
        fsync_dir(paths[0].parent)


def _backup_folder(path: Path) -> Path:
    folder = path if path.is_dir() else path.parent
    if not (folder / "vault.db").exists() or not (folder / "vault.keys").exists():
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "%1 is not a backup: it needs vault.db and vault.keys together."
            ),
            path,
        )
    return folder


def open_backup(path: Path, username: str, secret: SecretBytes) -> OpenedBackup:
    """Open a backup read-only with a user's password from that time (integrity checked)."""
    folder = _backup_folder(path)
    key_file = slots.read_key_file(folder / "vault.keys")
    slot = key_file.slot_for(username)
    private = None if slot is None else slots.unwrap_private(slot, key_file.vault_id, secret)
    if slot is None or private is None:
        raise WrongPassword(
            QT_TRANSLATE_NOOP("errors", "The username or password does not open this backup.")
        )
    try:
        for gen in sorted(slot.sealed, reverse=True):
            key = slots.unseal_generation(slot, key_file.vault_id, private, gen)
            if key is None:
                continue
            try:
                con = connect_readonly(folder / "vault.db", key, key_file.cipher)
            except WrongPassword:
                key.wipe()
                continue
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                con.close()
                key.wipe()
                raise VaultDamaged(QT_TRANSLATE_NOOP("errors", "The backup is damaged."))
            return OpenedBackup(folder, con, key, slot, key_file)
    finally:
        private.wipe()
    raise VaultDamaged(
        QT_TRANSLATE_NOOP("errors", "The backup's database does not open with its key file.")
    )


def stage_restore(folder: Path, backup: Path) -> Path:
    """Put a checked backup in place of the vault files; the replaced ones are kept.

    Returns the folder (in backups/) that holds the replaced vault.db, vault.keys and
    vault.anchor.
    """
    source = _backup_folder(backup)
    make_private_dir(backups_dir(folder))
    staged_db = folder / "vault.db.restore"
    staged_keys = folder / "vault.keys.restore"
    staged_anchor = folder / "vault.anchor.restore"
    source_anchor = anchor_file.path_in(source)
    try:
        with private_umask(folder):
            shutil.copyfile(source / "vault.db", staged_db)
        with open(staged_db, "rb+") as fh:
            os.fsync(fh.fileno())
        atomic_write(staged_keys, (source / "vault.keys").read_bytes())
        if source_anchor.exists():  # a backup made before decision 0033 has none
            atomic_write(staged_anchor, source_anchor.read_bytes())
    except (OSError, StorageError) as exc:
        for leftover in (staged_db, staged_keys, staged_anchor):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, StorageError):
            raise
        raise StorageError(storage_message(exc, staged_db)) from exc
    replaced = backups_dir(folder) / _stamp("replaced-by-restore")
    make_private_dir(replaced)
    for name in ("vault.db", "vault.keys", anchor_file.NAME, "vault.db-wal", "vault.db-shm"):
        current = folder / name
        if current.exists():
            current.replace(replaced / name)
    staged_db.replace(folder / "vault.db")
    staged_keys.replace(folder / "vault.keys")
    if staged_anchor.exists():
        staged_anchor.replace(anchor_file.path_in(folder))
    fsync_dir(folder)
    return replaced
