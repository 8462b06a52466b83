"""Subjects list and the add dialog (search before create); the subject file page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.model import ObservationStatus, Role, SourceType, Urgency
from radprev_desktop.core.services import observations, subject_search, subjects
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from radprev_desktop.gui.pages.subjects import SubjectsPage
from radprev_desktop.gui.subject_dialog import SubjectDialog
from tests.gui.modal import respond_to_modal


@pytest.fixture
def officer(make_session: Callable[..., Session]) -> Session:
    """Olga works in units A and B here (access by unit: she sees both units' prisoners)."""
    return make_session(Role.OFFICER, username="olga", units=["A", "B"])


@pytest.fixture
def ctx(officer: Session) -> AppContext:
    c = AppContext()
    c.session = officer
    return c


def add(session: Session, number: str, family: str, given: str, unit: str = "A") -> str:
    return subjects.create_subject(
        session, prison_number=number, family_name=family, given_names=given, unit=unit
    ).id


def test_list_filter_and_open(qtbot, ctx: AppContext, officer: Session) -> None:  # type: ignore[no-untyped-def]
    for i in range(250):
        add(officer, f"PL-{i:04d}", f"Nowak{i:03d}", "Jan", unit="A" if i % 2 else "B")
    kowalski = add(officer, "PL-9999", "Kowalski", "Łukasz")
    page = SubjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    # No name before the reason for access: the page asks for it instead of listing.
    assert page.gate.isVisible() and not page.view.isVisible()
    assert page.model.loaded_count() == 0
    respond_to_modal(reason="review")  # the reason dialog: a reason chosen, then Enter
    qtbot.mouseClick(page.gate.button, Qt.MouseButton.LeftButton)
    assert officer.justification is not None
    assert not page.gate.isVisible() and page.view.isVisible()
    # Lazy: only the first page is loaded, more come while scrolling.
    assert page.model.loaded_count() == 50
    assert "251" in page.count.text()
    page.view.scrollToBottom()
    qtbot.wait(10)
    assert page.model.canFetchMore(page.view.rootIndex()) or page.model.loaded_count() > 50
    while page.model.canFetchMore(page.view.rootIndex()):
        page.model.fetchMore(page.view.rootIndex())
    assert page.model.loaded_count() == 251
    # Text and unit together: the unit filter does not cut the paging short.
    page.unit.setCurrentIndex(page.unit.findData("A"))
    page.filter.setText("nowak")
    page.refresh()
    assert page.count.text() == "Matching prisoners: scroll for more"  # 50 of 125 loaded
    while page.model.canFetchMore(page.view.rootIndex()):
        page.model.fetchMore(page.view.rootIndex())
    assert page.model.loaded_count() == 125
    assert {page.model.row_at(i).unit_code for i in range(125)} == {"A"}
    page.unit.setCurrentIndex(0)
    page.filter.clear()
    # Filter by a name typed without diacritics, then Enter opens the file.
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "lukasz")
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).id == kowalski
    # All the matches are listed: their number, not "scroll for more" (walk12, session 12).
    assert page.count.text() == "1 prisoner(s)"
    with qtbot.waitSignal(ctx.open_subject_requested, timeout=1000) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args == [kowalski]
    page.clear()
    assert page.model.rowCount() == 0
    assert page.filter.text() == ""
    assert page.count.text() == ""


