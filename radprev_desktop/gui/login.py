"""The login window: username, password, language, recovery code and restore from a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import LoginDelayed, RadprevError, VaultDamaged, VaultError
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.change_password import ChangePasswordDialog
from radprev_desktop.gui.demo_accounts import DemoAccountsBox, demo_accounts
from radprev_desktop.gui.errors import error_text, error_title
from radprev_desktop.gui.login_notices import login_notices
from radprev_desktop.gui.page_area import grow_to_fit
from radprev_desktop.gui.training_widgets import training_banner, training_title
from radprev_desktop.gui.widgets import (
    CapsLockWatcher,
    PasswordPair,
    add_labelled_rows,
    heading,
    ok_cancel,
)
from radprev_desktop.gui.window_title import app_title


class LoginWindow(QWidget):
    """Emits `logged_in(session, notices)` once a user is in (password changed if due);
    `notices` are what the login must tell the user (gui/login_notices)."""

    logged_in = Signal(object, list)
    language_changed = Signal(str)
    practise_requested = Signal()  # open the training vault instead (issue 17)
    leave_training_requested = Signal()  # back from the training vault to the real one

    def __init__(
        self,
        vault: VaultAccess,
        parent: QWidget | None = None,
        *,
        show_demo_accounts: bool = False,
        username: str = "",
        training: bool = False,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.training = training
        self.setWindowTitle(app_title(self.tr("radprev — log in")))
        if training:
            self.setWindowTitle(training_title(self.windowTitle()))
        self.setObjectName("loginWindow")
        self.wait_left = 0  # seconds to wait after failed attempts (core enforces it)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._pending: tuple[Session, list[str]] | None = None

        inner = self._build(username, training)
        self.demo_box: DemoAccountsBox | None = None
        accounts = demo_accounts(vault) if show_demo_accounts and not training else []
        if accounts:
            self.demo_box = DemoAccountsBox(accounts)
            self.demo_list = self.demo_box.table
            self.demo_list.itemActivated.connect(self._use_demo)
            self.demo_list.itemDoubleClicked.connect(self._use_demo)
            inner.addWidget(self.demo_box)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.check_vault()
        (self.password if username else self.username).setFocus()

    def _build(self, username: str, training: bool) -> QVBoxLayout:
        """The fields, buttons and messages; returns the column they sit in."""
        title = heading(self.tr("Observation log — log in"))
        note = QLabel(self.tr("An observation log, not a risk assessment."))
        note.setWordWrap(True)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in i18n.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("Username"))
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setObjectName("password")
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.attempt)
        self.caps = QLabel()
        self.caps.setObjectName("capsWarning")
        self.caps_watcher = CapsLockWatcher(self.password, self.caps)

        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        add_labelled_rows(
            form,
            (
                (self.tr("&Username:"), self.username),
                (self.tr("&Password:"), self.password),
                (self.tr("Lan&guage:"), self.language),
            ),
        )
        buttons = self._build_buttons(training)

        box = QWidget()
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 60)
        box.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        inner = QVBoxLayout(box)
        if training:
            inner.addWidget(training_banner(box))
        inner.addWidget(title)
        inner.addWidget(note)
        inner.addLayout(form)
        inner.addWidget(self.caps)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        inner.addWidget(self.practise_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.restore_button)
        self._box = box
        return inner

    def _build_buttons(self, training: bool) -> QHBoxLayout:
        """Log in, forgot password, practise (or back to the real database), restore."""
        self.login_button = QPushButton(self.tr("&Log in"))
        self.login_button.setAccessibleName(self.tr("Log in"))
        self.login_button.setDefault(True)
        self.login_button.setAutoDefault(True)
        self.login_button.clicked.connect(self.attempt)
        self.forgot_button = QPushButton(self.tr("&Forgot password…"))
        self.forgot_button.setAccessibleName(self.tr("Forgot password: use the recovery code"))
        self.forgot_button.clicked.connect(self.open_recovery)
        # A central store on a server has no recovery code (no key slots): an administrator
        # sets a new password there, so the button would only say "No vault in …".
        self.forgot_button.setVisible(not self.vault.is_central_store)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.restore_button.clicked.connect(self.open_restore)
        self.restore_button.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        # Practise on synthetic scenarios in the training vault, never the real one.
        self.practise_button = QPushButton(
            self.tr("&Back to the real database") if training else self.tr("Prac&tise…")
        )
        self.practise_button.setObjectName("practise")
        self.practise_button.setAccessibleName(
            self.tr("Back to the real database")
            if training
            else self.tr("Practise on training scenarios (training database)")
        )
        chosen = self.leave_training_requested if training else self.practise_requested
        self.practise_button.clicked.connect(lambda: chosen.emit())
        # Training is a workstation's own vault (decision 0010); a central store on a server
        # has no officers to practise and no training vault of its own.
        self.practise_button.setVisible(training or not self.vault.is_central_store)
        return buttons

    # --- vault state ----------------------------------------------------------

    def check_vault(self) -> bool:
        """Show why the vault cannot be opened (and offer a restore) before anyone types."""
        try:
            self.vault.check()
        except VaultDamaged as exc:
            self.show_damaged(exc)
            return False
        except VaultError as exc:
            self.message.setText(error_text(exc))
            self.grow_to_fit()
            return False
        return True

    def show_damaged(self, exc: BaseException) -> None:
        self.message.setText(
            error_title(exc)
            + ": "
            + error_text(exc)
            + "\n"
            + self.tr("An administrator can restore the encrypted database from a backup.")
        )
        self.restore_button.show()
        self.grow_to_fit()

    def grow_to_fit(self) -> None:
        """Room for a long message, the window centred again (page_area.grow_to_fit)."""
        grow_to_fit(self.window(), self._box)

    # --- logging in -----------------------------------------------------------

    def attempt(self) -> None:
        if self.wait_left > 0:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.message.setText(self.tr("Type your username and password."))
            (self.username if not username else self.password).setFocus()
            return
        self.message.setText(self.tr("Checking the password…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.vault.login(username, password)
        except LoginDelayed as exc:
            self.password.clear()
            self.start_countdown(exc.seconds)
            return
        except VaultDamaged as exc:
            self.password.clear()
            self.show_damaged(exc)
            return
        except RadprevError as exc:
            self.password.clear()
            self.message.setText(error_text(exc))
            self.grow_to_fit()  # a central store's refusals run to several lines
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.clear()
        notices = login_notices(result)
        if result.must_change_password:
            self._pending = (result.session, notices)
            dialog = ChangePasswordDialog(
                result.session, self, forced=True, current_password=password
            )
            dialog.setObjectName("forcedPasswordChange")
            self.password.clear()
            dialog.accepted.connect(self._forced_change_done)
            dialog.rejected.connect(self._forced_change_refused)
            self.change_dialog = dialog
            dialog.open()
            return
        self.password.clear()
        self.logged_in.emit(result.session, notices)

    def _forced_change_done(self) -> None:
        if self._pending is not None:
            session, notices = self._pending
            self._pending = None
            self.logged_in.emit(session, notices)

    def _forced_change_refused(self) -> None:
        if self._pending is not None:
            session, _ = self._pending
            self._pending = None
            session.close(reason="logout")
        self.message.setText(self.tr("You must choose a new password before you can continue."))

    def start_countdown(self, seconds: float) -> None:
        self.wait_left = int(seconds) + 1
        self.login_button.setEnabled(False)
        self._countdown.start()
        self._show_wait()

    def _tick(self) -> None:
        self.wait_left -= 1
        if self.wait_left <= 0:
            self._countdown.stop()
            self.login_button.setEnabled(True)
            self.message.setText(self.tr("You can try again now."))
            return
        self._show_wait()

    def _show_wait(self) -> None:
        self.message.setText(
            self.tr(
                "Too many failed attempts. You can try again in %n second(s).",
                "",
                self.wait_left,
            )
        )

    def _use_demo(self, item: QTableWidgetItem) -> None:
        user, password = item.data(Qt.ItemDataRole.UserRole)
        self.username.setText(user)
        self.password.setText(password)
        self.password.setFocus()

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        if code != i18n.current_language():
            i18n.store_language(code)
            self.language_changed.emit(code)

    # --- recovery and restore -----------------------------------------------

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self.vault, self, username=self.username.text().strip())
        self.recovery_dialog = dialog
        dialog.open()

    def open_restore(self) -> None:
        dialog = RestoreDialog(self.vault, self)
        self.restore_dialog = dialog
        dialog.accepted.connect(self._restored)
        dialog.open()

    def _restored(self) -> None:
        if self.check_vault():
            self.restore_button.hide()
            dropped = self.restore_dialog.entries_dropped
            if dropped:
                self.message.setText(
                    self.tr(
                        "The encrypted database was restored from the backup. Its audit log lacks "
                        "%n entry(ies) the database had; the restore is recorded with that number. "
                        "Log in.",
                        "",
                        dropped,
                    )
                )
            else:
                self.message.setText(
                    self.tr("The encrypted database was restored from the backup. Log in.")
                )


class RecoveryDialog(QDialog):
    """Forgot password: the recovery code from the safe sets a new password."""

    def __init__(
        self, vault: VaultAccess, parent: QWidget | None = None, *, username: str = ""
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Forgot password — recovery code"))
        intro = QLabel(
            self.tr(
                "Type the recovery code from the sheet kept in the safe, the account name and a "
                "new password. Using the recovery code is written to the audit log."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setObjectName("recoveryCode")
        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("Username"))
        self.pair = PasswordPair(username=username)
        self.username.textChanged.connect(self.pair.set_username)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        add_labelled_rows(
            form,
            (
                (self.tr("Recovery &code:"), self.code),
                (self.tr("&Username:"), self.username),
            ),
        )
        self.buttons = ok_cancel(self, self.tr("Set new password"), self._recover)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _recover(self) -> None:
        if not self.code.text().strip() or not self.username.text().strip():
            self.message.setText(self.tr("Type the recovery code and the username."))
            return
        if not self.pair.is_valid():
            self.message.setText(self.pair.problem())
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.vault.recover(self.code.text(), self.username.text().strip(), self.pair.password())
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.code.clear()
        self.pair.clear()
        QMessageBox.information(
            self,
            self.tr("Password set"),
            self.tr("The new password is set. Log in with it."),
        )
        self.accept()


class RestoreDialog(QDialog):
    """Replace a damaged vault with a backup (an administrator's password from that time)."""

    def __init__(self, vault: VaultAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.entries_dropped: int | None = None  # audit entries the backup lacks (after restore)
        self.setWindowTitle(self.tr("Restore the encrypted database from a backup"))
        intro = QLabel(
            self.tr(
                "Choose a backup. An administrator's username and password from the time of the "
                "backup are needed. The current files are kept aside, not deleted."
            )
        )
        intro.setWordWrap(True)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups"))
        for info in vault.backups():
            item = QListWidgetItem(f"{info.created}  ({info.size_bytes // 1024} KiB)")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Administrator username"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Administrator password"))
        self.message = QLabel(
            "" if self.backups.count() else self.tr("There are no backups in the database folder.")
        )
        self.message.setWordWrap(True)
        form = QFormLayout()
        add_labelled_rows(
            form,
            (
                (self.tr("Administrator &username:"), self.username),
                (self.tr("Administrator &password:"), self.password),
            ),
        )
        self.buttons = ok_cancel(self, self.tr("Restore"), self._restore)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _restore(self) -> None:
        item = self.backups.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a backup first."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.vault.restore(
                Path(item.data(Qt.ItemDataRole.UserRole)),
                self.username.text().strip(),
                self.password.text(),
            )
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.password.clear()
        self.entries_dropped = result.check.entries_dropped
        self.accept()
