"""The Prisoners page's Find box at 150 % on a 1024×768 screen (683 logical pixels across).

Walked under Xvfb (sessions 12 and 13, mk and sr-Cyrl): the Unit filter (never narrower than
"All units" since session 12) and the two buttons kept their widths and the Find box got about
80 pixels: "isha" of "Berisha". It now takes a row of its own when the row is too narrow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from radprev_desktop.core.model import Role
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.pages.subjects import SubjectsPage
from tests.gui.page_on_screen import shown_page


@pytest.fixture(params=["mk", "sr_Cyrl", "pl", "sq", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.remove_translations()


@pytest.mark.parametrize("width", [683, 1000])
def test_the_find_box_shows_its_hint_whole(  # type: ignore[no-untyped-def]
    qtbot, make_session: Callable[..., Session], language: str, width: int
) -> None:
    officer = make_session(Role.OFFICER, username="olga", units=["A"])
    officer.justification = ("review", "")
    page = shown_page(qtbot, SubjectsPage, officer, (width, 467))
    for _ in range(3):  # the units are read after the page is shown: their width settles
        QApplication.processEvents()
    box = page.filter
    hint = box.fontMetrics().horizontalAdvance(box.placeholderText())
    assert box.width() >= hint, (language, box.width(), hint)
    assert page.minimumSizeHint().width() <= width  # never sideways
    parts: list[QWidget] = [box, page.unit, page.add_button, page.open_button]
    assert all(p.isVisible() for p in parts)
    assert len(parts) == 4
    places = [p.geometry().translated(p.parentWidget().mapTo(page, p.pos() * 0)) for p in parts]
    outside = [p.objectName() for p, at in zip(parts, places, strict=True) if at.right() >= width]
    overlapping = [
        (one, other)
        for i, one in enumerate(places)
        for other in places[i + 1 :]
        if one.intersects(other)
    ]
    assert outside == [] and overlapping == [], (language, outside, overlapping)
