"""The Reports page at 1024×768 with 150 % scaling (683×467 logical pixels for the window),
at a central office: form and preview did not fit side by side in any language, so the
page area scrolled sideways and the preview's buttons and first line were cut off at the
right (seen in the bundle, Polish, session 7). They are stacked there now; on a wide
window they stay side by side."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from radprev_desktop.core.model import Mode, Role
from radprev_desktop.gui import i18n
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.reports import ReportsPage
from tests.conftest import create_vault
from tests.factories import add_account, login

NARROW = (683, 467)  # 1024×768 at 150 %, less a taskbar


@pytest.fixture(params=["pl", "sr_Cyrl", "en"])
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
