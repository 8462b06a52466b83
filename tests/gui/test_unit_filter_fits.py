"""The Prisoners page's Unit filter at 150 % on a 1024×768 screen (683 logical pixels across)
in Serbian Cyrillic: its first choice ("Сва одељења", all units) was cut ("Сва одел…")."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from radprev_desktop.core.model import Role
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.pages.subjects import SubjectsPage
from tests.gui.page_on_screen import shown_page


@pytest.fixture
def cyrillic() -> Iterator[None]:
    i18n.install_language("sr-Cyrl")
    yield
    i18n.remove_translations()


def test_all_units_is_shown_whole_at_683_pixels(
    qtbot, cyrillic: None, make_session: Callable[..., Session]
) -> None:  # type: ignore[no-untyped-def]
    officer = make_session(Role.OFFICER, username="olga", units=["A"])
    officer.justification = ("review", "")
    page = shown_page(qtbot, SubjectsPage, officer, (683, 467))
    QApplication.processEvents()
    combo = page.unit
    text = combo.itemText(0)
    assert text.startswith("Сва"), text
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    assert combo.fontMetrics().horizontalAdvance(text) <= field.width(), (text, field.width())
    assert page.width() <= 683 and page.minimumSizeHint().width() <= 683
