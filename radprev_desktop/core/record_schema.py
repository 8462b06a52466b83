"""JSON Schemas of the records that travel by USB, and how a record is checked against one.

Each record kind declares its record's JSON Schema (draft 2020-12) once, in its
`*_sync.py` module; the same schema validates incoming records at the central office
and is rendered into docs/package-format.md (`scripts/sync_format_doc.py`).

Validation first asks the schema turned into plain Python (`record_schema_code`: it
only ever says "certainly valid", ≈ 3 µs for an observation); otherwise the schema
compiled by `fastjsonschema` (≈ 14 µs) gives the verdict, and only when that refuses
does `jsonschema`, the reference implementation, name the field and the reason. If the
last two ever disagree the record is refused (fail closed). Reasons name the field and the
rule, never the value (a quarantine reason must not repeat a prisoner's name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any

import fastjsonschema
import jsonschema

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.record_schema_code import compile_accepting
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text

DRAFT = "https://json-schema.org/draft/2020-12/schema"
TIMESTAMP = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$"
DATE = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
NOT_BLANK = r"\S"


def text(
    max_length: int,
    description: str,
    *,
    nullable: bool = False,
    pattern: str | None = None,
    min_length: int = 0,
) -> dict[str, Any]:
    """A string property (or null when `nullable`)."""
    schema: dict[str, Any] = {
        "type": ["string", "null"] if nullable else "string",
        "maxLength": max_length,
        "description": description,
    }
    if pattern:
        schema["pattern"] = pattern
    if min_length:
        schema["minLength"] = min_length
    return schema


def integer(
    description: str,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    nullable: bool = False,
) -> dict[str, Any]:
    """An integer property (JSON numbers with a fraction are refused before the schema)."""
    schema: dict[str, Any] = {
        "type": ["integer", "null"] if nullable else "integer",
        "description": description,
    }
    if minimum is not None:
        schema["minimum"] = minimum
    if maximum is not None:
        schema["maximum"] = maximum
    return schema


def boolean(description: str) -> dict[str, Any]:
    """A true/false property."""
    return {"type": "boolean", "description": description}


def one_of(values: Sequence[str], description: str) -> dict[str, Any]:
    """A closed set of strings."""
    return {"enum": list(values), "description": description}


def record_schema(
    kind: str,
    description: str,
    properties: dict[str, Any],
    *,
    optional: Sequence[str] = (),
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The schema of one record kind: every property required unless named optional."""
    return {
        "$schema": DRAFT,
        "$id": f"radprev:record:{kind}:1",
        "title": kind,
        "description": description,
        "type": "object",
        "required": [name for name in properties if name not in optional],
        "properties": properties,
        **(extra or {}),
    }


def _rule(keyword: str, value: Any, where: str) -> Text:
    """What a failed keyword means, from the schema's value only (never the record's)."""
    if keyword == "type":
        kinds = value if isinstance(value, list) else [value]
        return Text(
            QT_TRANSLATE_NOOP("errors", "%1 must be %2."), where, " | ".join(str(k) for k in kinds)
        )
    if keyword == "maxLength":
        return Text(QT_TRANSLATE_NOOP("errors", "%1 is longer than %2 characters."), where, value)
    if keyword == "minLength":
        if value == 1:
            return Text(QT_TRANSLATE_NOOP("errors", "%1 is empty."), where)
        return Text(QT_TRANSLATE_NOOP("errors", "%1 is shorter than %2 characters."), where, value)
    if keyword == "maxItems":
        return Text(QT_TRANSLATE_NOOP("errors", "%1 has more than %2 entries."), where, value)
    if keyword == "minimum":
        return Text(QT_TRANSLATE_NOOP("errors", "%1 is below %2."), where, value)
    if keyword == "maximum":
        return Text(QT_TRANSLATE_NOOP("errors", "%1 is above %2."), where, value)
    if keyword == "enum":
        return Text(
            QT_TRANSLATE_NOOP("errors", "%1 is not one of %2."),
            where,
            ", ".join(str(v) for v in value),
        )
    if keyword == "pattern":
        return Text(QT_TRANSLATE_NOOP("errors", "%1 does not have the expected form."), where)
    if keyword == "const":
        return Text(QT_TRANSLATE_NOOP("errors", "%1 does not have the required value."), where)
    if keyword == "additionalProperties":
        return Text(QT_TRANSLATE_NOOP("errors", "%1 has fields that are not allowed."), where)
    if keyword == "required":
        return Text(QT_TRANSLATE_NOOP("errors", "%1 is missing."), where)
    return Text(QT_TRANSLATE_NOOP("errors", "%1 breaks the rule %2."), where, keyword)


class RecordSchema:
    """One kind's schema, checked against the meta-schema and compiled on first use."""

    def __init__(self, kind: str, schema: dict[str, Any]) -> None:
        jsonschema.Draft202012Validator.check_schema(schema)
        self.kind = kind
        self.schema = schema

    @cached_property
    def _accepts(self) -> Callable[[Any], bool] | None:
        return compile_accepting(self.schema)

    @cached_property
    def closed_accepts(self) -> Callable[[Any], bool] | None:
        """The plain code that also refuses unnamed keys and untyped values: True says the
        record matches and holds no float (the import's orjson reading, decision 0029)."""
        return compile_accepting(self.schema, closed=True)

    @cached_property
    def _fast(self) -> Any:
        return fastjsonschema.compile(self.schema)

    @cached_property
    def _reference(self) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator(self.schema)

    def validate(self, record: Any) -> None:
        """Raise ValidationError(reason, field) unless `record` matches the schema."""
        accepts = self._accepts
        if accepts is not None and accepts(record):
            return
        try:
            self._fast(record)
            return
        except fastjsonschema.JsonSchemaException:
            pass
        error = jsonschema.exceptions.best_match(self._reference.iter_errors(record))
        if error is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "%1: the record does not match its schema."),
                self.kind,
                field="record",
            )
        path = [str(p) for p in error.absolute_path]
        if error.validator == "required" and isinstance(error.instance, dict):
            missing = [k for k in error.validator_value if k not in error.instance]
            path.append(missing[0] if missing else "")
        where = ".".join([self.kind, *path]) if path else self.kind
        rule = _rule(str(error.validator), error.validator_value, where)
        raise ValidationError(rule, field=path[0] if path else "record")
