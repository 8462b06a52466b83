"""The report preview, fitted to its width, never hangs the application.

walk12 (session 12, Xvfb 1024×768, Albanian, the central office's two-page establishment
report): the preview stayed white and the whole window froze. Fitted to the width, the pages
shrank when the scroll bar appeared, then fitted, the bar went, the pages grew, no longer
fitted, the bar came back — for ever, in Qt's posted events (seen with gdb). The preview is
walked over many sizes here; a scroll bar shown and hidden over and over is the loop.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from radprev_desktop.gui.pdf_preview import PdfPreview

#: More shows and hides of the scroll bar than one resize ever needs.
FLIPS = 50


def two_pages() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for number in (1, 2):
        pdf.drawString(100, 700, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


class FlipCounter(QObject):
    """Counts the scroll bar's shows and hides; stops a loop (so the test ends) and says so."""

    def __init__(self, preview: PdfPreview) -> None:
        super().__init__(preview)
        self.preview = preview
        self.flips = 0
        self.looped = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.flips += 1
            if self.flips > FLIPS and not self.looped:
                self.looped = True
                self.preview.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        return False


def test_the_fitted_preview_settles_at_every_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert preview.show_pdf(two_pages()) == 2
    counter = FlipCounter(preview)
    preview.view.verticalScrollBar().installEventFilter(counter)
    preview.show()
    qtbot.waitExposed(preview)
    sizes = [(w, h) for w in range(150, 330, 10) for h in range(560, 700, 10)]
    assert sizes
    for width, height in sizes:
        counter.flips = 0
        preview.resize(width, height)
        for _ in range(3):
            QApplication.processEvents()
        assert not counter.looped, ("the preview's scroll bar came and went", width, height)
