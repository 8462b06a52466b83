"""The one door to the vault: create, log in, unlock, recover, back up, restore, rekey.

The GUI and the CLI reach the vault only through this module. They hold a
`VaultAccess` (a vault folder) or a `Session`, never key bytes, and never
import `core.vault` or `core.crypto`. Removing, disabling and enabling
accounts (which change who can open the vault) are reached from here too.

Every opening checks, before anything is appended to the audit log, that the
log still holds the entry sealed into vault.anchor (the audit anchor); a cut or
rewritten log is recorded as an incident that every later `verify` reports.
An administrator's login finishes an interrupted removal or disabling.

A training vault (issue 17) is made here too, in a folder of its own, and is
marked twice: `"purpose": "training"` in vault.keys (readable before a login,
sealed by the key file's HMAC) and in the database's metadata. A login checks
that the two agree; a restore never puts a training backup over a real vault
nor a real backup over a training vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from radprev_desktop.core import audit, crypto, policy
from radprev_desktop.core.central_session import CentralSession
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import monotonic_wall
from radprev_desktop.core.crypto import KdfParams
from radprev_desktop.core.errors import (
    AccountDisabled,
    PasswordChangeRequired,
    TrainingRefused,
    VaultDamaged,
    VaultError,
    VaultExists,
)
from radprev_desktop.core.model import Mode, User
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    access_changes,
    backup_check,
    central_access,
    central_backup,
    new_vault,
    users,
    vault_opening,
)
from radprev_desktop.core.services.access_changes import (
    BACKUPS_DELETED,
    DISABLING,
    NOT_FINISHED,
    REMOVAL,
    KeyChangeNote,
)
from radprev_desktop.core.services.backup_check import BackupCheck
from radprev_desktop.core.services.users import check_new_password
from radprev_desktop.core.services.vault_opening import LoginResult
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import backup
from radprev_desktop.core.vault.backup import BackupInfo
from radprev_desktop.core.vault.database_file import damaged_if_unreadable
from radprev_desktop.core.vault.dialect import dialect_of
from radprev_desktop.core.vault.store import Progress, Vault
from radprev_desktop.core.vault_folder import access_problem as vault_folder_problem
from radprev_desktop.core.vault_folder import (
    default_training_folder,
    default_vault_folder,
    same_folder,
)

__all__ = [
    "BACKUPS_DELETED",
    "DISABLING",
    "NOT_FINISHED",
    "REMOVAL",
    "AuditVerification",
    "BackupCheck",
    "BackupInfo",
    "CreatedVault",
    "KdfParams",
    "KeyChangeNote",
    "LoginResult",
    "Progress",
    "RestoreResult",
    "VaultAccess",
    "check_new_password",
    "create_backup",
    "default_training_folder",
    "default_vault_folder",
    "disable_user",
    "enable_user",
    "finish_interrupted",
    "list_backups",
    "rekey",
    "remove_user",
    "vault_folder_problem",
]


@dataclass
class CreatedVault:
    """A new vault: the administrator's session and the recovery code, shown once."""

    session: Session
    recovery_code: str


@dataclass(frozen=True)
class RestoreResult:
    """A restored vault: where the replaced files were kept, and the log entries lost."""

    replaced_copy: Path
    check: BackupCheck


