"""Whole-establishment access grants: an account that reaches every prisoner of an
establishment, beyond its units (issue #14, access by unit).

A workstation grants its own establishment only; the central office grants
establishments (or `*`, all). Every grant and revocation is audited with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Mode, User
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import transfers, users
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

MAX_GRANT_REASON = 500


def _grant_code(session: Session, establishment_code: str | None) -> str:
    """The establishment a grant names: a workstation only ever grants its own."""
    code = (establishment_code or session.establishment_code).strip().upper()
    if session.mode is Mode.WORKSTATION and code != session.establishment_code:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A workstation grants access to its own establishment only."
            ),
            field="establishment",
        )
    if not code or len(code) > 40:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the establishment's code."), field="establishment"
        )
    if code != "*":  # "PL-GDA3 MK-SK1" typed for two codes is not one establishment
        return transfers.clean_establishment(code, field="establishment")
    return code


def _grant_reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the account needs this access."), field="reason"
        )
    if len(reason) > MAX_GRANT_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason is limited to %1 characters."),
            MAX_GRANT_REASON,
            field="reason",
        )
    return reason


@operation(Change.ACCOUNTS)
def grant_establishment(
    session: Session, username: str, reason: str, establishment_code: str | None = None
) -> User:
    """Let an account reach every prisoner of an establishment, not only its units' (audited).

    At a workstation this is the explicit "whole establishment" grant (its own
    establishment only); at the central office it assigns an establishment to an
    analyst or supervisor ('*': every establishment).
    """
    policy.require(session, Permission.MANAGE_ACCOUNTS)
    user = users.get_user(session, username)
    code = _grant_code(session, establishment_code)
    why = _grant_reason(reason)
    if code in user.establishments:
        return user
    with session.transaction() as con:
        con.execute(
            "INSERT INTO access_grants(user_id, establishment_code, reason, granted_at, "
            "granted_by) VALUES (?, ?, ?, ?, ?)",
            (user.id, code, why, now_iso(), session.user.username),
        )
        session.audit(
            "access_granted",
            object_type="user",
            object_id=user.id,
            justification=why,
            details={"establishment": code},
        )
    return users.get_user(session, username)


@operation(Change.ACCOUNTS)
def revoke_establishment(
    session: Session, username: str, reason: str, establishment_code: str | None = None
) -> User:
    """Withdraw an establishment grant (audited); the account keeps its units."""
    policy.require(session, Permission.MANAGE_ACCOUNTS)
    user = users.get_user(session, username)
    held = (establishment_code or "").strip().upper()
    # A grant an earlier version stored unchecked ("MK-SK1 AL-TR1") can still be withdrawn.
    code = held if held in user.establishments else _grant_code(session, establishment_code)
    why = _grant_reason(reason)
    if code not in user.establishments:
        return user
    with session.transaction() as con:
        con.execute(
            "DELETE FROM access_grants WHERE user_id = ? AND establishment_code = ?",
            (user.id, code),
        )
        session.audit(
            "access_revoked",
            object_type="user",
            object_id=user.id,
            justification=why,
            details={"establishment": code},
        )
    return users.get_user(session, username)


@dataclass(frozen=True)
class AccessGrant:
    """A whole-establishment grant as the administrator and the DPO see it."""

    username: str
    establishment_code: str
    reason: str
    granted_at: str
    granted_by: str


def list_grants(session: Session) -> list[AccessGrant]:
    """Every establishment grant held by an account (administrator and auditor)."""
    policy.require(session, Permission.LIST_ACCOUNTS)
    return [
        AccessGrant(*(str(v) for v in r))
        for r in session.con.execute(
            "SELECT u.username, g.establishment_code, g.reason, g.granted_at, g.granted_by "
            "FROM access_grants g JOIN users u ON u.id = g.user_id "
            "ORDER BY u.username, g.establishment_code"
        )
    ]
