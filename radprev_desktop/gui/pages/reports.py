"""Reports page: choose a report, say why and for whom, preview, print or save.

The PDF is built by core (in a worker when the main window offers one), shown
from memory, and every preview, print and save is recorded by
`core.reports.disclosure` with the reason and recipient. No SQL and no rule
here: the page only gathers the choices and shows results.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.disclosure import (
    check_disclosure,
    record_disclosure,
    save_report,
)
from radprev_desktop.core.reports.furniture import Report, file_name
from radprev_desktop.core.reports.requests import PERSONAL, ReportRequest, available_kinds, generate
from radprev_desktop.core.services import central_overview, observations, subjects
from radprev_desktop.core.services import settings as settings_service
from radprev_desktop.core.services import templates as templates_service
from radprev_desktop.core.templates.model import pick as template_text
from radprev_desktop.gui.columns_splitter import ColumnsSplitter
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.i18n import current_language, date_format
from radprev_desktop.gui.inputs import shrinkable
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.pdf_preview import PdfPreview
from radprev_desktop.gui.record_picker import RecordPicker
from radprev_desktop.gui.report_language import ReportLanguage
from radprev_desktop.gui.report_reason import ReasonForDisclosure
from radprev_desktop.gui.save_folders import SaveKind, save_file_name
from radprev_desktop.gui.subject_data_export import DataExportButton
from radprev_desktop.gui.workers import worker_session


class ReportsPage(Page):
    """Generate, preview, print and save the reports the user's role allows."""

    help_anchor = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ReportsPage")
        self.report: Report | None = None
        self._subject_id: str | None = None
        self._template_file: Path | None = None
        self.titles = {
            ReportKind.OBSERVATION: self.tr("Observation record"),
            ReportKind.SUBJECT: self.tr("Prisoner summary"),
            ReportKind.UNIT: self.tr("Unit and period summary"),
            ReportKind.BLANK_CHECKLIST: self.tr("Blank checklist (paper form)"),
            ReportKind.RECOVERY_SHEET: self.tr("Recovery sheet (administrator's password)"),
            ReportKind.ENROLMENT_SHEET: self.tr("Workstation enrolment sheet"),
            ReportKind.ACCESS: self.tr("Data-subject access report"),
            ReportKind.ESTABLISHMENT: self.tr("Establishment report (central office)"),
            ReportKind.NATIONAL: self.tr("National overview (central office)"),
        }
        self._build()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.picker.subject_chosen.connect(lambda _sid: self._prefill_reason())
        self.generate_button.clicked.connect(self.generate_report)
        self.preview.print_requested.connect(self.print_report)
        self.preview.save_requested.connect(self.save_report_as)
        self.template_file_button.clicked.connect(self._choose_template_file)

    # --- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        splitter = ColumnsSplitter(self)  # stacked on a narrow page area (150 %)
        self.splitter = splitter
        outer.addWidget(splitter)
        left = QWidget()
        form_box = QVBoxLayout(left)
        form_box.addWidget(self._build_choice())

        self.why = ReasonForDisclosure()
        self.reason, self.reason_text = self.why.reason, self.why.reason_text
        self.recipient = self.why.recipient
        form_box.addWidget(self.why)

        self.generate_button = QPushButton(self.tr("Generate and pre&view"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        form_box.addWidget(self.generate_button)
        self.export_data = DataExportButton(self.ctx, self, form_box)  # beside the access report
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        form_box.addWidget(self.message)
        form_box.addStretch(1)
        shrinkable(self.kind, self.unit, self.template, self.language, self.reason)
        splitter.addWidget(left)
        self.preview = PdfPreview(self)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 3)

    def _build_choice(self) -> QGroupBox:
        """Which report, about whom or what period, from which template, in which language."""
        choose = QGroupBox(self.tr("Report"))
        form = QFormLayout(choose)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        self.kind.setAccessibleName(self.tr("Report"))
        form.addRow(self._label(self.tr("&Report:"), self.kind), self.kind)
        # The prisoner (and observation) are chosen from lists, never typed as ids.
        self.picker = RecordPicker(self.ctx)
        self.picker.setObjectName("recordPicker")
        self.picker_label = self._label(self.tr("Pri&soner:"), self.picker.query)
        form.addRow(self.picker_label, self.picker)
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit_label = self._label(self.tr("&Unit:"), self.unit)
        form.addRow(self.unit_label, self.unit)
        self.establishment = QComboBox()
        self.establishment.setObjectName("establishment")
        self.establishment.setAccessibleName(self.tr("Establishment"))
        self.establishment_label = self._label(self.tr("Esta&blishment:"), self.establishment)
        form.addRow(self.establishment_label, self.establishment)
        shrinkable(self.establishment)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_from.setObjectName("dateFrom")
        self.date_from.setCalendarPopup(True)
        self.date_from.setDisplayFormat(date_format())
        self.date_from.setAccessibleName(self.tr("First day"))
        self.date_to = QDateEdit(today)
        self.date_to.setObjectName("dateTo")
        self.date_to.setCalendarPopup(True)
        self.date_to.setDisplayFormat(date_format())
        self.date_to.setAccessibleName(self.tr("Last day"))
        period = QHBoxLayout()
        # No margins of its own, the dates side by side at the left: the row stood lower than
        # its label and the second date far to the right of the dash (walk12, session 12).
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        self.period_widget = QWidget()
        self.period_widget.setLayout(period)
        self.period_label = self._label(self.tr("Peri&od:"), self.date_from)
        form.addRow(self.period_label, self.period_widget)
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.setAccessibleName(self.tr("Checklist template"))
        self.template_file_button = QPushButton(self.tr("From a f&ile…"))
        self.template_file_button.setObjectName("templateFile")
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(self.template_file_button)
        self.template_widget = QWidget()
        self.template_widget.setLayout(row)
        self.template_label = self._label(self.tr("&Template:"), self.template)
        form.addRow(self.template_label, self.template_widget)
        self.recovery_code = QLineEdit()
        self.recovery_code.setObjectName("recoveryCode")
        self.recovery_code.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_code.setAccessibleName(self.tr("Recovery code"))
        self.recovery_label = self._label(self.tr("Rec&overy code:"), self.recovery_code)
        form.addRow(self.recovery_label, self.recovery_code)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("centralFingerprint")
        self.fingerprint.setAccessibleName(self.tr("Central office certificate check code"))
        self.fingerprint_label = self._label(
            self.tr("Central office's check code (optio&nal):"), self.fingerprint
        )
        form.addRow(self.fingerprint_label, self.fingerprint)
        self.language = ReportLanguage()  # the default named by core's rule
        self.language.setAccessibleName(self.tr("Report language"))
        form.addRow(self._label(self.tr("&Language:"), self.language), self.language)
        return choose

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- page contract ---------------------------------------------------------------

    def refresh(self) -> None:
        """Offer the reports the user may produce, units and templates."""
        session = self.ctx.session
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.unit.clear()
        self.template.clear()
        self.establishment.clear()
        if session is None or not session.is_open:
            self.kind.blockSignals(False)
            return
        self.language.show_default(session)
        for kind in available_kinds(session.user):
            if kind in self.titles:  # the training record is printed from the Training page
                self.kind.addItem(self.titles[kind], kind.value)
        index = self.kind.findData(current) if current else -1
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        self.unit.addItem(self.tr("All units"), None)
        try:
            if ReportKind.ESTABLISHMENT in available_kinds(session.user):
                for code in central_overview.establishments(session):
                    self.establishment.addItem(code, code)
            for unit in settings_service.list_units(session):
                self.unit.addItem(f"{unit.code} — {unit.name}", unit.code)
            for stored in templates_service.list_templates(session):
                title = template_text(stored.title, current_language()) or stored.code
                active = self.tr(" (active)") if stored.active else ""
                self.template.addItem(
                    f"{title} v{stored.version}{active}", (stored.code, stored.version)
                )
        except RadprevError as exc:
            self.message.setText(str(exc))
        self._kind_changed()

    def clear(self) -> None:
        """Forget every piece of vault data shown or typed here (on lock)."""
        self.report = None
        self.preview.clear()
        self._template_file = None
        self.picker.clear()
        for edit in (self.recovery_code, self.fingerprint, self.recipient):
            edit.clear()
        self.why.forget()
        self.kind.clear()
        self.unit.clear()
        self.template.clear()
        self.establishment.clear()
        self.message.clear()

    def has_unsaved_changes(self) -> bool:
        return False

    # --- entry points for other pages ---------------------------------------------------

    def show_for_subject(self, subject_id: str, kind: ReportKind = ReportKind.SUBJECT) -> None:
        """Preselect a prisoner (from the subject file page)."""
        session = self.ctx.require_session()
        subject = subjects.get_subject(session, subject_id)
        self._select(kind)
        self.picker.choose(subject.id, f"{subject.prison_number} — {subject.display_name}")

    def show_for_observation(self, observation_id: str) -> None:
        """Preselect an observation (from the observation viewer)."""
        session = self.ctx.require_session()
        obs = observations.get_observation(session, observation_id)
        self.show_for_subject(obs.subject_id, ReportKind.OBSERVATION)
        self.picker.select_observation(observation_id)

    def _select(self, kind: ReportKind) -> None:
        index = self.kind.findData(kind.value)
        if index >= 0:
            self.kind.setCurrentIndex(index)

    # --- reacting ------------------------------------------------------------------------

    def current_kind(self) -> ReportKind | None:
        data = self.kind.currentData()
        return ReportKind(data) if data else None

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.picker.set_with_observations(kind is ReportKind.OBSERVATION)
        show = {
            (self.picker_label, self.picker): kind
            in (ReportKind.SUBJECT, ReportKind.ACCESS, ReportKind.OBSERVATION),
            (self.unit_label, self.unit): kind is ReportKind.UNIT,
            (self.establishment_label, self.establishment): kind is ReportKind.ESTABLISHMENT,
            (self.period_label, self.period_widget): kind
            in (ReportKind.UNIT, ReportKind.ESTABLISHMENT, ReportKind.NATIONAL),
            (self.template_label, self.template_widget): kind is ReportKind.BLANK_CHECKLIST,
            (self.recovery_label, self.recovery_code): kind is ReportKind.RECOVERY_SHEET,
            (self.fingerprint_label, self.fingerprint): kind is ReportKind.ENROLMENT_SHEET,
            (self.export_data,): kind is ReportKind.ACCESS,
        }
        for widgets, visible in show.items():
            for widget in widgets:
                widget.setVisible(bool(visible))
        self.why.follow_report(kind, self.ctx.session)

    def _choose_template_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Checklist template file"), "", self.tr("Templates (*.json)")
        )
        if path:
            self._template_file = Path(path)
            self.template.insertItem(0, Path(path).name, None)
            self.template.setCurrentIndex(0)

    def justification_text(self) -> str:
        """The reason as written into the audit log ("code: details")."""
        return self.why.justification_text()

    def build_request(self) -> ReportRequest:
        """The request from the form (ValidationError for what is missing)."""
        kind = self.current_kind()
        if kind is None:
            raise ValidationError(self.tr("Choose a report."), field="kind")
        subject_id = None
        observation_id = None
        if kind in (ReportKind.SUBJECT, ReportKind.ACCESS, ReportKind.OBSERVATION):
            subject_id = self.picker.subject_id
            if subject_id is None:
                raise ValidationError(
                    self.tr(
                        "Choose the prisoner: type a name or prison number and pick from the list."
                    ),
                    field="prison_number",
                )
        if kind is ReportKind.OBSERVATION:
            observation_id = self.picker.observation_id()
            if observation_id is None:
                raise ValidationError(
                    self.tr("Choose the observation from the list."), field="observation_id"
                )
            subject_id = None
        template_code = template_version = None
        template: Path | None = None
        if kind is ReportKind.BLANK_CHECKLIST:
            data = self.template.currentData()
            if data is None and self._template_file is not None:
                template = self._template_file
            elif data is not None:
                template_code, template_version = data
        return ReportRequest(
            kind=kind,
            justification=self.justification_text() if kind in PERSONAL else "",
            language=self.language.chosen(self.ctx.require_session()),
            subject_id=subject_id,
            observation_id=observation_id,
            unit_code=self.unit.currentData(),
            date_from=self.date_from.date().toString("yyyy-MM-dd"),
            date_to=self.date_to.date().toString("yyyy-MM-dd"),
            template=template,
            template_code=template_code,
            template_version=template_version,
            recovery_code=self.recovery_code.text().strip() or None,
            central_fingerprint=self.fingerprint.text().strip() or None,
            establishment=self.establishment.currentData(),
        )

    # --- actions ------------------------------------------------------------------------

    def generate_report(self) -> None:
        """Build the report (in a worker when available), then preview it."""
        self.message.clear()
        try:
            request = self.build_request()
        except RadprevError as exc:
            show_error(self, exc)
            return
        session = self.ctx.require_session()
        runner = self.ctx.run_in_worker
        if runner is None:
            try:
                report = generate(session, request)
            except RadprevError as exc:
                show_error(self, exc)
                return
            self._show(report)
            return

        def job(progress: Callable[..., Any] | None = None, *_: Any) -> Report:
            with worker_session(session) as worker:
                return generate(worker, request, progress)

        runner(job, on_done=self._show, on_error=self._failed, title=self.tr("Making the report…"))

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _show(self, report: Report) -> None:
        session = self.ctx.require_session()
        try:
            record_disclosure(
                session,
                report.document_id,
                report.kind,
                report.subject_id,
                self.justification_text() if report.contains_personal_data else "",
                "",
                "preview",
                personal_data=report.contains_personal_data,
            )
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.report = report
        self.preview.show_pdf(
            report.pdf, self.tr("%1 — %n page(s)", "", report.pages).replace("%1", report.title)
        )
        self.message.setText(self.tr("Document %1").replace("%1", report.document_id))

    def print_report(self) -> None:
        """Print dialog, then the audit entry, then the pages go to the printer."""
        report = self.report
        if report is None or not self._ready_to_disclose(report):
            return
        printer = self.preview.ask_printer()
        if printer is None:
            return
        session = self.ctx.require_session()
        try:
            record_disclosure(
                session,
                report.document_id,
                report.kind,
                report.subject_id,
                self.justification_text() if report.contains_personal_data else "",
                self.recipient.text(),
                "print",
                personal_data=report.contains_personal_data,
            )
            self.preview.print_on(printer)
        except (RadprevError, OSError) as exc:
            show_error(self, exc)
            return
        self.ctx.status_message.emit(self.tr("The report was sent to the printer."))

    def _prefill_reason(self) -> None:
        self.message.clear()
        self.why.follow_report(self.current_kind(), self.ctx.session)

    def _ready_to_disclose(self, report: Report) -> bool:
        """Reason and recipient are checked before the printer or file dialog opens."""
        try:
            justification = self.justification_text() if report.contains_personal_data else ""
            check_disclosure(report, justification, self.recipient.text())
        except ValidationError as exc:
            show_error(self, exc)
            target = self.recipient if exc.field == "recipient" else self.reason_text
            target.setFocus()
            return False
        return True

    def save_report_as(self, path: str | None = None) -> bool:
        """Explicit save with a warning that the file is not encrypted (audited)."""
        report = self.report
        if report is None or not self._ready_to_disclose(report):
            return False
        if not path:
            answer = QMessageBox.warning(
                self,
                self.tr("Save an unencrypted PDF?"),
                self.tr(
                    "The PDF file will NOT be encrypted: anyone who can open the folder can read "
                    "it. Save it only where your instructions allow, and delete it when it is no "
                    "longer needed. The save is recorded in the audit log."
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
            user = self.ctx.require_session().user.username
            title, name = self.tr("Save report as PDF"), file_name(report)
            path = save_file_name(self, SaveKind.REPORT, user, title, name, "PDF (*.pdf)")
            if not path:
                return False
        session = self.ctx.require_session()
        try:
            save_report(
                session,
                report,
                Path(path),
                justification=self.justification_text() if report.contains_personal_data else "",
                recipient=self.recipient.text(),
            )
        except RadprevError as exc:
            show_error(self, exc)
            return False
        self.ctx.status_message.emit(self.tr("Saved %1").replace("%1", Path(path).name))
        return True
