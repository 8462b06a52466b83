"""The main window's lock, unlock, switch user and close.

Locking saves, then clears every page — a page whose clear fails is logged and
rebuilt, never left on screen — and unlocking returns to the same page and
record. Work no draft can hold (a correction not yet submitted, an answer
without its example) is kept in memory only while the window is locked, and so is
what a page showed that the user would miss (an import's report): hidden while
locked, shown again after unlock, never asked about on quitting. The
texts keep the main window's translation context ("MainWindow").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services.vault_access import LoginResult
from radprev_desktop.gui.change_password import ChangePasswordDialog
from radprev_desktop.gui.errors import error_text, error_title
from radprev_desktop.gui.login_notices import login_notices
from radprev_desktop.gui.page import Location, Page
from radprev_desktop.gui.page_registry import PAGES

if TYPE_CHECKING:  # the window imports this module; only the type checker needs it back
    from radprev_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


class WindowLock:
    """Locks and unlocks `window`, and keeps or drops its work on the way out."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.return_to: Location | None = None  # where unlock goes
        # key → the page's own held values (memory only, while locked)
        self.held: dict[str, object] = {}
        # key → what the page showed (an import's report), memory only, while locked
        self.shown: dict[str, object] = {}
        self.closing_for_switch = False

    def save_all(self) -> bool:
        """Every page keeps its typed work (as drafts); False when something could not be."""
        w = self.window
        kept = True
        if w.ctx.session is None or not w.ctx.session.is_open:
            return True
        for key, page in w.pages.items():
            try:
                kept = page.save_draft() and kept
            except Exception:  # the lock must happen whatever one page does
                log.exception("keeping the draft of page %s failed", key)
                kept = False
        return kept

    def clear_pages(self) -> None:
        """Empty every page; a page whose clear fails is logged and rebuilt empty."""
        w = self.window
        for dialog in w.findChildren(QDialog):
            if dialog.isVisible() and dialog is not w.guide:
                dialog.reject()
        broken = []
        for key, page in list(w.pages.items()):
            try:
                page.clear()
            except Exception:  # never leave a page holding data on screen
                log.exception("clearing page %s failed; it is rebuilt", key)
                broken.append(key)
        for key in broken:
            self._rebuild_page(key)
        w.notice_row.clear()
        w.statusBar().clearMessage()

    def _rebuild_page(self, key: str) -> None:
        w = self.window
        spec = next(s for s in PAGES if s.key == key)
        old = w.pages[key]
        index = w.page_stack.indexOf(old)
        fresh = spec.page(w.ctx)
        fresh.setObjectName(f"page_{key}")
        w.page_stack.insertWidget(index, fresh)
        w.page_stack.removeWidget(old)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        w.pages[key] = fresh

    def lock(self) -> None:
        """Keep drafts, clear every page, close the session (audited, key wiped), lock."""
        w = self.window
        if w.locked:
            return
        if w.workers.busy:
            w.statusBar().showMessage(
                translate("MainWindow", "Locking when the running task ends."), 5000
            )
            QTimer.singleShot(2000, w.lock)
            return
        self.save_all()
        self.return_to = w.location()
        self.held = {**self.held, **self._hold_unsaved()}
        self.shown = self._hold_shown()
        self.clear_pages()
        session = w.ctx.session
        w.ctx.session = None
        if session is not None:
            session.close(reason="lock")
        w.locked = True
        w.idle.stop()
        w.actions_.set_session_actions(False)
        w.outer.setCurrentWidget(w.lock_screen)
        w.lock_screen.show_for(w.username, w.display_name)
        w.ctx.session_changed.emit()
        w.locked_changed.emit(True)
        w.actions_.update_countdown()

    def unlock(self, password: str) -> None:
        w = self.window
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = w.vault.login(w.username, password)
        except RadprevError as exc:
            w.lock_screen.show_error(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result.must_change_password and not self._forced_password_change(result, password):
            return
        w.ctx.session = result.session
        w.locked = False
        w.actions_.set_session_actions(True)
        w.outer.setCurrentWidget(w.content)
        w.idle.start()
        w.ctx.session_changed.emit()
        w.locked_changed.emit(False)
        where, self.return_to = self.return_to, None
        w.restore(where)
        self._resume_shown()
        self.resume_held()
        w.show_notices(login_notices(result))

    def _hold_unsaved(self) -> dict[str, object]:
        """Before the pages are cleared: what no draft could keep, held in memory."""
        return self._hold("the unsaved work", lambda page: page.hold_unsaved(), unsaved=True)

    def _hold_shown(self) -> dict[str, object]:
        """Before the pages are cleared: what they showed that is worth showing again."""
        return self._hold("what it showed", lambda page: page.hold_shown(), unsaved=False)

    def _hold(
        self, what: str, hold: Callable[[Page], object | None], *, unsaved: bool
    ) -> dict[str, object]:
        """`hold` of every page (only pages with unsaved changes when `unsaved`), by key."""
        held: dict[str, object] = {}
        for key, page in self.window.pages.items():
            if unsaved and not page.has_unsaved_changes():
                continue
            try:
                value = hold(page)
            except Exception:  # the lock must happen whatever one page does
                log.exception("holding %s of page %s failed", what, key)
                continue
            if value is not None:
                held[key] = value
        return held

    def _resume_shown(self) -> None:
        """After unlock: each page shows again what it showed before the lock."""
        shown, self.shown = self.shown, {}
        for key, value in shown.items():
            page = self.window.pages.get(key)
            if page is not None:
                page.resume_shown(value)

    def resume_held(self) -> None:
        """After unlock (and whenever a record is opened): pages get back what they held."""
        w = self.window
        for key, value in list(self.held.items()):
            page = w.pages.get(key)
            try:
                if page is not None and not page.resume_unsaved(value):
                    w.show_notice(
                        translate(
                            "MainWindow",
                            "What you had not yet saved in a prisoner's file is kept until "
                            "you open that file again.",
                        )
                    )
                    continue
            except RadprevError as exc:
                w.show_notice(f"{error_title(exc)}: {error_text(exc)}")
            del self.held[key]
            if page is not None and page is not w.current_page():
                w.bring(key)
            w.statusBar().showMessage(
                translate("MainWindow", "What you had not yet saved is back on screen."), 8000
            )

    def _forced_password_change(self, result: LoginResult, password: str) -> bool:
        """Unlock after an administrator reset this account's password: a new one first."""
        w = self.window
        dialog = ChangePasswordDialog(result.session, w, forced=True, current_password=password)
        dialog.setObjectName("forcedPasswordChange")
        w.change_password_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True
        result.session.close(reason="logout")
        w.lock_screen.message.setText(
            translate("MainWindow", "You must choose a new password before you can continue.")
        )
        return False

    def keep_or_discard(self) -> bool:
        """Before quitting or switching: keep drafts; ask only for what cannot be kept."""
        w = self.window
        if self.held and not self._ask_to_drop_held():
            return False
        if w.locked or not w.has_unsaved_changes():
            return True
        if self.save_all():
            return True
        answer = QMessageBox.question(
            w,
            translate("MainWindow", "Unsaved changes"),
            translate("MainWindow", "Some changes are not saved. Close anyway and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _ask_to_drop_held(self) -> bool:
        """Quit or switch user from the lock screen while unsaved work is held."""
        answer = QMessageBox.question(
            self.window,
            translate("MainWindow", "Unsaved changes"),
            translate(
                "MainWindow",
                "A correction or an answer you had not yet saved is held in memory only "
                "(it could not be kept as a draft). Close anyway and lose it?",
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        self.held = {}
        return True

    def switch_user(self) -> None:
        w = self.window
        if not self.keep_or_discard():
            return
        self.end_session("logout")
        self.closing_for_switch = True
        # The login window opens before this one closes, so the application never has
        # zero windows (which would quit it).
        w.switch_user_requested.emit()
        w.close()

    def end_session(self, reason: str) -> None:
        w = self.window
        if w.workers.busy:
            w.workers.wait()
        self.shown = {}
        if not w.locked:
            self.clear_pages()
        session = w.ctx.session
        w.ctx.session = None
        if session is not None:
            session.close(reason=reason)
        w.idle.stop()
        w.idle.detach()
        w.countdown.stop()
        app = w.qt_app
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(w.focus_changed)
            w.qt_app = None

    def may_close(self) -> bool:
        """The window's close: asks what must be asked, ends the session; False to stay."""
        w = self.window
        if not self.closing_for_switch:
            if w.workers.busy:
                QMessageBox.information(
                    w,
                    translate("MainWindow", "Please wait"),
                    translate(
                        "MainWindow",
                        "A task is still running. Close the window when it has finished.",
                    ),
                )
                return False
            if not self.keep_or_discard():
                return False
            self.end_session("logout")
            w.clipboard.clear_if_ours()
        if w.guide is not None:
            w.guide.close()
        return True
