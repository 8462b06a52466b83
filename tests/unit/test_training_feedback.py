"""The feedback engine on good and bad answers (tests/data/training) and on mistakes made to order."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core.i18n import translator
from radprev_desktop.core.model import SourceType, Urgency
from radprev_desktop.core.training import feedback, library, messages, wording
from radprev_desktop.core.training.feedback import Answer, Outcome, PointKind
from radprev_desktop.core.training.scenarios import Scenario

DATA = Path(__file__).resolve().parents[1] / "data" / "training"
ANSWER_FILES = sorted(DATA.glob("*.answers.json"))


def _cases() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in ANSWER_FILES:
        data = json.loads(path.read_text("utf-8"))
        for answer in data["answers"]:
            out.append((data["scenario"], answer))
    return out


CASES = _cases()


def test_every_scenario_has_a_good_answer_and_bad_answers() -> None:
    assert CASES
    by_scenario: dict[str, list[dict[str, Any]]] = {}
    for code, case in CASES:
        by_scenario.setdefault(code, []).append(case)
    assert set(by_scenario) == {s.code for s in library.shipped_library().scenarios}
    assert by_scenario, "nothing to check"
    for code, cases in by_scenario.items():
        assert any(not c["expect_improve"] for c in cases), code
        assert sum(1 for c in cases if c["expect_improve"]) >= 2, code
    assert {c["language"] for _, c in CASES} == {"en", "pl"}


@pytest.mark.parametrize(
    ("code", "case"),
    CASES,
    ids=[f"{code.split('-')[0]}:{case['name'][:40]}" for code, case in CASES],
)
def test_feedback_on_a_kept_answer(code: str, case: dict[str, Any]) -> None:
    scenario = library.shipped_library().get(code)
    result = feedback.review(scenario, Answer.from_json(case["answer"]), case["language"])
    got = sorted([p.kind.value, p.code] for p in result.of(Outcome.IMPROVE))
    assert got == sorted(case["expect_improve"])
    # Every point can be put into words, in the trainee's language.
    explained = messages.explain_all(result, scenario, library.sample_template(), case["language"])
    assert len(explained) == len(result.points)
    assert all(e.headline.strip() for e in explained)


# --- mistakes made to order, on every scenario in every language ----------------------------


def _every(language_filter: str | None = None) -> list[tuple[Scenario, str]]:
    pairs = [
        (s, lang)
        for s in library.shipped_library().scenarios
        for lang in s.languages
        if language_filter in (None, lang)
    ]
    assert pairs
    return pairs


PAIRS = _every()
IDS = [f"{s.code.split('-')[0]}-{lang}" for s, lang in PAIRS]
OPINION = {
    "en": "He is probably radical.",
    "pl": "Prawdopodobnie jest radykalny.",
    "sr_Latn": "Verovatno je radikalan.",
    "sr_Cyrl": "Вероватно је радикалан.",
    "hr": "Vjerojatno je radikalan.",
    "bs": "Vjerovatno je radikalan.",
    "cnr": "Vjerovatno je radikalan.",
    "mk": "Веројатно е радикален.",
    "sq": "Me gjasë është radikal.",
}


def _improve(scenario: Scenario, answer: Answer, language: str) -> set[tuple[PointKind, str]]:
    result = feedback.review(scenario, answer, language)
    return {(p.kind, p.code) for p in result.of(Outcome.IMPROVE)}


@pytest.mark.parametrize(("scenario", "language"), PAIRS, ids=IDS)
def test_made_to_order_mistakes_are_each_caught(scenario: Scenario, language: str) -> None:
    model = feedback.model_answer(scenario, language)
    assert _improve(scenario, model, language) == set()
    # Words of opinion in the facts (and none when only quoted).
    facts = dataclasses.replace(model, facts=f"{model.facts} {OPINION[language]}")
    assert (PointKind.ASSESSMENT_WORDS_IN_FACTS, "") in _improve(scenario, facts, language)
    quoted = dataclasses.replace(model, facts=f"{model.facts} \u201c{OPINION[language]}\u201d")
    assert (PointKind.ASSESSMENT_WORDS_IN_FACTS, "") not in _improve(scenario, quoted, language)
    # An expected item left out.
    for code in {i.code for i in scenario.key.indicators}:
        fewer = dataclasses.replace(
            model, indicators=tuple(i for i in model.indicators if i[0] != code)
        )
        assert (PointKind.INDICATOR_MISSED, code) in _improve(scenario, fewer, language)
    # A tempting item ticked: wrong, or ticked on the strength of a non-indicator.
    for tempting in scenario.key.tempting:
        more = dataclasses.replace(
            model, indicators=(*model.indicators, (tempting.code, "seen on duty"))
        )
        kind = (
            PointKind.NON_INDICATOR_TICKED if tempting.non_indicator else PointKind.INDICATOR_WRONG
        )
        assert (kind, tempting.code) in _improve(scenario, more, language)
    # Urgency one step off either way.
    order = [Urgency.IMMEDIATE, Urgency.PRIORITY, Urgency.ROUTINE]
    place = order.index(scenario.key.urgency)
    if place > 0:
        higher = dataclasses.replace(model, urgency=order[place - 1])
        assert (PointKind.URGENCY_TOO_HIGH, "") in _improve(scenario, higher, language)
    if place < 2:
        lower = dataclasses.replace(model, urgency=order[place + 1])
        assert (PointKind.URGENCY_TOO_LOW, "") in _improve(scenario, lower, language)
    # Grading outside what the key accepts.
    wrong_source = next(g for g in ("1", "2", "3") if g not in scenario.key.sources)
    graded = dataclasses.replace(model, source_grade=wrong_source, information_grade="E")
    found = _improve(scenario, graded, language)
    assert (PointKind.SOURCE_GRADE_DIFFERS, "") in found
    assert (PointKind.INFORMATION_GRADE_DIFFERS, "") in found
    # No other explanation weighed; no protective factor recorded.
    bare = dataclasses.replace(model, assessment="", protective_factors=())
    found = _improve(scenario, bare, language)
    assert (PointKind.ALTERNATIVES_MISSING, "") in found
    for item in scenario.key.protective_factors:
        assert (PointKind.PROTECTIVE_MISSED, item.code) in found


@pytest.mark.parametrize(("scenario", "language"), PAIRS, ids=IDS)
def test_the_feedback_never_scores_the_prisoner(scenario: Scenario, language: str) -> None:
    """Points are about the answer; no point carries a number or a level for the person."""
    result = feedback.review(scenario, feedback.model_answer(scenario, language), language)
    assert result.points
    for point in result.points:
        assert point.kind in PointKind
        assert not any(word in json.dumps(point.to_json()) for word in ("score", "risk", "level"))


def test_informant_named_in_any_printed_field_is_caught() -> None:
    scenario = next(s for s in library.shipped_library().scenarios if s.key.protect_names)
    model = feedback.model_answer(scenario, "pl")
    name = scenario.key.protect_names[0]
    # An inflected form (Polish genitive) of the surname is caught too.
    told = dataclasses.replace(model, assessment=f"{model.assessment} Relacja {name}ego.")
    found = feedback.review(scenario, told, "pl").of(Outcome.IMPROVE)
    assert any(p.kind is PointKind.INFORMANT_NAMED for p in found)
    assert model.source_identity and name in model.source_identity  # the right place for it
    told_as_own = dataclasses.replace(
        model, source_type=SourceType.OWN_OBSERVATION, source_identity=""
    )
    kinds = {p.kind for p in feedback.review(scenario, told_as_own, "pl").points}
    assert {PointKind.SOURCE_TYPE_DIFFERS, PointKind.SOURCE_IDENTITY_EMPTY} <= kinds


def test_another_grading_scale_is_not_compared() -> None:
    scenario = library.shipped_library().scenarios[0]
    model = dataclasses.replace(
        feedback.model_answer(scenario, "en"), preset="6x6", source_grade="B"
    )
    result = feedback.review(scenario, model, "en")
    assert (PointKind.GRADING_NOT_COMPARED, "") in result.kinds()
    assert result.of(Outcome.IMPROVE) == ()


def test_protective_factors_are_read_by_code_or_by_their_words() -> None:
    words = wording.wording_for("en")
    assert feedback.recorded_factor_codes(("P3 — chaplain",), words) >= {"P3"}
    assert feedback.recorded_factor_codes(("his mother visits every week",), words) >= {"P1"}
    assert feedback.recorded_factor_codes(("none observed",), words) == set()


def test_quotes_of_every_kind_are_left_aside() -> None:
    words = wording.wording_for("pl")
    assert words.assessment_words_in("Powiedział: „chyba jestem radykalny”.") == []
    assert words.assessment_words_in("Chyba był zły.") == ["Chyba"]
    en = wording.wording_for("en")
    assert en.assessment_words_in('He said "I am probably mad" and left.') == []
    assert en.assessment_words_in("He appears to be a fanatic.") == ["appears to", "fanatic"]


def test_answers_round_trip_through_their_snapshot() -> None:
    scenario = library.shipped_library().scenarios[0]
    model = feedback.model_answer(scenario, "en")
    again = Answer.from_json(json.loads(json.dumps(model.to_json())))
    assert (
        feedback.review(scenario, again, "en").kinds()
        == feedback.review(scenario, model, "en").kinds()
    )
    result = feedback.review(scenario, model, "en")
    assert feedback.Feedback.from_json(result.to_json()) == result


def test_every_feedback_sentence_has_a_polish_translation() -> None:
    catalogue = translator("pl")
    assert messages.ALL_SOURCES
    missing = [s for s in messages.ALL_SOURCES if not catalogue.has(s.context, s)]
    assert missing == []
    assert set(messages.HEADLINES) == set(PointKind)


def test_serbian_lists_catch_inflected_opinion_words_and_leave_ordinary_ones() -> None:
    """Stems catch inflected forms in either script; near-miss ordinary words of a report pass."""
    latin = wording.wording_for("sr_Latn")
    opinion = (
        "Deluje kao fanatik, očigledno je radikalizovan i po mom mišljenju opasniji od ostalih."
    )
    assert latin.assessment_words_in(opinion) == [
        "Deluje kao",
        "fanatik",
        "očigledno",
        "radikalizovan",
        "po mom mišljenju",
        "opasniji",
    ]
    cyrillic = wording.wording_for("sr_Cyrl")
    assert cyrillic.assessment_words_in("Вероватно је екстремиста.") == ["Вероватно", "екстремиста"]
    plain = (
        "Radio je u radionici i verovao da će dobiti posetu. Opasač mu je vraćen, sigurnosno "
        "svetlo je upaljeno, lek deluje, a prijavio je sumnju u raspored. Mislimo na smenu."
    )
    assert latin.assessment_words_in(plain) == []
    # Quoted speech is what someone said, not the trainee's opinion (Serbian quotation marks).
    assert latin.assessment_words_in("Rekao je: „Verovatno sam radikalan.“") == []


@pytest.mark.parametrize(("language", "quoted"), [("en", "“radical”"), ("sr_Latn", "„radikalan“")])
def test_words_of_the_answer_are_quoted_as_the_language_quotes(language: str, quoted: str) -> None:
    scenario = library.shipped_library().scenarios[0]
    model = feedback.model_answer(scenario, language)
    word = quoted[1:-1]
    answer = dataclasses.replace(model, facts=f"{model.facts} On je {word}.")
    result = feedback.review(scenario, answer, language)
    explained = messages.explain_all(result, scenario, library.sample_template(), language)
    headlines = [e.headline for e in explained if quoted in e.headline]
    assert len(headlines) == 1, [e.headline for e in explained]


def test_albanian_lists_catch_inflected_opinion_words_and_leave_ordinary_ones() -> None:
    """Stems take Albanian's definite and case endings; ordinary words of a report pass."""
    words = wording.wording_for("sq")
    opinion = (
        "Duket si fanatik, është i radikalizuar dhe sipas mendimit tim më i rrezikshëm se "
        "të tjerët; me siguri ekstremistët e kanë bindur. Terroristët e dyshimtë."
    )
    assert words.assessment_words_in(opinion) == [
        "Duket",
        "fanatik",
        "radikalizuar",
        "sipas mendimit tim",
        "rrezikshëm",
        "me siguri",
        "ekstremistët",
        "Terroristët",
        "dyshimtë",
    ]
    # Without diacritics, as officers often type.
    assert words.assessment_words_in("Eshte e qarte se eshte i rrezikshem.") == [
        "Eshte e qarte",
        "e qarte se",
        "rrezikshem",
    ]
    plain = (
        "Kërkesa duhet të jetë me shkrim. Ai beson se do ta vizitojë nëna; u paraqit në "
        "rrezik të lëndohej dhe u dyshua për një borxh. Besimi i tij nuk u përmend. "
        "Fliste qartë dhe me rregull."
    )
    assert words.assessment_words_in(plain) == []
    # Quoted speech is what someone said, not the trainee's opinion.
    assert words.assessment_words_in("Tha: „Ndoshta jam radikal, duket.“") == []
