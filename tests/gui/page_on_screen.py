"""One page of the main window shown on its own, signed in as a test's session.

Tests of a single page need the same five steps the main window takes (a context holding the
session, the page, shown at a size, refreshed); one helper keeps them the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext

Page = TypeVar("Page", bound=QWidget)


def shown_page(
    qtbot,  # type: ignore[no-untyped-def]
    make: Callable[[AppContext], Page],
    session: Session,
    size: tuple[int, int],
    *,
    refresh: bool = True,
) -> Page:
    """`make(ctx)` for `session`, shown at `size` (width, height) and, unless told not to, refreshed."""
    ctx = AppContext()
    ctx.session = session
    page = make(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    if refresh:
        page.refresh()  # type: ignore[attr-defined]
    return page
