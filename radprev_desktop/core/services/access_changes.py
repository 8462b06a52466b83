"""Who can open the vault: removing, disabling and enabling accounts, and rekeying.

Removing or disabling an account must leave nothing its password (or a copy of
vault.keys it saved, or a backup) can open. One crash-safe sequence does it:

1. the intent is committed (meta `access_change_pending`, audited) — from here
   the account cannot log in, and every later step can be finished by anyone
   who re-runs the command or by the next administrator login;
2. the vault is rekeyed without the account's key slot (and without the slot of
   any other removed, disabled or unknown account);
3. the removal (or disabling) is committed and the intent cleared;
4. backups under the older key are deleted, after a fresh backup is written.

`doctor` reports every state in between (docs/decisions/0007-…). Reached
through `services/vault_access.py`; nothing here is imported by the GUI or CLI.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from radprev_desktop.core import crypto, policy
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    StorageError,
    VaultError,
)
from radprev_desktop.core.model import User
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import users, vault_meta
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text
from radprev_desktop.core.vault import backup
from radprev_desktop.core.vault import rekey as rekeying
from radprev_desktop.core.vault.connection import Connection, DatabaseError
from radprev_desktop.core.vault.database_file import registered_slots, unregister_slots
from radprev_desktop.core.vault.keys import KeySlot
from radprev_desktop.core.vault.store import Progress

PENDING = "access_change_pending"
REMOVE = "remove"
DISABLE = "disable"
_STARTED = {REMOVE: "user_removal_started", DISABLE: "user_disable_started"}
_DONE = {REMOVE: "user_removed", DISABLE: "user_disabled"}


def pending_in(con: Connection) -> dict[str, Any] | None:
    """The interrupted removal or disabling, if any ({action, username, user_id, …})."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", (PENDING,)).fetchone()
    return None if row is None else dict(json.loads(row[0]))


def pending(session: Session) -> dict[str, Any] | None:
    """The session's view of `pending_in`."""
    return pending_in(session.con)


def revoke(session: Session, username: str, action: str, progress: Progress | None = None) -> None:
    """Remove or disable an account and re-encrypt the vault without its key slot.

    Running it again after an interruption finishes the job; running it on an
    account already removed (or disabled, without a slot) only tidies up.
    """
    policy.require(session, Permission.MANAGE_ACCOUNTS)
    if action not in (REMOVE, DISABLE):
        raise ValueError(action)
    finish_interrupted(session, progress)
    user = users.get_user(session, username)
    if user.id == session.user.id:
        if action == REMOVE:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "You cannot remove your own account.")
            )
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "You cannot disable your own account."))
    if user.removed and action == DISABLE:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no account named %1."), username)
    done = user.removed if action == REMOVE else not user.active
    if done and session.vault.read_keys().slot_for(user.username) is None:
        purge_stale_backups(session)
        return
    # A removed account whose slot survived (an older build, a crash) is removed again.
    if user.active:
        users.ensure_an_administrator_remains(session, user)
    with session.transaction() as con:
        intent = {
            "action": action,
            "username": user.username,
            "user_id": user.id,
            "key_id": crypto.key_id(session.vault_key),
            # Without a slot (disabled before), the key already moved on: no rekey needed.
            "rekey": session.vault.read_keys().slot_for(user.username) is not None,
            "started_at": now_iso(),
        }
        vault_meta.set_meta(con, PENDING, json.dumps(intent, sort_keys=True))
        session.audit(_STARTED[action], object_type="user", object_id=user.id)
    finish_interrupted(session, progress)


@dataclass(frozen=True)
class KeyChangeNote:
    """What finishing an interrupted key change did, for the user to be told.

    `kind` is "removal" or "disabling" (finished for `username`), "backups_deleted"
    (`count` old-key backups), or "not_finished" (`detail` says why). The GUI
    words each kind in the user's language; `str()` is the English line the CLI prints.
    """

    kind: str
    username: str = ""
    count: int = 0
    detail: str = ""

    def text(self) -> Text:
        """The same line as a message to translate (the command line prints it so)."""
        if self.kind == REMOVAL:
            return Text(
                QT_TRANSLATE_NOOP("messages", "The interrupted removal of %1 was finished."),
                self.username,
            )
        if self.kind == DISABLING:
            return Text(
                QT_TRANSLATE_NOOP("messages", "The interrupted disabling of %1 was finished."),
                self.username,
            )
        if self.kind == BACKUPS_DELETED:
            return Text(
                QT_TRANSLATE_NOOP(
                    "messages", "%1 backup(s) under an older vault key were deleted."
                ),
                self.count,
            )
        return Text(
            QT_TRANSLATE_NOOP(
                "messages", "An interrupted key change could not be finished yet: %1"
            ),
            self.detail,
        )

    def __str__(self) -> str:
        if self.kind in (REMOVAL, DISABLING):
            return f"The interrupted {self.kind} of {self.username} was finished."
        if self.kind == BACKUPS_DELETED:
            return f"{self.count} backup(s) under an older vault key were deleted."
        return f"An interrupted key change could not be finished yet: {self.detail}"


REMOVAL, DISABLING, BACKUPS_DELETED, NOT_FINISHED = (
    "removal",
    "disabling",
    "backups_deleted",
    "not_finished",
)


