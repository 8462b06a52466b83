"""Checking an untrusted checklist template file: size, JSON, schema, then meaning.

Templates arrive from files and reference bundles, so everything is checked and
every problem is reported at once with a JSON path (`$.domains[2].items[0].label.pl`)
— an administrator fixing a file by hand should not have to re-import it ten
times to learn ten mistakes. Messages never echo long content from the file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import jsonschema

from radprev_desktop.core import safeguards
from radprev_desktop.core.errors import TemplateInvalid
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.templates.model import Domain, Item, ItemKind, Template, Text
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.text import Text as Message

MAX_TEMPLATE_BYTES = 512 * 1024
SCHEMA_FILE = ("schemas", "template.schema.json")
IDENTITY_CATEGORIES = frozenset({safeguards.Category.RELIGION, safeguards.Category.ETHNICITY})

Problem = tuple[str, str | Message]
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


@cache
def schema() -> dict[str, Any]:
    """The JSON schema shipped in resources/schemas (draft 2020-12)."""
    with open(resource_path(*SCHEMA_FILE), encoding="utf-8") as fh:
        loaded: dict[str, Any] = json.load(fh)
    return loaded


@cache
def _validator() -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema())
    return jsonschema.Draft202012Validator(schema())


def json_path(parts: Iterator[Any] | list[Any] | tuple[Any, ...]) -> str:
    """`$.a[0].b` from a sequence of keys and indexes."""
    out = "$"
    for part in parts:
        if isinstance(part, str) and len(part) > 40:
            part = part[:37] + "..."
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.match(str(part)):
            out += f".{part}"
        else:
            out += "[" + json.dumps(str(part), ensure_ascii=False) + "]"
    return out


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def canonical_bytes(data: Mapping[str, Any]) -> bytes:
    """The one serialisation used for hashing, storing and exporting a template."""
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


# --- parsing -------------------------------------------------------------------------


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def parse_template_bytes(raw: bytes) -> dict[str, Any]:
    """Bytes of a template file → a JSON object, or TemplateInvalid."""
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise TemplateInvalid(
            [
                (
                    "$",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "errors", "the file is %1 bytes; a template may be at most %2"
                        ),
                        len(raw),
                        MAX_TEMPLATE_BYTES,
                    ),
                )
            ]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateInvalid(
            [("$", Message(QT_TRANSLATE_NOOP("errors", "not UTF-8 text (byte %1)"), exc.start))]
        ) from None
    try:
        data = json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant
        )
    except _DuplicateKey as exc:
        raise TemplateInvalid(
            [
                (
                    "$",
                    Message(
                        QT_TRANSLATE_NOOP("errors", "the key %1 appears twice"), _short(exc.key)
                    ),
                )
            ]
        ) from None
    except json.JSONDecodeError as exc:
        raise TemplateInvalid(
            [
                (
                    "$",
                    Message(
                        QT_TRANSLATE_NOOP("errors", "not valid JSON: %1 (line %2, column %3)"),
                        exc.msg,
                        exc.lineno,
                        exc.colno,
                    ),
                )
            ]
        ) from None
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise TemplateInvalid(
            [("$", Message(QT_TRANSLATE_NOOP("errors", "not valid JSON: %1"), reason))]
        ) from None
    if not isinstance(data, dict):
        raise TemplateInvalid(
            [("$", Message(QT_TRANSLATE_NOOP("errors", "a template must be a JSON object")))]
        )
    return data


# --- schema problems -----------------------------------------------------------------


def _schema_reason(error: jsonschema.ValidationError) -> tuple[list[Any], Message]:
    """A short reason for one schema error, without echoing long content."""
    path = list(error.absolute_path)
    kind = error.validator
    value: Any = error.validator_value
    instance: Any = error.instance
    error_schema: Any = error.schema
    if kind == "required":
        missing = [k for k in value if isinstance(instance, dict) and k not in instance]
        return path + missing[:1], Message(QT_TRANSLATE_NOOP("errors", "required key is missing"))
    if kind == "additionalProperties" and isinstance(instance, dict):
        allowed = set((error_schema.get("properties") or {}).keys())
        extra = sorted(k for k in instance if k not in allowed)
        if extra:
            return [*path, extra[0]], Message(
                QT_TRANSLATE_NOOP("errors", "unknown key (not part of the template format)")
            )
        return path, Message(QT_TRANSLATE_NOOP("errors", "unknown key"))
    if kind == "type":
        return path, Message(QT_TRANSLATE_NOOP("errors", "must be of type %1"), value)
    if kind == "maxLength":
        return path, Message(
            QT_TRANSLATE_NOOP("errors", "text is longer than %1 characters"), value
        )
    if kind == "minLength":
        return path, Message(QT_TRANSLATE_NOOP("errors", "text must not be empty"))
    if kind == "pattern":
        return path, Message(
            QT_TRANSLATE_NOOP("errors", "%1 does not have the required form %2"),
            _short(instance),
            value,
        )
    if kind in ("maxItems", "maxProperties"):
        return path, Message(QT_TRANSLATE_NOOP("errors", "has more than %1 entries"), value)
    if kind in ("minItems", "minProperties"):
        return path, Message(QT_TRANSLATE_NOOP("errors", "needs at least %1 entries"), value)
    if kind == "uniqueItems":
        return path, Message(QT_TRANSLATE_NOOP("errors", "entries must not repeat"))
    if kind == "enum":
        if error.relative_schema_path and "propertyNames" in error.schema_path:
            return path, Message(
                QT_TRANSLATE_NOOP("errors", "unknown language %1"), _short(instance)
            )
        return path, Message(
            QT_TRANSLATE_NOOP("errors", "%1 is not one of %2"),
            _short(instance),
            ", ".join(map(str, value)),
        )
    if kind == "const":
        return path, Message(QT_TRANSLATE_NOOP("errors", "must be %1"), _short(value))
    if kind in ("minimum", "maximum"):
        return path, Message(
            QT_TRANSLATE_NOOP("errors", "%1 is out of range (%2 %3)"), _short(instance), kind, value
        )
    return path, Message(QT_TRANSLATE_NOOP("errors", "does not meet the rule '%1'"), kind)


def schema_problems(data: Any) -> list[Problem]:
    """Every schema violation as (json path, reason)."""
    problems: list[Problem] = []
    for error in _validator().iter_errors(data):
        parts, reason = _schema_reason(error)
        if "propertyNames" in error.schema_path and error.validator != "enum":
            reason = Message(
                QT_TRANSLATE_NOOP("errors", "unknown language %1"), _short(error.instance)
            )
        problems.append((json_path(parts), reason))
    return problems


# --- meaning -------------------------------------------------------------------------


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
                        _short(code),
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
            if (
                isinstance(code, str)
                and isinstance(d_code, str)
                and not code.startswith(d_code + ".")
            ):
                problems.append(
                    (
                        json_path([*path, "code"]),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "errors", "an item of domain %1 must start with its code and a dot"
                            ),
                            _short(d_code),
                        ),
                    )
                )
            kind = item.get("kind")
            if isinstance(kind, str) and isinstance(d_kind, str) and kind != d_kind:
                problems.append(
                    (
                        json_path([*path, "kind"]),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "errors", "an item of a %1 domain must be of the same kind"
                            ),
                            _short(d_kind),
                        ),
                    )
                )
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


def _identity_problems(data: dict[str, Any]) -> list[Problem]:
    """Domains and items must describe behaviour, never religion, ethnicity or nationality as such.

    The non-indicators list, prompts and the sample notice are exempt: they are
    where a template says what must not be recorded.
    """
    problems: list[Problem] = []
    sections: list[tuple[list[Any], dict[str, Any]]] = [
        (["domains", d_index], domain) for d_index, domain in _domains(data)
    ]
    protective = data.get("protective_factors")
    if isinstance(protective, dict):
        sections.append((["protective_factors"], protective))
    for path, section in sections:
        for text_path, text in _section_texts(section, path):
            for lang, value in text.items():
                if not isinstance(value, str):
                    continue
                try:
                    languages = safeguards.normalise_languages([lang])
                except ValueError:
                    languages = safeguards.SUPPORTED_LANGUAGES
                found = safeguards.sensitive_matches(value, languages, IDENTITY_CATEGORIES)
                if found:
                    words = ", ".join(sorted({_short(m.word) for m in found}))
                    problems.append(
                        (
                            json_path([*text_path, lang]),
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
    return problems


def semantic_problems(data: Any) -> list[Problem]:
    """The rules the JSON schema cannot state."""
    if not isinstance(data, dict):
        return []
    return _language_problems(data) + _code_problems(data) + _identity_problems(data)


# --- building ------------------------------------------------------------------------


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
