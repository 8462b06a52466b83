"""Report headers: column headers keep their words whole, the page header the establishment."""

from __future__ import annotations

import io
import unicodedata

import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics

from radprev_desktop.core.reports.blank_checklist import blank_checklist
from radprev_desktop.core.reports.flowables import HEADER_MIN_SIZE, header_style
from radprev_desktop.core.reports.furniture import HEADER_MIN_SIZE as PAGE_HEADER_MIN
from radprev_desktop.core.reports.furniture import header_layout
from radprev_desktop.core.reports.typography import (
    CONTENT_WIDTH,
    FONT,
    make_styles,
    para,
    register_fonts,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates.sample import sample_data

LONG_NAME = (
    "Kazneno-popravni zavod za maloljetnike i mlađe punoljetne osobe Požega, Odjel za posebne mjere"
)


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def _lines(text: str, width: float, style) -> int:
    paragraph = para(text, style)
    paragraph.wrap(width - 6, 1000)
    return len(paragraph.blPara.lines)


def test_a_header_word_too_wide_for_its_column_is_shrunk_not_broken() -> None:
    bold = make_styles().cell_bold
    words = ("Wiarygodność", "Natychmiastowa", "Weryfikujący", "Поверливост")
    assert words
    for word in words:
        # a column where the word fits at 6.5 pt but not at the header's 8.5 pt
        width = pdfmetrics.stringWidth(word, bold.fontName, 6.5) + 6
        assert _lines(word, width, bold) > 1  # the plain style breaks the word
        style = header_style(word, width, bold)
        assert style.fontSize >= HEADER_MIN_SIZE
        assert _lines(word, width, style) == 1


def test_a_header_that_fits_keeps_the_style() -> None:
    bold = make_styles().cell_bold
    assert header_style("Unit", 80.0, bold) is bold


def test_page_header_keeps_a_long_establishment_name_whole() -> None:
    title = "Subject summary"
    size, est_room, title_room = header_layout(LONG_NAME, title)
    assert PAGE_HEADER_MIN <= size < 8
    assert est_room >= pdfmetrics.stringWidth(LONG_NAME, FONT, size)
    assert title_room >= pdfmetrics.stringWidth(title, FONT, size)
    assert header_layout("ZK Testowo", title)[0] == 8
    assert est_room + title_room <= CONTENT_WIDTH


def test_printed_page_header_shows_the_whole_name(officer: Session) -> None:
    with officer.transaction() as con:
        con.execute(
            "UPDATE establishments SET name = ? WHERE code = ?",
            (LONG_NAME, officer.establishment_code),
        )
    report = blank_checklist(officer, sample_data(), language="hr")
    first = pypdf.PdfReader(io.BytesIO(report.pdf)).pages[0].extract_text() or ""
    text = unicodedata.normalize("NFC", " ".join(first.split()))
    assert LONG_NAME in text
    assert "…" not in text.split("Odjel za posebne mjere")[0]
