"""The DPO's four questions on a real vault, as tables and as PDFs read back."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pypdf
import pytest

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.errors import PermissionDenied, ValidationError
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.services import dpo_questions, subject_file, subjects
from radprev_desktop.core.services.dpo_questions import DpoQuestion
from radprev_desktop.core.services.justification import make_justification
from radprev_desktop.core.session import Session
from tests.factories import subject, submitted

TODAY = date.today()
PERIOD = {"date_from": (TODAY - timedelta(days=1)).isoformat(), "date_to": TODAY.isoformat()}


def joined(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text() or "" for p in pages).split())


@pytest.fixture
def world(officer: Session, supervisor: Session) -> dict[str, str]:
    """A file consulted with a purpose, one old entry without, a report printed, one late file."""
    prisoner = subject(officer)
    submitted(officer, prisoner.id)
    other = subjects.create_subject(
        officer, prison_number="PL-LATE", family_name="Zając", given_names="Piotr", unit="A",
        review_due=(TODAY - timedelta(days=3)).isoformat(),
    )  # fmt: skip
    subject_file.open_subject_file(
        supervisor, prisoner.id, make_justification("review", "monthly file review")
    )
    # What an earlier build wrote: a list read with no purpose.
    supervisor.audit("subjects_listed", object_type="subjects", object_id="", justification="")
    subject_summary(supervisor, prisoner.id, justification="supervision: weekly")
    return {"file": prisoner.id, "late": other.id}


def test_each_question_is_answered(world: dict[str, str], auditor: Session) -> None:
    consulted = dpo_questions.ask(auditor, DpoQuestion.CONSULTED, subject_id=world["file"])
    actions = [r[2] for r in consulted.rows]
    assert "subject_file_opened" in actions and "report_generated" in actions
    assert all(r[1] in {"stefan", "olga"} for r in consulted.rows) and consulted.rows
    assert any("monthly file review" in r[3] for r in consulted.rows)

    silent = dpo_questions.ask(auditor, DpoQuestion.NO_PURPOSE, **PERIOD)
    assert [(r[1], r[2]) for r in silent.rows] == [("stefan", "subjects_listed")]

    out = dpo_questions.ask(auditor, DpoQuestion.EXPORTS, **PERIOD)
    assert [(r[1], r[2], r[4]) for r in out.rows] == [
        ("stefan", "report_generated", "supervision: weekly")
    ]

    late = dpo_questions.ask(auditor, DpoQuestion.OVERDUE)
    assert [(r[0], r[3]) for r in late.rows] == [("PL-LATE", "3")]


def test_only_the_dpo_asks_and_bad_input_is_told(
    world: dict[str, str], supervisor: Session, auditor: Session
) -> None:
    with pytest.raises(PermissionDenied):
        dpo_questions.ask(supervisor, DpoQuestion.OVERDUE)
    with pytest.raises(ValidationError):
        dpo_questions.ask(auditor, DpoQuestion.EXPORTS, date_from="yesterday", date_to="x")
    with pytest.raises(ValidationError):
        dpo_questions.ask(auditor, DpoQuestion.CONSULTED)
    with pytest.raises(ValueError):
        dpo_questions.ask(auditor, "everything")


def test_the_pdf_is_audited_with_its_reason(world: dict[str, str], auditor: Session) -> None:
    report = generate(
        auditor,
        ReportRequest(
            kind=ReportKind.DATA_PROTECTION,
            dpo_question="consulted",
            subject_id=world["file"],
            justification="complaint: DPO case 2026/3",
        ),
    )
    text = joined(report.pdf)
    assert "Who consulted this file" in text and "PL-1001" in text
    assert "opened a prisoner's file" in text and "monthly file review" in text
    # The reason in words (session 9): not its code "review: …".
    assert "Review of the file: monthly file review" in text and "review: monthly" not in text
    polish_reasons = joined(
        generate(
            auditor,
            ReportRequest(
                kind=ReportKind.DATA_PROTECTION, dpo_question="consulted",
                subject_id=world["file"], justification="complaint: DPO case 2026/3",
                language="pl",
            ),
        ).pdf
    )  # fmt: skip
    assert "Weryfikacja akt: monthly file review" in polish_reasons
    entry = read_entries(auditor.con, action="report_generated")[-1]
    assert entry.details["report"] == "data-protection" and entry.details["question"] == "consulted"
    assert entry.justification == "complaint: DPO case 2026/3"
    polish = joined(
        generate(
            auditor,
            ReportRequest(
                kind=ReportKind.DATA_PROTECTION, dpo_question="overdue",
                justification="annual check", language="pl",
            ),
        ).pdf
    )  # fmt: skip
    assert "PL-LATE" in polish
