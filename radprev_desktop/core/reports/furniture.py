"""Page furniture shared by every report: fonts, styles, marking, footer, watermark.

Every page carries the classification marking (top and bottom), the
establishment, the report title, who printed it and when (local time),
"Page X of Y" (a two-pass canvas: the total is known only at the end), the
document id (UUIDv7) and a light diagonal watermark with the printing user's
name, drawn under the content. Reports are built in memory (`io.BytesIO`);
nothing is written to disk here. Every page printed from a training vault
also carries TRAINING — NOT A REAL RECORD as its marking (top and bottom)
and as a second diagonal watermark, whatever the report (issue 17).

Text from the vault is untrusted for layout: it is escaped for ReportLab's
mini-markup, stripped of control characters and lone surrogates, and long
words are broken by the paragraph engine (`splitLongWords`); tables may split
a tall row across pages (`splitInRow`), so no text overflows or stops a build.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.i18n import Translator, report_translator, session_language
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.services import settings
from radprev_desktop.core.session import Session

FONT = "RadprevSans"
FONT_BOLD = "RadprevSans-Bold"
FONT_ITALIC = "RadprevSans-Oblique"
FONT_BOLD_ITALIC = "RadprevSans-BoldOblique"
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 24 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# Greys only: reports carry no risk colours.
INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.6, 0.6, 0.6)
SHADE = colors.Color(0.9, 0.9, 0.9)
WATERMARK = colors.Color(0.5, 0.5, 0.5, alpha=0.13)
TRAINING_WATERMARK = colors.Color(0.4, 0.4, 0.4, alpha=0.18)

NOT_A_RISK_ASSESSMENT = (
    "Observation record — not a risk assessment. Specialist assessment only by trained staff."
)
TRAINING_MARK = "TRAINING — NOT A REAL RECORD"


class ReportFontMissing(RadprevError):
    """The embedded report font is missing or unreadable: no PDF can be made."""


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
    tr: Translator
    training_mark: str = ""  # set on every page printed from a training vault


# --- fonts -------------------------------------------------------------------

_registered: dict[str, Path] = {}


def font_paths() -> dict[str, Path]:
    """Where the four font files are expected (from the shipped resources)."""
    return {name: resource_path("fonts", file) for name, file in FONT_FILES.items()}


def register_fonts() -> None:
    """Register the embedded Unicode font family, or raise ReportFontMissing.

    Checked on every report so that a font removed after start-up gives a
    clear message instead of a PDF with the wrong font.
    """
    paths = font_paths()
    for path in paths.values():
        if not path.is_file():
            raise ReportFontMissing(
                f"The report font {path.name} is missing from {path.parent}. "
                "Reinstall the application; no PDF was made."
            )
    for name, path in paths.items():
        if _registered.get(name) == path:
            continue
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (TTFError, OSError, ValueError) as exc:
            raise ReportFontMissing(
                f"The report font {path.name} cannot be read. Reinstall the application; "
                "no PDF was made."
            ) from exc
        _registered[name] = path
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


# --- styles ------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of every report (one font family, greys only)."""

    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle
    notice: ParagraphStyle
    mono: ParagraphStyle


def make_styles() -> Styles:
    """The shared paragraph styles."""
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
        splitLongWords=1,
        spaceAfter=3,
    )
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        label=ParagraphStyle(
            "label", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5, textColor=GREY
        ),
        notice=ParagraphStyle(
            "notice",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12.5,
            borderColor=RULE,
            borderWidth=0.8,
            borderPadding=5,
            spaceBefore=6,
            spaceAfter=10,
        ),
        mono=ParagraphStyle("mono", parent=base, fontName=FONT_BOLD, fontSize=15, leading=22),
    )


# --- text --------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(text: object) -> str:
    """Plain text fit for a PDF: no control characters or lone surrogates."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return _SURROGATE.sub("\ufffd", value)


def markup(text: object) -> str:
    """Vault text as paragraph markup: escaped, line breaks kept."""
    return escape(clean(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of untrusted text (escaped; long words are broken, never overflow)."""
    return Paragraph(markup(text), style)


