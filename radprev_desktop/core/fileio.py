"""Crash-safe file writes and owner-only (or group-shared) permissions.

A file that matters is never rewritten in place: the new content goes to a
sibling, is flushed to the disk, and replaces the old one with an atomic rename;
then the folder entry is flushed too. A crash leaves either the old or the new
file, never half of one (Electrum learnt this from zero-byte wallets). The
sibling's name is unpredictable and created exclusively, so nobody can plant a
file or link under it beforehand; only regular files are ever replaced.

Files are owner-only, except in a shared folder: a folder with the setgid bit
(the installer's machine-wide vault folder, group `radprev`, mode 2770) gets
group-readable files so that every officer's OS account can open the vault.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from radprev_desktop.core.errors import StorageError
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text

# File locks are platform calls; both modules are named here so the frozen bundle
# sees them (the other one is simply absent on each platform).
if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

OWNER_FILE = stat.S_IRUSR | stat.S_IWUSR
OWNER_DIR = stat.S_IRWXU
GROUP_FILE = OWNER_FILE | stat.S_IRGRP | stat.S_IWGRP
GROUP_DIR = OWNER_DIR | stat.S_IRWXG | stat.S_ISGID


def is_shared_folder(folder: Path) -> bool:
    """A setgid folder: its files are shared with its group (POSIX only)."""
    if os.name != "posix":
        return False
    try:
        return bool(os.stat(folder).st_mode & stat.S_ISGID)
    except OSError:
        return False


def private_file_mode(folder: Path) -> int:
    """Mode for a private file in `folder`: owner-only, or owner+group in a shared folder."""
    return GROUP_FILE if is_shared_folder(folder) else OWNER_FILE


def storage_message(exc: OSError, path: Path | str) -> Text:
    """A plain-words message for a failed write."""
    name = Path(path).name or str(path)
    folder = Path(path).parent
    if exc.errno == errno.ENOSPC:
        return Text(
            QT_TRANSLATE_NOOP(
                "errors", "The disk is full: %1 could not be written. Nothing was changed."
            ),
            name,
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Text(
            QT_TRANSLATE_NOOP("errors", "No permission to write %1 in %2. Nothing was changed."),
            name,
            folder,
        )
    if exc.errno == errno.ENOENT:
        return Text(
            QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist. Nothing was changed."),
            folder,
        )
    if exc.errno == errno.ENOTDIR:
        return Text(QT_TRANSLATE_NOOP("errors", "%1 is not a folder. Nothing was changed."), folder)
    if exc.errno in (errno.ENODEV, errno.EIO, errno.ENXIO):
        return Text(
            QT_TRANSLATE_NOOP(
                "errors",
                "The folder for %1 is no longer there (was a USB stick removed?). "
                "Nothing was changed.",
            ),
            name,
        )
    if exc.errno == errno.EISDIR:
        return Text(
            QT_TRANSLATE_NOOP("errors", "%1 is a folder, not a file. Nothing was changed."),
            Path(path),
        )
    return Text(
        QT_TRANSLATE_NOOP("errors", "%1 could not be written (%2). Nothing was changed."),
        name,
        exc.strerror or exc,
    )


def fsync_dir(folder: Path) -> None:
    """Flush a folder entry after a rename (no-op where the OS cannot)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(folder: Path) -> None:
    """Create a folder readable by its owner only (permissions are best effort on Windows).

    Inside a shared (setgid) folder the new folder stays shared with the group.
    """
    folder.mkdir(parents=True, exist_ok=True)
    shared = is_shared_folder(folder.parent) or is_shared_folder(folder)
    with contextlib.suppress(OSError):
        os.chmod(folder, GROUP_DIR if shared else OWNER_DIR)


