"""A checklist template as the application uses it: frozen values built by validation.

A template is data, not code. Officers see its labels; runs record the exact
(code, version) they used, so the wording behind a sealed run never changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from radprev_desktop.core import languages
from radprev_desktop.core.pseudo import pseudo
from radprev_desktop.core.transliteration import to_cyrillic

Text = dict[str, str]  # language tag -> text


class ItemKind(StrEnum):
    """What answering an item means."""

    INDICATOR = "indicator"  # observed behaviour, needs a dated example to be ticked
    PROTECTIVE = "protective"  # a protective factor, asked for in every run
    CONTEXT = "context"  # context and vulnerability, recorded for support, never a risk sign


PROTECTIVE_DOMAIN = "P"


def domain_of(code: str) -> str:
    """The domain an item code belongs to: "A3" for "A3.2", "P" for a protective factor "P4"."""
    if "." in code:
        return code.rsplit(".", 1)[0]
    if code[:1] == PROTECTIVE_DOMAIN and code[1:].isdigit():
        return PROTECTIVE_DOMAIN
    return code


def _convert(value: Any, convert: Callable[[str], str]) -> Any:
    if isinstance(value, list | tuple):
        return [convert(v) for v in value]
    return convert(value)


def in_language(text: Mapping[str, Any], language: str) -> Any:
    """The text in `language` (an application code such as 'sr_Cyrl'), or None.

    A template keys its texts by tag ('sr-Latn', 'mk'). Serbian Cyrillic is
    transliterated from the Latin text when the template has no Cyrillic of its
    own, and `pseudo` is made from the English, as the catalogues are.
    """
    spec = languages.BY_CODE.get(languages.canonical(language) or "")
    if spec is None:
        return text.get(language)
    for tag in spec.template_tags:
        if text.get(tag):
            return text[tag] if spec.code != languages.PSEUDO else _convert(text[tag], pseudo)
    if spec.derived_from == "sr_Latn":
        latin = in_language(text, "sr_Latn")
        return _convert(latin, to_cyrillic) if latin is not None else None
    return None


def has_language(text: Mapping[str, Any], language: str) -> bool:
    """Whether `text` can be shown in `language` without another language standing in."""
    return in_language(text, language) is not None


def pick(text: Text, language: str, fallback: str = "en") -> str:
    """The text in `language`; a template that lacks it shows its English (else any) text.

    Only a template imported from elsewhere can lack a language: the shipped one
    is complete in every offered language (tests/unit/test_catalogues.py).
    """
    found = in_language(text, language)
    if found is not None:
        return found
    return text.get(fallback) or next(iter(text.values()), "")


@dataclass(frozen=True)
class Item:
    """One question of a checklist."""

    code: str
    kind: ItemKind
    label: Text
    help: Text = field(default_factory=dict)

    @property
    def domain(self) -> str:
        """The code of the domain this item belongs to."""
        return domain_of(self.code)


@dataclass(frozen=True)
class Domain:
    """A group of items with a title; A8-style context domains hold context items."""

    code: str
    kind: ItemKind
    title: Text
    help: Text
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Template:
    """A validated checklist template (one version)."""

    code: str
    version: int
    languages: tuple[str, ...]
    title: Text
    sample: bool
    sample_notice: Text
    description: Text
    domains: tuple[Domain, ...]
    protective_title: Text
    protective_help: Text
    protective_factors: tuple[Item, ...]
    non_indicators: dict[str, tuple[str, ...]]
    other_explanations_prompt: Text
    context_prompt: Text
    summary_prompt: Text
    definition: dict[str, Any]  # the validated JSON, for storage and export
    sha256: str

    @property
    def indicator_domains(self) -> tuple[Domain, ...]:
        """Domains of observable behaviour (what observations may cite)."""
        return tuple(d for d in self.domains if d.kind is ItemKind.INDICATOR)

    @property
    def context_domains(self) -> tuple[Domain, ...]:
        """Context and vulnerability domains: recorded for support, never as risk signs."""
        return tuple(d for d in self.domains if d.kind is ItemKind.CONTEXT)

    def items(self) -> tuple[Item, ...]:
        """Every item in display order: domains, then protective factors."""
        out: list[Item] = [i for d in self.domains for i in d.items]
        out.extend(self.protective_factors)
        return tuple(out)

    def item(self, code: str) -> Item | None:
        """The item with this code, or None."""
        for candidate in self.items():
            if candidate.code == code:
                return candidate
        return None

    def indicator_codes(self) -> tuple[str, ...]:
        """Codes an observation may cite as indicators (never context or protective items)."""
        return tuple(i.code for d in self.indicator_domains for i in d.items)