@dataclass(frozen=True)
class AuditVerification:
    """The audit log checked before the verifier's own login entry was appended."""

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
        """True when the folder holds a vault (or what is left of one) or central.json."""
        return self._vault().exists() or self.is_central_store

    @property
    def is_central_store(self) -> bool:
        """True when the folder points at a central store on PostgreSQL (central.json)."""
        return central_access.is_central_folder(self.folder)

    def check(self) -> None:
        """Raise the typed error that would stop a login (missing or damaged files)."""
        if self.is_central_store:
            return
        self._vault().read_keys()

    def is_training(self) -> bool:
        """True when the folder holds a training vault (vault.keys says so; checked at login)."""
        if self.is_central_store:
            return False
        return self._vault().read_keys().training

    def has_key_slot(self, username: str) -> bool:
        """True when `username` has a key slot (False when the vault cannot be read)."""
        try:
            return self._vault().read_keys().slot_for(username) is not None
        except VaultError:
            return False

    # --- creating ------------------------------------------------------------

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
        training: bool = False,
    ) -> CreatedVault:
        """A new vault with one administrator and a recovery slot.

        Argon2id is calibrated on this machine, never below t=3 and 64 MiB, and
        the calibration is recorded in vault.keys. `kdf` is for tests only
        (cheap parameters, recorded as given). `training` makes a training
        vault, refused in the real vault's default folder.
        """
        username, code = new_vault.checked_names(admin_username, establishment_code)
        password = check_new_password(admin_password, username)
        if training and same_folder(self.folder, default_vault_folder()):
            raise TrainingRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A training vault is never made in the real vault's folder; choose "
                    "another folder.",
                )
            )
        vault = self._vault()
        if vault.exists():  # refused before spending a second on calibration
            raise VaultExists(
                QT_TRANSLATE_NOOP("errors", "A vault already exists in %1."), vault.folder
            )
        if kdf is None:
            calibration = crypto.calibrate_kdf()
            params, record = calibration.params, calibration.to_json()
        else:
            params, record = kdf, {"params": kdf.to_json(), "given": True}
        recovery_code = crypto.new_recovery_code()
        admin_secret = crypto.secret_from_text(password)
        recovery_secret = crypto.secret_from_text(crypto.normalise_recovery_code(recovery_code))
        try:
            vault.create_files(
                kdf=params,
                calibration=record,
                admin_username=username,
                admin_secret=admin_secret,
                recovery_secret=recovery_secret,
                initialise=new_vault.InitialContent(
                    mode=mode,
                    code=code,
                    name=establishment_name.strip() or code,
                    admin=username,
                    admin_display=admin_display_name.strip() or username,
                    units=units or [],
                    kdf_record=record,
                    training=training,
                ),
                training=training,
            )
        finally:
            admin_secret.wipe()
            recovery_secret.wipe()
        result = self.login(username, password)
        return CreatedVault(result.session, recovery_code)

    # --- opening --------------------------------------------------------------

    def login(self, username: str, password: str) -> LoginResult:
        """Open the vault for `username`; typed errors for every refusal."""
        return self._login(username, password)[0]

    def unlock(self, username: str, password: str) -> LoginResult:
        """Open a locked window again (same checks and audit as a login)."""
        return self._login(username, password)[0]

    def verify_audit(self, username: str, password: str) -> AuditVerification:
        """Check the audit chain and its anchor as an auditor or administrator.

        The check runs before this login's own entries are appended, so an entry
        cut from the end cannot be covered by them; then the check is logged.
        """
        result, report = self._login(username, password, verify=True)
        session = result.session
        try:
            if session.password_change_pending:
                raise PasswordChangeRequired(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Your password was set by an administrator: choose a new one before "
                        "you go on.",
                    )
                )
            policy.require(session, Permission.VERIFY_AUDIT_LOG)
            assert report is not None
            with session.bookkeeping():
                session.audit(
                    "audit_verified", details={"ok": report.ok, "entries": report.entries}
                )
        finally:
            session.close()
        return AuditVerification(report)

    def _login(
        self, username: str, password: str, *, verify: bool = False
    ) -> tuple[LoginResult, audit.ChainReport | None]:
        if self.is_central_store:
            return central_access.login_central(self.folder, username, password, verify=verify)
        # A damaged page can be met anywhere in the opening (the audit check, the login's own
        # entries): the user is told the database is damaged, never "unexpected error".
        with damaged_if_unreadable():
            return self._login_local(username, password, verify=verify)

    def _login_local(
        self, username: str, password: str, *, verify: bool
    ) -> tuple[LoginResult, audit.ChainReport | None]:
        vault = self._vault()
        secret = crypto.secret_from_text(password)
        try:
            unlocked = vault.unlock(username, secret)
        finally:
            secret.wipe()
        session = vault_opening.session_for(vault, unlocked)
        try:
            if session.training != unlocked.key_file.training:
                raise VaultDamaged(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "vault.keys and vault.db disagree about whether this is a training "
                        "vault: one of them was replaced or edited. Nothing was opened.",
                    )
                )
            con = session.bookkeeping_connection()
            held = vault.anchor_reading(unlocked.key, unlocked.key_file, unlocked.generation)
            check = audit.check_anchor(con, held.anchor, held.problem)
            report = audit.verify_chain(con, held.anchor, held.problem) if verify else None
            with session.bookkeeping():
                vault_opening.record_open(session, unlocked, check)
                session.audit("login")
                users.record_login(con, session.user)
            vault.finish_unlock(unlocked)
        except BaseException:
            session.discard()
            raise
        finished: list[KeyChangeNote] = []
        if (
            policy.allows(session, Permission.MANAGE_ACCOUNTS)
            and not session.password_change_pending
        ):
            finished = vault_opening.finish_at_login(session)
        result = LoginResult(
            session,
            unlocked.failed_since_login,
            session.password_change_pending,
            check,
            finished,
            unlocked.upgrade_backup,
        )
        return result, report

    def require_recovery_code(self) -> None:
        """Refuse, before anything is typed, a recovery where there is no recovery code:
        a central store on a server keeps no key slots (an administrator enables the
        account again with a new password); it used to answer "No vault in <folder>"."""
        if self.is_central_store:
            raise VaultError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This central office's database is kept on a server and has no recovery "
                    "code. An administrator enables your account again with a new temporary "
                    "password (Administration › Accounts, or radprev user enable).",
                )
            )

    def recover(self, recovery_code: str, username: str, new_password: str) -> None:
        """Set a new password for `username` with the recovery code (audited)."""
        self.require_recovery_code()
        vault = self._vault()
        secret = crypto.secret_from_text(crypto.normalise_recovery_code(recovery_code))
        try:
            unlocked = vault.unlock_recovery(secret)
        finally:
            secret.wipe()
        try:
            user = users.find_user(unlocked.con, username.strip())
            if user is None or user.removed:
                raise VaultError(
                    QT_TRANSLATE_NOOP("errors", "There is no account named %1."), username.strip()
                )
            if not user.active:
                raise AccountDisabled(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This account is disabled: an administrator enables it with a new "
                        "password.",
                    )
                )
        except BaseException:
            unlocked.con.close()
            unlocked.key.wipe()
            raise
        session = Session(vault, vault_opening.RECOVERY_USER, unlocked.con, unlocked.key)
        try:
            held = vault.anchor_reading(unlocked.key, unlocked.key_file, unlocked.generation)
            check = audit.check_anchor(unlocked.con, held.anchor, held.problem)
            with session.bookkeeping():
                vault_opening.record_open(session, unlocked, check)
            vault.finish_unlock(unlocked)
            users.set_password_for(session, user.username, new_password, must_change=False)
            with session.transaction():
                session.audit("recovery_code_used", object_type="user", object_id=user.id)
        finally:
            session.close(reason="recovery_session_end")

    # --- backups seen from the login screen -----------------------------------

    def backups(self) -> list[BackupInfo]:
        """Backups in the vault's backups folder, newest first."""
        return backup.list_backups(self.folder)

    def check_backup(self, path: Path, username: str, password: str) -> BackupCheck:
        """An administrator of that time must open the backup; says what a restore drops."""
        return backup_check.check_backup(self._vault(), Path(path), username, password)

    def restore(self, path: Path, username: str, password: str) -> RestoreResult:
        """Replace the vault with a checked backup, then log in and audit the restore.

        The replaced files are kept in the backups folder; the audit entry says
        how many log entries the restore dropped (at least; the anchor may lag
        by the last commit). The caller asks for confirmation first.
        """
        check = self.check_backup(path, username, password)
        vault = self._vault()
        if vault.folder.exists() and (vault.db_path.exists() or vault.keys_path.exists()):
            with vault.lock():
                replaced = backup.stage_restore(self.folder, Path(path))
        else:
            replaced = backup.stage_restore(self.folder, Path(path))
        session = self.login(username, password).session
        try:
            with session.bookkeeping():
                session.audit(
                    "vault_restored",
                    object_type="backup",
                    object_id=Path(path).name,
                    details={
                        "replaced_copy": replaced.name,
                        "log_head_before": check.vault_log_head,
                        "log_head_after": check.backup_log_head,
                        "entries_dropped": check.entries_dropped,
                    },
                )
        finally:
            session.close()
        return RestoreResult(replaced, check)


