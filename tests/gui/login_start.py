"""The application started on a vault folder, at its login window, as a user starts it."""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.gui.app import Application
from radprev_desktop.gui.login import LoginWindow


def started_login(qtbot, vault_dir: Path) -> tuple[Application, LoginWindow]:  # type: ignore[no-untyped-def]
    """`Application.start()` on `vault_dir` and the login window it shows (closed with the test)."""
    app = Application(vault_dir)
    app.start()
    login = app.login
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    return app, login
