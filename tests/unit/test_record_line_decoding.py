"""A record (or audit) line is decoded exactly as `JSONDecoder.decode` would, only cheaper.

`import_records._decode` calls the decoder's C scanner straight when the line is one
JSON value with nothing around it, and hands every other line to `decode` (whitespace
around the value, extra data, broken JSON, a number with a fraction): the value or the
error must be the same either way, and `parse_record_line` must give the same verdicts.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from radprev_desktop.core.sync import import_records

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
NOISE = st.sampled_from(["", " ", "\n", "\t ", "x", "1", ",", "{", "}", "]", "1.5", "\ud800"])


def _outcome(decode: Any, text: str) -> tuple[str, Any]:
    try:
        return "value", decode(text)
    except import_records._FractionRefused:
        return "fraction", None
    except (ValueError, RecursionError) as exc:
        return "error", type(exc).__name__


def test_lines_a_workstation_writes_take_the_short_way() -> None:
    line = '{"id":"a","kind":"note","op":"upsert","record":{"id":"a","version":1},"version":1}'
    value, end = import_records._SCAN(line, 0)
    assert end == len(line) and value == json.loads(line)
    assert import_records._decode(line) == json.loads(line)


@settings(max_examples=300, deadline=None)
@given(value=JSON_VALUES, before=NOISE, after=NOISE, fraction=st.booleans())
def test_decoding_agrees_with_the_decoder(
    value: Any, before: str, after: str, fraction: bool
) -> None:
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if fraction:
        body = f'{{"n":2.0,"v":{body}}}'
    text = before + body + after
    assert _outcome(import_records._decode, text) == _outcome(
        import_records._DECODER.decode, text
    ), text


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet='{}[]":,.0123456789 \nabtrue\\u', max_size=30))
def test_broken_lines_get_the_same_verdict(text: str) -> None:
    assert _outcome(import_records._decode, text) == _outcome(
        import_records._DECODER.decode, text
    ), text
    raw = text.encode("utf-8")
    line, _, _, problem = import_records.parse_record_line(raw)
    expected = _outcome(import_records._DECODER.decode, text)[0]
    if expected == "fraction":
        assert problem == "The record holds a number with a fraction (integers only)."
    elif expected == "error":
        assert problem == "The line is not valid JSON." and line is None


@settings(max_examples=200, deadline=None)
@given(value=JSON_VALUES, before=NOISE, after=NOISE)
def test_audit_lines_decode_as_json_loads(value: Any, before: str, after: str) -> None:
    """Audit lines keep json.loads' rules (fractions and NaN are the schema's business)."""
    for body in (json.dumps(value, ensure_ascii=False), '{"n":1.5}', "NaN", '{"a":1,"a":2}'):
        text = before + body + after
        assert _outcome(import_records.decode_plain, text) == _outcome(json.loads, text), text
