"""The grading of one record: source, information and handling as three choices in words.

The axes are never combined into a score. Each choice reads as plain words
with the preset's code in brackets ("Reliable (1)"), so an officer needs no
manual and a reviewer still sees the code the central office uses.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSizePolicy, QWidget

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Grading
from radprev_desktop.core.services import grading as grading_service
from radprev_desktop.core.services.observation_fields import FIELD_LIMITS
from radprev_desktop.gui.inputs import LimitedLineEdit
from radprev_desktop.gui.texts.labels import words

#: Error field names of the observations service that point into this widget.
ERROR_FIELDS = ("grading", "source_grade", "information_grade", "handling", "handling_conditions")


class GradingWidget(QWidget):
    """Source, information and handling (with the conditions handling C needs)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_name = grading_service.DEFAULT_PRESET
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # A narrow panel (the review queue at 1024×768) puts each choice under its label.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = layout
        self.row_labels: list[QLabel] = []
        self.source = QComboBox()
        self.source.setObjectName("sourceGrade")
        self.source.setAccessibleName(self.tr("Source grade"))
        self.information = QComboBox()
        self.information.setObjectName("informationGrade")
        self.information.setAccessibleName(self.tr("Information grade"))
        self.handling = QComboBox()
        self.handling.setObjectName("handling")
        self.handling.setAccessibleName(self.tr("Handling"))
        self.conditions = LimitedLineEdit(
            FIELD_LIMITS["handling_conditions"],
            placeholder=self.tr("Who may receive it, and on what conditions"),
        )
        self.conditions.setObjectName("handlingConditions")
        self.conditions.setAccessibleName(self.tr("Conditions of sharing"))
        self.conditions_label = QLabel(self.tr("Conditions:"))
        for text, widget in (
            (self.tr("Sou&rce is:"), self.source),
            (self.tr("&Information is:"), self.information),
            (self.tr("Han&dling (sharing):"), self.handling),
        ):
            lab = QLabel(text)
            lab.setBuddy(widget)
            layout.addRow(lab, widget)
            self.row_labels.append(lab)
        self.conditions_label.setBuddy(self.conditions)
        layout.addRow(self.conditions_label, self.conditions)
        for combo in (self.source, self.information, self.handling):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            # As wide as the row allows, never wider: the longest choice (Polish handling
            # words, 400 px) made the review queue's decision panel scroll sideways at
            # 1024×768; the open list still shows every choice whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.conditions.textChanged.connect(lambda _t: self.changed.emit())
        self.set_preset(self.preset_name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_rows(event.size().width())
        super().resizeEvent(event)

    def whole_choice_width(self) -> int:
        """The width a closed choice needs to show its longest item whole."""
        widest = 0
        for combo in (self.source, self.information, self.handling):
            metrics = combo.fontMetrics()
            # The box's frame and arrow: its minimum width less the letters it holds then.
            frame = combo.minimumSizeHint().width() - metrics.horizontalAdvance(
                "x" * combo.minimumContentsLength()
            )
            for i in range(combo.count()):
                widest = max(widest, metrics.horizontalAdvance(combo.itemText(i)) + frame)
        return widest

    def _fit_rows(self, width: int) -> None:
        """Each choice under its label when beside it the choice would be cut.

        The choices shrink to the row (so that a narrow panel never scrolls sideways), and
        beside their labels in the review queue at 1024×768 they read "Suspected to be fal",
        "Lawful sharing pern" (walk12, session 12). Under the label a choice has the whole
        width of the panel.
        """
        label = max(lab.sizeHint().width() for lab in self.row_labels)
        beside = label + max(self.form.horizontalSpacing(), 0) + self.whole_choice_width()
        policy = (
            QFormLayout.RowWrapPolicy.WrapLongRows
            if width >= beside
            else QFormLayout.RowWrapPolicy.WrapAllRows
        )
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def _changed(self) -> None:
        for combo in (self.source, self.information, self.handling):
            # Where even the whole row is too narrow, the full words on hovering.
            combo.setToolTip(combo.currentText())
        needs = self.handling.currentData() == "C"
        self.conditions.setVisible(needs)
        self.conditions_label.setVisible(needs)
        self.changed.emit()

    def set_preset(self, name: str) -> None:
        try:
            preset = grading_service.preset(name)
        except ValidationError:
            preset = grading_service.preset(grading_service.DEFAULT_PRESET)
        self.preset_name = preset.name
        for combo, values in (
            (self.source, preset.source),
            (self.information, preset.information),
            (self.handling, preset.handling),
        ):
            combo.blockSignals(True)
            combo.clear()
            for code, text in values.items():
                combo.addItem(f"{words(text)} ({code})", code)
            combo.blockSignals(False)
        self._changed()

    # --- the field protocol (gui/form.py) ---------------------------------------------

    def set_value(self, grading: Grading) -> None:
        if grading.preset != self.preset_name:
            self.set_preset(grading.preset)
        for combo, code in (
            (self.source, grading.source),
            (self.information, grading.information),
            (self.handling, grading.handling),
        ):
            i = combo.findData(code)
            if i >= 0:
                combo.setCurrentIndex(i)
        self.conditions.setText(grading.conditions)
        self._changed()

    def value(self) -> Grading:
        return Grading(
            self.preset_name,
            str(self.source.currentData() or ""),
            str(self.information.currentData() or ""),
            str(self.handling.currentData() or ""),
            self.conditions.text().strip() if self.handling.currentData() == "C" else "",
        )

    def clear(self) -> None:
        self.conditions.clear()
        for combo in (self.source, self.information, self.handling):
            combo.setCurrentIndex(0)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.source, self.information, self.handling, self.conditions):
            widget.setEnabled(not read_only)

    def focus_target(self, error_field: str = "") -> QWidget:
        return {
            "information_grade": self.information,
            "handling": self.handling,
            "handling_conditions": self.conditions,
        }.get(error_field, self.source)

    def tab_chain(self) -> list[QWidget]:
        return [self.source, self.information, self.handling, self.conditions]
