"""The record schemas: the compiled fast check and jsonschema agree, and reasons keep data out.

`RecordSchema.validate` accepts on fastjsonschema's verdict and asks jsonschema only for the
reason of a refusal; so the two must agree. Real records of every kind, made on a real
workstation vault, are mutated field by field (hypothesis) and both verdicts compared.
Before both, the schema turned into plain Python (`record_schema_code`) may say "valid":
it must never say so of a record either validator refuses, and on what JSON can carry
(no floats: refused before the schema) it must say so of every record they accept.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date, timedelta
from typing import Any

import fastjsonschema
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from radprev_desktop.core import audit_schema
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.record_schema_code import compile_accepting
from radprev_desktop.core.services import checklists, reviews
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.registry import sync_kinds as kinds
from tests.unit.records_support import subject, submitted

VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


@pytest.fixture
def samples(officer: Session, supervisor: Session) -> dict[str, dict[str, Any]]:
    """One genuine record of every real kind, as it would travel."""
    s = subject(officer, "PL-7001", "Đorđević", "Миле")
    obs = submitted(officer, s.id)
    review = reviews.accept(supervisor, obs, "Seen.")
    run = checklists.start_run(officer, s.id)
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    checklists.save_answers(
        officer,
        run.id,
        [
            AnswerInput("A2.2", Answer.OBSERVED, "Gave orders at exercise.", yesterday),
            AnswerInput("P2", Answer.OBSERVED, "Attends the carpentry course."),
        ],
        Sections(other_explanations="Possibly a debt."),
    )
    done = checklists.complete_run(
        officer, run.id, "Leading role.", (date.today() + timedelta(days=90)).isoformat()
    )
    registry = kinds()
    con = officer.con
    return {
        "subject": registry["subject"].serialize(con, s.id, s.version),
        "observation": registry["observation"].serialize(con, obs, 1),
        "review": registry["review"].serialize(con, review.id, 1),
        "checklist_run": registry["checklist_run"].serialize(con, done.id, done.version),
        # As retention's erase writes it (erasure itself needs a delivered file).
        "tombstone": {
            "id": "01a00000-0000-7000-8000-00000000000e",
            "version": 1,
            "object_kind": "subject",
            "object_id": s.id,
            "establishment_code": s.establishment_code,
            "erased_at": "2026-11-25T10:00:00.000000Z",
            "reason_code": "retention",
            "observation_count": 1,
        },
    }


def _verdicts(kind: str, record: Any) -> tuple[bool, bool]:
    schema = kinds()[kind].schema
    try:
        schema._fast(record)
        fast = True
    except fastjsonschema.JsonSchemaException:
        fast = False
    reference = schema._reference.is_valid(record)
    accepts = schema._accepts
    if accepts is not None:
        plain = accepts(record)
        assert not plain or (fast and reference), (kind, "plain code accepted a refused record")
        # What a package line can carry: JSON without fractions (a number with a fraction,
        # 1.0 included, is refused before the schema); a record is accepted when both
        # validators accept it.
        combined = fast and reference
        carried = _plain_json(record) and json.loads(json.dumps(record)) == record
        assert plain == combined or not carried, (kind, record)
    closed = schema.closed_accepts
    if closed is not None and closed(record):
        # The import's orjson reading relies on it (decision 0029): accepted, and nothing
        # in the record but text, integers, true/false, null, lists and objects.
        assert fast and reference and accepts is not None and accepts(record), kind
        assert _plain_json(record), (kind, "closed code accepted a float or another type")
    return fast, reference


def _plain_json(value: Any) -> bool:
    if isinstance(value, dict):
        return all(type(k) is str and _plain_json(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain_json(v) for v in value)
    return value is None or type(value) in (str, int, bool)


def test_the_hot_kinds_have_plain_code() -> None:
    """The kinds that make up most of an import take the fast path (else nothing is gained);
    a schema with keywords the plain code does not know is left to the validators."""
    registry = kinds()
    assert registry, "no kinds"
    for name in ("subject", "observation", "review", "checklist_run", "tombstone"):
        assert registry[name].schema._accepts is not None, name
    assert compile_accepting({"type": "object", "properties": {"a": {"format": "date"}}}) is None
    # An `if` is compiled only as "this property is this string" (it must be decided exactly).
    assert compile_accepting({"if": {"properties": {"a": {"type": "integer"}}}}) is None
    assert compile_accepting({"if": {"required": ["a"]}, "then": {}}) is None
    assert compile_accepting({"then": {"type": "null"}}) is None
    assert compile_accepting({"type": "number"}) is None
    assert compile_accepting(audit_schema.SCHEMA) is not None


def test_the_closed_code_leaves_no_value_unchecked() -> None:
    """A value the schema lets be anything is not compiled in the closed form; a list
    without an item schema, an object without properties: only empty ones pass."""
    anything = {"type": "object", "properties": {"a": {"maxLength": 3}}}
    assert compile_accepting(anything) is not None
    assert compile_accepting(anything, closed=True) is None
    assert compile_accepting({"enum": ["x"]}, closed=True) is not None
    open_ = compile_accepting(
        {"type": "object", "properties": {"l": {"type": "array"}, "o": {"type": "object"}}},
        closed=True,
    )
    assert open_ is not None
    assert open_({"l": [], "o": {}}) and not open_({"l": [1.5]}) and not open_({"o": {"x": 1}})
    assert not open_({"l": [], "z": 1})


def _nested_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a record where a value sits (keys of objects, indexes of lists)."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _nested_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _nested_paths(item, (*path, index))
    return found


def _draw_nested(
    samples: dict[str, dict[str, Any]], data: st.DataObject
) -> tuple[str, dict[str, Any], tuple[Any, ...], Any]:
    """A copy of one kind's sample, a path drawn inside it and the object holding its end."""
    kind = data.draw(st.sampled_from(sorted(samples)))
    record = copy.deepcopy(samples[kind])
    paths = _nested_paths(record)
    assert paths, kind
    path = data.draw(st.sampled_from(paths))
    parent: Any = record
    for step in path[:-1]:
        parent = parent[step]
    return kind, record, path, parent


