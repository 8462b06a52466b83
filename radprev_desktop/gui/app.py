"""`radprev-desktop`: the application entry point (setup wizard, login, main window)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

_STARTED = time.perf_counter()

import PySide6  # noqa: E402
from PySide6.QtCore import QObject, QTimer, Signal  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from radprev_desktop.core.errors import RadprevError  # noqa: E402
from radprev_desktop.core.logs import setup_logging  # noqa: E402
from radprev_desktop.core.resources import resource_path  # noqa: E402
from radprev_desktop.core.services.vault_access import (  # noqa: E402
    VaultAccess,
    default_training_folder,
    default_vault_folder,
    vault_folder_problem,
)
from radprev_desktop.core.session import Session  # noqa: E402
from radprev_desktop.core.supported_versions import qt_problem  # noqa: E402
from radprev_desktop.gui import crash, i18n  # noqa: E402
from radprev_desktop.gui.errors import gui_text  # noqa: E402
from radprev_desktop.gui.file_dialog_fit import install_file_dialog_fit  # noqa: E402
from radprev_desktop.gui.inputs import install_wheel_guard  # noqa: E402
from radprev_desktop.gui.instance_lock import InstanceLock, VaultInUse  # noqa: E402
from radprev_desktop.gui.login import LoginWindow  # noqa: E402
from radprev_desktop.gui.main_window import MainWindow  # noqa: E402
from radprev_desktop.gui.page_area import centre_on_screen  # noqa: E402
from radprev_desktop.gui.setup_wizard import SetupWizard  # noqa: E402
from radprev_desktop.gui.smoke import run_smoke  # noqa: E402
from radprev_desktop.gui.training_setup import TrainingSetupDialog  # noqa: E402
from radprev_desktop.gui.window_focus import give_keyboard_to, install_focus_return  # noqa: E402


class Application(QObject):
    """Which top-level window is shown: setup wizard, login window or main window."""

    main_window_shown = Signal(object)
    login_shown = Signal(object)

    def __init__(
        self,
        vault_dir: Path,
        *,
        demo_accounts: bool = False,
        language_chosen: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # --language on the command line wins over the database's default language.
        self.language_chosen = language_chosen
        self.vault = VaultAccess(vault_dir)
        self.real_vault = self.vault  # Practise switches to the training vault and back
        self.training_lock: InstanceLock | None = None
        self.demo_accounts = demo_accounts
        self.login: QWidget | None = None
        self.wizard: QWidget | None = None
        self.window: QWidget | None = None

    def start(self) -> None:
        if self.vault.exists():
            self.show_login()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        wizard = SetupWizard(self.vault.folder)
        wizard.vault_created.connect(lambda session: self.open_main(session, []))
        wizard.rejected.connect(QApplication.quit)
        self.wizard = wizard
        wizard.show()

    def show_login(self, username: str = "", near: QWidget | None = None) -> None:
        """The login window, centred on the screen of `near` (the window it replaces)."""
        training = self.vault is not self.real_vault or _is_training(self.vault)
        # Where the platform shows it in window titles (Windows, X11), every window of a
        # training session — dialogs too — then says TRAINING.
        QApplication.setApplicationDisplayName(
            self.tr("radprev — TRAINING") if training else "radprev"
        )
        login = LoginWindow(
            self.vault,
            show_demo_accounts=self.demo_accounts,
            username=username,
            training=training,
        )
        login.logged_in.connect(self.open_main)
        login.language_changed.connect(self.change_language)
        login.practise_requested.connect(self.show_training)
        login.leave_training_requested.connect(self.leave_training)
        old = self.login
        self.login = login
        near = near or old
        centre_on_screen(login, near.screen() if near is not None else None)
        login.show()
        # Without a window manager the window it replaces takes the keyboard along.
        give_keyboard_to(login)
        if old is not None:
            old.close()
            old.deleteLater()
        self.login_shown.emit(login)

    def show_training(self) -> None:
        """Practise: the training vault's login (created the first time), never the real one."""
        folder = default_training_folder()
        lock = InstanceLock(folder)
        try:
            lock.acquire()
        except VaultInUse as exc:
            QMessageBox.warning(self.login, "radprev", exc.message)
            return
        vault = VaultAccess(folder)
        if not vault.exists():
            dialog = TrainingSetupDialog(folder, self.login)
            if dialog.exec() != TrainingSetupDialog.DialogCode.Accepted:
                lock.release()
                return
        elif not vault.is_training():
            lock.release()
            QMessageBox.warning(
                self.login,
                "radprev",
                self.tr(
                    "{folder} holds a database that is not a training database; it is not opened."
                ).format(folder=folder),
            )
            return
        self.training_lock = lock
        self.vault = vault
        self.show_login()

    def leave_training(self) -> None:
        """Back to the real vault's login."""
        self.vault = self.real_vault
        if self.training_lock is not None:
            self.training_lock.release()
            self.training_lock = None
        self.show_login()

    def change_language(self, code: str) -> None:
        """The login window again, in `code`, with what was typed in the old one.

        The password typed before the language was chosen is carried over in memory
        (it was cleared, soak9 — session 9) and never written anywhere; so is a wait
        after failed attempts, which core enforces anyway.
        """
        i18n.install_language(code)
        old = self.login if isinstance(self.login, LoginWindow) else None
        username = old.username.text() if old is not None else ""
        password = old.password.text() if old is not None else ""
        wait = old.wait_left if old is not None else 0
        self.show_login(username)
        if isinstance(self.login, LoginWindow):
            self.login.password.setText(password)
            if wait > 0:
                self.login.start_countdown(wait - 1)
            self.login.language.setFocus()  # where the keyboard was

    def open_main(self, session: Session, notices: list[str]) -> None:
        if i18n.stored_language() is None and not self.language_chosen:
            vault_language = str(session.setting("language", "") or "")  # "": the reader's
            if vault_language and vault_language != i18n.current_language():
                i18n.install_language(vault_language)
        window = MainWindow(session)
        window.switch_user_requested.connect(self.switch_user)
        self.window = window
        window.show()
        # Without a window manager the login window takes the keyboard along when it closes:
        # Ctrl+N, Ctrl+L… did nothing until a click (walk12, session 12).
        give_keyboard_to(window)
        for old in (self.login, self.wizard):
            if old is not None:
                old.close()
                old.deleteLater()
        self.login = self.wizard = None
        window.show_notices(notices)
        self.main_window_shown.emit(window)

    def switch_user(self) -> None:
        old = self.window
        self.window = None
        username = ""
        self.show_login(username, near=old)
        if old is not None:
            old.deleteLater()


