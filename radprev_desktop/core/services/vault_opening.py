"""What every opening of the vault does once a key slot has opened the database.

`vault_access` unlocks; this module turns the opened database into a `Session`
(refusing disabled accounts and one being removed), writes the entries every
opening writes first (a detected cut or rewrite of the log, failed attempts),
and lets an administrator's login finish an interrupted key change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from radprev_desktop.core import audit
from radprev_desktop.core.errors import AccountDisabled, StorageError, VaultBusy, VaultError
from radprev_desktop.core.model import Role, User
from radprev_desktop.core.services import access_changes, users
from radprev_desktop.core.services.access_changes import KeyChangeNote
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.keys import RECOVERY_NAME
from radprev_desktop.core.vault.store import Unlocked, Vault


@dataclass
class LoginResult:
    """A successful login: the session and what the user must be told."""

    session: Session
    failed_attempts_since_last_login: int
    must_change_password: bool
    audit_check: audit.AnchorCheck  # made before this login appended anything
    finished: list[KeyChangeNote]  # interrupted key changes this (administrator) login finished
    #: Where the backup taken before this login upgraded the vault's schema is (None: no
    #: upgrade); the windows say it once, in one calm line.
    upgrade_backup: Path | None = None


# Who a recovery-code opening acts as (it may only set a new password).
RECOVERY_USER = User(
    id="",
    username=RECOVERY_NAME,
    display_name="Recovery code",
    staff_code="",
    roles=frozenset({Role.ADMINISTRATOR}),
    active=True,
    must_change_password=False,
)


def session_for(vault: Vault, unlocked: Unlocked) -> Session:
    """The logged-in user's session, refusing disabled accounts and those being removed."""
    try:
        user = users.find_user(unlocked.con, unlocked.slot.username)
        intent = access_changes.pending_in(unlocked.con)
        revoking = intent is not None and str(intent["username"]).casefold() == (
            unlocked.slot.username.casefold()
        )
        if user is None or not user.active or revoking:
            raise AccountDisabled(
                QT_TRANSLATE_NOOP("errors", "This account is disabled. Ask the administrator.")
            )
    except BaseException:
        unlocked.con.close()
        unlocked.key.wipe()
        raise
    return Session(
        vault,
        user,
        unlocked.con,
        unlocked.key,
        password_change_pending=user.must_change_password,
    )


def is_training_db(con: Connection) -> bool:
    """The database says it is a training vault's (meta purpose = training)."""
    row = con.execute("SELECT value FROM meta WHERE key = 'purpose'").fetchone()
    return row is not None and row[0] == "training"


def record_open(session: Session, unlocked: Unlocked, check: audit.AnchorCheck) -> None:
    """The entries every opening writes first: a detected cut or rewrite, failed attempts."""
    if not check.ok:
        session.audit(audit.TAMPER_ACTION, details=check.details())
    if unlocked.failed_since_login:
        session.audit("login_failed_attempts", details={"count": unlocked.failed_since_login})
    if unlocked.unknown_user_failures:
        session.audit(
            "login_failed_unknown_user", details={"count": unlocked.unknown_user_failures}
        )
    if not check.ok:
        # The incident is in the chained log now; the anchor restarts from its head.
        session.force_anchor_at_commit()


def finish_at_login(session: Session) -> list[KeyChangeNote]:
    """An administrator's login finishes an interrupted removal or disabling (or says why not)."""
    try:
        return access_changes.finish_interrupted(session)
    except (VaultBusy, VaultError, StorageError) as exc:
        return [KeyChangeNote(access_changes.NOT_FINISHED, detail=str(exc))]
