"""The keyboard comes back to the window a dialog was opened from, and to the main window
after the login (walk12, session 12: under Xvfb without a window manager, Ctrl+L did nothing
after the submit confirmation, and Ctrl+N nothing after logging in, until a mouse click)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from radprev_desktop.core.model import Role
from radprev_desktop.core.session import Session
from radprev_desktop.gui.login import LoginWindow
from radprev_desktop.gui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.gui.login_start import logged_in, started_login
from tests.gui.modal import respond_to_modal


def test_a_closed_dialog_gives_the_keyboard_back_to_its_opener(
    qtbot, open_window, make_session: Callable[..., Session]
) -> None:  # type: ignore[no-untyped-def]
    """Offscreen, like X without a window manager, a closed dialog leaves no active window:
    keys and shortcuts went nowhere."""
    officer = make_session(Role.OFFICER, username="olga")
    window = open_window(officer)
    opener = window.actions_.reason_button  # "No reason given" in the status bar
    assert opener.isVisible()
    opener.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is opener)
    seen: list[str] = []
    respond_to_modal(Qt.Key.Key_Escape, seen=seen)  # the reason-for-access dialog, cancelled
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    assert seen, "no dialog was opened"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is opener
    # The keyboard works again: the lock shortcut locks.
    qtbot.keyClick(opener, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.locked)


def test_the_main_window_and_the_login_window_ask_for_the_keyboard(
    qtbot, admin: Session, vault_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Offscreen activates every window it shows, so what is checked here is that each new
    top-level window asks for the keyboard (X without a window manager gives it only then)."""
    asked: list[QWidget] = []
    for kind in (MainWindow, LoginWindow):
        monkeypatch.setattr(kind, "activateWindow", lambda self: asked.append(self))
    admin.close()
    app, login = started_login(qtbot, vault_dir)
    assert asked == [login]
    window = logged_in(qtbot, app, login, ADMIN, ADMIN_PASSWORD)
    assert asked[-1] is window
    window.switch_user()
    again = app.login
    assert isinstance(again, LoginWindow)
    qtbot.addWidget(again)
    assert asked[-1] is again


def test_the_keyboard_comes_back_when_the_opener_hid_with_the_dialog(
    qtbot, open_window, make_session: Callable[..., Session]
) -> None:  # type: ignore[no-untyped-def]
    """*Give the reason for access…* on the Prisoners page hides once the reason is given: the
    window still gets the keyboard back, on a field that is shown."""
    officer = make_session(Role.OFFICER, username="olga")
    window = open_window(officer)
    assert window.show_page("subjects")
    page = window.pages["subjects"]
    opener = page.gate.button
    qtbot.waitUntil(opener.isVisible)
    seen: list[str] = []
    respond_to_modal(seen=seen, reason="review")
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    assert seen, "no dialog was opened"
    qtbot.waitUntil(lambda: not opener.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible() and focused.window() is window
