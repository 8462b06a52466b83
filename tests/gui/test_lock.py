"""Auto-lock and Ctrl+L: pages hold no vault data, the session is closed, unlock or switch user."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QTableView, QTableWidget

from radprev_desktop.core import audit
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import observations, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.clipboard import SecureClipboard
from radprev_desktop.gui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD
from tests.gui.login_start import started_login


def _no_vault_data(window: MainWindow, secrets: list[str]) -> None:
    """No table holds a row and no line edit or label shows any of `secrets`."""
    for page in window.pages.values():
        for table in page.findChildren(QTableWidget):
            assert table.rowCount() == 0, (page.objectName(), table.accessibleName())
        for view in page.findChildren(QTableView):
            model = view.model()
            if model is not None:
                assert model.rowCount() == 0, (page.objectName(), view.objectName())
        for edit in page.findChildren(QLineEdit):
            for secret in secrets:
                assert secret not in edit.text(), (page.objectName(), edit.objectName())


def _login_as(window: MainWindow) -> str:
    return window.username


def test_ctrl_l_locks_clears_pages_and_unlocks(
    qtbot, make_session: Callable[..., Session], open_window, admin: Session
) -> None:  # type: ignore[no-untyped-def]
    officer = make_session(Role.OFFICER, Role.SUPERVISOR, username="olga")
    subject = subjects.create_subject(
        officer, prison_number="PN-4711", family_name="Kowalczyk", given_names="Jan", unit="A"
    )
    observations.create_draft(
        officer,
        observations.ObservationInput(
            subject_id=subject.id,
            facts="Was reading a leaflet aloud",
            assessment="Usually calm on the wing.",
            other_explanations_none=True,
        ),
    )
    officer.justification = ("review", "")  # names on the dashboard after the reason
    window = open_window(officer)
    dashboard = window.pages["dashboard"]
    assert dashboard.drafts.table.rowCount() == 1
    assert "Kowalczyk" in dashboard.drafts.table.item(0, 1).text()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert not officer.is_open
    assert window.ctx.session is None
    assert window.outer.currentWidget() is window.lock_screen
    _no_vault_data(window, ["Kowalczyk", "PN-4711", "leaflet"])
    assert not window.new_observation_action.isEnabled()
    # Wrong password: stays locked with a message.
    qtbot.keyClicks(window.lock_screen.password, "not-my-password")
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert window.locked
    assert "not right" in window.lock_screen.message.text()
    qtbot.keyClicks(window.lock_screen.password, PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert not window.locked
    assert window.ctx.session is not None and window.ctx.session.is_open
    assert window.ctx.session.user.username == "olga"
    assert window.lock_screen.password.text() == ""
    window.show_page("dashboard")
    assert dashboard.drafts.table.rowCount() == 1
    actions = [e.action for e in audit.read_entries(admin.con, user="olga")]
    assert "lock" in actions
    # The dashboard shown again after the unlock is a consultation logged after the login.
    assert [a for a in actions if a != "dashboard_viewed"][-1] == "login"


def test_idle_timeout_locks(qtbot, open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    window = open_window(admin)
    admin_page = window.pages["admin"]
    window.show_page("admin")
    assert admin_page.users_tab.table.rowCount() == 1
    window.idle.set_minutes(1 / 60)  # one second
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert not admin.is_open
    assert admin_page.users_tab.table.rowCount() == 0
    _no_vault_data(window, [ADMIN_PASSWORD])
    assert window.lock_status.text() == "Locked"


def test_activity_postpones_the_lock(qtbot, open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    window = open_window(admin)
    window.idle.set_minutes(1.5 / 60)
    for _ in range(4):
        qtbot.wait(500)
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert not window.locked  # 2 s of activity with a 1.5 s timeout
    qtbot.waitUntil(lambda: window.locked, timeout=5000)


def test_switch_user_from_lock_screen(qtbot, open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    window = open_window(admin)
    window.lock()
    with qtbot.waitSignal(window.switch_user_requested, timeout=2000):
        qtbot.mouseClick(window.lock_screen.switch_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_unlock_needs_the_same_user(qtbot, make_session, open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    make_session(Role.OFFICER, username="olga")
    window = open_window(admin)
    window.lock()
    # Olga's password does not unlock the administrator's locked window.
    window.unlock(PASSWORD)
    assert window.locked
    window.unlock(ADMIN_PASSWORD)
    assert not window.locked
    assert window.ctx.session.user.username == ADMIN


def test_clipboard_cleared_only_if_still_ours(qtbot) -> None:  # type: ignore[no-untyped-def]
    clip = QGuiApplication.clipboard()
    helper = SecureClipboard(clear_seconds=1)
    helper.copy("PN-4711")
    assert clip.text() == "PN-4711"
    assert clip.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    qtbot.waitUntil(lambda: clip.text() == "", timeout=3000)
    helper.copy("PN-4712")
    clip.setText("something the user copied")
    qtbot.wait(1300)
    assert clip.text() == "something the user copied"
    helper.copy("PN-4713")
    helper.clear_if_ours()  # as on quit
    assert clip.text() == ""


def test_switch_user_goes_back_to_login_and_quit_asks_about_unsaved(
    qtbot, admin: Session, vault_dir, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from radprev_desktop.gui.login import LoginWindow

    app, login = started_login(qtbot, vault_dir)
    qtbot.keyClicks(login.username, ADMIN)
    qtbot.keyClicks(login.password, ADMIN_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    window = app.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    session = window.ctx.session
    # A page with unsaved changes: closing asks first; "Cancel" keeps the window open.
    dashboard = window.pages["dashboard"]
    dashboard.has_unsaved_changes = lambda: True  # type: ignore[method-assign]
    dashboard.save_draft = lambda: False  # type: ignore[method-assign]  # cannot be kept
    asked: list[str] = []

    def answer(button):  # type: ignore[no-untyped-def]
        def question(*args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(args[1])
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    window.close()
    assert asked and window.isVisible() and session.is_open
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    window.switch_user()
    assert not session.is_open
    assert isinstance(app.login, LoginWindow) and app.login.isVisible()
    qtbot.addWidget(app.login)
    assert not window.isVisible()
