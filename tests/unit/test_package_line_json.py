"""Package lines read by orjson give exactly json's values and verdicts (decision 0029).

The central import reads a record line with orjson only when every value in it has been
checked to be text, an integer, true/false, null, a list or an object (the envelope's
fields, the record by its kind's closed schema code), and an audit line only when the audit
schema's plain code accepts it (text and one integer, a closed object). Otherwise json reads
it as before. Here real lines (made on a workstation vault) are mutated deep inside and
written in several ways — fractions, exponents, integers beyond 64 bits, NaN, lone
surrogates (escaped and raw), control characters, non-ASCII, duplicate keys, extra keys,
whitespace, trailing data, invalid UTF-8 — and whenever the orjson way is taken, json's
reading must be the same value (same types, same key order) with the same verdict.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from radprev_desktop.core import audit_schema
from radprev_desktop.core.services import reviews
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import import_audit, import_records
from radprev_desktop.core.sync.registry import sync_kinds as kinds
from tests.unit.records_support import subject, submitted

# Everything JSON text can carry, and what json reads differently from orjson.
WILD = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.sampled_from([2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1, 10**30])
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.text(st.characters(codec=None, categories=None), max_size=6)
    | st.sampled_from(["\ud800", "a\udc00b", "\x00\x1f\x7f", "\u2028\u2029", "ł€𝄞", '"\\/']),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
TAILS = st.sampled_from(["", " ", "\t", "\r", " x", ",", "}", "\x0c", "\xa0", "1"])
HEADS = st.sampled_from(["", " ", "\n", "\t", "\ufeff", "\x0c"])


def _typed(value: Any) -> Any:
    """The value with every type and every key order spelled out (1 == 1.0 == True in
    Python; these must not compare equal here)."""
    if isinstance(value, dict):
        return ("dict", [(_typed(k), _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_typed(v) for v in value])
    return (type(value).__name__, repr(value))


def _write(value: Any, data: st.DataObject) -> bytes:
    """The value written as a workstation would, or otherwise (escaped, spaced, NaN...)."""
    ascii_only, spaced = data.draw(st.booleans()), data.draw(st.booleans())
    text = json.dumps(
        value,
        ensure_ascii=ascii_only,
        separators=(", ", ": ") if spaced else (",", ":"),
        sort_keys=data.draw(st.booleans()),
    )
    how = data.draw(st.sampled_from(["as is", "duplicate", "around", "number"]))
    if how == "duplicate" and text.startswith("{") and len(text) > 2:
        # The same key twice: json keeps the last value (at the first key's place).
        first = text[1:].split(",", 1)[0]
        text = "{" + first + "," + text[1:-1] + "," + first + "}"
    elif how == "around":
        text = data.draw(HEADS) + text + data.draw(TAILS)
    elif how == "number" and '":1' in text:
        text = text.replace('":1', '":' + data.draw(st.sampled_from(["1.0", "1e2", "1E-2"])), 1)
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate as raw bytes: not UTF-8


def _mutate(value: Any, data: st.DataObject) -> Any:
    """One place deep inside the value changed, dropped, or given a sibling."""
    places: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            places.extend((node, key) for key in node)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            places.extend((node, index) for index in range(len(node)))
            for child in node:
                walk(child)

    walk(value)
    assert places, "nothing to mutate"
    parent, key = data.draw(st.sampled_from(places))
    how = data.draw(st.sampled_from(["value", "extra", "drop", "keep"]))
    if how == "value":
        parent[key] = data.draw(WILD)
    elif how == "extra" and isinstance(parent, dict):
        parent[data.draw(st.text(min_size=1, max_size=6))] = data.draw(WILD)
    elif how == "drop":
        del parent[key]
    return value


@pytest.fixture
def lines(officer: Session, supervisor: Session) -> list[dict[str, Any]]:
    """Genuine record lines of the hot kinds, as a workstation's export writes them."""
    s = subject(officer, "PL-7002", "Krasniqi", "Ђорђе")
    obs = submitted(officer, s.id)
    review = reviews.accept(supervisor, obs, "Seen.")
    registry = kinds()
    found = []
    for number, (kind, oid, version) in enumerate(
        [("subject", s.id, s.version), ("observation", obs, 1), ("review", review.id, 1)]
    ):
        record = registry[kind].serialize(officer.con, oid, version)
        found.append(
            {
                "at": "2026-11-30T10:00:00.123456Z",
                "change": number + 1,
                "id": oid,
                "kind": kind,
                "op": "upsert",
                "record": record,
                "version": version,
            }
        )
    return found


