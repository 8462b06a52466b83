"""Administration at 1024×768: each section may scroll down, never sideways.

Seen under Xvfb (soak9, Serbian Cyrillic, a 1024×768 screen): the Settings section
scrolled sideways; the grading scheme's and the audit search words' choices were cut
off at the right. The page-fit walk (tests/gui/screen_fit.py) measures the page, not
the scroll area each section sits in.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.admin import AdminPage

#: The main window a window manager gives on a 1024×768 screen (seen: 1000×715).
WINDOW = (1000, 715)


@pytest.fixture(params=["sr_Cyrl", "pl", "mk", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


def test_no_administration_section_scrolls_sideways(  # type: ignore[no-untyped-def]
    qtbot, open_window, admin: Session, language: str
) -> None:
    window: MainWindow = open_window(admin)
    window.resize(*WINDOW)
    assert window.show_page("admin")
    page = window.pages["admin"]
    assert isinstance(page, AdminPage)
    sections = page.tabs.count()
    assert sections > 0
    wide = []
    for index in range(sections):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        area = page.tabs.widget(index)
        assert isinstance(area, QScrollArea)
        need = area.widget().minimumSizeHint().width()
        room = area.viewport().width()
        if need > room or area.horizontalScrollBar().maximum() > 0:
            wide.append((page.tabs.tabText(index), need, room))
    assert not wide, (language, wide)
