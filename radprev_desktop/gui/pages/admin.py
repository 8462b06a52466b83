"""Administration: accounts (remove = rekey in a worker), settings, templates, backups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError, TemplateInvalid
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services import vault_access
from radprev_desktop.core.templates.model import pick as template_text
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, gui_text
from radprev_desktop.gui.flow_layout import FlowLayout, expanding_row
from radprev_desktop.gui.held_dialogs import HeldDetails, HeldRequests
from radprev_desktop.gui.i18n import current_language, format_datetime
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.pages.admin_details import PrisonerDetailsTab
from radprev_desktop.gui.pages.admin_tables import (
    admin_table,
    fill_rows,
    selected_key,
)
from radprev_desktop.gui.pages.admin_users import UsersTab
from radprev_desktop.gui.settings_form import SettingsTab
from radprev_desktop.gui.widgets import heading
from radprev_desktop.gui.workers import worker_session


class TemplatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = template_service
        self.table = admin_table(
            [
                self.tr("Template"),
                self.tr("Version"),
                self.tr("Title"),
                self.tr("Languages"),
                self.tr("Imported"),
                self.tr("Offered to officers"),
            ],
            self.tr("Checklist templates"),
        )
        self.table.setObjectName("templatesTable")
        self.import_button = QPushButton(self.tr("&Import template from a file…"))
        self.import_button.setAccessibleName(self.tr("Import template from a file"))
        self.import_button.clicked.connect(self.choose_file)
        self.activate_button = QPushButton(self.tr("&Offer this version to officers"))
        self.activate_button.setAccessibleName(self.tr("Offer this version to officers"))
        self.activate_button.clicked.connect(self.activate)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems found in the template"))
        self.problems.setObjectName("templateProblems")
        self.problems.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("templateMessage")
        buttons = QWidget()
        buttons.setSizePolicy(expanding_row())
        flow = FlowLayout(buttons)  # wraps at 1024×768, 150 % (Macedonian: 515 px of 503)
        flow.addWidget(self.import_button)
        flow.addWidget(self.activate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.problems)

    def refresh(self) -> None:
        language = current_language()
        rows = []
        for t in self.service.list_templates(self.ctx.require_session()):
            title = template_text(t.title, language)
            rows.append(
                (
                    (t.code, t.version),
                    [
                        t.code,
                        str(t.version),
                        title,
                        ", ".join(t.languages),
                        format_datetime(t.imported_at),
                        self.tr("yes") if t.active else "",
                    ],
                )
            )
        fill_rows(self.table, rows)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a checklist template"), "", self.tr("Templates (*.json)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self.problems.clear()
        self.problems.hide()
        try:
            result = self.ctx.perform(
                self.service.import_template, self.ctx.require_session(), path
            )
        except TemplateInvalid as exc:
            self.message.setText(self.tr("The template was not imported. Problems found:"))
            for where, reason in exc.problems:
                self.problems.addItem(f"{where}: {gui_text(reason)}")
            self.problems.show()
            return
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        if result.status == "unchanged":
            self.message.setText(
                self.tr("This template version is already stored; nothing changed.")
            )
        else:
            self.message.setText(
                self.tr("Template {code} version {version} imported.").format(
                    code=result.template.code, version=result.template.version
                )
            )
        self.refresh()

    def activate(self) -> None:
        key = selected_key(self.table)
        if key is None:
            self.message.setText(self.tr("Choose a template version in the list first."))
            return
        code, version = key
        try:
            self.ctx.perform(
                self.service.set_active_template, self.ctx.require_session(), code, int(version)
            )
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(
            self.tr("Officers are now offered {code} version {version}.").format(
                code=code, version=version
            )
        )
        self.refresh()

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.problems.clear()
        self.message.clear()


# --- backups ----------------------------------------------------------------------


class BackupsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = admin_table([self.tr("Backup"), self.tr("Size")], self.tr("Backups"))
        self.table.setObjectName("backupsTable")
        self.create_button = QPushButton(self.tr("&Back up now"))
        self.create_button.setAccessibleName(self.tr("Back up now"))
        self.create_button.clicked.connect(self.create_backup)
        note = QLabel(
            self.tr(
                "Backups are encrypted copies in the database folder (backups), checked by "
                "opening them. Restoring is offered on the login screen when the database cannot "
                "be opened, or with the command radprev restore."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(note)

    def refresh(self) -> None:
        session = self.ctx.require_session()
        rows = []
        for info in vault_access.list_backups(session):
            rows.append(
                (
                    str(info.path),
                    [info.path.name, self.tr("{n} KiB").format(n=info.size_bytes // 1024)],
                )
            )
        fill_rows(self.table, rows)

    def create_backup(self) -> None:
        session = self.ctx.require_session()

        def job(progress: Any, is_cancelled: Any) -> str:
            progress(0, 1, "")
            with worker_session(session) as worker:
                return vault_access.create_backup(worker).name

        def done(name: str) -> None:
            self.ctx.status_message.emit(self.tr("Backup {name} written.").format(name=name))
            self.ctx.announce(vault_access.create_backup.changes)
            self.refresh()

        assert self.ctx.run_in_worker is not None
        self.job = self.ctx.run_in_worker(
            job, on_done=done, title=self.tr("Writing a backup"), cancellable=False
        )

    def clear(self) -> None:
        self.table.setRowCount(0)


class AdminPage(Page):
    """The administrator's page."""

    help_anchor = "admin"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.users_tab = UsersTab(ctx)
        self.settings_tab = SettingsTab(ctx)
        self.templates_tab = TemplatesTab(ctx)
        self.backups_tab = BackupsTab(ctx)
        self.details_tab = PrisonerDetailsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Administration sections"))
        # Each section scrolls on its own: the page fits a 1024-pixel screen at 150 %.
        for tab, title in (
            (self.users_tab, self.tr("Acco&unts")),
            (self.settings_tab, self.tr("&Settings")),
            (self.templates_tab, self.tr("Checklist &templates")),
            (self.backups_tab, self.tr("&Backups")),
            (self.details_tab, self.tr("&Prisoners' details")),
        ):
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(tab)
            self.tabs.addTab(area, title)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Administration")))
        layout.addWidget(self.tabs)

    def show_tab(self, tab: QWidget) -> None:
        """Bring one section (users_tab, settings_tab…) to the front."""
        for i in range(self.tabs.count()):
            area = self.tabs.widget(i)
            if isinstance(area, QScrollArea) and area.widget() is tab:
                self.tabs.setCurrentIndex(i)
                return

    def tab_widgets(self) -> list[Any]:
        return [
            self.users_tab,
            self.settings_tab,
            self.templates_tab,
            self.backups_tab,
            self.details_tab,
        ]

    def refresh(self) -> None:
        for tab in self.tab_widgets():
            tab.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.details_tab.has_typed()

    def hold_unsaved(self) -> object | None:
        """Words typed in a prisoner's details or requests dialog (memory, until unlock)."""
        return self.details_tab.hold()

    def resume_unsaved(self, held: object) -> bool:
        if isinstance(held, HeldDetails | HeldRequests):
            self.show_tab(self.details_tab)
            self.details_tab.resume(held)
        return True

    def clear(self) -> None:
        for tab in self.tab_widgets():
            tab.clear()
