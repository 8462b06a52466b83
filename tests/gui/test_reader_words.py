"""A record read by someone else is not worded as if they wrote it.

Walked under Xvfb (session 13, Polish, officer reading a colleague's observation in a
prisoner's file): the reading pane said "Twoja funkcja w tym czasie" (your duty at the time)
above the author's duty. The reading pane, the review queue and a version's text now say
"Officer's duty", as the printed record does; the editor keeps "Your duty" for the writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from radprev_desktop.core.model import Role, SourceType, Urgency
from radprev_desktop.core.services import observations, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.pages.review_queue import ReviewQueuePage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from tests.gui.page_on_screen import shown_page


@pytest.fixture(params=["en", "pl", "sq"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.remove_translations()


def _words() -> tuple[str, str]:
    """(the writer's words, the reader's words) in the installed language."""
    writer = QCoreApplication.translate("ObservationEditorPage", "Your duty at the time")
    reader = QCoreApplication.translate("reports", "Officer's duty")
    assert writer and reader and writer != reader
    return writer, reader


def test_a_colleague_and_a_supervisor_read_officers_duty(  # type: ignore[no-untyped-def]
    qtbot, make_session: Callable[..., Session], language: str
) -> None:
    piotr = make_session(Role.OFFICER, username="piotr")
    subject = subjects.create_subject(
        piotr, prison_number="PN-7", family_name="Krasniqi", given_names="Arta", unit="A"
    )
    data = observations.ObservationInput(
        subject_id=subject.id,
        facts="Passed a note at the library",
        assessment="Could be about a debt.",
        place="Library",
        officer_duty="Escort",
        source_type=SourceType.OWN_OBSERVATION,
        urgency=Urgency.ROUTINE,
        other_explanations_none=True,
    )
    observations.record(piotr, data, submit_now=True)
    writer, reader = _words()
    olga = make_session(Role.OFFICER, Role.SUPERVISOR, username="olga")
    olga.justification = ("review", "")
    file_page = shown_page(qtbot, SubjectDetailPage, olga, (1000, 700), refresh=False)
    assert file_page.open_subject(subject.id)
    file_page.timeline.selectRow(0)
    QApplication.processEvents()
    pane = file_page.reading.toPlainText()
    assert "Escort" in pane
    assert reader in pane and writer not in pane, (language, pane)
    queue = shown_page(qtbot, ReviewQueuePage, olga, (1000, 700))
    assert queue.model.rowCount() == 1
    queue.view.selectRow(0)
    QApplication.processEvents()
    read = queue.reading.toPlainText()
    assert "Escort" in read
    assert reader in read and writer not in read, (language, read)
