"""Why and for whom a report is printed or saved: the reason and recipient the audit log keeps.

Part of the Reports page (its texts keep the "ReportsPage" translation context).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from radprev_desktop.core.model import JustificationReason
from radprev_desktop.core.services import justification as justification_service
from radprev_desktop.gui.texts.labels import label


def _buddy(text: str, buddy: QWidget) -> QLabel:
    shown = QLabel(text)
    shown.setBuddy(buddy)
    return shown


class ReasonForDisclosure(QGroupBox):
    """Reason (a code and details) and recipient, asked before a report leaves the vault."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                "ReportsPage", "Why and for whom (recorded in the audit log)"
            )
        )
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(QCoreApplication.translate("ReportsPage", "Reason"))
        for code in JustificationReason:
            self.reason.addItem(label(code), code.value)
        self.reason_text = QLineEdit()
        self.reason_text.setObjectName("reasonText")
        self.reason_text.setMaxLength(200)
        self.reason_text.setAccessibleName(
            QCoreApplication.translate("ReportsPage", "Details of the reason")
        )
        self.recipient = QLineEdit()
        self.recipient.setObjectName("recipient")
        self.recipient.setMaxLength(200)
        self.recipient.setAccessibleName(QCoreApplication.translate("ReportsPage", "Recipient"))
        self.recipient.setPlaceholderText(
            QCoreApplication.translate("ReportsPage", "e.g. security department, case conference")
        )
        form.addRow(
            _buddy(QCoreApplication.translate("ReportsPage", "R&eason:"), self.reason), self.reason
        )
        form.addRow(
            _buddy(QCoreApplication.translate("ReportsPage", "&Details:"), self.reason_text),
            self.reason_text,
        )
        form.addRow(
            _buddy(QCoreApplication.translate("ReportsPage", "Re&cipient:"), self.recipient),
            self.recipient,
        )

    def justification_text(self) -> str:
        """The reason as written into the audit log ("code: details")."""
        reason = self.reason.currentData()
        checked = justification_service.make_justification(reason, self.reason_text.text())
        return checked.audit_text()

    def prefill(self, given: tuple[str, str] | None) -> None:
        """Start from the session's reason for access (the user may change it)."""
        if given is None or self.reason_text.text():
            return
        index = self.reason.findData(given[0])
        if index >= 0:
            self.reason.setCurrentIndex(index)
        self.reason_text.setText(given[1])
