"""The main window's menus, shortcuts and status bar.

The status bar is short on purpose (it must fit 1024 pixels at 150 %): the
user's name and role, the establishment, and the lock countdown; the rest is
in its tooltip. The countdown shows minutes, and seconds only in the last
minute, so the label changes once a minute most of the time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy

from radprev_desktop.core import policy
from radprev_desktop.core.policy import Area, Permission
from radprev_desktop.core.session import Session
from radprev_desktop.gui.about import AboutDialog
from radprev_desktop.gui.justification import ReasonButton
from radprev_desktop.gui.roles import role_name
from radprev_desktop.gui.window_title import app_title

if TYPE_CHECKING:  # the window imports this module; only the type checker needs it back
    from radprev_desktop.gui.main_window import MainWindow


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when narrow, instead of widening its window."""

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("M") * 6, super().minimumSizeHint().height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(
            self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )


class WindowActions(QObject):
    """Builds the menus and status bar of `window` and keeps them in step with it."""

    def __init__(
        self,
        window: MainWindow,
        session: Session,
        nav_pages: Sequence[tuple[str, str]],  # (key, title) of this user's navigation entries
    ) -> None:
        super().__init__(window)
        self.window = window
        self.nav_pages = list(nav_pages)
        self._build_menus()
        self._offer_for(session)
        self._build_status_bar(session)
        self._title(session)

    # --- menus ---------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.new_observation = self._action(
            QCoreApplication.translate("MainWindow", "&New observation"),
            w.new_observation,
            "Ctrl+N",
        )
        self.search = self._action(
            QCoreApplication.translate("MainWindow", "&Search…"), w.focus_search, "Ctrl+F"
        )
        self.lock = self._action(
            QCoreApplication.translate("MainWindow", "&Lock"), w.lock, "Ctrl+L"
        )
        self.change_password = self._action(
            QCoreApplication.translate("MainWindow", "Change &password…"), w.change_password
        )
        self.switch_user = self._action(
            QCoreApplication.translate("MainWindow", "S&witch user…"), w.switch_user
        )
        self.quit = self._action(
            QCoreApplication.translate("MainWindow", "&Quit"),
            w.close,
            QKeySequence.StandardKey.Quit,
        )
        if self.quit.shortcut().isEmpty():
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        for action in (self.new_observation, self.search):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.lock, self.change_password, self.switch_user):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        self._build_go_menu(bar.addMenu(QCoreApplication.translate("MainWindow", "&Go")))

        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.guide = self._action(
            QCoreApplication.translate("MainWindow", "&Guide"),
            w.show_guide,
            QKeySequence.StandardKey.HelpContents,
        )
        if self.guide.shortcut().isEmpty():
            self.guide.setShortcut(QKeySequence("F1"))
        self.guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # also when locked
        help_menu.addAction(self.guide)
        help_menu.addAction(
            self._action(QCoreApplication.translate("MainWindow", "&About"), self.about)
        )
        self.global_shortcuts = {
            a: a.shortcut()
            for a in (self.new_observation, self.search, self.lock, self.quit, *self.page_actions)
        }
        self.session_actions = [
            self.new_observation,
            self.search,
            self.lock,
            self.change_password,
            self.back,
            *self.page_actions,
        ]

    def _offer_for(self, session: Session) -> None:
        """New observation and Search… only where core lets this user record and search
        (not an administrator's, nor at a central office, whose records come in
        packages): hidden, disabled, and their shortcuts gone."""
        offered = {
            self.new_observation: policy.allows(session, Permission.WRITE_OBSERVATIONS),
            self.search: policy.may_enter(session, Area.SEARCH),
        }
        self.not_offered = [action for action, ok in offered.items() if not ok]
        for action in self.not_offered:
            action.setVisible(False)
            action.setEnabled(False)
            action.setShortcut(QKeySequence())
            self.global_shortcuts.pop(action, None)
            self.session_actions.remove(action)

    def _build_go_menu(self, go_menu: QMenu) -> None:
        """Back, then this user's pages numbered as the list beside them (Ctrl+1 … Ctrl+9)."""
        w = self.window
        self.back = self._action(
            QCoreApplication.translate("MainWindow", "&Back"),
            w.go_back,
            QKeySequence.StandardKey.Back,
        )
        go_menu.addAction(self.back)
        go_menu.addSeparator()
        self.page_actions: list[QAction] = []
        for index, (key, title) in enumerate(self.nav_pages):
            action = self._action(
                title,
                functools.partial(w.show_nav_index, index),
                f"Ctrl+{index + 1}" if index < 9 else None,
            )
            action.setEnabled(key in w.pages)
            action.setVisible(key in w.pages)
            go_menu.addAction(action)
            self.page_actions.append(action)

    def set_session_actions(self, enabled: bool) -> None:
        """Locked: nothing that needs the database; unlocked: what the role has."""
        for action in self.session_actions:
            action.setEnabled(enabled)
        if enabled:
            for action, (key, _title) in zip(self.page_actions, self.nav_pages, strict=True):
                action.setEnabled(key in self.window.pages)

    def resolve_conflicts(self) -> None:
        """A page's own shortcut wins while that page is shown (no ambiguous key)."""
        page = self.window.page_stack.currentWidget()
        taken = set()
        if page is not None:
            taken = {
                sc.key().toString()
                for sc in page.findChildren(QShortcut)
                if sc.isEnabled() and not sc.key().isEmpty()
            }
        for action, key in self.global_shortcuts.items():
            action.setShortcut(QKeySequence() if key.toString() in taken else key)

    def about(self) -> None:
        AboutDialog(str(self.window.vault.folder), self.window).exec()

    # --- status bar and title -------------------------------------------------------------

    def _build_status_bar(self, session: Session) -> None:
        bar = self.window.statusBar()
        roles = ", ".join(role_name(r) for r in sorted(session.user.roles, key=lambda r: r.value))
        self.user_status = ElidedLabel(
            QCoreApplication.translate("MainWindow", "{name} — {roles} — {code}").format(
                name=session.user.display_name, roles=roles, code=session.establishment_code
            )
        )
        self.user_status.setObjectName("userStatus")
        self.user_status.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "User: {name} ({user})\nRole: {roles}\nEstablishment: {code}\nWorkstation: {id}",
            ).format(
                name=session.user.display_name,
                user=session.user.username,
                roles=roles,
                code=session.establishment_code,
                id=session.workstation_id,
            )
        )
        self.user_status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.lock_status = QLabel()
        self.lock_status.setObjectName("lockCountdown")
        self.reason_button = ReasonButton()
        self.reason_button.sync(session)
        bar.addWidget(self.user_status, 1)
        bar.addPermanentWidget(self.reason_button)
        bar.addPermanentWidget(self.lock_status)

    def update_countdown(self) -> None:
        if self._lock_when_ended():
            return
        self.reason_button.sync(None if self.window.locked else self.window.ctx.session)
        if self.window.locked:
            text = QCoreApplication.translate("MainWindow", "Locked")
        else:
            left = self.window.idle.remaining_seconds()
            if left >= 60:
                text = QCoreApplication.translate(
                    "MainWindow", "Locks in %n min", "", (left + 59) // 60
                )
            else:
                text = QCoreApplication.translate("MainWindow", "Locks in {sec} s").format(sec=left)
        if text != self.lock_status.text():  # one Qt call a minute, not one a second
            self.lock_status.setText(text)

    def _lock_when_ended(self) -> bool:
        """A server store that closed this session (stopped, restarted, the account
        disabled): lock at once and say why on the lock screen, where the password logs in
        again. Pages had each said "log in again" without a way to (seen under Xvfb)."""
        w = self.window
        session = w.ctx.session
        if w.locked or session is None or not session.is_open or w.workers.busy:
            return False
        lost = session.ended()
        if lost is None:
            return False
        w.lock()
        w.lock_screen.show_error(lost)
        return True

    def _title(self, session: Session) -> None:
        mode = (
            QCoreApplication.translate("MainWindow", "central office")
            if session.mode.value == "central"
            else QCoreApplication.translate("MainWindow", "workstation")
        )
        self.window.setWindowTitle(
            app_title(
                QCoreApplication.translate(
                    "MainWindow", "radprev — observation log — {code} ({mode})"
                ).format(code=session.establishment_code, mode=mode)
            )
        )
