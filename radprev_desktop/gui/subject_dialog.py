"""Add a prisoner (similar files shown first) or edit one's details with a reason.

Adding first shows similar existing files (same prison number, similar names) so a
duplicate file is not opened by accident; the officer can open one of them instead.
Editing a restricted file shows the details core would refuse to change read-only,
with why, before anything is typed (`data_requests.locked_details`, decision 0023).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.model import Subject, SubjectStatus
from radprev_desktop.core.services import settings, subject_duplicates, subjects
from radprev_desktop.core.services.subject_fields import NAME_LIMIT
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.held_dialogs import HeldDetails
from radprev_desktop.gui.inputs import NameValidator
from radprev_desktop.gui.texts.labels import label


class SubjectDialog(QDialog):
    """Add a prisoner (searching for similar files first) or edit one with a reason."""

    open_existing = Signal(str)  # subject id chosen from the similar list

    def __init__(
        self,
        ctx: AppContext,
        subject: Subject | None = None,
        parent: Any = None,
        locked: tuple[str, ...] = (),
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.subject = subject
        self.locked = locked  # details core would refuse to change now (a restricted file)
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
            self._lock_fields(locked)

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
        if i < 0 and s.unit_code:
            # A unit this vault does not list (the central office lists none; a unit since
            # closed) is shown as it is: saving another change must not move the prisoner
            # out of it (it read "(none)" at the office and the save cleared it).
            self.unit.addItem(s.unit_code, s.unit_code)
            i = self.unit.count() - 1
        if i >= 0:
            self.unit.setCurrentIndex(i)
        self.cell.setText(s.cell)
        self.status.setCurrentIndex(max(0, self.status.findData(s.status.value)))

    def _lock_fields(self, locked: tuple[str, ...]) -> None:
        """Details core refuses to change now are shown read-only, with why, before any
        typing (a restricted file's identity: only to answer the person's request)."""
        why = self.tr(
            "Processing of this file is restricted: the prison number, names and birth year "
            "are corrected only to answer the prisoner's rectification request on the "
            "details. The unit, cell and status can still be changed."
        )
        shown = [w for f, w in self._field_widgets().items() if f in locked]
        for widget in shown:
            widget.setReadOnly(True)  # type: ignore[attr-defined]
            widget.setEnabled(False)  # greyed: seen as locked before anyone types
            widget.setToolTip(why)
        if shown:
            self.message.setText(why)
            self.unit.setFocus()

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "prison_number": self.prison_number,
            "family_name": self.family_name,
            "given_names": self.given_names,
            "birth_year": self.birth_year,
            "unit_code": self.unit,
            "cell": self.cell,
            "reason": self.reason,
        }

    # --- kept across the lock (gui/held_dialogs.py) ---------------------------

    def typed(self) -> dict[str, Any]:
        """Every field as it stands now (the reason for the change included)."""
        return {
            "prison_number": self.prison_number.text(),
            "family_name": self.family_name.text(),
            "given_names": self.given_names.text(),
            "birth_year": self.birth_year.value(),
            "unit_code": str(self.unit.currentData() or ""),
            "cell": self.cell.text(),
            "status": str(self.status.currentData() or ""),
            "reason": self.reason.text(),
        }

    def has_typed(self) -> bool:
        """Whether anything differs from the details the dialog was opened with."""
        if self.subject is None:  # the unit and status lists start on a choice of their own
            typed = self.typed()
            return bool(typed["birth_year"]) or any(
                str(typed[k]).strip()
                for k in ("prison_number", "family_name", "given_names", "cell")
            )
        before = {
            "prison_number": self.subject.prison_number,
            "family_name": self.subject.family_name,
            "given_names": self.subject.given_names,
            "birth_year": self.subject.birth_year or 0,
            "unit_code": self.subject.unit_code,
            "cell": self.subject.cell,
            "status": self.subject.status.value,
            "reason": "",
        }
        return self.typed() != before

    def held(self) -> HeldDetails:
        """The values typed (a new prisoner's: no prisoner id yet)."""
        return HeldDetails(self.subject.id if self.subject is not None else "", self.typed())

    def put_back(self, values: dict[str, Any]) -> None:
        """The values held at the lock, except the details core now locks."""
        texts = {
            "prison_number": self.prison_number,
            "family_name": self.family_name,
            "given_names": self.given_names,
            "cell": self.cell,
            "reason": self.reason,
        }
        for field, edit in texts.items():
            if field not in self.locked:
                edit.setText(str(values.get(field, edit.text())))
        if "birth_year" not in self.locked:
            self.birth_year.setValue(int(values.get("birth_year") or 0))
        for combo, field in ((self.unit, "unit_code"), (self.status, "status")):
            index = combo.findData(values.get(field))
            if index >= 0:
                combo.setCurrentIndex(index)

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
        widget = self._field_widgets().get(field or "")
        if widget is not None:
            widget.setFocus()
