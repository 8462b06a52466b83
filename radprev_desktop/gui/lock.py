"""Auto-lock after idle time (like KeePassXC's InactivityTimer) and the lock screen.

One application-wide event filter notes the time of the last key, mouse or
wheel event; a timer checks twice a second whether the idle time is used up.
When it is (or on Ctrl+L) the main window clears every page, closes the
session (audited, key wiped) and shows the lock screen; the same user's
password unlocks, or "Switch user" goes back to the full login.

Why a timestamp and not a restarted QTimer: the filter runs for every input
event (thousands a minute while the mouse moves). It makes no Qt call at all,
only a Python assignment, so input never drives a per-event call into the Qt
bindings (PySide6 6.12 on Python 3.11 drops a reference to None on every void
call; see tests/gui/test_qt_void_calls.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
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
CHECK_MSECS = 500
#: The warning comes this long before the lock (only when the idle time is at least twice it).
WARNING_SECONDS = 60


class IdleLock(QObject):
    """Emits `timed_out` after `minutes` without user input (while `active`).

    `warning(seconds_left)` comes once, a minute before; `resumed` when input
    arrives after the warning. `clock` is injectable so tests need not wait.
    """

    timed_out = Signal()
    warning = Signal(int)
    resumed = Signal()

    def __init__(
        self,
        minutes: float = 5,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_input = clock()
        self._msecs = max(1000, int(minutes * 60_000))
        self._warned = False
        self._fired = False
        self.active = False
        self.postpone: Callable[[], bool] = lambda: False  # e.g. a rekey is running
        self._check = QTimer(self)
        self._check.setInterval(CHECK_MSECS)
        self._check.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self._msecs = max(1000, int(minutes * 60_000))
        self._warned = False

    @property
    def interval_msecs(self) -> int:
        return self._msecs

    def start(self) -> None:
        self.active = True
        self._fired = False
        self._warned = False
        self._last_input = self._clock()
        self._check.start()

    def stop(self) -> None:
        self.active = False
        self._check.stop()

    def restart(self) -> None:
        """Count the idle time from now (as if the user had just pressed a key)."""
        self._last_input = self._clock()

    def remaining_msecs(self) -> int:
        if not self.active:
            return 0
        idle = (self._clock() - self._last_input) * 1000
        return max(0, int(self._msecs - idle))

    def remaining_seconds(self) -> int:
        return self.remaining_msecs() // 1000

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs for every event of the application: no Qt call here, only an assignment.
        if self.active and event.type() in ACTIVITY_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        """The periodic check (also called by tests): warn, resume or time out."""
        if not self.active or self._fired:
            return
        left = self.remaining_msecs()
        if left <= 0:
            if self.postpone():
                return  # checked again on the next tick
            self._fired = True
            self.timed_out.emit()
            return
        warn_window = WARNING_SECONDS * 1000
        if left <= warn_window and self._msecs >= 2 * warn_window:
            if not self._warned:
                self._warned = True
                self.warning.emit((left + 999) // 1000)
        elif self._warned:
            self._warned = False
            self.resumed.emit()

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
