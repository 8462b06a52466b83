"""The review queue's decision panel at 1024×768: it may scroll down, never sideways.

Seen under Xvfb (soak9, Polish, a 1024×768 screen): the panel beside the observation
scrolled sideways; the comment's label, the grading's choices and the third row of
buttons ("Popraw…", "Zmień klauzulę…") were cut off at the right, and after *Accept*
the panel stayed scrolled to the right with the labels out of sight. The page-fit walk
(tests/gui/screen_fit.py) measures the page, not the scroll area inside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QComboBox

from radprev_desktop.core.model import Role, Urgency
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.review_queue import ReviewQueuePage
from tests.gui.test_review_queue import observe

#: The main window a window manager gives on a 1024×768 screen (seen: 1000×715).
WINDOW = (1000, 715)


@pytest.fixture(params=["pl", "sr_Cyrl", "mk", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


def _queue_on_screen(  # type: ignore[no-untyped-def]
    qtbot, make_session: Callable[..., Session], open_window
) -> ReviewQueuePage:
    """Stefan's review queue in a 1024×768 window, its first observation shown."""
    supervisor = make_session(Role.SUPERVISOR, username="stefan")
    supervisor.justification = ("supervision", "daily review")
    window: MainWindow = open_window(supervisor)
    window.resize(*WINDOW)
    assert window.show_page("review_queue")
    page = window.pages["review_queue"]
    assert isinstance(page, ReviewQueuePage)
    page.refresh()
    qtbot.waitUntil(lambda: page.current is not None)
    return page


def test_the_decision_panel_never_scrolls_sideways(  # type: ignore[no-untyped-def]
    qtbot, officer: Session, make_session: Callable[..., Session], open_window, language: str
) -> None:
    sid = subjects.create_subject(
        officer, prison_number="PL-501", family_name="Kowalski", given_names="Jan", unit="A"
    ).id
    observe(officer, sid, "Drew a symbol on the cell wall", Urgency.IMMEDIATE)
    observe(officer, sid, "Argued about the canteen list", Urgency.ROUTINE)
    page = _queue_on_screen(qtbot, make_session, open_window)
    for _ in range(2):  # the immediate one (its black banner), then a routine one
        QApplication.processEvents()
        area = page.decide_area
        room = area.viewport().width()
        need = area.widget().minimumSizeHint().width()
        assert need <= room, (language, need, room)
        assert area.horizontalScrollBar().maximum() == 0
        page.comment.setPlainText("Checked with the wing")
        assert page.accept()


def _whole_text_width(combo: QComboBox) -> int:
    """What Qt itself asks for to show `combo`'s current choice whole."""
    probe = QComboBox()
    probe.setFont(combo.font())
    probe.addItem(combo.currentText())
    probe.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return probe.sizeHint().width()


@pytest.mark.parametrize("code", ["en", "pl"])
def test_the_grading_choices_are_not_cut_at_1024(  # type: ignore[no-untyped-def]
    qtbot, officer: Session, make_session: Callable[..., Session], open_window, code: str
) -> None:
    """walk12 (session 12, Xvfb 1024×768): beside their labels the review's grading choices
    read "Suspected to be fal", "Lawful sharing pern"; under their labels they show whole."""
    i18n.install_language(code)
    sid = subjects.create_subject(
        officer, prison_number="PL-502", family_name="Nowak", given_names="Jan", unit="A"
    ).id
    observe(officer, sid, "Argued about the canteen list", Urgency.ROUTINE)
    page = _queue_on_screen(qtbot, make_session, open_window)
    grading = page.grading
    seen = []
    for combo, code_ in ((grading.information, "E"), (grading.handling, "C")):
        combo.setCurrentIndex(combo.findData(code_))  # the longest words of each
        QApplication.processEvents()
        # Where even the whole row is too narrow, the words are whole on hovering.
        assert combo.toolTip() == combo.currentText()
        seen.append((code_, combo.currentText(), combo.width(), _whole_text_width(combo)))
    assert seen
    for code_, text, width, whole in seen:
        if (code, code_) == ("pl", "C"):
            # "Dozwolone zgodne z prawem przekazywanie na warunkach (C)" needs 407 pixels,
            # more than half the page at 1024×768: left cut, whole in its tooltip.
            continue
        assert width >= whole, (code, text, width, whole)
    assert page.decide_area.horizontalScrollBar().maximum() == 0
    i18n.install_language("en")
