"""Choosing the prisoner of a new observation when the editor is opened on its own (Ctrl+N).

A search box and the matching prisoners; Enter takes the only match (or moves
to the list), activating a match chooses it. A search that finds no one says so
(an empty list looked like a search that had not run). The search names its purpose (a
new record), so no separate reason for access is asked. Texts keep the editor's
translation context ("ObservationEditorPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import JustificationReason
from radprev_desktop.core.services import subject_search
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text

translate = QCoreApplication.translate


class ObservationPicker(QWidget):
    """`chosen(subject_id)` once a prisoner is picked; `failed(text)` when the search cannot run."""

    chosen = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("picker")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        pick_label = QLabel(translate("ObservationEditorPage", "Prisoner:"))
        self.query = QLineEdit()
        self.query.setObjectName("pickQuery")
        self.query.setAccessibleName(
            translate("ObservationEditorPage", "Find the prisoner by name or prison number")
        )
        self.query.setPlaceholderText(
            translate("ObservationEditorPage", "name or prison number, then Enter")
        )
        pick_label.setBuddy(self.query)
        self.matches = QListWidget()
        self.matches.setObjectName("pickList")
        self.matches.setAccessibleName(translate("ObservationEditorPage", "Matching prisoners"))
        self.matches.setMaximumHeight(self.fontMetrics().height() * 6)
        self.none_found = QLabel()
        self.none_found.setObjectName("pickNoneFound")
        self.none_found.setWordWrap(True)
        self.none_found.hide()
        found_column = QVBoxLayout()
        found_column.setContentsMargins(0, 0, 0, 0)
        found_column.addWidget(self.matches)
        found_column.addWidget(self.none_found)
        layout.addWidget(pick_label)
        layout.addWidget(self.query, 1)
        layout.addLayout(found_column, 2)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self._enter)
        self.matches.itemActivated.connect(self._picked)

    def search(self) -> None:
        """List the prisoners matching the query."""
        self.timer.stop()
        self.matches.clear()
        self._say_none_found("")
        text = self.query.text().strip()
        if not any(ch.isalnum() for ch in text):
            return
        try:
            # Choosing the prisoner of a new observation: the purpose is the new record.
            found = subject_search.search_subjects(
                self.ctx.require_session(),
                text,
                limit=20,
                implied=JustificationReason.NEW_INFORMATION,
            ).items
        except RadprevError as exc:
            self.failed.emit(error_text(exc))
            return
        for s in found:
            item = QListWidgetItem(
                f"{s.prison_number} — {s.family_name}, {s.given_names} ({s.unit_code or '—'})"
            )
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
        else:
            self._say_none_found(text)

    def _say_none_found(self, text: str) -> None:
        """The line under the list: no prisoner matches `text` ("" hides it)."""
        self.none_found.setText(
            translate(
                "ObservationEditorPage",
                "No prisoner matches “{text}”.",
            ).format(text=text)
            if text
            else ""
        )
        self.none_found.setVisible(bool(text))

    def _enter(self) -> None:
        self.search()
        if self.matches.count() == 1:
            self._picked(self.matches.item(0))
        elif self.matches.count():
            self.matches.setFocus()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.hide()
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def reset(self) -> None:
        """Nothing typed, nothing listed, hidden (on lock and before each use)."""
        self.timer.stop()
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.matches.clear()
        self._say_none_found("")
        self.hide()
