"""The administrator answers a prisoner's request on the details from the application
(decision 0023: administrators record and decide requests on the details only, and read no
observation): find the prisoner, open the details, record, correct, decide — each audited,
with real widgets on real vaults."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.services import record_notes, restriction, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.data_request_dialog import DataRequestsDialog
from radprev_desktop.gui.pages.admin import AdminPage
from radprev_desktop.gui.subject_dialog import SubjectDialog
from tests.factories import subject, submitted
from tests.gui.modal import respond_to_modal
from tests.gui.test_data_request_dialog import click, on_modal
from tests.gui.test_restriction import type_into_next_dialog

FACTS = "Shouted at another prisoner in the yard during exercise."


def _page(qtbot, admin: Session) -> AdminPage:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.session = admin
    page = AdminPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.show_tab(page.details_tab)
    return page


def _find_and_open(qtbot, tab, name: str) -> None:  # type: ignore[no-untyped-def]
    assert tab.gate.isVisible() and not tab.query.isEnabled()  # no name before a reason
    respond_to_modal(reason="data_subject_request")
    qtbot.mouseClick(tab.gate.button, Qt.MouseButton.LeftButton)
    assert tab.query.isEnabled() and not tab.gate.isVisible()
    qtbot.keyClicks(tab.query, name)
    qtbot.keyClick(tab.query, Qt.Key.Key_Return)
    assert tab.table.rowCount() == 1
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)


def test_an_administrator_records_corrects_and_decides_a_request_on_the_details(
    qtbot, admin: Session, officer: Session, supervisor: Session
) -> None:  # type: ignore[no-untyped-def]
    prisoner = subject(officer, family="Nowak", given="Piotr")
    submitted(officer, prisoner.id)
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed, DPO 2026/9.")
    page = _page(qtbot, admin)
    tab = page.details_tab
    _find_and_open(qtbot, tab, "Nowak")
    assert tab.identity["names"].text().startswith("Nowak")
    opened = read_entries(admin.con, action="subject_details_opened")[-1]
    assert (opened.object_id, opened.justification) == (prisoner.id, "data_subject_request")
    searched = read_entries(admin.con, action="subjects_searched")[-1]
    assert searched.justification == "data_subject_request"
    shown = [w.toPlainText() for w in tab.findChildren(QPlainTextEdit)]
    assert shown and not [t for t in shown if FACTS in t]  # no observation on this tab

    # Edit details… first: the identity is locked; the request is recorded from the box.
    seen: dict[str, object] = {}

    def record(dialog: QWidget) -> None:
        assert isinstance(dialog, DataRequestsDialog)
        seen["targets"] = [dialog.about.itemData(i) for i in range(dialog.about.count())]
        qtbot.keyClicks(dialog.words, "I was born in 1991, not 1990.")
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        seen["status"] = dialog.status.text()
        dialog.reject()

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, SubjectDialog)
        seen["editable"] = not dialog.birth_year.isReadOnly()
        dialog.birth_year.setValue(1991)
        qtbot.keyClicks(dialog.reason, "At the prisoner's request, DPO 2026/9")
        dialog.save()

    def choose(box: QWidget) -> None:
        on_modal("DataRequestsDialog", lambda d: (record(d), on_modal("SubjectDialog", correct)))  # type: ignore[func-returns-value]
        click(box, "Record the request…")

    on_modal("detailsNeedRequest", choose)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert seen["targets"] == ["subject"]  # the details only: no observation is offered
    assert "The request is recorded" in str(seen["status"]) and seen["editable"] is True
    corrected = subjects.get_subject(admin, prisoner.id)
    assert corrected.birth_year == 1991
    assert "open, not decided yet" in tab.changes.toPlainText()

    def decide(dialog: QWidget) -> None:
        assert isinstance(dialog, DataRequestsDialog)
        assert dialog.decide_button.isEnabled()
        assert dialog.version.value() == corrected.version
        qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
        seen["outcome"] = dialog.table.item(0, 4).text()
        dialog.reject()

    on_modal("DataRequestsDialog", decide)
    qtbot.mouseClick(tab.requests_button, Qt.MouseButton.LeftButton)
    assert seen["outcome"] == f"rectified by version {corrected.version}"
    [note] = [
        n for n in record_notes.of_subject(admin.con, prisoner.id) if n.kind == "rectification"
    ]
    assert (note.object_kind, note.outcome, note.outcome_version, note.by_user) == (
        "subject",
        "rectified",
        corrected.version,
        admin.user.username,
    )
    added = read_entries(admin.con, action="record_note_added")[-1]
    decided = read_entries(admin.con, action="record_note_decided")[-1]
    changed = read_entries(admin.con, action="subject_changed")[-1]
    assert (added.object_type, added.object_id, added.user) == ("subject", prisoner.id, "admin")
    assert decided.details["version"] == corrected.version == changed.details["version"]
    assert changed.details["fields"] == ["birth_year"]
    assert "rectified by version" in tab.changes.toPlainText()


def test_the_lock_empties_the_tab(qtbot, admin: Session, officer: Session) -> None:  # type: ignore[no-untyped-def]
    subject(officer, family="Nowak", given="Piotr")
    page = _page(qtbot, admin)
    tab = page.details_tab
    _find_and_open(qtbot, tab, "Nowak")
    tab.clear()
    texts = [tab.query.text(), tab.changes.toPlainText(), tab.identity["names"].text()]
    assert texts == ["", "", ""] and tab.table.rowCount() == 0
    assert not tab.requests_button.isEnabled() and not tab.edit_button.isEnabled()


def test_the_administrator_restricts_from_the_tab_and_the_tab_says_so(
    qtbot, admin: Session, officer: Session
) -> None:  # type: ignore[no-untyped-def]
    prisoner = subject(officer, family="Nowak", given="Piotr")
    page = _page(qtbot, admin)
    tab = page.details_tab
    assert not tab.details.isVisible()  # nothing to act on before a prisoner is opened
    _find_and_open(qtbot, tab, "Nowak")
    assert tab.details.isVisible() and tab.table.item(0, 3).text() == ""
    asked: list[str] = []
    type_into_next_dialog("Accuracy disputed by the prisoner", asked)
    qtbot.mouseClick(tab.restrict_button, Qt.MouseButton.LeftButton)
    assert asked and subjects.get_subject(admin, prisoner.id).restricted
    assert "Processing restricted" in tab.changes.toPlainText()
    assert tab.table.item(0, 3).text() == "restricted"
    assert tab.restrict_button.text().replace("&", "") == "Lift restriction…"
