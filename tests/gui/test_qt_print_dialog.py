"""Qt's own print dialog in every offered language (issue 13).

On Linux, printing a report (pdf_preview.py, widgets.print_pdf) opens Qt's own
QPrintDialog; Qt translates it for Polish and Croatian only, and even those lack
Qt 6's texts (Page &Set, Pages &per sheet, the CUPS job labels...).
gui/qt_strings.py puts its texts into our catalogues. Each test opens the real
dialog the way the application does (a high-resolution QPrinter; with no printer
installed Qt offers "Print to File (PDF)"), unfolds its options and its Properties
dialog, and checks what it shows: the catalogue's translation, no English text
of the marked list, one keyboard shortcut letter per letter on each page; and
that every text Qt asks our translator for in those dialogs is in the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from radprev_desktop.core import languages
from radprev_desktop.core.i18n import messages_of
from radprev_desktop.gui import i18n, qt_strings

TRANSLATED = [code for code in languages.OFFERED if code != languages.SOURCE]

#: The print dialog's contexts: every text Qt asks for in them must be in our catalogue.
PRINT_CONTEXTS = {
    "QPrintDialog",
    "QPrintWidget",
    "QPrintSettingsOutput",
    "QPrintPropertiesDialog",
    "QPrintPropertiesWidget",
    "QPageSetupWidget",
    "QCupsJobWidget",
}

#: Texts Qt asks for that are not words: designer placeholders never shown ("Form"),
#: units and "N (AxB)" layouts that read the same in every language.
NOT_WORDS = {"Form", "mm", "...", "1 (1x1)", "2 (2x1)", "4 (2x2)", "6 (2x3)", "9 (3x3)", "16 (4x4)"}

ENGLISH = {text.replace("&", "") for text in qt_strings.PRINT_DIALOG}


class Recorder(QTranslator):
    """Notes every (context, source) Qt asks for, and lets the next translator answer."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del disambiguation, n
        self.asked.add((context, source))
        return None

    def isEmpty(self) -> bool:  # Qt asks an empty translator nothing
        return False


@pytest.fixture(params=TRANSLATED)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert TRANSLATED
    code = str(request.param)
    i18n.install_language(code)
    yield code


def _catalogue(code: str) -> dict[tuple[str, str], str]:
    messages = messages_of(code)  # the compiled catalogue, read once per process
    return {(ctx, source): str(text) for (ctx, source, _comment), text in messages.items()}


def _texts(top: QWidget) -> list[str]:
    """What a user reads: labels, buttons, group and tab titles, combo box entries."""
    shown = [w.text() for w in top.findChildren(QLabel) if w.isVisibleTo(top)]
    shown += [w.text() for w in top.findChildren(QAbstractButton) if w.isVisibleTo(top)]
    shown += [w.title() for w in top.findChildren(QGroupBox) if w.isVisibleTo(top)]
    for tabs in top.findChildren(QTabWidget):
        shown += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in top.findChildren(QComboBox):
        if combo.isVisibleTo(top):
            shown += [combo.itemText(i) for i in range(combo.count())]
    return [text for text in shown if text]


def _letters(page: QWidget) -> list[str]:
    """The shortcut letters of a page's visible labels and buttons."""
    texts = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]


def _check(shown: list[str], expected: list[str], catalogue: dict[tuple[str, str], str]) -> None:
    assert shown
    for text in expected:
        assert text in shown, (text, shown)
    allowed = {text.replace("&", "") for text in catalogue.values()}
    leftovers = [t for t in shown if t.replace("&", "") in ENGLISH - allowed]
    assert not leftovers, leftovers


def _button(top: QWidget, name: str) -> QAbstractButton:
    found = top.findChild(QAbstractButton, name)
    assert found is not None, name
    return found


