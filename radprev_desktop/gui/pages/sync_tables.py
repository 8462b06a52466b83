"""Read-only tables of the Sync page and the times they show."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from radprev_desktop.gui.i18n import format_datetime


def table(headers: list[str]) -> QTableWidget:
    """A read-only table selecting whole rows, columns fitted to their contents."""
    out = QTableWidget(0, len(headers))
    out.setHorizontalHeaderLabels(headers)
    out.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    out.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    out.verticalHeader().setVisible(False)
    out.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    out.horizontalHeader().setStretchLastSection(True)
    return out


def fill(target: QTableWidget, rows: Sequence[Sequence[Any]]) -> None:
    target.setRowCount(0)
    target.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            target.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


def when(iso: str | None) -> str:
    """A stored time in the user's format; as stored when it cannot be read."""
    if not iso:
        return ""
    try:
        return format_datetime(iso)
    except (ValueError, TypeError):
        return iso
