"""The central office's pages at 1024×768 with 150 % scaling (683×467 logical pixels for
the window). The Reports page's form and preview did not fit side by side in any language
but English, so the page area scrolled sideways and the preview's buttons and first line
were cut off at the right (seen in the bundle, Polish, session 7); they are stacked there
now and side by side on a wide window. Search and Sync scrolled sideways as well (the
filters' combo boxes; the buttons above the one-person files). A page may scroll down
there, never sideways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from radprev_desktop.core.model import Mode, Role
from radprev_desktop.gui import i18n
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.reports import ReportsPage
from radprev_desktop.gui.wrapping_tabs import WrappingTabs
from tests.conftest import create_vault
from tests.factories import add_account, login

NARROW = (683, 467)  # 1024×768 at 150 %, less a taskbar
#: Opened from a prisoner's file (an analyst at the office opens files from lists).
PAGES_OF_A_FILE = ("subject_detail", "observation_editor", "checklist_runner")


@pytest.fixture(params=["pl", "sr_Cyrl", "mk", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.remove_translations()


def test_reports_page_fits_a_narrow_window(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path: Path, language: str
) -> None:
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CO")
    add_account(central, "ana", Role.ANALYST, units=[])
    central.close()
    window: MainWindow = open_window(login(tmp_path / "central", "ana"))
    window.resize(*NARROW)
    assert window.show_page("reports")
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    kinds = page.kind.count()
    assert kinds > 0
    for index in range(kinds):
        page.kind.setCurrentIndex(index)
        qtbot.wait(20)
        room = window.page_area.viewport().width()
        need = page.minimumSizeHint().width()
        assert need <= room, (page.kind.currentText(), need, room)
        beside = page.splitter.side_by_side_width() <= page.splitter.room()
        assert (page.splitter.orientation() == Qt.Orientation.Horizontal) == beside
        assert page.preview.width() >= page.preview.minimumSizeHint().width()
    window.resize(1280, 900)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal)
    assert page.minimumSizeHint().width() <= window.page_area.viewport().width()


def test_no_central_page_scrolls_sideways(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path: Path, language: str
) -> None:
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CO")
    add_account(central, "ana", Role.ANALYST, units=[])
    too_wide: list[str] = []
    checked = 0
    for session in (central, login(tmp_path / "central", "ana")):
        window: MainWindow = open_window(session)
        window.resize(*NARROW)
        keys = [k for k in window.pages if k not in PAGES_OF_A_FILE]
        assert keys
        for key in keys:
            if not window.show_page(key):
                continue
            qtbot.wait(20)
            page = window.page_stack.currentWidget()
            room = window.page_area.viewport().width()
            need = page.minimumSizeHint().expandedTo(page.minimumSize()).width()
            checked += 1
            if need > room:
                too_wide.append(f"{session.user.username}: {key} needs {need}, has {room}")
    assert checked >= 6
    assert too_wide == []


def test_the_sync_page_fits_a_low_window(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path: Path, language: str
) -> None:
    """The central Sync page needed 437 px of 404 at 683×467 (the "One person, two files"
    tab alone 240): the whole page scrolled down and the report of the last import left
    the screen. Now the taller tabs scroll inside themselves; the page does not."""
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CO")
    add_account(central, "ana", Role.ANALYST, units=[])
    sessions = (central, login(tmp_path / "central", "ana"))
    assert sessions
    for session in sessions:
        window: MainWindow = open_window(session)
        window.resize(*NARROW)
        assert window.show_page("sync")
        page = window.pages["sync"]
        tabs = page.central_view.tabs
        assert tabs.count() > 0
        for index in range(tabs.count()):
            if not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            qtbot.wait(20)
            bar = window.page_area.verticalScrollBar()
            assert bar.maximum() == 0, (session.user.username, tabs.tabText(index))
            need = page.minimumSizeHint().height()
            assert need <= window.page_area.viewport().height(), tabs.tabText(index)
            assert (
                page.report.isVisible() and page.report.visibleRegion().boundingRect().height() > 0
            )


def titles_shown_whole(tabs: QTabWidget, room: QWidget) -> list[str]:
    """The visible tabs' titles that can be read and clicked without scrolling: a plain
    QTabBar hides what does not fit behind its scroll arrows; WrappingTabs' buttons must
    each be whole, inside their row, and the row inside `room`."""
    visible = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
    bar = tabs.tabBar()
    if bar.isVisible():
        fits = bar.sizeHint().width() <= bar.width()
        return [tabs.tabText(i) for i in visible if fits]
    assert isinstance(tabs, WrappingTabs)
    row = tabs.title_row
    right = row.mapTo(room, row.rect().topRight()).x()
    shown = []
    for index in visible:
        button = tabs.title_button(index)
        box = button.geometry()
        whole = button.width() >= button.sizeHint().width() and box.right() < row.width()
        if button.isVisible() and whole and right < room.width():
            shown.append(button.text())
    return shown


def test_every_sync_tab_title_is_shown_whole(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path: Path, language: str
) -> None:
    """At 1024×768 with 150 % the central Sync page's tab bar showed scroll arrows and its
    last titles (Transfers, One person, two files) were reached only through them (ux9).
    The titles wrap onto a second row now; each opens its tab when clicked."""
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CO")
    add_account(central, "ana", Role.ANALYST, units=[])
    sessions = (central, login(tmp_path / "central", "ana"))
    assert sessions
    for session in sessions:
        window: MainWindow = open_window(session)
        window.resize(*NARROW)
        assert window.show_page("sync")
        qtbot.wait(50)
        tabs = window.pages["sync"].central_view.tabs
        visible = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
        assert visible and len(visible) >= 5
        shown = titles_shown_whole(tabs, window.page_area.viewport())
        assert shown == [tabs.tabText(i) for i in visible], (session.user.username, shown)
        backwards = visible[::-1]  # the last titles were the ones behind the arrows
        assert backwards
        for index in backwards:
            qtbot.mouseClick(tabs.title_button(index), Qt.MouseButton.LeftButton)
            assert tabs.currentIndex() == index
            assert tabs.title_button(index).isChecked()
