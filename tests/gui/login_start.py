"""The application started on a vault folder, at its login window, as a user starts it."""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.gui.app import Application
from radprev_desktop.gui.login import LoginWindow
from radprev_desktop.gui.main_window import MainWindow


def started_login(qtbot, vault_dir: Path) -> tuple[Application, LoginWindow]:  # type: ignore[no-untyped-def]
    """`Application.start()` on `vault_dir` and the login window it shows (closed with the test)."""
    app = Application(vault_dir)
    app.start()
    login = app.login
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    return app, login


def logged_in(  # type: ignore[no-untyped-def]
    qtbot, app: Application, login: LoginWindow, username: str, password: str
) -> MainWindow:
    """Fill in the login window and press its button; the main window it opened (closed with
    the test)."""
    shown: list[MainWindow] = []
    app.main_window_shown.connect(shown.append)
    login.username.setText(username)
    login.password.setText(password)
    login.login_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    window = shown[0]
    qtbot.addWidget(window)
    return window
