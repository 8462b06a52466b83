"""The Sync page on a workstation: export status, buttons and the packages written.

The page (gui/pages/sync.py) connects the buttons to its actions; this view
shows what core.sync says. Its texts keep the page's translation context
("SyncPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from radprev_desktop.core import policy
from radprev_desktop.core import sync as sync_core
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session
from radprev_desktop.gui.flow_layout import FlowLayout
from radprev_desktop.gui.pages.sync_tables import fill, table, when

translate = QCoreApplication.translate


class WorkstationSyncView(QWidget):
    """Export to the central office: status, actions and the package history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_status())
        button_row = QWidget()
        buttons = FlowLayout(button_row)  # wraps on a narrow window
        self.export_button = QPushButton(translate("SyncPage", "&Export to folder…"))
        self.resend_button = QPushButton(translate("SyncPage", "&Re-send unacknowledged…"))
        self.receipt_button = QPushButton(translate("SyncPage", "&Import receipt or bundle…"))
        self.trust_button = QPushButton(translate("SyncPage", "&Trust central certificate…"))
        # A transferred prisoner's file, issued by the central office (issue 15).
        self.take_in_button = QPushButton(translate("SyncPage", "Take in a transferred &prisoner…"))
        self.take_in_button.setObjectName("takeInButton")
        for b in (
            self.export_button,
            self.resend_button,
            self.receipt_button,
            self.trust_button,
            self.take_in_button,
        ):
            buttons.addWidget(b)
        layout.addWidget(button_row)
        self.history = table(
            [
                translate("SyncPage", "Package"),
                translate("SyncPage", "Written"),
                translate("SyncPage", "By"),
                translate("SyncPage", "Records"),
                translate("SyncPage", "Audit entries"),
                translate("SyncPage", "Delivery"),
                translate("SyncPage", "File"),
            ]
        )
        self.history.setAccessibleName(translate("SyncPage", "Packages written"))
        layout.addWidget(self.history, 1)

    def _build_status(self) -> QGroupBox:
        status = QGroupBox(translate("SyncPage", "Export to the central office"))
        form = QFormLayout(status)
        self.central_label = QLabel()
        self.central_label.setWordWrap(True)
        self.last_label = QLabel()
        self.due_label = QLabel()
        self.pending_label = QLabel()
        self.awaiting_label = QLabel()
        self.awaiting_label.setWordWrap(True)
        self.own_fp_label = QLabel()
        self.own_fp_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_fp_label.setWordWrap(True)
        form.addRow(translate("SyncPage", "Central office:"), self.central_label)
        form.addRow(translate("SyncPage", "Last export:"), self.last_label)
        form.addRow(translate("SyncPage", "Next export due:"), self.due_label)
        form.addRow(translate("SyncPage", "Changes waiting:"), self.pending_label)
        form.addRow(translate("SyncPage", "Awaiting receipt:"), self.awaiting_label)
        form.addRow(translate("SyncPage", "This workstation's check code:"), self.own_fp_label)
        return status

    def clear(self) -> None:
        """Remove every piece of vault data (on lock)."""
        self.history.setRowCount(0)
        for label in (
            self.central_label,
            self.last_label,
            self.due_label,
            self.pending_label,
            self.awaiting_label,
            self.own_fp_label,
        ):
            label.clear()

    def refresh(self, session: Session) -> None:
        """The export status, what this user may do, and the packages written."""
        status, cert = self._show_status(session)
        may_export = policy.allows(session, Permission.EXPORT_PACKAGES)
        self.export_button.setEnabled(may_export and cert is not None)
        self.resend_button.setEnabled(may_export and bool(status.awaiting_receipt))
        self.trust_button.setEnabled(policy.allows(session, Permission.MANAGE_SYNC_KEYS))
        self.take_in_button.setEnabled(policy.allows(session, Permission.RECEIVE_TRANSFERS))
        self._show_history(session)

    def _show_status(
        self, session: Session
    ) -> tuple[sync_core.ExportStatus, sync_core.CentralCertificate | None]:
        status = sync_core.export_status(session)
        cert = sync_core.trusted_central(session)
        if cert is None:
            self.central_label.setText(
                translate(
                    "SyncPage",
                    "No central office certificate is trusted yet (an administrator trusts it).",
                )
            )
        else:
            self.central_label.setText(
                translate("SyncPage", "{est} — check code {fp}").format(
                    est=cert.establishment, fp=sync_core.grouped_fingerprint(cert.fingerprint)
                )
            )
        if status.last_export_at:
            self.last_label.setText(
                translate("SyncPage", "package {n}, {when}").format(
                    n=status.last_sequence, when=when(status.last_export_at)
                )
            )
        else:
            self.last_label.setText(translate("SyncPage", "never"))
        due = when(status.next_due)
        self.due_label.setText(
            translate("SyncPage", "{when} — OVERDUE").format(when=due) if status.overdue else due
        )
        self.pending_label.setText(str(status.pending_changes))
        if status.awaiting_receipt:
            text = ", ".join(map(str, status.awaiting_receipt))
            if status.overdue_receipts:
                text += " " + translate(
                    "SyncPage", "(no receipt after {days} days: {late})"
                ).format(
                    days=status.receipt_wait_days,
                    late=", ".join(map(str, status.overdue_receipts)),
                )
            self.awaiting_label.setText(text)
        else:
            self.awaiting_label.setText(translate("SyncPage", "none"))
        self.own_fp_label.setText(
            sync_core.grouped_fingerprint(sync_core.own_workstation_fingerprint(session))
        )
        return status, cert

    def _show_history(self, session: Session) -> None:
        rows = []
        for e in sync_core.export_history(session):
            delivery = (
                translate("SyncPage", "delivered {when}").format(when=when(e.delivered_at))
                if e.delivered_at
                else translate("SyncPage", "awaiting receipt")
            )
            if e.resend:
                delivery += " " + translate("SyncPage", "(re-send)")
            rows.append(
                [
                    e.sequence,
                    when(e.created_at),
                    e.created_by,
                    e.records,
                    e.audit_entries,
                    delivery,
                    e.file_name,
                ]
            )
        fill(self.history, rows)
