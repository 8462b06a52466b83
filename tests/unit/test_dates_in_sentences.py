"""A date that ends with a dot (Serbian "07.06.2026.") never ends a sentence with a second one."""

from __future__ import annotations

import re
from datetime import date

import pytest

from radprev_desktop.core import languages
from radprev_desktop.core.i18n import format_date, messages_of, translator
from radprev_desktop.core.text import PLACEHOLDER, Text, fill, named

DAY = date(2026, 6, 7)
#: Languages whose date format ends with a dot (the ordinal dot of the year).
DOTTED = [lang.code for lang in languages.LANGUAGES if lang.date.endswith(".")]


def test_the_dotted_languages_are_the_ones_that_write_a_dot_after_the_year() -> None:
    assert {"sr_Latn", "sr_Cyrl", "bs", "hr", "cnr"} <= set(DOTTED)
    assert format_date(languages.require("sr_Latn"), DAY) == "07.06.2026."
    assert format_date(languages.require("en"), DAY) == "2026-06-07"


def test_fill_lets_a_value_ending_with_a_dot_end_the_sentence() -> None:
    assert fill("Sačuvano %1.", ["07.06.2026."]) == "Sačuvano 07.06.2026."
    assert fill("Od %1 do %2.", ["01.06.2026.", "07.06.2026."]) == "Od 01.06.2026. do 07.06.2026."
    # Only the sentence's full stop goes: a dot inside a sentence, an ISO date, an ellipsis stay.
    assert fill("Od %1. nadalje", ["07.06.2026."]) == "Od 07.06.2026. nadalje"
    assert fill("Saved %1.", ["2026-06-07"]) == "Saved 2026-06-07."
    assert fill("Čeka se %1...", ["07.06.2026."]) == "Čeka se 07.06.2026...."
    assert fill("%1. %2.", ["A", "B"]) == "A. B."
    assert fill("%3.", ["A"]) == "%3."  # an unknown number stays as written


def test_a_core_message_with_a_date_in_serbian() -> None:
    reports = translator("sr_Latn", "reports")
    when = reports.date(DAY)
    message = Text("Saved %1.", when, context="reports")
    assert message.render(lambda _c, source: "Sačuvano %1.") == "Sačuvano 07.06.2026."
    assert str(message) == "Saved 07.06.2026."


@pytest.mark.parametrize("code", DOTTED)
def test_no_catalogue_sentence_ends_a_date_with_two_dots(code: str) -> None:
    """Every translation of every context, each placeholder given a date in the language's format."""
    spec = languages.require(code)
    when = format_date(spec, DAY)
    assert when.endswith(".")
    filled = 0
    messages = messages_of(code)
    assert messages
    forms_of = [value if isinstance(value, tuple) else (value,) for value in messages.values()]
    assert forms_of
    for forms in forms_of:
        assert forms
        for form in forms:
            if not PLACEHOLDER.search(form):
                continue
            text = fill(form, [when] * 9)
            assert not re.search(r"\d\.\.(?!\.)", text), (code, form)
            filled += 1
    assert filled > 100


def test_named_fields_follow_the_same_rule() -> None:
    assert named("Završeno. Sledeća provera: {date}. Brojevi…", date="30.12.2026.") == (
        "Završeno. Sledeća provera: 30.12.2026. Brojevi…"
    )
    assert named("Next review: {date}. The counts", date="2026-12-30") == (
        "Next review: 2026-12-30. The counts"
    )
    assert named("{missing}.", date="x") == "{missing}."
