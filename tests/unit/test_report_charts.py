"""Report charts: every category label printed whole (wrapped, never cut), inside the page.

The chart is drawn into a PDF and read back with pypdf, as a reader would see it.
"""

from __future__ import annotations

import io

import pypdf
from reportlab.graphics import renderPDF

from radprev_desktop.core.reports import typography
from radprev_desktop.core.reports.charts import LEFT_MAX, bar_chart, label_lines
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH
from radprev_desktop.core.reports.unit_summary import unit_summary
from radprev_desktop.core.session import Session

LONG = "A9 Zachowania wskazujące na bardzo długą nazwę obszaru z importowanego szablonu ośrodka"
#: A domain title from an imported template: too long for one line left of the axis.
WORDS = LONG.split()


def _text_and_bounds(labels: list[str], *, horizontal: bool) -> tuple[str, tuple[float, ...]]:
    typography.register_fonts()
    drawing = bar_chart(labels, [3] * len(labels), horizontal=horizontal, title="Chart")
    pdf = renderPDF.drawToString(drawing)
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    return " ".join((page.extract_text() or "").split()), drawing.getBounds()


def test_a_label_too_long_for_one_line_is_wrapped_whole_inside_the_drawing() -> None:
    text, (x0, _, x1, _) = _text_and_bounds([LONG, "A1 Krótka"], horizontal=True)
    assert LONG in text and "…" not in text
    assert x0 >= 0 and x1 <= CONTENT_WIDTH + 1  # nothing hangs into the page's margin
    assert len(label_lines(LONG, LEFT_MAX - 8)) == 2


def test_a_label_too_long_for_two_lines_is_shortened_at_a_word_with_an_ellipsis() -> None:
    label = " ".join([LONG, LONG, LONG])
    text, (x0, _, _, _) = _text_and_bounds([label], horizontal=True)
    assert "…" in text and x0 >= 0
    shown = text[text.index("A9") : text.index("…")].split()
    assert shown == label.split()[: len(shown)]  # whole words, in order, then "…"


def test_labels_under_vertical_bars_are_wrapped_to_their_bar() -> None:
    labels = ["Natychmiastowa (zagrożenie życia lub bezpośrednia szkoda)", "Zwykła", "Pilna"]
    text, (x0, _, x1, _) = _text_and_bounds(labels, horizontal=False)
    assert labels[0] in text and x0 >= 0 and x1 <= CONTENT_WIDTH + 1


def _fonts(pdf: bytes) -> set[tuple[str, bool]]:
    """Each font a page of `pdf` names: (its name, whether the file embeds it)."""
    return {
        (str(f["/BaseFont"]), "/FontDescriptor" in f and "/FontFile2" in f["/FontDescriptor"])
        for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
        for f in (ref.get_object() for ref in page["/Resources"]["/Font"].values())
    }


def test_a_report_with_charts_names_only_its_embedded_font(supervisor: Session) -> None:
    pdf = unit_summary(
        supervisor, date_from="2026-01-01", date_to="2026-01-31", justification="review"
    ).pdf
    fonts = _fonts(pdf)
    assert fonts and all("DejaVuSans" in name and embedded for name, embedded in fonts), fonts
