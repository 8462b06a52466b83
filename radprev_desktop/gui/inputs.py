"""Input widgets that behave: limits shown before they bite, typeable dates, no wheel surprises.

- `LimitedTextEdit` / `LimitedLineEdit` know the service's limit: a counter
  appears near the limit, a paste that does not fit is cut with a message
  (the rest stays on the clipboard), never refused later on save.
- `date_edit` / `datetime_edit` are typed in the language's one date format,
  start on a sensible day and open their calendar there.
- `WheelGuard` stops the mouse wheel from changing a combo box or spin box
  that does not have the focus: scrolling a form scrolls the form.
- `NameValidator` refuses emoji, symbols and control characters as typed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMimeData,
    QObject,
    QPointF,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.services.subject_fields import name_character_allowed
from radprev_desktop.gui.i18n import date_format, datetime_format

#: The counter shows from this share of the limit on.
COUNTER_FROM = 0.8


class LimitedTextEdit(QPlainTextEdit):
    """Multi-line text with a character limit; Tab moves on (keyboard-first)."""

    refused = Signal(int)  # characters that did not fit

    def __init__(
        self, limit: int, *, lines: int = 4, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(max(2, lines) * line + 12)
        self.setMaximumHeight(round(max(2, lines) * 1.5) * line + 12)
        self.textChanged.connect(self._enforce)

    def room(self) -> int:
        selected = len(self.textCursor().selectedText())
        return self.limit - len(self.toPlainText()) + selected

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text()
        room = self.room()
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        self.textCursor().insertText(text[: max(0, room)])
        self.refused.emit(len(text) - max(0, room))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        typing = (bool(text) and text.isprintable()) or event.key() == Qt.Key.Key_Return
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if typing and not ctrl and self.room() <= 0:
            self.refused.emit(1)
            return
        super().keyPressEvent(event)

    def _enforce(self) -> None:
        # Drag and drop or an input method can still go over: cut at the limit.
        text = self.toPlainText()
        if len(text) > self.limit:
            self.blockSignals(True)
            self.setPlainText(text[: self.limit])
            self.blockSignals(False)
            self.moveCursor(self.textCursor().MoveOperation.End)
            self.refused.emit(len(text) - self.limit)
            self.textChanged.emit()

    def length(self) -> int:
        return len(self.toPlainText())


class LimitedLineEdit(QLineEdit):
    """One line with the service's limit (Qt cuts a paste; we say so)."""

    refused = Signal(int)

    def __init__(self, limit: int, *, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.limit = limit
        self.setMaxLength(limit)
        self.setPlaceholderText(placeholder)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            incoming = len(QApplication.clipboard().text().replace("\n", " "))
            room = self.limit - len(self.text()) + len(self.selectedText())
            super().keyPressEvent(event)
            if incoming > room:
                self.refused.emit(incoming - max(0, room))
            return
        text = event.text()
        full = len(self.text()) >= self.limit and not self.hasSelectedText()
        if full and text and text.isprintable():
            self.refused.emit(1)
        super().keyPressEvent(event)

    def length(self) -> int:
        return len(self.text())


class CharacterCounter(QLabel):
    """ "180 of 200 characters" under a limited field, from 80 % of the limit on."""

    def __init__(self, field: LimitedTextEdit | LimitedLineEdit) -> None:
        super().__init__()
        self.field = field
        self.setObjectName(f"{field.objectName()}Counter")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setWordWrap(True)
        self._cut = 0
        field.setToolTip(self.tr("At most {n} characters.").format(n=_number(field.limit)))
        if isinstance(field, LimitedTextEdit):
            field.textChanged.connect(self.update_count)
        else:
            field.textChanged.connect(lambda _t: self.update_count())
        field.refused.connect(self._refused)
        self.update_count()

    def _refused(self, count: int) -> None:
        self._cut = count
        self.update_count()
        self._cut = 0

    def update_count(self) -> None:
        n = self.field.length()
        limit = self.field.limit
        if self._cut > 1:
            text = self.tr(
                "Only {limit} characters fit: {cut} pasted characters were left out "
                "(they are still on the clipboard)."
            ).format(limit=_number(limit), cut=_number(self._cut))
        elif n >= limit:
            text = self.tr("Limit reached: {limit} characters.").format(limit=_number(limit))
        elif n >= COUNTER_FROM * limit:
            text = self.tr("{n} of {limit} characters").format(n=_number(n), limit=_number(limit))
        else:
            text = ""
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))


