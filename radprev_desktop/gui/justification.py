"""Ask once per session why the user opens subjects' files (a list plus text).

The answer is kept in `session.justification` as (reason_code, text) and is
written into the audit entry of every consultation by the core service. A
user can change it at any time from the subject file page ("Change reason").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import labels as table
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Justification, JustificationReason
from radprev_desktop.core.services.justification import CHOSEN, make_justification
from radprev_desktop.core.session import Session

# Reason codes (core JustificationReason) travel in the audit log; their words are
# core/labels.py's, translated for display only.
REASONS: tuple[tuple[str, str], ...] = tuple(
    (reason.value, str(table.LABELS[reason])) for reason in JustificationReason
)


def reason_label(code: str) -> str:
    """The translated label of a reason code (the code itself if unknown)."""
    for c, label in REASONS:
        if c == code:
            return QCoreApplication.translate(table.CONTEXT, label)
    return code


class JustificationDialog(QDialog):
    """Reason for access: a list plus a short text; 'Other' needs the text."""

    def __init__(self, parent: QWidget | None = None, current: tuple[str, str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reason for access"))
        self.setObjectName("JustificationDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Opening a prisoner's file is recorded in the audit log. Say why you need it; "
                "the reason is remembered until you log out or the screen locks."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        for chosen in CHOSEN:  # the work queue is implied by a screen, never offered
            label = str(table.LABELS[chosen])
            self.reason.addItem(QCoreApplication.translate(table.CONTEXT, label), chosen.value)
        # No reason is chosen for the user: a pre-selected one would be logged as the
        # purpose when Enter is pressed without reading (the DPO's "no stated purpose").
        self.reason.setPlaceholderText(self.tr("Choose the reason"))
        self.reason.setCurrentIndex(-1)
        self.text = QLineEdit()
        self.text.setObjectName("reasonText")
        self.text.setAccessibleName(self.tr("Details"))
        self.text.setMaxLength(200)
        self.text.setPlaceholderText(self.tr("e.g. weekly wing review"))
        reason_label_widget = QLabel(self.tr("&Reason:"))
        reason_label_widget.setBuddy(self.reason)
        text_label = QLabel(self.tr("&Details:"))
        text_label.setBuddy(self.text)
        form.addRow(reason_label_widget, self.reason)
        form.addRow(text_label, self.text)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if current is not None:
            i = self.reason.findData(current[0])
            if i >= 0:
                self.reason.setCurrentIndex(i)
            self.text.setText(current[1])

    def value(self) -> tuple[str, str]:
        return str(self.reason.currentData()), self.text.text().strip()

    def _accept(self) -> None:
        if self.reason.currentIndex() < 0:
            self._say(self.tr("Choose the reason for access from the list."))
            self.reason.setFocus()
            return
        code, text = self.value()
        try:
            make_justification(code, text)
        except ValidationError as exc:
            self._say(QCoreApplication.translate("errors", exc.message))
            self.text.setFocus()
            return
        self.accept()

    def _say(self, text: str) -> None:
        """Show why OK was refused; the dialog grows so the words above are not squeezed."""
        self.message.setText(text)
        self.adjustSize()


def as_justification(value: tuple[str, str]) -> Justification:
    """The session's (code, text) pair as the core value (validated there)."""
    return make_justification(value[0], value[1])


def ensure_justification(
    session: Session, parent: QWidget | None = None, *, ask_again: bool = False
) -> tuple[str, str] | None:
    """The session's reason for access, asking for it the first time (None: cancelled)."""
    if session.justification is not None and not ask_again:
        return session.justification
    dialog = JustificationDialog(parent, session.justification)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    session.justification = dialog.value()
    return session.justification


class ReasonButton(QToolButton):
    """The status bar's "Reason for access: …": the purpose of the task at hand.

    The reason is asked once per task, not per click; this button shows which
    one every consultation is being recorded with, and changes it when the user
    moves on to another task.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonButton")
        self.setAutoRaise(True)
        self.session: Session | None = None
        self._shown: tuple[str, str] | bool | None = False
        self.clicked.connect(self.change)

    def sync(self, session: Session | None) -> None:
        """Show the session's current reason (cheap when nothing changed)."""
        self.session = session
        current = session.justification if session is not None and session.is_open else None
        if current == self._shown:
            return
        self._shown = current
        explain = self.tr(
            "Every consultation of prisoners' data is recorded in the audit log with this "
            "reason. Click to change it when you start another task."
        )
        if current is None:
            self.setText(self.tr("No reason given"))
            self.setToolTip(explain)
        else:
            code, text = current
            self.setText(self.tr("Reason: {reason}").format(reason=reason_label(code)))
            self.setToolTip(f"{reason_label(code)}{' — ' + text if text else ''}\n{explain}")
        self.setAccessibleName(self.text())

    def change(self) -> None:
        """Ask for the reason of the next task."""
        if self.session is None or not self.session.is_open:
            return
        ensure_justification(self.session, self, ask_again=True)
        self.sync(self.session)


class ReasonGate(QWidget):
    """Shown instead of a list of names until the reason for access is given."""

    given = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonGate")
        self.session: Session | None = None
        note = QLabel(
            self.tr(
                "Names are shown once you have said why you need them (your reason for access "
                "is written to the audit log)."
            )
        )
        note.setWordWrap(True)
        self.button = QPushButton(self.tr("Give the &reason for access…"))
        self.button.setObjectName("giveReason")
        self.button.clicked.connect(self.ask)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(note, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.button)

    def ask(self) -> bool:
        """The dialog; True (and `given`) when a reason was given."""
        if self.session is None or not self.session.is_open:
            return False
        if ensure_justification(self.session, self) is None:
            return False
        self.given.emit()
        return True
