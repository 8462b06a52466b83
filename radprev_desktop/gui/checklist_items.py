"""The checklist runner's items (one row per item, grouped by domain) and its result table.

The items are rebuilt for each run's template version; the non-indicator
banner is shown above them. After completion the table shows how items were
answered in each domain: counts, never a total or a score. The texts keep the
runner's translation context ("ChecklistRunnerPage").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import safeguards
from radprev_desktop.core.services.checklists import DomainCounts
from radprev_desktop.gui.checklist_item_row import ItemRow
from radprev_desktop.gui.errors import gui_text
from radprev_desktop.gui.texts.template_view import ItemView, TemplateView

translate = QCoreApplication.translate


def build_items(
    view: TemplateView, on_changed: Callable[[], None]
) -> tuple[QWidget, dict[str, ItemRow]]:
    """Every item of the template by domain, then the protective factors; rows by item code."""
    items = QWidget()
    items.setObjectName("items")
    items_layout = QVBoxLayout(items)
    items_layout.setContentsMargins(0, 0, 0, 0)
    rows: dict[str, ItemRow] = {}
    for domain in view.domains:
        box = QGroupBox(f"{domain.code} — {domain.title}")
        box.setObjectName(f"domain_{domain.code}")
        bl = QVBoxLayout(box)
        if domain.help:
            h = QLabel(domain.help)
            h.setWordWrap(True)
            bl.addWidget(h)
        if domain.kind == "context":
            note = QLabel(
                translate("ChecklistRunnerPage", "Recorded for support, never as a sign of risk.")
            )
            note.setWordWrap(True)
            bl.addWidget(note)
        for item in domain.items:
            rows[item.code] = _row(item, on_changed, bl)
        items_layout.addWidget(box)
    prot = QGroupBox(
        view.protective_title or translate("ChecklistRunnerPage", "Protective factors (required)")
    )
    prot.setObjectName("domain_P")
    pl = QVBoxLayout(prot)
    if view.protective_help:
        h = QLabel(view.protective_help)
        h.setWordWrap(True)
        pl.addWidget(h)
    for item in view.protective:
        rows[item.code] = _row(item, on_changed, pl)
    items_layout.addWidget(prot)
    return items, rows


def _row(item: ItemView, on_changed: Callable[[], None], layout: QVBoxLayout) -> ItemRow:
    row = ItemRow(item)
    row.changed.connect(on_changed)
    layout.addWidget(row)
    return row


def banner_text(view: TemplateView) -> str:
    """What is never an indicator: the template's own list, else core's."""
    items = list(view.non_indicators)
    if not items:
        items = [gui_text(item) for item in safeguards.NON_INDICATORS]
    return (
        "<b>"
        + translate(
            "ChecklistRunnerPage", "These are NOT indicators and must never be ticked as such:"
        )
        + "</b> "
        + "; ".join(items)
        + "."
    )


def result_table() -> QTableWidget:
    """The counts per domain of a completed run (hidden until one is shown)."""
    table = QTableWidget(0, 4)
    table.setObjectName("result")
    table.setAccessibleName(translate("ChecklistRunnerPage", "Answers by domain"))
    table.setHorizontalHeaderLabels(
        [
            translate("ChecklistRunnerPage", "Domain"),
            translate("ChecklistRunnerPage", "Observed"),
            translate("ChecklistRunnerPage", "Not observed"),
            translate("ChecklistRunnerPage", "Unknown"),
        ]
    )
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.hide()
    return table


def show_counts(
    table: QTableWidget, counts: Sequence[DomainCounts], view: TemplateView | None
) -> None:
    """One row per domain: observed, not observed, unknown (unanswered counted as unknown)."""
    titles: dict[str, str] = {}
    if view is not None:
        titles = {d.code: d.title for d in view.domains}
        titles["P"] = view.protective_title or translate(
            "ChecklistRunnerPage", "Protective factors"
        )
    table.setRowCount(len(counts))
    for i, c in enumerate(counts):
        for j, text in enumerate(
            (
                f"{c.domain} {titles.get(c.domain, '')}",
                str(c.observed),
                str(c.not_observed),
                str(c.unknown + c.unanswered),
            )
        ):
            table.setItem(i, j, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.show()
