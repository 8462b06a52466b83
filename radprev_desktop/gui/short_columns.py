"""A list's short columns give way to its name column on a narrow window.

Prisoners at 1024×768 with 150 % in Macedonian (session 13): the short columns took their
headings' widths ("Набљудувања" over counts such as 72, "Одделение" over "C") and left the
name about 50 pixels ("B…"). While the name would get less than a third of the list, the
short columns take their values' width only (at least four letters); their headings are cut
then, and each heading's tooltip gives it whole (models/paged.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

LEAST_LETTERS = 4


class ShortColumns(QObject):
    """Keeps the widths of `view`'s columns other than `wide` (which stretches)."""

    def __init__(self, view: QTableView, wide: int) -> None:
        super().__init__(view)
        self.view = view
        self.wide = wide
        header = view.horizontalHeader()
        for column in range(header.count()):
            mode = (
                QHeaderView.ResizeMode.Stretch if column == wide else QHeaderView.ResizeMode.Fixed
            )
            header.setSectionResizeMode(column, mode)
        view.verticalHeader().setResizeContentsPrecision(40)  # the first rows of a lazy list
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.headerDataChanged.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.fit()
        return False

    def fit(self) -> None:
        """The headings' widths where the name keeps a third of the list, else the values'."""
        view, header = self.view, self.view.horizontalHeader()
        columns = [c for c in range(header.count()) if c != self.wide]
        least = view.fontMetrics().horizontalAdvance("M") * LEAST_LETTERS
        values = {c: max(view.sizeHintForColumn(c), least) for c in columns}
        headed = {c: max(values[c], header.sectionSizeFromContents(c).width()) for c in columns}
        room = view.viewport().width()
        widths = headed if (room - sum(headed.values())) * 3 >= room else values
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
