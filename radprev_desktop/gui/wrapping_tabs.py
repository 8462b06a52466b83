"""Tabs whose titles wrap onto a second row instead of hiding behind scroll arrows.

A QTabBar never wraps: on the central Sync page at 1024×768 with 150 % scaling its five
or six titles did not fit, and the last ones were reached only through the bar's small
scroll arrows (ux9, session 9). `WrappingTabs` is a QTabWidget (the pages and tests keep
its API: addTab, indexOf, setTabVisible, setCurrentIndex, Ctrl+Tab) whose own bar is
hidden; `title_row` shows one checkable button per tab in a FlowLayout, which its owner
places above the tabs. A narrow window then shows every title whole, on two rows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QPushButton, QTabWidget, QWidget

from radprev_desktop.gui.flow_layout import FlowLayout


class WrappingTabs(QTabWidget):
    """A QTabWidget with its titles in a wrapping row of buttons (see the module doc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabBar().hide()
        self.title_row = QWidget()
        self.title_row.setObjectName("tabTitles")
        self._flow = FlowLayout(self.title_row, spacing=2)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self.setCurrentIndex)
        self.currentChanged.connect(self._check_current)

    def title_button(self, index: int) -> QPushButton:
        """The button that shows tab `index`'s title."""
        button = self._group.button(index)
        assert isinstance(button, QPushButton)
        return button

    def tabInserted(self, index: int) -> None:
        """A button for the new tab; the buttons' ids follow the tabs' indexes."""
        super().tabInserted(index)
        self.tabBar().hide()  # QTabWidget shows its bar again when a tab is added
        button = QPushButton(self.tabText(index))
        button.setCheckable(True)
        button.setAccessibleName(self.tabText(index))
        self._flow.addWidget(button)
        self._renumber()

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        button = self._group.button(index)
        if button is not None:
            self._group.removeButton(button)
            self._flow.removeWidget(button)
            button.deleteLater()
        self._renumber()

    def setTabVisible(self, index: int, visible: bool) -> None:
        """Hide or show the tab and its title button."""
        super().setTabVisible(index, visible)
        button = self._group.button(index)
        if button is not None:
            button.setVisible(visible)

    def _renumber(self) -> None:
        """Button ids = tab indexes, in the row's order (a tab inserted in the middle too)."""
        buttons = sorted(
            (b for b in self.title_row.findChildren(QPushButton) if b.parent() is self.title_row),
            key=lambda b: self._flow.indexOf(b),
        )
        for button in buttons:
            self._group.removeButton(button)
        for index, button in enumerate(buttons):
            button.setText(self.tabText(index))
            self._group.addButton(button, index)
        self._check_current(self.currentIndex())

    def _check_current(self, index: int) -> None:
        button = self._group.button(index)
        if button is not None:
            button.setChecked(True)
