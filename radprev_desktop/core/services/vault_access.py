"""The one door to the vault: create, log in, unlock, recover, back up, restore, rekey.

The GUI and the CLI reach the vault only through this module. They hold a
`VaultAccess` (a vault folder) or a `Session`, never key bytes, and never
import `core.vault` or `core.crypto`. Removing or disabling an account (which
rekeys the vault) is here too, because it changes who can open the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from radprev_desktop.core import audit
from radprev_desktop.core.clock import monotonic_wall
from radprev_desktop.core.crypto import KdfParams
from radprev_desktop.core.errors import PermissionDenied, VaultError
from radprev_desktop.core.model import Mode, Role, User
from radprev_desktop.core.services import users
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import backup as backups
from radprev_desktop.core.vault.backup import BackupInfo
from radprev_desktop.core.vault.store import (
    CreatedVault,
    LoginResult,
    Progress,
    Vault,
    check_new_password,
    default_vault_dir,
)

__all__ = [
    "AuditVerification",
    "BackupInfo",
    "CreatedVault",
    "KdfParams",
    "LoginResult",
    "Progress",
    "RestoreResult",
    "VaultAccess",
    "check_new_password",
    "create_backup",
    "default_vault_folder",
    "disable_user",
    "enable_user",
    "list_backups",
    "rekey",
    "remove_user",
]


def default_vault_folder() -> Path:
    """`RADPREV_VAULT`, else a machine-wide data folder, else the user's data folder."""
    return default_vault_dir()


@dataclass(frozen=True)
class RestoreResult:
    """A restored vault: where the replaced files were kept."""

    replaced_copy: Path


@dataclass(frozen=True)
class AuditVerification:
    """The audit log checked before the verifier's own entries were appended."""

    report: audit.ChainReport


class VaultAccess:
    """One vault folder, seen from outside: everything that needs no open session."""

    def __init__(self, folder: Path | str, *, clock: Callable[[], float] = monotonic_wall) -> None:
        self.folder = Path(folder)
        self.clock = clock  # failed-login delays; tests replace it

    def _vault(self) -> Vault:
        return Vault(self.folder, clock=self.clock)

    # --- state ---------------------------------------------------------------

    def exists(self) -> bool:
        """True when the folder holds a vault (or what is left of one)."""
        return self._vault().exists()

    def check(self) -> None:
        """Raise the typed error that would stop a login (missing or damaged files)."""
        self._vault().read_keys()

    def has_key_slot(self, username: str) -> bool:
        """True when `username` has a key slot (False when the vault cannot be read)."""
        try:
            return self._vault().read_keys().slot_for(username) is not None
        except VaultError:
            return False

    # --- creating and opening -------------------------------------------------

    def create(
        self,
        *,
        mode: Mode,
        establishment_code: str,
        establishment_name: str,
        admin_username: str,
        admin_password: str,
        admin_display_name: str = "",
        units: list[tuple[str, str]] | None = None,
        kdf: KdfParams | None = None,
    ) -> CreatedVault:
        """A new vault with one administrator and a recovery slot.

        `kdf` is for tests only (cheap parameters); otherwise Argon2id is
        calibrated on this machine.
        """
        return Vault.create(
            self.folder,
            mode=mode,
            establishment_code=establishment_code,
            establishment_name=establishment_name,
            admin_username=admin_username,
            admin_password=admin_password,
            admin_display_name=admin_display_name,
            kdf=kdf,
            units=units,
        )

    def login(self, username: str, password: str) -> LoginResult:
        """Open the vault for `username`; typed errors for every refusal."""
        return self._vault().login(username, password)

    def unlock(self, username: str, password: str) -> LoginResult:
        """Open a locked window again (same checks and audit as a login)."""
        return self.login(username, password)

    def verify_audit(self, username: str, password: str) -> AuditVerification:
        """Check the audit chain as an auditor or administrator, then log the check."""
        result = self.login(username, password)
        session = result.session
        try:
            if not (session.has(Role.AUDITOR) or session.has(Role.ADMINISTRATOR)):
                raise PermissionDenied("This needs the auditor or administrator role.")
            report = audit.verify_chain(session.con)
            with session.transaction():
                session.audit(
                    "audit_verified", details={"ok": report.ok, "entries": report.entries}
                )
        finally:
            session.close()
        return AuditVerification(report)

    def recover(self, recovery_code: str, username: str, new_password: str) -> None:
        """Set a new password for `username` with the recovery code (audited)."""
        self._vault().recover(recovery_code, username, new_password)

    # --- backups seen from the login screen -----------------------------------

    def backups(self) -> list[BackupInfo]:
        """Backups in the vault's backups folder, newest first."""
        return backups.list_backups(self._vault())

    def check_backup(self, path: Path, username: str, password: str) -> None:
        """Refuse (typed error) unless an administrator of that time opens the backup."""
        backups.check_backup(path, username, password)

    def restore(self, path: Path, username: str, password: str) -> RestoreResult:
        """Replace the vault with a checked backup, then log in and audit the restore.

        The replaced files are kept in the backups folder. The caller asks for
        confirmation first.
        """
        vault = self._vault()
        replaced = backups.restore_backup(vault, path, username, password)
        session = vault.login(username, password).session
        try:
            with session.transaction():
                session.audit(
                    "vault_restored",
                    object_type="backup",
                    object_id=Path(path).name,
                    details={"replaced_copy": replaced.name},
                )
        finally:
            session.close()
        return RestoreResult(replaced)


# --- operations on an open session ---------------------------------------------


def create_backup(session: Session, to: Path | None = None) -> Path:
    """Administrator: write an encrypted, verified backup (rotated when in the vault folder)."""
    return backups.create_backup(session, to)


def list_backups(session: Session) -> list[BackupInfo]:
    """Backups in the open vault's backups folder, newest first."""
    session.require(Role.ADMINISTRATOR)
    return backups.list_backups(session.vault)


def rekey(session: Session, progress: Progress | None = None) -> None:
    """Administrator: a new vault key, sealed to every remaining key slot."""
    session.require(Role.ADMINISTRATOR)
    session.vault.rekey(session, progress=progress)


def remove_user(session: Session, username: str, progress: Progress | None = None) -> None:
    """Administrator: remove an account; the vault is rekeyed without its key slot."""
    users.remove_user(session, username, progress)


def disable_user(session: Session, username: str, progress: Progress | None = None) -> None:
    """Administrator: disable an account so it can no longer log in."""
    del progress
    users.set_active(session, username, False)


def enable_user(session: Session, username: str, temporary_password: str) -> User:
    """Administrator: let a disabled account in again with a new temporary password.

    The password must be changed at the account's next login.
    """
    users.set_active(session, username, True)
    users.set_password_for(session, username, temporary_password, must_change=True)
    return users.get_user(session, username)
