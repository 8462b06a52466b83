"""Rectification requests and disputes of one prisoner's file (LED Art. 16(1)), on screen.

The person asks (through the data-protection officer) that the details, an observation
or a checklist run be corrected, or contests them. A supervisor — an administrator for
the details only — records it here with the person's words and, later, decides it:
rectified (citing the amended version), refused or, a dispute, noted (with a reason).
The correction itself is an ordinary amendment: *Correct the record…* closes the dialog
and opens it. Who may, what each outcome needs and the audit entries are core's
(`core/services/data_requests.py`, decision 0023); this dialog lists, asks and shows.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QShowEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Subject
from radprev_desktop.core.reports import note_words
from radprev_desktop.core.services import data_requests
from radprev_desktop.core.services.data_requests import RequestLine
from radprev_desktop.core.services.record_notes import RecordNote
from radprev_desktop.core.text import Text
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, gui_text
from radprev_desktop.gui.held_dialogs import HeldRequests
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.page_area import resize_within_screen

MAX_WORDS = data_requests.MAX_TEXT


class VersionBox(QSpinBox):
    """The amended version a decision cites: only the versions core would accept
    (`RequestLine.citable`: for the details, the identity corrections made since the
    request; for an observation or a checklist run, the amendments made since it),
    stepped through one by one; "–" when there is none yet."""

    def __init__(self) -> None:
        super().__init__()
        self.allowed: tuple[int, ...] = ()
        self.offer(())

    def offer(self, versions: tuple[int, ...]) -> None:
        """The versions that may be cited now (the newest chosen)."""
        self.allowed = tuple(sorted(versions))
        if not self.allowed:
            self.setSpecialValueText("–")  # shown at the minimum: no version to name
            self.setRange(0, 0)
            return
        self.setSpecialValueText("")
        self.setRange(self.allowed[0], self.allowed[-1])
        self.setValue(self.allowed[-1])

    def stepBy(self, steps: int) -> None:
        if not self.allowed:
            return
        here = [i for i, v in enumerate(self.allowed) if v <= self.value()]
        index = (here[-1] if here else 0) + steps
        self.setValue(self.allowed[max(0, min(index, len(self.allowed) - 1))])

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """A typed number that may not be cited is never taken (the last good one stays)."""
        state, text, pos = super().validate(text, pos)
        cited = state == QValidator.State.Acceptable and self.allowed
        if cited and self.valueFromText(text) not in self.allowed:
            return (QValidator.State.Intermediate, text, pos)
        return (state, text, pos)


class Target(NamedTuple):
    """A record a request may be about: ("subject" | "observation" | "checklist_run", id,
    the words that name it on screen)."""

    kind: str
    id: str
    label: str


def about_text(line: RequestLine) -> str:
    """What a request is about, with when the record was made ('an observation (12 …)')."""
    about = gui_text(Text(note_words.ABOUT[line.note.object_kind]))
    if line.note.object_kind == "subject" or not line.record_when:
        return about
    return f"{about} ({format_datetime(line.record_when)})"


class DataRequestsDialog(QDialog):
    """The file's requests with their outcome; record a new one; decide an open one."""

    def __init__(
        self,
        ctx: AppContext,
        subject: Subject,
        targets: list[Target],
        *,
        chosen: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DataRequestsDialog")
        self.ctx, self.subject, self.targets = ctx, subject, targets
        self.lines: list[RequestLine] = []
        self.recorded: RecordNote | None = None  # the last request recorded here
        self.correct: Target | None = None  # the record to amend once the dialog closes
        self.setWindowTitle(
            self.tr("Rectification requests and disputes — {name} ({number})").format(
                name=subject.display_name, number=subject.prison_number
            )
        )
        intro = QLabel(
            self.tr(
                "Record what the prisoner asks to be corrected, or contests, in the person's "
                "own words. The correction itself is an amendment of the record; then decide "
                "the request, citing the amended version."
            )
        )
        intro.setWordWrap(True)
        self.table = self._build_table()
        self.status = QLabel()
        self.status.setObjectName("requestStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: bold;")
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        closing.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        boxes = QHBoxLayout()
        boxes.addWidget(self._build_new(chosen), 1)
        boxes.addWidget(self._build_decision(), 1)
        layout.addLayout(boxes)
        layout.addWidget(self.status)
        layout.addWidget(closing)
        resize_within_screen(self, 880, 560)
        self.reload()
        self.words.setFocus()

    # --- layout ------------------------------------------------------------------------

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setObjectName("requestTable")
        table.setAccessibleName(self.tr("Requests and disputes of the file"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Recorded"),
                self.tr("Request"),
                self.tr("About"),
                self.tr("What the person says"),
                self.tr("Outcome"),
            ]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.currentCellChanged.connect(lambda *_: self._selected())
        return table

    def _build_new(self, chosen: int) -> QGroupBox:
        box = QGroupBox(self.tr("New request"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.about = QComboBox()
        self.about.setObjectName("requestAbout")
        # A checklist run is named by its whole line: never let it widen the window.
        self.about.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.about.setMinimumContentsLength(24)
        for target in self.targets:
            self.about.addItem(target.label, target.kind)
        self.about.setCurrentIndex(chosen if 0 <= chosen < len(self.targets) else 0)
        self.kind = QComboBox()
        self.kind.setObjectName("requestKind")
        for code in data_requests.record_notes.REQUEST_KINDS:
            self.kind.addItem(gui_text(Text(note_words.KINDS[code])), code)
        self.words = QPlainTextEdit()
        self.words.setObjectName("requestWords")
        self.words.setTabChangesFocus(True)
        self.words.setAccessibleName(self.tr("What the person asks or contests"))
        self.words.setPlaceholderText(self.tr("In the person's own words"))
        self.record_button = QPushButton(self.tr("Record the re&quest"))
        self.record_button.setObjectName("recordRequest")
        self.record_button.clicked.connect(self.record)
        form.addRow(self._label(self.tr("Abou&t:"), self.about), self.about)
        form.addRow(self._label(self.tr("&Kind:"), self.kind), self.kind)
        form.addRow(self._label(self.tr("The person's &words:"), self.words), self.words)
        form.addRow("", self.record_button)
        return box

    def _build_decision(self) -> QGroupBox:
        box = QGroupBox(self.tr("Decision on the selected request"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outcome = QComboBox()
        self.outcome.setObjectName("requestOutcome")
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_fields())
        self.version = VersionBox()
        self.version.setObjectName("requestVersion")
        self.reason = QLineEdit()
        self.reason.setObjectName("requestReason")
        self.reason.setMaxLength(MAX_WORDS)
        self.decide_button = QPushButton(self.tr("&Decide"))
        self.decide_button.setObjectName("decideRequest")
        self.decide_button.clicked.connect(self.decide)
        self.correct_button = QPushButton(self.tr("&Correct the record…"))
        self.correct_button.setObjectName("correctRecord")
        self.correct_button.setToolTip(
            self.tr("Close this window and amend the record the request is about.")
        )
        self.correct_button.clicked.connect(self.correct_record)
        form.addRow(self._label(self.tr("&Outcome:"), self.outcome), self.outcome)
        form.addRow(self._label(self.tr("Amended &version:"), self.version), self.version)
        form.addRow(self._label(self.tr("&Reason (refused, noted):"), self.reason), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.correct_button)
        form.addRow(buttons)
        return box

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        shown = QLabel(text)
        shown.setBuddy(buddy)
        return shown

    # --- showing -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Rows fit the words once the columns have their shown width (not before)."""
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def reload(self, select: str | None = None) -> None:
        """The file's requests, oldest first (`select`: the note to show selected)."""
        try:
            self.lines = data_requests.request_lines(self.ctx.require_session(), self.subject.id)
        except RadprevError as exc:
            self.status.setText(error_text(exc))
            self.lines = []
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            note = line.note
            outcome = gui_text(note_words.outcome(note))
            for col, text in enumerate(
                (
                    format_datetime(note.at),
                    gui_text(Text(note_words.KINDS[note.kind])),
                    about_text(line),
                    note.text,
                    outcome,
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        rows = [i for i, line in enumerate(self.lines) if line.note.id == select]
        open_rows = [i for i, line in enumerate(self.lines) if line.note.is_open]
        if rows or open_rows:
            self.table.selectRow((rows or open_rows)[0])
        self._selected()

    def selected_line(self) -> RequestLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _selected(self) -> None:
        """The decision fields follow the request selected (an open one only)."""
        line = self.selected_line()
        open_one = line is not None and line.note.is_open
        self.outcome.blockSignals(True)
        self.outcome.clear()
        self.version.offer(())
        self.version.setToolTip("")
        if line is not None and open_one:
            outcomes = ["rectified", "refused"]
            if line.note.kind == "dispute":
                outcomes.append("noted")
            for code in outcomes:
                self.outcome.addItem(gui_text(Text(note_words.OUTCOMES[code])), code)
            self.version.offer(line.citable)
            if line.note.object_kind == "subject":
                self.version.setToolTip(
                    self.tr(
                        "Only a version that corrected the prison number, names or birth "
                        "year after the request was recorded can be cited."
                    )
                )
            else:
                self.version.setToolTip(
                    self.tr(
                        "Only a version amended after the request was recorded can be "
                        "cited: correct the record first."
                    )
                )
        self.outcome.blockSignals(False)
        for widget in (self.outcome, self.version, self.reason, self.decide_button):
            widget.setEnabled(open_one)
        self.correct_button.setEnabled(
            open_one and any(t.kind == line.note.object_kind for t in self.targets)  # type: ignore[union-attr]
        )
        self._outcome_fields()

    def _outcome_fields(self) -> None:
        rectified = self.outcome.currentData() == "rectified"
        self.version.setEnabled(rectified and self.outcome.isEnabled())

    # --- kept across the lock (gui/held_dialogs.py) ------------------------------------

    def has_typed(self) -> bool:
        """Whether a request's words or a decision's reason are typed and not yet saved."""
        return bool(self.words.toPlainText().strip() or self.reason.text().strip())

    def held(self) -> HeldRequests:
        target = self.targets[self.about.currentIndex()] if self.targets else None
        line = self.selected_line()
        return HeldRequests(
            subject_id=self.subject.id,
            about=(target.kind, target.id) if target is not None else ("", ""),
            kind=str(self.kind.currentData() or ""),
            words=self.words.toPlainText(),
            selected=line.note.id if line is not None else "",
            outcome=str(self.outcome.currentData() or ""),
            version=self.version.value(),
            reason=self.reason.text(),
        )

    def put_back(self, held: HeldRequests) -> None:
        """The values held at the lock, on the same records (where they still exist)."""
        about = [i for i, t in enumerate(self.targets) if (t.kind, t.id) == held.about]
        if about:
            self.about.setCurrentIndex(about[0])
        self.kind.setCurrentIndex(max(0, self.kind.findData(held.kind)))
        self.words.setPlainText(held.words)
        if held.selected:
            self.reload(select=held.selected)
            line = self.selected_line()
            if line is not None and line.note.id == held.selected and line.note.is_open:
                self.outcome.setCurrentIndex(max(0, self.outcome.findData(held.outcome)))
                self.version.setValue(held.version)
                self.reason.setText(held.reason)

    # --- actions -----------------------------------------------------------------------

    def record(self) -> None:
        """Record the request (open: it is decided later, once the record is looked at)."""
        target = self.targets[self.about.currentIndex()] if self.targets else None
        if target is None:
            return
        try:
            note = self.ctx.perform(
                data_requests.record_request,
                self.ctx.require_session(),
                target.kind,
                target.id,
                str(self.kind.currentData()),
                self.words.toPlainText(),
            )
        except RadprevError as exc:
            self.status.setText(error_text(exc))
            self.words.setFocus()
            return
        self.recorded = note
        self.words.clear()
        self.reload(select=note.id)
        self.status.setText(
            self.tr("The request is recorded: {kind}, {about}.").format(
                kind=gui_text(Text(note_words.KINDS[note.kind])), about=target.label
            )
        )

    def decide(self) -> None:
        """The outcome of the selected open request."""
        line = self.selected_line()
        if line is None or not line.note.is_open:
            return
        outcome = str(self.outcome.currentData())
        if outcome == "rectified" and not self.version.allowed and self.version.toolTip():
            # "–": no version may be cited yet. Say which one may (the box's own rule),
            # not core's "name a version, 2 or more", which the box would not take (walk, s9).
            self.status.setText(self.version.toolTip())
            return
        try:
            note = self.ctx.perform(
                data_requests.decide,
                self.ctx.require_session(),
                line.note.id,
                outcome,
                version=self.version.value() if outcome == "rectified" else None,
                reason=self.reason.text(),
            )
        except RadprevError as exc:
            self.status.setText(error_text(exc))
            return
        self.reason.clear()
        self.reload(select=note.id)
        self.status.setText(
            self.tr("Decided: {outcome}.").format(outcome=gui_text(note_words.outcome(note)))
        )

    def correct_record(self) -> None:
        """Close, and let the file open the amendment of the request's record."""
        line = self.selected_line()
        if line is None:
            return
        found = [t for t in self.targets if t.kind == line.note.object_kind]
        if line.note.object_kind != "subject":
            found = [t for t in found if t.id == line.note.object_id] or [
                Target(line.note.object_kind, line.note.object_id, about_text(line))
            ]
        if found:
            self.correct = found[0]
            self.accept()
