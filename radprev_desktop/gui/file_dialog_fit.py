"""Qt's own file dialog wide enough for its words in every language.

On Linux the bundle shows Qt's own (non-native) file dialog for every Save as,
Open and folder choice. Its default size was made for English: in Macedonian the
sidebar read "Компју…", the Type column "PDF…ент" and the date "30 11 2…6". The
dialogs are opened by Qt's static functions from many screens, so one app-wide
filter fits each file dialog as it is shown: a larger window (within the
screen), a sidebar as wide as its longest entry, the Size, Type and Date columns
as wide as their contents once the folder is read. Native dialogs (Windows,
macOS) have none of these widgets and are left to the system.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QListView,
    QSplitter,
    QTreeView,
)

#: The size Qt's dialog gets at least (a 1366×768 screen holds it with room to spare).
WIDTH, HEIGHT = 900, 520


def fit_file_dialog(dialog: QFileDialog) -> None:
    """Widen the dialog, its sidebar and its detail columns to what they show."""
    splitter = dialog.findChild(QSplitter, "splitter")
    sidebar = dialog.findChild(QListView, "sidebar")
    if splitter is None or sidebar is None:
        return  # a native dialog
    room = dialog.screen().availableGeometry()
    dialog.resize(
        min(max(dialog.width(), WIDTH), room.width()),
        min(max(dialog.height(), HEIGHT), room.height()),
    )
    wanted = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + 8
    sizes = splitter.sizes()
    if len(sizes) == 2 and sizes[0] < wanted:
        splitter.setSizes([wanted, max(sum(sizes) - wanted, 0)])
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model() if tree is not None else None
    if tree is not None and isinstance(model, QFileSystemModel):
        fit_columns(tree)
        if tree.findChild(_ColumnFitter) is None:  # once per dialog, however often shown
            fitter = _ColumnFitter(tree)
            model.directoryLoaded.connect(fitter.refit)


def fit_columns(tree: QTreeView) -> None:
    """Size, Type and Date Modified as wide as their heading and their longest entry."""
    header = tree.header()
    for column in range(1, header.count()):
        wanted = max(header.sectionSizeHint(column), tree.sizeHintForColumn(column))
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)


class _ColumnFitter(QObject):
    """Refits the columns when the folder is read, once connected per dialog, as a child
    of the tree: Qt deletes it with the tree, which ends the connection (a plain lambda
    raised "already deleted" at every file dialog). The tree is asked for through
    `parent()` each time, never kept: in Qt's static dialogs a kept wrapper of the tree
    turns invalid while the tree lives, and the fit was skipped in every Open and Save
    as ("500…tes", "JSO…ent" under Xvfb)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)

    def refit(self, _path: str) -> None:
        if not shiboken6.isValid(self):  # the model outlives the tree by a few signals
            return
        tree = self.parent()
        if isinstance(tree, QTreeView):
            fit_columns(tree)


class FileDialogFit(QObject):
    """App-wide: fits each of Qt's own file dialogs when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: the cheap widget check first.
        if isinstance(watched, QFileDialog) and event.type() == QEvent.Type.Show:
            fit_file_dialog(watched)
        return False


_fit: FileDialogFit | None = None


def install_file_dialog_fit() -> None:
    """Once per application (every screen's Save as and Open benefit)."""
    global _fit
    app = QApplication.instance()
    if app is None or _fit is not None:
        return
    _fit = FileDialogFit(app)
    app.installEventFilter(_fit)
