"""The sensitive-term nudge (never a block) and the non-indicators banner."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from radprev_desktop.core import language_files, safeguards
from radprev_desktop.core.i18n import translator
from radprev_desktop.core.safeguards import Category, sensitive_matches, sensitive_terms
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.session import Session


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He prays five times a day and is a Muslim.", ["prays", "Muslim"]),
        ("Talked about the CHURCH and Catholics", ["CHURCH", "Catholics"]),
        ("Joined a far-right group; neo-nazi tattoo", ["far-right", "neo-nazi"]),
        (
            "Mówił o Żydach i Romach, nacjonalistyczne hasła",
            ["Żydach", "Romach", "nacjonalistyczne"],
        ),
        ("Osadzony modlił się w celi; nosi brodę", ["modlił", "brodę"]),
        ("Zydzi, muzulmanie", ["Zydzi", "muzulmanie"]),  # without diacritics too
        ("Он је муслиман и говори о Србима и политици", ["муслиман", "Србима", "политици"]),
        ("On je musliman i govori o Srbima i politici", ["musliman", "Srbima", "politici"]),
        ("Ai është mysliman, shqiptar dhe shkon në xhami", ["mysliman", "shqiptar", "xhami"]),
        ("Тој е муслиман, Албанец, зборува за партијата", ["муслиман", "Албанец", "партијата"]),
    ],
)
def test_finds_sensitive_words_in_every_language(text: str, expected: list[str]) -> None:
    assert sensitive_terms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Refused to go to work on Monday and shouted at officer Kowalski.",
        "Odmówił pracy w poniedziałek, krzyczał na funkcjonariusza.",
        "Komunikacja z rodziną przez telefon.",  # not "komunizm"
        "Odbio je da ide na posao i vikao na službenika.",
        "Refuzoi të shkojë në punë dhe bërtiti.",
        "Gave orders to three men at exercise, hiding items in the cell.",
        "",
    ],
)
def test_ordinary_behaviour_gets_no_nudge(text: str) -> None:
    assert sensitive_terms(text) == []


def test_language_choice_and_categories() -> None:
    text = "Mówił o partii i o meczecie"
    assert sensitive_terms(text, ("en",)) == []
    assert sensitive_terms(text, ("pl",)) == ["partii", "meczecie"]
    found = sensitive_matches(text, ("pl",))
    assert [(m.category, text[m.start : m.end]) for m in found] == [
        (Category.POLITICS, "partii"),
        (Category.RELIGION, "meczecie"),
    ]
    assert sensitive_terms("Hrvat", ["hr"]) == ["Hrvat"]  # alias of the Serbian list
    with pytest.raises(ValueError):
        sensitive_terms("x", ("de",))


def test_each_word_once_in_order() -> None:
    assert sensitive_terms("Muslim, muslim, Muslim and a church") == ["Muslim", "muslim", "church"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_fails_on_any_text(text: str) -> None:
    for m in sensitive_matches(text):
        assert text[m.start : m.end] == m.word


def test_banner_comes_from_the_active_template(officer: Session, admin: Session) -> None:
    banner = template_service.non_indicators(officer, "pl")
    words = translator("pl", "safeguards")  # the built-in list, as the catalogue translates it
    assert banner == [words.text(item) for item in safeguards.NON_INDICATORS]
    exported = json.loads(
        template_service.export_template_json(admin, template_service.SAMPLE_CODE, 2)
    )
    d = language_files.strip(exported, ("en", "pl"))  # a template in English and Polish only
    d["languages"] = ["en", "pl"]
    d["version"] = 3
    d["non_indicators"]["en"] = ["Prayer is never an indicator."]
    template_service.import_template(admin, json.dumps(d).encode())
    assert template_service.non_indicators(officer, "en") == ["Prayer is never an indicator."]
    # a language the template lacks reads its English
    assert template_service.non_indicators(officer, "sq")[0] == "Prayer is never an indicator."


def test_everyday_english_words_are_not_flagged() -> None:
    # "post" means fasting in Polish and Serbian; in English reports it is a duty post
    assert sensitive_terms("He left his post and went to the post room.") == []


@pytest.mark.parametrize(
    "text",
    [
        # institutions and the application's own words, read with every list at once (as
        # the observation editor does)
        "Жалбата ја испрати до Народниот правобранител; Народен правобранител ја прими.",
        "Господин Петровски рече дека имаме состанок; назив на установата.",
        "Pritužba pučkom pravobranitelju, objavljeno u Narodnim novinama; vjerojatno točno.",
        "Naziv ustanove: Narodna biblioteka; informacija je vjerovatno tačna i vjerodostojna.",
        "Imamo pritužbu; on vjeruje da će dobiti posjetu. Verovatno tačno.",
        "Pasqyra kombëtare; mori një libër nga biblioteka; punoi deri në perëndim të diellit.",
        "Ekipi kombëtar luajti; Avokati i Popullit e pranoi ankesën.",
        "Naciśnij przycisk; kanał naziemny; podał mu chusteczkę; brodawka na dłoni.",
        "Kotačić miša pomiče obrazac; u ćeliji je vidio miša.",  # miš (mouse), not misa (mass)
        "Koliko god pokušao, kad god ga pitaju, šuti.",  # the particle god, not English God
    ],
)
def test_institutions_and_ordinary_words_get_no_nudge(text: str) -> None:
    assert sensitive_terms(text) == []


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        ("Зборуваше за народот и за Црногорците", ["mk"], ["народот", "Црногорците"]),
        ("Имамот и оџата; верски книги", ["mk"], ["Имамот", "оџата", "верски"]),
        ("Govori o Crnogorcima i o srpskom narodu", ["cnr"], ["Crnogorcima", "srpskom", "narodu"]),
        ("Narodnost, vjera i vjerski obredi; imam džamije", ["bs"],
         ["Narodnost", "vjera", "vjerski", "imam", "džamije"]),
        ("Verski obredi; veronauka", ["sr_Latn"], ["Verski", "veronauka"]),
        ("Lexon Biblën; fliste për kombin dhe Perëndinë", ["sq"], ["Biblën", "kombin", "Perëndinë"]),
        ("Nosi chustę i brodę", ["pl"], ["chustę", "brodę"]),
        ("Naziści i nazizm", ["pl"], ["Naziści", "nazizm"]),
        ("Nacisti i nacizam", ["hr"], ["Nacisti", "nacizam"]),
        ("Poslije mise je otišao", ["hr"], ["mise"]),
        ("A nazi salute; nazis", ["en"], ["nazi", "nazis"]),
    ],
)  # fmt: skip
def test_genuine_terms_are_still_found(text: str, tags: list[str], expected: list[str]) -> None:
    assert sensitive_terms(text, tags) == expected
