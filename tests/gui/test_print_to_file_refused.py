"""Qt's "Print to File (PDF)" writes no file: a report leaves the vault unencrypted
only through Save as PDF, with its warning and its audit entry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget

from radprev_desktop.gui.pdf_preview import printer_chosen
from radprev_desktop.gui.widgets import print_pdf


def _answer_with_a_file(target: Path, seen: dict[str, object]) -> None:
    """Choose Qt's file printer in the print dialog, name `target`, press Print; read the refusal."""

    def step() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QPrintDialog):
            printers = box.findChild(QComboBox, "printers")
            assert printers is not None
            index = next(i for i in range(printers.count()) if "PDF" in printers.itemText(i))
            printers.setCurrentIndex(index)
            name = box.findChild(QLineEdit, "filename")
            assert name is not None
            name.setText(str(target))
            seen["file printer"] = printers.itemText(index)
            box.accept()
        elif isinstance(box, QMessageBox):
            seen["refusal"] = box.text()
            box.accept()
            return
        QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def test_print_to_file_is_refused_and_writes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "report.pdf"
    seen: dict[str, object] = {}
    _answer_with_a_file(target, seen)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert printer_chosen(printer, parent, "Print report") is False
    assert seen["file printer"]
    assert "not be encrypted" in str(seen["refusal"])
    assert not target.exists()


def test_the_recovery_sheet_is_not_printed_to_a_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "sheet.pdf"
    seen: dict[str, object] = {}
    _answer_with_a_file(target, seen)
    # Any PDF will do: print_pdf must refuse before it reads it.
    assert print_pdf(parent, b"%PDF-1.4 not read", "Recovery sheet") is False
    assert "refusal" in seen
    assert not target.exists()
