"""Search page: where a hit was recorded, and a long refusal that wraps.

A central office's results name the establishment of each hit (an analyst could
not tell which prison a hit came from: session 10's walk); a workstation's vault
holds its own prison's records, so the column is hidden there
(tests/gui/test_central_store_search.py drives the central side on PostgreSQL).
A long error line under the results made the page scroll sideways at 150 %:
it wraps now, so the page needs no more width than before the error.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import search_index, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.models.records import SEARCH_ESTABLISHMENT_COLUMN
from radprev_desktop.gui.pages.search import SearchPage
from tests.gui.page_on_screen import shown_page
from tests.gui.test_search import observe


@pytest.fixture
def officer(make_session: Callable[..., Session]) -> Session:
    return make_session(Role.OFFICER, username="olga", units=["A"])


def _page(qtbot, session: Session) -> SearchPage:  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, SearchPage, session, (683, 467))
    return page


def test_workstation_hides_the_establishment_column(qtbot, officer: Session) -> None:  # type: ignore[no-untyped-def]
    person = subjects.create_subject(
        officer, prison_number="PL-100", family_name="Nowak", given_names="Jan", unit="A"
    )
    observe(officer, person.id, "Talked about the chapel rota.")
    officer.justification = ("review", "")
    page = _page(qtbot, officer)
    page.query.setText("chapel")
    page.run_search()
    assert page.model.rowCount() == 1
    header = page.model.headerData(SEARCH_ESTABLISHMENT_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Establishment"
    hit = page.model.row_at(0)
    assert hit is not None
    assert hit.establishment_code == officer.establishment_code != ""
    assert page.view.isColumnHidden(SEARCH_ESTABLISHMENT_COLUMN)


def test_a_long_refusal_wraps_instead_of_widening_the_page(  # type: ignore[no-untyped-def]
    qtbot, officer: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer.justification = ("review", "")
    page = _page(qtbot, officer)
    QApplication.processEvents()
    before = page.minimumSizeHint().width()
    long_line = "This search cannot be run as typed; " * 12

    def refuse(_text: str) -> str:
        raise ValidationError(long_line.strip(), field="query")

    monkeypatch.setattr(search_index, "match_query", refuse)
    page.query.setText("anything")
    page.run_search()
    QApplication.processEvents()
    assert page.count.text() == long_line.strip()
    assert page.count.wordWrap()
    assert page.minimumSizeHint().width() <= before
    assert page.count.width() <= page.width()
