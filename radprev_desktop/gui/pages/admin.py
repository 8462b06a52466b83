"""Administration: accounts (remove = rekey in a worker), settings, templates, backups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.change_set import Operation
from radprev_desktop.core.errors import RadprevError, TemplateInvalid
from radprev_desktop.core.model import ROLES_BY_MODE, TRAINING_ROLES, Role, User
from radprev_desktop.core.services import settings, users, vault_access
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.session import Session
from radprev_desktop.gui.collation import sorted_by_name
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, gui_text, show_error
from radprev_desktop.gui.flow_layout import FlowLayout
from radprev_desktop.gui.i18n import current_language, format_datetime
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.roles import role_name
from radprev_desktop.gui.settings_form import SettingsTab
from radprev_desktop.gui.widgets import PasswordPair, add_labelled_rows, heading, ok_cancel
from radprev_desktop.gui.workers import worker_session


def _tr(text: object) -> str:
    return QCoreApplication.translate("AdminPage", str(text))


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, list[str]]]) -> None:
    table.setRowCount(0)
    for key, values in rows:
        row = table.rowCount()
        table.insertRow(row)
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(row, col, item)


def _selected_key(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


# --- accounts ---------------------------------------------------------------------


class AddUserDialog(QDialog):
    """A new account: name, roles, units and a temporary password typed twice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.require_session()
        self.created: User | None = None
        self.setWindowTitle(self.tr("Add an account"))
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.username.setAccessibleName(self.tr("Username"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Full name"))
        self.staff_code = QLineEdit()
        self.staff_code.setAccessibleName(self.tr("Staff code"))
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_box = QGroupBox(self.tr("Roles"))
        roles_layout = QVBoxLayout(roles_box)
        offered = TRAINING_ROLES if self.session.training else ROLES_BY_MODE[self.session.mode]
        for role in sorted(offered, key=lambda r: r.value):
            box = QCheckBox(role_name(role))
            box.setObjectName(f"role_{role.value}")
            box.setAccessibleName(self.tr("Role: {role}").format(role=role_name(role)))
            self.role_boxes[role] = box
            roles_layout.addWidget(box)
        self.unit_boxes: dict[str, QCheckBox] = {}
        units_box = QGroupBox(self.tr("Units"))
        units_layout = QVBoxLayout(units_box)
        for unit in settings.list_units(self.session):
            box = QCheckBox(f"{unit.code} — {unit.name}")
            box.setAccessibleName(self.tr("Unit {code}").format(code=unit.code))
            self.unit_boxes[unit.code] = box
            units_layout.addWidget(box)
        if not self.unit_boxes:
            units_layout.addWidget(QLabel(self.tr("This establishment has no units.")))
        note = QLabel(
            self.tr(
                "Type a temporary password twice and give it to the person; they must choose "
                "their own at the first login."
            )
        )
        note.setWordWrap(True)
        self.pair = PasswordPair()
        self.username.textChanged.connect(self.pair.set_username)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("addUserMessage")
        form = QFormLayout()
        add_labelled_rows(
            form,
            (
                (self.tr("&Username:"), self.username),
                (self.tr("&Full name:"), self.display_name),
                (self.tr("&Staff code:"), self.staff_code),
            ),
        )
        groups = QHBoxLayout()
        groups.addWidget(roles_box)
        groups.addWidget(units_box)
        self.buttons = ok_cancel(self, self.tr("Add account"), self.add)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(groups)
        layout.addWidget(note)
        layout.addWidget(self.pair)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def add(self) -> None:
        roles = [role for role, box in self.role_boxes.items() if box.isChecked()]
        if not self.username.text().strip():
            self.message.setText(self.tr("Type a username."))
            return
        if not roles:
            self.message.setText(self.tr("Tick at least one role."))
            return
        if not self.pair.is_valid():
            self.message.setText(self.pair.problem())
            return
        try:
            self.created = self.ctx.perform(
                users.add_user,
                self.session,
                self.username.text(),
                self.pair.password(),
                roles,
                display_name=self.display_name.text(),
                staff_code=self.staff_code.text(),
                units=[code for code, box in self.unit_boxes.items() if box.isChecked()],
                must_change_password=True,
            )
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        self.pair.clear()
        self.accept()


class ResetPasswordDialog(QDialog):
    """A new temporary password for someone who forgot theirs (or whose account is enabled again)."""

    def __init__(
        self,
        ctx: AppContext,
        username: str,
        parent: QWidget | None = None,
        *,
        enable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.require_session()
        self.username = username
        self.enable = enable  # a disabled account has no key slot: enabling needs a new password
        if enable:
            self.setWindowTitle(self.tr("Enable {user} with a new password").format(user=username))
        else:
            self.setWindowTitle(self.tr("Reset the password of {user}").format(user=username))
        note = QLabel(
            self.tr(
                "Type a temporary password twice. {user} must choose a new one at the next login."
            ).format(user=username)
        )
        note.setWordWrap(True)
        self.pair = PasswordPair(username=username)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = ok_cancel(self, self.tr("Reset password"), self.reset)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.pair)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def reset(self) -> None:
        if not self.pair.is_valid():
            self.message.setText(self.pair.problem())
            return
        try:
            if self.enable:
                self.ctx.perform(
                    vault_access.enable_user, self.session, self.username, self.pair.password()
                )
            else:
                self.ctx.perform(
                    users.set_password_for, self.session, self.username, self.pair.password()
                )
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        self.pair.clear()
        self.accept()


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm = lambda title, text: ask(self, title, text)  # tests replace it
        self.dialog: QDialog | None = None
        self.table = _table(
            [
                self.tr("Username"),
                self.tr("Full name"),
                self.tr("Roles"),
                self.tr("Units"),
                self.tr("State"),
            ],
            self.tr("Accounts"),
        )
        self.table.setObjectName("usersTable")
        self.add_button = QPushButton(self.tr("&Add account…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.enable_button = QPushButton(self.tr("&Enable"))
        self.remove_button = QPushButton(self.tr("Re&move…"))
        button_row = QWidget()
        buttons = FlowLayout(button_row)  # wraps on a narrow window
        for button, slot in (
            (self.add_button, self.add_user),
            (self.reset_button, self.reset_password),
            (self.disable_button, lambda: self.set_active(False)),
            (self.enable_button, lambda: self.set_active(True)),
            (self.remove_button, self.remove_user),
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        note = QLabel(
            self.tr(
                "Removing an account re-encrypts the whole database under a new key, so the "
                "removed password opens nothing. It may take a while; the window stays usable."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(button_row)
        layout.addWidget(note)

    def refresh(self) -> None:
        session = self.ctx.require_session()
        rows = []
        for user in sorted_by_name(users.list_users(session), lambda u: u.display_name):
            state = self.tr("active") if user.active else self.tr("disabled")
            if user.must_change_password:
                state += ", " + self.tr("must change password")
            rows.append(
                (
                    user.username,
                    [
                        user.username,
                        user.display_name,
                        ", ".join(role_name(r) for r in sorted(user.roles, key=lambda r: r.value)),
                        ", ".join(user.units),
                        state,
                    ],
                )
            )
        _fill(self.table, rows)

    def clear(self) -> None:
        self.table.setRowCount(0)
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def selected(self) -> str | None:
        key = _selected_key(self.table)
        if key is None:
            self.ctx.status_message.emit(self.tr("Choose an account in the list first."))
        return key

    def select(self, username: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == username:
                self.table.setCurrentCell(row, 0)
                return

    def add_user(self) -> None:
        dialog = AddUserDialog(self.ctx, self)
        dialog.accepted.connect(self._added)
        self.dialog = dialog
        dialog.open()

    def _added(self) -> None:
        dialog = self.dialog
        self.dialog = None
        self.refresh()
        if isinstance(dialog, AddUserDialog) and dialog.created is not None:
            self.select(dialog.created.username)
            self.ctx.status_message.emit(
                self.tr("Account {user} added.").format(user=dialog.created.username)
            )

    def reset_password(self) -> None:
        username = self.selected()
        if username is None:
            return
        dialog = ResetPasswordDialog(self.ctx, username, self)
        dialog.accepted.connect(self._reset_done)
        self.dialog = dialog
        dialog.open()

    def _reset_done(self) -> None:
        self.dialog = None
        self.refresh()
        self.ctx.status_message.emit(self.tr("The password was reset."))

    def set_active(self, active: bool) -> None:
        username = self.selected()
        if username is None:
            return
        if active:
            dialog = ResetPasswordDialog(self.ctx, username, self, enable=True)
            dialog.accepted.connect(self._reset_done)
            self.dialog = dialog
            dialog.open()
            return
        self._revoke(
            username,
            vault_access.disable_user,
            title=self.tr("Disabling {user} and re-encrypting the database").format(user=username),
            done_text=self.tr("Account {user} disabled; the database has a new key.").format(
                user=username
            ),
        )

    def remove_user(self) -> None:
        username = self.selected()
        if username is None:
            return
        if not self.confirm(
            self.tr("Remove account"),
            self.tr(
                "Remove the account {user}? Its key is deleted and the whole database is "
                "re-encrypted under a new key. This cannot be undone."
            ).format(user=username),
        ):
            return
        self._revoke(
            username,
            vault_access.remove_user,
            title=self.tr("Removing {user} and re-encrypting the database").format(user=username),
            done_text=self.tr("Account {user} removed; the database has a new key.").format(
                user=username
            ),
        )

    def _revoke(
        self, username: str, operation: Operation[..., None], *, title: str, done_text: str
    ) -> None:
        """Remove or disable an account in a worker: the vault is re-encrypted meanwhile."""
        session = self.ctx.require_session()
        # SQLite connections belong to one thread: the worker opens its own, and the
        # window's connection is closed until the rekey is done (the dialog is modal).
        # The worker shares the session's key, so a new key reaches this session too.
        session.detach_connection()

        def job(progress: Any, is_cancelled: Any) -> None:
            with worker_session(session) as worker:
                operation(worker, username, progress)

        def done(_: None) -> None:
            if self._reconnect(session):
                self.ctx.status_message.emit(done_text)
                self.ctx.announce(operation.changes)
                self.refresh()

        def failed(exc: BaseException) -> None:
            self._reconnect(session)
            show_error(self, exc)
            if session.is_open:
                self.refresh()

        assert self.ctx.run_in_worker is not None
        self.job = self.ctx.run_in_worker(
            job, on_done=done, on_error=failed, title=title, cancellable=False
        )

    def _reconnect(self, session: Session) -> bool:
        try:
            session.reconnect()
            return True
        except RadprevError:
            # The key no longer opens the database: lock, so the user logs in afresh.
            self.ctx.lock_requested.emit()
            return False


# --- checklist templates ---------------------------------------------------------------


class TemplatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = template_service
        self.table = _table(
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.activate_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.problems)

    def refresh(self) -> None:
        language = current_language()
        rows = []
        for t in self.service.list_templates(self.ctx.require_session()):
            title = t.title.get(language) or t.title.get("en") or next(iter(t.title.values()), "")
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
        _fill(self.table, rows)

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
        key = _selected_key(self.table)
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
        self.table = _table([self.tr("Backup"), self.tr("Size")], self.tr("Backups"))
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
        _fill(self.table, rows)

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
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Administration sections"))
        # Each section scrolls on its own: the page fits a 1024-pixel screen at 150 %.
        for tab, title in (
            (self.users_tab, self.tr("Acco&unts")),
            (self.settings_tab, self.tr("&Settings")),
            (self.templates_tab, self.tr("Checklist &templates")),
            (self.backups_tab, self.tr("&Backups")),
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
        return [self.users_tab, self.settings_tab, self.templates_tab, self.backups_tab]

    def refresh(self) -> None:
        for tab in self.tab_widgets():
            tab.refresh()

    def clear(self) -> None:
        for tab in self.tab_widgets():
            tab.clear()
