"""One checklist item on screen: its label and help, three answers, a dated example."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.services.checklist_rules import MAX_EVIDENCE
from radprev_desktop.core.services.checklists import Answer, AnswerInput
from radprev_desktop.gui.inputs import LimitedLineEdit, LimitedTextEdit, date_edit, with_counter
from radprev_desktop.gui.texts.template_view import ItemView


def limited_text(
    limit: int, name: str, accessible: str, placeholder: str = "", height: int = 70
) -> LimitedTextEdit:
    """A multi-line section with the service's limit; Tab moves on."""
    edit = LimitedTextEdit(limit, lines=max(2, round(height / 18)), placeholder=placeholder)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


class ItemRow(QFrame):
    """One checklist item: label and help, three answers, example and date when observed."""

    changed = Signal()

    def __init__(self, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"item_{item.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        title = QLabel(f"<b>{item.code}</b> {item.label}")
        title.setWordWrap(True)
        layout.addWidget(title)
        if item.help:
            help_label = QLabel(item.help)
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(help_label)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.observed = QRadioButton(self.tr("Observed"))
        self.not_observed = QRadioButton(self.tr("Not observed"))
        self.unknown = QRadioButton(self.tr("Unknown"))
        for i, (button, answer) in enumerate(
            (
                (self.observed, Answer.OBSERVED),
                (self.not_observed, Answer.NOT_OBSERVED),
                (self.unknown, Answer.UNKNOWN),
            )
        ):
            button.setObjectName(f"{item.code}_{answer.value}")
            button.setAccessibleName(f"{item.code} {button.text()}")
            self.group.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.evidence_row = QWidget()
        er = QHBoxLayout(self.evidence_row)
        er.setContentsMargins(20, 0, 0, 0)
        self.evidence = LimitedLineEdit(MAX_EVIDENCE)
        self.evidence.setObjectName(f"{item.code}_evidence")
        self.evidence.setAccessibleName(self.tr("Example for {code}").format(code=item.code))
        if item.kind == "context":
            self.evidence.setPlaceholderText(self.tr("Note (optional)"))
        else:
            self.evidence.setPlaceholderText(
                self.tr("A concrete example: what exactly was seen or heard (required)")
            )
        # Typed in the language's format; starts on today, the calendar opens there too.
        self.date = date_edit(latest=QDate.currentDate())
        self.date.setObjectName(f"{item.code}_date")
        self.date.setAccessibleName(
            self.tr("Date of the example for {code}").format(code=item.code)
        )
        er.addWidget(QLabel(self.tr("Example:")))
        er.addWidget(with_counter(self.evidence), 1)
        self.date_label = QLabel(self.tr("Date:"))
        er.addWidget(self.date_label)
        er.addWidget(self.date)
        # Only an indicator's example needs its date (core checklist_rules).
        self.date_label.setVisible(item.kind == "indicator")
        self.date.setVisible(item.kind == "indicator")
        layout.addWidget(self.evidence_row)
        self.evidence_row.setVisible(False)
        self.group.idToggled.connect(self._toggled)
        self.evidence.textChanged.connect(lambda _t: self.changed.emit())
        self.date.dateChanged.connect(lambda _d: self.changed.emit())

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.evidence_row.setVisible(self.observed.isChecked())
            if self.observed.isChecked():
                self.evidence.setFocus()
            self.changed.emit()

    def answer(self) -> Answer | None:
        if self.observed.isChecked():
            return Answer.OBSERVED
        if self.not_observed.isChecked():
            return Answer.NOT_OBSERVED
        if self.unknown.isChecked():
            return Answer.UNKNOWN
        return None

    def set_answer(self, answer: Answer | None, evidence: str = "", day: str | None = None) -> None:
        buttons = {
            Answer.OBSERVED: self.observed,
            Answer.NOT_OBSERVED: self.not_observed,
            Answer.UNKNOWN: self.unknown,
        }
        if answer is None:
            self.group.setExclusive(False)
            for b in buttons.values():
                b.setChecked(False)
            self.group.setExclusive(True)
        else:
            buttons[answer].setChecked(True)
        self.evidence_row.setVisible(answer is Answer.OBSERVED)
        self.evidence.setText(evidence)
        self.date.setDate(QDate.fromString(day, "yyyy-MM-dd") if day else QDate.currentDate())

    def to_input(self) -> AnswerInput | None:
        answer = self.answer()
        if answer is None:
            return None
        if answer is not Answer.OBSERVED:
            return AnswerInput(self.item.code, answer)
        day = self.date.date().toString("yyyy-MM-dd") if self.item.kind == "indicator" else None
        return AnswerInput(self.item.code, answer, self.evidence.text().strip(), day)

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.observed, self.not_observed, self.unknown, self.evidence, self.date):
            w.setEnabled(not read_only)
