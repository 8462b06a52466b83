"""Window titles name the application once.

Seen under Xvfb (soak9): the login window's title bar read "radprev — log in — radprev".
On X11, Wayland and Windows Qt adds " — <application display name>" to a title unless
it already ends with it (QPlatformWindow::formatWindowTitle); `shown` below is that
rule. The test platform (offscreen) shows titles as set, so the rule is applied here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.dpo_dialog import DpoDialog
from radprev_desktop.gui.guide import GuideWindow
from radprev_desktop.gui.login import LoginWindow
from radprev_desktop.gui.setup_wizard import SetupWizard
from tests.conftest import FAST_KDF


@pytest.fixture(params=["en", "pl", "mk"])
def named_app(request: pytest.FixtureRequest) -> Iterator[str]:
    """The display name the application sets (radprev's main does the same)."""
    before = QApplication.applicationDisplayName()
    i18n.install_language(request.param)
    QApplication.setApplicationDisplayName("radprev")
    yield request.param
    i18n.remove_translations()
    QApplication.setApplicationDisplayName(before)


def shown(widget: QWidget) -> str:
    """The title bar's text: Qt's rule on X11, Wayland and Windows."""
    title = widget.windowTitle()
    name = QApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} — {name}"


def test_every_window_names_the_application_once(  # type: ignore[no-untyped-def]
    qtbot, open_window, admin: Session, tmp_path: Path, named_app: str
) -> None:
    ctx = AppContext()
    ctx.session = admin
    windows: dict[str, QWidget] = {
        "login": LoginWindow(VaultAccess(admin.folder)),
        "setup wizard": SetupWizard(tmp_path / "new", kdf=FAST_KDF),
        "guide": GuideWindow(),
        "data-protection questions": DpoDialog(ctx),
    }
    for widget in windows.values():
        qtbot.addWidget(widget)
    windows["main window"] = open_window(admin)
    assert windows
    twice = {}
    for where, widget in windows.items():
        title = shown(widget)
        assert title.strip(" —")
        once = title.count("radprev") == 1 and title.endswith(" — radprev")
        if not once or not title[0].isupper():
            twice[where] = title
    assert twice == {}, (named_app, twice)
    assert admin.establishment_code in shown(windows["main window"])
