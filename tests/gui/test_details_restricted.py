"""*Edit details…* on a restricted file says what is locked before anything is typed
(decision 0023: the identity is corrected only to answer the person's request; where the
prisoner is held stays current), with real widgets on real vaults."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.services import data_requests, record_notes, restriction, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.data_request_dialog import DataRequestsDialog
from radprev_desktop.gui.subject_dialog import SubjectDialog
from tests.factories import subject
from tests.gui.test_data_request_dialog import click, on_modal
from tests.gui.test_restriction import _page

IDENTITY = ("prisonNumber", "familyName", "givenNames", "birthYear")


def _buttons(box: QWidget) -> list[str]:
    assert isinstance(box, QMessageBox)
    return [b.text().replace("&", "") for b in box.buttons()]


def test_locked_details_are_the_identity_of_a_restricted_file_without_a_request(
    officer: Session, supervisor: Session
) -> None:
    prisoner = subject(officer)
    assert data_requests.locked_details(officer, prisoner.id) == ()
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed, DPO 2026/7.")
    assert data_requests.locked_details(officer, prisoner.id) == subjects.IDENTITY_FIELDS
    data_requests.record_request(supervisor, "subject", prisoner.id, "rectification", "Born 1991.")
    assert data_requests.locked_details(officer, prisoner.id) == ()


def test_an_officer_is_told_before_typing_and_changes_only_the_cell(
    qtbot, officer: Session, supervisor: Session
) -> None:  # type: ignore[no-untyped-def]
    prisoner = subject(officer, family="Nowak")
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed, DPO 2026/7.")
    page = _page(qtbot, officer, prisoner.id)
    assert page.edit_button.isEnabled()

    # Cancel: nothing opens.
    seen: dict[str, object] = {}

    def cancel(box: QWidget) -> None:
        seen["buttons"] = _buttons(box)
        seen["text"] = box.text() + " " + box.informativeText()  # type: ignore[attr-defined]
        click(box, "Cancel")

    on_modal("detailsNeedRequest", cancel)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    # An officer records no request: only the part that may change is offered.
    assert seen["buttons"] == ["Change unit, cell or status…", "Cancel"]
    assert "restricted" in str(seen["text"]) and "supervisor" in str(seen["text"])

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SubjectDialog)
        fields = [dialog.findChild(QWidget, name) for name in IDENTITY]
        assert len([f for f in fields if f is not None]) == 4
        assert all(f.isReadOnly() and not f.isEnabled() for f in fields)  # type: ignore[union-attr]
        assert all("restricted" in f.toolTip() for f in fields)  # type: ignore[union-attr]
        assert "restricted" in dialog.message.text()
        qtbot.keyClicks(dialog.family_name, "Kowal")  # read-only: nothing is typed
        seen["family"] = dialog.family_name.text()
        dialog.cell.clear()
        qtbot.keyClicks(dialog.cell, "B-12")
        qtbot.keyClicks(dialog.reason, "Moved to wing B")
        dialog.save()
        seen["message"] = dialog.message.text()

    on_modal(
        "detailsNeedRequest",
        lambda box: (on_modal("SubjectDialog", edit), click(box, "Change unit, cell or status…")),
    )  # type: ignore[func-returns-value]
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert seen["family"] == "Nowak"
    held = subjects.get_subject(officer, prisoner.id)
    assert (held.cell, held.family_name) == ("B-12", "Nowak"), seen["message"]
    assert read_entries(officer.con, action="subject_changed")[-1].details["fields"] == ["cell"]


def test_a_supervisor_records_the_request_then_corrects_the_name(
    qtbot, officer: Session, supervisor: Session
) -> None:  # type: ignore[no-untyped-def]
    prisoner = subject(officer, family="Nowak")
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed, DPO 2026/7.")
    page = _page(qtbot, supervisor, prisoner.id)
    seen: dict[str, object] = {}

    def record(dialog: QWidget) -> None:
        assert isinstance(dialog, DataRequestsDialog)
        seen["about"] = dialog.about.currentData()
        qtbot.keyClicks(dialog.words, "My family name is Nowakowski.")
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, SubjectDialog)
        seen["read_only"] = [
            n
            for n in IDENTITY
            if dialog.findChild(QWidget, n).isReadOnly()  # type: ignore[union-attr]
        ]
        dialog.family_name.clear()
        qtbot.keyClicks(dialog.family_name, "Nowakowski")
        qtbot.keyClicks(dialog.reason, "At the prisoner's request")
        dialog.save()

    def choose(box: QWidget) -> None:
        seen["buttons"] = _buttons(box)
        on_modal("DataRequestsDialog", lambda d: (record(d), on_modal("SubjectDialog", correct)))  # type: ignore[func-returns-value]
        click(box, "Record the request…")

    on_modal("detailsNeedRequest", choose)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert seen["buttons"] == ["Record the request…", "Change unit, cell or status…", "Cancel"]
    assert seen["about"] == "subject" and seen["read_only"] == []
    [note] = record_notes.of_subject(supervisor.con, prisoner.id)[1:]  # after the restriction
    assert (note.object_kind, note.kind, note.outcome) == ("subject", "rectification", "open")
    assert subjects.get_subject(supervisor, prisoner.id).family_name == "Nowakowski"
    assert page.identity["names"].text().startswith("Nowakowski")


def test_an_unrestricted_file_opens_the_details_at_once(qtbot, officer: Session) -> None:  # type: ignore[no-untyped-def]
    prisoner = subject(officer, family="Nowak")
    page = _page(qtbot, officer, prisoner.id)
    seen: list[bool] = []

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SubjectDialog)
        seen.append(dialog.family_name.isReadOnly())
        dialog.reject()

    on_modal("SubjectDialog", edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert seen == [False]
