"""Prisoners: a lazy list with a filter, and the add/edit dialog that searches first.

The list pages through `core.services.search` (100 rows a query), so 5,000
subjects with a million observations scroll as smoothly as fifty. Adding a
subject first shows similar existing ones (same prison number, similar names)
so a duplicate file is not opened by accident; the officer can open one of
them instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.change_set import Change
from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.model import Subject, SubjectStatus
from radprev_desktop.core.services import (
    search_index,
    settings,
    subject_duplicates,
    subject_search,
    subjects,
)
from radprev_desktop.core.services.search import SubjectSummary
from radprev_desktop.core.services.subject_fields import NAME_LIMIT
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, show_error
from radprev_desktop.gui.inputs import NameValidator
from radprev_desktop.gui.justification import ReasonGate
from radprev_desktop.gui.models.records import SubjectListModel
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.texts.labels import label
from radprev_desktop.gui.widgets import heading


class SubjectDialog(QDialog):
    """Add a prisoner (searching for similar files first) or edit one with a reason."""

    open_existing = Signal(str)  # subject id chosen from the similar list

    def __init__(self, ctx: AppContext, subject: Subject | None = None, parent: Any = None):
        super().__init__(parent)
        self.ctx = ctx
        self.subject = subject
        self.saved: Subject | None = None
        self.setObjectName("SubjectDialog")
        self.setWindowTitle(self.tr("Edit prisoner") if subject else self.tr("Add prisoner"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form(subject))

        self.similar_label = QLabel(self.tr("Similar prisoners already recorded:"))
        self.similar = QListWidget()
        self.similar.setObjectName("similar")
        self.similar.setAccessibleName(self.tr("Similar prisoners already recorded"))
        self.similar.setMaximumHeight(120)
        self.open_button = QPushButton(self.tr("&Open this file instead"))
        self.open_button.setObjectName("openExisting")
        self.open_button.clicked.connect(self._open_selected)
        self.similar.itemActivated.connect(lambda _item: self._open_selected())
        for w in (self.similar_label, self.similar, self.open_button):
            layout.addWidget(w)
            w.setVisible(False)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)

        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(250)
        self._similar_timer.timeout.connect(self.find_similar)
        if subject is None:
            for edit in (self.prison_number, self.family_name, self.given_names):
                edit.textChanged.connect(lambda _t: self._similar_timer.start())
        self._load_units()
        if subject is not None:
            self._fill(subject)

    def _build_form(self, subject: Subject | None) -> QFormLayout:
        """The identity fields; status and a reason for change only when editing."""
        form = QFormLayout()
        self.prison_number = QLineEdit()
        self.prison_number.setObjectName("prisonNumber")
        self.family_name = QLineEdit()
        self.family_name.setMaxLength(NAME_LIMIT)
        self.family_name.setValidator(NameValidator(self.family_name))  # no emoji or symbols
        self.family_name.setObjectName("familyName")
        self.given_names = QLineEdit()
        self.given_names.setMaxLength(NAME_LIMIT)
        self.given_names.setValidator(NameValidator(self.given_names))
        self.given_names.setObjectName("givenNames")
        self.birth_year = QSpinBox()
        self.birth_year.setObjectName("birthYear")
        self.birth_year.setRange(0, 2100)
        self.birth_year.setSpecialValueText(self.tr("not known"))
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.cell = QLineEdit()
        self.cell.setObjectName("cell")
        self.status = QComboBox()
        self.status.setObjectName("status")
        for st in SubjectStatus:
            self.status.addItem(label(st), st.value)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why is this changed? (required)"))
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Prison number:"), self.prison_number, self.tr("Prison number")),
            (self.tr("&Family name:"), self.family_name, self.tr("Family name")),
            (self.tr("&Given names:"), self.given_names, self.tr("Given names")),
            (self.tr("&Birth year:"), self.birth_year, self.tr("Birth year")),
            (self.tr("&Unit:"), self.unit, self.tr("Unit")),
            (self.tr("&Cell:"), self.cell, self.tr("Cell")),
        ]
        if subject is not None:
            rows.append((self.tr("S&tatus:"), self.status, self.tr("Status")))
            rows.append((self.tr("&Reason for change:"), self.reason, self.tr("Reason for change")))
        for text, widget, name in rows:
            lab = QLabel(text)
            lab.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(lab, widget)
        return form

    def _load_units(self) -> None:
        session = self.ctx.require_session()
        self.unit.addItem(self.tr("(none)"), "")
        for unit in settings.list_units(session):
            if unit.active:
                self.unit.addItem(f"{unit.code} — {unit.name}", unit.code)
        if session.user.units:
            i = self.unit.findData(session.user.units[0])
            if i >= 0:
                self.unit.setCurrentIndex(i)

    def _fill(self, s: Subject) -> None:
        self.prison_number.setText(s.prison_number)
        self.family_name.setText(s.family_name)
        self.given_names.setText(s.given_names)
        self.birth_year.setValue(s.birth_year or 0)
        i = self.unit.findData(s.unit_code)
        if i >= 0:
            self.unit.setCurrentIndex(i)
        self.cell.setText(s.cell)
        self.status.setCurrentIndex(max(0, self.status.findData(s.status.value)))

    # --- search before create ----------------------------------------------

    def find_similar(self) -> list[Subject]:
        """Show existing subjects like the one being typed (prison number, names)."""
        self._similar_timer.stop()
        session = self.ctx.session
        if session is None or not session.is_open:
            return []  # the timer fired after the lock closed the dialog: nothing to look up
        found = subject_duplicates.find_similar(
            session,
            prison_number=self.prison_number.text(),
            family_name=self.family_name.text(),
            given_names=self.given_names.text(),
        )
        self.similar.clear()
        for s in found:
            item = QListWidgetItem(
                self.tr("{number} — {name}, born {year}, unit {unit}").format(
                    number=s.prison_number,
                    name=f"{s.family_name}, {s.given_names}",
                    year=s.birth_year or self.tr("?"),
                    unit=s.unit_code or "—",
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.similar.addItem(item)
        visible = bool(found)
        for w in (self.similar_label, self.similar, self.open_button):
            w.setVisible(visible)
        if visible:
            self.similar.setCurrentRow(0)
        return list(found)

    def _open_selected(self) -> None:
        item = self.similar.currentItem()
        if item is None:
            return
        self.open_existing.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        self.reject()

    # --- save --------------------------------------------------------------

    def save(self) -> None:
        session = self.ctx.require_session()
        year = self.birth_year.value() or None
        try:
            if self.subject is None:
                self.saved = self.ctx.perform(
                    subjects.create_subject,
                    session,
                    prison_number=self.prison_number.text(),
                    family_name=self.family_name.text(),
                    given_names=self.given_names.text(),
                    birth_year=year,
                    unit=str(self.unit.currentData() or "") or None,
                    cell=self.cell.text(),
                )
            else:
                before = self.subject
                wanted: dict[str, Any] = {
                    "prison_number": self.prison_number.text().strip(),
                    "family_name": self.family_name.text().strip(),
                    "given_names": self.given_names.text().strip(),
                    "birth_year": year,
                    "unit_code": str(self.unit.currentData() or ""),
                    "cell": self.cell.text().strip(),
                    "status": SubjectStatus(self.status.currentData()),
                }
                changes = {k: v for k, v in wanted.items() if getattr(before, k) != v}
                if not changes:
                    self.reject()
                    return
                self.saved = self.ctx.perform(
                    subjects.update_subject,
                    session,
                    before.id,
                    reason=self.reason.text(),
                    **changes,
                )
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            self._focus_field(exc.field)
            return
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            if self.subject is None:
                self.find_similar()
            return
        self.accept()

    def _focus_field(self, field: str | None) -> None:
        widgets: dict[str, QWidget] = {
            "prison_number": self.prison_number,
            "family_name": self.family_name,
            "given_names": self.given_names,
            "birth_year": self.birth_year,
            "unit_code": self.unit,
            "cell": self.cell,
            "reason": self.reason,
        }
        widget = widgets.get(field or "")
        if widget is not None:
            widget.setFocus()


class SubjectsPage(Page):
    """The list of prisoners: filter, add, open (Enter / double-click)."""

    help_anchor = "subjects"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("SubjectsPage")
        layout = QVBoxLayout(self)
        title = heading(self.tr("Prisoners"))
        layout.addWidget(title)
        bar = QHBoxLayout()
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
        self.add_button.clicked.connect(self.add_subject)
        self.open_button = QPushButton(self.tr("&Open file"))
        self.open_button.setObjectName("openSubject")
        self.open_button.clicked.connect(self.open_current)
        for w in (
            find_label,
            self.filter,
            unit_label,
            self.unit,
            self.add_button,
            self.open_button,
        ):
            bar.addWidget(w)
        bar.setStretch(1, 1)
        layout.addLayout(bar)
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
        self.view = QTableView()
        self.view.setObjectName("subjectList")
        self.view.setAccessibleName(self.tr("Prisoners"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        layout.addWidget(self.view)
        self.count = QLabel()
        self.count.setObjectName("count")
        layout.addWidget(self.count)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_subject)

        self._raw_offset = 0
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter.returnPressed.connect(self._filter_enter)
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())

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
        # No name is drawn before the reason for access is given (audited with each file).
        self.gate.session = session
        self.gate.setVisible(session.justification is None)
        self.gate_space.setVisible(session.justification is None)
        self.view.setVisible(session.justification is not None)
        if session.justification is None:
            self.model.clear()
            self.count.clear()
            return
        if self.unit.count() == 0:
            self.unit.blockSignals(True)
            self.unit.addItem(self.tr("All units"), "")
            for u in settings.list_units(session):
                self.unit.addItem(f"{u.code} — {u.name}", u.code)
            self.unit.blockSignals(False)
        text = self.filter.text().strip()
        unit = str(self.unit.currentData() or "") or None
        try:
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
        return False

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

    def add_subject(self) -> None:
        try:
            dialog = self.make_add_dialog()
        except RadprevError as exc:
            show_error(self, exc)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.refresh()
            self.ctx.open_subject_requested.emit(dialog.saved.id)
