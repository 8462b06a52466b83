"""The data-protection officer's questions on screen, with the same answer on paper.

Who consulted a file, consultations without a stated purpose, exports and disclosures
in a period, files overdue for review: core/services/dpo_questions.py answers, the
table shows it (actions in words), *Show* records the question with its reason, and
the PDF (core/reports/dpo_report.py) is previewed here and printed with its audit entry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import labels
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.i18n import default_report_language
from radprev_desktop.core.model import Mode, ReportKind
from radprev_desktop.core.reports.disclosure import record_disclosure
from radprev_desktop.core.reports.furniture import Report
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import dpo_questions, subjects
from radprev_desktop.core.services.dpo_questions import DpoAnswer, DpoQuestion
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.flow_layout import FlowLayout, expanding_row
from radprev_desktop.gui.i18n import current_language, date_format, format_datetime
from radprev_desktop.gui.page_area import resize_within_screen
from radprev_desktop.gui.pdf_preview import PdfPreview
from radprev_desktop.gui.texts.audit_text import action_text


class DpoDialog(QDialog):
    """Ask one of the four questions; see the answer; preview and print it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DpoDialog")
        self.setWindowTitle(self.tr("Data-protection questions"))
        self.ctx = ctx
        self.report: Report | None = None
        self.question = QComboBox()
        self.question.setObjectName("dpoQuestion")
        for q, text in (
            (DpoQuestion.CONSULTED, self.tr("Who consulted a prisoner's file")),
            (DpoQuestion.NO_PURPOSE, self.tr("Consultations without a stated purpose")),
            (DpoQuestion.EXPORTS, self.tr("Exports and disclosures in a period")),
            (DpoQuestion.OVERDUE, self.tr("Files overdue for their review")),
        ):
            self.question.addItem(text, q.value)
        self.prison_number = QLineEdit()
        self.prison_number.setObjectName("dpoPrisonNumber")
        if ctx.session is not None and ctx.session.mode is Mode.CENTRAL:
            # At the office a number needs its establishment (unique per establishment).
            self.prison_number.setPlaceholderText(
                self.tr("establishment:number, e.g. PL-WAW1:1234")
            )
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(date_format())
            edit.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("dpoReason")
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("dpoShow")
        self.show_button.clicked.connect(self.ask)
        self.pdf_button = QPushButton(self.tr("Pre&view the PDF"))
        self.pdf_button.setObjectName("dpoPdf")
        self.pdf_button.clicked.connect(self.make_pdf)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("dpoTable")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.status = QLabel()
        self.status.setObjectName("dpoStatus")
        self.preview = PdfPreview(self)
        self.preview.print_requested.connect(self.print_report)
        self.preview.save_button.hide()  # the DPO prints; an unencrypted copy is not offered here
        self._layout()
        self.question.currentIndexChanged.connect(self._fields)
        self._fields()
        resize_within_screen(self, 1000, 700)

    def _layout(self) -> None:
        form = QFormLayout()
        # Labels go above their fields on a narrow screen (1024×768 at 150 %).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Question:"), self.question)
        form.addRow(self.tr("Prison &number:"), self.prison_number)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period_label = QLabel(self.tr("P&eriod:"))
        period_label.setBuddy(self.date_from)  # a row holding a layout has no buddy by itself
        form.addRow(period_label, period)
        form.addRow(self.tr("&Reason (kept in the audit log):"), self.reason)
        buttons = QWidget()
        buttons.setSizePolicy(expanding_row())
        flow = FlowLayout(buttons)  # wraps instead of widening the dialog
        flow.addWidget(self.show_button)
        flow.addWidget(self.pdf_button)
        answer = QWidget()
        answer_layout = QVBoxLayout(answer)
        answer_layout.addWidget(self.table, 1)
        answer_layout.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(answer)
        split.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(split, 1)

    def _chosen(self) -> DpoQuestion:
        return DpoQuestion(str(self.question.currentData()))

    def _fields(self) -> None:
        q = self._chosen()
        self.prison_number.setEnabled(q is DpoQuestion.CONSULTED)
        period = q in (DpoQuestion.NO_PURPOSE, DpoQuestion.EXPORTS)
        self.date_from.setEnabled(period)
        self.date_to.setEnabled(period)

    def _arguments(self) -> dict[str, str | None]:
        session = self.ctx.require_session()
        q = self._chosen()
        subject_id = None
        if q is DpoQuestion.CONSULTED:
            subject_id = subjects.find_by_reference(session, self.prison_number.text().strip()).id
        iso = Qt.DateFormat.ISODate
        return {
            "subject_id": subject_id,
            "date_from": self.date_from.date().toString(iso),
            "date_to": self.date_to.date().toString(iso),
        }

    def ask(self) -> DpoAnswer | None:
        """Answer the question in the table (recorded in the audit log with the reason)."""
        session = self.ctx.require_session()
        try:
            args = self._arguments()
            answer = dpo_questions.ask(
                session,
                self._chosen(),
                subject_id=args["subject_id"],
                date_from=args["date_from"],
                date_to=args["date_to"],
            )
            dpo_questions.record(session, answer, self.reason.text(), args["subject_id"] or "")
        except RadprevError as exc:
            show_error(self, exc)
            return None
        self._fill(answer)
        return answer

    def _fill(self, answer: DpoAnswer) -> None:
        entries = answer.question is not DpoQuestion.OVERDUE
        self.table.setColumnCount(len(answer.columns))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("reports", c) for c in answer.columns]
        )
        self.table.setRowCount(len(answer.rows))
        for r, row in enumerate(answer.rows):
            for c, value in enumerate(row):
                shown = value
                if entries and c == 0:
                    shown = format_datetime(value)
                elif entries and c == 2:
                    shown = action_text(value)
                elif entries and c == len(row) - 1:  # the reason in words, not its code
                    word, text = labels.reason_parts(value)
                    word = QCoreApplication.translate(labels.CONTEXT, word)
                    shown = f"{word}: {text}" if text else word
                self.table.setItem(r, c, QTableWidgetItem(shown))
        self.status.setText(
            self.tr("{about} — entries: {count}").format(about=answer.about, count=len(answer.rows))
        )

    def make_pdf(self) -> None:
        """Build the PDF of the same question (audited as a report with the reason)."""
        session = self.ctx.require_session()
        try:
            args = self._arguments()
            self.report = generate(
                session,
                ReportRequest(
                    kind=ReportKind.DATA_PROTECTION,
                    dpo_question=self._chosen().value,
                    justification=self.reason.text(),
                    subject_id=args["subject_id"],
                    date_from=args["date_from"],
                    date_to=args["date_to"],
                    # The DPO's own language, else the language of reports, else the screen's (0031).
                    language=default_report_language(session, current_language()),
                ),
            )
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.preview.show_pdf(self.report.pdf)

    def print_report(self) -> None:
        """Print dialog, then the audit entry, then the pages go to the printer."""
        report = self.report
        printer = self.preview.ask_printer() if report is not None else None
        if report is None or printer is None:
            return
        try:
            record_disclosure(
                self.ctx.require_session(),
                report.document_id,
                report.kind,
                report.subject_id,
                self.reason.text(),
                self.tr("Data-protection officer"),
                "print",
            )
            self.preview.print_on(printer)
        except (RadprevError, OSError) as exc:
            show_error(self, exc)
