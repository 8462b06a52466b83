"""Two columns side by side, or one above the other when the page area is too narrow.

At 1024×768 with 150 % scaling a window has 683 logical pixels across, about 500 of
them for the page beside the navigation: the Reports page's form and its preview did
not fit side by side in any language, so the page area scrolled sideways and the
preview's buttons and its first line were cut off at the right (seen in the bundle,
session 7). Stacked, the page area scrolls down instead, and every column keeps its
whole width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget


class ColumnsSplitter(QSplitter):
    """A horizontal splitter that turns vertical while the page area is too narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._area: QScrollArea | None = None

    def side_by_side_width(self) -> int:
        """The least width the columns need beside each other."""
        columns = [self.widget(i) for i in range(self.count())]
        widths = [c.minimumSizeHint().width() for c in columns if c is not None]
        return sum(widths) + self.handleWidth() * max(0, len(widths) - 1)

    def room(self) -> int:
        """The width this splitter may take without the page area scrolling sideways."""
        holder = self._area.widget() if self._area is not None else None
        if self._area is None or holder is None:
            return self.width()
        offset = self.mapTo(holder, QPoint(0, 0)).x()
        return self._area.viewport().width() - 2 * max(0, offset)

    def fit(self) -> None:
        """Side by side when both columns fit the room, else one above the other."""
        wanted = (
            Qt.Orientation.Horizontal
            if self.room() >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if self.orientation() == wanted:
            return
        self.setOrientation(wanted)
        widget: QWidget | None = self
        while widget is not None and widget is not self._area:  # the page area re-measures
            widget.updateGeometry()
            widget = widget.parentWidget()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        area = self._scroll_area()
        if area is not None and area is not self._area:
            area.viewport().installEventFilter(self)
            self._area = area
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and self._area is not None
            and watched is self._area.viewport()
        ):
            self.fit()
        return False

    def _scroll_area(self) -> QScrollArea | None:
        ancestor = self.parentWidget()
        while ancestor is not None and not isinstance(ancestor, QScrollArea):
            ancestor = ancestor.parentWidget()
        return ancestor
