"""Review dates and retention: keep (with reason), anonymise or erase a subject file.

Every subject has a review-due date (default: today + `retention_months`
from the settings, per kind: "subject", "released", "transferred"). When it
has passed, a supervisor decides (LED Art. 5; CJEU C-118/22):

- keep: a reason and a new review date (default: today + the period);
- anonymise: the prison number becomes "ANON-<8 characters of the id>", the
  names become "Anonymised" / "-", birth year and cell are cleared, and the
  old values are removed from the subject's history. Free text of the
  observations (facts, assessment, place, duty, action, the prisoner's
  account, people's descriptions, indicator evidence, source identity) is
  replaced by "[removed]" in every version **unless** the decision says
  `keep_text=True` (for text the supervisor has checked names no one).
  The observations stay, with their dates, codes, grades and statuses.
- erase: the subject row and all its observations (every version), reviews,
  grade history, checklist runs and history are deleted; a tombstone stays
  and is queued for export with op "tombstone".

On a workstation, anonymise and erase are refused while anything of the
file has not been delivered to the central office (`delivered_at` is NULL):
sync calls `mark_delivered` when a receipt arrives. An administrator may also
erase a file outside the review cycle (`erase_subject`, with a reason).

Sync record (kind "tombstone")::

    {"id", "version": 1, "object_kind": "subject", "object_id",
     "establishment_code", "erased_at", "reason_code", "observation_count"}
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now, now_iso
from radprev_desktop.core.errors import Conflict, ValidationError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import JustificationReason, Mode, RetentionDecision, Subject
from radprev_desktop.core.outbox import drop_unsent, record_change
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    checklist_rows,
    handovers,
    observation_rows,
    referrals,
    reviews,
    search_index,
    subject_fields,
    subject_holders,
    subject_links,
    subject_search,
    subjects,
    transfers,
)
from radprev_desktop.core.services.search import Page, SubjectSummary
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

REMOVED = "[removed]"
_TEXT_COLUMNS = (
    "facts",
    "assessment",
    "place",
    "officer_duty",
    "action_taken",
    "own_account",
    "source_identity",
)


@dataclass(frozen=True)
class RetentionOutcome:
    """What a decision did: ids and counts only."""

    decision_id: str
    subject_id: str
    decision: RetentionDecision
    new_review_due: str | None
    observations_affected: int
    tombstone_id: str | None = None


def overdue(
    session: Session, *, today: str | None = None, limit: int = 50, offset: int = 0
) -> Page[SubjectSummary]:
    """Subject files whose review date is today or earlier (supervisor)."""
    policy.require(session, Permission.SEE_OVERDUE_FILES)
    return subject_search.list_subjects(
        session,
        overdue_on=today or now().date().isoformat(),
        limit=limit,
        offset=offset,
        implied=JustificationReason.REVIEW,
    )


def mark_delivered(
    con: Connection, kind: str, object_id: str, version: int, at: str | None = None
) -> None:
    """Hook for sync: the central office acknowledged this record (receipt).

    Sets `delivered_at` on the subject (if still at that version), the
    observation version or the review. Other kinds are ignored.
    """
    at = at or now_iso()
    if kind == "subject":
        subject_holders.mark_delivered(con, object_id, version, at)
    elif kind == "observation":
        observation_rows.mark_delivered(con, object_id, version, at)
    elif kind == "review":
        reviews.mark_delivered(con, object_id, at)
    elif kind == "checklist_run":
        checklist_rows.mark_delivered(con, object_id, version, at)
    elif kind == "referral":
        referrals.mark_delivered(con, object_id, version, at)
    elif kind == "transfer":
        transfers.mark_delivered(con, object_id, at)


def undelivered(con: Connection, subject_id: str) -> int:
    """How many parts of a file (subject, sealed observation versions, reviews, completed
    checklist runs) are undelivered."""
    row = con.execute(
        "SELECT (SELECT count(*) FROM subjects WHERE id = ? AND delivered_at IS NULL) "
        "+ (SELECT count(*) FROM observations WHERE subject_id = ? AND status != 'draft' "
        "AND delivered_at IS NULL) "
        "+ (SELECT count(*) FROM reviews r JOIN observations o ON o.id = r.observation_id "
        "AND o.version = r.observation_version WHERE o.subject_id = ? AND r.delivered_at IS NULL)",
        (subject_id, subject_id, subject_id),  # plain `?` marks: PostgreSQL has no `?1`
    ).fetchone()
    transfers_waiting = con.execute(
        "SELECT count(*) FROM transfers WHERE subject_id = ? AND delivered_at IS NULL",
        (subject_id,),
    ).fetchone()[0]
    return (
        int(row[0])
        + checklist_rows.undelivered_for_subject(con, subject_id)
        + referrals.undelivered_for_subject(con, subject_id)
        + int(transfers_waiting)
    )


def _check_delivered(session: Session, subject_id: str, message: str) -> None:
    """`message` (marked, with `%1` for the count) when records wait for delivery."""
    if session.mode is Mode.CENTRAL:
        return
    pending = undelivered(session.con, subject_id)
    if pending:
        raise Conflict(message, pending)


_NOT_DELIVERED_ANONYMISE = QT_TRANSLATE_NOOP(
    "errors",
    "This file cannot be anonymised yet: %1 of its records have not been delivered to the "
    "central office. Export them, wait for the receipt, then decide again.",
)
_NOT_DELIVERED_ERASE = QT_TRANSLATE_NOOP(
    "errors",
    "This file cannot be erased yet: %1 of its records have not been delivered to the "
    "central office. Export them, wait for the receipt, then decide again.",
)


def _reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A retention decision needs a reason."), field="reason"
        )
    if len(reason) > 500:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason is limited to 500 characters."), field="reason"
        )
    return reason


@operation(Change.RECORDS | Change.SYNC)
def decide(
    session: Session,
    subject_id: str,
    decision: RetentionDecision | str,
    reason: str,
    *,
    new_review_due: str | None = None,
    keep_text: bool = False,
) -> RetentionOutcome:
    """Record a supervisor's decision on a subject file (see the module docstring)."""
    policy.require(session, Permission.DECIDE_RETENTION)
    try:
        choice = RetentionDecision(decision)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 is not a decision; choose keep, anonymise or erase."),
            repr(decision),
            field="decision",
        ) from None
    reason = _reason(reason)
    subject = subjects.get_subject(session, subject_id, Permission.DECIDE_RETENTION)
    if choice is RetentionDecision.KEEP:
        return _keep(session, subject, reason, new_review_due)
    if choice is RetentionDecision.ANONYMISE:
        return _anonymise(session, subject, reason, keep_text)
    return _erase(session, subject, reason, "retention")


