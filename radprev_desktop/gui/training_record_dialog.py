"""A trainee's training record, previewed from memory; printing and saving are audited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.reports.disclosure import record_disclosure, save_report
from radprev_desktop.core.reports.furniture import Report, file_name
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.pdf_preview import PdfPreview
from radprev_desktop.gui.save_folders import SaveKind, save_file_name
from radprev_desktop.gui.training_widgets import training_banner, training_title


class TrainingRecordDialog(QDialog):
    """A training record shown from memory; printing and saving are audited."""

    def __init__(self, ctx: AppContext, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report = report
        self.setObjectName("trainingRecordDialog")
        self.setWindowTitle(training_title(report.title))
        self.preview = PdfPreview(self)
        self.preview.show_pdf(report.pdf)
        self.preview.save_requested.connect(lambda: self.save_as())
        self.preview.print_requested.connect(self.print_record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner(self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 70, metrics.height() * 36)

    def print_record(self) -> None:
        printer = self.preview.ask_printer()
        if printer is None:
            return
        session = self.ctx.require_session()
        try:
            record_disclosure(
                session, self.report.document_id, self.report.kind, None, "", "", "print",
                personal_data=False,
            )  # fmt: skip
            self.preview.print_on(printer)
        except (RadprevError, OSError) as exc:
            show_error(self, exc)

    def save_as(self, path: str | None = None) -> bool:
        if not path:
            answer = QMessageBox.warning(
                self,
                self.tr("Save an unencrypted PDF?"),
                self.tr(
                    "The PDF file will NOT be encrypted. The save is recorded in the audit log."
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
            path = save_file_name(
                self,
                SaveKind.REPORT,
                self.ctx.require_session().user.username,
                self.tr("Save the training record"),
                file_name(self.report),
                "PDF (*.pdf)",
            )
            if not path:
                return False
        try:
            save_report(
                self.ctx.require_session(), self.report, Path(path), justification="", recipient=""
            )
        except RadprevError as exc:
            show_error(self, exc)
            return False
        self.ctx.status_message.emit(self.tr("Saved {name}").format(name=Path(path).name))
        return True
