"""A record kind's JSON Schema turned into straight-line Python that can only say "valid".

The central import checks every received record against its kind's schema
(decision 0007). `fastjsonschema`'s generated code is general: it copies each
object's keys into a set, removes them one by one and tests `isinstance` against
tuples of types — about 14 µs for an observation, as much as parsing the line.
Here the same schema becomes one function of plain comparisons (`type(v) is str`,
`len(v) > 4000`, a frozenset for an enum) that returns True only when the record
certainly matches; for anything else it returns False and the caller asks the
existing validators, which give the verdict and the reason exactly as before.

So this code can make a valid record cheaper, never an invalid one accepted, as
long as it is at least as strict as the schema: it accepts only what JSON gives
(dict, list, str, int, bool, None — never a float or a tuple), and a schema using a
keyword it does not know ($ref, format, uniqueItems…, an `if` other than "this
property is this string") is not compiled at all (`compile_accepting` returns None). tests/unit/test_record_schemas.py compares
its verdicts with both validators on mutated real records of every kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

#: Keywords that only describe (they never change a verdict).
_ANNOTATIONS = frozenset({"$schema", "$id", "title", "description"})
_KNOWN = frozenset(
    {
        "type",
        "enum",
        "const",
        "maxLength",
        "minLength",
        "pattern",
        "minimum",
        "maximum",
        "items",
        "maxItems",
        "minItems",
        "properties",
        "required",
        "additionalProperties",
        "if",
        "then",
        "else",
    }
)
_TYPE_TESTS = {
    "string": "type({v}) is str",
    "integer": "type({v}) is int",
    "boolean": "type({v}) is bool",
    "null": "{v} is None",
    "array": "type({v}) is list",
    "object": "type({v}) is dict",
}
_INDENT = "    "
#: An unescaped `$`, as fastjsonschema finds it to read it as end of text (`\Z`).
_DOLLAR = re.compile(r"(?<!\\)\$")


class _Unsupported(Exception):
    """The schema uses something this code does not check: leave it to the validators."""


class _Code:
    """Python source for one schema, and the constants (patterns, sets) it refers to."""

    def __init__(self, closed: bool = False) -> None:
        #: Every value checked: objects closed, every value typed (see compile_accepting).
        self.closed = closed
        self.lines: list[str] = []
        self.constants: dict[str, Any] = {"_MISSING": _MISSING}
        self._names = 0

    def name(self, prefix: str) -> str:
        self._names += 1
        return f"{prefix}{self._names}"

    def constant(self, value: Any) -> str:
        name = self.name("_c")
        self.constants[name] = value
        return name

    def emit(self, depth: int, line: str) -> None:
        self.lines.append(_INDENT * depth + line)

    def refuse_unless(self, depth: int, condition: str) -> None:
        self.emit(depth, f"if not ({condition}):")
        self.emit(depth + 1, "return False")

    def node(self, schema: Any, v: str, depth: int) -> None:
        """Checks of value `v` against `schema`, at indentation `depth`."""
        if not isinstance(schema, dict):
            raise _Unsupported("boolean schemas")
        keywords = set(schema) - _ANNOTATIONS
        if keywords - _KNOWN:
            raise _Unsupported(sorted(keywords - _KNOWN))
        types = schema.get("type")
        names = [] if types is None else types if isinstance(types, list) else [types]
        if any(t not in _TYPE_TESTS for t in names) or (types is not None and not names):
            raise _Unsupported(f"type {types!r}")
        if self.closed and not names and not {"enum", "const"} & keywords:
            raise _Unsupported("a value of any type")
        # One `if` per value: the type, then the rules of that type (guarded by the type
        # unless it is the only one allowed).
        refusals = []
        if names:
            refusals.append(f"not ({' or '.join(_TYPE_TESTS[t].format(v=v) for t in names)})")
        refusals += self._closed_values(schema, v)
        only = names[0] if len(names) == 1 else None
        for kind, tests in (
            ("string", self._string(schema, v)),
            ("integer", self._integer(schema, names, v)),
        ):
            if tests:
                guard = "" if only == kind else _TYPE_TESTS[kind].format(v=v) + " and "
                refusals.append(f"({guard}({' or '.join(tests)}))")
        if refusals:
            self.emit(depth, f"if {' or '.join(refusals)}:")
            self.emit(depth + 1, "return False")
        self._array(schema, v, depth, only == "array", self.closed and "array" in names)
        self._object(schema, v, depth, only == "object", self.closed and "object" in names)
        self._conditional(schema, v, depth)

    def _conditional(self, schema: dict[str, Any], v: str, depth: int) -> None:
        """if/then/else: the `if` must be decided exactly (a "no" that should be "yes"
        would check the wrong branch), so only a plain form of it is compiled."""
        if "if" not in schema:
            if {"then", "else"} & set(schema):
                raise _Unsupported("then/else without if")
            return
        # then/else add rules to a value this node has already typed (and closed): what
        # they name is checked as the schema says, never closed again.
        closed, self.closed = self.closed, False
        self.emit(depth, f"if {self.exactly(schema['if'], v)}:")
        self.node(schema.get("then", {}), v, depth + 1)
        self.emit(depth + 1, "pass")
        self.emit(depth, "else:")
        self.node(schema.get("else", {}), v, depth + 1)
        self.emit(depth + 1, "pass")
        self.closed = closed

    def exactly(self, schema: Any, v: str) -> str:
        """An expression true exactly when `v` matches `schema`, for the one form an `if`
        takes here: properties whose value is a string constant (other keys: not compiled)."""
        if not isinstance(schema, dict) or set(schema) - _ANNOTATIONS != {"properties"}:
            raise _Unsupported("an if of another form")
        tests = []
        for key, sub in schema["properties"].items():
            if not isinstance(sub, dict) or set(sub) - _ANNOTATIONS != {"const"}:
                raise _Unsupported("an if of another form")
            if not isinstance(sub["const"], str):
                raise _Unsupported("const other than a string")
            value = f"{v}[{key!r}]"
            constant = self.constant(sub["const"])
            tests.append(
                f"({key!r} not in {v} or (type({value}) is str and {value} == {constant}))"
            )
        # Properties constrain objects only: anything else matches.
        return f"(type({v}) is not dict or ({' and '.join(tests) or 'True'}))"

    def _closed_values(self, schema: dict[str, Any], v: str) -> list[str]:
        refusals = []
        if "enum" in schema:
            values = schema["enum"]
            if not isinstance(values, list) or not all(isinstance(x, str) for x in values):
                raise _Unsupported("enum of other than strings")
            refusals.append(f"not (type({v}) is str and {v} in {self.constant(frozenset(values))})")
        if "const" in schema:
            if not isinstance(schema["const"], str):
                raise _Unsupported("const other than a string")
            refusals.append(f"not (type({v}) is str and {v} == {self.constant(schema['const'])})")
        return refusals

    def _string(self, schema: dict[str, Any], v: str) -> list[str]:
        tests = []
        if "maxLength" in schema:
            tests.append(f"len({v}) > {int(schema['maxLength'])}")
        if "minLength" in schema:
            tests.append(f"len({v}) < {int(schema['minLength'])}")
        if "pattern" in schema:
            # The searches both validators make (re.search: not anchored): jsonschema's with
            # the pattern as written, fastjsonschema's with each unescaped `$` read as `\Z`
            # (so "…Z\n" fails there). Passing both keeps this code at least as strict.
            pattern = schema["pattern"]
            ending = _DOLLAR.sub(r"\\Z", pattern)
            forms = [pattern, ending]
            if pattern.endswith("$") and ending == pattern[:-1] + "\\Z":
                # The one `$` ends the pattern (outside any group or class): wherever `\Z`
                # matches, `$` matches too, so the `\Z` search alone says "both found it".
                forms = [ending]
            for form in dict.fromkeys(forms):
                tests.append(f"{self.constant(re.compile(form).search)}({v}) is None")
        return tests

    def _integer(self, schema: dict[str, Any], names: list[str], v: str) -> list[str]:
        tests = []
        if "minimum" in schema:
            tests.append(f"{v} < {int(schema['minimum'])}")
        if "maximum" in schema:
            tests.append(f"{v} > {int(schema['maximum'])}")
        if tests and (not names or not set(names) <= {"integer", "null"}):
            raise _Unsupported("bounds on values that may not be integers")
        return tests

    def _array(self, schema: dict[str, Any], v: str, depth: int, only: bool, closed: bool) -> None:
        if not {"items", "maxItems", "minItems"} & set(schema) and not closed:
            return
        self.emit(depth, "if True:" if only else f"if type({v}) is list:")
        if closed and "items" not in schema:
            self.refuse_unless(depth + 1, f"not {v}")  # items of any type: none allowed
        if "maxItems" in schema:
            self.refuse_unless(depth + 1, f"len({v}) <= {int(schema['maxItems'])}")
        if "minItems" in schema:
            self.refuse_unless(depth + 1, f"len({v}) >= {int(schema['minItems'])}")
        if "items" in schema:
            item = self.name("x")
            self.emit(depth + 1, f"for {item} in {v}:")
            self.node(schema["items"], item, depth + 2)
        self.emit(depth + 1, "pass")

    def _object(self, schema: dict[str, Any], v: str, depth: int, only: bool, closed: bool) -> None:
        if not {"properties", "required", "additionalProperties"} & set(schema) and not closed:
            return
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        additional = schema.get("additionalProperties", True)
        if not isinstance(properties, dict) or not isinstance(required, list):
            raise _Unsupported("properties or required of another form")
        if additional not in (True, False):
            raise _Unsupported("additionalProperties as a schema")
        self.emit(depth, "if True:" if only else f"if type({v}) is dict:")
        if required:
            self.refuse_unless(depth + 1, f"{v}.keys() >= {self.constant(frozenset(required))}")
        if additional is False or closed:
            self.refuse_unless(depth + 1, f"{v}.keys() <= {self.constant(frozenset(properties))}")
        for key, sub in properties.items():
            value = self.name("p")
            if key in required:
                self.emit(depth + 1, f"{value} = {v}[{key!r}]")
                self.node(sub, value, depth + 1)
            else:
                self.emit(depth + 1, f"{value} = {v}.get({key!r}, _MISSING)")
                self.emit(depth + 1, f"if {value} is not _MISSING:")
                self.node(sub, value, depth + 2)
                self.emit(depth + 2, "pass")
        self.emit(depth + 1, "pass")


class _Missing:
    """An absent optional property (None is a value a property may hold)."""


_MISSING = _Missing()


def compile_accepting(
    schema: dict[str, Any], *, closed: bool = False
) -> Callable[[Any], bool] | None:
    """A function saying True only for a value that certainly matches `schema` (False:
    ask the validators); None when the schema uses a keyword not handled here.

    `closed`: stricter still — every object may hold only the keys its schema names and
    every value must pass a type test (a value the schema lets be anything makes the
    schema not compiled), so True also says that every value in the record is a str,
    int, bool, None, list or dict (no float anywhere: decision 0029 relies on it)."""
    code = _Code(closed)
    try:
        code.node(schema, "record", 1)
    except _Unsupported:
        return None
    source = "\n".join(["def accepts(record):", *code.lines, _INDENT + "return True", ""])
    namespace = dict(code.constants)
    # Generated from the kinds' own schemas (constants of the code base, never input).
    exec(compile(source, f"<record schema {schema.get('title', '')}>", "exec"), namespace)
    accepts: Callable[[Any], bool] = namespace["accepts"]
    return accepts
