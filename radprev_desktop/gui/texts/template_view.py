"""Read a checklist template definition for display: domains, items, texts in a language.

A template is data (see resources/schemas/template.schema.json): texts are
{language: text} maps. This module only picks the right language for the
screens; validation and storage are in core (templates service).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.services import templates
from radprev_desktop.core.templates.model import in_language
from radprev_desktop.core.templates.model import pick as template_text
from radprev_desktop.gui.i18n import current_language


@dataclass(frozen=True)
class ItemView:
    code: str
    kind: str  # indicator / context / protective
    label: str
    help: str
    domain: str


@dataclass(frozen=True)
class DomainView:
    code: str
    kind: str  # indicator / context
    title: str
    help: str
    items: tuple[ItemView, ...]


@dataclass(frozen=True)
class TemplateView:
    code: str
    version: int
    title: str
    domains: tuple[DomainView, ...]
    protective_title: str
    protective_help: str
    protective: tuple[ItemView, ...]
    non_indicators: tuple[str, ...]
    other_explanations_prompt: str
    context_prompt: str
    summary_prompt: str


def pick(texts: Any, language: str) -> str:
    """The text in `language` as core reads a template (Serbian Cyrillic from its Latin text).

    English stands in only where an imported template lacks the language.
    """
    if not isinstance(texts, dict) or not texts:
        return str(texts or "")
    return str(template_text(texts, language))


def template_view(definition: dict[str, Any], language: str = "en") -> TemplateView:
    """A language-resolved view of a validated template definition."""
    domains = []
    for d in definition.get("domains", []):
        items = tuple(
            ItemView(
                code=str(i["code"]),
                kind=str(i.get("kind", d.get("kind", "indicator"))),
                label=pick(i.get("label"), language),
                help=pick(i.get("help", {}), language),
                domain=str(d["code"]),
            )
            for i in d.get("items", [])
        )
        domains.append(
            DomainView(
                code=str(d["code"]),
                kind=str(d.get("kind", "indicator")),
                title=pick(d.get("title"), language),
                help=pick(d.get("help", {}), language),
                items=items,
            )
        )
    prot = definition.get("protective_factors", {}) or {}
    protective = tuple(
        ItemView(
            code=str(i["code"]),
            kind="protective",
            label=pick(i.get("label"), language),
            help=pick(i.get("help", {}), language),
            domain="P",
        )
        for i in prot.get("items", [])
    )
    non_ind = definition.get("non_indicators", {}) or {}
    listed = in_language(non_ind, language) or non_ind.get("en")
    if not listed and non_ind:
        listed = next(iter(non_ind.values()))
    return TemplateView(
        code=str(definition.get("code", "")),
        version=int(definition.get("version", 0) or 0),
        title=pick(definition.get("title"), language),
        domains=tuple(domains),
        protective_title=pick(prot.get("title", {}), language),
        protective_help=pick(prot.get("help", {}), language),
        protective=protective,
        non_indicators=tuple(listed or ()),
        other_explanations_prompt=pick(definition.get("other_explanations_prompt", {}), language),
        context_prompt=pick(definition.get("context_prompt", {}), language),
        summary_prompt=pick(definition.get("summary_prompt", {}), language),
    )


def active_template_view(ctx: Any) -> TemplateView | None:
    """The active checklist template in the UI language, or None when none is installed."""
    session = ctx.require_session()
    try:
        template = templates.active_template(session)
    except NotFound:
        return None
    return template_view(template.definition, current_language())
