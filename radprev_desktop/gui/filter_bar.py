"""A find box with filters and buttons beside it, or above them when the row is too narrow.

On Prisoners at 1024×768 with 150 % scaling (683 logical pixels across) the Unit filter and
the two buttons kept their widths and the Find box got what was left: about 80 pixels in
Macedonian and Serbian Cyrillic, three letters of a name (sessions 12 and 13). Here the find
box takes the width the others leave while that is at least its least width; otherwise it
takes a row of its own and the others go under it.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QLineEdit, QStyle, QWidget


class FilterBarLayout(QLayout):
    """The first item takes the spare width of one row; too little left, it takes a row of its
    own and the others share the next (the last of them takes that row's spare width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = self._visible()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(0, len(shown) - 1)
        return QSize(width, max((i.sizeHint().height() for i in shown), default=0))

    def minimumSize(self) -> QSize:
        """The widest of the two rows at their least."""
        shown = self._visible()
        if not shown:
            return QSize(0, 0)
        first, rest = shown[0], shown[1:]
        below = sum(i.sizeHint().width() + self._gap() for i in rest[:-1])
        if rest:
            below += rest[-1].minimumSize().width()
        height = max(i.minimumSize().height() for i in shown)
        return QSize(max(first.minimumSize().width(), below), height)

    def _visible(self) -> list[QLayoutItem]:
        shown = []
        for item in self._items:
            widget = item.widget()
            if widget is None or not widget.isHidden():
                shown.append(item)
        return shown

    def _gap(self) -> int:
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) or 6

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lays the items out in `rect` (when `move`); the height they take."""
        shown = self._visible()
        if not shown:
            return 0
        first, rest = shown[0], shown[1:]
        gap = self._gap()
        others = sum(i.sizeHint().width() + gap for i in rest)
        if rect.width() - others >= first.minimumSize().width():
            return self._row(rect, shown, 0, move=move)
        top = self._row(rect, [first], 0, move=move)
        if not rest:
            return top
        below = QRect(rect.x(), rect.y() + top + gap, rect.width(), 0)
        return top + gap + self._row(below, rest, len(rest) - 1, move=move)

    def _row(self, rect: QRect, items: list[QLayoutItem], wide: int, *, move: bool) -> int:
        """`items` left to right in `rect`'s width, `items[wide]` taking the spare width;
        the row's height (items with a height for their width get it)."""
        gap = self._gap()
        widths = [i.sizeHint().width() for i in items]
        spare = rect.width() - sum(widths) - gap * (len(items) - 1) + widths[wide]
        widths[wide] = max(spare, items[wide].minimumSize().width())
        heights = [
            i.heightForWidth(w) if i.hasHeightForWidth() else i.sizeHint().height()
            for i, w in zip(items, widths, strict=True)
        ]
        height = max(heights)
        if move:
            x = rect.x()
            for item, width in zip(items, widths, strict=True):
                item.setGeometry(QRect(x, rect.y(), width, height))
                x += width + gap
        return height


def find_group(label: QLabel, field: QLineEdit) -> QWidget:
    """The Find label and its box, the box never narrower than its hint ("name or prison
    number") with its clear button."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    metrics = field.fontMetrics()
    hint = metrics.horizontalAdvance(field.placeholderText() or "M" * 12)
    field.setMinimumWidth(hint + metrics.height() * 3)  # the frame, margins and clear button
    return group


def labelled(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field as one item of the bar."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field)
    return group
