"""What the bundle walk of session 10 saw in printed PDFs, read back from the PDF.

The reviewer's user name (demo.supervisor) was split in two in the subject summary's
and the observation record's review tables, and the unit summary printed the overdue
files' review dates (and the day they were counted on) as ISO dates beside the report's
own local dates (01.10.2025 in Macedonian, Polish, Serbian).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta

import pypdf
import pytest

from radprev_desktop.core.i18n import report_translator
from radprev_desktop.core.model import Role, Subject
from radprev_desktop.core.reports.observation_record import observation_record
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.reports.unit_summary import unit_summary
from radprev_desktop.core.services import observations, reviews, subjects
from radprev_desktop.core.session import Session

TODAY = date.today()
REVIEWER = "demo.supervisor"


def lines_of(pdf: bytes) -> list[str]:
    """Every extracted line of every page, as the reader sees them."""
    pages = [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    return [line for page in pages for line in page.splitlines()]


@pytest.fixture
def reviewer(make_session: Callable[..., Session]) -> Session:
    return make_session(Role.SUPERVISOR, username=REVIEWER)


@pytest.fixture
def reviewed(officer: Session, reviewer: Session) -> tuple[Subject, str]:
    person = subjects.create_subject(
        officer,
        prison_number="PL-240922",
        family_name="Milošević",
        given_names="Lazar",
        unit="A",
        review_due=(TODAY - timedelta(days=3)).isoformat(),
    )
    data = observations.ObservationInput(
        subject_id=person.id,
        facts="Refused food at lunch.",
        assessment="Usually calm; may be a conflict with the cellmate.",
        other_explanations="A conflict over the cell.",
        event_start=(TODAY - timedelta(days=2)).isoformat(),
    )
    obs_id = observations.record(officer, data, submit_now=True).id
    reviews.accept(reviewer, obs_id, "Seen")
    return person, obs_id


@pytest.mark.parametrize("language", ["en", "pl", "mk"])
def test_the_reviewers_user_name_is_printed_on_one_line(
    reviewer: Session, reviewed: tuple[Subject, str], language: str
) -> None:
    person, obs_id = reviewed
    summary = subject_summary(reviewer, person.id, justification="review", language=language)
    record = observation_record(reviewer, obs_id, justification="review", language=language)
    for pdf in (summary.pdf, record.pdf):
        lines = lines_of(pdf)
        assert lines
        assert any(REVIEWER in line for line in lines)
        assert not any(line.rstrip().endswith("demo.superv") for line in lines)


def test_the_unit_summarys_overdue_files_show_dates_in_the_reports_language(
    reviewer: Session, reviewed: tuple[Subject, str]
) -> None:
    person, _ = reviewed
    report = unit_summary(
        reviewer,
        date_from=(TODAY - timedelta(days=30)).isoformat(),
        date_to=TODAY.isoformat(),
        unit_code="A",
        justification="supervision: monthly",
        language="mk",
    )
    text = " ".join(" ".join(lines_of(report.pdf)).split())
    macedonian = report_translator("mk")
    due = macedonian.date(person.review_due)
    assert due and due != person.review_due  # Macedonian writes the day first
    assert f"{due} Milošević, Lazar PL-240922" in text
    assert person.review_due not in text
    assert macedonian.date(TODAY.isoformat()) in text
