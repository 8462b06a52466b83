"""Every screen that prints follows decision 0031, not only the Reports page.

Session 8 left the training record (suggested "training-record.pdf", printed in the
screen's language even when the trainer or the administrator chose another), the DPO's
questions (the screen's language, never the language of reports) and the release handover
(no language: English under a Polish screen). Now each asks core for the default with the
screen as the reader, and a save suggests the report's title folded to ASCII."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from pyrage import x25519
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import reviews, settings, training
from radprev_desktop.core.session import Session
from radprev_desktop.core.training.feedback import Answer
from radprev_desktop.gui import i18n
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.dpo_dialog import DpoDialog
from radprev_desktop.gui.pages.training import TrainingPage
from radprev_desktop.gui.pages.transfers import HandoverDialog
from radprev_desktop.gui.training_record_dialog import TrainingRecordDialog
from tests.factories import subject, submitted
from tests.gui.test_training import close, practice, window_for
from tests.training_support import TRAINEE, TRAINER, login, record_answer
from tests.transfers_support import Network

__all__ = ["practice"]


@pytest.fixture
def polish_screen() -> Iterator[None]:
    i18n.install_language("pl")
    yield
    i18n.remove_translations()


def pdf_text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    assert pages
    return " ".join(" ".join(p.extract_text() or "" for p in pages).split())


def test_the_training_record_is_saved_under_its_title_in_the_screens_language(
    qtbot, polish_screen: None, practice: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    olga = login(practice, TRAINEE)
    exercise = training.start_exercise(olga, "S02")
    record_answer(olga, exercise, Answer(facts="Shared a letter.", indicators=()))
    training.complete_exercise(olga, exercise.id)
    olga.close()
    window = window_for(qtbot, login(practice, TRAINER))
    try:
        assert window.show_page("training")
        page = window.pages["training"]
        assert isinstance(page, TrainingPage)
        page.trainee_table.selectRow(0)
        assert page.show_record()
        dialog = page.findChild(TrainingRecordDialog)
        assert isinstance(dialog, TrainingRecordDialog)
        suggested: list[str] = []

        def ask(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
            suggested.append(Path(name).name)  # in the Documents folder (gui/save_folders.py)
            return str(tmp_path / Path(name).name), ""

        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
        assert dialog.save_as()
        assert suggested == ["karta-szkolenia.pdf"]  # was "training-record.pdf"
        text = pdf_text((tmp_path / "karta-szkolenia.pdf").read_bytes())
        assert "Karta szkolenia" in text
        dialog.close()
    finally:
        close(window)


def test_the_dpo_pdf_follows_the_language_of_reports(
    qtbot, polish_screen: None, make_session: Callable[..., Session], admin: Session
) -> None:  # type: ignore[no-untyped-def]
    auditor = make_session(Role.AUDITOR, username="aida")
    ctx = AppContext()
    ctx.session = auditor
    dialog = DpoDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.question.setCurrentIndex(2)  # exports in a period: no prisoner needed
    QTest.keyClicks(dialog.reason, "complaint 2026-8")
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None
    assert "Eksporty i ujawnienia w okresie" in pdf_text(dialog.report.pdf)  # the screen's
    settings.set_setting(admin, "language", "sq")  # the establishment's reports in Albanian
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert "Eksporte dhe zbulime në periudhë" in pdf_text(dialog.report.pdf)


def test_the_release_handover_is_printed_in_the_screens_language(
    qtbot, polish_screen: None, tmp_path: Path, copied_network: Callable[..., Network]
) -> None:  # type: ignore[no-untyped-def]
    net = copied_network(tmp_path, "PL-A")
    try:
        a = net.prisons["PL-A"]
        prisoner = subject(a.officer, "A-9", "Hoxha", "Ëndrit")
        reviews.accept(a.supervisor, submitted(a.officer, prisoner.id, facts="Wrote a letter."))
        key = tmp_path / "probation.pub"
        key.write_text(f"{x25519.Identity.generate().to_public()}\n", encoding="utf-8")
        out = tmp_path / "out"
        out.mkdir()
        ctx = AppContext()
        ctx.session = a.supervisor
        dialog = HandoverDialog(ctx, prisoner)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.recipient, "Probation office Tirana")
        qtbot.keyClicks(dialog.reason, "Release on licence")
        dialog.key.edit.setText(str(key))
        dialog.folder.edit.setText(str(out))
        dialog.due.setChecked(True)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.made is not None
        text = pdf_text(dialog.made.pdf_path.read_bytes())
        assert "Przekazanie po zwolnieniu do kuratorskiej" in text and "Hoxha" in text
        assert dialog.made.pdf_path.name.isascii() and "Hoxha" not in dialog.made.pdf_path.name
    finally:
        net.close()
