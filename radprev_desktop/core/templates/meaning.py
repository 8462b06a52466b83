"""What a template's content means: declared languages, item codes, words about identity.

Run after the schema check (`template_schema.py`): every text in every declared
language, codes unique and in their domain, and no item describing religion,
ethnicity or nationality as such.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from radprev_desktop.core import safeguards
from radprev_desktop.core.templates import proxies
from radprev_desktop.core.templates.model import ItemKind
from radprev_desktop.core.templates.template_schema import (
    IDENTITY_CATEGORIES,
    Problem,
    json_path,
    schema,
    short_text,
)
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.text import Text as Message

#: Help texts may name religious practice as an innocent explanation, never origin.
HELP_CATEGORIES = frozenset({safeguards.Category.ETHNICITY})


def _texts(data: Any, path: list[Any]) -> Iterator[tuple[list[Any], dict[str, Any]]]:
    """Every language-keyed text object at a known place (defensive: skips wrong shapes)."""
    if not isinstance(data, dict):
        return
    for key in ("title", "sample_notice", "description", "other_explanations_prompt"):
        if isinstance(data.get(key), dict):
            yield [*path, key], data[key]
    for key in ("context_prompt", "summary_prompt"):
        if isinstance(data.get(key), dict):
            yield [*path, key], data[key]
    for d_index, domain in _domains(data):
        yield from _section_texts(domain, ["domains", d_index])
    protective = data.get("protective_factors")
    if isinstance(protective, dict):
        yield from _section_texts(protective, ["protective_factors"])


def _section_texts(
    section: dict[str, Any], path: list[Any]
) -> Iterator[tuple[list[Any], dict[str, Any]]]:
    for key in ("title", "help"):
        if isinstance(section.get(key), dict):
            yield [*path, key], section[key]
    for i_index, item in _items(section):
        for key in ("label", "help"):
            if isinstance(item.get(key), dict):
                yield [*path, "items", i_index, key], item[key]


def _domains(data: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    domains = data.get("domains")
    if isinstance(domains, list):
        for index, domain in enumerate(domains):
            if isinstance(domain, dict):
                yield index, domain


def _items(section: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    items = section.get("items")
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, dict):
                yield index, item


def _declared_languages(data: dict[str, Any]) -> list[str]:
    languages = data.get("languages")
    if not isinstance(languages, list):
        return []
    known = known_languages()
    return [lang for lang in languages if isinstance(lang, str) and lang in known]


def known_languages() -> tuple[str, ...]:
    """Language tags a template may use (the schema's list)."""
    return tuple(schema()["$defs"]["language"]["enum"])


def _language_problems(data: dict[str, Any]) -> list[Problem]:
    """Every text in every declared language, and no text in an undeclared one."""
    declared = _declared_languages(data)
    if not declared:
        return []
    problems: list[Problem] = []
    objects = list(_texts(data, []))
    non_indicators = data.get("non_indicators")
    if isinstance(non_indicators, dict):
        objects.append((["non_indicators"], non_indicators))
    for path, text in objects:
        for lang in declared:
            if lang not in text:
                problems.append(
                    (
                        json_path([*path, lang]),
                        Message(QT_TRANSLATE_NOOP("errors", "missing text in a declared language")),
                    )
                )
        for lang in text:
            if lang not in declared and lang in known_languages():
                problems.append(
                    (
                        json_path([*path, lang]),
                        Message(QT_TRANSLATE_NOOP("errors", "language not listed in $.languages")),
                    )
                )
    return problems


def _code_problems(data: dict[str, Any]) -> list[Problem]:
    """Unique codes; items under their domain's code and of the domain's kind."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}

    def note(code: Any, path: list[Any]) -> None:
        if not isinstance(code, str):
            return
        where = json_path(path)
        if code in seen:
            problems.append(
                (
                    where,
                    Message(
                        QT_TRANSLATE_NOOP("errors", "code %1 is already used at %2"),
                        short_text(code),
                        seen[code],
                    ),
                )
            )
        else:
            seen[code] = where

    indicator_domains = 0
    for d_index, domain in _domains(data):
        d_code = domain.get("code")
        d_kind = domain.get("kind")
        note(d_code, ["domains", d_index, "code"])
        if d_kind == ItemKind.INDICATOR.value:
            indicator_domains += 1
        for i_index, item in _items(domain):
            code = item.get("code")
            path = ["domains", d_index, "items", i_index]
            note(code, [*path, "code"])
            problems += _item_placement(code, item.get("kind"), d_code, d_kind, path)
    protective = data.get("protective_factors")
    if isinstance(protective, dict):
        for i_index, item in _items(protective):
            note(item.get("code"), ["protective_factors", "items", i_index, "code"])
    if isinstance(data.get("domains"), list) and data["domains"] and not indicator_domains:
        problems.append(
            (
                "$.domains",
                Message(
                    QT_TRANSLATE_NOOP("errors", "at least one domain must be of kind indicator")
                ),
            )
        )
    if data.get("sample") is True and "sample_notice" not in data:
        problems.append(
            (
                "$.sample_notice",
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "a sample template must carry a notice that it is a sample to adapt",
                    )
                ),
            )
        )
    return problems


def _item_placement(
    code: Any, kind: Any, d_code: Any, d_kind: Any, path: list[Any]
) -> list[Problem]:
    """An item's code starts with its domain's code and a dot; its kind is the domain's."""
    found: list[Problem] = []
    if isinstance(code, str) and isinstance(d_code, str) and not code.startswith(d_code + "."):
        found.append(
            (
                json_path([*path, "code"]),
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors", "an item of domain %1 must start with its code and a dot"
                    ),
                    short_text(d_code),
                ),
            )
        )
    if isinstance(kind, str) and isinstance(d_kind, str) and kind != d_kind:
        found.append(
            (
                json_path([*path, "kind"]),
                Message(
                    QT_TRANSLATE_NOOP("errors", "an item of a %1 domain must be of the same kind"),
                    short_text(d_kind),
                ),
            )
        )
    return found


