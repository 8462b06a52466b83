"""How a bulk write's rows travel in a COPY: binary, with each column's type named once.

psycopg formats a COPY row value by value. Told nothing, it looks up an adapter for every
value by its Python type (and, for an integer, by its size) — ≈ 30 % of the formatting's
CPU for the import's rows. Told the columns' types (`Copy.set_types`) it takes one adapter
per column, and the binary form needs no escaping of the text (decision 0049).

The rule that makes this safe: in one bulk write every value of a column is of the Python
type its column's type takes here (`str` for text, `int` for integers) or None — as the
import's rows are (they are made by the same code for every row, from checked records).
`binary_types` says whether every column's type is one of those; `first_row_fits` checks
the first row of each write, and a write whose first row does not fit is sent as text,
value by value, as before. A later row that breaks the rule is refused by psycopg before
it is sent (a programming error, raised as such; the caller's transaction rolls back).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: PostgreSQL type oids whose values COPY sends in binary form, and the Python type each
#: takes: text, varchar; bigint, integer, smallint.
BINARY_TYPES: dict[int, type] = {25: str, 1043: str, 20: int, 23: int, 21: int}

#: The columns of a table and their type oids (pg_attribute), for `binary_types`.
COLUMN_TYPES_SQL = (
    "SELECT attname, atttypid::INTEGER FROM pg_attribute "
    "WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped"
)


def binary_types(found: Sequence[tuple[str, int]], columns: Sequence[str]) -> list[int] | None:
    """The type oids of `columns` (from `found`: (name, oid) of the table's columns) when
    every one is in BINARY_TYPES; None: the write goes as text."""
    oids = dict(found)
    chosen = [oids.get(column, 0) for column in columns]
    return chosen if all(oid in BINARY_TYPES for oid in chosen) else None


def first_row_fits(row: Sequence[Any], types: Sequence[int]) -> bool:
    """Whether each value of `row` is None or of the Python type its column's type takes
    (bool is no int here: a boolean never goes into an integer column as one)."""
    if len(row) != len(types):
        return False
    return all(
        value is None or type(value) is BINARY_TYPES[oid]
        for value, oid in zip(row, types, strict=True)
    )
