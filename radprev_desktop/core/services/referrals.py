"""Programme referrals: a prisoner referred to disengagement, rehabilitation, mentoring,
education, mental-health or religious-counselling support, and what came of it.

What the log exists for besides observing: support. A referral names the
programme (a code from the country's `programmes` code list, which arrives in a
reference bundle; the six kinds above until one does), who referred and when,
the reason as facts (what was seen) kept apart from the assessment (why this
programme may help), and its status with the date of each step: proposed →
accepted / declined → started → completed / ended early. Each change is a new
version (synchronised like observations); the outcome is notes, never a score.

Sync record (kind "referral", services/referral_sync.py): one per version.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any, NoReturn

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now, now_iso
from radprev_desktop.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Mode, Referral, ReferralStatus, ReferralStep, ReportKind
from radprev_desktop.core.outbox import drop_unsent, record_change
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation, subjects
from radprev_desktop.core.services.referral_rows import COLUMNS, referral_from_row, steps_json
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

PROGRAMMES_LIST = "programmes"
#: The kinds of programme the issue names, until a reference bundle sends the country's list.
DEFAULT_PROGRAMMES: tuple[str, ...] = (
    "disengagement",
    "rehabilitation",
    "mentoring",
    "education",
    "mental_health",
    "religious_counselling",
)
MAX_TEXT = 4000
MAX_NOTE = 500

#: Which status may follow which (completed, declined and ended early close a referral).
NEXT: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.PROPOSED: frozenset({ReferralStatus.ACCEPTED, ReferralStatus.DECLINED}),
    ReferralStatus.ACCEPTED: frozenset(
        {ReferralStatus.STARTED, ReferralStatus.DECLINED, ReferralStatus.ENDED_EARLY}
    ),
    ReferralStatus.STARTED: frozenset({ReferralStatus.COMPLETED, ReferralStatus.ENDED_EARLY}),
    ReferralStatus.DECLINED: frozenset(),
    ReferralStatus.COMPLETED: frozenset(),
    ReferralStatus.ENDED_EARLY: frozenset(),
}


def programmes(session: Session) -> list[str]:
    """The programme codes a referral may name: the country's list, else the six kinds."""
    lists = session.setting("code_lists", {}) or {}
    listed = [str(c) for c in lists.get(PROGRAMMES_LIST, [])]
    return listed or list(DEFAULT_PROGRAMMES)


# --- checks ------------------------------------------------------------------------------------


def _text(value: str, field: str, label: str, *, required: bool, limit: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 is required."), label, field=field
        )
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 is limited to %2 characters."),
            label,
            limit,
            field=field,
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 contains control characters."), label, field=field
        )
    return text


def _day(value: str | None, field: str, *, not_before: str = "") -> str:
    if not value:
        day = now().date()
    else:
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "%1 is not a date (YYYY-MM-DD)."),
                f"{value!r}",
                field=field,
            ) from None
    if day > now().date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date cannot be in the future."), field=field
        )
    if not_before and day.isoformat() < not_before:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date cannot be before %1."), not_before, field=field
        )
    return day.isoformat()


def _programme(session: Session, value: str) -> str:
    code = value.strip()
    allowed = programmes(session)
    if code not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 is not a programme of the list: %2."),
            code or "(none)",
            ", ".join(allowed),
            field="programme",
        )
    return code


# --- reading -----------------------------------------------------------------------------------


def _load(con: Connection, referral_id: str, version: int | None = None) -> Referral:
    if version is None:
        row = con.execute(
            f"SELECT {COLUMNS} FROM referrals WHERE id = ? AND is_current = 1", (referral_id,)
        ).fetchone()
    else:
        row = con.execute(
            f"SELECT {COLUMNS} FROM referrals WHERE id = ? AND version = ?", (referral_id, version)
        ).fetchone()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no such referral (it may have been erased).")
        )
    return referral_from_row(row)


