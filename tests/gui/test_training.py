"""Training mode on screen: Practise on the login screen, the TRAINING banner, the scenario beside
the editor, feedback after submit, the trainer's view and the training record (real widgets)."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from radprev_desktop.core.model import Role
from radprev_desktop.core.reports.furniture import TRAINING_MARK
from radprev_desktop.core.services import training
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.training import library
from radprev_desktop.core.training.feedback import Outcome
from radprev_desktop.gui import i18n
from radprev_desktop.gui.app import Application
from radprev_desktop.gui.login import LoginWindow
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.training import TrainingPage
from radprev_desktop.gui.training_record_dialog import TrainingRecordDialog
from radprev_desktop.gui.training_setup import TrainingSetupDialog
from radprev_desktop.gui.training_widgets import FeedbackDialog, scenario_html
from tests.conftest import ADMIN, ADMIN_PASSWORD, FAST_KDF, PASSWORD
from tests.gui.mnemonics import clashes
from tests.gui.screen_fit import Fit, walk_window
from tests.training_support import TRAINEE, TRAINER, login

BANNER = "TRAINING — practice on synthetic scenarios"


@pytest.fixture
def practice(tmp_path: Path, training_vault_files: Path) -> Iterator[Path]:
    folder = tmp_path / "training"
    shutil.copytree(training_vault_files, folder)  # create_training_vault's, made once
    yield folder


def banner_text(widget: object) -> str:
    found = widget.findChild(QLabel, "trainingBanner")  # type: ignore[attr-defined]
    return found.text() if found is not None and found.isVisible() else ""


def window_for(qtbot, session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close(window: MainWindow) -> None:
    window._closing_for_switch = True
    window._end_session("logout")
    window.close()


# --- the login screen ---------------------------------------------------------------------


def test_practise_opens_the_training_vault_with_its_banner_and_back(
    qtbot, tmp_path: Path, practice: Path, monkeypatch: pytest.MonkeyPatch, admin: Session
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RADPREV_TRAINING_VAULT", str(practice))
    real = admin.folder
    admin.close()
    app = Application(real)
    app.show_login()
    login = app.login
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    assert banner_text(login) == "" and not login.windowTitle().startswith("TRAINING")
    qtbot.mouseClick(login.practise_button, Qt.MouseButton.LeftButton)
    training_login = app.login
    assert isinstance(training_login, LoginWindow) and training_login is not login
    qtbot.addWidget(training_login)
    assert app.vault.folder == practice and training_login.training
    assert banner_text(training_login).startswith(BANNER)
    assert training_login.windowTitle().startswith("TRAINING")
    assert "TRAINING" in QApplication.applicationDisplayName()  # dialogs' titles too
    qtbot.keyClicks(training_login.username, TRAINEE)
    qtbot.keyClicks(training_login.password, PASSWORD)
    with qtbot.waitSignal(training_login.logged_in, timeout=20000) as signal:
        qtbot.keyClick(training_login.password, Qt.Key.Key_Return)
    session = signal.args[0]
    assert session.training and session.folder == practice
    session.close()
    qtbot.mouseClick(training_login.practise_button, Qt.MouseButton.LeftButton)  # back
    assert isinstance(app.login, LoginWindow) and not app.login.training
    assert app.vault.folder == real
    assert "TRAINING" not in QApplication.applicationDisplayName()
    qtbot.addWidget(app.login)
    assert app.training_lock is None


def test_the_training_vault_is_created_the_first_time(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "first-practice"
    dialog = TrainingSetupDialog(folder, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    assert banner_text(dialog) == "" or dialog.findChild(QLabel, "trainingBanner") is not None
    qtbot.keyClicks(dialog.username, "trainer_admin")
    dialog.passwords.first.setText("a-long-password-1")
    dialog.passwords.second.setText("a-long-password-1")
    assert dialog.create_vault()
    assert len(dialog.recovery_code.replace("-", "")) == 40
    box = dialog.code_box
    assert isinstance(box, QMessageBox) and dialog.recovery_code in box.text()
    box.done(0)
    assert VaultAccess(folder).is_training()
    session = VaultAccess(folder).login("trainer_admin", "a-long-password-1").session
    try:
        assert session.training and session.user.has(Role.ADMINISTRATOR)
    finally:
        session.close()


# --- a trainee's exercise -------------------------------------------------------------------


def test_a_trainee_practises_in_the_ordinary_editor_and_gets_feedback(
    qtbot, practice: Path
) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, login(practice, TRAINEE))
    try:
        bar = window.findChild(QLabel, "trainingBanner")
        assert bar is not None and bar.isVisible() and bar.text().startswith(BANNER)
        assert window.windowTitle().startswith("TRAINING")
        assert "sync" not in window.pages and "training" in window.pages
        assert window.show_page("training")
        page = window.pages["training"]
        assert isinstance(page, TrainingPage)
        assert page.scenarios.count() >= 24
        row = next(
            i for i in range(page.scenarios.count())
            if page.scenarios.item(i).data(Qt.ItemDataRole.UserRole).startswith("S01-")
        )  # fmt: skip
        page.scenarios.setCurrentRow(row)
        assert "Ramadan" in page.preview.toPlainText()
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
        editor = window.pages["observation_editor"]
        assert isinstance(editor, ObservationEditorPage)
        assert window.page_stack.currentWidget() is editor
        assert editor.subject_id is not None
        # The scenario is beside the editor, and says nothing of the key.
        dock = window.training.dock if window.training else None
        assert dock is not None and dock.isVisible()
        text = window.training.panel.toPlainText() if window.training else ""
        assert "Mehmedović" in text and "TR-00001" in text
        assert "non-indicator" not in text.lower() and "model" not in text.lower()
        qtbot.keyClicks(editor.place, "Dining hall")
        qtbot.keyClicks(editor.facts, "He refused lunch. He is probably radical.")
        qtbot.keyClicks(editor.assessment, "He keeps apart from the others.")
        editor.other_none.setChecked(True)  # the same form as a real vault's: both are asked
        with qtbot.waitSignal(editor.submitted, timeout=10000):
            assert editor.submit()
        dialog = window.training.last_feedback if window.training else None
        assert isinstance(dialog, FeedbackDialog)
        qtbot.addWidget(dialog)
        shown = dialog.view.points.toPlainText()
        assert "words of opinion" in shown and "probably" in shown
        assert "no prisoner is ever scored" in shown
        assert (
            "Fasting" in dialog.view.model.toPlainText()
            or "fast" in dialog.view.model.toPlainText()
        )
        assert not dock.isVisible()  # back from the editor: the scenario goes with it
        session = window.ctx.require_session()
        done = training.list_exercises(session)[0]
        assert done.completed and done.feedback is not None
        assert done.feedback.of(Outcome.IMPROVE)
        # A note carries the list's bullet only (with a mark of its own it read "• •").
        assert done.feedback.of(Outcome.NOTE) and "Worth knowing" in shown
        assert "•" not in shown
        # The page lists it, with its feedback.
        window.show_page("training")
        page.my_exercises.selectRow(0)
        assert "to improve" in page.my_feedback.summary.text()
        dialog.close()
    finally:
        close(window)


def test_lock_clears_the_scenario_and_keeps_the_banner(qtbot, practice: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, login(practice, TRAINEE))
    try:
        window.show_page("training")
        page = window.pages["training"]
        assert isinstance(page, TrainingPage)
        page.scenarios.setCurrentRow(4)
        assert page.start_selected()
        assert window.training is not None and window.training.dock.isVisible()
        window.lock()
        assert not window.training.dock.isVisible()
        assert window.training.panel.toPlainText() == ""
        assert window.training.banner.isVisible()
    finally:
        close(window)


# --- the trainer's view ---------------------------------------------------------------------


def test_the_trainer_sees_trainees_mistakes_and_prints_a_training_record(
    qtbot, practice: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    olga = login(practice, TRAINEE)
    exercise = training.start_exercise(olga, "S02")
    from radprev_desktop.core.training.feedback import Answer
    from tests.training_support import record_answer

    record_answer(
        olga, exercise,
        Answer(
            facts="They are obviously a cell.",
            indicators=(("A7.2", "they meet as a prayer group"),),
        ),
    )  # fmt: skip
    training.complete_exercise(olga, exercise.id)
    olga.close()
    window = window_for(qtbot, login(practice, TRAINER))
    try:
        assert window.show_page("training")
        page = window.pages["training"]
        assert isinstance(page, TrainingPage)
        assert not page.tabs.isTabVisible(0) and page.tabs.isTabVisible(1)
        assert page.trainee_table.rowCount() == 1
        assert "Olga Wójcik" in page.trainee_table.item(0, 0).text()
        page.trainee_table.selectRow(0)
        assert page.their_exercises.rowCount() == 1
        page.their_exercises.selectRow(0)
        assert "S02" in page.their_feedback.summary.text()
        mistakes = page.mistakes.toPlainText()
        assert "non-indicator" in mistakes and "A7.2" in mistakes
        assert page.show_record()
        dialog = page.findChild(TrainingRecordDialog)
        assert isinstance(dialog, TrainingRecordDialog)
        assert dialog.preview.memory.page_count >= 1
        out = tmp_path / "record.pdf"
        assert dialog.save_as(str(out))
        pages = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
        assert pages and all(TRAINING_MARK in (p.extract_text() or "") for p in pages)
        actions = [
            r[0] for r in window.ctx.require_session().con.execute("SELECT action FROM audit")
        ]
        assert "report_previewed" in actions and "report_saved" in actions
        dialog.close()
        # The Reports page does not offer what it has no form for.
        assert window.show_page("reports")
    finally:
        close(window)


def test_real_vaults_show_no_training(qtbot, officer: Session) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, officer)
    try:
        assert "training" not in window.pages
        assert window.training is None
        assert window.findChild(QLabel, "trainingBanner") is None
        assert not window.windowTitle().startswith("TRAINING")
    finally:
        close(window)


# --- every training window fits small screens -----------------------------------------------


@pytest.mark.parametrize("language", ["en", "pl", "sq"])
def test_training_windows_fit_small_screens(qtbot, practice: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language(language)
    try:
        fit = Fit()
        for who in (TRAINEE, TRAINER, ADMIN):
            password = ADMIN_PASSWORD if who == ADMIN else PASSWORD
            session = VaultAccess(practice).login(who, password).session
            window = window_for(qtbot, session)
            walk_window(fit, window, who, None)
            close(window)
        olga = login(practice, TRAINEE)
        exercise = training.start_exercise(olga, "S03")
        for widget, name in (
            (TrainingSetupDialog(practice.parent / "new"), "training setup"),
            (LoginWindow(VaultAccess(practice), training=True), "training login"),
        ):
            qtbot.addWidget(widget)
            fit.window(widget, name)
        olga.close()
        assert exercise.id
        QApplication.processEvents()
        assert fit.checked > 5
        assert fit.problems == [], f"{language}:\n" + "\n".join(fit.problems)
    finally:
        i18n.remove_translations()


@pytest.mark.parametrize("language", ["en", "pl", "sq"])
def test_no_mnemonic_clash_in_training_windows(qtbot, practice: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language(language)
    try:
        checked = 0
        for who in (TRAINEE, TRAINER):
            window = window_for(qtbot, login(practice, who))
            try:
                assert window.show_page("training")
                QApplication.processEvents()
                assert clashes(window) == {}, f"{language} {who}"
                page = window.pages["training"]
                assert isinstance(page, TrainingPage)
                if who == TRAINEE:
                    assert page.start_selected()
                    QApplication.processEvents()
                    assert clashes(window) == {}, f"{language} {who} editor"
                checked += 1
            finally:
                close(window)
        for widget in (
            LoginWindow(VaultAccess(practice), training=True),
            TrainingSetupDialog(practice.parent / "new"),
        ):
            qtbot.addWidget(widget)
            widget.show()
            assert clashes(widget) == {}, f"{language} {type(widget).__name__}"
            checked += 1
        assert checked == 4
    finally:
        i18n.remove_translations()


@pytest.mark.parametrize(
    ("language", "label"), [("sr_Latn", "Kada"), ("sr_Cyrl", "Када"), ("en", "When")]
)
def test_the_scenario_time_is_written_as_the_language_writes_dates(
    qtbot, language: str, label: str
) -> None:  # type: ignore[no-untyped-def]
    """The vignette's "When" follows the language (28.11.2026. 12:30), like the editor beside it."""
    del qtbot
    i18n.install_language(language)
    try:
        scenario = library.shipped_library().scenarios[0]
        event = training.event_day(scenario)  # YYYY-MM-DDTHH:MM
        day, time = event.split("T")
        year, month, date_of_month = day.split("-")
        expected = {"en": f"{day} {time}"}.get(language, f"{date_of_month}.{month}.{year}. {time}")
        assert f"<b>{label}:</b> {expected}<" in scenario_html(scenario, language)
    finally:
        i18n.install_language("en")
