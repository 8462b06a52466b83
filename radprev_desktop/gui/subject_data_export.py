"""*Export the person's data (JSON + PDF)…* on the Reports page, beside the access report.

The data-protection officer answers a subject-access request with a reusable copy
too: core writes the JSON file and the access report PDF into the folder chosen here,
with the same redaction, and records the export as a disclosure with the reason and
recipient typed on the page (core/reports/subject_data.py). Nothing is written
anywhere else; a failed write leaves nothing behind and says why in words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QBoxLayout, QMessageBox, QPushButton

from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.reports import subject_data
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.save_folders import SaveKind, choose_folder


class DataExportButton(QPushButton):
    """Shown for the access report: writes the chosen prisoner's data into a folder."""

    def __init__(self, ctx: AppContext, page: Any, layout: QBoxLayout) -> None:
        super().__init__()
        self.setText(self.tr("E&xport the person's data (JSON + PDF)…"))
        self.setObjectName("exportSubjectData")
        self.ctx, self.page = ctx, page
        layout.addWidget(self)
        self.clicked.connect(lambda: self.export())

    def export(self, folder: str | None = None) -> bool:
        """Check the form, warn that the files are not encrypted, ask the folder, write."""
        page = self.page
        try:
            subject_id = page.picker.subject_id
            if subject_id is None:
                raise ValidationError(
                    self.tr(
                        "Choose the prisoner: type a name or prison number and pick from the list."
                    ),
                    field="prison_number",
                )
            if not page.recipient.text().strip():
                raise ValidationError(
                    self.tr("Say who the files are for (recipient)."), field="recipient"
                )
        except ValidationError as exc:
            show_error(self, exc)
            return False
        if folder is None:
            answer = QMessageBox.warning(
                self,
                self.tr("Write unencrypted files?"),
                self.tr(
                    "The JSON file and the PDF will NOT be encrypted: anyone who can open the "
                    "folder can read them. Write them only where your instructions allow (for "
                    "example a stick handed to the person), and delete any copy you keep when it "
                    "is no longer needed. The export is recorded in the audit log as a disclosure."
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
            folder = choose_folder(
                self,
                SaveKind.PERSON_DATA,
                self.ctx.require_session().user.username,
                self.tr("Folder for the person's data"),
            )
            if not folder:
                return False
        try:
            made = self.ctx.perform(
                subject_data.export_subject_data,
                self.ctx.require_session(),
                subject_id,
                Path(folder),
                justification=page.justification_text(),
                recipient=page.recipient.text(),
                language=page.language.chosen(self.ctx.require_session()),
            )
        except RadprevError as exc:
            show_error(self, exc)
            return False
        self.ctx.status_message.emit(
            self.tr("Written: %1 and %2")
            .replace("%1", made.json_path.name)
            .replace("%2", made.pdf_path.name)
        )
        page.message.setText(self.tr("Document %1").replace("%1", made.document_id))
        return True
