"""Other people involved in an observation: a category, a short description, a list.

Enter in the description adds the person; Delete in the list removes the
selected one. The value is a list of `PersonInvolved` (descriptions only: other
people are described, never given a file of their own here).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.model import PersonCategory, PersonInvolved
from radprev_desktop.core.services.observation_fields import FIELD_LIMITS
from radprev_desktop.gui.inputs import LimitedLineEdit
from radprev_desktop.gui.texts.labels import label


class PeopleList(QWidget):
    """The people field of an observation."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonInvolved] = []
        self.category = QComboBox()
        self.category.setObjectName("personCategory")
        self.category.setAccessibleName(self.tr("Category of the person"))
        for c in PersonCategory:
            self.category.addItem(label(c), c.value)
        self.description = LimitedLineEdit(
            FIELD_LIMITS["people"],
            placeholder=self.tr("e.g. cellmate, visitor (wife), prison number"),
        )
        self.description.setObjectName("personDescription")
        self.description.setAccessibleName(self.tr("Who (description)"))
        self.description.returnPressed.connect(self.add_person)
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(self.add_person)
        self.list = QListWidget()
        self.list.setObjectName("people")
        self.list.setAccessibleName(self.tr("People involved (Delete removes)"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.list,
            self.remove_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )
        category_label = QLabel(self.tr("Cat&egory:"))
        category_label.setBuddy(self.category)
        row = QHBoxLayout()
        row.addWidget(category_label)
        row.addWidget(self.category)
        row.addWidget(self.description, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.setFocusProxy(self.category)

    def add_person(self) -> None:
        description = " ".join(self.description.text().split())
        category = PersonCategory(self.category.currentData())
        if not description and category is not PersonCategory.UNKNOWN:
            self.description.setFocus()
            return
        self._append(PersonInvolved(category, description))
        self.description.clear()
        self.category.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._people):
            del self._people[row]
            self.list.takeItem(row)
            self.changed.emit()

    def _append(self, person: PersonInvolved) -> None:
        self._people.append(person)
        self.list.addItem(QListWidgetItem(f"{label(person.category)}: {person.description}"))

    # --- the field protocol (gui/form.py) ---------------------------------------------

    def value(self) -> list[PersonInvolved]:
        return list(self._people)

    def set_value(self, people: Any) -> None:
        self.clear()
        for person in people:
            self._append(person)

    def clear(self) -> None:
        self._people = []
        self.list.clear()
        self.description.clear()
        self.category.setCurrentIndex(0)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.category, self.description, self.add_button):
            widget.setEnabled(not read_only)

    def focus_target(self, error_field: str = "") -> QWidget:
        return self.description

    def tab_chain(self) -> list[QWidget]:
        return [self.category, self.description, self.add_button, self.list]
