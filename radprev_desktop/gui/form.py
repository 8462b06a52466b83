"""A form whose fields are declared once: label, widget, service name, error names.

A screen adds each field with one `Form.add(...)` call; from that the form
knows how to read every value (as the service's keyword arguments), fill it
from a record, clear it on lock, make it read-only, put the focus on the field
an error names, and the Tab order. Field widgets follow one small protocol:
`value()`, `set_value(v)`, `clear()`, `set_read_only(b)`, `focus_target(error)`,
`tab_chain()` and a `changed` signal. The simple ones are here; the grading,
indicator and people widgets have modules of their own.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import QDateTime, QObject, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QWidget,
)

from radprev_desktop.gui.i18n import datetime_format
from radprev_desktop.gui.inputs import LimitedLineEdit, LimitedTextEdit, with_counter
from radprev_desktop.gui.texts.labels import label


class FieldWidget(Protocol):
    """What the form needs of a field's widget."""

    def value(self) -> Any: ...
    def set_value(self, value: Any) -> None: ...
    def clear(self) -> None: ...
    def set_read_only(self, read_only: bool) -> None: ...
    def focus_target(self, error_field: str = "") -> QWidget: ...
    def tab_chain(self) -> list[QWidget]: ...


class LineField(LimitedLineEdit):
    """One line of text (value: the text without outer spaces)."""

    changed = Signal()

    def __init__(self, limit: int, placeholder: str = "") -> None:
        super().__init__(limit, placeholder=placeholder)
        self.textChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value: Any) -> None:
        self.setText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def focus_target(self, error_field: str = "") -> QWidget:
        return self

    def tab_chain(self) -> list[QWidget]:
        return [self]


class TextField(LimitedTextEdit):
    """Several lines of text (value: the text without outer blank space)."""

    changed = Signal()

    def __init__(self, limit: int, placeholder: str = "", lines: int = 4) -> None:
        super().__init__(limit, lines=lines, placeholder=placeholder)
        self.textChanged.connect(self.changed.emit)

    def value(self) -> Any:
        return self.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self.setPlainText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def focus_target(self, error_field: str = "") -> QWidget:
        return self

    def tab_chain(self) -> list[QWidget]:
        return [self]


class LinesField(TextField):
    """One entry per line (value: the non-empty lines)."""

    def value(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        self.setPlainText("\n".join(value or ()))


class CheckField(QCheckBox):
    """A yes/no answer (value: whether it is ticked)."""

    changed = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def clear(self) -> None:
        self.setChecked(False)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_target(self, error_field: str = "") -> QWidget:
        return self

    def tab_chain(self) -> list[QWidget]:
        return [self]


class ChoiceField(QComboBox):
    """One member of an enum, shown in plain words (value: the member)."""

    changed = Signal()

    def __init__(self, kind: type[Enum]) -> None:
        super().__init__()
        self.kind = kind
        for member in kind:
            self.addItem(label(member), member.value)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> Any:
        return self.kind(self.currentData())

    def set_value(self, value: Any) -> None:
        raw = value.value if isinstance(value, Enum) else value
        self.setCurrentIndex(max(0, self.findData(raw)))

    def clear(self) -> None:
        self.setCurrentIndex(0)  # the choices stay, only the selection goes back

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_target(self, error_field: str = "") -> QWidget:
        return self

    def tab_chain(self) -> list[QWidget]:
        return [self]


class LevelField(QComboBox):
    """A classification level of the establishment's list, lowest first (value: its name).

    A record holding a level no longer listed shows it as it is (never replaced silently).
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_levels(self, levels: Sequence[str]) -> None:
        self.blockSignals(True)
        self.clear_levels()
        for level in levels:
            self.addItem(level, level)
        self.blockSignals(False)

    def clear_levels(self) -> None:
        while self.count():
            self.removeItem(0)

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, value: Any) -> None:
        level = str(value or "")
        if level and self.findData(level) < 0:
            self.addItem(level, level)
        self.setCurrentIndex(max(0, self.findData(level)) if level else 0)

    def clear(self) -> None:
        self.setCurrentIndex(0)  # the lowest level, as a new record takes

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_target(self, error_field: str = "") -> QWidget:
        return self

    def tab_chain(self) -> list[QWidget]:
        return [self]


class MomentField(QDateTimeEdit):
    """A local date and time typed in the language's format (value: UTC 'YYYY-MM-DDTHH:MM')."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setDisplayFormat(datetime_format())
        self.setCalendarPopup(True)
        self.setDateTime(QDateTime.currentDateTime())
        self.dateTimeChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> str:
        return self.dateTime().toUTC().toString("yyyy-MM-ddTHH:mm")

    def set_value(self, value: Any) -> None:
        iso = str(value or "")
        moment = QDateTime.fromString(iso[:16], "yyyy-MM-ddTHH:mm")
        if not moment.isValid():
            moment = QDateTime.fromString(iso[:10] + "T00:00", "yyyy-MM-ddTHH:mm")
        if moment.isValid():
            moment.setTimeZone(QTimeZone.utc())
            self.setDateTime(moment.toLocalTime())

    def clear(self) -> None:
        self.setDateTime(QDateTime.currentDateTime())

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)

    def focus_target(self, error_field: str = "") -> QWidget:
        return self

    def tab_chain(self) -> list[QWidget]:
        return [self]