@operation(Change.RECORDS | Change.SYNC)
def erase_subject(session: Session, subject_id: str, reason: str) -> RetentionOutcome:
    """An administrator's erasure outside the review cycle (e.g. unlawfully recorded)."""
    policy.require(session, Permission.ERASE_FILES)
    subject = subjects.get_subject(session, subject_id, Permission.ERASE_FILES)
    return _erase(session, subject, _reason(reason), "administrator")


def _decision_row(
    con: Connection,
    session: Session,
    subject_id: str,
    choice: RetentionDecision,
    reason: str,
    keep_text: bool,
    due: str | None,
) -> str:
    decision_id = new_id()
    con.execute(
        "INSERT INTO retention_decisions(id, subject_id, decision, reason, keep_text, "
        "new_review_due, at, by_user) VALUES (?,?,?,?,?,?,?,?)",
        (
            decision_id,
            subject_id,
            choice.value,
            reason,
            int(keep_text),
            due,
            now_iso(),
            session.user.username,
        ),
    )
    return decision_id


def _keep(
    session: Session, subject: Subject, reason: str, new_review_due: str | None
) -> RetentionOutcome:
    if new_review_due:
        try:
            due = date.fromisoformat(new_review_due).isoformat()
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "%1 is not a date."),
                repr(new_review_due),
                field="new_review_due",
            ) from None
        if due <= now().date().isoformat():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The new review date must be in the future."),
                field="new_review_due",
            )
    else:
        due = subject_fields.default_review_due(session, subject.status)
    with session.transaction() as con:
        subjects.update_subject(
            session, subject.id, reason=f"retention review: {reason}", review_due=due
        )
        decision_id = _decision_row(
            con, session, subject.id, RetentionDecision.KEEP, reason, False, due
        )
        session.audit(
            "retention_keep",
            object_type="subject",
            object_id=subject.id,
            details={"decision_id": decision_id},
        )
    return RetentionOutcome(decision_id, subject.id, RetentionDecision.KEEP, due, 0)


