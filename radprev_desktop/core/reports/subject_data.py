"""The person's data as a machine-readable file (LED Art. 14; issue 14 item 6).

For a subject-access request the data-protection officer gives the person
everything the vault holds about them twice: the access report PDF (to read)
and a JSON file (to reuse), written side by side into a folder the officer
chooses. Both go through the same redaction (`Redactor`: other prisoners, a
restricted source, officers below the chosen rank) and the JSON carries the
redaction log. The JSON follows `resources/schemas/subject-data.schema.json`
(`SCHEMA_ID`, documented in docs/data-protection.md) and is checked against it
before anything is written.

Writing is a disclosure: one audit entry `subject_access_exported` with the
reason and the recipient (so it appears in the next access report's list of
disclosures), made in the same transaction as the two files. Each file is
written atomically; if the second cannot be written (disk full, stick pulled)
the first is removed and the entry rolled back: nothing half-written is left.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from radprev_desktop.core import audit_words, policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import StorageError, ValidationError
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.i18n import report_translator, session_language
from radprev_desktop.core.model import ReportKind, Subject
from radprev_desktop.core.reports import checklist_results
from radprev_desktop.core.reports.access_report import (
    access_report,
    consultations,
    disclosed,
    observation_records,
)
from radprev_desktop.core.reports.disclosure import require_justification
from radprev_desktop.core.reports.furniture import Report
from radprev_desktop.core.reports.redaction import Redactor
from radprev_desktop.core.reports.subject_summary import sealed_observations
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.services import (
    data_requests,
    handovers,
    referrals,
    subjects,
    transfers,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

SCHEMA_ID = "radprev:subject-data:1"
SCHEMA_FILE = ("schemas", "subject-data.schema.json")


@dataclass(frozen=True)
class DataExport:
    """What was written: the two files, the document id they share and what they hold."""

    json_path: Path
    pdf_path: Path
    document_id: str
    pages: int
    counts: dict[str, int]


@cache
def schema() -> dict[str, Any]:
    """The shipped JSON Schema of the export (draft 2020-12)."""
    loaded: dict[str, Any] = json.loads(resource_path(*SCHEMA_FILE).read_text("utf-8"))
    return loaded


def plain(value: Any) -> Any:
    """A record as JSON values: dataclasses as objects, enums as their codes."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def _records(redactor: Redactor, items: Sequence[Any], place: str) -> list[Any]:
    return [plain(redactor.record(item, place)) for item in items]


def _observations(session: Session, redactor: Redactor, subject: Subject) -> list[Any]:
    items = sealed_observations(session, subject.id)
    versions, found_reviews, grades = observation_records(session, items, redactor)
    return [
        {
            "id": obs.id,
            "versions": plain(versions[obs.id]),
            "reviews": plain(found_reviews[obs.id]),
            "grade_history": plain(grades[obs.id]),
        }
        for obs in items
    ]


def document(
    session: Session, subject_id: str, document_id: str, language: str | None = None
) -> dict[str, Any]:
    """Everything held about one person as the export's JSON object (not yet audited:
    `export_subject_data` writes it)."""
    policy.require_report(session, ReportKind.ACCESS)
    subject = subjects.get_subject(session, subject_id)
    redactor = Redactor(session, subject, report_translator(session_language(session, language)))
    reports = redactor.reports
    observed = _observations(session, redactor, subject)
    runs = checklist_results.runs_for_subject(session, subject.id, access_request=True)
    notes = data_requests.notes_of(session, subject.id)
    ids = {subject.id, *(o["id"] for o in observed), *(r.id for r in runs)}
    trail = consultations(session, ids)
    place = reports.tr("Audit trail: who consulted or disclosed this file")
    found: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "document_id": document_id,
        "generated_at": now_iso(),
        "generated_by": session.user.username,
        "establishment_code": subject.establishment_code,
        "language": redactor.reports.language,
        "subject": plain(redactor.record(subject, reports.tr("Prisoner"))),
        "subject_history": _records(
            redactor,
            subjects.subject_history(session, subject.id),
            reports.tr("Changes to the prisoner's details"),
        ),
        "observations": observed,
        "checklist_runs": _records(redactor, runs, reports.tr("Checklist runs")),
        "referrals": _records(
            redactor,
            referrals.referrals_for_access_request(session, subject.id),
            reports.tr("Referrals"),
        ),
        "transfers": _records(
            redactor, transfers.transfers_of(session, subject.id), reports.tr("Transfers")
        ),
        "handovers": _records(
            redactor,
            handovers.handovers_for_access_request(session, subject.id),
            reports.tr("Disclosures: where this data was sent"),
        ),
        "record_notes": _records(
            redactor, notes, reports.tr("Rectification, disputes and restriction")
        ),
        "disclosures": plain(disclosed(session, subject.id, ids, trail)),
        "audit_trail": [
            {
                "seq": e.seq,
                "at": e.at,
                "user": redactor.staff(e.user, place),
                "action": e.action,
                "meaning": redactor.reports.tr(audit_words.meaning(e.action)),
                "justification": redactor.text(e.justification, place),
                "recipient": e.recipient,
            }
            for e in trail
        ],
    }
    found["redaction_log"] = [
        {"place": r.place, "kind": redactor.reports.tr(r.kind), "count": r.count}
        for r in redactor.log
    ]
    return found


def encode(found: dict[str, Any]) -> bytes:
    """The JSON file's bytes, checked against the shipped schema first."""
    jsonschema.validate(found, schema())
    return (json.dumps(found, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


@operation(Change.NOTHING)  # writes files and the audit log only
def export_subject_data(
    session: Session,
    subject_id: str,
    folder: Path | str,
    *,
    justification: str,
    recipient: str,
    language: str | None = None,
) -> DataExport:
    """Write the person's data as JSON and the access report PDF into `folder`, audited
    as a disclosure to `recipient` (who may make the access report)."""
    policy.require_report(session, ReportKind.ACCESS)
    reason = require_justification(justification)
    to = " ".join((recipient or "").split())
    if not to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who the report is for (recipient)."), field="recipient"
        )
    target = Path(folder)
    if not target.is_dir():
        raise StorageError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist."), target)
    report: Report = access_report(session, subject_id, justification=reason, language=language)
    found = document(session, subject_id, report.document_id, language)
    data = encode(found)
    json_path = target / f"subject-data-{report.document_id}.json"
    pdf_path = target / f"subject-data-{report.document_id}.pdf"
    counts = {
        k: len(found[k])
        for k in ("observations", "checklist_runs", "referrals", "record_notes", "disclosures")
    }
    written: list[Path] = []
    try:
        with session.transaction():
            session.audit(
                "subject_access_exported",  # access_report.DATA_EXPORTED (a literal for the audit words)
                object_type="subject",
                object_id=found["subject"]["id"],
                justification=reason,
                recipient=to,
                details={
                    "document_id": report.document_id,
                    "files": [json_path.name, pdf_path.name],
                    "counts": counts,
                },
            )
            for path, content in ((json_path, data), (pdf_path, report.pdf)):
                atomic_write(path, content)
                written.append(path)
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return DataExport(json_path, pdf_path, report.document_id, report.pages, counts)
