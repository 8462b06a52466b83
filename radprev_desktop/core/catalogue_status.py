"""Is a language complete? One answer for the tests, `scripts/catalogue.py check` and translators.

A language is complete when every part a user meets speaks it:

* the catalogue `resources/translations/radprev_<code>.ts` (screens, labels,
  reports, command line, error messages, safeguards wording) — nothing
  unfinished, plural forms right, placeholders kept, nothing left identical to
  English unless `same_as_english.json` allows it;
* the shipped sample checklist template — every title, item, help text,
  prompt, protective factor and non-indicator;
* the user guide `resources/guide/<code>/guide.html` — every section;
* a sensitive-term word list (core/safeguards.py) the language reads with.

Generated languages (Serbian Cyrillic, pseudo) are checked the same way: they
are complete when their source is and they were regenerated.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from radprev_desktop.core import languages, safeguards
from radprev_desktop.core.i18n import catalogue_path
from radprev_desktop.core.languages import Language
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.templates.model import has_language
from radprev_desktop.core.ts_file import problems as ts_problems

SAMPLE_TEMPLATE = ("templates", "frontline-observation-sample.json")
GUIDE_SECTIONS = (
    "start",
    "roles",
    "setup",
    "login",
    "lock",
    "dashboard",
    "subjects",
    "subject_detail",
    "observation",
    "checklist",
    "search",
    "review_queue",
    "reports",
    "sync",
    "admin",
    "audit",
    "keyboard",
    "glossary",
    "problems",
)


def same_as_english(code: str) -> frozenset[tuple[str, str]]:
    """(context, source) pairs allowed to read as in English in `code` (names, codes)."""
    path = resource_path("translations", "same_as_english.json")
    data: dict[str, list[list[str]]] = json.loads(path.read_text(encoding="utf-8"))
    shared = data.get("*", [])
    return frozenset((c, s) for c, s in [*shared, *data.get(code, [])])


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
    """The shipped sample template as JSON data."""
    data: dict[str, Any] = json.loads(resource_path(*SAMPLE_TEMPLATE).read_text(encoding="utf-8"))
    return data


def template_problems(language: Language, data: dict[str, Any] | None = None) -> list[str]:
    """Texts of the sample template the language cannot show (a derived one follows its source)."""
    data = data if data is not None else sample_template()
    texts = template_texts(data)
    missing = [f"template {path}" for path, text in texts if not has_language(text, language.code)]
    if not missing and language.derived_from is None and language.code != languages.SOURCE:
        tag = language.template_tags[0]
        if tag not in data.get("languages", []):
            missing.append(f"template: {tag} not listed in its languages")
    return missing


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
    """Whether the language has a sensitive-term word list."""
    try:
        safeguards.normalise_languages([language.safeguard_list])
    except ValueError:
        return [f"no sensitive-term list {language.safeguard_list} in core/safeguards.py"]
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
