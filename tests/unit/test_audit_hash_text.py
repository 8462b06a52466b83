"""The audit hash's text through orjson is byte for byte json's (decision 0029).

`audit.entry_hash` hashes the JSON array of an entry's fields written with
json.dumps(ensure_ascii=False, separators=(",", ":")) — the format every stored and sent
hash was made with (docs/package-format.md). For text and integers of 64 bits it now
writes that array with orjson; anything else (an integer beyond 64 bits, text holding a
lone surrogate, a `seq` the reference validator calls an integer but JSON gave as 1.0)
goes through json as before. Compared here over every value the audit schema allows
and beyond: non-ASCII, control characters, quotes and backslashes, line separators,
surrogates, big and negative integers, floats, booleans, long details text.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from radprev_desktop.core import audit

TEXT = st.text(st.characters(codec=None, categories=None), max_size=40) | st.sampled_from(
    ["", "\x00\x08\t\n\x0c\r\x1f\x7f", '"\\/', "\u2028\u2029\ufeff", "Đorđević Миле ё 𝄞", "a\ud800"]
)
SEQ = (
    st.integers(-(2**70), 2**70)
    | st.sampled_from([1, 2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63) - 1, True])
    | st.floats()
)
DETAILS = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
).map(lambda value: json.dumps(value, ensure_ascii=False))


def _reference(values: list[Any]) -> str:
    """The hash as it was made before orjson (and as docs/package-format.md states it)."""
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _outcome(make: Any, values: list[Any]) -> tuple[str, str]:
    try:
        return "hash", make(values)
    except (UnicodeEncodeError, ValueError, TypeError) as exc:
        return "error", type(exc).__name__


@settings(max_examples=500, deadline=None)
@given(
    prev=TEXT,
    seq=SEQ,
    texts=st.lists(TEXT, min_size=8, max_size=8),
    details=DETAILS,
)
def test_the_hash_is_the_one_json_text_gives(
    prev: str, seq: Any, texts: list[str], details: str
) -> None:
    values = [prev, seq, *texts, details]
    assert _outcome(lambda v: audit.entry_hash(*v), values) == _outcome(_reference, values)


@settings(max_examples=500, deadline=None)
@given(texts=st.lists(TEXT.filter(lambda t: "\ud800" not in t), min_size=10, max_size=10))
def test_orjson_writes_the_text_json_writes(texts: list[str]) -> None:
    """Where orjson is used (text without lone surrogates, integers of 64 bits) its bytes are
    json's UTF-8 bytes — not only the same hash by the same path."""
    if any(0xD800 <= ord(c) <= 0xDFFF for t in texts for c in t):
        return
    for seq in (1, 2**63 - 1, 2**64 - 1, -(2**63)):
        values = [texts[0], seq, *texts[1:]]
        written = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
        assert orjson.dumps(values) == written.encode("utf-8")


def test_a_float_seq_is_hashed_as_json_writes_it() -> None:
    """orjson writes 1e-05 as 0.00001 (NaN as null): such a seq never goes through orjson."""
    values = ["0" * 64, 1e-05, "at", "u", "w", "a", "t", "i", "j", "r", "{}"]
    assert orjson.dumps(values) != json.dumps(values, separators=(",", ":")).encode()
    assert audit.entry_hash(*values) == _reference(values)