def rich(template: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose markup is ours (labels, <b>); values must be `markup()`-ed."""
    return Paragraph(template, style)


def local_time(iso_utc: str | None, *, with_time: bool = True) -> str:
    """A stored UTC timestamp ('…Z') in the machine's local time, or '' when absent."""
    if not iso_utc:
        return ""
    try:
        moment = datetime.fromisoformat(str(iso_utc).replace("Z", "+00:00"))
    except ValueError:
        return clean(iso_utc)
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")
    local = moment.astimezone()
    return local.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def now_local() -> str:
    """The time of printing, local, with its UTC offset."""
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M (UTC%z)")


# --- document ---------------------------------------------------------------


def establishment_name(session: Session) -> str:
    """'Name (CODE)' of the establishment (the code alone when the name is empty)."""
    code, name = settings.establishment(session)
    return f"{name} ({code})" if name and name != code else code


def furniture_for(session: Session, title_source: str, language: str | None = None) -> Furniture:
    """The page furniture for a document printed now by the session's user.

    `title_source` is the English title; it is translated with the report labels.
    """
    register_fonts()
    tr = report_translator(session_language(session, language))
    user = session.user
    name = clean(user.display_name or user.username)
    printed_by = f"{name} ({clean(user.staff_code)})" if user.staff_code else name
    marking = clean(session.setting("classification_marking", "") or "")
    training_mark = tr(TRAINING_MARK) if session.training else ""
    if training_mark:
        # Practice carries no classification: only the training mark, whatever the setting.
        marking = training_mark
    return Furniture(
        title=tr(title_source),
        marking=marking,
        establishment=clean(establishment_name(session)),
        printed_by=printed_by,
        printed_at=now_local(),
        document_id=new_id(),
        watermark=name,
        tr=tr,
        training_mark=training_mark,
    )


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten `text` with an ellipsis until it fits `width` on one line."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 8))]
    return text + "…"


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
    canvas.setFont(FONT, 8)
    canvas.setFillColor(GREY)
    half = CONTENT_WIDTH / 2 - 4
    canvas.drawString(
        MARGIN_X, PAGE_HEIGHT - 16 * mm, _fit(canvas, furniture.establishment, FONT, 8, half)
    )
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 16 * mm, _fit(canvas, furniture.title, FONT, 8, half)
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
    tr = furniture.tr
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, 19 * mm, PAGE_WIDTH - MARGIN_X, 19 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    page_text = tr("Page %1 of %2", page, total)
    page_width = pdfmetrics.stringWidth(page_text, FONT, 7.5)
    left_width = CONTENT_WIDTH - page_width - 8
    canvas.drawString(
        MARGIN_X,
        15.5 * mm,
        _fit(
            canvas,
            tr("Printed by %1 at %2", furniture.printed_by, furniture.printed_at),
            FONT,
            7.5,
            left_width,
        ),
    )
    canvas.drawString(MARGIN_X, 12 * mm, tr("Document %1", furniture.document_id))
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
            "The report could not be laid out (an item is too large for a page). No PDF was made."
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


# --- building blocks ---------------------------------------------------------


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style in our font (a table's own default would add an unembedded Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def title_block(furniture: Furniture, styles: Styles, subtitle: str = "") -> list[Flowable]:
    """The document's title (and an optional subtitle line of our own markup)."""
    out: list[Flowable] = [rich(markup(furniture.title), styles.title)]
    if subtitle:
        out.append(rich(subtitle, styles.small))
    out.append(Spacer(1, 4))
    return out


ROW_SPLIT_CHARS = 2500


def _row_chars(row: Sequence[Flowable]) -> int:
    return sum(len(getattr(cell, "text", "") or "") for cell in row)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    styles: Styles,
    *,
    align_right: Sequence[int] = (),
) -> Table:
    """A table with a header row repeated on every page; cells wrap, rows may split.

    Cells that are already flowables are used as they are; anything else is
    treated as untrusted text.
    """
    head = [para(h, styles.cell_bold) for h in header]
    body = [[c if isinstance(c, Flowable) else para(c, styles.cell) for c in row] for row in rows]
    table = Table(
        [head, *body],
        colWidths=list(widths),
        repeatRows=1,
        # Splitting inside a row costs a third of the layout time; only a row that may
        # not fit on one page (thousands of characters) needs it.
        splitInRow=1 if any(_row_chars(row) > ROW_SPLIT_CHARS for row in body) else 0,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for col in align_right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    table.setStyle(table_style(commands))
    return table


def key_values(
    pairs: Sequence[tuple[str, object]], styles: Styles, *, label_width: float = 45 * mm
) -> Table:
    """A two-column block of label: value lines (values are untrusted text)."""
    rows = [
        [para(label, styles.label), v if isinstance(v, Flowable) else para(v, styles.cell)]
        for label, v in pairs
    ]
    table = Table(
        rows or [["", ""]],
        colWidths=[label_width, CONTENT_WIDTH - label_width],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def boxed(label: str, text: object, styles: Styles, *, empty: str = "") -> Flowable:
    """A labelled, framed block of free text (facts, assessment…), split across pages if long."""
    value = clean(text).strip()
    body: Flowable = para(value, styles.body) if value else para(empty, styles.small)
    table = Table(
        [[para(label, styles.label)], [body]],
        colWidths=[CONTENT_WIDTH],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    # A short block stays whole; a long one splits across pages rather than overflow.
    return KeepTogether([table]) if len(value) < 1500 else table


def notice(text: str, styles: Styles) -> Paragraph:
    """A framed notice line of our own text (e.g. 'not a risk assessment')."""
    return para(text, styles.notice)


def keep(*flowables: Flowable) -> KeepTogether:
    """Keep small blocks (a heading and its first lines) on one page."""
    return KeepTogether(list(flowables))


@dataclass
class Story:
    """A list of flowables being built, with the furniture's translator at hand."""

    furniture: Furniture
    styles: Styles = field(default_factory=make_styles)
    items: list[Flowable] = field(default_factory=list)

    @property
    def tr(self) -> Translator:
        return self.furniture.tr

    def add(self, *flowables: Flowable) -> None:
        self.items.extend(flowables)

    def heading(self, source: str, *args: object) -> None:
        # A heading never ends a page: start a new one when little room is left.
        self.items.append(CondPageBreak(45 * mm))
        self.items.append(para(self.tr(source, *args), self.styles.heading))

    def subheading(self, text: str) -> None:
        self.items.append(para(text, self.styles.subheading))

    def text(self, text: object, *, small: bool = False) -> None:
        self.items.append(para(text, self.styles.small if small else self.styles.body))

    def spacer(self, height: float = 6) -> None:
        self.items.append(Spacer(1, height))
