"""The main window: navigation by role, where the user came from, notices, help.

Every page follows the one protocol of gui/page.py; the window never guesses
method names. Leaving a page keeps its typed work as a draft (or asks when it
cannot). Lock, unlock, switch user and close are in gui/window_lock.py; menus,
shortcuts and the status bar in gui/window_actions.py; the notice bar in
gui/notice_bar.py; the scrolling page area and fitting the screen in
gui/page_area.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui.change_password import ChangePasswordDialog
from radprev_desktop.gui.clipboard import secure_clipboard
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, error_title, show_error
from radprev_desktop.gui.guide import GuideWindow
from radprev_desktop.gui.inputs import install_wheel_guard
from radprev_desktop.gui.lock import IdleLock, LockScreen
from radprev_desktop.gui.login_notices import failed_attempts_text
from radprev_desktop.gui.notice_bar import NoticeBar
from radprev_desktop.gui.page import Location, Page, RecordKind, RecordRef, ask_to_discard
from radprev_desktop.gui.page_area import (
    PageStack,
    fit_navigation,
    fit_to_screen,
    scroll_into_view,
    scrolling_page_area,
)
from radprev_desktop.gui.page_registry import NAV_SPECS, PAGES, PARENT_PAGES, PageSpec
from radprev_desktop.gui.pages.checklist_runner import ChecklistRunnerPage
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.search import SearchPage
from radprev_desktop.gui.pages.training import TrainingPage
from radprev_desktop.gui.roles import ROLE_NAMES, role_name
from radprev_desktop.gui.training_shell import TrainingShell
from radprev_desktop.gui.window_actions import WindowActions
from radprev_desktop.gui.window_focus import install_focus_return, keyboard_into
from radprev_desktop.gui.window_lock import WindowLock
from radprev_desktop.gui.workers import WorkerRunner

log = logging.getLogger(__name__)


__all__ = ["PAGES", "ROLE_NAMES", "Location", "MainWindow", "PageSpec", "role_name"]


class MainWindow(QMainWindow):
    """One window per logged-in user; `switch_user_requested` goes back to the login."""

    switch_user_requested = Signal()
    locked_changed = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        install_wheel_guard()
        install_focus_return()
        self.vault = VaultAccess(session.folder)
        self.username = session.user.username
        self.display_name = session.user.display_name
        self.roles = session.user.roles
        self.locked = False
        self._came_from: list[Location] = []  # the way back (Alt+Left, editors closing)
        # Lock, unlock, switch user, close; holds in memory only, while locked, the work
        # no draft can hold (a correction not yet submitted…).
        self.locking = WindowLock(self)
        self.guide: GuideWindow | None = None
        self.ctx = AppContext(self)
        self.ctx.session = session
        self.workers = WorkerRunner(self)
        self.ctx.run_in_worker = self.run_in_worker
        self.ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.ctx.open_subject_requested.connect(self.open_subject)
        self.ctx.open_observation_requested.connect(self.open_observation)
        self.ctx.new_observation_requested.connect(self.new_observation)
        self.ctx.lock_requested.connect(self.lock)
        self.ctx.changed.connect(self._changed)
        self.clipboard = secure_clipboard()

        self.pages: dict[str, Page] = {}
        self.nav_keys: list[str] = []
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page_stack = PageStack()
        self.page_stack.setObjectName("pages")
        self.page_stack.currentChanged.connect(lambda _i: self.page_stack.updateGeometry())
        self._build_pages(session)
        self.nav.currentRowChanged.connect(self._nav_changed)
        fit_navigation(self.nav)
        self.notice_row = NoticeBar()
        self.notice = self.notice_row.text  # the notice text (tests read it)

        self._build_content()

        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.lock_screen.switch_user_requested.connect(self.switch_user)
        self.lock_screen.quit_requested.connect(self.close)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.content)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        nav = [(s.key, self.page_title(s)) for s in NAV_SPECS if s.key in self.nav_keys]
        self.actions_ = WindowActions(self, session, nav)  # the Go menu numbers this list
        self.page_stack.currentChanged.connect(lambda _i: self.actions_.resolve_conflicts())
        self._start_idle_lock(session)
        self.qt_app = QApplication.instance()
        if isinstance(self.qt_app, QApplication):
            self.qt_app.focusChanged.connect(self.focus_changed)
        self.training: TrainingShell | None = None
        if session.training:
            self.training = self._training_shell()
        fit_to_screen(self)
        if self.nav.count():
            self.nav.setCurrentRow(0)

    def _build_content(self) -> None:
        """Navigation on the left; notices and the scrolling page area on the right."""
        self.page_area = scrolling_page_area(self.page_stack)
        content = QWidget()
        layout = QHBoxLayout(content)
        layout.addWidget(self.nav)
        right = QVBoxLayout()
        right.addWidget(self.notice_row)
        right.addWidget(self.page_area, 1)
        layout.addLayout(right, 1)
        self.content = content

    def _start_idle_lock(self, session: Session) -> None:
        """The idle lock (with its warning), clipboard clearing and the countdown shown."""
        self.idle = IdleLock(float(session.setting("auto_lock_minutes", 5)), self)
        self.idle.postpone = lambda: self.workers.busy
        self.idle.timed_out.connect(self.lock)
        self.idle.warning.connect(self.notice_row.warn_of_lock)
        self.idle.resumed.connect(self.notice_row.lock_warning_gone)
        self.idle.start()
        self.clipboard.clear_seconds = int(session.setting("clipboard_clear_seconds", 30))
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.actions_.update_countdown)
        self.countdown.start()
        self.actions_.update_countdown()

    # Attributes other code and tests use on the window itself.
    @property
    def lock_status(self) -> QLabel:
        return self.actions_.lock_status

    @property
    def user_status(self) -> QLabel:
        return self.actions_.user_status

    @property
    def new_observation_action(self) -> Any:
        return self.actions_.new_observation

    # --- layout --------------------------------------------------------------------

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Alt+letter or Tab to a field below the fold scrolls it into view.

        Once more after the layouts settle: a field just shown with the focus (the
        reason of a correction at the bottom of the form) has no place yet, and the
        officer would type into a field off screen.
        """
        if new is None or new.window() is not self:
            return
        scroll_into_view(new)
        QTimer.singleShot(0, self._scroll_to_focus)

    def _scroll_to_focus(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and focused.window() is self:
            scroll_into_view(focused)

    # --- pages ---------------------------------------------------------------------

    @staticmethod
    def page_title(spec: PageSpec) -> str:
        return QCoreApplication.translate("MainWindow", str(spec.title))

    def _build_pages(self, session: Session) -> None:
        for spec in PAGES:
            if not policy.may_enter(session, spec.area):
                continue
            page = spec.page(self.ctx)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.page_stack.addWidget(page)
            if spec.in_navigation:
                self.nav_keys.append(spec.key)
                item = QListWidgetItem(self.page_title(spec))
                item.setData(Qt.ItemDataRole.UserRole, spec.key)
                self.nav.addItem(item)
        editor = self.pages.get("observation_editor")
        if isinstance(editor, ObservationEditorPage):
            editor.finished.connect(lambda _id: self.go_back())
        runner = self.pages.get("checklist_runner")
        if isinstance(runner, ChecklistRunnerPage):
            runner.finished.connect(lambda _id: self.go_back())

    def _training_shell(self) -> TrainingShell:
        """Banner, title, scenario beside the editor, feedback on submit (training vaults)."""
        editor = self.pages.get("observation_editor")
        page = self.pages.get("training")
        shell = TrainingShell(
            self,
            self.ctx,
            self.page_stack,
            editor if isinstance(editor, ObservationEditorPage) else None,
            page if isinstance(page, TrainingPage) else None,
        )
        if isinstance(page, TrainingPage):
            page.exercise_opened.connect(lambda _ex, subject_id: self.observe(subject_id))
        return shell

    def observe(self, subject_id: str) -> bool:
        """The editor for a new observation about `subject_id` (or its draft, if one is open)."""
        page = self.pages.get("observation_editor")
        if self.locked or not isinstance(page, ObservationEditorPage):
            return False
        return self._open("observation_editor", lambda _p: page.observe_subject(subject_id))

    def page(self, key: str) -> Page | None:
        return self.pages.get(key)

    def current_page(self) -> Page | None:
        widget = self.page_stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def current_key(self) -> str:
        page = self.current_page()
        return next((k for k, p in self.pages.items() if p is page), "")

    def location(self) -> Location | None:
        page = self.current_page()
        if page is None:
            return None
        return Location(self.current_key(), page.current_record())

    def _leave_current(self, going_to: Page | None = None) -> bool:
        """Keep the current page's typed work before another page is shown."""
        page = self.current_page()
        if page is None or page is going_to or not page.has_unsaved_changes():
            return True
        try:
            if page.save_draft():
                self.statusBar().showMessage(self.tr("Your draft was kept."), 5000)
                return True
        except RadprevError as exc:
            show_error(self, exc)
        if not ask_to_discard(self):
            return False
        page.clear()  # discarded: nothing of it may come back (e.g. after a lock)
        return True

    def _select_nav(self, key: str) -> None:
        """Mark `key` in the navigation; a file or editor marks the entry it was opened from.
        Never "no entry": a list without a current row picks its first one when it gets the
        focus, which would jump to the dashboard.
        """
        if key not in self.nav_keys:
            opened_from = [where.key for where in self._came_from if where.key in self.nav_keys]
            key = opened_from[-1] if opened_from else PARENT_PAGES.get(key, "")
        if key in self.nav_keys:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.nav_keys.index(key))
            self.nav.blockSignals(False)

    def bring(self, key: str) -> Page | None:
        """Make page `key` the shown one (after keeping the work of the one left)."""
        page = self.pages.get(key)
        if page is None or self.locked or not self._leave_current(page):
            return None
        self._select_nav(key)
        self.page_stack.setCurrentWidget(page)
        return page

    def show_page(self, key: str) -> bool:
        """Show a page by key (refreshing it); False when this user has no such page."""
        page = self.bring(key)
        if page is None:
            self._select_nav(self.current_key())
            return False
        if key in self.nav_keys:
            self._came_from.clear()  # a fresh start from the navigation
        self._refresh(page)
        return True

    def _refresh(self, page: Page) -> None:
        if self.ctx.session is None or not self.ctx.session.is_open:
            return
        try:
            page.refresh()
        except RadprevError as exc:
            # Not modal: a page that cannot load says why and the user carries on.
            self.show_notice(f"{error_title(exc)}: {error_text(exc)}")

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.nav_keys):
            self.show_page(self.nav_keys[row])

    def show_nav_index(self, index: int) -> None:
        """Ctrl+1..9: the n-th entry of this user's list (soak9, s9), keyboard in the page."""
        if 0 <= index < len(self.nav_keys) and self.show_page(self.nav_keys[index]):
            keyboard_into(self.page_stack.currentWidget(), away_from=self.nav)

    def _open(self, key: str, opener: Callable[[Page], object]) -> bool:
        """Open a record on page `key`, remembering where the user came from."""
        here = self.location()
        page = self.bring(key)
        if page is None:
            return False
        try:
            ok = opener(page) is not False
        except RadprevError as exc:
            show_error(self, exc)
            ok = False
        if not ok:
            self.restore(here)
            return False
        if here is not None and here.key != key:
            self._came_from.append(here)
            self._select_nav(key)  # the entry it was opened from (bring() marked it before)
        if key in self.locking.held:
            self.locking.resume_held()
        return True

    def open_record(self, key: str, ref: RecordRef) -> bool:
        return self._open(key, lambda page: page.open_record(ref))

    def open_subject(self, subject_id: str) -> bool:
        return self.open_record("subject_detail", RecordRef(RecordKind.SUBJECT, subject_id))

    def open_observation(self, observation_id: str) -> bool:
        return self.open_record(
            "observation_editor", RecordRef(RecordKind.OBSERVATION, observation_id)
        )

    def new_observation(self) -> bool:
        if self.locked:
            return False
        page = self.pages.get("observation_editor")
        session = self.ctx.session
        records = session is not None and policy.allows(
            session, policy.Permission.WRITE_OBSERVATIONS
        )
        if not isinstance(page, ObservationEditorPage) or not records:
            self.statusBar().showMessage(self.tr("Your role does not record observations."), 5000)
            return False
        return self._open("observation_editor", lambda _p: page.new_observation())

    def go_back(self) -> None:
        """Back where the user came from (an editor closed or submitted; Alt+Left)."""
        target = self._came_from.pop() if self._came_from else Location("dashboard")
        self.restore(target)

    def restore(self, where: Location | None) -> None:
        if where is None or where.key not in self.pages:
            self.show_page(self.nav_keys[0] if self.nav_keys else "dashboard")
            return
        page = self.bring(where.key)
        if page is None:
            return
        self._refresh(page)
        if where.record is not None:
            try:
                page.open_record(where.record)
            except RadprevError as exc:
                self.show_notice(f"{error_title(exc)}: {error_text(exc)}")

    def focus_search(self) -> None:
        page = self.pages.get("search")
        if isinstance(page, SearchPage) and self.show_page("search"):
            page.focus_search()

    def _changed(self, changes: Change) -> None:
        """A core operation changed `changes`: every page decides whether to re-read."""
        for page in list(self.pages.values()):
            page.on_changes(changes)
        if changes & Change.SETTINGS and self.ctx.session is not None and self.ctx.session.is_open:
            self.idle.set_minutes(float(self.ctx.session.setting("auto_lock_minutes", 5)))
            self.clipboard.clear_seconds = int(
                self.ctx.session.setting("clipboard_clear_seconds", 30)
            )

    # --- notices, help ---------------------------------------------------------------

    def show_notice(self, text: str) -> None:
        self.notice_row.show_text(text)

    def show_guide(self, anchor: str = "") -> None:
        """Help → Guide (top) and F1 (the section of the current page)."""
        if self.guide is None:
            self.guide = GuideWindow(self)
        section = anchor or ("lock" if self.locked else "")
        if not section:
            page = self.current_page()
            section = page.help_anchor if page is not None else "start"
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        self.guide.show_section(section or "top")

    # --- workers -----------------------------------------------------------------

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

    # --- lock, unlock, switch user (gui/window_lock.py) --------------------------------

    def has_unsaved_changes(self) -> bool:
        return any(page.has_unsaved_changes() for page in self.pages.values())

    def lock(self) -> None:
        """Keep drafts, clear every page, close the session (audited, key wiped), lock."""
        self.locking.lock()

    def unlock(self, password: str) -> None:
        self.locking.unlock(password)

    failed_attempts_text = staticmethod(failed_attempts_text)

    def show_notices(self, notices: Sequence[str]) -> None:
        """What a login or unlock must tell the user (login_notices), in the notice bar."""
        if notices:
            self.show_notice("\n\n".join(notices))

    def change_password(self) -> None:
        if self.ctx.session is None:
            return
        dialog = ChangePasswordDialog(self.ctx.session, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 5000)
        )
        self.change_password_dialog = dialog
        dialog.open()

    def switch_user(self) -> None:
        self.locking.switch_user()

    # Tests and benchmarks close a window without its questions this way.
    @property
    def _closing_for_switch(self) -> bool:
        return self.locking.closing_for_switch

    @_closing_for_switch.setter
    def _closing_for_switch(self, value: bool) -> None:
        self.locking.closing_for_switch = value

    def _end_session(self, reason: str) -> None:
        self.locking.end_session(reason)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locking.may_close():
            event.accept()
        else:
            event.ignore()
