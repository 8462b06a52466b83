"""Is a language complete? One answer for the tests, `scripts/catalogue.py check` and translators.

A language is complete when every part a user meets speaks it:

* the catalogue `resources/translations/radprev_<code>.ts` (screens, labels,
  reports, command line, error messages, safeguards wording) — nothing
  unfinished, plural forms right, placeholders kept, nothing left identical to
  English unless `same_as_english.json` allows it;
* the shipped sample checklist template — every title, item, help text,
  prompt, protective factor and non-indicator
  (`resources/templates/<code>/frontline-observation-sample.json`);
* the user guide `resources/guide/<code>/guide.html` — every section;
* a sensitive-term word list (`resources/safeguards/<code>/sensitive-terms.json`).

Training (`training_problems`) is reported apart: every training scenario
(`resources/training/scenarios/<code>/*.json`) and the training word lists
(`resources/training/<code>/wording.json`).

Generated languages (Serbian Cyrillic, pseudo) are checked the same way: they
are complete when their source is and they were regenerated.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from radprev_desktop.core import languages, safeguards
from radprev_desktop.core.guide_sections import GUIDE_SECTIONS
from radprev_desktop.core.i18n import catalogue_path
from radprev_desktop.core.languages import Language
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.templates import sample
from radprev_desktop.core.templates.model import has_language
from radprev_desktop.core.training import wording
from radprev_desktop.core.training.library import merged_scenario, scenarios_dir
from radprev_desktop.core.ts_file import problems as ts_problems


def same_as_english(code: str) -> frozenset[tuple[str, str]]:
    """(context, source) pairs allowed to read as in English in `code` (names, codes).

    `same_as_english.json` holds those of every language ("*"), and
    `same_as_english_<code>.json` a language's own, a list of [context, source].
    """
    folder = resource_path("translations")
    shared: dict[str, list[list[str]]] = json.loads(
        (folder / "same_as_english.json").read_text(encoding="utf-8")
    )
    pairs = list(shared.get("*", []))
    own = folder / f"same_as_english_{code}.json"
    if own.is_file():
        pairs += json.loads(own.read_text(encoding="utf-8"))
    return frozenset((c, s) for c, s in pairs)


def catalogue_problems(language: Language) -> list[str]:
    """What the language's `.ts` catalogue lacks (English needs only its plural forms)."""
    if language.code == languages.SOURCE:
        return []
    path = catalogue_path(language.code)
    if not path.is_file():
        return [f"no catalogue {path.name}"]
    return ts_problems(path, language.plural_forms, same_as_english(language.code))


def template_texts(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every language-keyed text of a template with its JSON path ('domains[0].items[1].label')."""
    found: list[tuple[str, dict[str, Any]]] = []
    for key in (
        "title",
        "sample_notice",
        "description",
        "other_explanations_prompt",
        "context_prompt",
        "summary_prompt",
        "non_indicators",
    ):
        if isinstance(data.get(key), dict):
            found.append((key, data[key]))
    sections: list[tuple[str, dict[str, Any]]] = [
        (f"domains[{i}]", d) for i, d in enumerate(data.get("domains", []))
    ]
    if isinstance(data.get("protective_factors"), dict):
        sections.append(("protective_factors", data["protective_factors"]))
    for path, section in sections:
        for key in ("title", "help"):
            if isinstance(section.get(key), dict):
                found.append((f"{path}.{key}", section[key]))
        for index, item in enumerate(section.get("items", [])):
            for key in ("label", "help"):
                if isinstance(item.get(key), dict):
                    found.append((f"{path}.items[{index}].{key}", item[key]))
    return found


def sample_template() -> dict[str, Any]:
    """The shipped sample template as JSON data (every complete language put in)."""
    return sample.sample_data()


def _source_language(language: Language) -> Language:
    """Whose files a language is checked by (a generated one follows its source)."""
    return languages.BY_CODE[language.derived_from] if language.derived_from else language


def template_problems(language: Language, data: dict[str, Any] | None = None) -> list[str]:
    """Texts of the sample template the language cannot show (a derived one follows its source)."""
    if data is None:
        own = _source_language(language)
        if own.code == languages.SOURCE:
            return []
        found = sample.sample_problems().get(own.code, [])
        return [f"template {p}" for p in found]
    texts = template_texts(data)
    missing = [f"template {path}" for path, text in texts if not has_language(text, language.code)]
    if not missing and language.derived_from is None and language.code != languages.SOURCE:
        tag = language.template_tags[0]
        if tag not in data.get("languages", []):
            missing.append(f"template: {tag} not listed in its languages")
    return missing


def scenario_files() -> list[Path]:
    """The English source files of the shipped training scenarios."""
    return sorted(p for p in scenarios_dir().iterdir() if p.suffix == ".json")


def scenario_problems(language: Language) -> list[str]:
    """Texts of the training scenarios the language's files lack."""
    own = _source_language(language)
    if own.code == languages.SOURCE:
        return []
    found: list[str] = []
    for path in scenario_files():
        _, missing = merged_scenario(path)
        found += [f"scenario {path.stem} {p}" for p in missing.get(own.code, [])]
    return found


def wording_problems(language: Language) -> list[str]:
    """Whether the language has complete training word lists."""
    own = _source_language(language)
    if own.code == languages.SOURCE:
        return []
    _, missing = wording.wording_data()
    return [f"training word lists {p}" for p in missing.get(own.code, [])]


class _GuideIds(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)


def guide_path(code: str) -> Path:
    """The user guide of a language."""
    return resource_path("guide", code, "guide.html")


def guide_problems(language: Language) -> list[str]:
    """Whether the language's guide exists with every section."""
    path = guide_path(language.code)
    if not path.is_file():
        return [f"no user guide guide/{language.code}/guide.html"]
    parser = _GuideIds()
    parser.feed(path.read_text(encoding="utf-8"))
    return [f"guide section {s} missing" for s in GUIDE_SECTIONS if s not in parser.ids]


def safeguard_problems(language: Language) -> list[str]:
    """Whether the language has its own sensitive-term word list (a derived one its source's)."""
    own = _source_language(language)
    if own.code not in safeguards.term_lists():
        path = safeguards.terms_path(own.code).relative_to(resource_path())
        return [f"no sensitive-term list {path.as_posix()}"]
    return []


def problems(code: str) -> list[str]:
    """Everything that keeps `code` from being offered (empty: complete)."""
    language = languages.BY_CODE[code]
    return (
        catalogue_problems(language)
        + template_problems(language)
        + guide_problems(language)
        + safeguard_problems(language)
    )


def training_problems(code: str) -> list[str]:
    """What keeps `code`'s training exercises from being offered (scenarios, word lists).

    Not part of `problems`: a language can be offered for the screens while
    its training scenarios are still being written; the Training page then
    offers the scenarios written in it and says so for the others.
    """
    language = languages.BY_CODE[code]
    return scenario_problems(language) + wording_problems(language)
