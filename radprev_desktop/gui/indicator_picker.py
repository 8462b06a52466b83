"""Indicators of the active checklist, ticked with a sentence of evidence each.

Keyboard: arrows move, Space ticks (and moves to the evidence line), Enter in
the evidence line goes back to the list; typing an indicator's code ("B2.1")
or the start of its label ("threat") jumps to it.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.model import IndicatorEvidence
from radprev_desktop.core.services.observation_fields import FIELD_LIMITS
from radprev_desktop.core.services.search_index import fold
from radprev_desktop.gui.inputs import LimitedLineEdit, with_counter
from radprev_desktop.gui.texts.template_view import TemplateView

CODE = Qt.ItemDataRole.UserRole
HELP = Qt.ItemDataRole.UserRole + 1
LABEL = Qt.ItemDataRole.UserRole + 2


class WrappedRows(QStyledItemDelegate):
    """Rows as tall as their labels wrapped at the column's width.

    Qt measures a tree's rows without a width, so as one line: long labels (Polish,
    Albanian, Macedonian) were cut with "…" even with word wrap on (gui13, session 13).
    The width given is what the label has beside the indentation and the check box.
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, max(self.text_width(index), 1), 1)
        return super().sizeHint(opt, index)

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The column's width less the indentation and, in the first column, a check box."""
        width = self.tree.columnWidth(index.column())
        if index.column() != 0:
            return width
        depth, parent = 1 if self.tree.rootIsDecorated() else 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        style = self.tree.style()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self.tree)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 1
        return width - self.tree.indentation() * depth - box - margin * 6


