"""The data-protection officer's four questions, answered from the audit log and the files.

Who consulted file X; which consultations give no stated purpose; what left the
establishment (exports, handovers, audit exports, printed reports) in a period; which
files are overdue for their review. Each answer is a small table (columns named by
marked English words, translated by whoever shows them: the DPO screen or the PDF of
core/reports/dpo_report.py). Asking is itself a consultation: the screen and the PDF
record it in the audit log with the reason (`record`). Only the auditor role (the
DPO) may ask (`Permission.READ_AUDIT_LOG`, core/policy.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from radprev_desktop.core import audit, policy
from radprev_desktop.core.audit import AuditEntry
from radprev_desktop.core.clock import now
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP


class DpoQuestion(StrEnum):
    """What the data-protection officer asks."""

    CONSULTED = "consulted"  # who consulted one prisoner's file
    NO_PURPOSE = "no-purpose"  # consultations without a stated purpose, in a period
    EXPORTS = "exports"  # what left the establishment, in a period
    OVERDUE = "overdue"  # files past their review date


#: Audit actions that read personal data (a consultation needs its purpose).
CONSULTATIONS = frozenset(
    {
        "subject_file_opened", "observation_read", "observation_history_read",
        "observation_read_for_review", "observations_listed", "subjects_listed",
        "subjects_searched", "search", "checklist_opened", "checklists_listed",
        "dashboard_viewed", "review_queue_viewed", "subjects_compared", "conflict_viewed",
        "report_generated", "source_identity_viewed", "referrals_listed", "transfers_listed",
        "link_suggestions_viewed", "transfers_to_issue_listed", "subject_details_opened",
    }
)  # fmt: skip
#: Audit actions by which data leave the establishment or the screen (each one written by
#: the code: tests/unit/test_audit_words.py checks it).
DISCLOSURES = frozenset(
    {
        "export", "audit_exported", "handover_made", "report_generated", "report_printed",
        "subject_access_exported", "transfer_bundle_issued",
    }
)  # fmt: skip
#: A purpose that states nothing: no reason, or "other" with no words (compared in SQL,
#: lower-cased and trimmed of blanks: audit.select_entries).
_EMPTY_PURPOSES = frozenset({"", "other", "other:", "-", "—"})

COLUMNS: dict[DpoQuestion, tuple[str, ...]] = {
    DpoQuestion.CONSULTED: (
        QT_TRANSLATE_NOOP("reports", "When"),
        QT_TRANSLATE_NOOP("reports", "User"),
        QT_TRANSLATE_NOOP("reports", "Action"),
        QT_TRANSLATE_NOOP("reports", "Reason"),
    ),
    DpoQuestion.NO_PURPOSE: (
        QT_TRANSLATE_NOOP("reports", "When"),
        QT_TRANSLATE_NOOP("reports", "User"),
        QT_TRANSLATE_NOOP("reports", "Action"),
        QT_TRANSLATE_NOOP("reports", "Reason"),
    ),
    DpoQuestion.EXPORTS: (
        QT_TRANSLATE_NOOP("reports", "When"),
        QT_TRANSLATE_NOOP("reports", "User"),
        QT_TRANSLATE_NOOP("reports", "Action"),
        QT_TRANSLATE_NOOP("reports", "Recipient"),
        QT_TRANSLATE_NOOP("reports", "Reason"),
    ),
    DpoQuestion.OVERDUE: (
        QT_TRANSLATE_NOOP("reports", "Prison number"),
        QT_TRANSLATE_NOOP("reports", "Unit"),
        QT_TRANSLATE_NOOP("reports", "Review due"),
        QT_TRANSLATE_NOOP("reports", "Days overdue"),
    ),
}


@dataclass(frozen=True)
class DpoAnswer:
    """One answer: the question, what it was about, its columns and its rows (oldest first).

    In rows of audit entries the third cell is the action code: screens and the PDF
    show it in words (core/audit_words.py)."""

    question: DpoQuestion
    about: str  # the prisoner's number, or the period "YYYY-MM-DD – YYYY-MM-DD", or the day
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _period(date_from: str | None, date_to: str | None) -> tuple[str, str]:
    try:
        start = date.fromisoformat((date_from or "").strip()[:10])
        end = date.fromisoformat((date_to or "").strip()[:10])
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the period as two dates (YYYY-MM-DD)."),
            field="date_from",
        ) from None
    if start > end:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends before it starts."), field="date_to"
        )
    return start.isoformat(), (end + timedelta(days=1)).isoformat()


def _entry_row(e: AuditEntry, *cells: str) -> tuple[str, ...]:
    return (e.at, e.user, e.action, *cells)


def ask(
    session: Session,
    question: DpoQuestion | str,
    *,
    subject_id: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    today: date | None = None,
) -> DpoAnswer:
    """The answer to one question (the DPO only; reading the log is not itself audited
    here: the screen and the PDF record the consultation with its reason)."""
    policy.require(session, Permission.READ_AUDIT_LOG)
    q = DpoQuestion(question)
    if q is DpoQuestion.CONSULTED:
        if not subject_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a prisoner."), field="subject"
            )
        subject = subjects.get_subject(session, subject_id)
        # The log names the file or one of its records as the object, or the file in the
        # details of a list (`subject_id` holds a prisoner's id, never a record's).
        ids = {subject.id, *_records_of(session, subject.id)}
        found = [
            _entry_row(e, e.justification or "—")
            for e in audit.select_entries(
                session.con, sorted(CONSULTATIONS), about=sorted(ids), named=[subject.id]
            )
        ]
        return DpoAnswer(q, subject.prison_number, COLUMNS[q], tuple(found))
    if q is DpoQuestion.OVERDUE:
        day = (today or now().date()).isoformat()
        rows = session.con.execute(
            "SELECT prison_number, unit_code, review_due FROM subjects "
            "WHERE anonymised = 0 AND review_due < ? ORDER BY review_due, prison_number",
            (day,),
        ).fetchall()
        late = [
            (
                str(r[0]),
                str(r[1]),
                str(r[2]),
                str((date.fromisoformat(day) - date.fromisoformat(str(r[2]))).days),
            )
            for r in rows
        ]
        return DpoAnswer(q, day, COLUMNS[q], tuple(late))
    start, end = _period(date_from, date_to)
    about = f"{start} – {(date.fromisoformat(end) - timedelta(days=1)).isoformat()}"
    if q is DpoQuestion.NO_PURPOSE:
        found = [
            _entry_row(e, e.justification or "—")
            for e in audit.select_entries(
                session.con,
                sorted(CONSULTATIONS),
                date_from=start,
                date_to=end,
                purposes=sorted(_EMPTY_PURPOSES),
            )
        ]
    else:
        found = [
            _entry_row(e, e.recipient or "—", e.justification or "—")
            for e in audit.select_entries(
                session.con, sorted(DISCLOSURES), date_from=start, date_to=end
            )
        ]
    return DpoAnswer(q, about, COLUMNS[q], tuple(found))


def _records_of(session: Session, subject_id: str) -> set[str]:
    """Ids of every observation and checklist run of the file (the log names them)."""
    rows = session.con.execute(
        "SELECT id FROM observations WHERE subject_id = ? "
        "UNION SELECT id FROM checklist_runs WHERE subject_id = ?",
        (subject_id, subject_id),
    ).fetchall()
    return {str(r[0]) for r in rows}


def record(session: Session, answer: DpoAnswer, reason: str, subject_id: str = "") -> None:
    """Audit the DPO's question with its reason (the screen calls this when showing it)."""
    policy.require(session, Permission.READ_AUDIT_LOG)
    if not reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason for this report."), field="justification"
        )
    with session.transaction():
        session.audit(
            "dpo_question_asked",
            object_type="subject" if subject_id else "report",
            object_id=subject_id,
            justification=" ".join(reason.split()),
            details={"question": answer.question.value, "rows": len(answer.rows)},
        )
