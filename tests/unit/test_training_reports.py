"""Every PDF from a training vault says TRAINING — NOT A REAL RECORD on every page (read back).

Also the training record itself: a trainee's own, or anyone's for a trainer.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest

from radprev_desktop.core import crypto, languages
from radprev_desktop.core.errors import PermissionDenied, TrainingRefused
from radprev_desktop.core.i18n import translator
from radprev_desktop.core.model import ReportKind, Role
from radprev_desktop.core.reports.disclosure import save_report
from radprev_desktop.core.reports.furniture import TRAINING_MARK
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.reports.training_record import ABOUT, training_record
from radprev_desktop.core.services import training, users
from radprev_desktop.core.session import Session
from radprev_desktop.core.training import feedback
from radprev_desktop.core.training.feedback import Answer
from tests.conftest import PASSWORD
from tests.training_support import (
    OTHER_TRAINEE,
    TRAINEE,
    TRAINER,
    create_training_vault,
    login,
    record_answer,
)

POLISH_MARK = "SZKOLENIE — TO NIE JEST PRAWDZIWY ZAPIS"


def pages_text(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


class Practice:
    """A training vault with two completed exercises and sessions for every role."""

    def __init__(self, folder: Path) -> None:
        self.admin = create_training_vault(folder)
        users.add_user(
            self.admin,
            "sabina",
            PASSWORD,
            [Role.SUPERVISOR],
            units=["TR"],
            must_change_password=False,
        )
        self.trainee = login(folder, TRAINEE)
        self.other = login(folder, OTHER_TRAINEE)
        self.trainer = login(folder, TRAINER)
        self.supervisor = login(folder, "sabina")
        self.exercise = training.start_exercise(self.trainee, "S10")
        scenario = training.scenario_of(self.exercise)
        self.observation_id = record_answer(
            self.trainee, self.exercise, feedback.model_answer(scenario, "en")
        )
        training.complete_exercise(self.trainee, self.exercise.id)
        second = training.start_exercise(self.trainee, "S01", "pl")
        record_answer(
            self.trainee,
            second,
            Answer(
                facts="Chyba jest radykalny.", indicators=(("A1.1", "Nie je obiadu w ramadanie"),)
            ),
        )
        training.complete_exercise(self.trainee, second.id)

    def close(self) -> None:
        for s in (self.trainee, self.other, self.trainer, self.supervisor, self.admin):
            s.close()


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[Practice]:
    p = Practice(tmp_path / "training")
    yield p
    p.close()


def _every_report(p: Practice) -> list[tuple[str, bytes]]:
    today = date.today().isoformat()
    requests = [
        (
            p.trainee,
            ReportRequest(
                ReportKind.OBSERVATION, "review: practice", observation_id=p.observation_id
            ),
        ),
        (
            p.supervisor,
            ReportRequest(ReportKind.SUBJECT, "review: practice", subject_id=p.exercise.subject_id),
        ),
        (
            p.supervisor,
            ReportRequest(
                ReportKind.UNIT, "review: practice", date_from="2020-01-01", date_to=today
            ),
        ),
        (p.trainee, ReportRequest(ReportKind.BLANK_CHECKLIST)),
        (
            p.admin,
            ReportRequest(ReportKind.RECOVERY_SHEET, recovery_code=crypto.new_recovery_code()),
        ),
        (p.admin, ReportRequest(ReportKind.ENROLMENT_SHEET)),
        (p.trainer, ReportRequest(ReportKind.TRAINING_RECORD, trainee=TRAINEE)),
        (p.trainee, ReportRequest(ReportKind.TRAINING_RECORD)),
    ]
    return [(r.kind.value, generate(s, r).pdf) for s, r in requests]


def test_every_report_from_a_training_vault_carries_the_mark_on_every_page(
    practice: Practice,
) -> None:
    reports = _every_report(practice)
    kinds = {kind for kind, _ in reports}
    # No auditor here, and the central office's reports are made at the central office.
    # A release handover is made with its package, which a training vault refuses.
    central = {ReportKind.ESTABLISHMENT.value, ReportKind.NATIONAL.value, ReportKind.HANDOVER.value}
    auditor = {ReportKind.ACCESS.value, ReportKind.DATA_PROTECTION.value}
    printable = {k.value for k in ReportKind} - auditor - central
    assert kinds == printable
    assert reports, "nothing to check"
    for kind, pdf in reports:
        pages = pages_text(pdf)
        assert pages, kind
        for number, text in enumerate(pages, start=1):
            # Marking at top and bottom plus the two diagonal watermarks.
            assert text.count(TRAINING_MARK) >= 3, f"{kind} page {number}"


def test_the_mark_is_in_the_report_language_and_absent_from_real_vaults(
    practice: Practice, officer: Session
) -> None:
    polish = generate(practice.trainee, ReportRequest(ReportKind.BLANK_CHECKLIST, language="pl"))
    assert all(POLISH_MARK in page for page in pages_text(polish.pdf))
    real = generate(officer, ReportRequest(ReportKind.BLANK_CHECKLIST))
    assert not any(TRAINING_MARK in page for page in pages_text(real.pdf))


def test_the_training_record_describes_the_exercises_and_the_feedback(practice: Practice) -> None:
    report = training_record(practice.trainer, TRAINEE)
    text = " ".join(pages_text(report.pdf))
    assert "Training record" in text
    assert "Olga Wójcik (olga)" in text
    assert "S10-YARD-RECRUITER" in text and "S01-RAMADAN-FAST" in text
    assert "Common mistakes" in text
    assert "Words of opinion in the facts" in text
    assert "no prisoner is scored" in text
    assert "Chyba jest radykalny." in text  # what the trainee wrote, as written
    # The header names the training establishment without the fixed code TRAINING, and the
    # Language column names each exercise's language as the language list does.
    assert "Ośrodek szkolenia" in text and "(TRAINING)" not in text
    assert "English" in text and "Polski" in text
    # The whole record is in one language: the one it is printed in.
    polish = " ".join(pages_text(training_record(practice.trainer, TRAINEE, language="pl").pdf))
    assert "Karta szkolenia" in polish and "Słowa opinii w faktach" in polish
    assert "Words of opinion" not in polish
    # Every label of the record, the notice above it too, in each offered language.
    labels = (ABOUT, "Scenario", "Language", "Exercises", "Common mistakes")
    translated = [c for c in languages.OFFERED if c != languages.SOURCE]
    assert translated and labels
    for code in translated:
        reports = translator(code, "reports")
        printed = " ".join(
            pages_text(training_record(practice.trainer, TRAINEE, language=code).pdf)
        )
        for label in labels:
            assert reports.has("reports", label), (code, label)
            assert " ".join(reports.tr(label).split()) in printed, (code, label)
        assert "no prisoner is scored" not in printed and "\ufffd" not in printed, code
    # Report furniture of a training record is audited like any other report.
    actions = [r[0] for r in practice.trainer.con.execute("SELECT action FROM audit")]
    assert "report_generated" in actions


def test_who_may_print_a_training_record(
    practice: Practice, officer: Session, tmp_path: Path
) -> None:
    own = training_record(practice.trainee, TRAINEE)
    assert own.pages >= 1
    with pytest.raises(PermissionDenied):
        training_record(practice.other, TRAINEE)
    with pytest.raises(TrainingRefused):
        training_record(officer, officer.user.username)
    out = tmp_path / "record.pdf"
    save_report(
        practice.trainer,
        training_record(practice.trainer, OTHER_TRAINEE),
        out,
        justification="",
        recipient="",
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert "No exercise yet." in " ".join(pages_text(out.read_bytes()))
