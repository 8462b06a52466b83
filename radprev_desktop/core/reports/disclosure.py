"""Every print, save-as and preview of a report goes into the audit log.

Printing or saving a PDF discloses what it holds (with its recipient);
previewing a report with a subject's data on screen is a consultation. The
audit entry names the document id printed on every page, so a sheet of paper
found later can be traced to who printed it, when and why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.model import JustificationReason, ReportKind
from radprev_desktop.core.reports.furniture import Report
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

Action = Literal["print", "save_pdf", "preview"]

AUDIT_ACTIONS: dict[str, str] = {
    "print": "report_printed",
    "save_pdf": "report_saved",
    "preview": "report_previewed",
}
MAX_TEXT = 200


def justification_text(reason_code: str, details: str = "") -> str:
    """'code: details' as written into the audit log ('code' alone without details)."""
    code = reason_code.strip()
    text = details.strip()
    return f"{code}: {text}" if code and text else code or text


#: The reason a report of this kind is made for, whatever the file was opened for: the
#: access report answers the person's own request (LED Art. 14).
REASON_OF_KIND: dict[ReportKind, JustificationReason] = {
    ReportKind.ACCESS: JustificationReason.DATA_SUBJECT_REQUEST,
}


def suggested_reason(kind: ReportKind | None, session_reason: str | None) -> JustificationReason:
    """The reason a report form starts from: the kind's own reason (the access report:
    the data-subject request), else the reason the user gave for this session's work,
    else a review. Never the reason of another report chosen before."""
    if kind in REASON_OF_KIND:
        return REASON_OF_KIND[kind]
    chosen = {r.value: r for r in JustificationReason if r is not JustificationReason.WORK_QUEUE}
    if session_reason in chosen:
        return chosen[session_reason]
    return JustificationReason.REVIEW


def require_justification(justification: str) -> str:
    """The reason for a report with personal data (ValidationError when empty or too long)."""
    text = (justification or "").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason for this report."), field="justification"
        )
    if len(text) > 600:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason is too long."), field="justification"
        )
    return text


def record_generation(
    session: Session,
    document_id: str,
    kind: ReportKind,
    *,
    object_type: str,
    object_id: str,
    reason: str,
    **details: object,
) -> None:
    """Building a report that shows personal data is a consultation: audit it with the reason."""
    with session.transaction():
        session.audit(
            "report_generated",
            object_type=object_type,
            object_id=object_id,
            justification=reason,
            details={"document_id": document_id, "report": kind.value, **details},
        )


def record_disclosure(
    session: Session,
    document_id: str,
    kind: ReportKind | str,
    subject_id: str | None,
    justification: str,
    recipient: str,
    action: Action = "print",
    *,
    personal_data: bool = True,
) -> None:
    """Write the audit entry for printing, saving or previewing one report.

    A report holding personal data needs a justification; printing or saving it
    also needs a recipient (who the paper or file is for). Sheets without
    personal data (blank checklist, recovery and enrolment sheets) are recorded
    too, but need neither.
    """
    if action not in AUDIT_ACTIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown report action: %1."), action, field="action"
        )
    report_kind = ReportKind(kind)
    justification = justification.strip()
    recipient = recipient.strip()
    if len(justification) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason is too long (200 characters at most)."),
            field="justification",
        )
    if len(recipient) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The recipient is too long (200 characters at most)."),
            field="recipient",
        )
    if personal_data and not justification:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason for this report."), field="justification"
        )
    if personal_data and action != "preview" and not recipient:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who the report is for (recipient)."), field="recipient"
        )
    with session.transaction():
        session.audit(
            AUDIT_ACTIONS[action],
            object_type="subject" if subject_id else "report",
            object_id=subject_id or document_id,
            justification=justification,
            recipient=recipient if action != "preview" else "",
            details={"document_id": document_id, "report": report_kind.value},
        )


def save_report(
    session: Session, report: Report, path: Path, *, justification: str, recipient: str
) -> None:
    """Write the PDF atomically to `path` and record the disclosure, together.

    The audit entry and the file are made in one transaction: a failed write
    (no permission, disk full, folder gone: StorageError with a plain message)
    rolls the entry back, and a refused save leaves neither file nor entry.
    """
    check_disclosure(report, justification, recipient)
    with session.transaction():
        record_disclosure(
            session,
            report.document_id,
            report.kind,
            report.subject_id,
            justification,
            recipient,
            "save_pdf",
            personal_data=report.contains_personal_data,
        )
        atomic_write(Path(path), report.pdf)


def check_disclosure(report: Report, justification: str, recipient: str) -> None:
    """What printing or saving `report` needs, checked before any dialog opens."""
    if len(justification.strip()) > MAX_TEXT or len(recipient.strip()) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason and the recipient are 200 characters at most.")
        )
    if report.contains_personal_data and not justification.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason for this report."), field="justification"
        )
    if report.contains_personal_data and not recipient.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who the report is for (recipient)."), field="recipient"
        )