def _identity_problems(data: dict[str, Any]) -> list[Problem]:
    """Domains and items must describe behaviour, never religion, identity or opinion as such.

    Titles and labels (what an officer ticks) may not name religion, ethnicity or
    nationality, nor the proxies of core/templates/proxies.py (devotion, prayer,
    Friday, worship, dress, diet, conversion, political views, grouping by language
    or origin). Protective factors and context items may name the person who gives
    religious support (a chaplain, an imam). Help texts are where the innocent
    explanations are named (fasting, religious holidays, lawful protest): only
    ethnicity and nationality are refused there. The non-indicators list, prompts
    and the sample notice are not checked: there a template says what must not be
    recorded.
    """
    problems: list[Problem] = []
    sections: list[tuple[list[Any], dict[str, Any], bool]] = [
        (["domains", d_index], domain, domain.get("kind") != ItemKind.INDICATOR.value)
        for d_index, domain in _domains(data)
    ]
    protective = data.get("protective_factors")
    if isinstance(protective, dict):
        sections.append((["protective_factors"], protective, True))
    for path, section, supportive in sections:
        for text_path, text in _section_texts(section, path):
            helping = text_path[-1] == "help"
            for lang, value in text.items():
                if isinstance(value, str):
                    problems.extend(
                        _text_problems([*text_path, lang], lang, value, supportive, helping)
                    )
    return problems


def _text_problems(
    path: list[Any], lang: str, value: str, supportive: bool, helping: bool
) -> list[Problem]:
    """Identity words and proxies in one title, label or help text."""
    try:
        languages = safeguards.normalise_languages([lang])
    except ValueError:
        languages = safeguards.term_lists()
    categories = HELP_CATEGORIES if helping else IDENTITY_CATEGORIES
    problems: list[Problem] = []
    found = [
        m
        for m in safeguards.sensitive_matches(value, languages, categories)
        if not (supportive and proxies.names_a_support_person(m.word))
    ]
    if found:
        words = ", ".join(sorted({short_text(m.word) for m in found}))
        problems.append(
            (
                json_path(path),
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "mentions religion, ethnicity or nationality (%1); an item must "
                        "describe observable behaviour — list such things under "
                        "non_indicators",
                    ),
                    words,
                ),
            )
        )
    # One problem per text: a proxy is named only where no identity word already was.
    for proxy in [] if helping or found else proxies.proxies_in(value):
        problems.append(
            (
                json_path(path),
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "stands in for %1 (%2); describe the behaviour that matters (violence, "
                        "threats, coercion, support for violence), or list it under "
                        "non_indicators",
                    ),
                    proxy.kind.value,
                    short_text(proxy.words),
                ),
            )
        )
    return problems


def semantic_problems(data: Any) -> list[Problem]:
    """The rules the JSON schema cannot state."""
    if not isinstance(data, dict):
        return []
    return _language_problems(data) + _code_problems(data) + _identity_problems(data)


# --- building ------------------------------------------------------------------------
