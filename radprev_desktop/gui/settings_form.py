"""The administrator's Settings tab, drawn from core's declared settings.

Each field comes from one entry of core/settings_catalogue.py (its kind, label,
limits and choices), so a new setting appears here without a screen change and
this tab never decides what a valid value is: saving hands every value to
services/settings.py, which checks it against the same declaration.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services import settings
from radprev_desktop.core.settings_catalogue import Setting, SettingKind
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text

W = TypeVar("W", bound=QWidget)


def label_of(text: str) -> str:
    """A label of the catalogue in the user's language."""
    return QCoreApplication.translate(catalogue.CONTEXT, text)


class SettingsTab(QWidget):
    """One field per declared setting shown on the form; Save stores them together."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields: dict[str, QWidget] = {}
        self.parts: dict[str, dict[str, QSpinBox]] = {}
        self.form = QFormLayout()
        # Fields keep their size, but a choice grows up to its maximum; long labels
        # put their field on the next line when the window is narrow.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for setting in catalogue.SETTINGS:
            if not setting.on_settings_form:
                continue
            if setting.kind is SettingKind.NUMBER_PER_PART:
                self.parts[setting.key] = {
                    part.value: self._add_row(
                        f"{setting.key}_{part.value}", label_of(part.label), _spin(setting)
                    )
                    for part in setting.choices
                }
            else:
                self.fields[setting.key] = self._add_row(
                    f"setting_{setting.key}", label_of(setting.label), _field(setting)
                )
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("settingsMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addStretch(1)

    @property
    def retention(self) -> dict[str, QSpinBox]:
        """The retention period fields, by kind of file."""
        return self.parts["retention_months"]

    def _add_row(self, name: str, title: str, field: W) -> W:
        field.setObjectName(name)
        field.setAccessibleName(title)
        label = QLabel(title + ":")
        label.setBuddy(field)
        label.setWordWrap(True)  # some are sentences: one line was wider than 683 px (150 %)
        self.form.addRow(label, field)
        return field

    def refresh(self) -> None:
        values = settings.all_settings(self.ctx.require_session())
        for key, field in self.fields.items():
            _show(field, values.get(key))
        for key, spins in self.parts.items():
            declared = catalogue.setting(key)
            stored = values.get(key) or {}
            for part, spin in spins.items():
                spin.setValue(int(stored.get(part, declared.part_default(part))))
        self.message.clear()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: _value(field) for key, field in self.fields.items()}
        for key, spins in self.parts.items():
            out[key] = {part: spin.value() for part, spin in spins.items()}
        return out

    def save(self) -> None:
        try:
            self.ctx.perform(settings.set_settings, self.ctx.require_session(), self.values())
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("The settings were saved."))

    def clear(self) -> None:
        for field in self.fields.values():
            if isinstance(field, QLineEdit):
                field.clear()
        self.message.clear()


def _spin(setting: Setting) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(setting.minimum, setting.maximum)
    return spin


def _line(setting: Setting, width: int) -> QLineEdit:
    line = QLineEdit()
    line.setObjectName(setting.key)
    line.setMinimumWidth(line.fontMetrics().horizontalAdvance("M") * width)
    return line


def _field(setting: Setting) -> QWidget:
    """The widget for one setting's kind."""
    if setting.kind is SettingKind.NUMBER:
        return _spin(setting)
    if setting.kind is SettingKind.LEVELS:
        return _line(setting, 24)
    if setting.kind is SettingKind.TEXT:
        line = QLineEdit()
        line.setMaxLength(setting.max_length)
        line.setMinimumWidth(line.fontMetrics().horizontalAdvance("M") * 24)
        return line
    if setting.kind is SettingKind.CHOICE:
        combo = QComboBox()
        for choice in setting.choices:
            combo.addItem(label_of(choice.label), choice.value)
        # Never wider than the form allows: a long choice (the grading scheme, the audit
        # search words) made the section scroll sideways at 1024×768 in Serbian,
        # Polish and Macedonian; the open list still shows every choice whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.setMaximumWidth(combo.fontMetrics().horizontalAdvance("M") * 40)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo
    if setting.kind is SettingKind.FLAG:
        return QCheckBox()
    raise ValueError(f"no field for a {setting.kind} setting ({setting.key})")


def _show(field: QWidget, value: Any) -> None:
    if isinstance(field, QSpinBox):
        field.setValue(int(value or 0))
    elif isinstance(field, QComboBox):
        field.setCurrentIndex(max(0, field.findData(value)))
    elif isinstance(field, QCheckBox):
        field.setChecked(bool(value))
    elif isinstance(field, QLineEdit) and isinstance(value, list):
        field.setText("; ".join(str(v) for v in value))  # levels, lowest first
    elif isinstance(field, QLineEdit):
        field.setText(str(value or ""))


def _value(field: QWidget) -> Any:
    if isinstance(field, QSpinBox):
        return field.value()
    if isinstance(field, QComboBox):
        return field.currentData()
    if isinstance(field, QCheckBox):
        return field.isChecked()
    if isinstance(field, QLineEdit):
        return field.text()
    raise ValueError(f"no value for {field.objectName()}")