def _refuse_non_regular(path: Path) -> None:
    """Only a regular file (or nothing) may be replaced: never a device, pipe, folder or link."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError(storage_message(exc, path)) from exc
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        message = QT_TRANSLATE_NOOP(
            "errors", "%1 is a folder; only a regular file can be written. Nothing was changed."
        )
    elif stat.S_ISLNK(mode):
        message = QT_TRANSLATE_NOOP(
            "errors", "%1 is a link; only a regular file can be written. Nothing was changed."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "errors", "%1 is not a file; only a regular file can be written. Nothing was changed."
        )
    raise StorageError(message, path)


def atomic_write(path: Path, data: bytes, *, private: bool = True, durable: bool = True) -> None:
    """Write `data` to `path` so that a crash leaves the old or the new file.

    `durable=False` leaves out the flush of the folder entry after the rename: the new
    file is complete on disk before it takes the name, so a crash still leaves the old or
    the new file, but the old one may come back (for a write a later one supersedes and
    whose loss is harmless, such as the audit anchor's next position).

    Raises StorageError with a plain message on a full disk, missing folder, lack of
    permission, or a target that is not a regular file (a device such as /dev/full,
    a folder, a link); the temporary sibling is removed in that case.
    """
    path = Path(path)
    _refuse_non_regular(path)
    # Unpredictable and created exclusively (O_EXCL, no link followed), in the same folder
    # so the final rename stays on one file system.
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    mode = private_file_mode(path.parent) if private else 0o644
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        flags |= getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(tmp, flags, mode)
        try:
            if os.name == "posix":  # exactly `mode`, whatever the process umask
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        if durable:
            fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageError(storage_message(exc, path)) from exc


@contextlib.contextmanager
def private_umask(folder: Path | None = None) -> Iterator[None]:
    """Files created inside the block are owner-only (SQLite creates -wal/-shm itself).

    With the `folder` they are created in, a shared (setgid) folder keeps group access.
    """
    if os.name != "posix":
        yield
        return
    shared = folder is not None and is_shared_folder(folder)
    old = os.umask(0o007 if shared else 0o077)
    try:
        yield
    finally:
        os.umask(old)
        if shared and folder is not None:
            _open_to_group(folder)


def _open_to_group(folder: Path) -> None:
    """Give the group read/write on our files in a shared folder.

    SQLite creates a database with mode 0644 less the umask, so in the shared folder
    vault.db would be 0640 and the next officer could not write it; its -wal and
    -shm files copy the database's mode, so fixing the database fixes them too.
    """
    uid = os.getuid()
    for entry in folder.iterdir():
        with contextlib.suppress(OSError):
            info = entry.lstat()
            mine = stat.S_ISREG(info.st_mode) and info.st_uid == uid
            if mine and stat.S_IMODE(info.st_mode) != GROUP_FILE:
                os.chmod(entry, GROUP_FILE)


def check_writable(folder: Path) -> None:
    """Raise StorageError when `folder` cannot take a new file (probe, then remove it)."""
    probe = folder / ".radprev-write-probe"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_FILE)
        os.close(fd)
        probe.unlink()
    except OSError as exc:
        raise StorageError(storage_message(exc, probe)) from exc


class LockBusy(Exception):
    """The lock is held elsewhere and `timeout` passed."""


# Windows cannot lock a folder: a byte far beyond anything SQLite locks in
# vault.db stands for it (SQLite's lock bytes sit at 1 GiB).
_WINDOWS_LOCK_OFFSET = 1 << 40


@contextlib.contextmanager
def folder_lock(folder: Path, *, timeout: float = 10.0) -> Iterator[None]:
    """Hold an exclusive lock on a vault folder between processes and threads.

    POSIX: `flock` on the folder itself (nothing extra in the folder). Windows:
    a byte-range lock in `vault.db`. Raises LockBusy after `timeout` seconds
    (0 = try once).
    """
    if sys.platform == "win32":
        target = folder / "vault.db"
        fd = os.open(target, os.O_RDWR | getattr(os, "O_BINARY", 0))
    else:
        fd = os.open(folder, os.O_RDONLY)
    try:
        with fd_lock(fd, timeout=timeout, name=str(folder)):
            yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def fd_lock(fd: int, *, timeout: float, name: str = "") -> Iterator[None]:
    """Hold an exclusive lock on an open file between processes (and threads: each
    opening is its own lock). POSIX `flock`; Windows a byte-range lock far beyond the
    data. Raises LockBusy after `timeout` seconds (0 = try once)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            _try_lock(fd)
            break
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
                raise
            if time.monotonic() >= deadline:
                raise LockBusy(name) from exc
            time.sleep(0.002 if timeout < 1 else 0.02)
    try:
        yield
    finally:
        _unlock(fd)


def _try_lock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
