"""The main window opens inside the screen with room for the window manager's frame
(fixb9, session 9: at 1024×768 with 150 % it opened 1025 px wide — the whole available
width, and the frame on top of it)."""

from __future__ import annotations

from radprev_desktop.core.session import Session


def test_the_main_window_leaves_room_for_its_frame(open_window, officer: Session) -> None:  # type: ignore[no-untyped-def]
    window = open_window(officer)
    screen = window.screen()
    assert screen is not None
    free = screen.availableGeometry()
    # The offscreen test screen is narrower than 100 "M": the screen decides the width.
    assert window.fontMetrics().horizontalAdvance("M") * 100 > free.width()
    assert free.width() * 0.9 <= window.width() <= free.width() - 16, (window.width(), free)
    assert window.height() <= free.height() - 40
