"""Retention decisions in the application (they were in the CLI only): for each file past
its review date a supervisor keeps it (with a new review date), anonymises or erases it,
always with a reason; and runs the job that erases rejected reports past their period.

Who may decide and what each decision does are core's (`retention.decide`,
`rejected_retention.erase_expired`, core/policy.py); this dialog lists, asks and shows.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import RetentionDecision
from radprev_desktop.core.services import rejected_retention, retention
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.flow_layout import FlowLayout, expanding_row
from radprev_desktop.gui.i18n import date_format, format_datetime
from radprev_desktop.gui.page_area import resize_within_screen
from radprev_desktop.gui.texts.labels import label
from radprev_desktop.gui.widgets import with_wrapping_text


class RetentionDialog(QDialog):
    """Files past their review date, the decision about the one chosen, and the job."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RetentionDialog")
        self.setWindowTitle(self.tr("Retention decisions"))
        self.ctx = ctx
        self.ids: list[str] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("retentionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Prison number"), self.tr("Prisoner"), self.tr("Unit"), self.tr("Review due")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.decision = QComboBox()
        self.decision.setObjectName("retentionDecision")
        for choice, text in (
            (RetentionDecision.KEEP, self.tr("Keep the file (until the next review)")),
            (RetentionDecision.ANONYMISE, self.tr("Anonymise the file")),
            (RetentionDecision.ERASE, self.tr("Erase the file")),
        ):
            self.decision.addItem(text, choice.value)
        self.next_review = QDateEdit(QDate.currentDate().addMonths(12))
        self.next_review.setDisplayFormat(date_format())
        self.next_review.setCalendarPopup(True)
        self.keep_text = QCheckBox()
        # Its words wrap (Macedonian at 1024×768, 150 %: the dialog needed 729 px of 683).
        keep_text_row = with_wrapping_text(
            self.keep_text, self.tr("Keep the free text (checked: it names no one)")
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("retentionReason")
        self.decide_button = QPushButton(self.tr("&Decide"))
        self.decide_button.setObjectName("retentionDecide")
        self.decide_button.clicked.connect(self.decide)
        self.rejected_button = QPushButton(self.tr("Erase re&jected reports past their period…"))
        self.rejected_button.setObjectName("retentionRejected")
        self.rejected_button.clicked.connect(self.erase_rejected)
        self.status = QLabel()
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        self.decision.currentIndexChanged.connect(self._fields)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("De&cision:"), self.decision)
        form.addRow(self.tr("&Next review (keep):"), self.next_review)
        form.addRow("", keep_text_row)
        form.addRow(self.tr("&Reason (kept in the audit log):"), self.reason)
        buttons = QWidget()
        buttons.setSizePolicy(expanding_row())
        flow = FlowLayout(buttons)  # wraps instead of widening the dialog
        flow.addWidget(self.decide_button)
        flow.addWidget(self.rejected_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.status)
        self._fields()
        resize_within_screen(self, 820, 560)
        self.reload()

    def _chosen(self) -> RetentionDecision:
        return RetentionDecision(str(self.decision.currentData()))

    def _fields(self) -> None:
        self.next_review.setEnabled(self._chosen() is RetentionDecision.KEEP)
        self.keep_text.setEnabled(self._chosen() is RetentionDecision.ANONYMISE)

    def reload(self) -> None:
        """The files past their review date (a work queue: its purpose is the review)."""
        try:
            page = retention.overdue(self.ctx.require_session(), limit=1000)
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.ids = [s.id for s in page.items]
        self.table.setRowCount(len(page.items))
        for row, s in enumerate(page.items):
            for col, text in enumerate(
                (
                    s.prison_number,
                    f"{s.family_name}, {s.given_names}",
                    s.unit_code,
                    format_datetime(s.review_due, with_time=False),
                )
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self.ids:
            self.table.selectRow(0)

    def decide(self) -> None:
        """The decision about the chosen file; anonymise and erase are confirmed first."""
        row = self.table.currentRow()
        item = self.table.item(row, 0)
        if row < 0 or row >= len(self.ids) or item is None:
            return
        choice = self._chosen()
        if choice is not RetentionDecision.KEEP:
            answer = QMessageBox.question(
                self,
                self.tr("Retention decisions"),
                self.tr(
                    "Decision for the file {number}: {decision}. This cannot be undone. Go ahead?"
                ).format(decision=label(choice), number=item.text()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.ctx.perform(
                retention.decide,
                self.ctx.require_session(),
                self.ids[row],
                choice,
                self.reason.text(),
                new_review_due=self.next_review.date().toString(Qt.DateFormat.ISODate)
                if choice is RetentionDecision.KEEP
                else None,
                keep_text=self.keep_text.isChecked(),
            )
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Decided: {decision}.").format(decision=label(choice)))
        self.reason.clear()
        self.reload()

    def erase_rejected(self) -> None:
        """The retention job for rejected reports, after saying how many it will erase."""
        session = self.ctx.require_session()
        try:
            found = rejected_retention.expired(session)
        except RadprevError as exc:
            show_error(self, exc)
            return
        if not found.observation_ids:
            self.status.setText(self.tr("No rejected report is past its period."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Retention decisions"),
            self.tr("Erase {count} rejected report(s) rejected before {day}?").format(
                count=len(found.observation_ids), day=found.cutoff
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = self.ctx.perform(rejected_retention.erase_expired, session)
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.status.setText(
            self.tr("Rejected reports erased: {count}.").format(count=len(done.observation_ids))
        )
