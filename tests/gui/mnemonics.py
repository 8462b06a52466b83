"""Alt+letter mnemonics that a window shows at the same time, and the clashes among them."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def shown_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """letter → the widgets offering it, among those visible in `window` now."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            found[letter].append(f"{what}: {text!r}")

    for bar in window.findChildren(QMenuBar):
        if bar.isVisibleTo(window) or bar.window() is window:
            for action in bar.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), f"label {w.objectName() or type(w).__name__}")
        elif isinstance(w, QAbstractButton):
            add(w.text(), f"button {w.objectName() or type(w).__name__}")
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(w.title(), "group")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i), "tab")
    return dict(found)


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters offered by more than one visible widget (Qt would cycle, not jump)."""
    return {k: v for k, v in shown_mnemonics(window).items() if len(set(v)) > 1}
