"""Login window: right and wrong passwords, the delay after failures, forced change, recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from radprev_desktop.core.errors import WrongPassword
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import users
from radprev_desktop.core.services.vault_access import VaultAccess, create_backup
from radprev_desktop.core.session import Session
from radprev_desktop.gui.login import LoginWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD
from tests.gui.login_start import started_login


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _login_window(qtbot, vault_dir: Path, **kw) -> LoginWindow:  # type: ignore[no-untyped-def]
    window = LoginWindow(VaultAccess(vault_dir), **kw)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type_and_press(qtbot, window: LoginWindow, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    window.username.clear()
    qtbot.keyClicks(window.username, user)
    qtbot.keyClicks(window.password, password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)


def test_right_and_wrong_password(qtbot, admin: Session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _login_window(qtbot, vault_dir)
    got: list[tuple[Session, list[str]]] = []
    window.logged_in.connect(lambda s, n: got.append((s, n)))
    _type_and_press(qtbot, window, ADMIN, "not-the-password")
    assert not got
    assert window.message.text() == "The username or password is not right."
    assert window.password.text() == ""
    _type_and_press(qtbot, window, ADMIN, ADMIN_PASSWORD)
    assert len(got) == 1
    session, notices = got[0]
    assert session.user.username == ADMIN and session.is_open
    assert any(n.startswith("1 failed login attempt") for n in notices), notices
    session.close()


def test_delay_after_failures_counts_down(qtbot, admin: Session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _login_window(qtbot, vault_dir)
    clock = FakeClock()
    window.vault.clock = clock
    got: list[object] = []
    window.logged_in.connect(lambda s, n: got.append((s, n)))
    for _ in range(3):
        _type_and_press(qtbot, window, ADMIN, "wrong-password-x")
    # The third failure sets a wait; the next attempt is refused without checking.
    _type_and_press(qtbot, window, ADMIN, ADMIN_PASSWORD)
    assert not got
    assert not window.login_button.isEnabled()
    assert "try again in" in window.message.text()
    first = window.message.text()
    qtbot.waitUntil(lambda: window.message.text() != first, timeout=3000)
    assert "try again in" in window.message.text()  # counting down, one second less
    # While waiting, Enter does nothing.
    qtbot.keyClicks(window.password, ADMIN_PASSWORD)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    assert not got
    clock.now += 10  # the delay is over (injected clock)
    qtbot.waitUntil(lambda: window.login_button.isEnabled(), timeout=5000)
    window.password.clear()
    _type_and_press(qtbot, window, ADMIN, ADMIN_PASSWORD)
    assert len(got) == 1
    session, notices = got[0]  # type: ignore[misc]
    assert any(n.startswith("3 failed login attempt") for n in notices), notices
    session.close()


def test_failed_attempts_notice_after_login(
    english, qtbot, admin: Session, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(WrongPassword):
        VaultAccess(admin.folder).login(ADMIN, "wrong-password-1")
    with pytest.raises(WrongPassword):
        VaultAccess(admin.folder).login(ADMIN, "wrong-password-2")
    app, login = started_login(qtbot, vault_dir)
    shown: list[object] = []
    app.main_window_shown.connect(shown.append)
    _type_and_press(qtbot, login, ADMIN, ADMIN_PASSWORD)
    assert shown
    window = shown[0]
    qtbot.addWidget(window)
    assert window.notice_row.isVisible()  # type: ignore[attr-defined]
    assert "2 failed login attempts since your last login" in window.notice.text()  # type: ignore[attr-defined]
    window._end_session("logout")  # type: ignore[attr-defined]


def test_forced_password_change(qtbot, admin: Session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    users.add_user(admin, "olga", PASSWORD, [Role.OFFICER], units=["A"])  # must change
    window = _login_window(qtbot, vault_dir)
    got: list[Session] = []
    window.logged_in.connect(lambda s, n: got.append(s))
    _type_and_press(qtbot, window, "olga", PASSWORD)
    assert not got
    dialog = window.change_dialog
    assert dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.pair.first, "olga-own-password-9")
    qtbot.keyClicks(dialog.pair.second, "olga-own-password-9")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert len(got) == 1
    assert not got[0].user.must_change_password
    got[0].close()
    with pytest.raises(WrongPassword):
        VaultAccess(admin.folder).login("olga", PASSWORD)
    result = VaultAccess(admin.folder).login("olga", "olga-own-password-9")
    assert not result.must_change_password
    result.session.close()


def test_refusing_the_forced_change_logs_out(qtbot, admin: Session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    users.add_user(admin, "olga", PASSWORD, [Role.OFFICER], units=["A"])
    window = _login_window(qtbot, vault_dir)
    got: list[Session] = []
    window.logged_in.connect(lambda s, n: got.append(s))
    _type_and_press(qtbot, window, "olga", PASSWORD)
    window.change_dialog.reject()
    assert not got
    assert "new password" in window.message.text()


def test_recovery_code_sets_a_new_password(
    qtbot, admin: Session, recovery_code: str, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _login_window(qtbot, vault_dir, username=ADMIN)
    qtbot.mouseClick(window.forgot_button, Qt.MouseButton.LeftButton)
    dialog = window.recovery_dialog
    qtbot.keyClicks(dialog.code, recovery_code.lower().replace("-", " "))
    qtbot.keyClicks(dialog.pair.first, "recovered-pass-11")
    qtbot.keyClicks(dialog.pair.second, "recovered-pass-11")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    # Confirming shows an information box; close it from a timer.

    def close_box() -> None:
        for w in dialog.findChildren(QMessageBox):
            w.accept()

    QTimer.singleShot(200, close_box)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == 1
    VaultAccess(admin.folder).login(ADMIN, "recovered-pass-11").session.close()


def test_wrong_recovery_code(qtbot, admin: Session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _login_window(qtbot, vault_dir, username=ADMIN)
    window.open_recovery()
    dialog = window.recovery_dialog
    qtbot.keyClicks(dialog.code, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    qtbot.keyClicks(dialog.pair.first, "recovered-pass-11")
    qtbot.keyClicks(dialog.pair.second, "recovered-pass-11")
    dialog.buttons.accepted.emit()
    assert dialog.message.text() == "The recovery code is not right."
    VaultAccess(admin.folder).login(ADMIN, ADMIN_PASSWORD).session.close()


def test_damaged_vault_offers_restore(qtbot, admin: Session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    create_backup(admin)
    admin.close()
    db = vault_dir / "vault.db"
    with open(db, "r+b") as fh:
        fh.truncate(db.stat().st_size - 100)
    window = _login_window(qtbot, vault_dir)
    _type_and_press(qtbot, window, ADMIN, ADMIN_PASSWORD)
    assert "damaged" in window.message.text()
    assert window.restore_button.isVisible()
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    dialog = window.restore_dialog
    assert dialog.backups.count() == 1
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert "restored" in window.message.text()
    # The backup predates the last entries of the log, and the window says so.
    assert "audit log lacks" in window.message.text()
    assert not window.restore_button.isVisible()
    got: list[Session] = []
    window.logged_in.connect(lambda s, n: got.append(s))
    _type_and_press(qtbot, window, ADMIN, ADMIN_PASSWORD)
    assert got
    got[0].close()


def test_demo_accounts_and_caps_lock_hint(
    qtbot, admin: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RADPREV_DEMO_ACCOUNTS", f"{ADMIN}:{ADMIN_PASSWORD}:administrator")
    window = _login_window(qtbot, vault_dir, show_demo_accounts=True)
    assert window.demo_box is not None
    item = window.demo_list.item(0, 1)
    assert item.text() == ADMIN_PASSWORD
    window.demo_list.itemDoubleClicked.emit(item)
    assert window.username.text() == ADMIN
    assert window.password.text() == ADMIN_PASSWORD
    window.password.clear()
    qtbot.keyClicks(window.password, "A")  # upper case without Shift: Caps Lock is on
    assert window.caps.isVisibleTo(window)
    qtbot.keyClicks(window.password, "a")
    assert not window.caps.isVisibleTo(window)
    plain = _login_window(qtbot, vault_dir)
    assert plain.demo_box is None  # never without --demo-accounts


def test_demo_account_roles_are_shown_in_the_chosen_language(
    qtbot, admin: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Seen under Xvfb (soak9): in Polish the demo table said "officer", "auditor"."""
    from radprev_desktop.core.demo import create_demo_accounts
    from radprev_desktop.gui import i18n

    create_demo_accounts(admin)
    monkeypatch.setenv("RADPREV_DEMO_ACCOUNTS", f"{ADMIN}:{ADMIN_PASSWORD}:administrator")
    i18n.install_language("pl")
    try:
        window = _login_window(qtbot, vault_dir, show_demo_accounts=True)
        roles = {
            window.demo_list.item(row, 0).text(): window.demo_list.item(row, 2).text()
            for row in range(window.demo_list.rowCount())
        }
    finally:
        i18n.install_language("en")
    assert roles["demo.officer"] == "funkcjonariusz"
    assert roles["demo.auditor"] == "audytor"
    assert roles["demo.supervisor"] == "przełożony"
    assert roles[ADMIN] == roles["demo.admin"] == "administrator"  # the same word in Polish


