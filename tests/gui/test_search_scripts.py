"""Search page in every offered language: a Cyrillic name typed in Latin is found, and a Latin
name typed in Cyrillic (Serbian or Macedonian letters), whatever language the screens speak."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from radprev_desktop.core.languages import OFFERED
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.pages.search import SearchPage
from tests.gui.test_search import observe


@pytest.fixture(params=OFFERED)
def language(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    i18n.install_language(request.param)
    yield request.param
    i18n.remove_translations()


def test_names_are_found_across_scripts_in_every_language(
    qtbot, language: str, officer: Session
) -> None:  # type: ignore[no-untyped-def]
    mk = subjects.create_subject(
        officer, prison_number="MK-1", family_name="Петровиќ", given_names="Ѓорѓи", unit="A"
    ).id
    rs = subjects.create_subject(
        officer, prison_number="RS-2", family_name="Đorđević", given_names="Milica", unit="A"
    ).id
    observe(officer, mk, "Asked for a second blanket")
    observe(officer, rs, "Asked for a second blanket")
    officer.justification = ("review", "")
    ctx = AppContext()
    ctx.session = officer
    page = SearchPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    cases = {
        "petrovic": mk,  # Latin, no diacritics: the Macedonian Cyrillic name
        "petroviq": mk,  # Albanian spelling
        "gjorgji": mk,  # Macedonian Latin
        "Петровић": mk,  # Serbian Cyrillic
        "Ѓорѓевиќ": rs,  # Macedonian Cyrillic: the Serbian Latin name
        "Ђорђевић": rs,
        "djordjevic": rs,
    }
    assert cases, "nothing to check"
    for query, expected in cases.items():
        page.query.setText(query)  # non-ASCII text cannot go through keyClicks (CONVENTIONS)
        page.run_search()
        assert page.model.rowCount() == 1, f"{language} {query!r}"
        assert page.model.row_at(0).subject_id == expected, f"{language} {query!r}"
