"""The Prisoners list at 150 % on a 1024×768 screen (683 logical pixels across).

Session 10's walk saw the Name column squeezed there: the five short columns kept
their default widths and the name got what was left. The short columns now take
their contents' width and the name the rest; a name longer than its cell is
elided and its tooltip gives it whole. Session 13 (Macedonian): the short columns' headings
("Набљудувања" over counts) still left the name about 50 px ("B…"); narrow, the short columns
take their values' width and a cut heading's tooltip gives it whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.pages.subjects import SubjectsPage
from tests.gui.page_on_screen import shown_page

NAME = 1
LONG_FAMILY = "Wróblewska-Kowalczyk-Szczepańska-Dąbrowska"


@pytest.fixture(params=["en", "mk", "sr_Cyrl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.remove_translations()


@pytest.fixture
def officer(make_session: Callable[..., Session]) -> Session:
    return make_session(Role.OFFICER, username="olga", units=["A"])


def test_the_name_takes_the_spare_width_and_elides_with_a_tooltip(  # type: ignore[no-untyped-def]
    qtbot, officer: Session, language: str
) -> None:
    subjects.create_subject(
        officer, prison_number="PL-1", family_name="Nowak", given_names="Jan", unit="A"
    )
    subjects.create_subject(
        officer,
        prison_number="PL-2",
        family_name=LONG_FAMILY,
        given_names="Łucja Małgorzata",
        unit="A",
    )
    officer.justification = ("review", "")
    page = shown_page(qtbot, SubjectsPage, officer, (683, 467))
    QApplication.processEvents()
    assert page.model.rowCount() == 2
    header = page.view.horizontalHeader()
    room = page.view.viewport().width()
    others = [header.sectionSize(c) for c in range(page.model.columnCount()) if c != NAME]
    assert len(others) == 5
    # The name column is the widest and has at least a third of the list's width.
    assert header.sectionSize(NAME) > max(others), (language, header.sectionSize(NAME), others)
    assert header.sectionSize(NAME) * 3 >= room, language
    heading = page.model.headerData(5, Qt.Orientation.Horizontal)
    assert (
        page.model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == heading
    )
    # Nothing scrolls sideways: the columns share the width.
    assert header.length() <= room
    long_row = next(
        r for r in range(page.model.rowCount()) if LONG_FAMILY in page.model.index(r, NAME).data()
    )
    cell = page.model.index(long_row, NAME)
    full = cell.data()
    assert page.view.fontMetrics().horizontalAdvance(full) > header.sectionSize(NAME)
    assert page.view.textElideMode() == Qt.TextElideMode.ElideRight
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == full
