"""Qt's own texts (wizard buttons, standard buttons, file dialog, edit menus) in every language.

Qt ships its translations for Polish and Croatian only among our languages;
gui/qt_strings.py puts the texts our windows show into our own catalogues.
Each test opens the real widget in every offered language and checks that
every Qt-owned text it shows is the translation in our compiled catalogue and
that no English source text is left.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWizard,
)

from radprev_desktop.core import languages
from radprev_desktop.core.i18n import messages_of
from radprev_desktop.gui import i18n, qt_strings
from radprev_desktop.gui.setup_wizard import SetupWizard
from tests.conftest import FAST_KDF

TRANSLATED = [code for code in languages.OFFERED if code != languages.SOURCE]

#: Every English source text of the Qt-owned strings we mark, without accelerators.
ENGLISH = {
    text.replace("&", "")
    for text in (
        *qt_strings.STANDARD_BUTTONS,
        *qt_strings.EDIT_MENUS,
        *qt_strings.WIZARD,
        *qt_strings.FILE_DIALOG,
    )
}


def _catalogue(code: str) -> dict[tuple[str, str], str]:
    messages = messages_of(code)  # the compiled catalogue, read once per process
    return {(ctx, source): str(text) for (ctx, source, _comment), text in messages.items()}


def _check(shown: list[str], expected: list[str], catalogue: dict[tuple[str, str], str]) -> None:
    """Every expected translation is shown, and nothing shown is an untranslated English text."""
    assert shown
    for text in expected:
        assert text in shown, (text, shown)
    allowed = {text.replace("&", "") for text in catalogue.values()}
    leftovers = [t for t in shown if t.replace("&", "") in ENGLISH - allowed]
    assert not leftovers, leftovers


@pytest.fixture(params=TRANSLATED)
def language(request: pytest.FixtureRequest) -> str:
    assert TRANSLATED
    code = str(request.param)
    i18n.install_language(code)
    return code


def test_wizard_buttons(qtbot, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    catalogue = _catalogue(language)
    wizard = SetupWizard(tmp_path / "vault", kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    buttons = (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CancelButton,
        QWizard.WizardButton.FinishButton,
    )
    shown = [wizard.buttonText(which) for which in buttons]
    expected = [
        catalogue[("QWizard", "< &Back")],
        catalogue[("QWizard", "&Next >")],
        catalogue[("QWizard", "Cancel")],
        catalogue[("SetupWizard", "&Finish")],
    ]
    _check(shown, expected, catalogue)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == expected[1]


def test_message_box_standard_buttons(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    catalogue = _catalogue(language)
    box = QMessageBox()
    qtbot.addWidget(box)
    kinds = {
        "OK": QMessageBox.StandardButton.Ok,
        "Save": QMessageBox.StandardButton.Save,
        "Cancel": QMessageBox.StandardButton.Cancel,
        "Discard": QMessageBox.StandardButton.Discard,
        "Close": QMessageBox.StandardButton.Close,
        "&Yes": QMessageBox.StandardButton.Yes,
        "&No": QMessageBox.StandardButton.No,
    }
    for kind in kinds.values():
        box.addButton(kind)
    box.setText("?")
    box.show()
    qtbot.waitExposed(box)
    shown = [button.text() for button in box.buttons()]
    expected = [catalogue[("QPlatformTheme", source)] for source in kinds]
    _check(shown, expected, catalogue)


def _file_dialog_texts(dialog: QFileDialog) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    texts += [b.toolTip() for b in dialog.findChildren(QToolButton) if b.isVisible()]
    tree = dialog.findChild(QTreeView, "treeView")
    assert tree is not None
    model = tree.model()
    texts += [
        str(model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(model.columnCount())
    ]
    return [text for text in texts if text]


def test_file_dialog(qtbot, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    catalogue = _catalogue(language)
    dialog = QFileDialog(None, "radprev", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    shown = _file_dialog_texts(dialog)
    expected = [
        catalogue[("QFileDialog", "&Look in:")],
        catalogue[("QFileDialog", "File &name:")],
        catalogue[("QFileDialog", "Files of &type:")],
        catalogue[("QFileDialog", "&Save")],
        catalogue[("QPlatformTheme", "Cancel")],
        catalogue[("QFileDialog", "Back")],
        catalogue[("QFileDialog", "Create New Folder")],
        catalogue[("QFileDialog", "Detail View")],
        catalogue[("QFileSystemModel", "Name")],
        catalogue[("QFileSystemModel", "Date Modified")],
    ]
    _check(shown, expected, catalogue)


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_text_field_context_menus(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    catalogue = _catalogue(language)
    sources = ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]
    line = QLineEdit("text")
    qtbot.addWidget(line)
    shown = _menu_texts(line.createStandardContextMenu())
    _check(shown, [catalogue[("QLineEdit", s)] for s in sources], catalogue)
    area = QTextEdit("text")
    qtbot.addWidget(area)
    shown = _menu_texts(area.createStandardContextMenu())
    _check(shown, [catalogue[("QWidgetTextControl", s)] for s in sources], catalogue)
