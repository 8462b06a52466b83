"""Lazy table models of the record screens: subjects and observation summaries.

Each is a `PagedTableModel` with its columns; the page decides which core
query feeds it (`set_query`). No SQL here: the fetch callables call
`core.services.search`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from radprev_desktop.core.model import Observation
from radprev_desktop.core.services.search import ObservationSummary, SubjectSummary
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.models.paged import Column, PagedTableModel
from radprev_desktop.gui.texts.labels import grading_text, label, short_label


def _n(text: object) -> str:
    return str(text)


def _subject_name(s: SubjectSummary) -> str:
    return f"{s.family_name}, {s.given_names}".strip(", ")


SUBJECT_COLUMNS: list[Column[SubjectSummary]] = [
    Column(_n(QT_TRANSLATE_NOOP("records", "Prison number")), lambda s: s.prison_number),
    Column(_n(QT_TRANSLATE_NOOP("records", "Name")), _subject_name, tooltip=_subject_name),
    Column(_n(QT_TRANSLATE_NOOP("records", "Unit")), lambda s: s.unit_code),
    Column(_n(QT_TRANSLATE_NOOP("records", "Status")), lambda s: label(s.status)),
    Column(
        _n(QT_TRANSLATE_NOOP("records", "Review due")),
        lambda s: format_datetime(s.review_due, with_time=False),  # the language's way
    ),
    Column(_n(QT_TRANSLATE_NOOP("records", "Observations")), lambda s: str(s.observation_count)),
]

OBSERVATION_COLUMNS: list[Column[ObservationSummary]] = [
    Column(
        _n(QT_TRANSLATE_NOOP("records", "When")),
        lambda o: format_datetime(o.event_start),
    ),
    Column(_n(QT_TRANSLATE_NOOP("records", "Prison number")), lambda o: o.prison_number),
    Column(_n(QT_TRANSLATE_NOOP("records", "Name")), lambda o: o.subject_name),
    Column(_n(QT_TRANSLATE_NOOP("records", "Unit")), lambda o: o.unit_code),
    Column(_n(QT_TRANSLATE_NOOP("records", "Urgency")), lambda o: short_label(o.urgency)),
    Column(_n(QT_TRANSLATE_NOOP("records", "Status")), lambda o: label(o.status)),
    Column(
        _n(QT_TRANSLATE_NOOP("records", "What was seen or heard")),
        lambda o: " ".join(o.excerpt.split()),
        tooltip=lambda o: o.excerpt,
    ),
]


#: Search results name the prison a hit was recorded at, after the unit: a central office
#: holds many prisons' records (the page hides the column on a workstation's vault).
SEARCH_COLUMNS: list[Column[ObservationSummary]] = [
    *OBSERVATION_COLUMNS[:4],
    Column(_n(QT_TRANSLATE_NOOP("records", "Establishment")), lambda o: o.establishment_code),
    *OBSERVATION_COLUMNS[4:],
]
#: Where the Establishment column is in SEARCH_COLUMNS.
SEARCH_ESTABLISHMENT_COLUMN = 4

# A prisoner's file: their observations, newest first (the reading pane shows one whole).
TIMELINE_COLUMNS: list[Column[Observation]] = [
    Column(_n(QT_TRANSLATE_NOOP("records", "When")), lambda o: format_datetime(o.event_start)),
    Column(_n(QT_TRANSLATE_NOOP("records", "Urgency")), lambda o: short_label(o.urgency)),
    Column(_n(QT_TRANSLATE_NOOP("records", "Status")), lambda o: label(o.status)),
    Column(_n(QT_TRANSLATE_NOOP("records", "Version")), lambda o: str(o.version)),
    # Where it was recorded: a transferred prisoner's earlier records keep their prison.
    Column(_n(QT_TRANSLATE_NOOP("records", "Recorded at")), lambda o: o.establishment_code),
    Column(
        _n(QT_TRANSLATE_NOOP("records", "Indicators")),
        lambda o: ", ".join(i.code for i in o.indicators),
    ),
    Column(
        _n(QT_TRANSLATE_NOOP("records", "What was seen or heard")),
        lambda o: " ".join(o.facts.split())[:200],
        tooltip=lambda o: grading_text(o.effective_grading),
    ),
    # The record's level from the establishment's list (decision 0022); '' before levels.
    Column(_n(QT_TRANSLATE_NOOP("records", "Classification")), lambda o: o.classification),
]


class SubjectListModel(PagedTableModel[SubjectSummary]):
    """Subjects, one page of rows at a time."""

    def __init__(self, parent: Any = None, page_size: int = 100) -> None:
        super().__init__(SUBJECT_COLUMNS, page_size, parent)


class ObservationListModel(PagedTableModel[ObservationSummary]):
    """Observation summaries (search results, review queue), one page at a time."""

    def __init__(
        self,
        parent: Any = None,
        page_size: int = 100,
        columns: list[Column[ObservationSummary]] | None = None,
    ) -> None:
        super().__init__(OBSERVATION_COLUMNS if columns is None else columns, page_size, parent)


def fit_columns(view: Any, widest: int = 260) -> None:
    """Size every column but the last (which stretches) to its contents, within `widest`."""
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(40)  # measure the first rows only, not every loaded one
    for column in range(model.columnCount() - 1):
        view.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column) + 8, widest))


def record_table(model: Any, name: str, accessible: str) -> QTableView:
    """A read-only table of records, one row selected at a time, first column fitted."""
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return view
