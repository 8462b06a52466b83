"""Tables, texts and the yes/no question shared by the administration page's tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def admin_text(text: object) -> str:
    """A text of the administration page (translation context "AdminPage")."""
    return QCoreApplication.translate("AdminPage", str(text))


def admin_table(headers: list[str], name: str) -> QTableWidget:
    """A read-only table of rows, one selected at a time."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_rows(table: QTableWidget, rows: list[tuple[Any, list[str]]]) -> None:
    """Replace the rows; each row keeps its key for `selected_key`."""
    table.setRowCount(0)
    for key, values in rows:
        row = table.rowCount()
        table.insertRow(row)
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(row, col, item)


def selected_key(table: QTableWidget) -> Any:
    """The key of the selected row (None when none is)."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


# --- accounts ---------------------------------------------------------------------


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
