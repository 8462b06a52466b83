"""Framed blocks of free text (facts, the officer's assessment): a block split across pages
carries its label on every page, and its label never stands alone at the foot of a page;
nor does a section heading.

A reader of page 2 of an observation record must be told that the text there is the
officer's assessment and not the facts. Each PDF is read back with pypdf.
"""

from __future__ import annotations

import io

import pypdf
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from radprev_desktop.core.reports import typography
from radprev_desktop.core.reports.flowables import BOX_PADDING, Story, boxed, key_values
from radprev_desktop.core.reports.furniture import build_pdf, furniture_for
from radprev_desktop.core.reports.typography import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    make_styles,
    para,
)
from radprev_desktop.core.session import Session

LABEL = "Officer's assessment (interpretation, kept apart from the facts)"
WORD = "Interpretacja"


def _pages(room_left: float, words: int) -> list[str]:
    """A page filled but for `room_left` points, then a framed block of `words` words."""
    typography.register_fonts()
    styles = make_styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    frame_height = doc.height - 12  # the frame's own padding, 6 points top and bottom
    doc.build([Spacer(1, frame_height - room_left), boxed(LABEL, f"{WORD} " * words, styles)])
    return [" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(out).pages]


def _label_height() -> float:
    typography.register_fonts()
    styles = make_styles()
    return para(LABEL, styles.label).wrap(500, 1000)[1] + 2 * BOX_PADDING


def test_a_label_with_room_for_one_line_under_it_moves_to_the_next_page_with_its_text() -> None:
    line = make_styles().body.leading
    pages = _pages(_label_height() + 1.5 * line, 900)
    assert len(pages) >= 2
    assert LABEL not in pages[0] and WORD not in pages[0]
    assert pages[1].startswith(f"{LABEL} {WORD}")


def test_a_block_over_several_pages_says_on_each_what_it_is() -> None:
    pages = _pages(300, 2500)  # about three pages of the officer's assessment
    assert len(pages) >= 3
    with_text = [p for p in pages if WORD in p]
    assert with_text == pages  # nothing else on these pages
    assert all(p.startswith(LABEL) or LABEL in p for p in with_text)
    assert [p.count(LABEL) for p in pages] == [1] * len(pages)


def test_a_heading_never_ends_a_page_alone(officer: Session) -> None:
    """As in an access report: a heading, an observation's subheading, then its details."""
    furniture = furniture_for(officer, "Data-subject access report")
    story = Story(furniture)
    # Page 1 is full but for 50 mm: more than a heading's own rule (45 mm) asks, less
    # than the details below need.
    story.add(Spacer(1, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 50 * mm))
    story.heading("Observations (100)")
    story.subheading("Observation 1 of 100")
    story.add(key_values([(f"Field {n}", f"value {n}") for n in range(20)], story.styles))
    pdf, pages = build_pdf(furniture, story.items)
    text = [
        " ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]
    assert pages == len(text) == 2
    assert "Observations (100)" not in text[0]
    assert "Observations (100) Observation 1 of 100 Field 0 value 0" in text[1]