def finish_interrupted(session: Session, progress: Progress | None = None) -> list[KeyChangeNote]:
    """Finish an interrupted removal or disabling and purge stale backups; say what was done.

    Safe to call at any time by an administrator (it is called at their login).
    """
    policy.require(session, Permission.MANAGE_ACCOUNTS)
    notes: list[KeyChangeNote] = []
    intent = pending(session)
    rekeyed = False
    if intent is not None:
        username = str(intent["username"])
        still_has_slot = session.vault.read_keys().slot_for(username) is not None
        same_key = crypto.key_id(session.vault_key) == intent["key_id"]
        if still_has_slot or (same_key and intent.get("rekey", True)):
            _rekey(session, _keep_slot(session, exclude={username.casefold()}), progress)
            rekeyed = True
        _commit(session, intent)
        verb = REMOVAL if intent["action"] == REMOVE else DISABLING
        notes.append(KeyChangeNote(verb, username))
    purged = purge_stale_backups(session, write_fresh=rekeyed)
    if purged:
        notes.append(KeyChangeNote(BACKUPS_DELETED, count=purged))
    return notes


def _commit(session: Session, intent: dict[str, Any]) -> None:
    username = str(intent["username"])
    with session.transaction() as con:
        users.mark_revoked(con, str(intent["user_id"]), removed=intent["action"] == REMOVE)
        stale = {
            slot_id
            for slot_id, (kind, name, _) in registered_slots(con).items()
            if kind == "user" and name.casefold() == username.casefold()
        }
        unregister_slots(con, stale)
        vault_meta.delete_meta(con, PENDING)
        session.audit(_DONE[str(intent["action"])], object_type="user", object_id=intent["user_id"])


def _keep_slot(session: Session, *, exclude: set[str]) -> Callable[[KeySlot], bool]:
    """Which slots a new key is sealed to: the recovery slot and active, known accounts."""
    con = session.con
    registered = registered_slots(con)
    active = {
        str(r[0]).casefold()
        for r in con.execute("SELECT username FROM users WHERE active = 1 AND removed_at IS NULL")
    }

    def keep(slot: KeySlot) -> bool:
        known = registered.get(slot.slot_id)
        if known is None or known[2] != slot.public_key:
            return False  # a slot the database does not know opens nothing any more
        if slot.kind == "recovery":
            return True
        name = slot.username.casefold()
        return name in active and name not in exclude

    return keep


def rekey(session: Session, progress: Progress | None = None) -> None:
    """Administrator: a new vault key, sealed only to active accounts and the recovery slot."""
    policy.require(session, Permission.MANAGE_VAULT)
    finish_interrupted(session, progress)
    _rekey(session, _keep_slot(session, exclude=set()), progress)
    purge_stale_backups(session, write_fresh=True)


def _rekey(session: Session, keep: Callable[[KeySlot], bool], progress: Progress | None) -> None:
    vault = session.vault
    before = {s.slot_id for s in vault.read_keys().slots}
    try:
        new_con, new_key = rekeying.rekey(
            vault, session.con, session.vault_key, keep=keep, progress=progress
        )
    except BaseException:
        # The connection may have been closed just before the switch failed.
        with contextlib.suppress(VaultError, DatabaseError):
            session.reconnect()
        raise
    session.adopt_rekey(new_con, new_key)
    after_file = vault.read_keys()
    dropped = before - {s.slot_id for s in after_file.slots}
    with session.transaction() as con:
        unregister_slots(con, dropped)
        session.audit(
            "vault_rekeyed",
            details={
                "slots_removed": len(dropped),
                "generation": after_file.generations()[0],
                "page_hmac": after_file.cipher.hmac_algorithm,  # a rekey also upgrades (0030)
            },
        )


def purge_stale_backups(session: Session, *, write_fresh: bool = False) -> int:
    """Delete backups under an older key, after writing a fresh one; returns how many went.

    `write_fresh`: write the fresh backup even if nothing is stale (after a rekey).
    """
    stale = session.vault.stale_backups(session.vault_key)
    if not stale and not write_fresh:
        return 0
    fresh = True
    try:
        session.vault.write_backup(session.vault_key, label="after-rekey")
    except (StorageError, VaultError):
        fresh = False  # the old backups must go all the same: they open with removed slots
    backup.delete_backups(stale)
    if not stale:
        return 0
    with session.transaction():
        session.audit(
            "backups_purged", details={"count": len(stale), "fresh_backup_written": fresh}
        )
    return len(stale)


def enable(session: Session, username: str, temporary_password: str) -> User:
    """Administrator: let a disabled account in again with a new temporary password."""
    policy.require(session, Permission.MANAGE_ACCOUNTS)
    user = users.get_user(session, username)
    if user.removed:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no account named %1."), username)
    intent = pending(session)
    if intent is not None and str(intent["username"]).casefold() == user.username.casefold():
        finish_interrupted(session)
        user = users.get_user(session, username)
    if user.active and session.vault.read_keys().slot_for(user.username) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "The account %1 is not disabled."), user.username
        )
    password = users.check_new_password(temporary_password, user.username)
    with session.transaction() as con:
        users.mark_enabled(con, user.id)
        session.audit("user_enabled", object_type="user", object_id=user.id)
    users.give_slot(session, user.username, password)
    return users.get_user(session, username)
