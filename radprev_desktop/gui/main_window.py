"""The main window: navigation by role, where the user came from, lock and unlock, help.

Every page follows the one protocol of gui/page.py; the window never guesses
method names. Leaving a page keeps its typed work as a draft (or asks when it
cannot). Locking saves, then clears every page — a page whose clear fails is
logged and rebuilt, never left on screen — and unlocking returns to the same
page and record. Menus, shortcuts and the status bar are in gui/window_actions.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services.vault_access import LoginResult, VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui.change_password import ChangePasswordDialog
from radprev_desktop.gui.clipboard import secure_clipboard
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, error_title, show_error
from radprev_desktop.gui.guide import GuideWindow
from radprev_desktop.gui.inputs import install_wheel_guard
from radprev_desktop.gui.lock import IdleLock, LockScreen
from radprev_desktop.gui.login_notices import failed_attempts_text, login_notices
from radprev_desktop.gui.page import Page, RecordKind, RecordRef, ask_to_discard
from radprev_desktop.gui.page_area import PageAreaLayout, PageStack
from radprev_desktop.gui.page_registry import NAV_SPECS, PAGES, PARENT_PAGES, PageSpec
from radprev_desktop.gui.pages.checklist_runner import ChecklistRunnerPage
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.search import SearchPage
from radprev_desktop.gui.pages.training import TrainingPage
from radprev_desktop.gui.roles import ROLE_NAMES, role_name
from radprev_desktop.gui.training_shell import TrainingShell
from radprev_desktop.gui.window_actions import WindowActions
from radprev_desktop.gui.workers import WorkerRunner

log = logging.getLogger(__name__)


__all__ = ["PAGES", "ROLE_NAMES", "MainWindow", "PageSpec", "role_name"]


@dataclass(frozen=True)
class Location:
    """Where the user is: a page and the record it shows (no personal data)."""

    key: str
    record: RecordRef | None = None


class MainWindow(QMainWindow):
    """One window per logged-in user; `switch_user_requested` goes back to the login."""

    switch_user_requested = Signal()
    locked_changed = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        install_wheel_guard()
        self.vault = VaultAccess(session.folder)
        self.username = session.user.username
        self.display_name = session.user.display_name
        self.roles = session.user.roles
        self.locked = False
        self._closing_for_switch = False
        self._came_from: list[Location] = []  # the way back (Alt+Left, editors closing)
        self._return_to: Location | None = None  # where unlock goes
        # Work no draft can hold (a correction not yet submitted…), kept in memory only
        # while the window is locked; key → the page's own held values.
        self._held: dict[str, object] = {}
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
        self._fit_navigation()
        self._build_notice()

        self._build_content()

        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.lock_screen.switch_user_requested.connect(self.switch_user)
        self.lock_screen.quit_requested.connect(self.close)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.content)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        self.actions_ = WindowActions(
            self, session, [(spec.key, self.page_title(spec)) for spec in NAV_SPECS]
        )
        self.page_stack.currentChanged.connect(lambda _i: self.actions_.resolve_conflicts())
        self._start_idle_lock(session)
        self._app = QApplication.instance()
        if isinstance(self._app, QApplication):
            self._app.focusChanged.connect(self._focus_changed)
        self.training: TrainingShell | None = None
        if session.training:
            self.training = self._training_shell()
        self._fit_to_screen()
        if self.nav.count():
            self.nav.setCurrentRow(0)

    def _build_content(self) -> None:
        """Navigation on the left; notices and the scrolling page area on the right."""
        # A safety net for very small or scaled screens: the page area scrolls rather
        # than pushing buttons off the window (pages are made to fit; see tests).
        self.page_area = QScrollArea()
        self.page_area.setObjectName("pageArea")
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder_layout = PageAreaLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.page_stack)
        self.page_area.setWidget(holder)
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
        self.idle.warning.connect(self._warn_of_lock)
        self.idle.resumed.connect(self._lock_warning_gone)
        self.idle.start()
        self.clipboard.clear_seconds = int(session.setting("clipboard_clear_seconds", 30))
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self.actions_.update_countdown)
        self._countdown.start()
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

    def _fit_navigation(self) -> None:
        metrics = self.nav.fontMetrics()
        widest = max(
            [metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())]
            or [0]
        )
        self.nav.setFixedWidth(widest + metrics.horizontalAdvance("M") * 3)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(2)

    def _build_notice(self) -> None:
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
        self._lock_warning_shown = False

    def _fit_to_screen(self) -> None:
        """Most of the screen, never more than it (1024×768, 150 % scaling)."""
        metrics = self.fontMetrics()
        width, height = metrics.horizontalAdvance("M") * 100, metrics.height() * 46
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            width = min(max(width, int(free.width() * 0.9)), free.width())
            height = min(max(height, int(free.height() * 0.9)), free.height() - 40)
        self.resize(width, height)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Alt+letter or Tab to a field below the fold scrolls it into view.

        Once more after the layouts settle: a field just shown with the focus (the
        reason of a correction at the bottom of the form) has no place yet, and the
        officer would type into a field off screen.
        """
        if new is None or new.window() is not self:
            return
        self._scroll_to(new)
        QTimer.singleShot(0, self._scroll_to_focus)

    def _scroll_to_focus(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and focused.window() is self:
            self._scroll_to(focused)

    @staticmethod
    def _scroll_to(widget: QWidget) -> None:
        ancestor = widget.parentWidget()
        while ancestor is not None:
            if isinstance(ancestor, QScrollArea):
                ancestor.ensureWidgetVisible(widget)
                return
            ancestor = ancestor.parentWidget()

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

    def _bring(self, key: str) -> Page | None:
        """Make page `key` the shown one (after keeping the work of the one left)."""
        page = self.pages.get(key)
        if page is None or self.locked or not self._leave_current(page):
            return None
        self._select_nav(key)
        self.page_stack.setCurrentWidget(page)
        return page

    def show_page(self, key: str) -> bool:
        """Show a page by key (refreshing it); False when this user has no such page."""
        page = self._bring(key)
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
        """Ctrl+1..8: the n-th entry of the full navigation list, if this user has it."""
        if 0 <= index < len(NAV_SPECS):
            self.show_page(NAV_SPECS[index].key)

    def _open(self, key: str, opener: Callable[[Page], object]) -> bool:
        """Open a record on page `key`, remembering where the user came from."""
        here = self.location()
        page = self._bring(key)
        if page is None:
            return False
        try:
            ok = opener(page) is not False
        except RadprevError as exc:
            show_error(self, exc)
            ok = False
        if not ok:
            self._restore(here)
            return False
        if here is not None and here.key != key:
            self._came_from.append(here)
        if key in self._held:
            self._resume_held()
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
        if not isinstance(page, ObservationEditorPage):
            self.statusBar().showMessage(self.tr("Your role does not record observations."), 5000)
            return False
        return self._open("observation_editor", lambda _p: page.new_observation())

    def go_back(self) -> None:
        """Back where the user came from (an editor closed or submitted; Alt+Left)."""
        target = self._came_from.pop() if self._came_from else Location("dashboard")
        self._restore(target)

    def _restore(self, where: Location | None) -> None:
        if where is None or where.key not in self.pages:
            self.show_page(self.nav_keys[0] if self.nav_keys else "dashboard")
            return
        page = self._bring(where.key)
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
        self.notice.setText(text)
        self.notice_row.show()
        self._lock_warning_shown = False

    def _warn_of_lock(self, seconds: int) -> None:
        self.show_notice(
            self.tr(
                "The screen locks in {seconds} seconds. Move the mouse or press a key to stay; "
                "your draft is kept either way."
            ).format(seconds=seconds)
        )
        self._lock_warning_shown = True

    def _lock_warning_gone(self) -> None:
        if self._lock_warning_shown:
            self.notice_row.hide()
            self._lock_warning_shown = False

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

    # --- lock, unlock, switch user ----------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return any(page.has_unsaved_changes() for page in self.pages.values())

    def _save_all(self) -> bool:
        """Every page keeps its typed work (as drafts); False when something could not be."""
        kept = True
        if self.ctx.session is None or not self.ctx.session.is_open:
            return True
        for key, page in self.pages.items():
            try:
                kept = page.save_draft() and kept
            except Exception:  # the lock must happen whatever one page does
                log.exception("keeping the draft of page %s failed", key)
                kept = False
        return kept

    def _clear_pages(self) -> None:
        """Empty every page; a page whose clear fails is logged and rebuilt empty."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and dialog is not self.guide:
                dialog.reject()
        broken = []
        for key, page in list(self.pages.items()):
            try:
                page.clear()
            except Exception:  # never leave a page holding data on screen
                log.exception("clearing page %s failed; it is rebuilt", key)
                broken.append(key)
        for key in broken:
            self._rebuild_page(key)
        self.notice.clear()
        self.notice_row.hide()
        self.statusBar().clearMessage()

    def _rebuild_page(self, key: str) -> None:
        spec = next(s for s in PAGES if s.key == key)
        old = self.pages[key]
        index = self.page_stack.indexOf(old)
        fresh = spec.page(self.ctx)
        fresh.setObjectName(f"page_{key}")
        self.page_stack.insertWidget(index, fresh)
        self.page_stack.removeWidget(old)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        self.pages[key] = fresh

    def lock(self) -> None:
        """Keep drafts, clear every page, close the session (audited, key wiped), lock."""
        if self.locked:
            return
        if self.workers.busy:
            self.statusBar().showMessage(self.tr("Locking when the running task ends."), 5000)
            QTimer.singleShot(2000, self.lock)
            return
        self._save_all()
        self._return_to = self.location()
        self._held = {**self._held, **self._hold_unsaved()}
        self._clear_pages()
        session = self.ctx.session
        self.ctx.session = None
        if session is not None:
            session.close(reason="lock")
        self.locked = True
        self.idle.stop()
        self.actions_.set_session_actions(False)
        self.outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.show_for(self.username, self.display_name)
        self.ctx.session_changed.emit()
        self.locked_changed.emit(True)
        self.actions_.update_countdown()

    def unlock(self, password: str) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.vault.login(self.username, password)
        except RadprevError as exc:
            self.lock_screen.show_error(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result.must_change_password and not self._forced_password_change(result, password):
            return
        self.ctx.session = result.session
        self.locked = False
        self.actions_.set_session_actions(True)
        self.outer.setCurrentWidget(self.content)
        self.idle.start()
        self.ctx.session_changed.emit()
        self.locked_changed.emit(False)
        where, self._return_to = self._return_to, None
        self._restore(where)
        self._resume_held()
        self.show_notices(login_notices(result))

    def _hold_unsaved(self) -> dict[str, object]:
        """Before the pages are cleared: what no draft could keep, held in memory."""
        held: dict[str, object] = {}
        for key, page in self.pages.items():
            if not page.has_unsaved_changes():
                continue
            try:
                value = page.hold_unsaved()
            except Exception:  # the lock must happen whatever one page does
                log.exception("holding the unsaved work of page %s failed", key)
                continue
            if value is not None:
                held[key] = value
        return held

    def _resume_held(self) -> None:
        """After unlock (and whenever a record is opened): pages get back what they held."""
        for key, value in list(self._held.items()):
            page = self.pages.get(key)
            try:
                if page is not None and not page.resume_unsaved(value):
                    self.show_notice(
                        self.tr(
                            "What you had not yet saved in a prisoner's file is kept until "
                            "you open that file again."
                        )
                    )
                    continue
            except RadprevError as exc:
                self.show_notice(f"{error_title(exc)}: {error_text(exc)}")
            del self._held[key]
            if page is not None and page is not self.current_page():
                self._bring(key)
            self.statusBar().showMessage(
                self.tr("What you had not yet saved is back on screen."), 8000
            )

    failed_attempts_text = staticmethod(failed_attempts_text)

    def show_notices(self, notices: Sequence[str]) -> None:
        """What a login or unlock must tell the user (login_notices), in the notice bar."""
        if notices:
            self.show_notice("\n\n".join(notices))

    def _forced_password_change(self, result: LoginResult, password: str) -> bool:
        """Unlock after an administrator reset this account's password: a new one first."""
        dialog = ChangePasswordDialog(result.session, self, forced=True, current_password=password)
        dialog.setObjectName("forcedPasswordChange")
        self.change_password_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True
        result.session.close(reason="logout")
        self.lock_screen.message.setText(
            self.tr("You must choose a new password before you can continue.")
        )
        return False

    def change_password(self) -> None:
        if self.ctx.session is None:
            return
        dialog = ChangePasswordDialog(self.ctx.session, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 5000)
        )
        self.change_password_dialog = dialog
        dialog.open()

    def _keep_or_discard(self) -> bool:
        """Before quitting or switching: keep drafts; ask only for what cannot be kept."""
        if self._held and not self._ask_to_drop_held():
            return False
        if self.locked or not self.has_unsaved_changes():
            return True
        if self._save_all():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Some changes are not saved. Close anyway and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _ask_to_drop_held(self) -> bool:
        """Quit or switch user from the lock screen while unsaved work is held."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "A correction or an answer you had not yet saved is held in memory only "
                "(it could not be kept as a draft). Close anyway and lose it?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        self._held = {}
        return True

    def switch_user(self) -> None:
        if not self._keep_or_discard():
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
        if isinstance(self._app, QApplication):
            self._app.focusChanged.disconnect(self._focus_changed)
            self._app = None

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
            if not self._keep_or_discard():
                event.ignore()
                return
            self._end_session("logout")
            self.clipboard.clear_if_ours()
        if self.guide is not None:
            self.guide.close()
        event.accept()
