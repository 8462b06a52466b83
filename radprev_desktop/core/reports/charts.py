"""Charts on paper: plain grey bars with their values (unit summary, establishment report,
national overview). No colour suggests a level of risk.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from radprev_desktop.core.reports.furniture import (
    CONTENT_WIDTH,
    FONT,
    clean,
)

BAR = colors.Color(0.55, 0.55, 0.55)


def _nice_step(top: int) -> int:
    """An axis step of 1, 2 or 5 × 10ⁿ giving about five grid lines."""
    raw = max(1.0, top / 5)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return int(factor * magnitude)
    return int(10 * magnitude)


LABEL_SIZE = 7
LABEL_LEADING = 8.5
LABEL_LINES = 2  # a category label wraps onto this many lines before it is shortened
ROW = 14  # a horizontal chart's row pitch for one-line labels (points)
#: A horizontal chart's room left of the axis: as wide as its widest label needs, within these.
LEFT_MIN, LEFT_MAX = 60, CONTENT_WIDTH * 0.5


def _width(text: str) -> float:
    return pdfmetrics.stringWidth(text, FONT, LABEL_SIZE)


def _ellipsis(text: str, room: float) -> str:
    """`text` cut at a word (or, for one long word, a letter) so that it and "…" fit `room`."""
    if _width(text) <= room:
        return text
    words = text.split(" ")
    while len(words) > 1 and _width(" ".join(words) + "…") > room:
        words.pop()
    text = " ".join(words)
    while text and _width(text + "…") > room:
        text = text[:-1]
    return text.rstrip(" ,;:–-") + "…"


def label_lines(text: str, room: float, lines: int = LABEL_LINES) -> list[str]:
    """A category label wrapped at spaces to `room` points, on at most `lines` lines.

    Only a label that does not fit on that many lines is shortened (with "…" on its
    last line): domain names such as "A1 Zmiany w codziennym funkcjonowaniu i
    zachowaniu" are printed whole, as in the table above the chart.
    """
    out: list[str] = []
    rest = clean(text).split()
    while rest and len(out) < lines:
        line = rest.pop(0)
        while rest and _width(f"{line} {rest[0]}") <= room:
            line = f"{line} {rest.pop(0)}"
        out.append(line)
    if rest:
        out[-1] = _ellipsis(" ".join([out[-1], *rest]), room)
    return [line if _width(line) <= room else _ellipsis(line, room) for line in out] or [""]


def bar_chart(
    labels: Sequence[str], values: Sequence[int], *, horizontal: bool, title: str
) -> Drawing:
    """A plain grey bar chart with its values; no colours that suggest risk."""
    rows = max(1, len(values))
    widest = max((_width(clean(x)) for x in labels), default=0.0)
    left = min(max(widest + 12, LEFT_MIN), LEFT_MAX) if horizontal else 40
    width = CONTENT_WIDTH - left - 30
    # Horizontal: the labels stand left of the axis; vertical: each under its own bar.
    room = left - 8 if horizontal else width / rows - 4
    names = [label_lines(x, room) for x in labels] or [[""]]
    deepest = max(len(n) for n in names)
    extra = (deepest - 1) * LABEL_LEADING
    pitch = ROW + extra if horizontal else 0
    height = (18 + rows * pitch) if horizontal else 150
    below = 14 + (0 if horizontal else extra)  # room under the axis for the labels
    drawing = Drawing(CONTENT_WIDTH, height + below + 10)
    # The drawing starts in our font: ReportLab's default state would add an unembedded
    # Helvetica to every page that holds a chart.
    drawing.initialFontName = FONT
    drawing.initialFontSize = LABEL_SIZE
    chart: HorizontalBarChart | VerticalBarChart = (
        HorizontalBarChart() if horizontal else VerticalBarChart()
    )
    chart.x = left
    chart.y = below
    chart.width = width
    chart.height = height - 10
    chart.data = [list(values) or [0]]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = colors.Color(0.3, 0.3, 0.3)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w" if horizontal else "s"
    chart.barLabels.dx = 3 if horizontal else 0
    chart.barLabels.dy = 0 if horizontal else 2
    chart.categoryAxis.categoryNames = ["\n".join(n) for n in names]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.leading = LABEL_LEADING
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([*values, 1])
    step = _nice_step(top)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (int(top * 1.1 / step) + 1)
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.textAnchor = "end"  # wrapped lines end at the axis
        chart.categoryAxis.labels.dx = -4
        chart.categoryAxis.reverseDirection = 1
    else:
        chart.categoryAxis.labels.textAnchor = "middle"
    drawing.add(chart)
    drawing.add(String(0, height + below - 2, clean(title), fontName=FONT, fontSize=9))
    return drawing
