"""Why and for whom a report is printed or saved: the reason and recipient the audit log keeps.

Part of the Reports page (its texts keep the "ReportsPage" translation context).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.disclosure import suggested_reason
from radprev_desktop.core.services import justification as justification_service
from radprev_desktop.core.session import Session
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
        self._suggested: str | None = None
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(QCoreApplication.translate("ReportsPage", "Reason"))
        for (
            code
        ) in justification_service.CHOSEN:  # the work queue is implied by a screen, never offered
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

    def follow_report(self, kind: ReportKind | None, session: Session | None) -> None:
        """Start from the reason the chosen report is made for (core's `suggested_reason`:
        the access report answers the person's request, other reports the session's
        reason for access)."""
        given = session.justification if session is not None and session.is_open else None
        self.follow(suggested_reason(kind, given[0] if given else None).value, given)

    def follow(self, code: str, given: tuple[str, str] | None) -> None:
        """Start from the reason the chosen report is made for (`code`, from core's
        `suggested_reason`), with the session's details when they are about that reason.
        A reason the user chose for this report stays; the choice made for another report
        never does (a stale reason would go into the audit log unnoticed)."""
        if code == self._suggested:
            return
        self._suggested = code
        previous = self.reason.currentData()
        index = self.reason.findData(code)
        if index >= 0:
            self.reason.setCurrentIndex(index)
        own = given[1] if given is not None and given[0] == code else ""
        if previous != code or not self.reason_text.text():
            self.reason_text.setText(own)

    def forget(self) -> None:
        """Nothing suggested yet (the form was cleared)."""
        self._suggested = None
        self.reason_text.clear()