class IndicatorTree(QTreeWidget):
    """The tree; type-to-find matches the code or the start of the label. Its labels wrap:
    the first column takes three fifths of the width, the evidence the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._typed_at = 0.0
        self.setWordWrap(True)
        self.setItemDelegate(WrappedRows(self))
        self.header().sectionResized.connect(self._column_resized)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 0:  # the labels' rows measured again at their new width
            self.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # From the tree's own width (the scroll bar's coming and going does not change it).
        self.setColumnWidth(0, max(event.size().width() * 3 // 5, self.fontMetrics().height() * 6))

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typed = ""  # a new visit starts a new search
        super().focusInEvent(event)

    def keyboardSearch(self, search: str) -> None:
        # Qt hands over one key at a time; keys typed in quick succession form one search.
        now = time.monotonic()
        if now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._typed_at = now
        self._typed += search
        wanted = fold(self._typed.strip())
        if not wanted:
            return
        by_code: QTreeWidgetItem | None = None
        by_label: QTreeWidgetItem | None = None
        for item in self.indicator_items():
            code = fold(str(item.data(0, CODE) or ""))
            text = fold(str(item.data(0, LABEL) or ""))
            if by_code is None and code.startswith(wanted):
                by_code = item
            if by_label is None and (text.startswith(wanted) or f" {wanted}" in f" {text}"):
                by_label = item
        found = by_code or by_label
        if found is not None:
            self.setCurrentItem(found)
            self.scrollToItem(found)

    def indicator_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top is None:
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and child.data(0, CODE):
                    items.append(child)
        return items


class IndicatorPicker(QWidget):
    """The indicators field of an observation: value() is a list of IndicatorEvidence."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.tree = IndicatorTree()
        self.tree.setObjectName("indicators")
        self.tree.setAccessibleName(self.tr("Indicators"))
        self.tree.setHeaderLabels([self.tr("Indicator"), self.tr("Evidence")])
        self.tree.setMinimumHeight(self.fontMetrics().height() * 7)
        self.evidence = LimitedLineEdit(
            FIELD_LIMITS["indicators"],
            placeholder=self.tr("What exactly did you see that fits this item?"),
        )
        self.evidence.setObjectName("indicatorEvidence")
        self.evidence.setAccessibleName(self.tr("Evidence for the selected indicator"))
        self.evidence.setEnabled(False)
        self.evidence_label = QLabel(self.tr("E&vidence:"))
        self.evidence_label.setBuddy(self.evidence)
        self.help = QLabel()
        self.help.setObjectName("indicatorHelp")
        self.help.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.help)
        row = QHBoxLayout()
        row.addWidget(self.evidence_label)
        row.addWidget(with_counter(self.evidence), 1)
        layout.addLayout(row)
        self.setFocusProxy(self.tree)
        self.tree.currentItemChanged.connect(self._current)
        self.tree.itemChanged.connect(self._item_changed)
        self.evidence.textEdited.connect(self._evidence_edited)
        self.evidence.returnPressed.connect(self.tree.setFocus)

    # --- template -------------------------------------------------------------------

    def load_template(self, view: TemplateView | None) -> None:
        """Show the indicator items of `view` (unticked)."""
        self._loading = True
        self.tree._typed = ""
        self.tree.clear()
        if view is not None:
            for domain in view.domains:
                if domain.kind != "indicator":
                    continue
                top = QTreeWidgetItem([f"{domain.code} {domain.title}"])
                top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                top.setToolTip(0, domain.help)
                top.setData(0, HELP, domain.help)
                for item in domain.items:
                    if item.kind == "indicator":
                        top.addChild(self._item(item.code, item.label, item.help))
                self.tree.addTopLevelItem(top)
            self.tree.expandAll()
        else:
            self.tree.addTopLevelItem(
                QTreeWidgetItem([self.tr("No checklist template is installed.")])
            )
        self._loading = False

    @staticmethod
    def _item(code: str, label: str, help_text: str) -> QTreeWidgetItem:
        child = QTreeWidgetItem([f"{code} {label}".strip(), ""])
        child.setData(0, CODE, code)
        child.setData(0, LABEL, label)
        child.setData(0, HELP, help_text)
        child.setToolTip(0, help_text)
        child.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        child.setCheckState(0, Qt.CheckState.Unchecked)
        return child

    # --- the field protocol (gui/form.py) -----------------------------------------------

    def value(self) -> list[IndicatorEvidence]:
        return [
            IndicatorEvidence(str(item.data(0, CODE)), item.text(1).strip())
            for item in self.tree.indicator_items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def set_value(self, chosen: Any) -> None:
        for ind in chosen:
            self.tick(ind.code, ind.evidence)

    def clear(self) -> None:
        """Untick everything (the template stays)."""
        self._loading = True
        for item in self.tree.indicator_items():
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setText(1, "")
        self._loading = False
        self.evidence.clear()
        self.evidence.setEnabled(False)

    def forget(self) -> None:
        """Remove the template and every tick (on lock)."""
        self._loading = True
        self.tree.clear()
        self._loading = False
        self.evidence.clear()
        self.help.clear()

    def set_read_only(self, read_only: bool) -> None:
        for item in self.tree.indicator_items():
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
        self.evidence.setReadOnly(read_only)

    def focus_target(self, error_field: str = "") -> QWidget:
        return self.tree

    def tab_chain(self) -> list[QWidget]:
        return [self.tree, self.evidence]

    # --- ticking --------------------------------------------------------------------

    def tick(self, code: str, evidence: str) -> None:
        """Tick an indicator with its evidence (a code of another template stays visible)."""
        self._loading = True
        try:
            for item in self.tree.indicator_items():
                if item.data(0, CODE) == code:
                    item.setCheckState(0, Qt.CheckState.Checked)
                    item.setText(1, evidence)
                    return
            top = QTreeWidgetItem([self.tr("From another template version")])
            child = self._item(code, "", "")
            child.setCheckState(0, Qt.CheckState.Checked)
            child.setText(1, evidence)
            top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        finally:
            self._loading = False

    def _current(self, current: QTreeWidgetItem | None, _previous: Any = None) -> None:
        code = current.data(0, CODE) if current is not None else None
        checked = (
            bool(code) and current is not None and current.checkState(0) == (Qt.CheckState.Checked)
        )
        self.evidence.setEnabled(checked)
        text = current.text(1) if checked and current is not None else ""
        if self.evidence.text() != text:
            self.evidence.setText(text)
        if current is None:
            self.help.clear()
            return
        help_text = str(current.data(0, HELP) or "")
        full = current.text(0) if code else ""
        self.help.setText("\n".join(t for t in (full, help_text) if t))

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0 or self._loading:
            return
        if item is self.tree.currentItem():
            self._current(item)
            if item.checkState(0) == Qt.CheckState.Checked and self.tree.hasFocus():
                self.evidence.setFocus()  # the evidence is asked for at once
        self.changed.emit()

    def _evidence_edited(self, text: str) -> None:
        item = self.tree.currentItem()
        if item is not None and item.checkState(0) == Qt.CheckState.Checked:
            self._loading = True
            item.setText(1, text)
            self._loading = False
            self.changed.emit()
