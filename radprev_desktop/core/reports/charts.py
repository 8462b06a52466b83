"""Charts on paper: plain grey bars with their values (unit summary, establishment report,
national overview). No colour suggests a level of risk.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

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


def _short(text: str, limit: int = 36) -> str:
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bar_chart(
    labels: Sequence[str], values: Sequence[int], *, horizontal: bool, title: str
) -> Drawing:
    """A plain grey bar chart with its values; no colours that suggest risk."""
    rows = max(1, len(values))
    height = (18 + rows * 14) if horizontal else 150
    drawing = Drawing(CONTENT_WIDTH, height + 24)
    chart: HorizontalBarChart | VerticalBarChart = (
        HorizontalBarChart() if horizontal else VerticalBarChart()
    )
    left = 175 if horizontal else 40
    chart.x = left
    chart.y = 14
    chart.width = CONTENT_WIDTH - left - 30
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
    chart.categoryAxis.categoryNames = [_short(x) for x in labels] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([*values, 1])
    step = _nice_step(top)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (int(top * 1.1 / step) + 1)
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        chart.categoryAxis.reverseDirection = 1
    drawing.add(chart)
    drawing.add(String(0, height + 12, clean(title), fontName=FONT, fontSize=9))
    return drawing