@dataclass
class FormField:
    name: str
    widget: Any  # a QWidget following FieldWidget
    label: QLabel | None
    errors: tuple[str, ...]


class Form(QObject):
    """The declared fields of one screen, in reading (and Tab) order."""

    changed = Signal(str)  # the name of the field that changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, FormField] = {}

    def add(
        self,
        layout: QFormLayout,
        name: str,
        text: str,
        widget: Any,
        *,
        accessible: str = "",
        above: bool = False,
        errors: Sequence[str] = (),
        object_name: str = "",
    ) -> Any:
        """Declare a field: its label (with &mnemonic) and widget go into `layout`.

        `above` puts a long label over the field (text areas); `errors` are more
        error-field names of the service that point here.
        """
        widget.setObjectName(object_name or _camel(name))
        if accessible:
            widget.setAccessibleName(accessible)
        row: QWidget = with_counter(widget) if hasattr(widget, "limit") else widget
        lab = QLabel(text) if text else None
        if lab is not None:
            lab.setBuddy(widget.focus_target())
            lab.setWordWrap(above)
        if lab is not None and above:
            layout.addRow(lab)
            layout.addRow(row)
        elif lab is not None:
            layout.addRow(lab, row)
        else:
            layout.addRow(row)
        widget.changed.connect(lambda n=name: self.changed.emit(n))
        self.fields[name] = FormField(name, widget, lab, (name, *errors))
        return widget

    def widget(self, name: str) -> Any:
        return self.fields[name].widget

    def values(self) -> dict[str, Any]:
        """Every field's value by the service's keyword name."""
        return {name: f.widget.value() for name, f in self.fields.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.fields:
                self.fields[name].widget.set_value(value)

    def clear(self) -> None:
        for f in self.fields.values():
            f.widget.clear()

    def set_read_only(self, read_only: bool) -> None:
        for f in self.fields.values():
            f.widget.set_read_only(read_only)

    def focus_for(self, error_field: str | None) -> QWidget | None:
        """The widget an error about `error_field` should put the focus on."""
        for f in self.fields.values():
            if error_field and error_field in f.errors:
                target: QWidget = f.widget.focus_target(error_field)
                return target
        return None

    def field_of(self, error_field: str | None) -> str | None:
        for f in self.fields.values():
            if error_field and error_field in f.errors:
                return f.name
        return None

    def tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for f in self.fields.values():
            chain.extend(f.widget.tab_chain())
        return chain


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def set_tab_order(chain: Sequence[QWidget]) -> None:
    """Tab moves through `chain` in order (reading order)."""
    for a, b in itertools.pairwise(chain):
        QWidget.setTabOrder(a, b)
