"""The auditor's page: filter and read the audit log, export it, verify its hash chain.

Reading the log is itself logged by the core service, so the page reads only
when the auditor asks (opening the page or pressing Show).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.audit import AuditEntry
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services import audit_log, users
from radprev_desktop.gui.collation import sorted_by_name
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.dpo_dialog import DpoDialog
from radprev_desktop.gui.errors import error_text, show_error
from radprev_desktop.gui.flow_layout import FlowLayout, expanding_row
from radprev_desktop.gui.i18n import date_format, format_datetime
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.save_folders import SaveKind, save_file_name
from radprev_desktop.gui.texts.audit_text import ACTIONS, action_text, object_text
from radprev_desktop.gui.widgets import add_labelled_rows, heading

ROW_LIMIT = 2000


class AuditTableModel(QAbstractTableModel):
    """Entries of the audit log, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []
        self.names: dict[str, str] = {}  # username → the colleague's name
        self.headers = [
            self.tr("No."),
            self.tr("When"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Object"),
            self.tr("Reason for access"),
            self.tr("Recipient"),
            self.tr("Details"),
        ]

    def set_entries(self, entries: list[AuditEntry], names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.entries = entries
        self.names = names or {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            # The stored codes stay reachable: they are what an export holds.
            return {2: e.user, 3: e.action, 4: f"{e.object_type} {e.object_id}"}.get(col)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return str(e.seq)
        if col == 1:
            return format_datetime(e.at)
        if col == 2:
            name = self.names.get(e.user, e.user)
            return f"{name} ({e.user})" if name != e.user else e.user
        if col == 3:
            return action_text(e.action)
        if col == 4:
            return object_text(e.object_type or "", e.object_id or "")
        if col == 5:
            return e.justification
        if col == 6:
            return e.recipient
        return json.dumps(e.details, ensure_ascii=False) if e.details else ""


class ExportDialog(QDialog):
    """Who the export is for and why (the export is a disclosure, logged as such)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the audit log"))
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.message = QLabel()
        form = QFormLayout(self)
        add_labelled_rows(
            form,
            (
                (self.tr("&Recipient:"), self.recipient),
                (self.tr("R&eason:"), self.reason),
            ),
        )
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if not self.recipient.text().strip() or not self.reason.text().strip():
            self.message.setText(self.tr("Give the recipient and the reason."))
            return
        self.accept()


def _pair(label: QWidget, field: QWidget) -> QWidget:
    """A filter and its label, kept on one line when the filters wrap."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field)
    return pair


class AuditPage(Page):
    """Only for the auditor role (the main window shows it only to auditors)."""

    help_anchor = "audit"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded = False
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.setAccessibleName(self.tr("User filter"))
        self.user.setObjectName("auditUser")
        self.action = QComboBox()
        self.action.setEditable(True)
        self.action.setAccessibleName(self.tr("Action filter"))
        self.action.setObjectName("auditAction")
        for combo in (self.user, self.action):
            # The actions are sentences: a combo as wide as the longest pushed the page
            # wider than 1024×768 at 150 % (683 px); the open list still shows them whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.use_from = QCheckBox(self.tr("Fro&m:"))
        self.use_from.setAccessibleName(self.tr("Filter from a date"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_from.setDisplayFormat(date_format())
        self.date_from.setCalendarPopup(True)
        self.date_from.setAccessibleName(self.tr("From date"))
        self.use_to = QCheckBox(self.tr("&To:"))
        self.use_to.setAccessibleName(self.tr("Filter up to a date"))
        self.date_to = QDateEdit(QDate.currentDate())
        self.date_to.setDisplayFormat(date_format())
        self.date_to.setCalendarPopup(True)
        self.date_to.setAccessibleName(self.tr("To date"))
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setAccessibleName(self.tr("Show entries"))
        self.show_button.clicked.connect(self.load)
        self.export_button = QPushButton(self.tr("&Export to JSON Lines…"))
        self.export_button.setAccessibleName(self.tr("Export to JSON Lines"))
        self.export_button.clicked.connect(self.export)
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.verify_button.setAccessibleName(self.tr("Verify the hash chain"))
        self.verify_button.clicked.connect(self.verify)
        self.dpo_button = QPushButton(self.tr("Data-protection &questions…"))
        self.dpo_button.setObjectName("dpoQuestions")
        self.dpo_button.clicked.connect(lambda: DpoDialog(self.ctx, self).exec())
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("auditStatus")

        user_label = QLabel(self.tr("&User:"))
        user_label.setBuddy(self.user)
        action_label = QLabel(self.tr("&Action:"))
        action_label.setBuddy(self.action)
        # Each filter with its label, the pairs wrapping on a narrow window: in one grid
        # they needed 580 px, more than 1024×768 at 150 % gives the page (about 500).
        filters = self._button_row(
            _pair(user_label, self.user),
            _pair(action_label, self.action),
            _pair(self.use_from, self.date_from),
            _pair(self.use_to, self.date_to),
            self.show_button,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Audit log")))
        note = QLabel(self.tr("Reading the audit log is itself written to the audit log."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._button_row(self.export_button, self.verify_button, self.dpo_button))
        layout.addWidget(self.status)

    @staticmethod
    def _button_row(*buttons: QWidget) -> QWidget:
        """Widgets that wrap on a narrow window (1024×768 at 150 %) instead of widening it."""
        row = QWidget()
        row.setSizePolicy(expanding_row())
        flow = FlowLayout(row)
        for button in buttons:
            flow.addWidget(button)
        return row

    def refresh(self) -> None:
        session = self.ctx.require_session()
        current_user = self.user.currentText()
        self.user.clear()
        self.user.addItem("")
        for u in users.list_users(session, include_removed=True):
            self.user.addItem(u.username)
        self.user.setEditText(current_user)
        if self.action.count() == 0:
            self.action.addItem("", "")
            for code in sorted_by_name(ACTIONS, action_text):
                self.action.addItem(action_text(code), code)
        if not self.loaded:
            self.load()

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "user": self.user.currentText().strip() or None,
            "action": self._action_code() or None,
        }
        if self.use_from.isChecked():
            out["date_from"] = self.date_from.date().toString(Qt.DateFormat.ISODate)
        if self.use_to.isChecked():
            out["date_to"] = self.date_to.date().addDays(1).toString(Qt.DateFormat.ISODate)
        return out

    def _action_code(self) -> str:
        """The code of the chosen sentence (a typed code is taken as it is)."""
        text = self.action.currentText().strip()
        index = self.action.findText(text)
        return str(self.action.itemData(index) or "") if index >= 0 else text

    def load(self) -> None:
        session = self.ctx.require_session()
        try:
            entries = audit_log.read(session, limit=ROW_LIMIT, **self.filters())
            names = users.display_names(session, {e.user for e in entries})
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.loaded = True
        self.model.set_entries(entries, names)
        self.status.setText(self.tr("%n entry(ies) shown.", "", len(entries)))

    def export(self) -> None:
        dialog = ExportDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = save_file_name(
            self,
            SaveKind.AUDIT,
            self.ctx.require_session().user.username,
            self.tr("Export the audit log"),
            "audit.jsonl",
            self.tr("JSON Lines (*.jsonl)"),
        )
        if not path:
            return
        self.export_to(Path(path), dialog.recipient.text().strip(), dialog.reason.text().strip())

    def export_to(self, path: Path, recipient: str, reason: str) -> None:
        try:
            count = audit_log.export_jsonl(
                self.ctx.require_session(), path, recipient=recipient, reason=reason
            )
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.status.setText(
            self.tr("%n entry(ies) exported to {file}.", "", count).format(file=path.name)
        )

    def verify(self) -> None:
        session = self.ctx.require_session()
        try:
            report = audit_log.verify(session)
        except RadprevError as exc:
            self.status.setText(error_text(exc))
            return
        if report.ok:
            self.status.setText(
                self.tr("The hash chain is intact: %n entry(ies) checked.", "", report.entries)
            )
        else:
            self.status.setText(
                self.tr("The hash chain is BROKEN at entry {seq}: {reason}").format(
                    seq=report.broken_at, reason=report.reason
                )
            )

    def clear(self) -> None:
        self.model.set_entries([])
        self.user.clear()
        self.action.clear()
        self.status.clear()
        self.loaded = False