def _as_read_by(session: Session, items: list[Referral]) -> list[Referral]:
    """The auditor sees that a referral exists and its status, never what was written."""
    if policy.allows(session, Permission.READ_RECORD_TEXT):
        return items
    return [
        replace(
            r,
            reason_facts="",
            reason_assessment="",
            outcome="",
            history=tuple(replace(s, note="") for s in r.history),
        )
        for r in items
    ]


def get_referral(session: Session, referral_id: str, version: int | None = None) -> Referral:
    """One version of a referral (default: the current one)."""
    policy.require(session, Permission.READ_REFERRALS)
    found = _load(session.con, referral_id, version)
    subjects.get_subject(session, found.subject_id)  # outside one's units: NotFound
    return _as_read_by(session, [found])[0]


def referral_history(session: Session, referral_id: str) -> list[Referral]:
    """Every version of a referral, oldest first."""
    policy.require(session, Permission.READ_REFERRALS)
    rows = session.con.execute(
        f"SELECT {COLUMNS} FROM referrals WHERE id = ? ORDER BY version", (referral_id,)
    ).fetchall()
    if not rows:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no such referral (it may have been erased).")
        )
    items = [referral_from_row(r) for r in rows]
    subjects.get_subject(session, items[-1].subject_id)  # outside one's units: NotFound
    return _as_read_by(session, items)


def referrals_for_subject(
    session: Session, subject_id: str, *, audit: bool = False
) -> list[Referral]:
    """The current version of every referral of a prisoner, newest referral first.

    Screens call it within the file's consultation; outside one (CLI) pass audit=True."""
    policy.require(session, Permission.READ_REFERRALS)
    resolved = subjects.get_subject(session, subject_id).id
    if audit:
        consultation.record(session, "referrals_listed", object_type="subject", object_id=resolved)
    return _as_read_by(session, subject_referrals(session.con, resolved))


def referrals_for_access_request(session: Session, subject_id: str) -> list[Referral]:
    """Every referral of a prisoner with what was written, for the person's own access
    request (who may make the access report only; the report is audited with its reason)."""
    policy.require_report(session, ReportKind.ACCESS)
    return subject_referrals(session.con, subjects.get_subject(session, subject_id).id)


def subject_referrals(con: Connection, subject_id: str) -> list[Referral]:
    """Current versions of a (resolved) subject's referrals, newest first (no permission check)."""
    return [
        referral_from_row(r)
        for r in con.execute(
            f"SELECT {COLUMNS} FROM referrals WHERE subject_id = ? AND is_current = 1 "
            "ORDER BY referred_on DESC, created_at DESC",
            (subject_id,),
        )
    ]


def counts_by_status(
    session: Session, date_from: str, date_to: str, unit: str | None = None
) -> dict[ReferralStatus, int]:
    """Referrals made in the period (by the current status of each), for the unit summary.

    Counts only: a referral is support offered, never a measure of the person. At a
    workstation only referrals made here count (not history a transfer brought).
    """
    policy.require(session, Permission.READ_REFERRALS)
    sql = (
        "SELECT r.status, count(*) FROM referrals r JOIN subjects s ON s.id = r.subject_id "
        "WHERE r.is_current = 1 AND r.referred_on >= ? AND r.referred_on <= ?"
    )
    params: list[Any] = [date_from, date_to]
    if session.mode is Mode.WORKSTATION:
        sql += " AND r.establishment_code = ?"
        params.append(session.establishment_code)
    if unit:
        sql += " AND s.unit_code = ?"
        params.append(unit)
    found = dict(session.con.execute(sql + " GROUP BY r.status", params).fetchall())
    return {status: int(found.get(status.value, 0)) for status in ReferralStatus}


# --- writing -----------------------------------------------------------------------------------


