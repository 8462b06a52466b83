"""The look of every report: the embedded font, page geometry, greys, styles and safe text.

Text from the vault is untrusted for layout: it is escaped for ReportLab's
mini-markup, stripped of control characters and lone surrogates, and long
words are broken by the paragraph engine (`splitLongWords`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.platypus import Paragraph

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.i18n import Translator
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

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


class ReportFontMissing(RadprevError):
    """The embedded report font is missing or unreadable: no PDF can be made."""


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
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The report font %1 is missing from %2. Reinstall the application; no "
                    "PDF was made.",
                ),
                path.name,
                path.parent,
            )
    for name, path in paths.items():
        if _registered.get(name) == path:
            continue
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (TTFError, OSError, ValueError) as exc:
            raise ReportFontMissing(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The report font %1 cannot be read. Reinstall the application; no PDF "
                    "was made.",
                ),
                path.name,
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
            # The frame is drawn borderPadding outside the text: indented by as much, it
            # lines up with the tables and rules instead of standing 5 points into the margin.
            leftIndent=5,
            rightIndent=5,
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


def now_local(reports: Translator) -> str:
    """The time of printing, local, in the report's language, with its UTC offset."""
    moment = datetime.now().astimezone()
    return f"{reports.datetime(moment)} (UTC{moment.strftime('%z')})"
