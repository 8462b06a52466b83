"""The Go menu's Ctrl+digit follows the navigation list the user sees (soak9, session 9:
an administrator's four entries were numbered Ctrl+1, 5, 6 and 7, in the order of every
role's pages)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from radprev_desktop.core.model import Role
from radprev_desktop.core.session import Session


def test_go_menu_numbers_the_users_own_list(
    qtbot, open_window, make_session, admin: Session
) -> None:  # type: ignore[no-untyped-def]
    for session in (admin, make_session(Role.AUDITOR, username="aida")):
        window = open_window(session)
        shown = [window.nav.item(i).text() for i in range(window.nav.count())]
        actions = window.actions_.page_actions
        assert len(shown) >= 4
        assert [a.text() for a in actions] == shown
        assert [a.shortcut().toString() for a in actions] == [
            f"Ctrl+{n}" for n in range(1, len(shown) + 1)
        ]
        assert all(a.isVisible() and a.isEnabled() for a in actions)
        with qtbot.waitActive(window):
            window.activateWindow()
        window.nav.setFocus()
        # Ctrl+2 opens the second entry of this list, whatever it is for this role.
        qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.page_stack.currentWidget() is window.pages[window.nav_keys[1]]
        assert window.nav.currentRow() == 1
        last = len(shown)
        qtbot.keyClick(
            window.nav, getattr(Qt.Key, f"Key_{last}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.page_stack.currentWidget() is window.pages[window.nav_keys[-1]]
    assert window.nav_keys[-1] == "audit"
