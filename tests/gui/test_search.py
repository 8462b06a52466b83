"""Search page: query and filters, lazy results, Enter opens the prisoner's file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from radprev_desktop.core.model import IndicatorEvidence, Role, SourceType, Urgency
from radprev_desktop.core.services import observations, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.pages.search import SearchPage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from tests.gui.modal import respond_to_modal


@pytest.fixture
def officer(make_session: Callable[..., Session]) -> Session:
    """Olga works in units A and B here (access by unit: she sees both units' prisoners)."""
    return make_session(Role.OFFICER, username="olga", units=["A", "B"])


def observe(
    session: Session,
    subject_id: str,
    facts: str,
    *,
    urgency: Urgency = Urgency.ROUTINE,
    when: str | None = None,
    indicators: tuple[IndicatorEvidence, ...] = (),
) -> str:
    data = observations.ObservationInput(
        subject_id=subject_id,
        facts=facts,
        event_start=when,
        source_type=SourceType.OWN_OBSERVATION,
        urgency=urgency,
        indicators=indicators,
        assessment="Usually calm on the wing.",
        other_explanations_none=True,
    )
    return observations.record(session, data, submit_now=True).id


def test_search_finds_and_opens(qtbot, officer: Session) -> None:  # type: ignore[no-untyped-def]
    a = subjects.create_subject(
        officer, prison_number="RS-1", family_name="Đorđević", given_names="Nikola", unit="A"
    ).id
    b = subjects.create_subject(
        officer, prison_number="PL-2", family_name="Wróbel", given_names="Łukasz", unit="B"
    ).id
    old = (date.today() - timedelta(days=200)).isoformat()
    for i in range(220):
        observe(officer, b, f"Routine count on the landing number {i}")
    observe(officer, a, "Drew a symbol on the cell door and refused to remove it", when=old)
    observe(
        officer,
        a,
        "Threatened staff with a sharpened spoon",
        urgency=Urgency.IMMEDIATE,
        indicators=(IndicatorEvidence("A4.2", "Held up a sharpened spoon at the officer"),),
    )
    observe(officer, b, "Shouted at the kitchen staff about the spoon shortage")

    ctx = AppContext()
    ctx.session = officer
    page = SearchPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.refresh()
    page.focus_search()
    qtbot.keyClicks(page.query, "spoon")
    # Results name prisoners: the reason for access is asked first (cancelled: nothing shown).
    respond_to_modal(Qt.Key.Key_Escape)
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    assert "reason for access" in page.count.text()
    respond_to_modal(reason="review")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert officer.justification is not None
    assert page.model.rowCount() == 2
    assert page.count.text().startswith("2 observation")
    _filters_narrow_the_results(qtbot, page, a)
    _enter_opens_the_file_and_clear_empties(qtbot, ctx, page, officer, a)


def _filters_narrow_the_results(qtbot, page: SearchPage, a: str) -> None:  # type: ignore[no-untyped-def]
    """Urgency, unit (lazy pages of 200), indicator domain and a date range."""
    # Filter: immediate only.
    page.urgency.setCurrentIndex(page.urgency.findData(Urgency.IMMEDIATE.value))
    page.run_search()
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).subject_id == a
    # Filter: unit B + empty query lists newest first, lazily.
    page.urgency.setCurrentIndex(0)
    page.unit.setCurrentIndex(page.unit.findData("B"))
    page.query.clear()
    page.run_search()
    assert page.model.loaded_count() == 200  # lazy: one page of 200
    assert "221" in page.count.text()
    # Domain filter from the template.
    page.unit.setCurrentIndex(0)
    page.domain.setCurrentIndex(page.domain.findData("A4"))
    page.run_search()
    assert page.model.rowCount() == 1
    # Date range: only the old one.
    page.domain.setCurrentIndex(0)
    page.use_dates.setChecked(True)
    d = date.today() - timedelta(days=210)
    page.date_from.setDate(QDate(d.year, d.month, d.day))
    e = date.today() - timedelta(days=190)
    page.date_to.setDate(QDate(e.year, e.month, e.day))
    qtbot.keyClicks(page.query, "dordevic")
    page.run_search()
    assert page.model.rowCount() == 1
    assert "symbol" in page.model.row_at(0).excerpt


def _enter_opens_the_file_and_clear_empties(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, page: SearchPage, officer: Session, a: str
) -> None:
    # Enter on a result opens the file (reason for access already given).
    officer.justification = ("review", "")
    detail = SubjectDetailPage(ctx)
    qtbot.addWidget(detail)
    ctx.open_subject_requested.connect(detail.open_subject)
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert detail.subject is not None and detail.subject.id == a
    assert detail.identity["prison_number"].text() == "RS-1"

    page.clear()
    assert page.model.rowCount() == 0
    assert page.query.text() == ""
    assert page.unit.count() == 0


def test_search_without_letters_gives_message(qtbot, officer: Session) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.session = officer
    officer.justification = ("review", "")
    page = SearchPage(ctx)
    qtbot.addWidget(page)
    page.query.setText("***")
    page.run_search()
    assert page.model.rowCount() == 0
    assert "at least one letter" in page.count.text()


def test_the_headings_are_whole_before_the_first_search(qtbot, officer: Session) -> None:  # type: ignore[no-untyped-def]
    """walk12 (session 12, Xvfb, Polish): before any search the empty table read
    "umer ewidencyjn" for *Numer ewidencyjny*."""
    i18n.install_language("pl")
    try:
        ctx = AppContext()
        ctx.session = officer
        page = SearchPage(ctx)
        qtbot.addWidget(page)
        page.resize(800, 500)
        page.show()
        qtbot.waitExposed(page)
        header = page.view.horizontalHeader()
        columns = range(header.count() - 1)  # the last one stretches to the edge
        assert len(columns) > 2
        for column in columns:
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                page.model.headerData(column, Qt.Orientation.Horizontal),
                header.sectionSize(column),
                header.sectionSizeHint(column),
            )
    finally:
        i18n.remove_translations()
