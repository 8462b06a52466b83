"""docs/package-format.md's record and audit sections, rendered from the JSON Schemas.

The schemas in each `services/*_sync.py` and in `core/audit_schema.py` are the one
definition of what a record or audit line may hold; the specification quotes them
through this renderer (`scripts/sync_format_doc.py` rewrites the marked sections,
and a test fails when the document is stale).
"""

from __future__ import annotations

import json
from typing import Any

from radprev_desktop.core import audit_schema
from radprev_desktop.core.outbox import SyncKind

BEGIN = "<!-- BEGIN GENERATED: {name} (scripts/sync_format_doc.py; do not edit) -->"
END = "<!-- END GENERATED: {name} -->"


def _type(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return "one of " + ", ".join(f"`{v}`" for v in schema["enum"])
    kinds = schema.get("type", "any")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return " or ".join(str(k) for k in kinds)


def _rules(schema: dict[str, Any]) -> str:
    parts = []
    if "minLength" in schema:
        parts.append("not empty" if schema["minLength"] == 1 else f"≥ {schema['minLength']} chars")
    if "maxLength" in schema:
        parts.append(f"≤ {schema['maxLength']:,} chars")
    if "pattern" in schema:
        parts.append(f"matches `{schema['pattern']}`")
    if "minimum" in schema:
        parts.append(f"≥ {schema['minimum']}")
    if "maximum" in schema:
        parts.append(f"≤ {schema['maximum']:,}")
    if "maxItems" in schema:
        parts.append(f"≤ {schema['maxItems']:,} entries")
    if schema.get("additionalProperties") is False:
        parts.append("no other fields")
    return "; ".join(parts)


def _rows(properties: dict[str, Any], required: list[str], prefix: str = "") -> list[str]:
    rows = []
    for name, schema in properties.items():
        label = f"`{prefix}{name}`"
        need = "yes" if name in required else "no"
        rows.append(
            f"| {label} | {_type(schema)} | {need} | {_rules(schema)} | "
            f"{schema.get('description', '')} |"
        )
        if isinstance(schema.get("properties"), dict):
            rows += _rows(schema["properties"], schema.get("required", []), f"{prefix}{name}.")
        items = schema.get("items")
        if isinstance(items, dict):
            if isinstance(items.get("properties"), dict):
                rows += _rows(items["properties"], items.get("required", []), f"{prefix}{name}[].")
            else:
                rows.append(
                    f"| `{prefix}{name}[]` | {_type(items)} | — | {_rules(items)} | "
                    f"{items.get('description', '')} |"
                )
    return rows


def render_table(schema: dict[str, Any]) -> str:
    """One schema as a Markdown table of its fields (nested fields dotted)."""
    head = ["| field | type | required | rules | meaning |", "|---|---|---|---|---|"]
    return "\n".join(head + _rows(schema["properties"], schema.get("required", [])))


def render_records(kinds: list[SyncKind]) -> str:
    """The per-kind sections, in apply order."""
    out = []
    for kind in sorted(kinds, key=lambda k: k.order):
        schema = kind.schema.schema
        out.append(f"#### `{kind.name}` (applied in order {kind.order})\n")
        out.append(schema.get("description", "") + "\n")
        out.append(render_table(schema) + "\n")
        extra = {k: schema[k] for k in ("if", "then", "else", "allOf") if k in schema}
        if extra:
            rule = json.dumps(extra, ensure_ascii=False, sort_keys=True)
            out.append(f"Cross-field rule (JSON Schema): `{rule}`\n")
    return "\n".join(out)


def render_audit() -> str:
    """The audit line's fields."""
    schema = audit_schema.SCHEMA
    return schema["description"] + "\n\n" + render_table(schema) + "\n"


def sections(kinds: list[SyncKind]) -> dict[str, str]:
    """Generated section name → its Markdown body."""
    return {"record kinds": render_records(kinds), "audit entry": render_audit()}


def update(document: str, kinds: list[SyncKind]) -> str:
    """The document with every generated section replaced by a fresh rendering."""
    for name, body in sections(kinds).items():
        begin, end = BEGIN.format(name=name), END.format(name=name)
        start = document.index(begin) + len(begin)
        stop = document.index(end)
        document = document[:start] + "\n\n" + body.rstrip() + "\n\n" + document[stop:]
    return document
