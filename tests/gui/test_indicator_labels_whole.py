"""The observation editor's indicators: every label whole in its row, however long.

Walked under Xvfb (session 13, Polish at 1024×768, 150 %): the rows were one line tall and
the labels were cut ("A1.1 Przestaje uczestniczyć w pracy,…"), word wrap on or not: Qt
measures a tree's rows without a width. The rows are now as tall as the label wrapped.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from radprev_desktop.core.templates.sample import sample_data
from radprev_desktop.gui import i18n
from radprev_desktop.gui.indicator_picker import IndicatorPicker
from radprev_desktop.gui.texts.template_view import template_view


@pytest.fixture(params=["pl", "sq", "mk", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.remove_translations()


def _cut(picker: IndicatorPicker) -> list[str]:
    """The indicators whose label needs more lines than its row shows."""
    tree = picker.tree
    delegate = tree.itemDelegate()
    style = tree.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    items = tree.indicator_items()
    assert len(items) > 10
    cut = []
    for item in items:
        index = tree.indexFromItem(item, 0)
        option = QStyleOptionViewItem()
        tree.initViewItemOption(option)
        option.rect = tree.visualRect(index)
        delegate.initStyleOption(option, index)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
        bounds = QRect(0, 0, text_rect.width() - 2 * margin, 100_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        need = option.fontMetrics.boundingRect(bounds, flags, item.text(0)).height()
        if need > text_rect.height():
            cut.append(f"{item.text(0)[:30]}: {text_rect.height()} < {need}")
    return cut


@pytest.mark.parametrize("width", [440, 700])
def test_every_indicator_label_is_whole(qtbot, language: str, width: int) -> None:  # type: ignore[no-untyped-def]
    """440 px is the tree's width in the editor at 1024×768 with 150 %, 700 at 100 %."""
    picker = IndicatorPicker()
    qtbot.addWidget(picker)
    picker.load_template(template_view(sample_data(), language))
    picker.resize(width, 600)
    picker.show()
    qtbot.waitExposed(picker)
    QApplication.processEvents()
    assert _cut(picker) == [], language