def _open_print_dialog(qtbot) -> QPrintDialog:  # type: ignore[no-untyped-def]
    """The dialog as pdf_preview.ask_printer and widgets.print_pdf make it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    dialog._printer = printer  # type: ignore[attr-defined]  # kept alive with the dialog
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _properties(qtbot, dialog: QPrintDialog) -> tuple[list[str], list[list[str]], str]:  # type: ignore[no-untyped-def]
    """Open Properties (a modal dialog), read it, close it: texts, letters per tab, title."""
    seen: dict[str, object] = {}

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog) or box is dialog:
            QTimer.singleShot(20, read)
            return
        tabs = box.findChild(QTabWidget)
        pages = [tabs.widget(i) for i in range(tabs.count())] if tabs is not None else [box]
        seen["texts"] = _texts(box) + [t for page in pages for t in _texts(page)]
        seen["letters"] = [_letters(page) for page in pages]
        seen["title"] = box.windowTitle()
        box.reject()

    QTimer.singleShot(0, read)
    _button(dialog, "properties").click()
    qtbot.waitUntil(lambda: "title" in seen, timeout=10000)
    return seen["texts"], seen["letters"], str(seen["title"])  # type: ignore[return-value]


def test_print_dialog_speaks_the_language(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    catalogue = _catalogue(language)
    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)  # asked first: it only takes notes
    try:
        dialog = _open_print_dialog(qtbot)
        options = next(
            b for b in dialog.findChildren(QAbstractButton) if b.text() == catalogue[
                ("QPrintDialog", "&Options >>")]
        )  # fmt: skip
        options.click()
        shown = _texts(dialog)
        letters = _letters(dialog)
        expected = [
            catalogue[("QPrintDialog", "&Print")],
            catalogue[("QPrintDialog", "&Options <<")],
            catalogue[("QPrintDialog", "Print to File (PDF)")],
            catalogue[("QPrintWidget", "Printer")],
            catalogue[("QPrintWidget", "&Name:")],
            catalogue[("QPrintWidget", "P&roperties")],
            catalogue[("QPrintWidget", "Output &file:")],
            catalogue[("QPrintSettingsOutput", "Copies:")],
            catalogue[("QPrintSettingsOutput", "Print range")],
            catalogue[("QPrintSettingsOutput", "Pages from")],
            catalogue[("QPrintSettingsOutput", "Collate")],
            catalogue[("QPrintSettingsOutput", "Output Settings")],
            catalogue[("QPrintSettingsOutput", "Page &Set:")],
            catalogue[("QPrintDialog", "Odd Pages")],
            catalogue[("QPlatformTheme", "Cancel")],
        ]
        _check(shown, expected, catalogue)
        assert letters and len(letters) == len(set(letters)), letters
        tab_texts, tab_letters, title = _properties(qtbot, dialog)
        assert title == catalogue[("QPrintPropertiesDialog", "Printer Properties")]
        expected = [
            catalogue[("QPrintPropertiesWidget", "Page")],
            catalogue[("QPageSetupWidget", "Paper")],
            catalogue[("QPageSetupWidget", "Page size:")],
            catalogue[("QPageSetupWidget", "Portrait")],
            catalogue[("QPageSetupWidget", "Landscape")],
            catalogue[("QPageSetupWidget", "Margins")],
            catalogue[("QPageSetupWidget", "Pages &per sheet:")],
            catalogue[("QPageSetupWidget", "Page &order:")],
            catalogue[("QPageSetupWidget", "Millimeters (mm)")],
        ]
        _check(tab_texts, expected, catalogue)
        assert tab_letters and all(len(page) == len(set(page)) for page in tab_letters)
        # The CUPS job tab, where CUPS is installed (as on the workstations).
        if any(ctx == "QCupsJobWidget" for ctx, _ in recorder.asked):
            job = [
                catalogue[("QCupsJobWidget", "Job &priority:")],
                catalogue[("QCupsJobWidget", "Scheduled &printing:")],
                catalogue[("QCupsJobWidget", "Print Immediately")],
                *qt_strings.disambiguated()["QCupsJobWidget"],  # as Qt asks for them
            ]
            _check(tab_texts, job, catalogue)
            english = {"None", "Standard", "Unclassified", "Confidential", "Secret"}
            assert not english & set(tab_texts)
        dialog.reject()
    finally:
        QCoreApplication.removeTranslator(recorder)
    asked = {(c, s) for c, s in recorder.asked if c in PRINT_CONTEXTS and s not in NOT_WORDS}
    assert len(asked) > 80
    missing = sorted(m for m in asked if m not in catalogue)
    assert not missing, missing


def test_the_print_dialogs_warnings_are_in_the_catalogue(language: str) -> None:
    # The messages Qt shows on a wrong page range, a file it cannot write, or conflicting
    # options; they need a printer or a user's mistake to appear, so read them as Qt does.
    catalogue = _catalogue(language)
    sources = [
        ("QPrintDialog", "Invalid Pages Definition"),
        ("QPrintDialog", "File %1 is not writable.\nPlease choose a different file name."),
        ("QPrintDialog", "%1 is a directory.\nPlease choose a different file name."),
        ("QPrintPropertiesWidget", "There are conflicts in some options. Please fix them."),
        ("QFileDialog", "Are you sure you want to delete '%1'?"),
        ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
        ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
        ("QFileDialog", "Could not delete directory."),
    ]
    assert sources
    for context, source in sources:
        shown = QCoreApplication.translate(context, source)
        assert shown == catalogue[(context, source)] != source, (context, source)
        assert shown.count("%1") == source.count("%1"), (context, source)


@pytest.mark.parametrize(("code", "expected"), [("pl", "&Czerwień:"), ("hr", "&Crvena:")])
def test_qts_own_polish_and_croatian_catalogues_load(qtbot, code: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    # Qt's qtbase_<code>.qm is loaded under ours: a Qt text we do not mark (the colour
    # dialog's) is Qt's translation; our catalogue is asked first for the print dialog.
    i18n.install_language(code)
    assert QCoreApplication.translate("QColorDialog", "&Red:") == expected
    assert (
        QCoreApplication.translate("QPrintDialog", "&Print")
        == _catalogue(code)[("QPrintDialog", "&Print")]
    )
