"""Every version of one observation, and what changed between two of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.model import Observation
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.texts.labels import label
from radprev_desktop.gui.texts.versions import observation_html, side_by_side_html, unified_diff
from radprev_desktop.gui.widgets import heading


class HistoryView(QWidget):
    """Every version of one observation; pick two to see what changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[Observation] = []
        layout = QVBoxLayout(self)
        self.title = heading("")
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("versions")
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumWidth(260)
        self.list.itemSelectionChanged.connect(self.show_selected)
        row.addWidget(self.list)
        self.tabs = QTabWidget()
        self.side = QTextBrowser()
        self.side.setObjectName("sideBySide")
        self.side.setAccessibleName(self.tr("Versions side by side"))
        self.unified = QTextBrowser()
        self.unified.setObjectName("unifiedDiff")
        self.unified.setAccessibleName(self.tr("Changes as a text difference"))
        self.unified.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self.tabs.addTab(self.side, self.tr("Side by side"))
        self.tabs.addTab(self.unified, self.tr("Text difference"))
        row.addWidget(self.tabs, 1)
        layout.addLayout(row)
        hint = QLabel(
            self.tr("Select one version to read it, or two (Ctrl+click, Shift+arrows) to compare.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.back = QPushButton(self.tr("&Back to the file"))
        self.back.setObjectName("back")
        layout.addWidget(self.back)

    def show_versions(self, versions: list[Observation]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.versions = versions
        for v in versions:
            text = self.tr("Version {n} — {status}, {at}").format(
                n=v.version, status=label(v.status), at=format_datetime(v.created_at)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.version)
            self.list.addItem(item)
        if len(versions) >= 2:
            self.list.item(len(versions) - 2).setSelected(True)
            self.list.item(len(versions) - 1).setSelected(True)
        elif versions:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.show_selected()
        self.list.setFocus()

    def compare(self, old: Observation, new: Observation) -> None:
        self.side.setHtml(side_by_side_html(old, new))
        self.unified.setPlainText(unified_diff(old, new))

    def show_selected(self) -> None:
        rows = [
            r
            for r in sorted(self.list.row(i) for i in self.list.selectedItems())
            if 0 <= r < len(self.versions)
        ]
        if len(rows) >= 2:
            self.compare(self.versions[rows[0]], self.versions[rows[-1]])
        elif len(rows) == 1:
            self.side.setHtml(observation_html(self.versions[rows[0]]))
            self.unified.clear()

    def clear(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        self.versions = []
        self.side.clear()
        self.unified.clear()
        self.title.clear()