# --- operations on an open session ---------------------------------------------


@operation(Change.BACKUPS)
def create_backup(session: Session, to: Path | None = None) -> Path:
    """Administrator: write an encrypted, verified backup (rotated when in the vault folder)."""
    policy.require(session, Permission.MANAGE_VAULT)
    if isinstance(session, CentralSession):  # pg_dump, age-encrypted to the backup key
        return central_backup.write_dated_backup(session, to)
    folder = session.vault.write_backup(session.vault_key, to=to)
    with session.transaction():
        session.audit("backup_created", object_type="backup", object_id=folder.name)
    if to is None:
        backup.rotate(session.folder, int(session.setting("backups_kept", 7)))
    return folder


def list_backups(session: Session) -> list[BackupInfo]:
    """Backups in the open vault's backups folder, newest first."""
    policy.require(session, Permission.MANAGE_VAULT)
    return backup.list_backups(session.folder)


@operation(Change.BACKUPS)
def rekey(session: Session, progress: Progress | None = None) -> None:
    """Administrator: a new vault key, sealed only to active accounts and the recovery slot."""
    access_changes.rekey(session, progress)


def keeps_key_slots(session: Session) -> bool:
    """Whether accounts open the store with key slots (a vault: removing or disabling one
    rekeys it) or not (a PostgreSQL store: the account's logins and sessions end)."""
    return not dialect_of(session.con).is_postgresql