def _writable_subject(session: Session, subject_id: str) -> subjects.Subject:
    subject = subjects.get_subject(session, subject_id)
    if session.mode is not Mode.WORKSTATION:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors", "Referrals are recorded at the prison, not at the central office."
            )
        )
    if subject.establishment_code != session.establishment_code:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors", "This file belongs to another establishment; refer the prisoner there."
            )
        )
    if subject.anonymised:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "This file was anonymised; nothing more is recorded in it.")
        )
    return subject


@operation(Change.REFERRALS | Change.SYNC)
def refer(
    session: Session,
    subject_id: str,
    *,
    programme: str,
    reason_facts: str,
    reason_assessment: str = "",
    referred_on: str | None = None,
) -> Referral:
    """Refer a prisoner to a programme (status proposed); travels in the next export."""
    policy.require(session, Permission.WRITE_REFERRALS)
    subject = _writable_subject(session, subject_id)
    code = _programme(session, programme)
    facts = _text(reason_facts, "reason_facts", "reason (what was seen)", required=True)
    assessment = _text(reason_assessment, "reason_assessment", "assessment", required=False)
    day = _day(referred_on, "referred_on")
    at = now_iso()
    referral = Referral(
        id=new_id(),
        version=1,
        is_current=True,
        subject_id=subject.id,
        programme=code,
        referred_by=session.user.username,
        referred_by_code=session.user.staff_code,
        referred_on=day,
        reason_facts=facts,
        reason_assessment=assessment,
        status=ReferralStatus.PROPOSED,
        history=(ReferralStep(ReferralStatus.PROPOSED, day, session.user.username),),
        outcome="",
        changed_by=session.user.username,
        establishment_code=session.establishment_code,
        origin_workstation=session.workstation_id,
        created_at=at,
        updated_at=at,
    )
    with session.transaction() as con:
        insert_version(con, referral, delivered=False)
        record_change(con, "referral", referral.id, 1)
        session.audit(
            "referral_created",
            object_type="subject",
            object_id=subject.id,
            details={"referral_id": referral.id, "programme": code},
        )
    return get_referral(session, referral.id)


def _require_may_update(session: Session, current: Referral) -> None:
    """Only a referral made here, by its author or a supervisor, takes a new version."""
    if not policy.made_here(session, current.establishment_code):
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "This referral was made at %1 and arrived with the prisoner's file: it is history here. Record a new referral instead.",
            ),
            current.establishment_code,
        )
    if current.referred_by != session.user.username and not policy.allows(
        session, Permission.UPDATE_ANY_REFERRAL
    ):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the officer who referred or a supervisor may update it."
            )
        )


def _refuse_step(current: Referral, new_status: ReferralStatus) -> NoReturn:
    """The status cannot follow the current one: say which may (or that it is closed)."""
    allowed = ", ".join(s.value for s in ReferralStatus if s in NEXT[current.status])
    if not allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A referral that is %1 cannot become %2; it is closed."),
            current.status.value,
            new_status.value,
            field="status",
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "A referral that is %1 cannot become %2 (next: %3)."),
        current.status.value,
        new_status.value,
        allowed,
        field="status",
    )