def _is_training(vault: VaultAccess) -> bool:
    """Whether the folder holds a training vault (a damaged or missing one is not)."""
    try:
        return vault.exists() and vault.is_training()
    except RadprevError:
        return False


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="radprev-desktop", description="radprev observation log")
    parser.add_argument(
        "--vault", metavar="DIR", help="vault folder (default: RADPREV_VAULT or the data folder)"
    )
    parser.add_argument(
        "--demo-accounts",
        action="store_true",
        help="show the demo accounts and passwords on the login screen (throw-away demo vaults only)",
    )
    parser.add_argument(
        "--language", choices=[c for c, _ in i18n.LANGUAGES], help="user-interface language"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="log in with --user and --password-file, open every page, print what was seen "
        "and exit (install check; use with QT_QPA_PLATFORM=offscreen)",
    )
    parser.add_argument("--user", metavar="NAME", help="account for --smoke")
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        help="first line is the password for --smoke ('-': stdin)",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit as soon as the first window is shown and print the start-up time (benchmarks)",
    )
    args, _qt = parser.parse_known_args(argv)
    return args


def start_language(asked: str | None) -> tuple[str, bool]:
    """The language to start in, and whether it was named for this start.

    `--language`, else `RADPREV_LANGUAGE` (an administrator's setting for the machine or
    the session) win over the language remembered from the last session; a language named
    so is also kept after login (the vault's default language does not replace it).
    """
    named = asked or i18n.environment_language()
    return (named or i18n.startup_language(), bool(named))


def refuse_unsupported(app: QApplication, reason: str) -> int:
    """Say why radprev cannot start here (versions, vault folder): stderr and a dialog, exit 1."""
    print(f"radprev-desktop: {reason}", file=sys.stderr)
    if app.platformName() != "offscreen":  # nobody could close a dialog there
        QMessageBox.critical(None, "radprev", reason)
    return 1


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    unsupported = qt_problem(PySide6.__version__)
    if unsupported is not None:
        return refuse_unsupported(app, unsupported)
    setup_logging("radprev-desktop")
    crash.install(app)
    app.setApplicationName("radprev")
    app.setApplicationDisplayName("radprev")
    app.setOrganizationName("radprev")
    icon = resource_path("icons", "radprev.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    language, language_chosen = start_language(args.language)
    i18n.install_language(language)
    folder = Path(args.vault) if args.vault else default_vault_folder()
    problem = vault_folder_problem(folder)
    if problem is not None:
        return refuse_unsupported(app, gui_text(problem))
    # One running radprev per vault folder, held until exit. A central store on PostgreSQL
    # is shared by design: the server keeps any number of windows apart (two analysts on
    # one PC too), and its folder holds only the settings file.
    instance = None if VaultAccess(folder).is_central_store else InstanceLock(folder)
    try:
        if instance is not None:
            instance.acquire()
    except VaultInUse as exc:
        return refuse_unsupported(app, exc.message)
    if args.smoke:
        if not args.user or not args.password_file:
            print("radprev-desktop: --smoke needs --user and --password-file", file=sys.stderr)
            return 2
        return run_smoke(app, folder, args.user, args.password_file)
    install_wheel_guard()
    install_file_dialog_fit()
    install_focus_return()
    controller = Application(
        folder,
        demo_accounts=args.demo_accounts,
        language_chosen=language_chosen,
    )
    if args.exit_when_ready:

        def ready() -> None:
            print(f"ready {time.perf_counter() - _STARTED:.3f}", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
    controller.start()
    app.setQuitOnLastWindowClosed(True)
    code = int(app.exec())
    if instance is not None:
        instance.release()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
