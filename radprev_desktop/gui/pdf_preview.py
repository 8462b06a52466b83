"""In-app PDF preview and printing, from memory only.

The PDF bytes go into a QBuffer over a QByteArray and QPdfDocument reads them
from there; the buffer is kept referenced for the document's lifetime. Printing
renders each page to an image and paints it on a QPrinter chosen in
QPrintDialog, so no plaintext file is ever written. Saving a PDF is a separate,
explicit action (with a warning that the file is not encrypted) handled by the
page that owns the report, because it must be audited.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.gui.flow_layout import FlowLayout

PRINT_DPI = 300  # pages are rendered as images at this resolution for printing


class PdfMemoryDocument:
    """A QPdfDocument read from bytes in memory (no file), with its buffer kept alive."""

    def __init__(self) -> None:
        self.document = QPdfDocument()
        self._bytes: QByteArray | None = None
        self._buffer: QBuffer | None = None

    def load(self, pdf: bytes) -> int:
        """Load the PDF; returns the number of pages (raises ValueError if unreadable)."""
        self.close()
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer()
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.close()
            raise ValueError("The PDF could not be read.")
        return int(self.document.pageCount())

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount()) if self._buffer is not None else 0

    @property
    def loaded(self) -> bool:
        return self._buffer is not None

    def close(self) -> None:
        """Forget the document and its bytes."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = None
        self._bytes = None


def render_to_printer(document: QPdfDocument, printer: QPrinter, dpi: int = PRINT_DPI) -> int:
    """Paint every page of `document` onto `printer`; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    printed = 0
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(
                max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi))
            )
            image = document.render(index, size)
            if image.isNull():
                image = QImage(size, QImage.Format.Format_RGB32)
                image.fill(Qt.GlobalColor.white)
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            area = QRectF(0, 0, target.width(), target.height())
            scale = min(area.width() / size.width(), area.height() / size.height())
            width, height = size.width() * scale, size.height() * scale
            painter.drawImage(
                QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height),
                image,
            )
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreview(QWidget):
    """Shows a PDF held in memory; asks its owner to print or save it."""

    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PdfPreview")
        self.memory = PdfMemoryDocument()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.info = QLabel(self.tr("No report generated yet."))
        self.info.setObjectName("previewInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        bar_row = QWidget()
        bar = FlowLayout(bar_row)  # the buttons wrap on a narrow window
        self.zoom_out = QPushButton(self.tr("Zoom out"))
        self.zoom_out.setObjectName("zoomOut")
        self.zoom_out.setShortcut("Ctrl+-")
        self.zoom_in = QPushButton(self.tr("Zoom in"))
        self.zoom_in.setObjectName("zoomIn")
        self.zoom_in.setShortcut("Ctrl++")
        self.fit = QPushButton(self.tr("Fit width"))
        self.fit.setObjectName("fitWidth")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setShortcut("Ctrl+P")
        self.save_button = QPushButton(self.tr("Save as PDF (unencrypted)…"))
        self.save_button.setObjectName("saveButton")
        for button in (self.zoom_out, self.zoom_in, self.fit, self.print_button, self.save_button):
            button.setAccessibleName(button.text().replace("&", ""))
            bar.addWidget(button)
        layout.addWidget(bar_row)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitted to the width, the pages shrink when the scroll bar appears: at some sizes they
        # then fit, the bar goes, the pages grow and no longer fit, and so on for ever. The
        # application hung (a two-page report in Albanian at 1024×768 — walk12, session 12);
        # a bar always there (greyed when not needed) keeps the width still.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setDocument(self.memory.document)
        layout.addWidget(self.view, 1)
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for button in (self.zoom_out, self.zoom_in, self.fit, self.print_button, self.save_button):
            button.setEnabled(on)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def show_pdf(self, pdf: bytes, description: str = "") -> int:
        """Show a PDF from memory; returns its number of pages."""
        pages = self.memory.load(pdf)
        self.view.setDocument(self.memory.document)
        self.info.setText(description or self.tr("%n page(s)", "", pages))
        self._enable(True)
        return pages

    def clear(self) -> None:
        """Drop the document (called on lock): nothing of it stays in the widget."""
        self.memory.close()
        self.info.setText(self.tr("No report generated yet."))
        self._enable(False)

    def ask_printer(self) -> QPrinter | None:
        """The print dialog: the chosen printer, or None when the user cancelled."""
        if not self.memory.loaded:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not printer_chosen(printer, self, self.tr("Print report")):
            return None
        return printer

    def print_on(self, printer: QPrinter) -> int:
        """Render the shown document onto `printer` (pages as images); returns pages printed."""
        return render_to_printer(self.memory.document, printer)


def printer_chosen(printer: QPrinter, parent: QWidget | None, title: str) -> bool:
    """Qt's print dialog; False when cancelled or when a file was chosen, not a printer.

    Qt offers "Print to File (PDF)": that would write the report (or the recovery sheet)
    unencrypted, unaudited and without the warning Save as PDF gives, so it is refused.
    """
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if printer.outputFileName():
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "PdfPreview",
                "Printing to a file is not offered: the file would not be encrypted and its "
                'copy would not be recorded. Choose a printer, or use "Save as PDF '
                '(unencrypted)…" where the report offers it.',
            ),
        )
        return False
    return True
