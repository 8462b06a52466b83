"""Qt's own file dialog shows its words whole in every language (issue 13).

Qt sizes its non-native file dialog for English: in Macedonian the sidebar read
"Компју…", the Type column "PDF…ент" and the date "30 11 2…6".
gui/file_dialog_fit.py fits each file dialog as it is shown; this opens the
dialog as a Save as does on Linux (non-native, detail view) with a folder and a
PDF in it, in every offered language.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QListView,
    QSplitter,
    QTreeView,
    QWidget,
)

from radprev_desktop.core import languages
from radprev_desktop.core.i18n import messages_of
from radprev_desktop.gui import i18n
from radprev_desktop.gui.file_dialog_fit import HEIGHT, WIDTH, install_file_dialog_fit

TRANSLATED = [code for code in languages.OFFERED if code != languages.SOURCE]


@pytest.mark.parametrize("code", TRANSLATED)
def test_file_dialog_words_are_not_cut(qtbot, tmp_path: Path, code: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language(code)
    install_file_dialog_fit()
    catalogue = {(c, s): str(t) for (c, s, _d), t in messages_of(code).items()}
    (tmp_path / "reports").mkdir()
    (tmp_path / "subject-summary.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * 4000)
    dialog = QFileDialog(None, "radprev", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.findChild(QTreeView, "treeView")
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    assert tree is not None and sidebar is not None and splitter is not None
    model = tree.model()

    def types() -> list[str]:
        root = tree.rootIndex()
        return [str(model.index(r, 2, root).data()) for r in range(model.rowCount(root))]

    qtbot.waitUntil(lambda: len(types()) == 2, timeout=10000)
    qtbot.wait(50)  # the folder's read signal has been handled
    # The folder's type word is ours; a file's comes from the system's MIME database when
    # it has the language (Linux's shared-mime-info; Serbian there is Cyrillic only),
    # else from our catalogue: never the English one.
    folder = catalogue[("QAbstractFileIconProvider", "Folder")]
    assert folder in types()
    [pdf] = [t for t in types() if t != folder]
    assert pdf and pdf != "PDF document", pdf
    room = dialog.screen().availableGeometry()
    assert dialog.width() >= min(WIDTH, room.width())
    assert dialog.height() >= min(HEIGHT, room.height())
    # The sidebar holds its longest entry ("Computer" first), the columns theirs.
    first = sidebar.model().index(0, 0, QModelIndex())
    assert first.data() == catalogue[("QFileSystemModel", "Computer")]
    assert splitter.sizes()[0] >= sidebar.sizeHintForColumn(0)
    header = tree.header()
    assert header.count() >= 4
    for column in range(1, 4):
        assert header.sectionSize(column) >= tree.sizeHintForColumn(column), column
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column


def test_static_dialogs_open_and_close_without_an_error(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt's static dialogs (every Save as, Open and folder choice of the app) delete the
    tree while its model still reports folders read: the fit must not touch the deleted
    tree (each did, and reached the user as a crash report). pytest-qt fails the test on
    an exception raised in a slot."""
    install_file_dialog_fit()
    (tmp_path / "packages").mkdir()
    owner = QWidget()
    qtbot.addWidget(owner)
    closed: list[str] = []

    def close_it() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        if shown:
            closed.append(shown[0].windowTitle())
            shown[0].reject()
        else:
            QTimer.singleShot(50, close_it)

    for turn in range(3):
        QTimer.singleShot(200, close_it)
        QFileDialog.getExistingDirectory(
            owner, f"folder {turn}", str(tmp_path), QFileDialog.Option.DontUseNativeDialog
        )
        qtbot.wait(300)  # the model's last folder-read signals arrive after the dialog went
    assert closed == ["folder 0", "folder 1", "folder 2"]


def test_columns_are_fitted_when_a_static_dialog_reads_its_folder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Seen in the bundle under Xvfb: every Open and Save as cut "500 bytes" and "JSON
    document" ("500…tes", "JSO…ent") — the columns were never fitted once the folder
    was read, because the fitter's stored tree wrapper turns invalid in Qt's static
    dialogs while the tree lives, so the check meant for a deleted tree skipped every
    fit. Here the columns start narrower than their words (as Qt's defaults are under
    xcb) and the dialog then reads a folder with a file."""
    install_file_dialog_fit()
    empty, full = tmp_path / "empty", tmp_path / "templates"
    empty.mkdir()
    full.mkdir()
    (full / "frontline-observation-sample.json").write_text("{}" * 250, encoding="utf-8")
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[list[tuple[int, int]]] = []

    def narrow_then_read() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(50, narrow_then_read)
            return
        dialog = shown[0]
        tree = dialog.findChild(QTreeView, "treeView")
        assert tree is not None
        for column in range(1, 4):
            tree.header().resizeSection(column, 10)
        dialog.setDirectory(str(full))
        QTimer.singleShot(100, lambda: look(dialog, 60))

    def look(dialog: QFileDialog, left: int) -> None:
        tree = dialog.findChild(QTreeView, "treeView")
        assert tree is not None
        header = tree.header()
        rows = tree.model().rowCount(tree.rootIndex())
        pairs = [
            (header.sectionSize(c), max(tree.sizeHintForColumn(c), header.sectionSizeHint(c)))
            for c in range(1, 4)
        ]
        if left > 0 and (rows != 1 or any(size < wanted for size, wanted in pairs)):
            QTimer.singleShot(50, lambda: look(dialog, left - 1))
            return
        seen.append(pairs)
        dialog.reject()

    QTimer.singleShot(0, narrow_then_read)
    QFileDialog.getOpenFileName(
        owner,
        "template",
        str(empty),
        "Templates (*.json)",
        "",
        QFileDialog.Option.DontUseNativeDialog,
    )
    assert len(seen) == 1
    [pairs] = seen
    assert pairs
    for size, wanted in pairs:
        assert wanted > 10 and size >= wanted, pairs
