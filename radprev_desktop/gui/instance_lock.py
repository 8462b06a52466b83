"""One running application per encrypted database (vault folder).

The application holds `radprev.lock` in the vault folder while it runs
(QLockFile: the process id, the computer's name and the application name,
no vault data). A second start on the same folder is refused and says which
process on which computer has it open; a lock left by a crashed process is
noticed (its process is gone) and taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from radprev_desktop.core.fileio import make_private_dir

LOCK_NAME = "radprev.lock"


class VaultInUse(Exception):
    """Another running radprev has this vault folder open."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InstanceLock:
    """Held for the application's lifetime; `release()` (or exit) frees it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        make_private_dir(folder)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age

    def acquire(self) -> None:
        """Take the lock or raise VaultInUse naming who holds it."""
        if self._lock.tryLock(0):
            return
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # PySide6: (pid, host, application)
            pid, host, _app = (
                info[-3:] if isinstance(info, tuple) and len(info) >= 3 else (0, "", "")
            )
            if pid:
                raise VaultInUse(
                    QCoreApplication.translate(
                        "InstanceLock",
                        "This encrypted database is already open in radprev (process {pid} on "
                        "computer {host}). Switch to that window, or close it first: two "
                        "windows on one database could overwrite each other's work.",
                    ).format(pid=pid, host=host or "?")
                )
        raise VaultInUse(
            QCoreApplication.translate(
                "InstanceLock",
                "The lock file {path} cannot be created. Check that the folder may be written.",
            ).format(path=str(self.path))
        )

    def release(self) -> None:
        self._lock.unlock()
