"""Window titles that name the application once.

On X11, Wayland and Windows Qt adds " — <application display name>" to every window
title that does not already end with it (QPlatformWindow::formatWindowTitle). Our
main windows' titles began with "radprev — ", so the title bar read
"radprev — log in — radprev". They are now written as Qt writes every other title,
"Log in — radprev": Qt adds nothing, and a platform that adds nothing (macOS) shows
the same words.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

NAME = "radprev"
_PREFIXES = (f"{NAME} — ", f"{NAME} – ", f"{NAME} - ")


def app_title(text: str) -> str:
    """`text` ("radprev — log in", as translated) as "Log in — <display name>"."""
    shown = QGuiApplication.applicationDisplayName()
    # The display name is set by the application ("radprev", or its TRAINING form);
    # otherwise Qt reports the executable's name, which Qt does not add to titles.
    name = shown if shown.startswith(NAME) else NAME
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    if not text or text == NAME:
        return name
    text = text[:1].upper() + text[1:]  # "log in" began mid-sentence after "radprev — "
    return text if text.endswith(name) else f"{text} — {name}"
