"""The lock keeps what was typed in a prisoner's details and requests dialogs (issue 14;
as for corrections, tests/gui/test_unsaved_across_lock.py): the dialog is closed and the
screen emptied, and after unlock the same dialog opens on the same prisoner with the
words put back — from the prisoner's file and from the administrator's details tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QWidget

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import data_requests, restriction, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.data_request_dialog import DataRequestsDialog
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.subject_dialog import SubjectDialog
from tests.conftest import ADMIN_PASSWORD
from tests.factories import subject
from tests.gui.test_data_request_dialog import on_modal
from tests.gui.test_lock_everywhere import assert_locked_and_empty, unlock

WORDS = "Nowicki says his family name is Nowicki-Lis."


def _typed_anywhere(window: MainWindow, text: str) -> bool:
    """Whether `text` is still in any widget of the window (open or hidden)."""
    found = [w.text() for w in window.findChildren(QLineEdit)]
    found += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    assert found
    return any(text in t for t in found)


def _lock_in(window: MainWindow, name: str, type_in: Callable[[QWidget], None]) -> None:
    def act(dialog: QWidget) -> None:
        type_in(dialog)
        window.lock()

    on_modal(name, act)


def test_edit_details_typed_on_the_file_comes_back_after_unlock(
    qtbot, open_window, make_session: Callable[..., Session]
) -> None:  # type: ignore[no-untyped-def]
    stefan = make_session(Role.OFFICER, Role.SUPERVISOR, username="stefan")
    prisoner = subject(stefan, family="Nowicki", number="PN-4711")
    stefan.justification = ("review", "")
    window = open_window(stefan)
    assert window.open_subject(prisoner.id)
    page = window.pages["subject_detail"]

    def type_in(dialog: QWidget) -> None:
        assert isinstance(dialog, SubjectDialog)
        dialog.cell.setText("B-7")
        dialog.reason.setText("Moved to wing B after the fight")

    _lock_in(window, "SubjectDialog", type_in)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert_locked_and_empty(window, stefan)
    assert not _typed_anywhere(window, "Moved to wing B")

    back: dict[str, str] = {}

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, SubjectDialog)
        back.update(cell=dialog.cell.text(), reason=dialog.reason.text())
        dialog.save()

    on_modal("SubjectDialog", save)
    session = unlock(window)
    qtbot.waitUntil(lambda: bool(back))
    assert back == {"cell": "B-7", "reason": "Moved to wing B after the fight"}
    qtbot.waitUntil(lambda: subjects.get_subject(session, prisoner.id).cell == "B-7")
    assert read_entries(session.con, action="subject_changed")[-1].details["fields"] == ["cell"]


def test_a_request_typed_by_the_administrator_comes_back_after_unlock(
    qtbot, open_window, admin: Session, make_session: Callable[..., Session]
) -> None:  # type: ignore[no-untyped-def]
    olga = make_session(Role.OFFICER, Role.SUPERVISOR, username="olga")
    prisoner = subject(olga, family="Nowicki", number="PN-4711")
    restriction.set_restriction(olga, prisoner.id, True, "Accuracy disputed, DPO 2026/11.")
    admin.justification = ("data_subject_request", "")
    window = open_window(admin)
    assert window.show_page("admin")
    tab = window.pages["admin"].details_tab
    window.pages["admin"].show_tab(tab)
    tab.refresh()
    assert tab.open_details(prisoner.id)

    def type_in(dialog: QWidget) -> None:
        assert isinstance(dialog, DataRequestsDialog)
        dialog.words.setPlainText(WORDS)

    _lock_in(window, "DataRequestsDialog", type_in)
    qtbot.mouseClick(tab.requests_button, Qt.MouseButton.LeftButton)
    assert_locked_and_empty(window, admin)
    assert tab.subject is None and not _typed_anywhere(window, WORDS)

    back: list[str] = []

    def record(dialog: QWidget) -> None:
        assert isinstance(dialog, DataRequestsDialog)
        back.append(dialog.words.toPlainText())
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    on_modal("DataRequestsDialog", record)
    session = unlock(window, ADMIN_PASSWORD)  # the reason asked again, then the details
    qtbot.waitUntil(lambda: bool(back))
    assert back == [WORDS]
    assert tab.subject is not None and tab.subject.id == prisoner.id
    [line] = data_requests.request_lines(session, prisoner.id)
    assert (line.note.object_kind, line.note.text) == ("subject", WORDS)
    opened = read_entries(session.con, action="subject_details_opened")[-1]
    assert opened.justification == "review"  # the reason given again after unlock
