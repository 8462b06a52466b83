"""docs/package-format.md quotes the record and audit JSON Schemas as they are in the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core import audit_schema
from radprev_desktop.core.sync import format_doc, import_records
from radprev_desktop.core.sync.registry import sync_kinds

DOC = Path(__file__).resolve().parents[2] / "docs" / "package-format.md"
REAL_KINDS = (
    "subject",
    "transfer",
    "observation",
    "review",
    "checklist_run",
    "referral",
    "record_note",
    "tombstone",
)


def _real_kinds() -> list:  # type: ignore[type-arg]
    kinds = sync_kinds()
    return [kinds[name] for name in REAL_KINDS]


def test_the_document_is_not_stale() -> None:
    """Fails when a schema changed without `python scripts/sync_format_doc.py`."""
    current = DOC.read_text(encoding="utf-8")
    assert format_doc.update(current, _real_kinds()) == current


def test_every_field_of_every_schema_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    kinds = _real_kinds()
    assert len(kinds) == 8
    for kind in kinds:
        assert f"#### `{kind.name}`" in text
        fields = kind.schema.schema["properties"]
        assert fields
        for name in fields:
            assert f"| `{name}` |" in text, (kind.name, name)
    assert audit_schema.FIELDS
    for name in audit_schema.FIELDS:
        assert f"| `{name}` |" in text


def test_a_changed_schema_makes_the_document_stale() -> None:
    current = DOC.read_text(encoding="utf-8")
    kinds = _real_kinds()
    subject = kinds[0]
    changed = dict(subject.schema.schema)
    changed["description"] = "Something else."
    fake = type(subject)(
        subject.name,
        subject.order,
        type(subject.schema)(subject.name, changed),
        subject.serialize,
        subject.apply,
    )
    assert format_doc.update(current, [fake, *kinds[1:]]) != current


def test_a_document_without_markers_is_refused() -> None:
    with pytest.raises(ValueError):
        format_doc.update("no markers here", _real_kinds())


@pytest.mark.parametrize("value", ["2.0", "1e3"])
def test_numbers_with_a_fraction_are_quarantined(value: str) -> None:
    raw = ('{"kind":"subject","id":"a","version":' + value + ',"op":"upsert","record":{}}').encode()
    line, _, _, problem = import_records.parse_record_line(raw)
    assert line is None and "fraction" in problem
