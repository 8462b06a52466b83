"""Record reports on real vaults: observation record, subject and unit summaries, access report.

PDFs are read back with pypdf: content present, the restricted source identity
absent, names in every script extracted as the same characters, page numbering,
and the audit entries each report leaves.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date, timedelta

import pypdf
import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from radprev_desktop.core.model import (
    Grading,
    IndicatorEvidence,
    PersonCategory,
    PersonInvolved,
    ReportKind,
    SourceType,
    Subject,
    Urgency,
)
from radprev_desktop.core.reports.access_report import access_report
from radprev_desktop.core.reports.furniture import NOT_A_RISK_ASSESSMENT
from radprev_desktop.core.reports.observation_record import observation_record
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.reports.unit_summary import unit_summary
from radprev_desktop.core.services import (
    checklists,
    observation_amendments,
    observations,
    reviews,
    subjects,
)
from radprev_desktop.core.services.checklists import AnswerInput, Sections
from radprev_desktop.core.session import Session

CANARY = "INFORMANT-CANARY-7731"
TODAY = date.today()
NAMES = {
    "Polish": ("Wiśniewski-Żółć", "Łukasz Źdźbło"),
    "Serbian Cyrillic": ("Петровић", "Марко Љубиша"),
    "Serbian Latin": ("Šćekić", "Đorđe Ćirić"),
    "Albanian": ("Çeliku", "Arbër Xhëmaili"),
    "Macedonian": ("Ѓорѓиевски", "Ќирил Ѕвездан"),
}


def text_of(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def joined(pdf: bytes) -> str:
    return " ".join(" ".join(text_of(pdf)).split())


def entries(session: Session) -> list[audit.AuditEntry]:
    return audit.read_entries(session.con)


@pytest.fixture
def prisoner(officer: Session) -> Subject:
    return subjects.create_subject(
        officer,
        prison_number="PL-4711",
        family_name=NAMES["Serbian Cyrillic"][0],
        given_names=NAMES["Serbian Cyrillic"][1],
        birth_year=1991,
        unit="A",
        cell="12",
    )


def _observation(officer: Session, subject_id: str, **changes: object) -> str:
    data = observations.ObservationInput(
        subject_id=subject_id,
        facts=str(changes.pop("facts", "He handed leaflets to two prisoners in the yard.")),
        assessment=str(changes.pop("assessment", "May relate to a new cellmate; usually calm.")),
        other_explanations="A debt over tobacco with the new cellmate.",
        event_start=str(changes.pop("event_start", (TODAY - timedelta(days=3)).isoformat())),
        place="Spacerniak 2",
        officer_duty="Yard supervision",
        source_type=SourceType.TOLD_BY_PRISONER,
        source_identity=CANARY,
        people=(PersonInvolved(PersonCategory.PRISONER, "cellmate"),),
        indicators=(IndicatorEvidence("A1.1", "Stopped going to work on 3 Nov"),),
        protective_factors=("Weekly family visits",),
        urgency=changes.pop("urgency", Urgency.PRIORITY),  # type: ignore[arg-type]
        action_taken="Told the wing supervisor",
        own_account="Says the leaflets were about football",
    )
    return observations.record(officer, data, submit_now=True, confirm_sensitive=True).id


@pytest.fixture
def recorded(officer: Session, supervisor: Session, prisoner: Subject) -> list[str]:
    """Three sealed observations (one re-graded, one amended) and a completed checklist."""
    first = _observation(officer, prisoner.id)
    second = _observation(
        officer, prisoner.id, facts="Shouted threats at staff.", urgency=Urgency.IMMEDIATE
    )
    third = _observation(officer, prisoner.id, facts="Asked for a prayer mat.")
    reviews.regrade(
        supervisor, first, Grading("3x5x2", "2", "B", "C", "Police liaison only"), "Corroborated"
    )
    reviews.accept(supervisor, second, "Escalated by phone")
    observation_amendments.amend(officer, third, "Wrong place recorded", {"place": "Świetlica"})
    draft = observations.create_draft(
        officer,
        observations.ObservationInput(subject_id=prisoner.id, facts="DRAFT-NOT-FOR-PRINT"),
    )
    run = checklists.start_run(officer, prisoner.id)
    checklists.save_answers(
        officer,
        run.id,
        [
            AnswerInput("A1.1", "observed", "Stopped going to work", TODAY.isoformat()),
            AnswerInput("A1.2", "not_observed"),
            AnswerInput("P1", "observed", "Wife visits weekly"),
        ],
        Sections(other_explanations="Recent bereavement", context_notes="Father died."),
    )
    checklists.complete_run(
        officer, run.id, "Changes in routine since November.", (TODAY + timedelta(90)).isoformat()
    )
    return [first, second, third, draft.id]


# --- observation record -------------------------------------------------------------------


def test_observation_record_prints_facts_and_assessment_apart_never_the_source(
    officer: Session, prisoner: Subject, recorded: list[str]
) -> None:
    report = observation_record(officer, recorded[0], justification="review: weekly")
    text = joined(report.pdf)
    assert "What was seen or heard (facts) He handed leaflets to two prisoners" in text
    assert "Officer's assessment (interpretation, kept apart from the facts)" in text
    assert "May relate to a new cellmate" in text
    assert CANARY not in text and CANARY.encode() not in report.pdf
    assert "Restricted — never printed." in text
    # A prisoner as source proposes 2 / C; the supervisor re-graded it to 2 / B / C.
    assert "2 / B / C" in text and "Proposed by the officer: 2 / C / P" in text
    assert "Re-graded" in text and "Corroborated" in text
    assert NAMES["Serbian Cyrillic"][0] in text
    assert report.subject_id == prisoner.id and report.kind is ReportKind.OBSERVATION
    last = entries(officer)[-1]
    assert (last.action, last.object_id, last.justification) == (
        "report_generated",
        recorded[0],
        "review: weekly",
    )
    assert last.details["document_id"] == report.document_id


def test_a_long_assessment_is_labelled_on_every_page_it_is_printed_on(
    officer: Session, prisoner: Subject
) -> None:
    long_id = _observation(
        officer,
        prisoner.id,
        facts="Widziany przy bramie z dwoma współosadzonymi. " * 130,
        assessment="Interpretacja: może chodzić o dług za tytoń. " * 130,
    )
    pages = [
        " ".join(p.split())
        for p in text_of(observation_record(officer, long_id, justification="review").pdf)
    ]
    label = "Officer's assessment (interpretation, kept apart from the facts)"
    holding = [p for p in pages if "Interpretacja" in p]
    assert len(holding) >= 2  # the assessment runs over a page break
    assert all(label in p for p in holding)
    assert all("Interpretacja" in p for p in pages if label in p)  # never a label alone


def test_observation_record_needs_a_reason_and_hides_others_drafts(
    officer: Session, supervisor: Session, recorded: list[str]
) -> None:
    with pytest.raises(ValidationError):
        observation_record(officer, recorded[0], justification="  ")
    with pytest.raises(NotFound):
        observation_record(supervisor, recorded[3], justification="review")


# --- subject summary ----------------------------------------------------------------------


def test_subject_summary_holds_the_file_and_never_a_score(
    supervisor: Session, prisoner: Subject, recorded: list[str]
) -> None:
    report = subject_summary(supervisor, prisoner.id, justification="review: case conference")
    pages = text_of(report.pdf)
    text = joined(report.pdf)
    assert report.pages == len(pages)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert " ".join(NOT_A_RISK_ASSESSMENT.split()) in text
    assert "PL-4711" in text and "Марко Љубиша" in text
    assert "Facts: Shouted threats at staff." in text
    assert "Assessment: May relate to a new cellmate" in text
    assert "Immediate" in text and "Priority" in text
    assert "2 / B / C (officer: 2 / C / P)" in text  # the re-grade and the officer's grade
    # Checklist: counts per domain side by side, protective factors and context.
    assert "A1 Changes in routine and conduct 1 1" in text
    assert "Weekly family visits" in text and "Wife visits weekly" in text
    assert "Father died." in text and "Recent bereavement" in text
    # Reviews, corrections and the legend.
    assert "Escalated by phone" in text and "Wrong place recorded" in text
    assert "Known indirectly, corroborated" in text and "Lawful sharing permitted" in text
    assert CANARY not in text and "DRAFT-NOT-FOR-PRINT" not in text
    lowered = text.lower()
    assert not re.search(r"\b(score|total|risk level)\s*[:=]?\s*\d", lowered)
    assert all(p.count("OFFICIAL-SENSITIVE") == 2 for p in pages)
    assert all("Test stefan" in p for p in pages)  # watermark + printed by on every page
    last = entries(supervisor)[-1]
    assert (last.action, last.object_id) == ("report_generated", prisoner.id)


def test_subject_summary_is_for_supervisors(officer: Session, prisoner: Subject) -> None:
    with pytest.raises(PermissionDenied):
        subject_summary(officer, prisoner.id, justification="review")


def test_subject_with_nothing_recorded_still_prints(supervisor: Session, prisoner: Subject) -> None:
    report = subject_summary(supervisor, prisoner.id, justification="review")
    text = joined(report.pdf)
    assert "Nothing has been recorded about this prisoner." in text
    assert "No checklist has been completed for this prisoner." in text
    assert "Page 1 of" in text


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_in_every_script_are_extracted_as_the_same_characters(
    officer: Session, supervisor: Session, script: str
) -> None:
    family, given = NAMES[script]
    person = subjects.create_subject(
        officer,
        prison_number=f"X-{abs(hash(script)) % 10000}",
        family_name=family,
        given_names=given,
    )
    _observation(officer, person.id, facts=f"{given} {family} rozmawiał z {family}.")
    text = unicodedata.normalize(
        "NFC", joined(subject_summary(supervisor, person.id, justification="review").pdf)
    )
    assert f"{family}, {given}" in text
    assert f"{given} {family} rozmawiał" in text


def test_polish_labels(supervisor: Session, prisoner: Subject, recorded: list[str]) -> None:
    report = subject_summary(supervisor, prisoner.id, justification="review", language="pl")
    text = joined(report.pdf)
    assert f"Strona 1 z {report.pages}" in text
    assert "Chronologia obserwacji" in text and "Fakty:" in text and "Natychmiastowa" in text
    assert "Zapis obserwacji — nie jest oceną zagrożenia." in text


def test_long_words_rtl_and_emoji_do_not_break_the_report(
    officer: Session, supervisor: Session, prisoner: Subject
) -> None:
    word = "Żx" * 5000  # 10,000 characters without a space
    _observation(
        officer, prisoner.id, facts=word, assessment="שלום עולם مرحبا بالعالم 😀👍🏽 \u202eabc"
    )
    report = subject_summary(supervisor, prisoner.id, justification="review")
    pages = text_of(report.pdf)
    squeezed = "".join("".join(pages).split())
    assert squeezed.count("Żx") >= 5000  # the whole word is there, wrapped
    assert "שלום" in "".join(pages) or "םולש" in "".join(pages)
    record = observation_record(
        officer, observations.list_for_subject(officer, prisoner.id)[0].id, justification="review"
    )
    assert len(text_of(record.pdf)) >= 2


def test_markup_in_text_is_printed_as_written(
    officer: Session, supervisor: Session, prisoner: Subject
) -> None:
    _observation(officer, prisoner.id, facts='He wrote "<b>us & them</b>" <br/> on a note.')
    text = joined(subject_summary(supervisor, prisoner.id, justification="review").pdf)
    assert 'He wrote "<b>us & them</b>" <br/> on a note.' in text


# --- unit summary -------------------------------------------------------------------------


def test_unit_summary_counts_by_domain_and_urgency(
    officer: Session, supervisor: Session, prisoner: Subject, recorded: list[str]
) -> None:
    overdue = subjects.create_subject(
        officer,
        prison_number="PL-9001",
        family_name="Kowalska",
        given_names="Anna",
        unit="A",
        review_due=(TODAY - timedelta(days=2)).isoformat(),
    )
    report = unit_summary(
        supervisor,
        date_from=(TODAY - timedelta(days=30)).isoformat(),
        date_to=TODAY.isoformat(),
        unit_code="A",
        justification="supervision: monthly",
    )
    text = joined(report.pdf)
    assert "A Oddział A" in text
    assert "Routine 0" in text and "Priority 2" in text and "Immediate 1" in text
    assert "A1 Changes in routine and conduct 0 2 1" in text  # routine / priority / immediate
    assert "Shouted threats at staff." in text  # the immediate item
    assert "Subject files opened in the period: 2." in text
    assert "Kowalska, Anna" in text and "PL-9001" in text
    assert overdue.review_due in text
    assert "Observations by urgency" in text and "Observations citing each domain" in text
    assert CANARY not in text and "DRAFT-NOT-FOR-PRINT" not in text
    last = entries(supervisor)[-1]
    assert (last.action, last.details["report"]) == ("report_generated", "unit")


def test_unit_summary_checks_its_input(supervisor: Session, officer: Session) -> None:
    with pytest.raises(ValidationError):
        unit_summary(supervisor, date_from="2026-13-01", date_to="2026-12-01", justification="x")
    with pytest.raises(ValidationError):
        unit_summary(supervisor, date_from="2026-12-01", date_to="2026-11-01", justification="x")
    with pytest.raises(NotFound):
        unit_summary(
            supervisor,
            date_from="2026-01-01",
            date_to="2026-12-01",
            unit_code="Z",
            justification="x",
        )
    with pytest.raises(PermissionDenied):
        unit_summary(officer, date_from="2026-01-01", date_to="2026-12-01", justification="x")


# --- access report ------------------------------------------------------------------------


def test_access_report_holds_everything_and_who_consulted(
    supervisor: Session, auditor: Session, prisoner: Subject, recorded: list[str]
) -> None:
    """The data subject's access report holds what was written about them.

    The auditor *browses* observations and checklist runs as metadata only; the
    formal subject-access report is the person's right to the text itself, so it
    prints facts, assessments and the checklist's summary (never the source's
    identity), and it is audited with its reason like any disclosure.
    """
    subject_summary(supervisor, prisoner.id, justification="review: case conference")
    report = access_report(auditor, prisoner.id, justification="data_subject_request: letter")
    text = joined(report.pdf)
    assert "Earlier version 1 (replaced)" in text and "Spacerniak 2" in text and "Świetlica" in text
    assert "Grade history" in text and "re-graded" in text
    assert "stefan" in text and "review: case conference" in text  # who consulted, and why
    assert "data_subject_request: letter" in text  # this report, in its own trail
    assert "Shouted threats at staff." in text and "Asked for a prayer mat." in text
    assert "Changes in routine since November." in text  # the checklist run's summary
    assert CANARY not in text and "DRAFT-NOT-FOR-PRINT" not in text
    generated = [e for e in entries(auditor) if e.action == "report_generated"]
    assert generated and generated[-1].justification == "data_subject_request: letter"
    # Browsing stays metadata only for the auditor; the text is for the report alone.
    browsed = checklists.runs_for_subject(auditor, prisoner.id)
    assert browsed and all(r.summary == "" for r in browsed)
    assert observations.history(auditor, recorded[1], audited=False)[-1].facts == ""
    with pytest.raises(PermissionDenied):
        access_report(supervisor, prisoner.id, justification="x")
    with pytest.raises(PermissionDenied):
        checklists.runs_for_access_request(supervisor, prisoner.id)
    with pytest.raises(PermissionDenied):
        observations.history_for_access_request(supervisor, recorded[1])


def test_generate_dispatches_every_record_kind(
    supervisor: Session, prisoner: Subject, recorded: list[str]
) -> None:
    for request in (
        ReportRequest(ReportKind.SUBJECT, "review", subject_id=prisoner.id),
        ReportRequest(ReportKind.OBSERVATION, "review", observation_id=recorded[1]),
        ReportRequest(ReportKind.UNIT, "review", date_from="2026-01-01", date_to=TODAY.isoformat()),
    ):
        seen: list[int] = []
        report = generate(supervisor, request, lambda done, total, what, s=seen: s.append(done))
        assert report.kind is request.kind and report.pdf.startswith(b"%PDF")
        if request.kind is not ReportKind.OBSERVATION:
            assert seen and seen[-1] in (4, 5)  # progress reached the end
    with pytest.raises(ValidationError):
        generate(supervisor, ReportRequest(ReportKind.SUBJECT, "review"))
