"""Small widgets shared by the shell: password pair with inline checks, caps-lock hint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import WeakPassword
from radprev_desktop.core.services.vault_access import check_new_password
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.pdf_preview import PdfMemoryDocument, printer_chosen, render_to_printer


class CapsLockWatcher(QObject):
    """Guesses Caps Lock from typed letters (Qt has no portable query) and shows a hint."""

    def __init__(self, edit: QLineEdit, label: QLabel) -> None:
        super().__init__(edit)
        self.label = label
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Caps Lock warning"))
        self.label.hide()
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if event.key() == Qt.Key.Key_CapsLock:
                self.set_on(not self.label.isVisible())
            elif len(text) == 1 and text.isalpha() and text.upper() != text.lower():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.set_on(text.isupper() != shift)
        return False

    def set_on(self, on: bool) -> None:
        self.label.setText(self.tr("Caps Lock is on.") if on else "")
        self.label.setVisible(on)


class PasswordPair(QWidget):
    """A new password typed twice, checked as the user types."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, username: str = "") -> None:
        super().__init__(parent)
        self.username = username
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New password"))
        self.first.setObjectName("newPassword")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("New password again"))
        self.second.setObjectName("newPasswordAgain")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("passwordHint")
        self.hint.setAccessibleName(self.tr("Password check"))
        self.caps = QLabel()
        CapsLockWatcher(self.first, self.caps)
        self.show_check = QCheckBox(self.tr("Show passwords"))
        self.show_check.setAccessibleName(self.tr("Show passwords"))
        self.show_check.toggled.connect(self._show)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        first_label = QLabel(self.tr("&New password:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Repeat it:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.show_check)
        layout.addWidget(self.caps)
        layout.addWidget(self.hint)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._valid = False
        self._check()

    def set_username(self, username: str) -> None:
        self.username = username
        self._check()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def problem(self) -> str:
        """Why the pair is not acceptable yet ('' when it is)."""
        first, second = self.first.text(), self.second.text()
        if not first:
            return self.tr("Type the new password, at least 10 characters.")
        try:
            check_new_password(first, self.username or "\0")
        except WeakPassword as exc:
            return error_text(exc)
        if not second:
            return self.tr("Type the password a second time.")
        if first != second:
            return self.tr("The two passwords are not the same.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or self.tr("The password is acceptable."))
        valid = not problem
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def is_valid(self) -> bool:
        return not self.problem()

    def password(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def add_labelled_rows(form: QFormLayout, rows: tuple[tuple[str, QWidget], ...]) -> None:
    """Rows whose label is the field's buddy, so the label's &mnemonic focuses the field."""
    for text, field in rows:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)


def ok_cancel(dialog: QDialog, ok_text: str, on_ok: object) -> QDialogButtonBox:
    """OK/Cancel buttons whose OK says what it does (also to screen readers)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def named_button(text: str, name: str) -> QPushButton:
    """A push button with its object name (tests and the keyboard walk find it by name)."""
    made = QPushButton(text)
    made.setObjectName(name)
    return made


def heading(text: str) -> QLabel:
    """A bold, larger label (scales with the font, no fixed pixel size)."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def print_pdf(parent: QWidget, pdf: bytes, title: str) -> bool:
    """Ask for a printer and print an in-memory PDF (no temporary file); False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if not printer_chosen(printer, parent, title):
        return False
    document = PdfMemoryDocument()
    try:
        document.load(pdf)
        return render_to_printer(document.document, printer) > 0
    finally:
        document.close()


class CheckBoxText(QLabel):
    """A check box's words that wrap (a QCheckBox's own text cannot): Alt+letter ticks
    it, as QLabel does for a button buddy, and so does a click on the words."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setBuddy(box)
        self.box = box

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.click()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        super().mousePressEvent(event)


def with_wrapping_text(box: QCheckBox, text: str) -> QWidget:
    """`box` with `text` beside it, wrapping on a narrow window."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(CheckBoxText(text, box), 1)
    box.setAccessibleName(text.replace("&", ""))
    return holder


def fit_first_choice(combo: QComboBox) -> None:
    """The combo never narrower than its first choice ("All units"): a squeezed row gives way
    elsewhere. Serbian Cyrillic at 1024×768, 150 %, showed "Сва одел…" (session 12)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text = combo.fontMetrics().boundingRect(combo.itemText(0)).size()
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
    combo.setMinimumWidth(size.width())
