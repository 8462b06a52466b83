"""Search: full text over observations (facts, assessment, names, prison numbers) with filters.

Results come from `core.services.search.search` (ranked, folded text: "lukasz"
finds "Łukasz", "petrovic" finds "Петровић") or, with an empty query,
`list_observations` (newest first) so the filters work on their own. Both are
paged into a lazy model. Enter or a double-click opens the prisoner's file
(asking the reason for access there). Searching shows excerpts only.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Mode, ObservationStatus, Urgency
from radprev_desktop.core.services import search, search_index, settings
from radprev_desktop.core.services.search import ObservationFilter, ObservationSummary
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.i18n import date_format
from radprev_desktop.gui.inputs import shrinkable
from radprev_desktop.gui.justification import ensure_justification
from radprev_desktop.gui.models.records import (
    SEARCH_COLUMNS,
    SEARCH_ESTABLISHMENT_COLUMN,
    ObservationListModel,
    fit_columns,
)
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.texts.labels import label
from radprev_desktop.gui.texts.template_view import active_template_view
from radprev_desktop.gui.widgets import heading


class SearchPage(Page):
    """Find observations and open the prisoner's file."""

    help_anchor = "search"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("SearchPage")
        layout = QVBoxLayout(self)
        title = heading(self.tr("Search"))
        layout.addWidget(title)

        top = QHBoxLayout()
        q_label = QLabel(self.tr("Search fo&r:"))
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setPlaceholderText(
            self.tr("words from the facts or assessment, a name or a prison number")
        )
        self.query.setClearButtonEnabled(True)
        q_label.setBuddy(self.query)
        self.go = QPushButton(self.tr("&Search"))
        self.go.setObjectName("go")
        self.go.setDefault(True)
        self.go.clicked.connect(self.run_search)
        self.query.returnPressed.connect(self.run_search)
        top.addWidget(q_label)
        top.addWidget(self.query, 1)
        top.addWidget(self.go)
        layout.addLayout(top)

        layout.addLayout(self._build_filters())

        self.model = ObservationListModel(self, page_size=200, columns=SEARCH_COLUMNS)
        self.view = QTableView()
        self.view.setObjectName("results")
        self.view.setAccessibleName(self.tr("Results; Enter opens the prisoner's file"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        # Headings whole before the first search too ("umer ewidencyjn" in Polish: walk12).
        self.view.resizeColumnsToContents()
        self.view.activated.connect(self._open_index)
        self.view.doubleClicked.connect(self._open_index)
        self._total: int | None = None
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        layout.addWidget(self.view, 1)
        self.count = QLabel()
        self.count.setObjectName("count")
        # A refusal can be a long sentence: it wraps instead of widening the page.
        self.count.setWordWrap(True)
        layout.addWidget(self.count)

    def _build_filters(self) -> QGridLayout:
        """Unit, urgency, status, indicator domain and a period, two a row."""
        grid = QGridLayout()
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.unit.setAccessibleName(self.tr("Unit"))
        self.urgency = QComboBox()
        self.urgency.setObjectName("urgency")
        self.urgency.setAccessibleName(self.tr("Urgency"))
        self.urgency.addItem(self.tr("Any urgency"), "")
        for u in Urgency:
            self.urgency.addItem(label(u), u.value)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), "")
        for st in ObservationStatus:
            self.status.addItem(label(st), st.value)
        self.domain = QComboBox()
        self.domain.setObjectName("domain")
        self.domain.setAccessibleName(self.tr("Indicator domain"))
        self.use_dates = QCheckBox(self.tr("&Between"))
        self.use_dates.setObjectName("useDates")
        self.date_from = QDateEdit()
        self.date_from.setObjectName("dateFrom")
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = QDateEdit()
        self.date_to.setObjectName("dateTo")
        self.date_to.setAccessibleName(self.tr("To date"))
        for d in (self.date_from, self.date_to):
            d.setDisplayFormat(date_format())
            d.setCalendarPopup(True)
            d.setEnabled(False)
        self.date_from.setDate(QDate.currentDate().addMonths(-3))
        self.date_to.setDate(QDate.currentDate())
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        entries: list[tuple[str, QWidget]] = [
            (self.tr("&Unit:"), self.unit),
            (self.tr("Urgenc&y:"), self.urgency),
            (self.tr("S&tatus:"), self.status),
            (self.tr("Indicator &domain:"), self.domain),
        ]
        # Two filters a row: the page fits a 1024-pixel screen at 150 %.
        for i, (text, widget) in enumerate(entries):
            lab = QLabel(text)
            lab.setBuddy(widget)
            grid.addWidget(lab, i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        grid.addWidget(self.use_dates, 2, 0)
        grid.addWidget(self.date_from, 2, 1)
        and_label = QLabel(self.tr("and"))
        grid.addWidget(and_label, 2, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.date_to, 2, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        # Two pairs of filters a row: each combo gives way to 8 letters, so the page fits
        # 1024×768 at 150 % (683 logical pixels across) in every language.
        shrinkable(self.unit, self.urgency, self.status, self.domain, letters=8)
        return grid

    # --- filters -----------------------------------------------------------

    def _fill_choices(self) -> None:
        session = self.ctx.require_session()
        # A central office's hits come from many prisons; a workstation holds its own.
        self.view.setColumnHidden(SEARCH_ESTABLISHMENT_COLUMN, session.mode is not Mode.CENTRAL)
        if self.unit.count() == 0:
            self.unit.addItem(self.tr("All units"), "")
            for u in settings.list_units(session):
                self.unit.addItem(f"{u.code} — {u.name}", u.code)
        if self.domain.count() == 0:
            self.domain.addItem(self.tr("Any domain"), "")
            view = active_template_view(self.ctx)
            if view is not None:
                for d in view.domains:
                    if d.kind == "indicator":
                        self.domain.addItem(f"{d.code} — {d.title}", d.code)

    def filters(self) -> ObservationFilter:
        """The filter as chosen on screen."""
        urgency = str(self.urgency.currentData() or "")
        status = str(self.status.currentData() or "")
        return ObservationFilter(
            unit=str(self.unit.currentData() or "") or None,
            date_from=self.date_from.date().toString("yyyy-MM-dd")
            if self.use_dates.isChecked()
            else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd")
            if self.use_dates.isChecked()
            else None,
            urgency=Urgency(urgency) if urgency else None,
            status=ObservationStatus(status) if status else None,
            domain=str(self.domain.currentData() or "") or None,
        )

    # --- running -----------------------------------------------------------

    def run_search(self) -> None:
        """Search with the query and filters; the first page of results at once."""
        session = self.ctx.session
        if session is None or not session.is_open:
            return
        if ensure_justification(session, self) is None:
            # Results name prisoners: none is drawn without a reason for access.
            self.count.setText(self.tr("No results are shown without a reason for access."))
            return
        self._fill_choices()
        text = self.query.text().strip()
        f = self.filters()
        try:
            if text:
                search_index.match_query(text)
                # No count for a text query: counting every match of a common word costs
                # more than the ranked first page; the label counts what is loaded.
                total = None
                self.model.set_query(
                    lambda offset, limit: (
                        search.search(
                            self.ctx.require_session(),
                            text,
                            f,
                            limit=limit,
                            offset=offset,
                            include_subjects=False,
                        ).observations.items
                    )
                )
            else:
                total = search.list_observations(session, f, limit=1, with_total=True).total
                self.model.set_query(
                    lambda offset, limit: (
                        search.list_observations(
                            self.ctx.require_session(),
                            f,
                            limit=limit,
                            offset=offset,
                            with_total=False,
                        ).items
                    )
                )
        except RadprevError as exc:
            self.model.clear()
            self.count.setText(error_text(exc))
            return
        self._total = total
        self._update_count()
        fit_columns(self.view)
        if self.model.rowCount():
            self.view.selectRow(0)
            self.view.setFocus()

    def _update_count(self) -> None:
        loaded = self.model.loaded_count()
        if self._total is not None:
            self.count.setText(self.tr("%n observation(s) found", "", self._total))
        elif self.model.fetch_all_loaded():
            self.count.setText(self.tr("%n observation(s) found", "", loaded))
        else:
            self.count.setText(
                self.tr("The first %n results, best match first; scroll down for more.", "", loaded)
            )

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.ctx.open_subject_requested.emit(row.subject_id)

    def current_result(self) -> ObservationSummary | None:
        return self.model.row_at(self.view.currentIndex().row())

    def focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    # --- page contract -----------------------------------------------------

    def refresh(self) -> None:
        """Fill the filter lists; results stay until the next search."""
        session = self.ctx.session
        if session is None or not session.is_open:
            self.clear()
            return
        self._fill_choices()

    def clear(self) -> None:
        """Forget the query, the results and the filter lists (on lock)."""
        self.query.clear()
        self.model.clear()
        self._total = None
        self.count.clear()
        self.unit.clear()
        self.domain.clear()
        self.urgency.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.use_dates.setChecked(False)

    def has_unsaved_changes(self) -> bool:
        return False
