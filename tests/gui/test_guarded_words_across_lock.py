"""The lock keeps what was typed in the requests window a correction's guard opened
(*Amend…* in the observation editor, *Correct (amend)…* in the checklist runner, on a
restricted file) and in the *Add prisoner* dialog: the screen is emptied, and after
unlock (the reason for access asked again where a file was open) the same window opens
with the words; once the request is recorded the correction opens, as before the lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import checklists, data_requests, restriction, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.data_request_dialog import DataRequestsDialog
from radprev_desktop.gui.subject_dialog import SubjectDialog
from tests.factories import subject, submitted
from tests.gui.modal import respond_to_modal
from tests.gui.test_data_request_dialog import click, on_modal
from tests.gui.test_dialogs_across_lock import _typed_anywhere
from tests.gui.test_lock_everywhere import assert_locked_and_empty, unlock
from tests.unit.checklist_support import complete

WORDS = "Nowak says he was in the library, not the yard."


def _type_then_lock(window: QWidget, words: str) -> None:
    """At the guard's message: Record the request…; in the window: type, then the lock."""

    def type_in(dialog: QWidget) -> None:
        assert isinstance(dialog, DataRequestsDialog)
        dialog.words.setPlainText(words)
        window.lock()  # type: ignore[attr-defined]

    def record(box: QWidget) -> None:
        on_modal("DataRequestsDialog", type_in)
        click(box, "Record the request…")

    on_modal("correctionNeedsRequest", record)


def _record_when_back(qtbot, back: list[str]) -> None:  # type: ignore[no-untyped-def]
    def record(dialog: QWidget) -> None:
        assert isinstance(dialog, DataRequestsDialog)
        back.append(dialog.words.toPlainText())
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    on_modal("DataRequestsDialog", record)


def test_the_editors_amend_guard_gives_the_words_back_then_the_correction(
    qtbot, open_window, make_session: Callable[..., Session]
) -> None:  # type: ignore[no-untyped-def]
    stefan = make_session(Role.OFFICER, Role.SUPERVISOR, username="stefan")
    prisoner = subject(stefan, family="Nowak", number="PN-5150")
    obs_id = submitted(stefan, prisoner.id)
    restriction.set_restriction(stefan, prisoner.id, True, "Accuracy disputed, DPO 2026/12.")
    window = open_window(stefan)
    assert window.open_observation(obs_id)
    editor = window.pages["observation_editor"]
    assert editor.amend_button.isVisible()

    _type_then_lock(window, WORDS)
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert_locked_and_empty(window, stefan)
    assert not _typed_anywhere(window, WORDS)

    back: list[str] = []
    _record_when_back(qtbot, back)
    session = unlock(window, reason=False)
    qtbot.waitUntil(lambda: bool(back))
    assert back == [WORDS]
    [line] = data_requests.request_lines(session, prisoner.id)
    assert (line.note.object_kind, line.note.object_id, line.note.text) == (
        "observation",
        obs_id,
        WORDS,
    )
    # The request recorded: the correction opens, as Amend… would have before the lock.
    qtbot.waitUntil(lambda: editor.amend_reason.isVisible())
    assert window.current_page() is editor and not editor.read_only


def test_the_runners_correct_guard_gives_the_words_back_after_the_reason(
    qtbot, open_window, make_session: Callable[..., Session]
) -> None:  # type: ignore[no-untyped-def]
    stefan = make_session(Role.OFFICER, Role.SUPERVISOR, username="stefan")
    prisoner = subject(stefan, family="Nowak", number="PN-5150")
    run = checklists.start_run(stefan, prisoner.id)
    complete(stefan, run.id)
    restriction.set_restriction(stefan, prisoner.id, True, "Accuracy disputed, DPO 2026/12.")
    stefan.justification = ("review", "")
    window = open_window(stefan)
    assert window.open_subject(prisoner.id)
    page = window.pages["subject_detail"]
    page.runner.load(run.id)
    page.stack.setCurrentWidget(page.runner)

    _type_then_lock(window, WORDS)
    qtbot.mouseClick(page.runner.amend_button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert_locked_and_empty(window, stefan)
    assert not _typed_anywhere(window, WORDS)

    back: list[str] = []
    _record_when_back(qtbot, back)
    session = unlock(window)  # the file asks the reason again, then the window comes back
    qtbot.waitUntil(lambda: bool(back))
    assert back == [WORDS]
    [line] = data_requests.request_lines(session, prisoner.id)
    assert (line.note.object_kind, line.note.object_id) == ("checklist_run", run.id)
    assert read_entries(session.con, action="subject_file_opened")  # after the reason again
    qtbot.waitUntil(lambda: page.runner.amend_reason.isVisible())
    assert page.stack.currentWidget() is page.runner and page.runner.amending


def test_add_prisoner_typed_comes_back_after_unlock(
    qtbot, open_window, make_session: Callable[..., Session]
) -> None:  # type: ignore[no-untyped-def]
    olga = make_session(Role.OFFICER, username="olga")
    window = open_window(olga)
    assert window.show_page("subjects")
    page = window.pages["subjects"]

    def type_then_lock(dialog: QWidget) -> None:
        assert isinstance(dialog, SubjectDialog)
        dialog.prison_number.setText("PN-9001")
        dialog.family_name.setText("Zawadzka")
        dialog.given_names.setText("Ewa")
        dialog.birth_year.setValue(1990)
        dialog.cell.setText("C-3")
        window.lock()

    on_modal("SubjectDialog", type_then_lock)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert_locked_and_empty(window, olga)
    assert not _typed_anywhere(window, "Zawadzka")

    back: dict[str, object] = {}

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, SubjectDialog)
        back.update(
            number=dialog.prison_number.text(),
            family=dialog.family_name.text(),
            given=dialog.given_names.text(),
            year=dialog.birth_year.value(),
            cell=dialog.cell.text(),
        )
        respond_to_modal(reason="review")  # the new file opens: its reason for access
        dialog.save()

    on_modal("SubjectDialog", save)
    session = unlock(window, reason=False)
    qtbot.waitUntil(lambda: bool(back))
    assert back == {
        "number": "PN-9001",
        "family": "Zawadzka",
        "given": "Ewa",
        "year": 1990,
        "cell": "C-3",
    }
    qtbot.waitUntil(lambda: window.current_page() is window.pages["subject_detail"])
    added = subjects.find_by_prison_number(session, "PN-9001")
    assert added is not None and (added.family_name, added.cell) == ("Zawadzka", "C-3")
    assert read_entries(session.con, action="subject_created")[-1].object_id == added.id