def test_add_subject_searches_before_create(qtbot, ctx: AppContext, officer: Session) -> None:  # type: ignore[no-untyped-def]
    existing = add(officer, "SR 12/34", "Петровић", "Марко")
    page = SubjectsPage(ctx)
    qtbot.addWidget(page)
    dialog = page.make_add_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    # Same person typed in Latin letters: the Cyrillic file is proposed.
    dialog.prison_number.setFocus()
    qtbot.keyClicks(dialog.prison_number, "SR-1234")
    dialog.find_similar()
    assert dialog.similar.isVisible()
    assert dialog.similar.count() == 1
    with qtbot.waitSignal(ctx.open_subject_requested, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [existing]
    # Saving the duplicate is refused with a message; nothing is added.
    dialog2 = page.make_add_dialog()
    qtbot.addWidget(dialog2)
    dialog2.show()
    dialog2.prison_number.setText("SR-1234")
    dialog2.family_name.setText("Petrovic")
    dialog2.given_names.setText("Marko")
    similar = dialog2.find_similar()
    assert [s.id for s in similar] == [existing]
    dialog2.save_button.click()
    assert dialog2.message.text() != ""
    assert dialog2.saved is None
    officer.justification = ("review", "")  # listing prisoners is a consultation
    assert subject_search.list_subjects(officer).total == 1

    # A new person: no similar files, saved, vault holds it.
    dialog3 = page.make_add_dialog()
    qtbot.addWidget(dialog3)
    dialog3.show()
    qtbot.keyClicks(dialog3.prison_number, "AL-555")
    qtbot.keyClicks(dialog3.family_name, "Hoxha")
    dialog3.given_names.setText("Arbër")
    dialog3.birth_year.setValue(1988)
    assert dialog3.find_similar() == []
    assert not dialog3.similar.isVisible()
    dialog3.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog3.saved is not None
    stored = subjects.find_by_prison_number(officer, "AL-555")
    assert (stored.family_name, stored.given_names, stored.birth_year, stored.unit_code) == (
        "Hoxha",
        "Arbër",
        1988,
        "A",
    )


def _observe(
    session: Session, subject_id: str, facts: str, urgency: Urgency = Urgency.ROUTINE
) -> str:
    data = observations.ObservationInput(
        subject_id=subject_id,
        facts=facts,
        source_type=SourceType.OWN_OBSERVATION,
        urgency=urgency,
        assessment="Usually calm on the wing.",
        other_explanations_none=True,
    )
    return observations.record(session, data, submit_now=True).id


def test_subject_file_justified_timeline_amend_history_clear(
    qtbot, ctx: AppContext, officer: Session
) -> None:  # type: ignore[no-untyped-def]
    sid = add(officer, "MK-42", "Стојановски", "Горан")
    ids = [_observe(officer, sid, f"Refused to leave the cell, day {i}") for i in range(130)]
    officer.justification = ("review", "weekly wing review")
    page = SubjectDetailPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    assert page.open_subject(sid)
    # Consultation audited with the justification.
    row = officer.con.execute(
        "SELECT justification FROM audit WHERE action = 'subject_file_opened' AND object_id = ?",
        (sid,),
    ).fetchone()
    assert row is not None and "weekly wing review" in row[0]
    assert page.identity["prison_number"].text() == "MK-42"
    assert page.timeline_model.loaded_count() == 100  # lazy: first page only
    while page.timeline_model.canFetchMore(page.timeline.rootIndex()):
        page.timeline_model.fetchMore(page.timeline.rootIndex())
    assert page.timeline_model.loaded_count() == 130
    # Amend the newest: a new version with a reason; history shows both and the diff.
    page.timeline.selectRow(0)
    newest = page.selected_observation()
    assert newest is not None and newest.id == ids[-1]
    page.amend_selected()
    assert page.stack.currentWidget() is page.editor
    page.editor.facts.setPlainText("Refused to leave the cell and shouted at staff, day 129")
    page.editor.amend_reason.setText("Added what he shouted")
    assert page.editor.submit()
    assert page.stack.currentWidget() is page.file_view
    versions = observations.history(officer, ids[-1])
    assert [v.version for v in versions] == [1, 2]
    assert versions[1].amendment_reason == "Added what he shouted"
    assert versions[1].status is ObservationStatus.SUBMITTED
    page.timeline.selectRow(0)
    page.show_history()
    assert page.stack.currentWidget() is page.history
    assert "+" in page.history.unified.toPlainText()
    assert "shouted at staff" in page.history.unified.toPlainText()
    page.clear()
    assert page.subject is None
    assert page.timeline_model.rowCount() == 0
    assert page.reading.toPlainText() == ""
    assert page.identity["names"].text() == ""
    assert page.history.unified.toPlainText() == ""


def test_write_first_hides_earlier_reports(qtbot, ctx: AppContext, officer: Session) -> None:  # type: ignore[no-untyped-def]
    sid = add(officer, "PL-77", "Zieliński", "Piotr")
    _observe(officer, sid, "Earlier report about the yard")
    officer.justification = ("new_information", "")
    page = SubjectDetailPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.write_first.setChecked(True)
    page.open_subject(sid)
    assert not page.tabs.isVisible()
    assert page.hidden_note.isVisible()
    page.new_observation()
    page.editor.facts.setPlainText("Gave away his canteen to two younger prisoners")
    page.editor.assessment.setPlainText("Usually keeps his things to himself.")
    page.editor.other_explanations.setPlainText("Paying off a debt.")
    assert page.editor.submit()
    assert page.tabs.isVisible()
    assert page.timeline_model.rowCount() == 2


def test_no_reason_no_file(qtbot, ctx: AppContext, officer: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sid = add(officer, "PL-78", "Wójcik", "Adam")
    page = SubjectDetailPage(ctx)
    qtbot.addWidget(page)
    from radprev_desktop.gui import pages

    monkeypatch.setattr(pages.subject_detail, "ensure_justification", lambda *a, **k: None)
    assert not page.open_subject(sid)
    assert page.subject is None
    with pytest.raises(NotFound):
        subjects.get_subject(officer, "no-such-id")
    assert (
        officer.con.execute(
            "SELECT count(*) FROM audit WHERE action = 'subject_file_opened'"
        ).fetchone()[0]
        == 0
    )


def test_lock_keeps_the_draft_and_leaves_no_data_on_screen(qtbot, officer: Session) -> None:  # type: ignore[no-untyped-def]
    from radprev_desktop.gui.main_window import MainWindow
    from tests.conftest import PASSWORD

    sid = add(officer, "PL-90", "Kamińska", "Zofia")
    _observe(officer, sid, "Asked new arrivals about their sentences")
    officer.justification = ("review", "")
    win = MainWindow(officer)
    qtbot.addWidget(win)
    win.show()
    win.show_page("subjects")
    subjects_page = win.pages["subjects"]
    assert subjects_page.model.rowCount() == 1
    win.show_page("search")
    win.pages["search"].query.setText("arrivals")
    win.pages["search"].run_search()
    win.open_subject(sid)
    detail = win.pages["subject_detail"]
    detail.new_observation()
    detail.editor.facts.setPlainText("Pisał listy dla współosadzonych — ćwiczenie")
    vault = VaultAccess(officer.folder)
    win.lock()
    # Nothing of the vault is left in the pages.
    assert subjects_page.model.rowCount() == 0
    assert win.pages["search"].model.rowCount() == 0
    assert win.pages["search"].query.text() == ""
    assert detail.subject is None and detail.timeline_model.rowCount() == 0
    assert detail.editor.facts.toPlainText() == ""
    assert detail.identity["names"].text() == ""
    # The typed draft was saved into the vault before the lock.
    again = vault.login("olga", PASSWORD).session
    try:
        drafts = [
            o
            for o in observations.list_for_subject(again, sid)
            if o.status is ObservationStatus.DRAFT
        ]
        assert [d.facts for d in drafts] == ["Pisał listy dla współosadzonych — ćwiczenie"]
    finally:
        again.close()


def test_names_refuse_emoji_and_symbols_as_typed(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = SubjectDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.family_name.insert("Dąbrowska-Żuk")
    dialog.family_name.insert("😀")
    dialog.family_name.insert("\u2764\ufe0f")
    qtbot.keyClicks(dialog.family_name, "$")
    assert dialog.family_name.text() == "Dąbrowska-Żuk"
    dialog.given_names.insert("Марија Ана")
    assert dialog.given_names.text() == "Марија Ана"
