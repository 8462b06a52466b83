"""Prisoners: a lazy list with a filter; adding one opens the dialog that searches first.

The list pages through `core.services.search` (100 rows a query), so 5,000
subjects with a million observations scroll as smoothly as fifty. The add/edit
dialog (similar files shown first) is `gui/subject_dialog.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    search_index,
    settings,
    subject_search,
)
from radprev_desktop.core.services.search import SubjectSummary
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, show_error
from radprev_desktop.gui.filter_bar import FilterBarLayout, find_group, labelled
from radprev_desktop.gui.flow_layout import FlowLayout, expanding_row
from radprev_desktop.gui.held_dialogs import DialogWatch, HeldDetails
from radprev_desktop.gui.justification import ReasonGate
from radprev_desktop.gui.models.records import SubjectListModel
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.short_columns import ShortColumns
from radprev_desktop.gui.subject_dialog import SubjectDialog
from radprev_desktop.gui.widgets import fit_first_choice, heading


class SubjectsPage(Page):
    """The list of prisoners: filter, add, open (Enter / double-click)."""

    help_anchor = "subjects"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("SubjectsPage")
        layout = QVBoxLayout(self)
        title = heading(self.tr("Prisoners"))
        layout.addWidget(title)
        find_label = QLabel(self.tr("Fi&nd:"))
        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setAccessibleName(self.tr("Find prisoner by name or prison number"))
        self.filter.setPlaceholderText(self.tr("name or prison number"))
        self.filter.setClearButtonEnabled(True)
        find_label.setBuddy(self.filter)
        unit_label = QLabel(self.tr("&Unit:"))
        self.unit = QComboBox()
        self.unit.setObjectName("unitFilter")
        self.unit.setAccessibleName(self.tr("Unit"))
        unit_label.setBuddy(self.unit)
        self.add_button = QPushButton(self.tr("&Add prisoner…"))
        self.add_button.setObjectName("addSubject")
        self.add_button.clicked.connect(lambda: self.add_subject())
        self.open_button = QPushButton(self.tr("&Open file"))
        self.open_button.setObjectName("openSubject")
        self.open_button.clicked.connect(self.open_current)
        # The two buttons wrap under each other on a narrow window (Macedonian at
        # 1024×768, 150 %: the bar needed 530 px of about 500) instead of widening the page.
        buttons = QWidget()
        buttons.setSizePolicy(expanding_row())
        flow = FlowLayout(buttons)
        flow.addWidget(self.add_button)
        flow.addWidget(self.open_button)
        # The Find box takes what the filter and the buttons leave, or a row of its own when
        # that is too little for its hint (it got about 80 px in mk and sr-Cyrl at 150 %).
        bar_row = QWidget()
        bar = FilterBarLayout(bar_row)
        for w in (find_group(find_label, self.filter), labelled(unit_label, self.unit), buttons):
            bar.addWidget(w)
        layout.addWidget(bar_row)
        self.gate = ReasonGate()
        self.gate.given.connect(self.refresh)
        self.gate.hide()
        layout.addWidget(self.gate)
        self.gate_space = QWidget()  # keeps the gate at the top while the list is hidden
        self.gate_space.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.gate_space.hide()
        layout.addWidget(self.gate_space)

        # Small pages: a screenful is about 30 rows, and each row carries a count.
        self.model = SubjectListModel(self, page_size=50)
        self.view = self._build_list()
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        layout.addWidget(self.view)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setWordWrap(True)  # a refusal ("the session ended …") is a long sentence
        layout.addWidget(self.count)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter.setFocus)
        self.add_shortcut = QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.add_subject())

        self._raw_offset = 0
        self.watch = DialogWatch()  # the Add prisoner dialog, whose typed values the lock holds
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter.returnPressed.connect(self._filter_enter)
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())

    def _build_list(self) -> QTableView:
        """The prisoners' table: rows selected whole, read-only, the name taking the spare width."""
        view = QTableView()
        view.setObjectName("subjectList")
        view.setAccessibleName(self.tr("Prisoners"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        # The short columns take their contents' width and the name the rest: at 150 % the
        # name was squeezed between default-width columns. A long name elides (its tooltip
        # gives it whole); measuring the first 40 rows keeps the lazy list cheap.
        # Narrow, they take their values' width only (their headings cut, whole in a tooltip).
        self.short_columns = ShortColumns(view, wide=1)
        return view

    def on_changes(self, changes: Change) -> None:
        if changes & (Change.SUBJECTS | Change.OBSERVATIONS) and self.isVisible():
            self.refresh()

    # --- page contract -----------------------------------------------------

    def refresh(self) -> None:
        """Run the current filter again from the first page."""
        self._filter_timer.stop()
        session = self.ctx.session
        if session is None or not session.is_open:
            self.clear()
            return
        # A central office adds no prisoner (its files come in packages): core says so.
        adds = policy.allows(session, Permission.ADD_SUBJECTS)
        self.add_button.setVisible(adds)
        self.add_shortcut.setEnabled(adds)
        # No name is drawn before the reason for access is given (audited with each file).
        self.gate.session = session
        self.gate.setVisible(session.justification is None)
        self.gate_space.setVisible(session.justification is None)
        self.view.setVisible(session.justification is not None)
        if session.justification is None:
            self.model.clear()
            self.count.clear()
            return
        try:
            # Inside: a central store that ended the session (account disabled, server
            # restarted) refuses this first read too, and that crashed the page.
            if self.unit.count() == 0:
                units = settings.list_units(session)
                self.unit.blockSignals(True)
                self.unit.addItem(self.tr("All units"), "")
                for u in units:
                    self.unit.addItem(f"{u.code} — {u.name}", u.code)
                fit_first_choice(self.unit)
                self.unit.blockSignals(False)
            text = self.filter.text().strip()
            unit = str(self.unit.currentData() or "") or None
            if text:
                search_index.match_query(text)  # refuses a query without letters or digits
                self.model.set_query(lambda offset, limit: self._search(text, unit, offset, limit))
            else:
                total = subject_search.list_subjects(session, unit=unit, limit=1).total
                self.model.set_query(
                    lambda offset, limit: (
                        subject_search.list_subjects(
                            self.ctx.require_session(),
                            unit=unit,
                            limit=limit,
                            offset=offset,
                            with_total=False,
                        ).items
                    )
                )
                self.count.setText(self.tr("%n prisoner(s)", "", total or 0))
                return
        except RadprevError as exc:
            self.model.clear()
            self.count.setText(error_text(exc))
            return
        if self.model.fetch_all_loaded():
            # Every match is on the list: say how many (it said "scroll for more" under a
            # single match — walk12, session 12).
            self.count.setText(self.tr("%n prisoner(s)", "", self.model.loaded_count()))
            return
        self.count.setText(self.tr("Matching prisoners: scroll for more"))

    def _search(self, text: str, unit: str | None, offset: int, limit: int) -> list[SubjectSummary]:
        """One page of matches; the unit filter is applied here, so keep our own cursor."""
        if offset == 0:
            self._raw_offset = 0
        found: list[SubjectSummary] = []
        while len(found) < limit:
            rows = subject_search.search_subjects(
                self.ctx.require_session(), text, limit=limit, offset=self._raw_offset
            ).items
            self._raw_offset += len(rows)
            found.extend(r for r in rows if unit is None or r.unit_code == unit)
            if len(rows) < limit:
                break
        return found

    def clear(self) -> None:
        """Drop every row and the typed filter (on lock)."""
        self._filter_timer.stop()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.blockSignals(False)
        self.model.clear()
        self.count.clear()

    def has_unsaved_changes(self) -> bool:
        return self.watch.has_typed()

    def hold_unsaved(self) -> object | None:
        """The Add prisoner dialog's typed values (memory only, until unlock)."""
        return self.watch.hold()

    def resume_unsaved(self, held: object) -> bool:
        if isinstance(held, HeldDetails) and not held.subject_id:
            QTimer.singleShot(0, lambda: self.add_subject(held))  # once unlock has finished
        return True

    # --- actions -----------------------------------------------------------

    def _filter_enter(self) -> None:
        self.refresh()
        if self.model.rowCount() > 0:
            self.view.setFocus()
            self.view.selectRow(0)

    def current_subject_id(self) -> str | None:
        row = self.model.row_at(self.view.currentIndex().row())
        return row.id if row is not None else None

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.ctx.open_subject_requested.emit(row.id)

    def open_current(self) -> None:
        subject_id = self.current_subject_id()
        if subject_id:
            self.ctx.open_subject_requested.emit(subject_id)

    def make_add_dialog(self) -> SubjectDialog:
        dialog = SubjectDialog(self.ctx, None, self)
        dialog.open_existing.connect(self.ctx.open_subject_requested.emit)
        dialog.prison_number.setText(
            self.filter.text().strip() if any(c.isdigit() for c in self.filter.text()) else ""
        )
        return dialog

    def add_subject(self, held: HeldDetails | None = None) -> None:
        """Add prisoner…; `held`: what was typed in it before the lock."""
        session = self.ctx.session
        if session is None or not policy.allows(session, Permission.ADD_SUBJECTS):
            return  # the button and Ctrl+N are not offered then
        try:
            dialog = self.make_add_dialog()
        except RadprevError as exc:
            show_error(self, exc)
            return
        if held is not None:
            dialog.put_back(held.values)
        if self.watch.run(dialog) == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.refresh()
            self.ctx.open_subject_requested.emit(dialog.saved.id)
