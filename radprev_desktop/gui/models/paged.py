"""A lazy table model: rows come from a core query one page at a time.

The view asks `canFetchMore`/`fetchMore` as the user scrolls, so a list of
5,000 subjects or a search over a million observations costs one page of
rows (a single indexed query) per screenful, never the whole table.
The model holds no SQL: it is given a `fetch(offset, limit)` callable that
calls a core service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: a header (translated at display time) and how to show a row."""

    header: str  # English source text, translated in the "records" context
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Rows fetched lazily through `fetch(offset, limit) -> list[row]`."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        page_size: int = 200,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._page_size = page_size
        self._rows: list[T] = []
        self._texts: list[list[str] | None] = []  # display texts, made once per row
        self._fetch: Callable[[int, int], Sequence[T]] | None = None
        self._exhausted = True

    # --- feeding -----------------------------------------------------------

    def set_query(self, fetch: Callable[[int, int], Sequence[T]] | None) -> None:
        """Start over with a new query; the first page is fetched at once."""
        self.beginResetModel()
        self._rows = []
        self._texts = []
        self._fetch = fetch
        self._exhausted = fetch is None
        self.endResetModel()
        if fetch is not None:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Forget every row and the query (on lock: no vault data stays here)."""
        self.set_query(None)

    def row_at(self, row: int) -> T | None:
        """The domain object shown on `row`, or None."""
        if 0 <= row < len(self._rows):
            return self._rows[row]
        return None

    def loaded_count(self) -> int:
        return len(self._rows)

    def fetch_all_loaded(self) -> bool:
        return self._exhausted

    # --- Qt model ----------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted and self._fetch is not None

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._fetch is None or self._exhausted:
            return
        page = list(self._fetch(len(self._rows), self._page_size))
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._texts.extend([None] * len(page))
        self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            texts = self._texts[index.row()]
            if texts is None:
                texts = [c.text(row) for c in self._columns]
                self._texts[index.row()] = texts
            return texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # cut: whole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate("records", self._columns[section].header)
        return None
