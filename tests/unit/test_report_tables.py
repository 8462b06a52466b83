"""Report tables and notices line up: a column of counts is right-aligned, header included,
as data_table's `align_right` asks (a cell's Paragraph ignores the table's ALIGN, so it used
to stay left); a notice's frame stands on the content's edges, not 5 points into the margin.

Each is drawn into a PDF and read back with pypdf, with the position of what is drawn.
"""

from __future__ import annotations

import io

import pypdf
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import SimpleDocTemplate

from radprev_desktop.core.reports import typography
from radprev_desktop.core.reports.flowables import data_table, notice
from radprev_desktop.core.reports.typography import FONT, FONT_BOLD, make_styles

WIDTHS = (300.0, 120.0)


def _placed(pdf: bytes) -> dict[str, float]:
    """Each piece of text on the first page → the x where it starts (points)."""
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found[text.strip()] = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]

    pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


def _table_pdf(align_right: tuple[int, ...]) -> bytes:
    typography.register_fonts()
    styles = make_styles()
    out = io.BytesIO()
    table = data_table(
        ["Urgency", "Observations"],
        [["Routine", 12345], ["Immediate", 7]],
        WIDTHS,
        styles,
        align_right=align_right,
    )
    SimpleDocTemplate(out, leftMargin=50, rightMargin=50).build([table])
    return out.getvalue()


def test_counts_and_their_header_end_at_the_column_s_right_edge() -> None:
    at = _placed(_table_pdf((1,)))
    styles = make_styles()
    ends = {
        word: at[word] + pdfmetrics.stringWidth(word, font, size)
        for word, font, size in (
            ("12345", FONT, styles.cell.fontSize),
            ("7", FONT, styles.cell.fontSize),
            ("Observations", FONT_BOLD, styles.cell_bold.fontSize),
        )
    }
    assert at["12345"] < at["7"]  # the longer count starts further left
    assert max(ends.values()) - min(ends.values()) < 0.5, ends  # all end at one edge
    assert at["Routine"] == at["Immediate"] == at["Urgency"]  # the text column stays left


def test_without_align_right_the_column_stays_left() -> None:
    at = _placed(_table_pdf(()))
    assert at["12345"] == at["7"] == at["Observations"]


def test_a_notice_s_frame_lines_up_with_the_tables_never_standing_into_the_margin() -> None:
    typography.register_fonts()
    styles = make_styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, leftMargin=50, rightMargin=50)
    doc.build([notice("Observation record — not a risk assessment.", styles)])
    frames: list[tuple[float, float]] = []

    def visit(op: bytes, args: list[float], cm: list[float], tm: list[float]) -> None:
        if op == b"re":
            left = cm[0] * float(args[0]) + cm[4]
            frames.append((left, left + cm[0] * float(args[2])))

    page = pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[0]
    page.extract_text(visitor_operand_before=visit)
    inside = (doc.leftMargin + 6, doc.leftMargin + 6 + doc.width - 12)  # the frame's padding
    assert len(frames) == 1
    assert abs(frames[0][0] - inside[0]) < 0.5 and abs(frames[0][1] - inside[1]) < 0.5, frames