def test_language_choice_is_stored_per_workstation(qtbot, admin: Session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from radprev_desktop.gui import i18n

    app, login = started_login(qtbot, vault_dir)
    login.language.setCurrentIndex(login.language.findData("pl"))
    assert i18n.stored_language() == "pl"
    assert i18n.current_language() == "pl"
    new_login = app.login
    assert isinstance(new_login, LoginWindow) and new_login is not login
    qtbot.addWidget(new_login)
    assert new_login.login_button.text() == "&Zaloguj"


def test_a_long_message_is_shown_whole(qtbot, admin: Session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Seen in the bundle (Polish, 1024×768): the four-line "the database is damaged …
    restore it from a backup" message squeezed the fields and lost its last line, because
    the window kept the size it was shown with."""
    admin.close()
    db = vault_dir / "vault.db"
    with open(db, "r+b") as fh:
        fh.truncate(db.stat().st_size - 100)
    window = _login_window(qtbot, vault_dir)
    _type_and_press(qtbot, window, ADMIN, ADMIN_PASSWORD)
    assert "damaged" in window.message.text()
    qtbot.wait(50)
    message = window.message
    assert message.height() >= message.heightForWidth(message.width()), (
        message.height(),
        message.heightForWidth(message.width()),
    )
    fields = [window.username, window.password, window.language]
    assert fields
    for field in fields:
        assert field.height() >= field.minimumSizeHint().height(), field.objectName()
