"""The page marking of the release handover and the unit summary (issue 14 item 7,
decision 0025), PDFs read back page by page in English, Polish and Albanian.

A page that prints a record's words carries the highest level among those records
(never below the vault's marking when it is a level); counts alone carry the vault's
marking (the marking of aggregates).
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from pyrage import x25519

from radprev_desktop.core.model import Urgency
from radprev_desktop.core.reports.handover_extract import handover_report
from radprev_desktop.core.reports.unit_summary import unit_summary
from radprev_desktop.core.services import handovers, observations, reviews, settings, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import handover
from tests.factories import observation_input, subject

LANGUAGES = ("en", "pl", "sq")
#: The report's title in each language (proves the PDF is in that language).
HANDOVER_TITLES = {
    "en": "Release handover to the probation service",
    "pl": "Przekazanie po zwolnieniu do kuratorskiej",
    "sq": "Dorëzimi në lirim për shërbimin e provës",
}


def pages(pdf: bytes) -> list[str]:
    found = [
        " ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]
    assert found
    return found


def marked(pdf: bytes, level: str) -> list[str]:
    """Every page's text, after checking each page carries `level` top and bottom (twice)
    and no higher or other level."""
    texts = pages(pdf)
    for text in texts:
        words = text.split()
        assert words.count(level) == 2, (level, text[:200])
        others = {"OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED"} - {level}
        assert not others & set(words), text[:200]
    return texts


def _record(
    officer: Session, supervisor: Session, prisoner_id: str, facts: str, level: str, **extra: object
) -> str:
    data = replace(observation_input(prisoner_id, facts), classification=level)
    obs = observations.record(officer, replace(data, **extra), submit_now=True)  # type: ignore[arg-type]
    reviews.accept(supervisor, obs.id)
    return obs.id


def _handover(supervisor: Session, prisoner_id: str, language: str) -> bytes:
    extract = handovers.collect(supervisor, prisoner_id)
    return handover_report(
        supervisor,
        extract,
        recipient="Probation office Gdańsk",
        package_name="handover_PL-WAW1_000001.age",
        key_fingerprint="ABCD EFGH",
        language=language,
    ).pdf


@pytest.fixture
def released(officer: Session, supervisor: Session) -> str:
    """A released prisoner with one reviewed OFFICIAL observation (a protective factor)."""
    prisoner = subject(officer, "PL-7101", "Трајковски", "Ѓорѓи")
    _record(
        officer,
        supervisor,
        prisoner.id,
        "Helped two others write letters home every week.",
        "OFFICIAL",
        protective_factors=("Works in the prison library",),
    )
    subjects.update_subject(supervisor, prisoner.id, status="released", reason="Released.")
    return prisoner.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_handover_takes_the_highest_level_it_prints(
    officer: Session, supervisor: Session, released: str, language: str
) -> None:
    # OFFICIAL alone prints under the vault's marking (the floor, OFFICIAL-SENSITIVE).
    first = marked(_handover(supervisor, released, language), "OFFICIAL-SENSITIVE")
    assert HANDOVER_TITLES[language] in " ".join(first)
    _record(officer, supervisor, released, "Passed a folded note at the visits hall.", "RESTRICTED")
    texts = marked(_handover(supervisor, released, language), "RESTRICTED")
    assert "Passed a folded note" in " ".join(texts)


def test_a_protective_factor_brings_its_records_level(
    officer: Session, supervisor: Session, admin: Session, released: str
) -> None:
    """With no observation in the extract, a printed protective factor is still the words
    of the observations that noted it."""
    _record(
        officer,
        supervisor,
        released,
        "Spoke calmly with the teacher about his daughter.",
        "RESTRICTED",
        protective_factors=("Regular contact with his daughter",),
    )
    settings.set_setting(admin, "handover_policy", {"observation_months": 0})
    texts = marked(_handover(supervisor, released, "pl"), "RESTRICTED")
    joined = " ".join(texts)
    assert "Regular contact with his daughter" in joined and "Spoke calmly" not in joined
    settings.set_setting(
        admin, "handover_policy", {"observation_months": 0, "protective_factors": 0}
    )
    assert "Regular contact" not in " ".join(
        marked(_handover(supervisor, released, "pl"), "OFFICIAL-SENSITIVE")
    )


def test_what_never_leaves_does_not_raise_the_handover(
    officer: Session, supervisor: Session, released: str
) -> None:
    """A restricted-source record and an unreviewed one are not printed, so their level
    does not mark the pages (a RESTRICTED marking would tell the reader they exist)."""
    _record(
        officer,
        supervisor,
        released,
        "Told by a fellow prisoner about a debt.",
        "RESTRICTED",
        restricted=True,
        source_identity="CANARYSOURCE",
    )
    data = replace(
        observation_input(released, "Sat alone in the yard."), classification="RESTRICTED"
    )
    observations.record(officer, data, submit_now=True)  # submitted, not reviewed
    texts = marked(_handover(supervisor, released, "sq"), "OFFICIAL-SENSITIVE")
    assert "CANARYSOURCE" not in " ".join(texts) and "Sat alone" not in " ".join(texts)


def test_the_handover_made_for_real_is_marked(
    tmp_path: Path, officer: Session, supervisor: Session, released: str
) -> None:
    """Through `make_handover` (the PDF written beside the package)."""
    _record(officer, supervisor, released, "Refused to return the library book.", "RESTRICTED")
    key = tmp_path / "probation.age.pub"
    key.write_text(f"{x25519.Identity.generate().to_public()}\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    made = handover.make_handover(
        supervisor,
        released,
        recipient_key=key.read_bytes(),
        recipient="Probation office Gdańsk",
        reason="Release on licence",
        folder=out,
        language="pl",
    )
    marked(made.pdf_path.read_bytes(), "RESTRICTED")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_unit_summary_is_raised_only_by_the_items_it_lists(
    officer: Session, supervisor: Session, language: str
) -> None:
    prisoner = subject(officer, "PL-7102", "Hoxha", "Ëndrit")
    period = {"date_from": "2000-01-01", "date_to": "2999-12-31", "language": language}

    def summary() -> list[str]:
        return pages(unit_summary(supervisor, justification="supervision", **period).pdf)

    # Counts only (a RESTRICTED routine report is counted, not listed): the vault's marking.
    _record(officer, supervisor, prisoner.id, "Argued at the hatch.", "RESTRICTED")
    texts = summary()
    marked(
        unit_summary(supervisor, justification="supervision", **period).pdf, "OFFICIAL-SENSITIVE"
    )
    assert "Argued at the hatch" not in " ".join(texts)
    # An OFFICIAL immediate item is listed: still the floor.
    _record(
        officer, supervisor, prisoner.id, "Threw a tray at the door.", "OFFICIAL",
        urgency=Urgency.IMMEDIATE,
    )  # fmt: skip
    texts = marked(
        unit_summary(supervisor, justification="supervision", **period).pdf, "OFFICIAL-SENSITIVE"
    )
    assert "Threw a tray" in " ".join(texts)
    # A RESTRICTED immediate item is listed: every page is RESTRICTED.
    _record(
        officer, supervisor, prisoner.id, "Named a guard he would hurt.", "RESTRICTED",
        urgency=Urgency.IMMEDIATE,
    )  # fmt: skip
    texts = marked(
        unit_summary(supervisor, justification="supervision", **period).pdf, "RESTRICTED"
    )
    assert "Named a guard" in " ".join(texts)


def test_the_vault_marking_outside_the_levels_is_kept_for_counts(
    admin: Session, officer: Session, supervisor: Session
) -> None:
    """A free-text marking (not one of the levels) marks counts alone; a listed record's
    level replaces it."""
    settings.set_setting(admin, "classification_marking", "INTERNAL USE")
    prisoner = subject(officer, "PL-7103", "Petrović", "Đorđe")
    _record(officer, supervisor, prisoner.id, "Argued at the hatch.", "RESTRICTED")
    period = {"date_from": "2000-01-01", "date_to": "2999-12-31", "language": "en"}
    texts = pages(unit_summary(supervisor, justification="supervision", **period).pdf)
    assert all("INTERNAL USE" in t and "RESTRICTED" not in t for t in texts)
    _record(
        officer, supervisor, prisoner.id, "Named a guard he would hurt.", "OFFICIAL",
        urgency=Urgency.IMMEDIATE,
    )  # fmt: skip
    texts = pages(unit_summary(supervisor, justification="supervision", **period).pdf)
    assert all("OFFICIAL" in t.split() and "INTERNAL USE" not in t for t in texts)
