"""Auto-lock after idle time (like KeePassXC's InactivityTimer) and the lock screen.

One application-wide event filter restarts one single-shot timer on key, mouse
and wheel events. When it fires (or on Ctrl+L) the main window clears every
page, closes the session (audited, key wiped) and shows the lock screen; the
same user's password unlocks, or "Switch user" goes back to the full login.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import LoginDelayed, RadprevError
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.widgets import CapsLockWatcher

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.HoverMove,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Emits `timed_out` after `minutes` without user input (while `active`)."""

    timed_out = Signal()

    def __init__(self, minutes: float = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._since = QElapsedTimer()
        self._msecs = int(minutes * 60_000)
        self.active = False
        self.postpone: Callable[[], bool] = lambda: False  # e.g. a rekey is running
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self._msecs = max(1000, int(minutes * 60_000))
        if self.active:
            self.restart()

    @property
    def interval_msecs(self) -> int:
        return self._msecs

    def start(self) -> None:
        self.active = True
        self.restart()

    def stop(self) -> None:
        self.active = False
        self._timer.stop()

    def restart(self) -> None:
        if self.active:
            self._since.start()
            self._timer.start(self._msecs)

    def remaining_seconds(self) -> int:
        if not self.active or not self._since.isValid():
            return 0
        return max(0, (self._msecs - int(self._since.elapsed())) // 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in ACTIVITY_EVENTS:
            self.restart()
        return False

    def _fire(self) -> None:
        if not self.active:
            return
        if self.postpone():
            self._timer.start(5000)
            return
        self.timed_out.emit()

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """Shown instead of the pages while locked. Holds no vault data, only the username."""

    unlock_requested = Signal(str)  # password
    switch_user_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.username = ""
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        self.title = QLabel(self.tr("The application is locked"))
        self.title.setObjectName("lockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.user_label = QLabel()
        self.user_label.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self._unlock)
        self.caps = QLabel()
        self.caps.setObjectName("capsWarning")
        self.caps_watcher = CapsLockWatcher(self.password, self.caps)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("lockMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.switch_button = QPushButton(self.tr("&Switch user…"))
        self.switch_button.setAccessibleName(self.tr("Switch user"))
        self.switch_button.clicked.connect(self.switch_user_requested)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.clicked.connect(self.quit_requested)

        form = QFormLayout()
        label = QLabel(self.tr("&Password:"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)

        box = QWidget()
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 45)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.user_label)
        inner.addLayout(form)
        inner.addWidget(self.caps)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_for(self, username: str, display_name: str) -> None:
        self.username = username
        self.user_label.setText(
            self.tr("Locked by {name} ({user}). Enter the password to unlock.").format(
                name=display_name, user=username
            )
        )
        self.password.clear()
        self.message.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlock(self) -> None:
        if self._wait_left > 0:
            return
        password = self.password.text()
        self.password.clear()
        if password:
            self.unlock_requested.emit(password)

    def show_error(self, exc: RadprevError) -> None:
        if isinstance(exc, LoginDelayed):
            self._wait_left = int(exc.seconds) + 1
            self.unlock_button.setEnabled(False)
            self._countdown.start()
            self._tick_text()
        else:
            self.message.setText(error_text(exc))
        self.password.setFocus()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            self.message.clear()
            return
        self._tick_text()

    def _tick_text(self) -> None:
        self.message.setText(
            self.tr(
                "Too many failed attempts. You can try again in %n second(s).", "", self._wait_left
            )
        )
