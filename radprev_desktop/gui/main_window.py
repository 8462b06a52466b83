"""The main window: navigation by role, menus and shortcuts, status bar, lock and workers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Role
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui.about import AboutDialog
from radprev_desktop.gui.clipboard import secure_clipboard
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, error_title, show_error
from radprev_desktop.gui.lock import IdleLock, LockScreen
from radprev_desktop.gui.pages.admin import AdminPage
from radprev_desktop.gui.pages.audit import AuditPage
from radprev_desktop.gui.pages.checklist_runner import ChecklistRunnerPage
from radprev_desktop.gui.pages.dashboard import DashboardPage
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.reports import ReportsPage
from radprev_desktop.gui.pages.review_queue import ReviewQueuePage
from radprev_desktop.gui.pages.search import SearchPage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from radprev_desktop.gui.pages.subjects import SubjectsPage
from radprev_desktop.gui.pages.sync import SyncPage
from radprev_desktop.gui.roles import ROLE_NAMES, role_name
from radprev_desktop.gui.workers import WorkerRunner

READERS = frozenset({Role.OFFICER, Role.SUPERVISOR, Role.ANALYST, Role.AUDITOR})


@dataclass(frozen=True)
class PageSpec:
    key: str
    page: Callable[[AppContext], QWidget]  # the page class, imported above (frozen bundle)
    title: object  # source text (str), translated in context "MainWindow"
    roles: frozenset[Role] | None  # None: everyone
    in_navigation: bool = True


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", DashboardPage, QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), None),
    PageSpec("subjects", SubjectsPage, QT_TRANSLATE_NOOP("MainWindow", "Prisoners"), READERS),
    PageSpec("search", SearchPage, QT_TRANSLATE_NOOP("MainWindow", "Search"), READERS),
    PageSpec(
        "review_queue",
        ReviewQueuePage,
        QT_TRANSLATE_NOOP("MainWindow", "Review queue"),
        frozenset({Role.SUPERVISOR}),
    ),
    PageSpec("reports", ReportsPage, QT_TRANSLATE_NOOP("MainWindow", "Reports"), None),
    PageSpec(
        "sync",
        SyncPage,
        QT_TRANSLATE_NOOP("MainWindow", "Sync"),
        frozenset({Role.ADMINISTRATOR, Role.ANALYST, Role.SUPERVISOR}),
    ),
    PageSpec(
        "admin",
        AdminPage,
        QT_TRANSLATE_NOOP("MainWindow", "Administration"),
        frozenset({Role.ADMINISTRATOR}),
    ),
    PageSpec(
        "audit", AuditPage, QT_TRANSLATE_NOOP("MainWindow", "Audit log"), frozenset({Role.AUDITOR})
    ),
    PageSpec(
        "subject_detail",
        SubjectDetailPage,
        QT_TRANSLATE_NOOP("MainWindow", "Prisoner's file"),
        READERS,
        in_navigation=False,
    ),
    PageSpec(
        "observation_editor",
        ObservationEditorPage,
        QT_TRANSLATE_NOOP("MainWindow", "Observation"),
        frozenset({Role.OFFICER, Role.SUPERVISOR, Role.ANALYST}),
        in_navigation=False,
    ),
    PageSpec(
        "checklist_runner",
        ChecklistRunnerPage,
        QT_TRANSLATE_NOOP("MainWindow", "Checklist"),
        frozenset({Role.OFFICER, Role.SUPERVISOR, Role.ANALYST}),
        in_navigation=False,
    ),
)

__all__ = ["PAGES", "ROLE_NAMES", "MainWindow", "PageSpec", "role_name"]


def _call_first(page: QWidget, names: tuple[str, ...], *args: Any) -> bool:
    for name in names:
        method = getattr(page, name, None)
        if callable(method):
            method(*args)
            return True
    return False


class MainWindow(QMainWindow):
    """One window per logged-in user; `switch_user_requested` goes back to the login."""

    switch_user_requested = Signal()
    locked_changed = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.vault = VaultAccess(session.folder)
        self.username = session.user.username
        self.display_name = session.user.display_name
        self.roles = session.user.roles
        self.locked = False
        self._closing_for_switch = False
        self.ctx = AppContext(self)
        self.ctx.session = session
        self.workers = WorkerRunner(self)
        self.ctx.run_in_worker = self.run_in_worker
        self.ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.ctx.open_subject_requested.connect(self.open_subject)
        self.ctx.open_observation_requested.connect(self.open_observation)
        self.ctx.data_changed.connect(self._data_changed)
        self.clipboard = secure_clipboard()

        self.pages: dict[str, QWidget] = {}
        self.nav_keys: list[str] = []
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page_stack = QStackedWidget()
        self.page_stack.setObjectName("pages")
        self.page_stack.currentChanged.connect(lambda _i: self._resolve_shortcut_conflicts())
        self._build_pages(session)
        self.nav.currentRowChanged.connect(self._nav_changed)
        widest = max(
            [
                self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
                for i in range(self.nav.count())
            ]
            or [0]
        )
        self.nav.setFixedWidth(widest + self.nav.fontMetrics().horizontalAdvance("M") * 3)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(2)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice_close = QPushButton(self.tr("Dismiss"))
        self.notice_close.setAccessibleName(self.tr("Dismiss notice"))
        self.notice_row = QWidget()
        self.notice_row.setObjectName("noticeRow")
        self.notice_row.setStyleSheet(
            "#noticeRow { background: palette(alternate-base); border: 1px solid palette(mid); }"
        )
        row = QHBoxLayout(self.notice_row)
        row.addWidget(self.notice, 1)
        row.addWidget(self.notice_close)
        self.notice_close.clicked.connect(self.notice_row.hide)
        self.notice_row.hide()

        content = QWidget()
        layout = QHBoxLayout(content)
        layout.addWidget(self.nav)
        right = QVBoxLayout()
        right.addWidget(self.notice_row)
        right.addWidget(self.page_stack, 1)
        layout.addLayout(right, 1)
        self.content = content

        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.lock_screen.switch_user_requested.connect(self.switch_user)
        self.lock_screen.quit_requested.connect(self.close)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.content)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        self._build_menus()
        self._build_status_bar(session)
        self.idle = IdleLock(float(session.setting("auto_lock_minutes", 5)), self)
        self.idle.postpone = lambda: self.workers.busy
        self.idle.timed_out.connect(self.lock)
        self.idle.start()
        self.clipboard.clear_seconds = int(session.setting("clipboard_clear_seconds", 30))
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._update_countdown)
        self._countdown.start()
        self._update_countdown()
        self._update_window_title(session)
        self.resize(
            self.fontMetrics().horizontalAdvance("M") * 90,
            self.fontMetrics().height() * 40,
        )
        if self.nav.count():
            self.nav.setCurrentRow(0)

    # --- pages ----------------------------------------------------------------

    def _page_title(self, spec: PageSpec) -> str:
        return QCoreApplication.translate("MainWindow", str(spec.title))

    def _build_pages(self, session: Session) -> None:
        for spec in PAGES:
            if spec.roles is not None and not (spec.roles & session.user.roles):
                continue
            page = self._make_page(spec)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.page_stack.addWidget(page)
            if spec.in_navigation:
                self.nav_keys.append(spec.key)
                item = QListWidgetItem(self._page_title(spec))
                item.setData(Qt.ItemDataRole.UserRole, spec.key)
                self.nav.addItem(item)

    def _make_page(self, spec: PageSpec) -> QWidget:
        return spec.page(self.ctx)

    def page(self, key: str) -> QWidget | None:
        return self.pages.get(key)

    def current_page(self) -> QWidget | None:
        widget = self.page_stack.currentWidget()
        return widget

    def show_page(self, key: str) -> bool:
        """Show a page by key (refreshing it); False when this user has no such page."""
        page = self.pages.get(key)
        if page is None or self.locked:
            return False
        if key in self.nav_keys:
            row = self.nav_keys.index(key)
            if self.nav.currentRow() != row:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        else:
            self.nav.blockSignals(True)
            self.nav.clearSelection()
            self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)
        self.page_stack.setCurrentWidget(page)
        self._refresh(page)
        return True

    def _refresh(self, page: QWidget) -> None:
        if self.ctx.session is None or not self.ctx.session.is_open:
            return
        try:
            _call_first(page, ("refresh",))
        except RadprevError as exc:
            # Not modal: a page that cannot load says why and the user carries on.
            self.show_notice(f"{error_title(exc)}: {error_text(exc)}")

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.nav_keys):
            self.show_page(self.nav_keys[row])

    def show_nav_index(self, index: int) -> None:
        """Ctrl+1..8: the n-th entry of the full navigation list, if this user has it."""
        nav_specs = [s for s in PAGES if s.in_navigation]
        if 0 <= index < len(nav_specs):
            self.show_page(nav_specs[index].key)

    def open_subject(self, subject_id: str) -> None:
        page = self.pages.get("subject_detail")
        if page is None or self.locked:
            return
        self.page_stack.setCurrentWidget(page)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        try:
            if not _call_first(page, ("open_subject", "show_subject", "load"), subject_id):
                _call_first(page, ("refresh",))
        except RadprevError as exc:
            show_error(self, exc)

    def open_observation(self, observation_id: str) -> None:
        page = self.pages.get("observation_editor")
        if page is None or self.locked:
            return
        self.page_stack.setCurrentWidget(page)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        try:
            _call_first(page, ("open_observation", "load", "edit"), observation_id)
        except RadprevError as exc:
            show_error(self, exc)

    def new_observation(self) -> None:
        if self.locked:
            return
        page = self.pages.get("observation_editor")
        if page is None:
            self.statusBar().showMessage(self.tr("Your role does not record observations."), 5000)
            return
        self.page_stack.setCurrentWidget(page)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        try:
            _call_first(page, ("new_observation", "start_new", "refresh"))
        except RadprevError as exc:
            show_error(self, exc)

    def focus_search(self) -> None:
        if self.show_page("search"):
            page = self.pages["search"]
            _call_first(page, ("focus_search", "focus_query"))

    def _data_changed(self, kind: str) -> None:
        if kind == "settings" and self.ctx.session is not None and self.ctx.session.is_open:
            self.idle.set_minutes(float(self.ctx.session.setting("auto_lock_minutes", 5)))
            self.clipboard.clear_seconds = int(
                self.ctx.session.setting("clipboard_clear_seconds", 30)
            )

    # --- menus and status bar ----------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_observation_action = self._action(
            self.tr("&New observation"), self.new_observation, "Ctrl+N"
        )
        self.search_action = self._action(self.tr("&Search…"), self.focus_search, "Ctrl+F")
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L")
        self.change_password_action = self._action(
            self.tr("Change &password…"), self.change_password
        )
        self.switch_user_action = self._action(self.tr("S&witch user…"), self.switch_user)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        for action in (self.new_observation_action, self.search_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.lock_action, self.change_password_action, self.switch_user_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        self.page_actions: list[QAction] = []
        for index, spec in enumerate(s for s in PAGES if s.in_navigation):
            action = self._action(
                self._page_title(spec),
                functools.partial(self.show_nav_index, index),
                f"Ctrl+{index + 1}",
            )
            action.setEnabled(spec.key in self.pages)
            action.setVisible(spec.key in self.pages)
            go_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), self.about))
        self.global_shortcuts = {
            a: a.shortcut()
            for a in (
                self.new_observation_action,
                self.search_action,
                self.lock_action,
                self.quit_action,
                *self.page_actions,
            )
        }
        self.session_actions = [
            self.new_observation_action,
            self.search_action,
            self.lock_action,
            self.change_password_action,
            *self.page_actions,
        ]

    def _resolve_shortcut_conflicts(self) -> None:
        """A page's own shortcut wins while that page is shown (no ambiguous key)."""
        if not hasattr(self, "global_shortcuts"):
            return
        page = self.page_stack.currentWidget()
        taken = set()
        if page is not None:
            taken = {
                sc.key().toString()
                for sc in page.findChildren(QShortcut)
                if sc.isEnabled() and not sc.key().isEmpty()
            }
        for action, key in self.global_shortcuts.items():
            action.setShortcut(QKeySequence() if key.toString() in taken else key)

    def _build_status_bar(self, session: Session) -> None:
        bar = self.statusBar()
        roles = ", ".join(role_name(r) for r in sorted(session.user.roles, key=lambda r: r.value))
        self.user_status = QLabel(
            self.tr("User: {name} ({user})").format(name=self.display_name, user=self.username)
        )
        self.role_status = QLabel(self.tr("Role: {roles}").format(roles=roles))
        self.workstation_status = QLabel(
            self.tr("Workstation: {id}").format(id=session.workstation_id[-8:])
        )
        self.workstation_status.setToolTip(session.workstation_id)
        self.establishment_status = QLabel(
            self.tr("Establishment: {code}").format(code=session.establishment_code)
        )
        self.lock_status = QLabel()
        self.lock_status.setObjectName("lockCountdown")
        for label in (
            self.user_status,
            self.role_status,
            self.workstation_status,
            self.establishment_status,
        ):
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.lock_status)

    def _update_countdown(self) -> None:
        if self.locked:
            self.lock_status.setText(self.tr("Locked"))
            return
        left = self.idle.remaining_seconds()
        self.lock_status.setText(
            self.tr("Locks in {min}:{sec:02d}").format(min=left // 60, sec=left % 60)
        )

    def _update_window_title(self, session: Session) -> None:
        mode = (
            self.tr("central office") if session.mode.value == "central" else self.tr("workstation")
        )
        self.setWindowTitle(
            self.tr("radprev — observation log — {code} ({mode})").format(
                code=session.establishment_code, mode=mode
            )
        )

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice_row.show()

    def about(self) -> None:
        AboutDialog(str(self.vault.folder), self).exec()

    # --- workers --------------------------------------------------------------

    def run_in_worker(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        title: str = "",
        cancellable: bool = True,
    ) -> Any:
        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                show_error(self, exc)

        return self.workers.run(
            fn, on_done=on_done, on_error=failed, title=title, cancellable=cancellable
        )

    # --- lock, unlock, switch user -------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        for page in self.pages.values():
            check = getattr(page, "has_unsaved_changes", None)
            if callable(check) and check():
                return True
        return False

    def _clear_pages(self) -> None:
        for page in self.pages.values():
            save = getattr(page, "save_draft_before_lock", None)
            if callable(save) and self.ctx.session is not None and self.ctx.session.is_open:
                try:
                    save()
                except RadprevError as exc:
                    self.statusBar().showMessage(str(exc), 8000)
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        for page in self.pages.values():
            _call_first(page, ("clear",))
        self.notice.clear()
        self.notice_row.hide()
        self.statusBar().clearMessage()

    def lock(self) -> None:
        """Clear every page, close the session (audited, key wiped), show the lock screen."""
        if self.locked:
            return
        if self.workers.busy:
            self.statusBar().showMessage(self.tr("Locking when the running task ends."), 5000)
            QTimer.singleShot(2000, self.lock)
            return
        self._clear_pages()
        session = self.ctx.session
        self.ctx.session = None
        if session is not None:
            session.close(reason="lock")
        self.locked = True
        self.idle.stop()
        for action in self.session_actions:
            action.setEnabled(False)
        self.outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.show_for(self.username, self.display_name)
        self.ctx.session_changed.emit()
        self.locked_changed.emit(True)
        self._update_countdown()

    def unlock(self, password: str) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.vault.login(self.username, password)
        except RadprevError as exc:
            self.lock_screen.show_error(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ctx.session = result.session
        self.locked = False
        for action in self.session_actions:
            action.setEnabled(True)
        for action, spec in zip(
            self.page_actions, [s for s in PAGES if s.in_navigation], strict=True
        ):
            action.setEnabled(spec.key in self.pages)
        self.outer.setCurrentWidget(self.content)
        self.idle.start()
        self.ctx.session_changed.emit()
        self.locked_changed.emit(False)
        if result.failed_attempts_since_last_login:
            self.show_notice(self.failed_attempts_text(result.failed_attempts_since_last_login))
        page = self.current_page()
        if page is not None:
            self._refresh(page)

    @staticmethod
    def failed_attempts_text(count: int) -> str:
        return QCoreApplication.translate(
            "MainWindow",
            "%n failed login attempt(s) since your last login. If that was not you, tell the "
            "administrator.",
            "",
            count,
        )

    def change_password(self) -> None:
        if self.ctx.session is None:
            return
        from radprev_desktop.gui.change_password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx.session, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 5000)
        )
        self.change_password_dialog = dialog
        dialog.open()

    def _confirm_discard(self) -> bool:
        if self.locked or not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Some changes are not saved. Close anyway and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def switch_user(self) -> None:
        if not self._confirm_discard():
            return
        self._end_session("logout")
        self._closing_for_switch = True
        # The login window opens before this one closes, so the application never has
        # zero windows (which would quit it).
        self.switch_user_requested.emit()
        self.close()

    def _end_session(self, reason: str) -> None:
        if self.workers.busy:
            self.workers.wait()
        if not self.locked:
            self._clear_pages()
        session = self.ctx.session
        self.ctx.session = None
        if session is not None:
            session.close(reason=reason)
        self.idle.stop()
        self.idle.detach()
        self._countdown.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_switch:
            if self.workers.busy:
                QMessageBox.information(
                    self,
                    self.tr("Please wait"),
                    self.tr("A task is still running. Close the window when it has finished."),
                )
                event.ignore()
                return
            if not self._confirm_discard():
                event.ignore()
                return
            self._end_session("logout")
            self.clipboard.clear_if_ours()
        event.accept()
