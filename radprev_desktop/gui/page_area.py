"""The main window's page area: a stack sized by the page shown, in a scroll area."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout


class PageStack(QStackedWidget):
    """Sized by the page shown, not by the largest page (so no needless scroll bars)."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class PageAreaLayout(QVBoxLayout):
    """Holds the page stack inside the page area's scroll area.

    Reports no height-for-width: otherwise the scroll area asks the stack for the
    preferred height of its tallest page (wrapping button rows make pages report
    it) and shows scroll bars on a window that is big enough.
    """

    def hasHeightForWidth(self) -> bool:
        return False