@operation(Change.REFERRALS | Change.SYNC)
def update_referral(
    session: Session,
    referral_id: str,
    *,
    status: ReferralStatus | str | None = None,
    on: str | None = None,
    note: str = "",
    outcome: str | None = None,
) -> Referral:
    """A new version: the next status (with the day it happened and a note), the outcome
    notes, or both. The author or a supervisor of this establishment changes it."""
    policy.require(session, Permission.WRITE_REFERRALS)
    current = _load(session.con, referral_id)
    _require_may_update(session, current)
    _writable_subject(session, current.subject_id)
    steps = current.history
    new_status = current.status
    if status is not None:
        new_status = ReferralStatus(status)
        if new_status not in NEXT[current.status]:
            _refuse_step(current, new_status)
        day = _day(on, "on", not_before=steps[-1].date if steps else current.referred_on)
        text = _text(note, "note", "note", required=False, limit=MAX_NOTE)
        steps = (*steps, ReferralStep(new_status, day, session.user.username, text))
    new_outcome = current.outcome
    if outcome is not None:
        new_outcome = _text(outcome, "outcome", "outcome notes", required=False)
    if new_status == current.status and new_outcome == current.outcome:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Nothing changes: choose the next status or write the outcome."
            )
        )
    at = now_iso()
    updated = replace(
        current,
        version=current.version + 1,
        status=new_status,
        history=steps,
        outcome=new_outcome,
        changed_by=session.user.username,
        origin_workstation=session.workstation_id,
        updated_at=at,
    )
    with session.transaction() as con:
        con.execute("UPDATE referrals SET is_current = 0 WHERE id = ?", (current.id,))
        insert_version(con, updated, delivered=False)
        record_change(con, "referral", updated.id, updated.version)
        session.audit(
            "referral_updated",
            object_type="subject",
            object_id=current.subject_id,
            details={
                "referral_id": current.id,
                "version": updated.version,
                "status": new_status.value,
            },
        )
    return get_referral(session, current.id)


def insert_version(con: Connection, referral: Referral, *, delivered: bool) -> None:
    """Store one version (written here, imported at the central office, or received)."""
    con.execute(
        f"INSERT INTO referrals({COLUMNS}, delivered_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            referral.id,
            referral.version,
            int(referral.is_current),
            referral.subject_id,
            referral.programme,
            referral.referred_by,
            referral.referred_by_code,
            referral.referred_on,
            referral.reason_facts,
            referral.reason_assessment,
            referral.status.value,
            steps_json(referral.history),
            referral.outcome,
            referral.changed_by,
            referral.establishment_code,
            referral.origin_workstation,
            referral.created_at,
            referral.updated_at,
            now_iso() if delivered else None,
        ),
    )


# --- retention and delivery hooks --------------------------------------------------------------


def mark_delivered(con: Connection, referral_id: str, version: int, at: str) -> None:
    """The central office holds this version (a receipt listed its package)."""
    con.execute(
        "UPDATE referrals SET delivered_at = ? WHERE id = ? AND version = ?",
        (at, referral_id, version),
    )


def undelivered_for_subject(con: Connection, subject_id: str) -> int:
    """Versions written here that the central office has not confirmed yet."""
    row = con.execute(
        "SELECT count(*) FROM referrals WHERE subject_id = ? AND delivered_at IS NULL",
        (subject_id,),
    ).fetchone()
    return int(row[0])


REMOVED = "[removed]"


def scrub_for_subject(con: Connection, subject_id: str) -> int:
    """Anonymisation without keeping text: blank the free text of every version (the
    status steps keep their status, day and author; row by row in Python, the same on
    both stores)."""
    rows = con.execute(
        "SELECT row_no, status_history FROM referrals WHERE subject_id = ?", (subject_id,)
    ).fetchall()
    for row_no, history in rows:
        steps = [
            {"status": h.get("status"), "date": h.get("date"), "by": h.get("by"), "note": ""}
            for h in json.loads(history)
        ]
        con.execute(
            "UPDATE referrals SET reason_facts = ?, reason_assessment = CASE WHEN "
            "reason_assessment = '' THEN '' ELSE ? END, outcome = CASE WHEN outcome = '' "
            "THEN '' ELSE ? END, status_history = ? WHERE row_no = ?",
            (REMOVED, REMOVED, REMOVED, json.dumps(steps, separators=(",", ":")), row_no),
        )
    return len(rows)


def purge_for_subject(con: Connection, subject_id: str) -> None:
    """Erasure: delete every referral of the subject and its pending changes."""
    ids = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT id FROM referrals WHERE subject_id = ?", (subject_id,)
        )
    ]
    drop_unsent(con, ("referral",), ids)
    con.execute("DELETE FROM referrals WHERE subject_id = ?", (subject_id,))
