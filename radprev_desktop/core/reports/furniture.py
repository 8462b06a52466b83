"""Page furniture shared by every report: marking, footer, watermark, the document.

Every page carries the classification marking (top and bottom), the
establishment, the report title, who printed it and when (local time),
"Page X of Y" (a two-pass canvas: the total is known only at the end), the
document id (UUIDv7) and a light diagonal watermark with the printing user's
name, drawn under the content. Reports are built in memory (`io.BytesIO`);
nothing is written to disk here. Every page printed from a training vault
also carries TRAINING — NOT A REAL RECORD as its marking (top and bottom)
and as a second diagonal watermark, whatever the report (issue 17).

The font, styles and safe text are in typography.py; tables and other
building blocks of content in flowables.py.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)
from reportlab.platypus.doctemplate import LayoutError

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.folding import fold
from radprev_desktop.core.i18n import Translator, report_translator, session_language
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.typography import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    GREY,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TRAINING_WATERMARK,
    WATERMARK,
    clean,
    now_local,
    register_fonts,
)
from radprev_desktop.core.services import classification, settings
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

NOT_A_RISK_ASSESSMENT = QT_TRANSLATE_NOOP(
    "reports",
    "Observation record — not a risk assessment. Specialist assessment only by trained staff.",
)
TRAINING_MARK = QT_TRANSLATE_NOOP("reports", "TRAINING — NOT A REAL RECORD")


@dataclass(frozen=True)
class Report:
    """A finished PDF held in memory, with what the audit log needs to know of it."""

    pdf: bytes
    document_id: str
    kind: ReportKind
    title: str
    pages: int
    subject_id: str | None = None
    contains_personal_data: bool = True


def file_name(report: Report) -> str:
    """The file name a save suggests: the report's title in its own language, folded to
    plain ASCII words ("podsumowanie-osadzonego.pdf", Cyrillic transliterated), so any
    file system and any stick take it. Only the title: never a name or a prison number
    (the title holds none), nor anything else of the file."""
    words = re.findall(r"[a-z0-9]+", fold(report.title).encode("ascii", "ignore").decode())
    return "-".join(words)[:60].strip("-") + ".pdf" if words else f"{report.kind.value}.pdf"


@dataclass(frozen=True)
class Furniture:
    """What every page of one document shows besides its content."""

    title: str
    marking: str
    establishment: str
    printed_by: str
    printed_at: str
    document_id: str
    watermark: str
    reports: Translator
    training_mark: str = ""  # set on every page printed from a training vault


# --- document ---------------------------------------------------------------


def establishment_name(session: Session) -> str:
    """'Name (CODE)' of the establishment (the code alone when the name is empty).

    A training vault's name alone: its code is the fixed word TRAINING, which would
    read "Training (TRAINING)" in English and put an English word into every
    other language's header.
    """
    code, name = settings.establishment(session)
    if name and session.training:
        return name
    return f"{name} ({code})" if name and name.casefold() != code.casefold() else code


def furniture_for(
    session: Session,
    title_source: str,
    language: str | None = None,
    levels: Iterable[str] = (),
) -> Furniture:
    """The page furniture for a document printed now by the session's user.

    `title_source` is the English title, marked `QT_TRANSLATE_NOOP("reports", …)`.
    The language is `language`, else the user's or the workstation's (an unknown
    or incomplete one is refused before anything is drawn). `levels`: the
    classification of every record the document shows; each page carries the highest
    (services/classification.py).
    """
    register_fonts()
    reports = report_translator(session_language(session, language))
    user = session.user
    name = clean(user.display_name or user.username)
    printed_by = f"{name} ({clean(user.staff_code)})" if user.staff_code else name
    marking = clean(classification.marking(session, levels))
    training_mark = reports.text(TRAINING_MARK) if session.training else ""
    if training_mark:
        # Practice carries no classification: only the training mark, whatever the setting.
        marking = training_mark
    return Furniture(
        title=reports.text(title_source),
        marking=marking,
        establishment=clean(establishment_name(session)),
        printed_by=printed_by,
        printed_at=now_local(reports),
        document_id=new_id(),
        watermark=name,
        reports=reports,
        training_mark=training_mark,
    )


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten `text` with an ellipsis until it fits `width` on one line."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 8))]
    return text + "…"


HEADER_SIZE = 8.0
HEADER_MIN_SIZE = 6.0
HEADER_GAP = 8.0


def header_layout(establishment: str, title: str) -> tuple[float, float, float]:
    """(font size, room for the establishment, room for the title) of the page header.

    The establishment's name is printed whole: both texts share the line at 8 pt when
    they fit, at a smaller size (down to 6 pt) when they do not; only a name longer
    than 70 % of the line at 6 pt, or then the title, is shortened with an ellipsis.
    """

    def width(text: str, size: float) -> float:
        return pdfmetrics.stringWidth(text, FONT, size)

    size = HEADER_SIZE
    need = width(establishment, size) + width(title, size)
    if need + HEADER_GAP > CONTENT_WIDTH and need > 0:
        size = max(HEADER_MIN_SIZE, size * (CONTENT_WIDTH - HEADER_GAP) / need)
    most = CONTENT_WIDTH * 0.7
    if width(establishment, size) > most:
        size = max(HEADER_MIN_SIZE, size * most / width(establishment, size))
    est_room = min(width(establishment, size), most)
    return size, est_room, CONTENT_WIDTH - HEADER_GAP - est_room


def _draw_background(canvas: Canvas, furniture: Furniture) -> None:
    """Marking, header line and watermark: drawn first, under the page's content."""
    canvas.saveState()
    # Watermark: the printing user's name, light grey, diagonal.
    if furniture.watermark:
        canvas.saveState()
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(45)
        canvas.setFillColor(WATERMARK)
        size = 40.0
        width = pdfmetrics.stringWidth(furniture.watermark, FONT_BOLD, size)
        if width > PAGE_HEIGHT * 0.9:
            size = max(10.0, size * PAGE_HEIGHT * 0.9 / width)
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(
            0, -size / 3, _fit(canvas, furniture.watermark, FONT_BOLD, size, PAGE_HEIGHT)
        )
        canvas.restoreState()
    if furniture.training_mark:
        _draw_training_watermark(canvas, furniture.training_mark)
    canvas.setFillColor(INK)
    if furniture.marking:
        canvas.setFont(FONT_BOLD, 10)
        canvas.drawCentredString(
            PAGE_WIDTH / 2,
            PAGE_HEIGHT - 10 * mm,
            _fit(canvas, furniture.marking, FONT_BOLD, 10, CONTENT_WIDTH),
        )
    size, est_room, title_room = header_layout(furniture.establishment, furniture.title)
    canvas.setFont(FONT, size)
    canvas.setFillColor(GREY)
    canvas.drawString(
        MARGIN_X,
        PAGE_HEIGHT - 16 * mm,
        _fit(canvas, furniture.establishment, FONT, size, est_room),
    )
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X,
        PAGE_HEIGHT - 16 * mm,
        _fit(canvas, furniture.title, FONT, size, title_room),
    )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, PAGE_HEIGHT - 18 * mm, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 18 * mm)
    canvas.restoreState()


