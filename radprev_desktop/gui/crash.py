"""Crashes in the desktop program: a crash file, a plain message, Qt's own messages logged.

Python errors that reach the top (in a slot, a worker thread, at start-up) write a
crash file (core/crash.py: frames only, no data) and show the user where it is.
Qt's warnings go to the log by category only (their text may quote a file name);
a fatal Qt message writes a crash file before Qt aborts. Crashes Python cannot
catch are dumped by faulthandler into faults-radprev-desktop.log.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QThread,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from radprev_desktop.core.crash import enable_faulthandler, install_excepthooks, write_crash_file
from radprev_desktop.core.logs import logger

PROGRAM = "radprev-desktop"
_LEVELS = {
    QtMsgType.QtDebugMsg: 10,
    QtMsgType.QtInfoMsg: 20,
    QtMsgType.QtWarningMsg: 30,
    QtMsgType.QtCriticalMsg: 40,
    QtMsgType.QtFatalMsg: 50,
}


class QtFatalMessage(Exception):
    """Stands for a fatal Qt message in the crash file (Qt aborts right after)."""


def crash_text(path: Path | None) -> str:
    """What the user is told: plain words, where the report is, what to do."""
    where = (
        QCoreApplication.translate(
            "Crash",
            "A crash report without any personal data was "
            "written to:\n{path}\nPlease give it to your IT support.",
        ).format(path=path)
        if path is not None
        else QCoreApplication.translate("Crash", "No crash report could be written.")
    )
    return (
        QCoreApplication.translate(
            "Crash",
            "radprev met an unexpected error. What you saved before is safe; the last "
            "action may not have been completed. Close radprev and start it again.",
        )
        + "\n\n"
        + where
    )


class _Shower(QObject):
    """Shows the message on the GUI thread, whichever thread crashed."""

    show = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.show.connect(self._show)
        self.shown: list[Path | None] = []

    def _show(self, path: Path | None) -> None:
        self.shown.append(path)
        text = crash_text(path)
        print(f"{PROGRAM}: {text}", file=sys.stderr)
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.platformName() != "offscreen":
            QMessageBox.critical(None, QCoreApplication.translate("Crash", "radprev"), text)


_shower: _Shower | None = None


def _qt_message(kind: QtMsgType, context: QMessageLogContext, _message: str) -> None:
    category = context.category or "qt"
    level = _LEVELS.get(kind, 30)
    logger("qt").log(level, "Qt message (%s)", category)
    if kind == QtMsgType.QtFatalMsg:
        write_crash_file(PROGRAM, QtFatalMessage(category), f"Qt ({category})")


def install(app: QApplication) -> None:
    """Crash file + message for uncaught errors, Qt messages to the log, faulthandler."""
    global _shower
    enable_faulthandler(PROGRAM)
    _shower = _Shower()
    _shower.moveToThread(app.thread())
    shower = _shower

    def show(path: Path | None) -> None:
        if QThread.currentThread() is app.thread():
            shower._show(path)
        else:
            shower.show.emit(path)  # queued to the GUI thread

    install_excepthooks(PROGRAM, show)
    qInstallMessageHandler(_qt_message)


def shown() -> list[Path | None]:
    """The crash messages shown so far in this process (tests)."""
    return list(_shower.shown) if _shower is not None else []
