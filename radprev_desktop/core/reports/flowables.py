"""Building blocks of report content: tables, labelled values, boxes, notices, a story.

Tables may split a tall row across pages (`splitInRow`), so no text overflows
or stops a build.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from radprev_desktop.core.i18n import Translator
from radprev_desktop.core.reports.furniture import Furniture
from radprev_desktop.core.reports.typography import (
    CONTENT_WIDTH,
    FONT,
    RULE,
    SHADE,
    Styles,
    clean,
    make_styles,
    markup,
    para,
    rich,
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


#: Smallest size a header is shrunk to so that none of its words is broken (points).
HEADER_MIN_SIZE = 5.5
CELL_PADDING = 6  # LEFTPADDING + RIGHTPADDING of data_table's cells


def header_style(text: str, width: float, style: ParagraphStyle) -> ParagraphStyle:
    """`style`, or a smaller copy of it, so the header's longest word fits its column whole.

    Column headers are single words often enough ("Wiarygodność", "Natychmiastowa") that
    breaking them inside the word reads as two words; a slightly smaller header is better.
    """
    room = width - CELL_PADDING
    longest = max(
        (pdfmetrics.stringWidth(w, style.fontName, style.fontSize) for w in text.split()),
        default=0.0,
    )
    if longest <= room or longest == 0:
        return style
    size = max(HEADER_MIN_SIZE, style.fontSize * room / longest * 0.98)
    return ParagraphStyle(
        f"{style.name}_{size:.2f}",
        parent=style,
        fontSize=size,
        leading=style.leading * size / style.fontSize,
    )


def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)


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
    # A cell's text is a Paragraph, which the table's ALIGN does not move: a column of
    # counts is right-aligned by its paragraphs' own style.
    right = set(align_right)
    cell = {False: styles.cell, True: _right_aligned(styles.cell)}
    head = [
        para(h, _right_aligned(style) if col in right else style)
        for col, (h, w) in enumerate(zip(header, widths, strict=False))
        for style in (header_style(str(h), w, styles.cell_bold),)
    ]
    body = [
        [c if isinstance(c, Flowable) else para(c, cell[col in right]) for col, c in enumerate(row)]
        for row in rows
    ]
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


#: Lines of a framed block's text that must fit under its label where the block starts.
BOX_FIRST_LINES = 3
BOX_PADDING = 7  # TOPPADDING + BOTTOMPADDING of a framed block's cells


class _Box(Table):
    """A framed block that starts on a page only where its label and a few lines fit."""

    def __init__(self, *args: Any, first: float = 0.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.first = first  # the label's row and BOX_FIRST_LINES lines of text (points)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Returning nothing moves the whole block to the next page (platypus' own rule).
        if availHeight < self.first:
            return []
        parts = list(super().split(availWidth, availHeight))
        for part in parts:  # the rest, made by Table.split as a _Box, keeps the rule
            if isinstance(part, _Box):
                part.first = self.first
        return parts


def boxed(label: str, text: object, styles: Styles, *, empty: str = "") -> Flowable:
    """A labelled, framed block of free text (facts, assessment…), split across pages if long.

    The label is repeated on every page the block continues on, and never split itself: a
    page that holds part of the officer's assessment always says it is the assessment, not
    the facts (a label left alone at the foot of a page used to head nothing).
    """
    value = clean(text).strip()
    body: Flowable = para(value, styles.body) if value else para(empty, styles.small)
    head = para(label, styles.label)
    inner = CONTENT_WIDTH - 10  # LEFTPADDING + RIGHTPADDING below
    label_height = head.wrap(inner, 10_000)[1] + BOX_PADDING
    table = _Box(
        [[head], [body]],
        colWidths=[CONTENT_WIDTH],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
        first=label_height + BOX_PADDING + BOX_FIRST_LINES * styles.body.leading,
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
    def reports(self) -> Translator:
        """The report's translator (context `reports`; call it as `reports.tr(…)`)."""
        return self.furniture.reports

    def add(self, *flowables: Flowable) -> None:
        if flowables:
            self._keep_heading_with(flowables[0])
        self.items.extend(flowables)

    def heading(self, text: str) -> None:
        """A section heading (already translated: `story.heading(reports.tr("…"))`)."""
        # A heading never ends a page: start a new one when little room is left.
        self.items.append(CondPageBreak(45 * mm))
        self.items.append(para(text, self.styles.heading))

    def _keep_heading_with(self, first: Flowable) -> None:
        """A heading followed by a block that is kept whole (a subheading and its lines, a
        KeepTogether) moves on with it: else, when the block moves to the next page, the
        heading is left alone at the foot of this one (the access report's "Observations
        (100)"). Before anything else (a table that may split) the 45 mm rule suffices."""
        last = self.items[-1] if self.items else None
        if (
            isinstance(last, Paragraph)
            and last.style is self.styles.heading
            and (isinstance(first, KeepTogether) or first.getKeepWithNext())
        ):
            last.keepWithNext = 1

    def subheading(self, text: str) -> None:
        self.add(para(text, self.styles.subheading))

    def text(self, text: object, *, small: bool = False) -> None:
        self.items.append(para(text, self.styles.small if small else self.styles.body))

    def spacer(self, height: float = 6) -> None:
        self.items.append(Spacer(1, height))
