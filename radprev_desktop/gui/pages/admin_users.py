"""The accounts tab of the administration page: add, reset, disable, enable, remove (rekey)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.change_set import Operation
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import ROLES_BY_MODE, TRAINING_ROLES, Mode, Role, User
from radprev_desktop.core.services import settings, users, vault_access
from radprev_desktop.core.session import Session
from radprev_desktop.gui.access_dialog import AccessDialog
from radprev_desktop.gui.collation import sorted_by_name
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, show_error
from radprev_desktop.gui.flow_layout import FlowLayout
from radprev_desktop.gui.pages.admin_tables import (
    admin_table,
    ask,
    fill_rows,
    selected_key,
)
from radprev_desktop.gui.roles import role_name
from radprev_desktop.gui.widgets import PasswordPair, add_labelled_rows, ok_cancel
from radprev_desktop.gui.workers import worker_session


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


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm = lambda title, text: ask(self, title, text)  # tests replace it
        self.dialog: QDialog | None = None
        self.table = admin_table(
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
        self.access_button = QPushButton(self.tr("Un&its and access…"))
        self.access_button.setObjectName("accessButton")
        button_row = QWidget()
        buttons = FlowLayout(button_row)  # wraps on a narrow window
        for button, slot in (
            (self.add_button, self.add_user),
            (self.reset_button, self.reset_password),
            (self.disable_button, lambda: self.set_active(False)),
            (self.enable_button, lambda: self.set_active(True)),
            (self.remove_button, self.remove_user),
            (self.access_button, self.edit_access),
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        note = QLabel()  # what removing does depends on the store (refresh)
        note.setWordWrap(True)
        self.note = note
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(button_row)
        layout.addWidget(note)

    def refresh(self) -> None:
        session = self.ctx.require_session()
        self._name_reach(session.mode)
        if session.is_server_store:
            self.note.setText(
                self.tr(
                    "Removing or disabling an account deletes its password and ends its open "
                    "sessions on every computer at once; the central store has no key to change."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Removing an account re-encrypts the whole database under a new key, so the "
                    "removed password opens nothing. It may take a while; the window stays usable."
                )
            )
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
                        self._reach(session.mode, session.establishment_code, user),
                        state,
                    ],
                )
            )
        fill_rows(self.table, rows)

    def _name_reach(self, mode: Mode) -> None:
        """A central office has no units: the column and the button say establishments."""
        if mode is Mode.CENTRAL:
            column, button = self.tr("Establishments"), self.tr("E&stablishments and access…")
        else:
            column, button = self.tr("Units"), self.tr("Un&its and access…")
        header = self.table.horizontalHeaderItem(3)
        if header is not None:
            header.setText(column)
        self.access_button.setText(button)
        self.access_button.setAccessibleName(button.replace("&", "").rstrip("…"))

    def _reach(self, mode: Mode, own: str, user: User) -> str:
        """The Units column: a workstation's units (+ its whole establishment); at the
        central office, which has no units, the establishments granted."""
        if mode is Mode.CENTRAL:
            return ", ".join(sorted(user.establishments))
        whole = " + " + self.tr("whole establishment") if own in user.establishments else ""
        return ", ".join(user.units) + whole

    def clear(self) -> None:
        self.table.setRowCount(0)
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def selected(self) -> str | None:
        key = selected_key(self.table)
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

    def edit_access(self) -> None:
        """Units of the chosen account and its whole-establishment grant."""
        username = self.selected()
        if username is None:
            return
        dialog = AccessDialog(self.ctx, username, self)
        dialog.accepted.connect(self._access_done)
        self.dialog = dialog
        dialog.open()

    def _access_done(self) -> None:
        self.dialog = None
        self.refresh()
        self.ctx.status_message.emit(self.tr("The account's access was saved."))

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
        if not vault_access.keeps_key_slots(self.ctx.require_session()):
            self._revoke(
                username,
                vault_access.disable_user,
                title=self.tr("Disabling {user}").format(user=username),
                done_text=self.tr(
                    "Account {user} disabled; their open sessions were ended."
                ).format(user=username),
            )
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
        if not vault_access.keeps_key_slots(self.ctx.require_session()):
            self._remove_from_server(username)
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

    def _remove_from_server(self, username: str) -> None:
        """Remove an account of a PostgreSQL store (no key to change: its logins end)."""
        if not self.confirm(
            self.tr("Remove account"),
            self.tr(
                "Remove the account {user}? Its password stops working at once and its open "
                "sessions are ended. This cannot be undone."
            ).format(user=username),
        ):
            return
        self._revoke(
            username,
            vault_access.remove_user,
            title=self.tr("Removing {user}").format(user=username),
            done_text=self.tr("Account {user} removed; their open sessions were ended.").format(
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
