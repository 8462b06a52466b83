"""Choose a prisoner (search box and list) and, when wanted, one of their observations.

Used where a screen needs a record chosen, never an internal id typed by hand
(the Reports page). Names are drawn only after the reason for access has been
given (asked once per session, before the first search).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services import search, subject_search
from radprev_desktop.core.services.search import ObservationFilter
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.justification import ensure_justification
from radprev_desktop.gui.texts.labels import short_label

ID = Qt.ItemDataRole.UserRole


class RecordPicker(QWidget):
    """A search box with matching prisoners; optionally a list of the chosen one's observations."""

    subject_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.subject_id: str | None = None
        self.with_observations = False
        self.query = QLineEdit()
        self.query.setObjectName("subjectQuery")
        self.query.setAccessibleName(self.tr("Find the prisoner by name or prison number"))
        self.query.setPlaceholderText(self.tr("name or prison number"))
        self.matches = QListWidget()
        self.matches.setObjectName("subjectMatches")
        self.matches.setAccessibleName(self.tr("Matching prisoners"))
        self.matches.setMaximumHeight(self.fontMetrics().height() * 6)
        self.matches.hide()
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenSubject")
        self.chosen.setWordWrap(True)
        self.observations = QComboBox()
        self.observations.setObjectName("observationChoice")
        self.observations.setAccessibleName(self.tr("Observation"))
        self.observations.hide()
        self.message = QLabel()
        self.message.setObjectName("pickerMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.query, self.matches, self.chosen, self.observations, self.message):
            layout.addWidget(widget)
        self.setFocusProxy(self.query)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.find_prisoners)
        self.query.textEdited.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        self.matches.itemActivated.connect(self._picked)
        self.matches.itemClicked.connect(self._picked)

    def find_prisoners(self) -> None:
        """List the prisoners matching the query (the reason for access comes first)."""
        self._timer.stop()
        self.matches.clear()
        text = self.query.text().strip()
        if not any(ch.isalnum() for ch in text):
            self.matches.hide()
            self.message.hide()  # an earlier "no prisoner matches" is about another text
            return
        session = self.ctx.session
        if session is None or not session.is_open:
            return  # locked meanwhile
        if ensure_justification(session, self) is None:
            self._say(self.tr("No names are shown without a reason for access."))
            return
        try:
            found = subject_search.search_subjects(session, text, limit=20).items
        except RadprevError as exc:
            self._say(error_text(exc))
            return
        self.message.hide()
        for s in found:
            item = QListWidgetItem(
                f"{s.prison_number} — {s.family_name} {s.given_names} ({s.unit_code or '—'})"
            )
            item.setData(ID, s.id)
            self.matches.addItem(item)
        self.matches.setVisible(bool(found))
        if found:
            self.matches.setCurrentRow(0)
        else:
            # Says what was looked for, as the observation's prisoner picker does (fixa9).
            self._say(self.tr("No prisoner matches “{text}”.").format(text=text))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _enter(self) -> None:
        self.find_prisoners()
        if self.matches.count() == 1:
            self._picked(self.matches.item(0))
        elif self.matches.count():
            self.matches.setFocus()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.choose(str(item.data(ID)), item.text())

    def choose(self, subject_id: str, text: str) -> None:
        """Take `subject_id` as the chosen prisoner (also from another page)."""
        self.subject_id = subject_id
        self.chosen.setText(self.tr("Chosen: {who}").format(who=text))
        self.matches.hide()
        self.matches.clear()
        self.query.clear()
        self._fill_observations()
        self.subject_chosen.emit(subject_id)
        if self.with_observations:
            self.observations.setFocus()

    def set_with_observations(self, on: bool) -> None:
        self.with_observations = on
        self._fill_observations()

    def _fill_observations(self) -> None:
        self.observations.clear()
        self.observations.setVisible(self.with_observations and self.subject_id is not None)
        if not self.with_observations or self.subject_id is None:
            return
        session = self.ctx.require_session()
        if ensure_justification(session, self) is None:  # listing them is a consultation
            self._say(self.tr("No observations are shown without a reason for access."))
            return
        try:
            page = search.list_observations(
                session, ObservationFilter(subject_id=self.subject_id), limit=200, with_total=False
            )
        except RadprevError as exc:
            self._say(error_text(exc))
            return
        for o in page.items:
            self.observations.addItem(
                f"{format_datetime(o.event_start)} — {short_label(o.urgency)} — {o.excerpt[:60]}",
                o.id,
            )
        if not page.items:
            self._say(self.tr("This prisoner has no observation yet."))

    def observation_id(self) -> str | None:
        data = self.observations.currentData()
        return str(data) if data else None

    def select_observation(self, observation_id: str) -> None:
        index = self.observations.findData(observation_id)
        if index >= 0:
            self.observations.setCurrentIndex(index)

    def clear(self) -> None:
        self._timer.stop()
        self.subject_id = None
        self.query.clear()
        self.matches.clear()
        self.matches.hide()
        self.chosen.clear()
        self.observations.clear()
        self.observations.hide()
        self.message.clear()
        self.message.hide()