def _draw_training_watermark(canvas: Canvas, text: str) -> None:
    """The training mark across the page, above and below the name's watermark."""
    canvas.saveState()
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    canvas.setFillColor(TRAINING_WATERMARK)
    size = 30.0
    width = pdfmetrics.stringWidth(text, FONT_BOLD, size)
    if width > PAGE_HEIGHT * 0.6:
        size = max(10.0, size * PAGE_HEIGHT * 0.6 / width)
    canvas.setFont(FONT_BOLD, size)
    for offset in (-170.0, 170.0):
        canvas.drawCentredString(0, offset - size / 3, text)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, furniture: Furniture, page: int, total: int) -> None:
    """Printed by/at, document id, page X of Y and the marking again."""
    reports = furniture.reports
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, 19 * mm, PAGE_WIDTH - MARGIN_X, 19 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    page_text = reports.tr("Page %1 of %2", page, total)
    page_width = pdfmetrics.stringWidth(page_text, FONT, 7.5)
    left_width = CONTENT_WIDTH - page_width - 8
    canvas.drawString(
        MARGIN_X,
        15.5 * mm,
        _fit(
            canvas,
            reports.tr("Printed by %1 at %2", furniture.printed_by, furniture.printed_at),
            FONT,
            7.5,
            left_width,
        ),
    )
    canvas.drawString(MARGIN_X, 12 * mm, reports.tr("Document %1", furniture.document_id))
    canvas.setFillColor(INK)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, 15.5 * mm, page_text)
    if furniture.marking:
        canvas.setFont(FONT_BOLD, 10)
        canvas.drawCentredString(
            PAGE_WIDTH / 2, 6 * mm, _fit(canvas, furniture.marking, FONT_BOLD, 10, CONTENT_WIDTH)
        )
    canvas.restoreState()


def _numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A canvas class that writes 'Page X of Y' once the number of pages is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # No unused, unembedded Helvetica in the file: start with our own font.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, furniture, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class _Document(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, furniture: Furniture) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=furniture.title,
            author="",
            subject="",
            creator="radprev",
            producer="radprev",
            invariant=0,
            initialFontName=FONT,
            initialFontSize=9,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="content",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    id="page", frames=[frame], onPage=lambda c, _d: _draw_background(c, furniture)
                )
            ]
        )
        self.page_count = 0

    def afterPage(self) -> None:
        self.page_count = self.page


def build_pdf(furniture: Furniture, story: Sequence[Flowable]) -> tuple[bytes, int]:
    """Lay out `story` with the furniture; return the PDF bytes and number of pages."""
    buffer = io.BytesIO()
    doc = _Document(buffer, furniture)
    try:
        doc.build(list(story), canvasmaker=_numbered_canvas(furniture))
    except LayoutError as exc:
        raise RadprevError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The report could not be laid out (an item is too large for a page). "
                "No PDF was made.",
            )
        ) from exc
    return buffer.getvalue(), doc.page_count


def finish(
    furniture: Furniture,
    story: Sequence[Flowable],
    kind: ReportKind,
    *,
    subject_id: str | None = None,
    contains_personal_data: bool = True,
) -> Report:
    """Build the PDF and wrap it as a Report."""
    pdf, pages = build_pdf(furniture, story)
    return Report(
        pdf=pdf,
        document_id=furniture.document_id,
        kind=kind,
        title=furniture.title,
        pages=pages,
        subject_id=subject_id,
        contains_personal_data=contains_personal_data,
    )
