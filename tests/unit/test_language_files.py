"""Per-language files: every offered language has every text, and no shared file holds a translation.

The sample template, each training scenario, the training word lists and the
sensitive-term lists are English in one source file; each other language's
texts are in `<folder>/<code>/<same name>` (core/language_files.py). These
tests hold every offered language to having every item, check that files line
up with their source, and that merging puts a language in only when complete.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core import language_files, languages, safeguards
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.templates import sample
from radprev_desktop.core.templates.validation import validate_template
from radprev_desktop.core.training import library, wording

SOURCES = [sample.sample_source(), *sorted(library.scenarios_dir().glob("*.json"))]
WRITTEN = [
    lang.code
    for lang in language_files.overlay_languages()
    if lang.code in languages.OFFERED  # offered and written by people (not generated)
]
DECLARED = [lang.code for lang in language_files.overlay_languages()]


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_sources_and_languages_are_listed() -> None:
    assert len(SOURCES) >= 25
    assert {"pl", "sr_Latn"} <= set(WRITTEN)
    assert {"bs", "hr", "cnr", "sq", "mk"} <= set(DECLARED)


def _complete(source: Path, code: str) -> None:
    language = languages.BY_CODE[code]
    overlay = language_files.read_overlay(source, language)
    assert overlay is not None, language_files.overlay_path(source, language)
    assert language_files.overlay_problems(_load(source), overlay) == [], source.name


@pytest.mark.parametrize("code", WRITTEN)
def test_offered_language_has_every_text_of_the_sample_template(code: str) -> None:
    _complete(sample.sample_source(), code)
    merged, problems = language_files.merged(sample.sample_source())
    tag = languages.BY_CODE[code].template_tags[0]
    assert code not in problems and tag in merged["languages"]


def _trains(code: str) -> bool:
    """A language practises once it has training word lists: then every scenario must be there."""
    return language_files.overlay_path(
        resource_path(*wording.WORDING_FILE), languages.BY_CODE[code]
    ).is_file()


@pytest.mark.parametrize("code", [c for c in WRITTEN if _trains(c)])
def test_language_that_trains_has_every_scenario_and_word_list(code: str) -> None:
    for source in SOURCES[1:]:
        _complete(source, code)
    _, problems = wording.wording_data()
    assert code not in problems and code in wording.wording_languages()
    shipped = library.shipped_library()
    assert len(shipped.in_language(code)) == len(shipped.scenarios)


def test_polish_trains() -> None:
    assert _trains("pl")


@pytest.mark.parametrize("code", WRITTEN)
def test_offered_language_has_a_sensitive_term_list_of_its_own(code: str) -> None:
    assert code in safeguards.term_lists()
    english = _load(safeguards.terms_path("en"))
    own = _load(safeguards.terms_path(code))
    for category in safeguards.Category:
        assert own[category.value] and own[category.value] != english[category.value]


@pytest.mark.parametrize("code", DECLARED)
def test_every_language_file_lines_up_with_its_source(code: str) -> None:
    """A file being translated may miss texts, but never has keys, codes or lines the source lacks."""
    language = languages.BY_CODE[code]
    for source in SOURCES:
        overlay = language_files.read_overlay(source, language)
        if overlay is None:
            continue
        found = language_files.overlay_problems(_load(source), overlay)
        structural = [p for p in found if not p.endswith((": missing", ": still the English text"))]
        assert structural == [], language_files.overlay_path(source, language)


def test_shared_sources_hold_english_only() -> None:
    """A translation written into a shared file would collide with other translators' work."""
    for source in SOURCES:
        data = _load(source)
        found = list(language_files.texts(data))
        assert found, source.name
        assert all(set(text) == {"en"} for _, text in found), source.name
        assert data["languages"] == ["en"]
    assert list(_load(resource_path("training", "wording.json"))["languages"]) == ["en"]


def test_merge_and_extract_give_back_the_language_file() -> None:
    source = _load(sample.sample_source())
    polish = language_files.read_overlay(sample.sample_source(), languages.BY_CODE["pl"])
    merged = sample.sample_data()
    assert language_files.extract(merged, "pl") == polish
    template = validate_template(sample.sample_bytes())
    assert template.languages[:2] == ("en", "pl")
    assert language_files.strip(merged) == {**source, "languages": merged["languages"]}


def test_an_incomplete_or_misaligned_file_is_named_and_left_out(tmp_path: Path) -> None:
    source = sample.sample_source()
    copy_of = tmp_path / source.name
    copy_of.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    polish: dict[str, Any] = copy.deepcopy(
        language_files.read_overlay(source, languages.BY_CODE["pl"])
    )
    polish["domains"][1]["items"][0]["label"] = ""
    polish["domains"][0]["items"][1]["code"] = "A9.9"
    polish["non_indicators"] = polish["non_indicators"][:-1]
    polish["surprise"] = "x"
    target = copy_of.parent / "pl" / copy_of.name
    target.parent.mkdir()
    target.write_text(language_files.dumps(polish), encoding="utf-8")
    merged, problems = language_files.merged(copy_of)
    assert "pl" not in merged["languages"] and merged["languages"] == ["en"]
    assert "$.domains[1].items[0].label: missing" in problems["pl"]
    assert any(p.startswith("$.domains[0].items[1].code: 'A9.9'") for p in problems["pl"])
    assert any(p.startswith("$.non_indicators: ") and "lines" in p for p in problems["pl"])
    assert "$.surprise: not in the English source" in problems["pl"]
    assert problems["hr"] == [f"no file {copy_of.parent.name}/hr/{copy_of.name}"]


def test_english_left_in_a_language_file_counts_as_missing() -> None:
    source = _load(sample.sample_source())
    skeleton = language_files.extract(source, "hr", fill="en")
    found = language_files.overlay_problems(source, skeleton)
    assert found and all(p.endswith(": still the English text") for p in found)
    assert len(found) == len(list(language_files.texts(source)))