def test_genuine_records_pass(samples: dict[str, dict[str, Any]]) -> None:
    assert set(samples) == {"subject", "observation", "review", "checklist_run", "tombstone"}
    assert samples, "nothing to check"
    for kind, record in samples.items():
        assert _verdicts(kind, record) == (True, True), kind
        kinds()[kind].validate(record)
        # Genuine records pass the closed code too (else the import's orjson way is unused).
        closed = kinds()[kind].schema.closed_accepts
        assert closed is not None and closed(record), kind


# What JSON text can carry besides: floats (fractions, exponents, integers beyond 64 bits
# as orjson reads them), and floats inside lists and objects.
WILD = st.recursive(
    VALUES | st.floats() | st.integers(2**63, 2**70),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=4,
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_closed_code_accepts_only_plain_json(
    samples: dict[str, dict[str, Any]], data: st.DataObject
) -> None:
    """The closed form says "valid" only of records both validators accept and that hold
    nothing but text, integers, true/false, null, lists and objects — extra keys and values
    of any type refused, at every depth (`_verdicts` checks it)."""
    kind, record, path, parent = _draw_nested(samples, data)
    if data.draw(st.booleans()) and isinstance(parent, dict):
        parent[data.draw(st.text(min_size=1, max_size=8))] = data.draw(WILD)
    else:
        parent[path[-1]] = data.draw(WILD)
    _verdicts(kind, record)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fast_and_reference_validators_agree(
    samples: dict[str, dict[str, Any]], data: st.DataObject
) -> None:
    kind = data.draw(st.sampled_from(sorted(samples)))
    record = copy.deepcopy(samples[kind])
    field = data.draw(st.sampled_from(sorted(record)))
    if data.draw(st.booleans()):
        record[field] = data.draw(VALUES)
    else:
        del record[field]
    fast, reference = _verdicts(kind, record)
    assert fast == reference, (kind, field, record.get(field))


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_verdicts_agree_deep_inside_records(
    samples: dict[str, dict[str, Any]], data: st.DataObject
) -> None:
    """Mutations inside nested objects and lists (grading, indicators, people, answers),
    long strings, extra keys: the three verdicts still agree."""
    kind, record, path, parent = _draw_nested(samples, data)
    how = data.draw(st.sampled_from(["value", "long", "extra", "drop", "newline"]))
    if how == "value":
        parent[path[-1]] = data.draw(VALUES)
    elif how == "newline" and isinstance(parent[path[-1]], str):
        # A pattern ending in `$`: jsonschema lets "…\n" through, fastjsonschema does not.
        parent[path[-1]] += "\n"
    elif how == "long" and isinstance(parent[path[-1]], str):
        parent[path[-1]] = "ż" * data.draw(st.sampled_from([0, 39, 40, 41, 200, 201, 20001]))
    elif how == "extra" and isinstance(parent, dict):
        parent[data.draw(st.text(min_size=1, max_size=8))] = data.draw(VALUES)
    elif isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent.pop(path[-1])
    _verdicts(kind, record)


def test_reasons_name_the_field_never_the_value(samples: dict[str, dict[str, Any]]) -> None:
    record = dict(samples["subject"], family_name="Ż" * 500)
    with pytest.raises(ValidationError) as info:
        kinds()["subject"].validate(record)
    assert "family_name" in str(info.value) and "200" in str(info.value)
    assert "Ż" not in str(info.value) and info.value.field == "family_name"
    missing = {k: v for k, v in samples["observation"].items() if k != "facts"}
    with pytest.raises(ValidationError, match="facts is missing"):
        kinds()["observation"].validate(missing)


def test_a_review_grading_only_for_a_regrade(samples: dict[str, dict[str, Any]]) -> None:
    review = samples["review"]
    grading = samples["observation"]["grading"]
    with pytest.raises(ValidationError):
        kinds()["review"].validate(dict(review, grading=grading))
    kinds()["review"].validate(dict(review, decision="regrade", grading=grading))
    with pytest.raises(ValidationError):
        kinds()["review"].validate(dict(review, decision="regrade", grading=None))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_audit_lines_plain_code_agrees_with_jsonschema(
    officer: Session, data: st.DataObject
) -> None:
    """The import's audit lines: the plain code says "valid" exactly when jsonschema does
    (for what JSON without fractions can carry), never for a line jsonschema refuses."""
    rows = officer.con.execute(
        f"SELECT {audit_schema.COLUMNS} FROM audit ORDER BY seq LIMIT 5"
    ).fetchall()
    assert rows, "the officer's vault has no audit entries"
    entry = dict(zip(audit_schema.FIELDS, data.draw(st.sampled_from(rows)), strict=True))
    accepts = compile_accepting(audit_schema.SCHEMA)
    reference = jsonschema.Draft202012Validator(audit_schema.SCHEMA)
    assert accepts is not None and accepts(entry) and reference.is_valid(entry)
    field = data.draw(st.sampled_from(sorted(entry)))
    how = data.draw(st.sampled_from(["value", "drop", "extra", "hex"]))
    if how == "value":
        entry[field] = data.draw(VALUES)
    elif how == "drop":
        del entry[field]
    elif how == "extra":
        entry[data.draw(st.text(min_size=1, max_size=8))] = data.draw(VALUES)
    else:
        entry[field] = data.draw(st.text("0123456789abcdefABCDEF\n", min_size=63, max_size=65))
    plain, valid = accepts(entry), reference.is_valid(entry)
    assert not plain or valid, (field, how)
    # Stricter only where fastjsonschema would be: "…\n" against a pattern ending in `$`.
    assert plain == valid or entry[field][-1:] == "\n", (field, how)


def _patterns(schema: Any) -> list[str]:
    if isinstance(schema, dict):
        found = [schema["pattern"]] if isinstance(schema.get("pattern"), str) else []
        return found + [p for value in schema.values() for p in _patterns(value)]
    if isinstance(schema, list):
        return [p for value in schema for p in _patterns(value)]
    return []


PATTERNS = sorted(
    {p for kind in kinds().values() for p in _patterns(kind.schema.schema)}
    | set(_patterns(audit_schema.SCHEMA))
)


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.sampled_from(PATTERNS),
    text=st.sampled_from(
        ["2026-11-30", "2026-11-30T10:00:00Z", "2026-11-30T10:00:00.123456Z", "A3.1", "0" * 64]
    )
    | st.text("0123456789abcdefTZ:.-AP \n", max_size=30),
    suffix=st.sampled_from(["", "\n", "\n\n", " ", "x"]),
)
def test_a_pattern_passes_exactly_when_both_validators_searches_find_it(
    pattern: str, text: str, suffix: str
) -> None:
    """jsonschema searches the pattern as written, fastjsonschema with `$` read as `\\Z`;
    the plain code (one search where that says the same) accepts exactly when both find it."""
    assert PATTERNS, "no patterns in the schemas"
    accepts = compile_accepting({"type": "string", "pattern": pattern})
    assert accepts is not None
    value = text + suffix
    both = re.search(pattern, value) is not None and (
        re.search(re.sub(r"(?<!\\)\$", r"\\Z", pattern), value) is not None
    )
    assert accepts(value) == both, (pattern, value)


def test_a_trailing_newline_is_never_let_through(samples: dict[str, dict[str, Any]]) -> None:
    """Patterns ending in `$`: jsonschema accepts "…\\n", fastjsonschema refuses it, so the
    import refuses it (they disagree: fail closed) — the plain code must not accept it."""
    observation = copy.deepcopy(samples["observation"])
    observation["indicators"] = [{"code": "A3.1", "evidence": "Seen at exercise."}]
    assert _verdicts("observation", observation) == (True, True)
    observation["indicators"][0]["code"] += "\n"
    fast, reference = _verdicts("observation", observation)
    assert (fast, reference) == (False, True)
    assert kinds()["observation"].schema._accepts(observation) is False
    with pytest.raises(ValidationError):
        kinds()["observation"].validate(observation)
