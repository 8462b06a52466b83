"""Copying to the clipboard: marked as secret, cleared after a while if still ours, and on quit.

As in KeePassXC: the clipboard is cleared only when it still holds the text we put
there, so something the user copied later is never lost.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication


class SecureClipboard(QObject):
    """Puts text on the clipboard and takes it off again after `clear_seconds`."""

    def __init__(self, clear_seconds: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clear_seconds = clear_seconds
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        """Copy `text`, tagged so clipboard managers do not keep it."""
        mime = QMimeData()
        mime.setText(text)
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData("application/x-nspasteboard-concealed-type", b"secret")
        QGuiApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._ours = text
        self._timer.start(max(1, self.clear_seconds) * 1000)

    def holds_ours(self) -> bool:
        return self._ours is not None and QGuiApplication.clipboard().text() == self._ours

    def clear_if_ours(self) -> None:
        """Clear the clipboard when it still holds what we copied."""
        self._timer.stop()
        if self.holds_ours():
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self._ours = None


_instance: SecureClipboard | None = None


def secure_clipboard() -> SecureClipboard:
    """The application's clipboard helper (created on first use)."""
    global _instance
    if _instance is None:
        _instance = SecureClipboard(parent=QGuiApplication.instance())
    return _instance
