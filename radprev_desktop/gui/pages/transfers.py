"""Records follow the prisoner, on screen: transfers, taking a file in, release handover.

In the file (the Transfers tab): the chain of moves and the numbers the file was
known under, "Record transfer…" for the officer or supervisor who sees the
prisoner leave, and "Release handover…" for the supervisor on release. On the
Sync page of a workstation: "Take in a transferred prisoner…" imports the
transfer bundle the central office issued, with the prisoner's number and unit
here. Every rule is in core (services/transfers.py, services/handovers.py,
sync/transfer_bundles.py, sync/handover.py); screens run its operations
through `ctx.perform`.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core import sync as sync_core
from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.i18n import default_report_language
from radprev_desktop.core.model import Subject, SubjectStatus, Transfer
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import handovers, settings, subject_holders, transfers
from radprev_desktop.core.sync import handover
from radprev_desktop.core.sync.files import Report as SyncReport
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.i18n import current_language, date_format, format_datetime


def _row(form: QFormLayout, text: str, field: QWidget) -> None:
    name = QLabel(text)
    name.setBuddy(field)
    field.setAccessibleName(text.replace("&", "").rstrip(":"))
    form.addRow(name, field)


class TransferDialog(QDialog):
    """Record that the prisoner moved to another establishment on a day."""

    def __init__(self, ctx: AppContext, subject: Subject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.subject = subject
        self.saved: Transfer | None = None
        self.setObjectName("TransferDialog")
        self.setWindowTitle(self.tr("Record a transfer"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        intro = QLabel(
            self.tr(
                "{name} leaves {here}. The transfer travels in the next export; the central "
                "office then sends the file to the receiving establishment."
            ).format(name=subject.display_name, here=subject.establishment_code)
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.to = QComboBox()
        self.to.setObjectName("toEstablishment")
        self.to.setEditable(True)
        own = ctx.require_session().establishment_code
        for code in transfers.known_establishments(ctx.require_session()):
            if code != own:
                self.to.addItem(code)
        self.to.setCurrentText("")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("transferDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format())
        self.note = QLineEdit()
        self.note.setObjectName("transferNote")
        self.note.setMaxLength(300)
        _row(form, self.tr("&To establishment (code):"), self.to)
        _row(form, self.tr("&Date of the move:"), self.day)
        _row(form, self.tr("&Note (optional):"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record transfer"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def save(self) -> None:
        try:
            self.saved = self.ctx.perform(
                transfers.record_transfer,
                self.ctx.require_session(),
                self.subject.id,
                to_establishment=self.to.currentText(),
                transfer_date=self.day.date().toString("yyyy-MM-dd"),
                note=self.note.text(),
            )
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.accept()


class _FileField(QWidget):
    """A path typed or chosen with a button (a file or a folder)."""

    def __init__(self, name: str, choose: str, folder: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.choose_title = choose
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.button = QPushButton(self.tr("Choose…"))
        self.button.clicked.connect(self._choose)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _choose(self) -> None:
        if self.folder:
            chosen = QFileDialog.getExistingDirectory(self, self.choose_title)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.choose_title)
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None


class HandoverDialog(QDialog):
    """Release handover to the probation service: a PDF and an encrypted package."""

    def __init__(self, ctx: AppContext, subject: Subject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.subject = subject
        self.made: handover.MadeHandoverFiles | None = None
        self.setObjectName("HandoverDialog")
        self.setWindowTitle(self.tr("Release handover to the probation service"))
        layout = QVBoxLayout(self)
        chosen = handovers.current_policy(ctx.require_session())
        held = [
            self.tr("open referrals") if chosen.open_referrals else "",
            self.tr("closed referrals") if chosen.closed_referrals else "",
            self.tr("facts of reviewed observations of the last {n} months").format(
                n=chosen.observation_months
            )
            if chosen.observation_months
            else "",
            self.tr("protective factors") if chosen.protective_factors else "",
            self.tr("officers' assessments") if chosen.assessments else "",
        ]
        intro = QLabel(
            self.tr(
                "{name}: the handover holds only what the policy allows — {held}. Never a "
                "source, a restricted source, or a report not accepted by a supervisor. It is "
                "encrypted to the probation service's key only and recorded in the audit log."
            ).format(name=subject.display_name, held=", ".join(h for h in held if h))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.recipient = QLineEdit()
        self.recipient.setObjectName("handoverRecipient")
        self.recipient.setMaxLength(handover.MAX_RECIPIENT)
        self.recipient.setPlaceholderText(self.tr("e.g. Probation office, officer's name"))
        self.reason = QLineEdit()
        self.reason.setObjectName("handoverReason")
        self.reason.setMaxLength(200)
        self.key = _FileField("handoverKey", self.tr("The probation service's key file"), False)
        self.folder = _FileField("handoverFolder", self.tr("Folder for the handover"), True)
        _row(form, self.tr("&Recipient:"), self.recipient)
        _row(form, self.tr("Rea&son:"), self.reason)
        _row(form, self.tr("Probation &key file:"), self.key)
        _row(form, self.tr("&Folder:"), self.folder)
        layout.addLayout(form)
        # Before release the supervisor says so; a released prisoner needs no confirmation.
        self.due = QCheckBox(self.tr("The prisoner is &due for release"))
        self.due.setObjectName("handoverDueForRelease")
        self.due.setVisible(subject.status is SubjectStatus.IN_CUSTODY)
        layout.addWidget(self.due)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make handover"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        key, folder = self.key.path(), self.folder.path()
        try:
            if key is None:
                raise ValidationError(
                    self.tr("Choose the probation service's key file."), field="key"
                )
            if folder is None:
                raise ValidationError(self.tr("Choose the folder to write to."), field="folder")
            try:
                data = key.read_bytes()[: handover.MAX_KEY_FILE_BYTES + 1]
            except OSError as exc:
                raise ValidationError(
                    self.tr("The key file cannot be read: {why}").format(why=exc.strerror),
                    field="key",
                ) from exc
            session = self.ctx.require_session()
            self.made = self.ctx.perform(
                handover.make_handover,
                session,
                self.subject.id,
                recipient_key=data,
                recipient=self.recipient.text(),
                reason=self.reason.text(),
                folder=folder,
                due_for_release=self.due.isChecked(),
                language=default_report_language(session, current_language()),  # 0031
            )
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.accept()


class TransfersTab(QWidget):
    """The moves of the open file, the numbers it was known under, and its handovers."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.subject: Subject | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.transfer_button = QPushButton(self.tr("Record &transfer…"))
        self.transfer_button.setObjectName("transferButton")
        self.transfer_button.clicked.connect(self.record_transfer)
        self.handover_button = QPushButton(self.tr("Release &handover…"))
        self.handover_button.setObjectName("handoverButton")
        self.handover_button.clicked.connect(self.make_handover)
        row.addWidget(self.transfer_button)
        row.addWidget(self.handover_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.view = QTextBrowser()
        self.view.setObjectName("transfersView")
        self.view.setAccessibleName(self.tr("Transfers and handovers"))
        layout.addWidget(self.view, 1)

    def show_subject(self, subject: Subject | None) -> None:
        self.subject = subject
        self.reload()

    def reload(self) -> None:
        self.view.clear()
        session = self.ctx.session
        live = session is not None and session.is_open and self.subject is not None
        self.transfer_button.setEnabled(
            bool(live and session and policy.allows(session, Permission.RECORD_TRANSFERS))
        )
        self.handover_button.setEnabled(
            bool(live and session and policy.allows(session, Permission.MAKE_HANDOVERS))
        )
        if not live or session is None or self.subject is None:
            return
        try:
            chain = transfers.transfers_of(session, self.subject.id)
            numbers = subject_holders.known_numbers(session, self.subject.id)
            made = (
                handovers.handovers_of(session, self.subject.id)
                if policy.allows(session, Permission.MAKE_HANDOVERS)
                else []
            )
        except RadprevError as exc:
            self.view.setPlainText(str(exc))
            return
        title = self.tr("Transfers")
        parts = [f"<h3>{html.escape(title)}</h3>"]
        if chain:
            parts.append(
                "<ul>"
                + "".join(
                    "<li>"
                    + html.escape(
                        self.tr("{day}: from {src} to {dst}").format(
                            day=t.transfer_date, src=t.from_establishment, dst=t.to_establishment
                        )
                        + (f" — {t.note}" if t.note else "")
                    )
                    + "</li>"
                    for t in chain
                )
                + "</ul>"
            )
        else:
            parts.append("<p>" + html.escape(self.tr("No transfer recorded.")) + "</p>")
        if len(numbers) > 1:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr("Known as: {numbers}").format(
                        numbers=", ".join(f"{est} {n}" for est, n in numbers)
                    )
                )
                + "</p>"
            )
        if made:
            heading = self.tr("Release handovers")
            parts.append(f"<h3>{html.escape(heading)}</h3><ul>")
            for h in made:
                parts.append(
                    "<li>"
                    + html.escape(
                        self.tr("{at}: to {who} (document {doc})").format(
                            at=format_datetime(h.made_at), who=h.recipient, doc=h.document_id
                        )
                    )
                    + "</li>"
                )
            parts.append("</ul>")
        self.view.setHtml("".join(parts))

    def record_transfer(self) -> None:
        if self.subject is None:
            return
        dialog = TransferDialog(self.ctx, self.subject, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def make_handover(self) -> None:
        if self.subject is None:
            return
        dialog = HandoverDialog(self.ctx, self.subject, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.made is not None:
            self.ctx.status_message.emit(
                self.tr("Handover written: {pdf} and {package}").format(
                    pdf=dialog.made.pdf_path.name, package=dialog.made.package_path.name
                )
            )
            self.reload()


class TakeInDialog(QDialog):
    """Workstation: import a transfer bundle, with the prisoner's number and unit here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: SyncReport | None = None
        self.setObjectName("TakeInDialog")
        self.setWindowTitle(self.tr("Take in a transferred prisoner"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        intro = QLabel(
            self.tr(
                "Choose the transfer bundle (radprev-transfer_….age) the central office sent. "
                "The prisoner's earlier records stay read-only, marked with the establishment "
                "that made them; new records continue the same file here."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.file = _FileField("bundleFile", self.tr("Transfer bundle"), False)
        self.number = QLineEdit()
        self.number.setObjectName("numberHere")
        self.number.setPlaceholderText(self.tr("Leave empty to keep the earlier number"))
        self.unit = QComboBox()
        self.unit.setObjectName("unitHere")
        self.unit.addItem(self.tr("No unit yet"), "")
        for unit in settings.list_units(ctx.require_session()):
            self.unit.addItem(f"{unit.code} — {unit.name}", unit.code)
        _row(form, self.tr("Transfer &bundle:"), self.file)
        _row(form, self.tr("&Prison number here:"), self.number)
        _row(form, self.tr("&Unit:"), self.unit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Take in"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def save(self) -> None:
        path = self.file.path()
        try:
            if path is None:
                raise ValidationError(self.tr("Choose the transfer bundle."), field="file")
            self.report = self.ctx.perform(
                sync_core.import_file,
                self.ctx.require_session(),
                path,
                prison_number=self.number.text().strip() or None,
                unit=self.unit.currentData() or None,
            )
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.accept()
