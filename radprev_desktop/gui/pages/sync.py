"""The Sync page: USB export, receipts and bundles (workstation); imports (central).

Workstation: export to a folder (a USB stick) with progress, the package history
with its delivery state, importing a receipt or a reference bundle, and trusting
the central office certificate after comparing its fingerprint group by group.
Central office: importing packages (files or a whole folder), enrolling unknown
workstations after comparing their fingerprint, the workstations with their
last package and gaps, quarantine, conflicts, and a consolidated table of
subjects across establishments (an audited consultation, loaded on request).

All rules live in core.sync; this page only calls it and shows the result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core import sync as sync_core
from radprev_desktop.core.change_set import Operation
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.model import Mode
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import importer, keys
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, gui_text, show_error
from radprev_desktop.gui.flow_layout import FlowLayout
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.pages.central_files import LinkedFilesPanel, TransfersToIssuePanel
from radprev_desktop.gui.pages.transfers import TakeInDialog
from radprev_desktop.gui.trust_dialog import TrustDialog
from radprev_desktop.gui.workers import worker_session


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[Any]]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return format_datetime(iso)
    except (ValueError, TypeError):
        return iso


class SyncPage(Page):
    """USB synchronisation for both kinds of vault (see the module doc)."""

    help_anchor = "sync"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.job: Any = None
        self.last_messages: list[str] = []
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Sync"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.workstation_view = self._build_workstation()
        self.central_view = self._build_central()
        layout.addWidget(self.workstation_view)
        layout.addWidget(self.central_view)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What the last action did"))
        self.report.setMaximumHeight(160)
        layout.addWidget(self.report)
        self.central_view.hide()

    # --- building ---------------------------------------------------------------

    def _build_workstation(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        status = QGroupBox(self.tr("Export to the central office"))
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
        form.addRow(self.tr("Central office:"), self.central_label)
        form.addRow(self.tr("Last export:"), self.last_label)
        form.addRow(self.tr("Next export due:"), self.due_label)
        form.addRow(self.tr("Changes waiting:"), self.pending_label)
        form.addRow(self.tr("Awaiting receipt:"), self.awaiting_label)
        form.addRow(self.tr("This workstation's check code:"), self.own_fp_label)
        layout.addWidget(status)
        button_row = QWidget()
        buttons = FlowLayout(button_row)  # wraps on a narrow window
        self.export_button = QPushButton(self.tr("&Export to folder…"))
        self.export_button.clicked.connect(lambda: self.export_to(None))
        self.resend_button = QPushButton(self.tr("&Re-send unacknowledged…"))
        self.resend_button.clicked.connect(lambda: self.export_to(None, resend=True))
        self.receipt_button = QPushButton(self.tr("&Import receipt or bundle…"))
        self.receipt_button.clicked.connect(lambda: self.import_files(None))
        self.trust_button = QPushButton(self.tr("&Trust central certificate…"))
        self.trust_button.clicked.connect(lambda: self.trust_certificate(None))
        # A transferred prisoner's file, issued by the central office (issue 15).
        self.take_in_button = QPushButton(self.tr("Take in a transferred &prisoner…"))
        self.take_in_button.setObjectName("takeInButton")
        self.take_in_button.clicked.connect(self.take_in)
        for b in (
            self.export_button,
            self.resend_button,
            self.receipt_button,
            self.trust_button,
            self.take_in_button,
        ):
            buttons.addWidget(b)
        layout.addWidget(button_row)
        self.history = _table(
            [
                self.tr("Package"),
                self.tr("Written"),
                self.tr("By"),
                self.tr("Records"),
                self.tr("Audit entries"),
                self.tr("Delivery"),
                self.tr("File"),
            ]
        )
        self.history.setAccessibleName(self.tr("Packages written"))
        layout.addWidget(self.history, 1)
        return box

    def _build_central(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cert_label = QLabel()
        self.cert_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cert_label.setWordWrap(True)
        layout.addWidget(self.cert_label)
        button_row = QWidget()
        buttons = FlowLayout(button_row)
        self.import_button = QPushButton(self.tr("&Import packages…"))
        self.import_button.clicked.connect(lambda: self.import_files(None))
        self.folder_button = QPushButton(self.tr("Import a whole &folder…"))
        self.folder_button.clicked.connect(lambda: self.import_folder(None))
        self.ack_button = QPushButton(self.tr("Write &receipt…"))
        self.ack_button.clicked.connect(lambda: self.write_receipt(None))
        self.bundle_button = QPushButton(self.tr("Write reference &bundle…"))
        self.bundle_button.clicked.connect(lambda: self.write_bundle(None))
        self.cert_button = QPushButton(self.tr("Write &certificate…"))
        self.cert_button.clicked.connect(lambda: self.write_certificate(None))
        for b in (
            self.import_button,
            self.folder_button,
            self.ack_button,
            self.bundle_button,
            self.cert_button,
        ):
            buttons.addWidget(b)
        layout.addWidget(button_row)
        self._build_central_tabs()
        layout.addWidget(self.tabs, 1)
        return box

    def _build_central_tabs(self) -> None:
        """Workstations, quarantine, conflicts and every establishment's prisoners."""
        self.tabs = QTabWidget()
        self.workstations = _table(
            [
                self.tr("Establishment"),
                self.tr("Workstation"),
                self.tr("Packages"),
                self.tr("Last package"),
                self.tr("Missing"),
                self.tr("Quarantined"),
                self.tr("Conflicts"),
                self.tr("Failed imports"),
                self.tr("Last import"),
                self.tr("Check code"),
            ]
        )
        self.quarantine = _table(
            [
                self.tr("Workstation"),
                self.tr("Package"),
                self.tr("Line"),
                self.tr("Kind"),
                self.tr("Record"),
                self.tr("Reason"),
            ]
        )
        self.conflicts = _table(
            [
                self.tr("Workstation"),
                self.tr("Package"),
                self.tr("Kind"),
                self.tr("Record"),
                self.tr("Version"),
                self.tr("Received"),
            ]
        )
        consolidated = QWidget()
        c_layout = QVBoxLayout(consolidated)
        self.consolidated_button = QPushButton(self.tr("&Show prisoners of every establishment"))
        self.consolidated_button.clicked.connect(self.show_consolidated)
        c_layout.addWidget(self.consolidated_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.consolidated = _table(
            [
                self.tr("Establishment"),
                self.tr("Prison number"),
                self.tr("Family name"),
                self.tr("Given names"),
                self.tr("Birth year"),
                self.tr("Status"),
                self.tr("Observations"),
                self.tr("Last event"),
            ]
        )
        c_layout.addWidget(self.consolidated, 1)
        self.tabs.addTab(self.workstations, self.tr("Workstations"))
        self.tabs.addTab(self.quarantine, self.tr("Quarantine"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(consolidated, self.tr("All prisoners"))
        self.transfers_panel = TransfersToIssuePanel(self.ctx)
        self.tabs.addTab(self.transfers_panel, self.tr("Transfers"))
        self.links_panel = LinkedFilesPanel(self.ctx)
        self.tabs.addTab(self.links_panel, self.tr("One person, two files"))

    # --- page contract ------------------------------------------------------------

    def refresh(self) -> None:
        """Reload what the page shows for the current session."""
        try:
            session = self.ctx.require_session()
        except RadprevError:
            self.clear()
            return
        central = session.mode == Mode.CENTRAL
        self.workstation_view.setVisible(not central)
        self.central_view.setVisible(central)
        try:
            if central:
                self.title.setText(self.tr("Sync — central office"))
                self._refresh_central(session)
            else:
                self.title.setText(self.tr("Sync — export to the central office"))
                self._refresh_workstation(session)
        except RadprevError as exc:
            self.report.setPlainText(error_text(exc))

    def clear(self) -> None:
        """Remove every piece of vault data from the widgets (on lock)."""
        for table in (
            self.history,
            self.workstations,
            self.quarantine,
            self.conflicts,
            self.consolidated,
        ):
            table.setRowCount(0)
        self.transfers_panel.clear()
        self.links_panel.clear()
        for label in (
            self.central_label,
            self.last_label,
            self.due_label,
            self.pending_label,
            self.awaiting_label,
            self.own_fp_label,
            self.cert_label,
        ):
            label.clear()
        self.report.clear()
        self.last_messages = []

    def _refresh_workstation(self, session: Session) -> None:
        status = sync_core.export_status(session)
        cert = sync_core.trusted_central(session)
        if cert is None:
            self.central_label.setText(
                self.tr(
                    "No central office certificate is trusted yet (an administrator trusts it)."
                )
            )
        else:
            self.central_label.setText(
                self.tr("{est} — check code {fp}").format(
                    est=cert.establishment, fp=sync_core.grouped_fingerprint(cert.fingerprint)
                )
            )
        if status.last_export_at:
            self.last_label.setText(
                self.tr("package {n}, {when}").format(
                    n=status.last_sequence, when=_when(status.last_export_at)
                )
            )
        else:
            self.last_label.setText(self.tr("never"))
        due = _when(status.next_due)
        self.due_label.setText(
            self.tr("{when} — OVERDUE").format(when=due) if status.overdue else due
        )
        self.pending_label.setText(str(status.pending_changes))
        if status.awaiting_receipt:
            text = ", ".join(map(str, status.awaiting_receipt))
            if status.overdue_receipts:
                text += " " + self.tr("(no receipt after {days} days: {late})").format(
                    days=status.receipt_wait_days,
                    late=", ".join(map(str, status.overdue_receipts)),
                )
            self.awaiting_label.setText(text)
        else:
            self.awaiting_label.setText(self.tr("none"))
        self.own_fp_label.setText(
            sync_core.grouped_fingerprint(sync_core.own_workstation_fingerprint(session))
        )
        may_export = policy.allows(session, Permission.EXPORT_PACKAGES)
        self.export_button.setEnabled(may_export and cert is not None)
        self.resend_button.setEnabled(may_export and bool(status.awaiting_receipt))
        self.trust_button.setEnabled(policy.allows(session, Permission.MANAGE_SYNC_KEYS))
        self.take_in_button.setEnabled(policy.allows(session, Permission.RECEIVE_TRANSFERS))
        rows = []
        for e in sync_core.export_history(session):
            delivery = (
                self.tr("delivered {when}").format(when=_when(e.delivered_at))
                if e.delivered_at
                else self.tr("awaiting receipt")
            )
            if e.resend:
                delivery += " " + self.tr("(re-send)")
            rows.append(
                [
                    e.sequence,
                    _when(e.created_at),
                    e.created_by,
                    e.records,
                    e.audit_entries,
                    delivery,
                    e.file_name,
                ]
            )
        _fill(self.history, rows)

    def _refresh_central(self, session: Session) -> None:
        self.cert_label.setText(
            self.tr("This office's check code: {fp}").format(
                fp=sync_core.grouped_fingerprint(sync_core.own_certificate_fingerprint(session))
            )
        )
        importer_role = policy.allows(session, Permission.IMPORT_PACKAGES)
        for b in (self.import_button, self.folder_button, self.ack_button, self.bundle_button):
            b.setEnabled(importer_role)
        self.cert_button.setEnabled(policy.allows(session, Permission.MANAGE_SYNC_KEYS))
        issuer = policy.allows(session, Permission.ISSUE_TRANSFERS)
        self.tabs.setTabVisible(self.tabs.indexOf(self.transfers_panel), issuer)
        if issuer:
            self.transfers_panel.refresh()
        linker = policy.allows(session, Permission.LINK_FILES)
        self.tabs.setTabVisible(self.tabs.indexOf(self.links_panel), linker)
        if linker:
            self.links_panel.refresh()
        states = sync_core.workstation_states(session)
        _fill(
            self.workstations,
            [
                [
                    s.establishment,
                    s.workstation_id,
                    s.packages,
                    s.last_sequence,
                    ", ".join(map(str, s.gaps)) or self.tr("none"),
                    s.quarantined,
                    s.conflicts,
                    ", ".join(map(str, s.failed_imports)) or self.tr("none"),
                    _when(s.last_import_at),
                    sync_core.grouped_fingerprint(s.fingerprint)[:19] + "…",
                ]
                for s in states
            ],
        )
        if importer_role:
            _fill(
                self.quarantine,
                [
                    [q.workstation_id[-8:], q.package_seq, q.line, q.kind, q.object_id, q.reason]
                    for q in sync_core.quarantine_items(session)
                ],
            )
            _fill(
                self.conflicts,
                [
                    [
                        c.workstation_id[-8:],
                        c.package_seq,
                        c.kind,
                        c.object_id,
                        c.version,
                        _when(c.at),
                    ]
                    for c in sync_core.conflict_items(session)
                ],
            )

    # --- work: in a worker thread when the window provides one ----------------------

    def _run(
        self,
        title: str,
        op: Operation[..., Any],
        work: Callable[[Session, Any], Any],
        done: Callable[[Any], None],
    ) -> None:
        """`work` runs `op` (in a worker when the window has one); its changes are announced."""
        session = self.ctx.require_session()

        def finished(result: Any) -> None:
            self.ctx.announce(op.changes)
            done(result)

        if self.ctx.run_in_worker is None:
            try:
                result = work(session, lambda done_, total, what: None)
            except RadprevError as exc:
                self._failed(exc)
                return
            finished(result)
            return

        def job(progress: Any, is_cancelled: Callable[[], bool]) -> Any:
            with worker_session(session) as worker:
                return work(worker, progress)

        self.job = self.ctx.run_in_worker(
            job, on_done=finished, on_error=self._failed, title=title, cancellable=False
        )

    def _failed(self, exc: BaseException) -> None:
        self.report.setPlainText(error_text(exc))
        show_error(self, exc)
        self.refresh()

    def _show(self, lines: list[str]) -> None:
        self.last_messages = lines
        self.report.setPlainText("\n".join(lines))
        self.ctx.status_message.emit(lines[0] if lines else "")
        self.refresh()

    # --- workstation actions ----------------------------------------------------------

    def export_to(self, folder: str | Path | None, *, resend: bool = False) -> None:
        """Write the next package into `folder` (asks for it when None)."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Choose the USB stick or folder for the package")
            )
            if not folder:
                return
        target = Path(folder)

        def work(session: Session, progress: Any) -> Any:
            return sync_core.export_package(session, target, resend=resend, progress=progress)

        def done(result: Any) -> None:
            lines = [
                self.tr("Package {n} written: {path}").format(n=result.sequence, path=result.path),
                self.tr(
                    "{records} records and {audit} audit entries, encrypted to the central office."
                ).format(records=result.records, audit=result.audit_entries),
            ]
            if result.more_pending:
                lines.append(self.tr("More changes are waiting: export again."))
            self._show(lines)

        self._run(self.tr("Writing the export package"), sync_core.export_package, work, done)

    def trust_certificate(self, path: str | Path | None, typed: str | None = None) -> bool:
        """Read a certificate, compare the fingerprint (dialog unless `typed`), store it."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Central office certificate"), "", self.tr("Certificates (*.json)")
            )
            if not path:
                return False
        session = self.ctx.require_session()
        try:
            data = importer.read_file_limited(Path(path), keys.MAX_CERT_BYTES)
            cert = keys.parse_certificate(data)
            if typed is None:
                dialog = TrustDialog(cert, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                typed = dialog.typed.text()
            self.ctx.perform(sync_core.trust_central, session, data, typed)
        except RadprevError as exc:
            self._failed(exc)
            return False
        self._show(
            [
                self.tr("Central office {est} trusted (check code {fp}).").format(
                    est=cert.establishment, fp=sync_core.grouped_fingerprint(cert.fingerprint)
                )
            ]
        )
        return True

    # --- imports (both kinds of vault) ----------------------------------------------------

    def import_files(self, paths: Sequence[str | Path] | None) -> None:
        """Import packages (central) or receipts/bundles (workstation)."""
        if paths is None:
            session = self.ctx.require_session()
            pattern = (
                self.tr("Export packages (*.age)")
                if session.mode == Mode.CENTRAL
                else self.tr("Receipts and bundles (*.tar)")
            )
            chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Files to import"), "", pattern)
            if not chosen:
                return
            paths = chosen
        files = [Path(p) for p in paths]

        def work(session: Session, progress: Any) -> Any:
            results: list[tuple[Path, Any]] = []
            for index, path in enumerate(files):
                progress(index, len(files), path.name)
                try:
                    results.append((path, sync_core.import_file(session, path)))
                except RadprevError as exc:
                    results.append((path, exc))
            return results

        self._run(self.tr("Importing"), sync_core.import_file, work, self._imported)

    def import_folder(self, folder: str | Path | None) -> None:
        """Import every package in a folder (a whole USB stick)."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with packages"))
            if not folder:
                return
        files = sync_core.package_files(Path(folder))
        if not files:
            self._show([self.tr("No export packages (*.age) in that folder.")])
            return
        self.import_files(files)

    def _imported(self, results: list[tuple[Path, Any]]) -> None:
        lines: list[str] = []
        for path, outcome in results:
            if isinstance(outcome, importer.EnrolmentRequired):
                retry = self.ask_enrol(path, outcome)
                if retry is not None:
                    lines.append(retry)
                    continue
                lines.append(
                    self.tr(
                        "{file}: refused — it comes from a workstation that is not enrolled yet "
                        "({est}). An administrator enrols it after comparing its check code with "
                        "that workstation's enrolment sheet."
                    ).format(file=path.name, est=outcome.establishment)
                )
            elif isinstance(outcome, RadprevError):
                lines.append(
                    self.tr("{file}: refused — {reason}").format(
                        file=path.name, reason=error_text(outcome)
                    )
                )
            elif getattr(outcome, "failed", False):
                lines.append(
                    self.tr(
                        "{file}: import FAILED — its audit log contradicts what this office "
                        "already holds for the workstation."
                    ).format(file=path.name)
                )
                lines.append(gui_text(outcome.summary()))
            else:
                lines.append(gui_text(outcome.summary()))
        self._show(lines)

    def confirm_fingerprint(self, exc: importer.EnrolmentRequired) -> str | None:
        """Ask the administrator to type the check code from the workstation's sheet."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Enrol a new workstation?"),
            self.tr(
                "A package came from a workstation that is not enrolled ({est}).\n"
                "Its check code is:\n{fp}\n\nType the check code printed on that workstation's "
                "enrolment sheet (the sheet calls it the fingerprint) to enrol it:"
            ).format(est=exc.establishment, fp=sync_core.grouped_fingerprint(exc.fingerprint)),
        )
        return text if ok and text.strip() else None

    def ask_enrol(self, path: Path, exc: importer.EnrolmentRequired) -> str | None:
        """Offer to enrol the sender; on success import the package again."""
        session = self.ctx.require_session()
        if not policy.allows(session, Permission.MANAGE_SYNC_KEYS):
            return None
        typed = self.confirm_fingerprint(exc)
        if typed is None:
            return None
        try:
            report = self.ctx.perform(sync_core.import_file, session, path, enrol_fingerprint=typed)
        except RadprevError as err:
            return self.tr("{file}: refused — {reason}").format(
                file=path.name, reason=error_text(err)
            )
        return self.tr("Workstation enrolled.") + " " + gui_text(report.summary())

    def take_in(self) -> None:
        """Workstation: import a transfer bundle (number and unit here asked in the dialog)."""
        dialog = TakeInDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.report is not None:
            self._show([gui_text(dialog.report.summary())])
            self.refresh()

    # --- central actions -------------------------------------------------------------

    def _ask_folder(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, title)
        return Path(folder) if folder else None

    def write_receipt(self, folder: str | Path | None) -> None:
        target = Path(folder) if folder else self._ask_folder(self.tr("Folder for the receipt"))
        if target is None:
            return
        try:
            path = self.ctx.perform(sync_core.write_receipt, self.ctx.require_session(), target)
        except RadprevError as exc:
            self._failed(exc)
            return
        self._show([self.tr("Receipt written: {path}").format(path=path)])

    def write_bundle(self, folder: str | Path | None) -> None:
        target = Path(folder) if folder else self._ask_folder(self.tr("Folder for the bundle"))
        if target is None:
            return
        try:
            path = self.ctx.perform(sync_core.write_bundle, self.ctx.require_session(), target)
        except RadprevError as exc:
            self._failed(exc)
            return
        self._show([self.tr("Reference bundle written: {path}").format(path=path)])

    def write_certificate(self, path: str | Path | None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the certificate"), "central-certificate.json"
            )
            if not chosen:
                return
            path = chosen
        try:
            data, fp = self.ctx.perform(sync_core.make_certificate, self.ctx.require_session())
            atomic_write(Path(path), data, private=False)
        except RadprevError as exc:
            self._failed(exc)
            return
        self._show(
            [
                self.tr("Certificate written: {path}").format(path=path),
                self.tr("Check code for the enrolment sheet: {fp}").format(
                    fp=sync_core.grouped_fingerprint(fp)
                ),
            ]
        )

    def show_consolidated(self) -> None:
        """Load the consolidated table (an audited consultation)."""
        try:
            rows = sync_core.consolidated_subjects(self.ctx.require_session())
        except RadprevError as exc:
            self._failed(exc)
            return
        _fill(
            self.consolidated,
            [
                [
                    s.establishment,
                    s.prison_number,
                    s.family_name,
                    s.given_names,
                    s.birth_year,
                    s.status,
                    s.observations,
                    _when(s.last_event),
                ]
                for s in rows
            ],
        )
