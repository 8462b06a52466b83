"""The observation editor's prisoner picker (Ctrl+N, the editor opened on its own)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from radprev_desktop.core.session import Session
from tests.gui.test_observation_editor import editor, make_subject, type_here

__all__ = ["editor"]  # the editor fixture, shared with the editor's own tests


def test_the_picker_says_when_no_prisoner_matches(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    """soak9 typed "PL-DEMO1" (an establishment, not a prisoner): the list stayed empty and
    nothing said the search had run. A line now says no prisoner matches."""
    _ctx, page = editor
    subject_id = make_subject(officer, "PL-2002")
    page.new_observation()
    type_here(qtbot, "PL-DEMO1")
    qtbot.keyClick(page.pick_query, Qt.Key.Key_Return)
    none_found = page.picker.none_found
    assert page.pick_list.count() == 0
    assert none_found.isVisible()
    assert none_found.text() == "No prisoner matches “PL-DEMO1”."
    assert page.subject_id is None and page.picker.isVisible()
    page.pick_query.clear()
    type_here(qtbot, "wisniewski")
    page.find_prisoner()
    assert page.pick_list.count() == 1
    assert not none_found.isVisible() and none_found.text() == ""
    qtbot.keyClick(page.pick_query, Qt.Key.Key_Return)
    assert page.subject_id == subject_id
    # Typed again and cleared by the lock: the line goes with the words.
    page.new_observation()
    type_here(qtbot, "nobody")
    page.find_prisoner()
    assert none_found.isVisible()
    page.clear()
    assert none_found.text() == "" and not none_found.isVisible()
