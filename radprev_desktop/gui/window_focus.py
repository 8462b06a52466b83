"""The keyboard goes back to the window that opened a dialog when the dialog closes.

Where no window manager runs (a kiosk session started straight into radprev, or Xvfb), nothing
hands the keyboard back to a window when a dialog it opened closes, nor to the main window when
the login window it replaces closes: X's input focus falls back to the root window, Qt then has
no active window, and every key and shortcut (Ctrl+L, Ctrl+N, Ctrl+S…) is lost until the user
clicks into the window — an officer working by keyboard alone was stuck after the first
confirmation (found walking the app under Xvfb, session 12). A window manager gives the focus
back itself; asking for it again names the same window, so it changes nothing there.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

# Popups (menus, drop-down lists), tool tips and splash screens hand the focus back by
# themselves (they never took the window's activation); only dialogs are followed here.
_DIALOG_TYPES = (Qt.WindowType.Dialog, Qt.WindowType.Sheet)


def give_keyboard_to(window: QWidget) -> None:
    """Make `window` (a top-level window just shown) the one that receives the keyboard."""
    window.raise_()
    window.activateWindow()


def _back_to(window: QWidget) -> None:
    """After a dialog closed: the window it was opened from gets the keyboard, if none has it.

    Qt then puts the keyboard on that window's focus widget (the button or field the dialog
    was opened from) or, when that was hidden meanwhile (*Give the reason for access…*
    disappears once the reason is given), on the next one.
    """
    if not shiboken6.isValid(window) or not window.isVisible():
        return  # closed with its dialog (a lock, a logout): nothing to go back to
    if QApplication.activeWindow() is not None:
        return  # a window manager, or the next dialog, already has it
    window.activateWindow()


class FocusReturn(QObject):
    """Application-wide: when a dialog hides, its opener's window is activated again."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Hide
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in _DIALOG_TYPES
        ):
            opener = watched.parentWidget()
            if opener is not None:
                window = opener.window()  # the opener itself may be hidden with the dialog
                # After the hide is finished: Qt (or the window manager) may still be
                # moving the activation, and a dialog opened next takes it first.
                QTimer.singleShot(0, self, lambda: _back_to(window))
        return False


_installed: FocusReturn | None = None


def install_focus_return() -> None:
    """Once per application (the main window, the login window and their dialogs)."""
    global _installed
    app = QApplication.instance()
    if app is None or _installed is not None:
        return
    _installed = FocusReturn(app)
    app.installEventFilter(_installed)


def keyboard_into(page: QWidget | None, away_from: QWidget) -> None:
    """Put the keyboard on `page`'s first field when it is on `away_from` (or nowhere).

    Ctrl+1…9 showed a page and left the keyboard in the list on the left; what was typed
    next went to that list, whose type-ahead jumped to another page ("p" chose
    *Pulpit*: the analyst's Ctrl+3 then "petrovic" ended on the dashboard — walk12).
    """
    focused = QApplication.focusWidget()
    if page is None or (focused not in (None, away_from) and focused.isVisible()):
        return  # the keyboard is already in a page (Qt moved it with the hidden one)
    widget: QWidget | None = page.nextInFocusChain()
    for _ in range(len(page.findChildren(QWidget)) + 1):  # the chain is a ring
        if widget is None or widget is page:
            return  # nothing to type into (the analyst's dashboard): leave it where it is
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        ):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