def test_genuine_lines_take_the_orjson_way(lines: list[dict[str, Any]]) -> None:
    """Else nothing is gained: every genuine line of the hot kinds is read by orjson."""
    assert len(lines) == 3
    for line in lines:
        raw = json.dumps(line, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        checked = import_records.read_checked_line(raw.encode("utf-8"), kinds())
        assert checked is not None, line["kind"]
        assert _typed(checked[0]) == _typed(json.loads(raw))


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_record_line_read_by_orjson_is_the_line_json_reads(
    lines: list[dict[str, Any]], data: st.DataObject
) -> None:
    line = copy.deepcopy(data.draw(st.sampled_from(lines)))
    if data.draw(st.booleans()):
        line = _mutate(line, data)
    raw = _write(line, data)
    checked = import_records.read_checked_line(raw, kinds())
    if checked is None:
        return  # json reads it, exactly as before
    # json's reading, and the envelope's verdict on it, against the envelope's on orjson's.
    before = import_records.parse_record_line(raw)
    after = import_records._envelope(checked[0])
    assert after[1:] == before[1:], raw
    if before[0] is None:
        assert after[0] is None and before[3], raw  # refused for the same reason
        return
    assert after[0] is not None and _typed(after[0]) == _typed(before[0]), raw
    assert checked[1] is kinds()[before[1]]
    # The closed code accepted the record: so does the schema (and then only the rules run).
    checked[1].schema.validate(before[0]["record"])


@settings(max_examples=400, deadline=None)
@given(value=WILD, data=st.data())
def test_orjson_without_floats_reads_what_json_reads(value: Any, data: st.DataObject) -> None:
    """The ground the import stands on: where orjson's value holds no float (a fraction or
    an integer beyond 64 bits turns into one), json's value is the same, with the record
    lines' decoder (fractions refused) and with json.loads (audit lines)."""
    raw = _write(value, data)
    try:
        fast = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return
    if "float" in repr(_typed(fast)):
        return
    text = raw.decode("utf-8")
    assert _typed(import_records._decode(text)) == _typed(fast), raw
    assert _typed(json.loads(text)) == _typed(fast), raw


def _audit_lines(officer: Session) -> list[dict[str, Any]]:
    rows = officer.con.execute(
        f"SELECT {audit_schema.COLUMNS} FROM audit ORDER BY seq LIMIT 5"
    ).fetchall()
    return [dict(zip(audit_schema.FIELDS, row, strict=True)) for row in rows]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_an_audit_line_read_by_orjson_is_the_line_json_reads(
    officer: Session, data: st.DataObject
) -> None:
    entries = _audit_lines(officer)
    assert entries, "the officer's vault has no audit entries"
    entry = copy.deepcopy(data.draw(st.sampled_from(entries)))
    if data.draw(st.booleans()):
        entry = _mutate(entry, data)
    raw = _write(entry, data)
    fast = import_audit._fast_entry(raw)
    if fast is None:
        return
    before, problem = import_audit._checked_entry(raw)
    assert problem == "" and before is not None and _typed(fast) == _typed(before), raw


def test_genuine_audit_lines_take_the_orjson_way(officer: Session) -> None:
    entries = _audit_lines(officer)
    assert entries, "the officer's vault has no audit entries"
    for entry in entries:
        raw = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        assert import_audit._fast_entry(raw) == entry
        assert import_audit._audit_line_problem(raw) == (entry, "")
