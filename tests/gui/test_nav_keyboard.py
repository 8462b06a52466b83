"""Ctrl+1…9 put the keyboard in the page they show (walk12, session 12: the central office's
analyst pressed Ctrl+3 and typed "petrovic"; the keys went to the list on the left, whose
type-ahead chose *Pulpit*, and the search field stayed empty on a page left behind)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from radprev_desktop.core.model import Role
from radprev_desktop.core.session import Session
from radprev_desktop.gui.pages.search import SearchPage


def test_ctrl_and_a_number_puts_the_keyboard_in_the_page(
    qtbot, open_window, make_session: Callable[..., Session]
) -> None:  # type: ignore[no-untyped-def]
    officer = make_session(Role.OFFICER, username="olga")
    window = open_window(officer)
    window.nav.setFocus()  # after a click in the list, or a page with nothing to type into
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav)
    index = window.nav_keys.index("search")
    qtbot.keyClick(window.nav, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["search"]
    assert isinstance(page, SearchPage)
    assert window.current_key() == "search"
    assert QApplication.focusWidget() is page.query
    qtbot.keyClicks(QApplication.focusWidget(), "petrovic")
    assert window.current_key() == "search"  # still there: the words are in the field
    assert page.query.text() == "petrovic"
