"""The Reports page's prisoner picker says when no one matches, and what was looked for
(session 9 fixed the observation's picker; this one said only "No prisoner matches." and
kept saying it after the search text was cleared)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.session import Session
from tests.gui.test_reports_page import choose, make_page, prisoner

__all__ = ["prisoner"]  # the fixture, shared with the Reports page's own tests


def test_the_reports_picker_says_when_no_prisoner_matches(
    qtbot, supervisor: Session, prisoner: str
) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, supervisor)
    choose(page, ReportKind.SUBJECT)
    supervisor.justification = ("review", "")
    picker = page.picker
    qtbot.keyClicks(picker.query, "PL-DEMO1")
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert picker.matches.count() == 0 and not picker.matches.isVisible()
    assert picker.message.isVisible()
    assert picker.message.text() == "No prisoner matches “PL-DEMO1”."
    # The text cleared: the line about it goes with it.
    picker.query.selectAll()
    qtbot.keyClick(picker.query, Qt.Key.Key_Backspace)
    picker.find_prisoners()
    assert not picker.message.isVisible()
    # A search that finds someone: no such line.
    qtbot.keyClicks(picker.query, "nowak")
    picker.find_prisoners()
    assert picker.matches.count() == 1 and not picker.message.isVisible()
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert picker.subject_id == prisoner
