"""No draft is lost across the lock, even work no draft can hold (issue 10).

A correction (amendment) not yet submitted and a checklist answer marked
"observed" still without its example cannot be saved as drafts; the auto-lock
used to drop them. Now the lock holds their values in memory (the screen is
cleared, the session closed) and unlock puts them back, driven here through the
real widgets and the real auto-lock signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from radprev_desktop.core.model import ObservationStatus
from radprev_desktop.core.services import checklists, observations
from radprev_desktop.core.services.checklists import Answer, RunStatus
from radprev_desktop.core.session import Session
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from tests.gui import test_lock_everywhere as lock_tests
from tests.gui.modal import respond_to_modal
from tests.gui.test_lock_everywhere import assert_locked_and_empty, unlock

file_of = lock_tests.file_of  # the same officer, prisoners and observations


def _submitted(olga: Session, subject_id: str) -> str:
    found = [
        o
        for o in observations.list_for_subject(olga, subject_id)
        if o.status is ObservationStatus.SUBMITTED
    ]
    assert len(found) == 1
    return found[0].id


def _auto_lock(window: MainWindow) -> None:
    session = window.ctx.session
    assert session is not None
    window.idle.timed_out.emit()  # what the idle timer does after the set minutes
    assert_locked_and_empty(window, session)


def test_a_correction_in_progress_survives_the_auto_lock(
    qtbot, open_window, file_of: tuple[Session, str, str]
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, _draft = file_of
    obs_id = _submitted(olga, subject_id)
    window = open_window(olga)
    assert window.open_observation(obs_id)
    editor = window.pages["observation_editor"]
    assert isinstance(editor, ObservationEditorPage)
    assert editor.read_only and editor.amend_button.isVisible()
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.amend_reason, "Wrong wing noted")
    editor.facts.setFocus()
    editor.facts.selectAll()
    qtbot.keyClicks(editor.facts, "Read a leaflet aloud on wing C")
    assert editor.has_unsaved_changes()

    _auto_lock(window)
    unlock(window)

    assert window.current_key() == "observation_editor"
    assert editor.amend_of is not None and editor.amend_of.id == obs_id
    assert editor.amend_box.isVisible() and not editor.read_only
    assert editor.amend_reason.value() == "Wrong wing noted"
    assert editor.facts.toPlainText() == "Read a leaflet aloud on wing C"
    assert "kept while the screen was locked" in editor.messages.text()
    assert editor.has_unsaved_changes()
    # Nothing was written while locked: the vault still holds version 1 only.
    assert observations.get_observation(window.ctx.session, obs_id).version == 1
    # The officer finishes the correction: it is sealed as version 2.
    respond_to_modal()  # "Submit and seal?" → Enter
    assert editor.request_submit(), editor.messages.text()
    corrected = observations.get_observation(window.ctx.session, obs_id)
    assert corrected.version == 2
    assert corrected.facts == "Read a leaflet aloud on wing C"
    assert corrected.amendment_reason == "Wrong wing noted"


def test_an_observed_answer_without_its_example_survives_the_lock(
    qtbot, open_window, file_of: tuple[Session, str, str]
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, _draft = file_of
    window = open_window(olga)
    assert window.open_subject(subject_id)
    detail = window.pages["subject_detail"]
    assert isinstance(detail, SubjectDetailPage)
    detail.new_checklist_run()
    runner = detail.runner
    assert runner.run is not None
    run_id = runner.run.id
    qtbot.mouseClick(runner.item_row("A1.1").not_observed, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(runner.item_row("A1.2").observed, Qt.MouseButton.LeftButton)
    assert runner.item_row("A1.2").evidence_row.isVisible()  # example still to be typed
    qtbot.keyClicks(runner.summary, "Half way")

    _auto_lock(window)
    unlock(window)  # the file asks the reason again: answered

    assert window.current_key() == "subject_detail"
    assert detail.stack.currentWidget() is runner
    assert runner.run is not None and runner.run.id == run_id
    row = runner.item_row("A1.2")
    assert row.answer() is Answer.OBSERVED and row.evidence_row.isVisible()
    assert runner.item_row("A1.1").answer() is Answer.NOT_OBSERVED
    assert runner.summary.toPlainText() == "Half way"
    assert runner.has_unsaved_changes()
    assert "kept while the screen was locked" in runner.messages.text()
    # The officer types the example now; saving keeps the answer with it.
    qtbot.keyClicks(row.evidence, "Stopped going to work")
    assert runner.save(), runner.messages.text()
    answers = {a.item_code: a for a in checklists.get_run(window.ctx.session, run_id).answers}
    assert answers["A1.2"].answer is Answer.OBSERVED
    assert answers["A1.2"].evidence == "Stopped going to work"


def test_a_checklist_correction_survives_the_lock(
    qtbot, open_window, file_of: tuple[Session, str, str]
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, _draft = file_of
    window = open_window(olga)
    assert window.open_subject(subject_id)
    detail = window.pages["subject_detail"]
    assert isinstance(detail, SubjectDetailPage)
    detail.new_checklist_run()
    runner = detail.runner
    runner.protective_none.setChecked(True)
    runner.other_none.setChecked(True)
    runner.summary.setPlainText("Nothing more this month.")
    assert runner.complete(), runner.messages.text()
    assert runner.run is not None and runner.run.status is RunStatus.COMPLETED
    qtbot.waitUntil(lambda: runner.item_row("A1.2").isVisible())  # rebuilt, shown by Qt
    qtbot.mouseClick(runner.amend_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(runner.amend_reason, "Forgot the work example")
    qtbot.mouseClick(runner.item_row("A1.2").observed, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(runner.item_row("A1.2").evidence, "Stopped going to work")

    _auto_lock(window)
    unlock(window)

    assert detail.stack.currentWidget() is runner
    assert runner.amending
    assert runner.amend_reason.text() == "Forgot the work example"
    assert runner.item_row("A1.2").evidence.text() == "Stopped going to work"
    assert runner.save_amend(), runner.messages.text()
    assert runner.run.version == 2
    answers = {a.item_code: a for a in runner.run.answers}
    assert answers["A1.2"].evidence == "Stopped going to work"


def test_quitting_from_the_lock_screen_asks_before_dropping_held_work(
    qtbot, open_window, file_of: tuple[Session, str, str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, _draft = file_of
    obs_id = _submitted(olga, subject_id)
    window = open_window(olga)
    assert window.open_observation(obs_id)
    editor = window.pages["observation_editor"]
    editor.start_amend()
    qtbot.keyClicks(editor.amend_reason, "Typo")
    editor.facts.setPlainText("Read a leaflet aloud, twice")
    _auto_lock(window)
    asked: list[str] = []

    def answer(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.lock_screen.quit_requested.emit()  # the lock screen's Quit
    assert asked and "could not be kept as a draft" in asked[0]
    assert window.isVisible() and window.locked  # stayed: the correction is still held
    unlock(window)
    assert editor.amend_reason.value() == "Typo"
    assert editor.facts.toPlainText() == "Read a leaflet aloud, twice"


def test_a_correction_discarded_on_leaving_does_not_come_back(
    qtbot, open_window, file_of: tuple[Session, str, str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, _draft = file_of
    obs_id = _submitted(olga, subject_id)
    window = open_window(olga)
    assert window.open_observation(obs_id)
    editor = window.pages["observation_editor"]
    editor.start_amend()
    editor.facts.setPlainText("Something else")
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    assert window.show_page("dashboard")
    assert not window.has_unsaved_changes()
    window.lock()
    unlock(window, reason=False)
    assert window.current_key() == "dashboard"
    assert editor.facts.toPlainText() == ""
    assert observations.get_observation(window.ctx.session, obs_id).version == 1
