"""A prisoner's file review date is shown the language's way, as every other date.

Walked under Xvfb (session 13, sr-Cyrl and mk): the Prisoners list and the file's identity
box said "2027-04-02" beside "24.11.2026. 09:01" (the README says dates are shown the
language's way); the dashboard already did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from radprev_desktop.gui.pages.subjects import SubjectsPage
from tests.gui.page_on_screen import shown_page

SHOWN = {"sr_Cyrl": "02.04.2027.", "mk": "02.04.2027", "pl": "2027-04-02"}


@pytest.fixture(params=sorted(SHOWN))
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.remove_translations()


def test_the_review_date_in_the_list_and_the_file(  # type: ignore[no-untyped-def]
    qtbot, make_session: Callable[..., Session], language: str
) -> None:
    olga = make_session(Role.OFFICER, username="olga")
    subject = subjects.create_subject(
        olga, prison_number="PN-9", family_name="Berisha", given_names="Erion", unit="A"
    )
    subjects.update_subject(olga, subject.id, reason="review set", review_due="2027-04-02")
    olga.justification = ("review", "")
    listed = shown_page(qtbot, SubjectsPage, olga, (1000, 600))
    QApplication.processEvents()
    model = listed.model
    assert model.rowCount() == 1
    row = [str(model.index(0, c).data() or "") for c in range(model.columnCount())]
    assert SHOWN[language] in row, (language, row)
    file_page = shown_page(qtbot, SubjectDetailPage, olga, (1000, 700), refresh=False)
    assert file_page.open_subject(subject.id)
    assert file_page.identity["review_due"].text() == SHOWN[language]