@operation(Change.ACCOUNTS | Change.BACKUPS)
def remove_user(session: Session, username: str, progress: Progress | None = None) -> None:
    """Administrator: remove an account; the vault is rekeyed without its key slot first.

    Run again after an interruption, it finishes the job. On a PostgreSQL store there
    are no key slots: see central_access.revoke_central.
    """
    if dialect_of(session.con).is_postgresql:
        central_access.revoke_central(session, username, remove=True)
        return
    access_changes.revoke(session, username, access_changes.REMOVE, progress)


@operation(Change.ACCOUNTS | Change.BACKUPS)
def disable_user(session: Session, username: str, progress: Progress | None = None) -> None:
    """Administrator: disable an account; its key slot goes and the vault is rekeyed (on a
    PostgreSQL store: central_access.revoke_central)."""
    if dialect_of(session.con).is_postgresql:
        central_access.revoke_central(session, username, remove=False)
        return
    access_changes.revoke(session, username, access_changes.DISABLE, progress)


@operation(Change.ACCOUNTS)
def enable_user(session: Session, username: str, temporary_password: str) -> User:
    """Administrator: let a disabled account in again with a new temporary password.

    The password must be changed at the account's next login.
    """
    if dialect_of(session.con).is_postgresql:
        return central_access.enable_central(session, username, temporary_password)
    return access_changes.enable(session, username, temporary_password)


@operation(Change.ACCOUNTS | Change.BACKUPS)
def finish_interrupted(session: Session, progress: Progress | None = None) -> list[KeyChangeNote]:
    """Administrator: finish an interrupted removal or disabling; purge stale backups."""
    return access_changes.finish_interrupted(session, progress)