def _anonymise(
    session: Session, subject: Subject, reason: str, keep_text: bool
) -> RetentionOutcome:
    if subject.anonymised:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This file is already anonymised."))
    _check_delivered(session, subject.id, _NOT_DELIVERED_ANONYMISE)
    number = f"ANON-{subject.id.replace('-', '')[-8:].upper()}"
    family, given = "Anonymised", "-"
    version = subject.version + 1
    due = subject_fields.default_review_due(session, subject.status)
    with session.transaction() as con:
        new = replace(
            subject,
            prison_number=number,
            family_name=family,
            given_names=given,
            review_due=due,
            version=version,
        )
        rowid = subject_holders.anonymise_file(con, subject, new, session.user.username, now_iso())
        search_index.index_subject(con, rowid, family, given, number)
        count = _scrub_observations(con, subject.id, keep_text, family, given, number)
        # The numbers the file was known under identify the person: only the new one stays.
        subject_holders.forget_numbers(con, subject.id)
        subject_holders.remember_number(con, subject.id, subject.establishment_code, number)
        if not keep_text:
            checklist_rows.scrub_for_subject(con, subject.id)
            referrals.scrub_for_subject(con, subject.id)
        decision_id = _decision_row(
            con, session, subject.id, RetentionDecision.ANONYMISE, reason, keep_text, due
        )
        record_change(con, "subject", subject.id, version)
        session.audit(
            "retention_anonymise",
            object_type="subject",
            object_id=subject.id,
            details={"decision_id": decision_id, "observations": count, "keep_text": keep_text},
        )
    return RetentionOutcome(decision_id, subject.id, RetentionDecision.ANONYMISE, due, count)


def _scrub_observations(
    con: Connection, subject_id: str, keep_text: bool, family: str, given: str, number: str
) -> int:
    """Remove free text (unless kept) and re-index a subject's observations."""
    count = int(
        con.execute(
            "SELECT count(*) FROM observations WHERE subject_id = ?", (subject_id,)
        ).fetchone()[0]
    )
    if not keep_text:
        observation_rows.scrub_text(con, subject_id, _TEXT_COLUMNS, REMOVED)
    subject_text = search_index.observation_subject_text(family, given, number)
    for row_no, facts, assessment in con.execute(
        "SELECT row_no, facts, assessment FROM observations WHERE subject_id = ? AND is_current = 1",
        (subject_id,),
    ).fetchall():
        search_index.index_observation(con, int(row_no), facts, assessment, subject_text)
    return count


def purge_subject(con: Connection, subject_id: str) -> int:
    """Delete a subject and everything about it; returns the observation count."""
    checklist_rows.purge_for_subject(con, subject_id)
    obs_ids = observation_rows.purge(con, subject_id=subject_id)
    reviews.purge_for_observations(con, obs_ids)
    drop_unsent(con, ("observation", "review"), obs_ids)
    row = con.execute("SELECT rowid FROM subjects WHERE id = ?", (subject_id,)).fetchone()
    if row is not None:
        search_index.unindex_subject(con, int(row[0]))
    drop_unsent(con, ("subject",), [subject_id])
    # Records that follow the prisoner (issue #15): referrals, transfers, known numbers,
    # analysts' links, handovers made (their disclosure stays in the audit log).
    referrals.purge_for_subject(con, subject_id)
    transfers.purge_for_subject(con, subject_id)
    subject_links.purge_for_subject(con, subject_id)
    handovers.purge_for_subject(con, subject_id)
    subject_holders.purge_file(con, subject_id)
    return len(obs_ids)


def _erase(session: Session, subject: Subject, reason: str, reason_code: str) -> RetentionOutcome:
    _check_delivered(session, subject.id, _NOT_DELIVERED_ERASE)
    tombstone_id = new_id()
    with session.transaction() as con:
        count = purge_subject(con, subject.id)
        con.execute(
            "INSERT INTO tombstones(id, object_kind, object_id, establishment_code, erased_at, "
            "erased_by, reason_code, origin_workstation, observation_count) "
            "VALUES (?, 'subject', ?, ?, ?, ?, ?, ?, ?)",
            (
                tombstone_id,
                subject.id,
                subject.establishment_code,
                now_iso(),
                session.user.username,
                reason_code,
                session.workstation_id,
                count,
            ),
        )
        decision_id = _decision_row(
            con, session, subject.id, RetentionDecision.ERASE, reason, False, None
        )
        record_change(con, "tombstone", tombstone_id, 1, op="tombstone")
        session.audit(
            "subject_erased",
            object_type="subject",
            object_id=subject.id,
            details={"decision_id": decision_id, "observations": count, "by": reason_code},
        )
    return RetentionOutcome(
        decision_id, subject.id, RetentionDecision.ERASE, None, count, tombstone_id
    )
