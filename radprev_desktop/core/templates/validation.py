"""Checking an untrusted checklist template file: size, JSON, schema, then meaning.

Templates arrive from files and reference bundles, so everything is checked and
every problem is reported at once with a JSON path (`$.domains[2].items[0].label.pl`)
— an administrator fixing a file by hand should not have to re-import it ten
times to learn ten mistakes. Messages never echo long content from the file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from radprev_desktop.core.errors import TemplateInvalid
from radprev_desktop.core.templates.meaning import semantic_problems
from radprev_desktop.core.templates.model import Domain, Item, ItemKind, Template, Text
from radprev_desktop.core.templates.template_schema import (
    MAX_TEMPLATE_BYTES,
    Problem,
    canonical_bytes,
    parse_template_bytes,
    schema_problems,
)
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.text import Text as Message


def _text(value: Any) -> Text:
    return {str(k): str(v) for k, v in (value or {}).items()}


def _item(raw: dict[str, Any]) -> Item:
    return Item(
        code=raw["code"],
        kind=ItemKind(raw["kind"]),
        label=_text(raw["label"]),
        help=_text(raw.get("help")),
    )


def _build(data: dict[str, Any], digest: str) -> Template:
    domains = tuple(
        Domain(
            code=d["code"],
            kind=ItemKind(d["kind"]),
            title=_text(d["title"]),
            help=_text(d.get("help")),
            items=tuple(_item(i) for i in d["items"]),
        )
        for d in data["domains"]
    )
    protective = data["protective_factors"]
    return Template(
        code=data["code"],
        version=int(data["version"]),
        languages=tuple(data["languages"]),
        title=_text(data["title"]),
        sample=bool(data["sample"]),
        sample_notice=_text(data.get("sample_notice")),
        description=_text(data.get("description")),
        domains=domains,
        protective_title=_text(protective["title"]),
        protective_help=_text(protective.get("help")),
        protective_factors=tuple(_item(i) for i in protective["items"]),
        non_indicators={k: tuple(v) for k, v in data["non_indicators"].items()},
        other_explanations_prompt=_text(data["other_explanations_prompt"]),
        context_prompt=_text(data.get("context_prompt")),
        summary_prompt=_text(data["summary_prompt"]),
        definition=data,
        sha256=digest,
    )


def validate_template(data: Mapping[str, Any] | bytes | str) -> Template:
    """Check a template completely; return it, or raise TemplateInvalid naming every problem."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if isinstance(data, (bytes, bytearray)):
        parsed: Any = parse_template_bytes(bytes(data))
    else:
        parsed = data
    if not isinstance(parsed, Mapping):
        raise TemplateInvalid(
            [("$", Message(QT_TRANSLATE_NOOP("errors", "a template must be a JSON object")))]
        )
    parsed = dict(parsed)
    try:
        canonical = canonical_bytes(parsed)
    except (TypeError, ValueError) as exc:
        raise TemplateInvalid(
            [("$", Message(QT_TRANSLATE_NOOP("errors", "not representable as JSON: %1"), exc))]
        ) from None
    except RecursionError:
        raise TemplateInvalid(
            [("$", Message(QT_TRANSLATE_NOOP("errors", "not valid JSON: nested too deeply")))]
        ) from None
    if len(canonical) > MAX_TEMPLATE_BYTES:
        raise TemplateInvalid(
            [
                (
                    "$",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "errors", "the template is %1 bytes; at most %2 are allowed"
                        ),
                        len(canonical),
                        MAX_TEMPLATE_BYTES,
                    ),
                )
            ]
        )
    problems = schema_problems(parsed) + semantic_problems(parsed)
    if problems:
        raise TemplateInvalid(_dedupe(problems))
    return _build(parsed, hashlib.sha256(canonical).hexdigest())


def template_from_stored(definition: str, sha256: str) -> Template:
    """A template stored in the vault, rebuilt without re-running today's checks.

    It was validated when imported and the vault never changes it; checking it
    again with a newer build's rules could make old sealed runs unreadable.
    """
    return _build(json.loads(definition), sha256)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    out: list[Problem] = []
    for problem in problems:
        if problem not in seen:
            seen.add(problem)
            out.append(problem)
    return out