def _number(n: int) -> str:
    return QLocale().toString(n)


def with_counter(field: LimitedTextEdit | LimitedLineEdit) -> QWidget:
    """The field with its counter underneath, as one widget for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(field)
    counter = CharacterCounter(field)
    layout.addWidget(counter)
    box.setFocusProxy(field)
    return box


def date_edit(
    default: QDate | None = None, *, latest: QDate | None = None, earliest: QDate | None = None
) -> QDateEdit:
    """A date typed in the language's format; the calendar opens on the shown day."""
    edit = QDateEdit()
    edit.setDisplayFormat(date_format())
    edit.setCalendarPopup(True)
    edit.setMinimumDate(earliest or QDate(1990, 1, 1))
    edit.setMaximumDate(latest or QDate(2100, 12, 31))
    edit.setDate(default or QDate.currentDate())
    edit.setCurrentSection(QDateEdit.Section.DaySection)
    return edit


def datetime_edit() -> QDateTimeEdit:
    """A date and time (local), typed in the language's format, never in the future."""
    edit = QDateTimeEdit()
    edit.setDisplayFormat(datetime_format())
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setDateTime(QDateTime.currentDateTime())
    return edit


def end_of_today() -> QDateTime:
    return QDateTime(QDate.currentDate(), QTime(23, 59))


_GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """App-wide: the wheel over an unfocused combo or spin box scrolls its form instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs for every event of the application: the cheap type check of the widget comes
        # first; `event.type()` builds a Python enum at each call (≈ 1 µs), asked once.
        if not isinstance(watched, _GUARDED):
            return False
        kind = event.type()
        if kind == QEvent.Type.Polish:
            _no_wheel_focus(watched)
            return False
        if kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and not watched.hasFocus():
            area = _scroll_area_of(watched)
            if area is not None:
                # Handed to the form's scroll bar ourselves: Qt does not pass a wheel
                # event on to the parent when the event was not made by the system.
                bar = area.verticalScrollBar()
                QApplication.sendEvent(
                    bar,
                    QWheelEvent(
                        QPointF(0, 0),
                        event.globalPosition(),
                        event.pixelDelta(),
                        event.angleDelta(),
                        event.buttons(),
                        event.modifiers(),
                        event.phase(),
                        event.inverted(),
                    ),
                )
            return True
        return False


def _no_wheel_focus(widget: QWidget) -> None:
    """Qt gives a WheelFocus widget (a combo box's default) the focus on a real wheel event
    *before* any filter sees it, so the guard's focus check let the wheel through:
    scrolling the observation form under Xvfb turned "Information is" from A to E unseen.
    Clicks and Tab still focus it."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_guard: WheelGuard | None = None


def install_wheel_guard() -> None:
    """Once per application (the main window and dialogs all benefit)."""
    global _guard
    app = QApplication.instance()
    if app is None or _guard is not None:
        return
    _guard = WheelGuard(app)
    app.installEventFilter(_guard)
    for widget in QApplication.allWidgets():  # those polished before the guard
        if isinstance(widget, QComboBox | QAbstractSpinBox):
            _no_wheel_focus(widget)


class NameValidator(QValidator):
    """Letters of any script, accents, spaces, - ' . — no emoji, symbols or control codes."""

    def validate(self, text: str, pos: int) -> object:
        if all(name_character_allowed(c) for c in text):
            return QValidator.State.Acceptable
        return QValidator.State.Invalid


def shrinkable(*combos: QComboBox, letters: int = 14) -> None:
    """Combo boxes that may be narrower than their longest choice (cut with "…").

    Without this a combo is as wide as its longest entry, and one long report
    title or Polish label pushes the window wider than a small screen.
    """
    for combo in combos:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(letters)
