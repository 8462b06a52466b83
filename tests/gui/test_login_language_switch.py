"""Choosing another language on the login window keeps what was typed (soak9, session 9:
the password was cleared without a word). The password is carried in memory only: it is
never written to the workstation's settings or anywhere in the vault folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.login import LoginWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.gui.login_start import started_login


def _files_holding(folder: Path, secret: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret in p.read_bytes()]


def test_the_typed_password_survives_a_language_change(
    qtbot, admin: Session, vault_dir: Path, workstation_config: Path
) -> None:  # type: ignore[no-untyped-def]
    admin.close()
    app, login = started_login(qtbot, vault_dir)
    qtbot.keyClicks(login.username, ADMIN)
    qtbot.keyClicks(login.password, ADMIN_PASSWORD)
    login.language.setFocus()
    login.language.setCurrentIndex(login.language.findData("pl"))
    new = app.login
    assert isinstance(new, LoginWindow) and new is not login
    qtbot.addWidget(new)
    assert i18n.current_language() == "pl" and new.login_button.text() == "&Zaloguj"
    assert new.username.text() == ADMIN
    assert new.password.text() == ADMIN_PASSWORD
    assert new.password.echoMode() is new.password.EchoMode.Password
    assert new.message.text() == ""
    assert new.focusWidget() is new.language  # where the keyboard was
    # Written: the language, and nothing of the password.
    assert workstation_config.read_text(encoding="utf-8").count("pl") >= 1
    secret = ADMIN_PASSWORD.encode()
    assert _files_holding(workstation_config.parent, secret) == []
    # Enter logs in with what was kept.
    qtbot.keyClick(new.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window is not None, timeout=5000)
    assert app.window is not None and app.window.ctx.require_session().user.username == ADMIN
    assert _files_holding(workstation_config.parent, secret) == []
    app.window.close()


def test_a_wait_after_failed_attempts_is_kept_in_the_new_language(
    qtbot, admin: Session, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    admin.close()
    app, login = started_login(qtbot, vault_dir)
    login.start_countdown(30)
    left = login.wait_left
    login.language.setCurrentIndex(login.language.findData("pl"))
    new = app.login
    assert isinstance(new, LoginWindow) and new is not login
    qtbot.addWidget(new)
    assert new.wait_left == left and not new.login_button.isEnabled()
    assert f"{left} sekund" in new.message.text()
    assert "Too many" not in new.message.text()  # said in Polish
