"""What a login or an unlock must tell the user, and an unlock after a password reset.

- An administrator's login that finishes an interrupted removal, and any login
  that finds the audit log cut short or its anchor file vault.anchor gone, show a
  plain notice (English and Polish).
- The administrator reset a user's password while that user's window was
  locked: unlocking with the temporary password asks for a new one first
  (as the login window does), and the window then works; refusing keeps it locked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from radprev_desktop.core.errors import WrongPassword
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_changes, observations, subjects, users
from radprev_desktop.core.services import vault_access as vault_access_service
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.change_password import ChangePasswordDialog
from radprev_desktop.gui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD
from tests.gui.login_start import started_login
from tests.security.test_audit_anchor import drop_guards, fill

TEMPORARY = "temporary-pass-2026"
OWN = "olga-own-password-9"


def _log_in_through_the_window(qtbot, vault_dir: Path, user: str, password: str) -> MainWindow:  # type: ignore[no-untyped-def]
    app, login = started_login(qtbot, vault_dir)
    shown: list[MainWindow] = []
    app.main_window_shown.connect(shown.append)
    qtbot.keyClicks(login.username, user)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert shown, login.message.text()
    window = shown[0]
    qtbot.addWidget(window)
    return window


def _interrupt_a_removal(
    admin: Session, make_session: Callable[..., Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_session(Role.OFFICER, username="olga").close()

    def power_cut(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the process dies after the intent was committed

    monkeypatch.setattr(access_changes, "_rekey", power_cut)
    with pytest.raises(KeyboardInterrupt):
        vault_access_service.remove_user(admin, "olga")
    monkeypatch.undo()
    admin.close()


def test_an_administrator_login_that_finishes_a_removal_says_so(
    english, qtbot, admin: Session, make_session, vault_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _interrupt_a_removal(admin, make_session, monkeypatch)
    window = _log_in_through_the_window(qtbot, vault_dir, ADMIN, ADMIN_PASSWORD)
    assert window.notice_row.isVisible()
    text = window.notice.text()
    assert "The removal of the account olga, interrupted earlier, has now been finished" in text
    assert users.get_user(window.ctx.session, "olga").removed
    window._end_session("logout")


def test_a_cut_audit_log_is_shown_at_login_in_polish(
    qtbot, admin: Session, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    fill(admin)
    drop_guards(admin)
    admin.con.execute("DELETE FROM audit WHERE seq > (SELECT MAX(seq) - 3 FROM audit)")
    admin.discard()  # the insider leaves without a logout entry
    i18n.install_language("pl")
    try:
        window = _log_in_through_the_window(qtbot, vault_dir, ADMIN, ADMIN_PASSWORD)
        assert window.notice_row.isVisible()
        text = window.notice.text()
        assert "dziennika audytu" in text and "brakuje" in text, text
        assert "3" in text
        window._end_session("logout")
    finally:
        i18n.install_language("en")


def test_a_deleted_anchor_file_is_shown_at_login_in_polish(
    qtbot, admin: Session, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    fill(admin)
    admin.close()
    (vault_dir / "vault.anchor").unlink()
    i18n.install_language("pl")
    try:
        window = _log_in_through_the_window(qtbot, vault_dir, ADMIN, ADMIN_PASSWORD)
        assert window.notice_row.isVisible()
        text = window.notice.text()
        assert "plik vault.anchor" in text and "powiadom administratora" in text, text
        window._end_session("logout")
    finally:
        i18n.install_language("en")


def test_an_unlock_that_finds_the_log_cut_says_so(
    english, qtbot, open_window, admin: Session, make_session, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    olga = make_session(Role.OFFICER, username="olga")
    window = open_window(olga)
    window.lock()
    fill(admin)
    drop_guards(admin)
    admin.con.execute("DELETE FROM audit WHERE seq > (SELECT MAX(seq) - 2 FROM audit)")
    admin.discard()
    window.unlock(PASSWORD)
    assert not window.locked
    assert window.notice_row.isVisible()
    assert "entries at the end of the audit log are missing" in window.notice.text()


def _answer_forced_change(qtbot, password: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    """When the forced password dialog opens: type `password` twice and OK (None: Cancel)."""
    seen: list[str] = []

    def answer(left: int = 300) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChangePasswordDialog):
            if left:
                QTimer.singleShot(10, lambda: answer(left - 1))
            return
        seen.append(dialog.intro.text())
        if password is None:
            dialog.reject()
            return
        qtbot.keyClicks(dialog.pair.first, password)
        qtbot.keyClicks(dialog.pair.second, password)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), dialog.message.text()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def test_unlock_after_an_administrator_reset_the_password(
    english, qtbot, open_window, admin: Session, make_session, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    olga = make_session(Role.OFFICER, username="olga")
    prisoner = subjects.create_subject(
        olga, prison_number="PN-3030", family_name="Nowak", given_names="Ewa", unit="A"
    )
    window = open_window(olga)
    assert window.show_page("dashboard")
    window.lock()
    users.set_password_for(admin, "olga", TEMPORARY)  # olga forgot hers; the window is locked

    window.unlock(PASSWORD)  # the old password no longer opens anything
    assert window.locked and window.lock_screen.message.text()

    refused = _answer_forced_change(qtbot, None)
    window.unlock(TEMPORARY)
    assert refused and "set by the administrator" in refused[0]
    assert window.locked and window.ctx.session is None
    assert "choose a new password" in window.lock_screen.message.text()

    seen = _answer_forced_change(qtbot, OWN)
    window.unlock(TEMPORARY)
    assert seen
    assert not window.locked
    session = window.ctx.session
    assert session is not None and not session.password_change_pending
    # The window works: every page of the officer refreshes without an error notice.
    assert window.nav_keys, "nothing to check"
    for key in window.nav_keys:
        assert window.show_page(key), key
        assert not window.notice_row.isVisible(), (key, window.notice.text())
    observations.create_draft(
        session,
        observations.ObservationInput(
            subject_id=prisoner.id,
            facts="Asked for a pen",
            assessment="Usually calm on the wing.",
            other_explanations_none=True,
        ),
    )
    window.lock()
    with pytest.raises(WrongPassword):
        VaultAccess(vault_dir).login("olga", TEMPORARY)
    window.unlock(OWN)  # her own password from now on, no question
    assert not window.locked
