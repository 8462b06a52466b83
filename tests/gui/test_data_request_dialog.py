"""Rectification requests and disputes recorded and decided from the prisoner's file
(issue 14 items 6-7; decision 0023), with real widgets on real vaults."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import (
    checklists,
    data_requests,
    observation_amendments,
    record_notes,
    restriction,
)
from radprev_desktop.core.session import Session
from radprev_desktop.gui.data_request_dialog import DataRequestsDialog
from tests.factories import subject, submitted
from tests.gui.test_lock_everywhere import assert_locked_and_empty, unlock
from tests.gui.test_restriction import _page
from tests.unit.checklist_support import complete


def on_modal(name: str, act: Callable[[QWidget], None], tries: int = 300) -> None:
    """When the modal window `name` is open, do `act` in it (as the user would)."""

    def answer(left: int = tries) -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != name:
            if left > 0:
                QTimer.singleShot(10, lambda: answer(left - 1))
            elif box is not None:
                box.close()  # another window (an error?): never block the test run
            return
        act(box)

    QTimer.singleShot(0, answer)


def click(box: QWidget, text: str) -> None:
    assert isinstance(box, QMessageBox)
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


def test_amend_on_a_restricted_file_leads_to_the_request_then_the_decision(
    qtbot, officer: Session, supervisor: Session
) -> None:  # type: ignore[no-untyped-def]
    prisoner = subject(officer)
    obs_id = submitted(officer, prisoner.id)
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed, DPO 2026/4.")
    page = _page(qtbot, supervisor, prisoner.id)
    page.timeline.selectRow(0)
    assert page.requests.requests_button.isEnabled()

    # Amend… is refused: the message offers to record the request; cancelled, nothing opens.
    asked: list[str] = []
    on_modal("correctionNeedsRequest", lambda box: (asked.append(box.text()), click(box, "Cancel")))  # type: ignore[attr-defined]
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    assert asked and "rectification request" in asked[0]
    assert page.stack.currentWidget() is page.file_view

    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DataRequestsDialog)
        seen["about"] = dialog.about.currentData()
        seen["kind"] = dialog.kind.currentData()
        qtbot.keyClicks(dialog.words, "He says it was the workshop, not the yard.")
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        seen["status"] = dialog.status.text()
        dialog.reject()  # Close

    def record(box: QWidget) -> None:
        on_modal("DataRequestsDialog", fill)
        click(box, "Record the request…")

    on_modal("correctionNeedsRequest", record)
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    assert seen["about"] == "observation" and seen["kind"] == "rectification"
    assert "The request is recorded" in str(seen["status"])
    [note] = record_notes.of_subject(supervisor.con, prisoner.id)[1:]  # after the restriction
    assert (note.object_id, note.kind, note.outcome) == (obs_id, "rectification", "open")
    assert note.text == "He says it was the workshop, not the yard."
    assert read_entries(supervisor.con, action="record_note_added")[-1].object_id == obs_id
    # The amendment now opens, and the file lists the open request.
    assert page.stack.currentWidget() is page.editor and page.editor.amend_reason.isVisible()
    assert "open, not decided yet" in page.changes.toPlainText()

    page.editor.clear()
    page.show_file()
    observation_amendments.amend(
        supervisor, obs_id, "At the prisoner's request.", {"place": "Workshop"}
    )

    def decide(dialog: QWidget) -> None:
        assert isinstance(dialog, DataRequestsDialog)
        assert dialog.selected_line() is not None and dialog.decide_button.isEnabled()
        assert [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())] == [
            "rectified",
            "refused",
        ]  # a rectification is not "noted"
        assert dialog.version.value() == 2
        qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
        seen["table"] = dialog.table.item(0, 4).text()
        seen["decided"] = dialog.decide_button.isEnabled()
        dialog.reject()

    on_modal("DataRequestsDialog", decide)
    qtbot.mouseClick(page.requests.requests_button, Qt.MouseButton.LeftButton)
    assert seen["table"] == "rectified by version 2" and seen["decided"] is False
    decided = record_notes.get(supervisor.con, note.id)
    assert decided is not None and (decided.outcome, decided.outcome_version) == ("rectified", 2)
    assert read_entries(supervisor.con, action="record_note_decided")[-1].details["version"] == 2
    assert "rectified by version 2" in page.changes.toPlainText()


def test_a_dispute_is_noted_only_with_a_reason_and_officers_cannot_record(
    qtbot, officer: Session, supervisor: Session
) -> None:  # type: ignore[no-untyped-def]
    prisoner = subject(officer)
    submitted(officer, prisoner.id)
    assert not _page(qtbot, officer, prisoner.id).requests.requests_button.isEnabled()
    page = _page(qtbot, supervisor, prisoner.id)
    page.tabs.setCurrentIndex(2)  # Changes to details
    targets = page.requests.targets()
    assert [t.kind for t in targets] == ["subject", "observation"]
    dialog = DataRequestsDialog(page.ctx, prisoner, targets, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.about.currentData() == "subject" and not dialog.decide_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("dispute"))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # no words
    assert "Write what the person asks or contests" in dialog.status.text()
    assert data_requests.request_lines(supervisor, prisoner.id) == []
    qtbot.keyClicks(dialog.words, "She says she was born in 1990.")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "the prisoner's details"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("noted"))
    assert not dialog.version.isEnabled()
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)  # no reason
    assert "Give the reason for the decision." in dialog.status.text()
    assert data_requests.request_lines(supervisor, prisoner.id)[0].note.is_open
    qtbot.keyClicks(dialog.reason, "The court record says 1989; her view is kept.")
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    [line] = data_requests.request_lines(supervisor, prisoner.id)
    assert line.note.outcome == "noted" and line.note.outcome_reason.startswith("The court")
    assert dialog.table.item(0, 4).text().startswith("noted beside the record: The court")
    assert not dialog.decide_button.isEnabled()  # decided: nothing more to decide


def test_a_checklist_run_is_corrected_through_its_request(
    qtbot, officer: Session, supervisor: Session
) -> None:  # type: ignore[no-untyped-def]
    prisoner = subject(officer)
    run = checklists.start_run(officer, prisoner.id)
    complete(officer, run.id)
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed.")
    page = _page(qtbot, supervisor, prisoner.id)
    # From the runner: Correct (amend)… is refused and says why; Cancel leaves it read-only.
    page.runner.load(run.id)
    page.stack.setCurrentWidget(page.runner)
    on_modal("correctionNeedsRequest", lambda box: click(box, "Cancel"))
    qtbot.mouseClick(page.runner.amend_button, Qt.MouseButton.LeftButton)
    assert not page.runner.amend_reason.isVisible()
    page.runner.clear()
    page.show_file()
    # From the file's Checklists tab: the run selected is the request's record.
    page.tabs.setCurrentIndex(1)
    page.runs.setCurrentRow(0)
    seen: dict[str, object] = {}

    def record_then_correct(dialog: QWidget) -> None:
        assert isinstance(dialog, DataRequestsDialog)
        seen["about"] = dialog.about.currentData()
        qtbot.keyClicks(dialog.words, "Two men, not three.")
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)

    on_modal("DataRequestsDialog", record_then_correct)
    qtbot.mouseClick(page.requests.requests_button, Qt.MouseButton.LeftButton)
    assert seen["about"] == "checklist_run"
    [note] = [n for n in record_notes.of_subject(supervisor.con, prisoner.id) if n.is_open]
    assert (note.object_kind, note.object_id) == ("checklist_run", run.id)
    assert page.stack.currentWidget() is page.runner and page.runner.amend_reason.isVisible()


def test_reclassify_from_the_file_shows_the_level_and_audits_the_reason(
    qtbot, officer: Session, supervisor: Session
) -> None:  # type: ignore[no-untyped-def]
    prisoner = subject(officer)
    obs_id = submitted(officer, prisoner.id)
    assert not _page(qtbot, officer, prisoner.id).requests.reclassify_button.isEnabled()
    page = _page(qtbot, supervisor, prisoner.id)
    page.timeline.selectRow(0)
    assert "OFFICIAL" in page.reading.toPlainText()  # the level is read with the record
    seen: dict[str, str] = {}

    def change(dialog: QWidget) -> None:
        seen["current"] = dialog.current.text()  # type: ignore[attr-defined]
        seen["levels"] = ",".join(
            dialog.level.itemText(i)
            for i in range(dialog.level.count())  # type: ignore[attr-defined]
        )
        dialog.level.setCurrentIndex(dialog.level.findData("RESTRICTED"))  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.findChild(QWidget, "reclassifyOk"), Qt.MouseButton.LeftButton)
        seen["refused"] = dialog.message.text()  # type: ignore[attr-defined]
        dialog.reason.setText("Names a source's family.")  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.findChild(QWidget, "reclassifyOk"), Qt.MouseButton.LeftButton)

    on_modal("ReclassifyDialog", change)
    qtbot.mouseClick(page.requests.reclassify_button, Qt.MouseButton.LeftButton)
    assert seen["current"] == "OFFICIAL"
    assert seen["levels"] == "OFFICIAL,OFFICIAL-SENSITIVE,RESTRICTED"
    assert "reason" in seen["refused"]
    entry = read_entries(supervisor.con, action="observation_reclassified")[-1]
    assert entry.object_id == obs_id and entry.justification == "Names a source's family."
    assert (entry.details["from"], entry.details["to"]) == ("OFFICIAL", "RESTRICTED")
    page.timeline.selectRow(0)
    assert page.selected_observation().classification == "RESTRICTED"  # type: ignore[union-attr]
    assert "RESTRICTED" in page.reading.toPlainText()


def test_the_lock_closes_the_dialog_keeps_nothing_on_screen_and_gives_the_words_back(
    qtbot, open_window, make_session: Callable[..., Session]
) -> None:  # type: ignore[no-untyped-def]
    stefan = make_session(Role.OFFICER, Role.SUPERVISOR, username="stefan")
    prisoner = subject(stefan, family="Kowalczyk", number="PN-4711")
    submitted(stefan, prisoner.id)
    stefan.justification = ("review", "")
    window = open_window(stefan)
    assert window.open_subject(prisoner.id)
    page = window.pages["subject_detail"]
    opened: list[str] = []

    def type_then_lock(dialog: QWidget) -> None:
        opened.append(dialog.objectName())
        dialog.words.setPlainText("Kowalczyk says it was not him.")  # type: ignore[attr-defined]
        window.lock()

    on_modal("DataRequestsDialog", type_then_lock)
    qtbot.mouseClick(page.requests.requests_button, Qt.MouseButton.LeftButton)
    assert opened == ["DataRequestsDialog"]
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert_locked_and_empty(window, stefan)
    # Unlock: the file again (the reason asked again), then the window as it was typed.
    back: list[str] = []

    def reopened(dialog: QWidget) -> None:
        back.append(dialog.words.toPlainText())  # type: ignore[attr-defined]
        dialog.reject()

    on_modal("DataRequestsDialog", reopened)
    session = unlock(window)
    assert session.is_open and page.subject is not None
    qtbot.waitUntil(lambda: bool(back))
    assert back == ["Kowalczyk says it was not him."]
    assert data_requests.request_lines(session, prisoner.id) == []  # nothing recorded
