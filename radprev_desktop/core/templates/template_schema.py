"""A template file's form: size, JSON without duplicate keys or constants, the JSON Schema.

Every problem is reported with a JSON path (`$.domains[2].items[0].label.pl`);
messages never echo long content from the file. The meaning (languages, codes,
words about identity) is checked in `meaning.py`, after this.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import jsonschema

from radprev_desktop.core import safeguards
from radprev_desktop.core.errors import TemplateInvalid
from radprev_desktop.core.resources import resource_path
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


def short_text(value: Any) -> str:
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
                        QT_TRANSLATE_NOOP("errors", "the key %1 appears twice"), short_text(exc.key)
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
            short_text(instance),
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
                QT_TRANSLATE_NOOP("errors", "unknown language %1"), short_text(instance)
            )
        return path, Message(
            QT_TRANSLATE_NOOP("errors", "%1 is not one of %2"),
            short_text(instance),
            ", ".join(map(str, value)),
        )
    if kind == "const":
        return path, Message(QT_TRANSLATE_NOOP("errors", "must be %1"), short_text(value))
    if kind in ("minimum", "maximum"):
        return path, Message(
            QT_TRANSLATE_NOOP("errors", "%1 is out of range (%2 %3)"),
            short_text(instance),
            kind,
            value,
        )
    return path, Message(QT_TRANSLATE_NOOP("errors", "does not meet the rule '%1'"), kind)


def schema_problems(data: Any) -> list[Problem]:
    """Every schema violation as (json path, reason)."""
    problems: list[Problem] = []
    for error in _validator().iter_errors(data):
        parts, reason = _schema_reason(error)
        if "propertyNames" in error.schema_path and error.validator != "enum":
            reason = Message(
                QT_TRANSLATE_NOOP("errors", "unknown language %1"), short_text(error.instance)
            )
        problems.append((json_path(parts), reason))
    return problems


# --- meaning -------------------------------------------------------------------------
