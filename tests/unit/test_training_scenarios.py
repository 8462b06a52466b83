"""The scenario library: every file meets its schema in every language, and the library is balanced."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core.errors import NotFound, TrainingDataInvalid
from radprev_desktop.core.training import feedback, library, scenarios, wording
from radprev_desktop.core.training.scenarios import NonIndicator

FILES = sorted(library.scenarios_dir().glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    """The scenario as the library reads it: the English file with every language's file put in."""
    data: dict[str, Any] = json.loads(library.scenario_bytes(path))
    return data


def test_the_library_holds_at_least_24_scenarios_in_english_and_polish() -> None:
    lib = library.shipped_library()
    assert len(lib.scenarios) >= 24
    assert len(FILES) == len(lib.scenarios)
    for scenario in lib.scenarios:
        assert {"en", "pl"} <= set(scenario.languages), scenario.code


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_file_meets_the_schema_and_its_own_key_in_every_language(path: Path) -> None:
    data = _load(path)
    assert scenarios.schema_problems(data) == []
    assert scenarios.semantic_problems(data, library.sample_template()) == []
    scenario = library.check_scenario_bytes(library.scenario_bytes(path), path.name)
    assert data["languages"] and scenario.languages
    for tag in data["languages"]:
        # Every text of the file exists in each language it declares …
        single = {**data, "languages": [tag]}
        assert scenarios.language_problems(single) == []
    for language in scenario.languages:
        # … and the model observation, read in that language, passes its own key.
        result = feedback.review(scenario, feedback.model_answer(scenario, language), language)
        assert result.of(feedback.Outcome.IMPROVE) == ()
        assert result.done_well > 0


def test_a_text_missing_in_a_declared_language_is_named() -> None:
    data = _load(FILES[0])
    del data["vignette"]["pl"]
    problems = scenarios.language_problems(data)
    assert ("$.vignette", "has no text in the declared language pl") in problems
    with pytest.raises(TrainingDataInvalid, match="vignette"):
        library.check_scenario_bytes(json.dumps(data).encode(), "broken.json")


def test_schema_refuses_unknown_fields_and_values() -> None:
    data = _load(FILES[0])
    data["key"]["urgency"]["expected"] = "whenever"
    data["score"] = 7  # nothing in a scenario scores anybody
    where = {path for path, _ in scenarios.schema_problems(data)}
    assert "$" in where
    assert "$.key.urgency.expected" in where


def test_item_codes_must_exist_and_be_of_the_right_kind() -> None:
    data = _load(FILES[0])
    data["key"]["tempting"].append({"code": "A9.9", "why": {"en": "x", "pl": "x"}})
    data["key"]["context"].append({"code": "A4.2", "why": {"en": "x", "pl": "x"}})
    problems = dict(scenarios.code_problems(data, library.sample_template()))
    assert "not an item" in problems["$.key.tempting[2]"]
    assert "indicator item, not context" in problems["$.key.context[0]"]


def test_a_model_that_fails_its_own_key_is_refused() -> None:
    data = _load(FILES[0])
    data["model_observation"]["facts"]["en"] += " He is probably radical."
    with pytest.raises(TrainingDataInvalid, match="assessment_words_in_facts"):
        library.check_scenario_bytes(json.dumps(data).encode(), "s01.json")


def test_file_name_must_match_the_code(tmp_path: Path) -> None:
    (tmp_path / "s99-other-name.json").write_bytes(FILES[0].read_bytes())
    with pytest.raises(TrainingDataInvalid, match="named for another code"):
        library.load_library(tmp_path)


def test_lookup_by_full_or_short_code() -> None:
    lib = library.shipped_library()
    first = lib.scenarios[0]
    assert lib.get(first.code.lower()) is first
    assert lib.get(first.code.split("-")[0]) is first
    with pytest.raises(NotFound):
        lib.get("S99")


# --- what the library must teach ------------------------------------------------------------


def _all() -> tuple[scenarios.Scenario, ...]:
    return library.shipped_library().scenarios


def test_every_case_the_issue_lists_is_there() -> None:
    themes = Counter(s.theme for s in _all())
    for theme in (
        "religious_practice",
        "conversion",
        "lawful_complaint",
        "debt_or_gang",
        "protective_family",
        "recruitment_pressure",
        "threat",
    ):
        assert themes[theme] >= 1, theme
    assert themes["urgent_disclosure"] >= 2
    non_indicators = {n.kind for s in _all() for n in s.key.non_indicators}
    for kind in (
        NonIndicator.FASTING_OR_DIET,
        NonIndicator.RELIGIOUS_PRACTICE,
        NonIndicator.CONVERSION,
    ):
        assert kind in non_indicators
    assert any(s.key.urgency.value == "immediate" for s in _all())
    # A prisoner's tip is taught with the informant kept out of the facts.
    assert any(s.key.protect_names for s in _all())


def test_communities_faiths_and_languages_are_balanced() -> None:
    everything = _all()
    communities = Counter(s.community for s in everything)
    assert len(communities) >= 8
    assert max(communities.values()) <= len(everything) // 5
    for needed in (
        "albanian",
        "bosniak",
        "croat",
        "montenegrin",
        "macedonian",
        "serb",
        "polish",
        "roma",
    ):
        assert communities[needed] >= 2, needed
    assert len({s.people_language for s in everything}) >= 8
    # No community and no faith appears only where something is an indicator: each with
    # two or more scenarios also has one where nothing is.
    for field in ("community", "faith"):
        groups: dict[str, list[scenarios.Scenario]] = {}
        for s in everything:
            groups.setdefault(getattr(s, field), []).append(s)
        assert groups
        assert groups, "nothing to check"
        for name, members in groups.items():
            if len(members) >= 2:
                assert any(not s.key.indicators for s in members), f"{field} {name}"
    # Genuine indicators are spread over several faiths (violence is no one faith's).
    assert len({s.faith for s in everything if s.key.indicators}) >= 3


def test_the_template_lists_the_non_indicators_in_the_order_the_scenarios_use() -> None:
    template = library.sample_template()
    for language in ("en", "pl"):
        listed = template.non_indicators[language]
        assert len(listed) == len(NonIndicator)
    assert "Fasting" in scenarios.non_indicator_label(template, NonIndicator.FASTING_OR_DIET, "en")
    assert "Post" in scenarios.non_indicator_label(template, NonIndicator.FASTING_OR_DIET, "pl")


def test_every_scenario_language_has_word_lists() -> None:
    languages = {lang for s in _all() for lang in s.languages}
    assert languages
    assert languages <= set(wording.wording_languages())
    with pytest.raises(TrainingDataInvalid):
        wording.wording_for("xx")
