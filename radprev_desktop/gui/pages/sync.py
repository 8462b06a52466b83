"""The Sync page: USB export, receipts and bundles (workstation); imports (central).

Workstation: export to a folder (a USB stick) with progress, the package history
with its delivery state, importing a receipt or a reference bundle, and trusting
the central office certificate after comparing its fingerprint group by group.
Central office: importing packages (files or a whole folder), enrolling unknown
workstations after comparing their fingerprint, the workstations with their
last package and gaps, quarantine, conflicts, and a consolidated table of
subjects across establishments (an audited consultation, loaded on request).

All rules live in core.sync; this page only calls it and shows the result.
What each kind of vault shows is in sync_workstation.py and sync_central.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import sync as sync_core
from radprev_desktop.core.change_set import Operation
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.model import Mode
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import importer, keys
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, gui_text, show_error
from radprev_desktop.gui.justification import ensure_justification
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.pages.sync_central import CentralSyncView
from radprev_desktop.gui.pages.sync_enrol import Enrolments, ask_check_code, check_code_dialog
from radprev_desktop.gui.pages.sync_workstation import WorkstationSyncView
from radprev_desktop.gui.pages.transfers import TakeInDialog
from radprev_desktop.gui.save_folders import SaveKind, choose_folder, save_file_name
from radprev_desktop.gui.trust_dialog import TrustDialog
from radprev_desktop.gui.workers import worker_session


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
        self.workstation_view = WorkstationSyncView()
        self.central_view = CentralSyncView(self.ctx)
        self._connect_buttons()
        layout.addWidget(self.workstation_view)
        layout.addWidget(self.central_view)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What the last action did"))
        self.report.setMaximumHeight(160)
        # Three lines at least, not Qt's 70 px: on a low window (683x467, 150 % of 1024x768)
        # the page is never squeezed below its wrapped rows (page_area), and the analyst's
        # Sync tabs wrap to two rows there; the report scrolls inside itself instead.
        self.report.setMinimumHeight(3 * self.report.fontMetrics().lineSpacing() + 12)
        layout.addWidget(self.report)
        self.central_view.hide()

    def _connect_buttons(self) -> None:
        ws, central = self.workstation_view, self.central_view
        ws.export_button.clicked.connect(lambda: self.export_to(None))
        ws.resend_button.clicked.connect(lambda: self.export_to(None, resend=True))
        ws.receipt_button.clicked.connect(lambda: self.import_files(None))
        ws.trust_button.clicked.connect(lambda: self.trust_certificate(None))
        ws.take_in_button.clicked.connect(self.take_in)
        central.import_button.clicked.connect(lambda: self.import_files(None))
        central.folder_button.clicked.connect(lambda: self.import_folder(None))
        central.ack_button.clicked.connect(lambda: self.write_receipt(None))
        central.bundle_button.clicked.connect(lambda: self.write_bundle(None))
        central.cert_button.clicked.connect(lambda: self.write_certificate(None))
        central.consolidated_button.clicked.connect(self.show_consolidated)
        # What tests and the lock read on the page itself.
        self.export_button, self.history = ws.export_button, ws.history
        self.central_label, self.pending_label = ws.central_label, ws.pending_label
        self.tabs, self.workstations = central.tabs, central.workstations
        self.consolidated = central.consolidated

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
                self.central_view.refresh(session)
            else:
                self.title.setText(self.tr("Sync — export to the central office"))
                self.workstation_view.refresh(session)
        except RadprevError as exc:
            self.report.setPlainText(error_text(exc))

    def clear(self) -> None:
        """Remove every piece of vault data from the widgets (on lock)."""
        self.workstation_view.clear()
        self.central_view.clear()
        self.report.clear()
        self.last_messages = []

    def hold_shown(self) -> object | None:
        """The last action's report (an import with a refused package, say): a lock that
        waited for the import would otherwise wipe the only word of the refusal."""
        text = self.report.toPlainText()
        return (text, list(self.last_messages)) if text else None

    def resume_shown(self, held: object) -> None:
        """Show the report kept across the lock again."""
        if not isinstance(held, tuple):
            return
        text, lines = held
        self.last_messages = list(lines)
        self.report.setPlainText(text)
        if lines:
            self.ctx.status_message.emit(lines[0])

    # --- work: in a worker thread when the window provides one ----------------------

    def _run(
        self,
        title: str,
        op: Operation[..., Any],
        work: Callable[[Session, Any], Any],
        done: Callable[[Any], None],
        cancellable: bool = False,
    ) -> None:
        """`work` runs `op` (in a worker when the window has one); its changes are announced.
        `cancellable`: the progress dialog offers Cancel, which `self._cancelled()` reports."""
        session = self.ctx.require_session()
        self._is_cancelled: Callable[[], bool] = lambda: False

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
            self._is_cancelled = is_cancelled
            with worker_session(session) as worker:
                return work(worker, progress)

        self.job = self.ctx.run_in_worker(
            job, on_done=finished, on_error=self._failed, title=title, cancellable=cancellable
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
            folder = choose_folder(
                self,
                SaveKind.PACKAGE,
                self.ctx.require_session().user.username,
                self.tr("Choose the USB stick or folder for the package"),
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
            # Several packages: the next one is checked in a second process meanwhile
            # (core/sync/prefetch.py); Cancel stops before the next file.
            return list(
                sync_core.import_packages(
                    session, files, progress=progress, cancelled=lambda: self._is_cancelled()
                )
            )

        def done(results: list[tuple[Path, Any]]) -> None:
            left = len(files) - len(results)
            stopped = self.tr("Stopped: {count} file(s) were not imported.").format(count=left)
            self._imported(results, [stopped] if left else [])

        self._run(self.tr("Importing"), sync_core.import_packages, work, done, cancellable=True)

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

    def _imported(self, results: list[tuple[Path, Any]], tail: Sequence[str] = ()) -> None:
        """Each file's outcome in the report; packages of workstations not enrolled yet
        ask for their check code and import again in the worker (sync_enrol.py)."""
        Enrolments(self, results, list(tail)).next()

    def confirm_fingerprint(self, exc: importer.EnrolmentRequired, why: str = "") -> str | None:
        """The check code typed from the workstation's enrolment sheet (None: cancelled)."""
        return ask_check_code(self, exc, why)

    def check_code_dialog(self, question: str) -> QInputDialog:
        return check_code_dialog(self, question)

    def take_in(self) -> None:
        """Workstation: import a transfer bundle (number and unit here asked in the dialog)."""
        dialog = TakeInDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.report is not None:
            self._show([gui_text(dialog.report.summary())])
            self.refresh()

    # --- central actions -------------------------------------------------------------

    def _ask_folder(self, title: str) -> Path | None:
        user = self.ctx.require_session().user.username
        folder = choose_folder(self, SaveKind.PACKAGE, user, title)
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
            chosen = save_file_name(
                self,
                SaveKind.CERTIFICATE,
                self.ctx.require_session().user.username,
                self.tr("Save the certificate"),
                "central-certificate.json",
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
        """Load the consolidated table (a consultation: the reason for access first)."""
        try:
            session = self.ctx.require_session()
            if ensure_justification(session, self) is None:
                return
            self.central_view.show_consolidated(session)
        except RadprevError as exc:
            self._failed(exc)
