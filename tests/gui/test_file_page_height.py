"""A prisoner's file at 1024×768 with 150 % scaling (683×467): its parts are never drawn
over each other; the page scrolls down instead.

Walked under Xvfb (sessions 12 and 13, sr-Cyrl, sq, mk, pl): the identity box ran under the
row of buttons and its last line ('Ваш разлог приступа: … — check') was cut. The page area
gave the page its plain minimum height, which counts each wrapped row of words or buttons as
one line; wrapped at 683 pixels the file needs more than the window has.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from tests.gui.screen_fit import NARROW, SCREENS, officer_with_a_file


@pytest.fixture(params=["pl", "sr_Cyrl", "sq", "mk"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.remove_translations()


def _overlaps(detail: SubjectDetailPage) -> list[str]:
    """The file's parts (title, identity, buttons, tabs) that are cut or overlap the next."""
    layout = detail.file_view.layout()
    assert layout is not None
    parts: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None and widget.isVisible():
            parts.append(widget)
    assert len(parts) >= 4
    found = []
    for part in parts:
        need = part.heightForWidth(part.width()) if part.hasHeightForWidth() else -1
        need = max(need, part.minimumSizeHint().height())
        if part.height() < need:
            found.append(f"{part.objectName() or type(part).__name__}: {part.height()} < {need}")
    for upper, lower in pairwise(parts):
        if upper.geometry().bottom() >= lower.geometry().top():
            found.append(f"{type(upper).__name__} runs under {type(lower).__name__}")
    return found


def test_the_file_scrolls_down_instead_of_drawing_over_itself(  # type: ignore[no-untyped-def]
    qtbot, open_window, make_session: Callable[..., Session], language: str
) -> None:
    olga, file_id = officer_with_a_file(make_session)
    window = open_window(olga)
    window.resize(NARROW)
    assert window.open_subject(file_id)
    QApplication.processEvents()
    detail = window.pages["subject_detail"]
    assert isinstance(detail, SubjectDetailPage)
    assert _overlaps(detail) == [], language
    area = window.page_area
    assert area.verticalScrollBar().maximum() > 0  # taller than the window: it scrolls
    assert area.horizontalScrollBar().maximum() == 0  # never sideways


def test_a_window_big_enough_shows_the_file_without_scroll_bars(  # type: ignore[no-untyped-def]
    qtbot, open_window, make_session: Callable[..., Session], language: str
) -> None:
    """The page's height follows its least height, not Qt's preferred one (that showed
    scroll bars on a window big enough: the tallest page's preferred height)."""
    olga, file_id = officer_with_a_file(make_session)
    window = open_window(olga)
    window.resize(SCREENS["1024x768 at 100 %"])
    assert window.open_subject(file_id)
    QApplication.processEvents()
    detail = window.pages["subject_detail"]
    assert isinstance(detail, SubjectDetailPage)
    assert _overlaps(detail) == [], language
    area = window.page_area
    assert area.verticalScrollBar().maximum() == 0
    assert area.horizontalScrollBar().maximum() == 0
