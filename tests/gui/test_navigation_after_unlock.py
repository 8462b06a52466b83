"""The navigation marks the page actually shown: a prisoner's file opened from Search marks
Search (where it was opened from), before a lock and after the unlock; it marked "Prisoners"
(the file's usual parent page), which was not where the user had been."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages import subject_detail
from radprev_desktop.gui.pages.search import SearchPage
from tests.conftest import PASSWORD
from tests.gui.test_search import observe


def _marked(window: MainWindow) -> str:
    return window.nav_keys[window.nav.currentRow()]


def test_a_file_opened_from_search_keeps_search_marked_across_a_lock(
    qtbot, make_session: Callable[..., Session], open_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    officer = make_session(Role.OFFICER, username="olga", units=["A"])
    person = subjects.create_subject(
        officer, prison_number="PL-5150", family_name="Zielinski", given_names="Adam", unit="A"
    )
    observe(officer, person.id, "Talked about the chapel rota.")

    def reason(session: Session, parent: object = None, *, ask_again: bool = False) -> object:
        session.justification = ("review", "file review")  # as typed in the reason dialog
        return session.justification

    monkeypatch.setattr(subject_detail, "ensure_justification", reason)
    officer.justification = ("review", "")
    window = open_window(officer)
    assert window.show_page("search")
    page = window.pages["search"]
    assert isinstance(page, SearchPage)
    page.query.setText("chapel")
    page.run_search()
    assert page.model.rowCount() == 1
    page._open_index(page.model.index(0, 0))  # a double click on the hit
    assert window.current_key() == "subject_detail"
    assert _marked(window) == "search"
    window.lock()
    assert window.locked
    window.unlock(PASSWORD)
    assert not window.locked
    assert window.current_key() == "subject_detail"
    assert "Zielinski" in window.pages["subject_detail"].title.text()
    assert _marked(window) == "search"
    window.go_back()  # Alt+Left: back to the search it was opened from
    assert window.current_key() == "search" and _marked(window) == "search"
