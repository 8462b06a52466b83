"""The login window is centred on the screen, after *Switch user* too.

Seen under Xvfb with openbox (soak9, 1024×768): the first login window was centred,
the one after *Switch user* was placed partly off the screen (564,275 + 460×508 on
768 px). The application now places it itself, centred on the screen that holds the
window it replaces (or the primary screen), so the window manager has no say.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from radprev_desktop.core.session import Session
from radprev_desktop.gui.login import LoginWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.gui.login_start import logged_in, started_login


def _centred(window: QWidget) -> None:
    QApplication.processEvents()
    screen = window.screen()
    assert screen is not None
    free: QRect = screen.availableGeometry()
    box = window.geometry()
    assert free.contains(box), (box, free)
    off = box.center() - free.center()
    # Centred, give or take the title bar the window manager adds above it.
    assert abs(off.x()) <= 2 and abs(off.y()) <= 40, (box, free)


def test_the_login_window_is_centred_after_switch_user(  # type: ignore[no-untyped-def]
    qtbot, admin: Session, vault_dir: Path
) -> None:
    admin.close()
    app, login = started_login(qtbot, vault_dir)
    _centred(login)
    window = logged_in(qtbot, app, login, ADMIN, ADMIN_PASSWORD)
    window.move(QPoint(300, 250))  # wherever the user left it
    window.switch_user()  # File → Switch user (nothing unsaved: no question)
    again = app.login
    assert isinstance(again, LoginWindow) and again is not login
    qtbot.addWidget(again)
    assert again.isVisible()
    _centred(again)
    assert again.screen() is window.screen()


def test_the_login_window_grown_by_a_long_message_is_centred_again(  # type: ignore[no-untyped-def]
    qtbot, admin: Session, vault_dir: Path
) -> None:
    """fixb9 (session 9): centred when shown, it was not centred again when a long message
    (here the four-line "the database is damaged") made it grow."""
    admin.close()
    db = vault_dir / "vault.db"
    with open(db, "r+b") as fh:
        fh.truncate(db.stat().st_size - 100)
    _app, login = started_login(qtbot, vault_dir)
    _centred(login)
    before = login.geometry()
    login.username.setText(ADMIN)
    login.password.setText(ADMIN_PASSWORD)
    login.login_button.click()
    assert "damaged" in login.message.text()
    QApplication.processEvents()
    grown = login.geometry()
    assert grown.height() >= before.height() + 10, (before, grown)  # it grew …
    _centred(login)  # … and is centred again: the same centre, not the same top
    assert abs(grown.center().y() - before.center().y()) <= 2, (before, grown)
