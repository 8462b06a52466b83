"""Every report in every offered language: read back from the PDF, in that language, whole.

For each offered language the subject summary, the observation record, the unit
summary and the blank checklist are made on a real vault and their text is read
back with pypdf: the labels are the catalogue's words for that language, no
English label is left, every letter of the language's alphabet that appears is
extracted as itself (no "�", no missing glyph) and the page numbering is
translated. A language that lacked a report string would fail here.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date, timedelta

import pypdf
import pytest

from radprev_desktop.core import languages
from radprev_desktop.core.i18n import translator
from radprev_desktop.core.model import ObservationStatus, SourceType, Urgency
from radprev_desktop.core.reports.blank_checklist import blank_checklist
from radprev_desktop.core.reports.observation_record import observation_record
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.reports.unit_summary import unit_summary
from radprev_desktop.core.services import checklists, observations, reviews, subjects
from radprev_desktop.core.services.checklists import AnswerInput, Sections
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates.model import pick
from radprev_desktop.core.templates.sample import sample_data

TODAY = date.today()
OFFERED = [code for code in languages.OFFERED if code != languages.SOURCE]

#: Report labels that appear in the reports below; each must be printed in the language.
SUMMARY_LABELS = (
    "Overview",
    "Timeline of observations",
    "Checklist results by domain",
    "Reviews and re-grades",
    "History of corrections",
    "Observation record — not a risk assessment. Specialist assessment only by trained staff.",
)
RECORD_LABELS = (
    "What was seen or heard (facts)",
    "Officer's assessment (interpretation, kept apart from the facts)",
    "Protective factors seen",
    "Restricted — never printed.",
)
UNIT_LABELS = (
    "Observations by urgency",
    "Immediate items",
    "New subject files",
    "Overdue file reviews",
)
BLANK_LABELS = ("Checklist (paper form)", "Not indicators — do not record these as signs")


def flat(pdf: bytes) -> str:
    pages = [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    return unicodedata.normalize("NFC", " ".join(" ".join(pages).split()))


@pytest.fixture
def file_of(officer: Session) -> tuple[str, str]:
    """A prisoner with two sealed observations (one immediate) and a completed checklist."""
    person = subjects.create_subject(
        officer,
        prison_number="RS-88",
        family_name="Ђорђевић",
        given_names="Arbër Łukasz",
        birth_year=1990,
        unit="A",
    )
    first = observations.record(
        officer,
        observations.ObservationInput(
            subject_id=person.id,
            facts="Left his tray untouched at lunch.",
            assessment="Usual behaviour before: calm.",
            other_explanations="A quarrel over the canteen list.",
            event_start=(TODAY - timedelta(days=2)).isoformat(),
            place="Wing A",
            officer_duty="Meals",
            source_type=SourceType.OWN_OBSERVATION,
            protective_factors=("Weekly family visits",),
            urgency=Urgency.ROUTINE,
        ),
        submit_now=True,
    )
    observations.record(
        officer,
        observations.ObservationInput(
            subject_id=person.id,
            facts="Threatened a member of staff.",
            assessment="Escalated by phone.",
            other_explanations_none=True,
            event_start=(TODAY - timedelta(days=1)).isoformat(),
            place="Yard",
            officer_duty="Yard",
            source_type=SourceType.OWN_OBSERVATION,
            urgency=Urgency.IMMEDIATE,
        ),
        submit_now=True,
    )
    run = checklists.start_run(officer, person.id)
    checklists.save_answers(
        officer,
        run.id,
        [AnswerInput("A1.1", "observed", "Stopped going to work", TODAY.isoformat())],
        Sections(other_explanations="Recent bereavement", protective_none_observed=True),
    )
    checklists.complete_run(officer, run.id, "Summary.", (TODAY + timedelta(90)).isoformat())
    return person.id, first.id


def _labels_in(text: str, code: str, labels: tuple[str, ...]) -> None:
    reports = translator(code, "reports")
    english = translator("en", "reports")
    assert labels
    for label in labels:
        assert reports.has("reports", label), (code, label)  # no silent English
        ours = " ".join(reports.tr(label).split())
        assert ours in text, (code, label, ours)
        if ours != label:
            assert " ".join(english.tr(label).split()) not in text, (code, label)


@pytest.mark.parametrize("code", OFFERED)
def test_subject_summary_in_the_language(
    supervisor: Session, file_of: tuple[str, str], code: str
) -> None:
    report = subject_summary(supervisor, file_of[0], justification="review", language=code)
    text = flat(report.pdf)
    reports = translator(code, "reports")
    _labels_in(text, code, SUMMARY_LABELS)
    assert reports.tr("Page %1 of %2", 1, report.pages) in text
    assert reports.short_label(Urgency.IMMEDIATE) in text
    assert "\ufffd" not in text and "Page 1 of" not in text
    assert "Ђорђевић" in text and "Arbër Łukasz" in text
    assert not re.search(r"\d\.\.(?!\.)", text)  # a dotted date never gets a second full stop


@pytest.mark.parametrize("code", OFFERED)
def test_observation_record_in_the_language(
    officer: Session, file_of: tuple[str, str], code: str
) -> None:
    report = observation_record(officer, file_of[1], justification="review", language=code)
    text = flat(report.pdf)
    _labels_in(text, code, RECORD_LABELS)
    assert "\ufffd" not in text
    assert not re.search(r"\d\.\.(?!\.)", text)


@pytest.mark.parametrize("code", OFFERED)
def test_unit_summary_and_blank_checklist_in_the_language(
    supervisor: Session, officer: Session, file_of: tuple[str, str], code: str
) -> None:
    (immediate,) = supervisor.con.execute(
        "SELECT id FROM observations WHERE is_current = 1 AND urgency = 'immediate'"
    ).fetchall()
    reviews.accept(supervisor, immediate[0])
    start = (TODAY - timedelta(days=10)).isoformat()
    report = unit_summary(
        supervisor,
        date_from=start,
        date_to=TODAY.isoformat(),
        justification="review",
        language=code,
    )
    text = flat(report.pdf)
    _labels_in(text, code, UNIT_LABELS)
    assert "\ufffd" not in text
    domains = [d for d in sample_data()["domains"] if d["kind"] == "indicator"]
    assert len(domains) == 7
    for domain in domains:
        # Printed whole twice: the table's row and the chart's label (wrapped, never cut).
        name = " ".join(f"{domain['code']} {pick(domain['title'], code)}".split())
        assert text.count(name) == 2, (code, name)
    # The immediate item's status, accepted, whole in its column ("Прихваћен о" was cut).
    assert translator(code, "reports").label(ObservationStatus.ACCEPTED) in text, code
    blank = blank_checklist(officer, sample_data(), language=code)
    text = flat(blank.pdf)
    _labels_in(text, code, BLANK_LABELS)
    reports = translator(code, "reports")
    title = pick(sample_data()["title"], code)  # the template's own words, in the language
    assert title != sample_data()["title"]["en"] and " ".join(title.split()) in text
    assert reports.tr("observed") in text and "☐ observed" not in text
    assert "\ufffd" not in text
