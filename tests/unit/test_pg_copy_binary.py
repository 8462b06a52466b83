"""A bulk write's COPY goes in binary form with its columns' types named (decision 0049).

psycopg formats each row with one adapter per column instead of looking one up for every
value. What must not change: the rows stored (text with tabs, newlines, backslashes and
non-Latin letters, None, negative and 64-bit integers), the refusals, and every write
whose rows or columns do not fit the binary form (then it goes as text, as before).
The statement's form is read from what psycopg was asked to run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.pg_copy import binary_types, first_row_fits
from radprev_desktop.core.vault.postgres import ConstraintRefused, PgConnection
from radprev_desktop.core.vault.savepoint import savepoint
from tests.pg_cluster import Cluster

COLUMNS = ("n", "small", "note", "label")
ROWS: list[tuple[Any, ...]] = [
    (1, 7, "plain", "a"),
    (2, -3, "tab\there, new\nline, back\\slash, \\N", None),
    (-(2**62), None, "Јован Марковић — Łódź, Ñandú", ""),
    (2**62, 0, "", "z" * 5000),
]


@pytest.fixture
def con(pg_cluster: Cluster, pg_database: str) -> Iterator[PgConnection]:
    con = pg_cluster.connect(pg_database)
    try:
        con.execute(
            "CREATE TABLE items (n BIGINT PRIMARY KEY, small INTEGER, note TEXT NOT NULL, "
            "label VARCHAR(6000), CHECK (note <> 'bad'))"
        )
        yield con
    finally:
        con.close()


@pytest.fixture
def copies(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The COPY statements psycopg is asked to run, as text."""
    seen: list[str] = []
    real = psycopg.Cursor.copy

    def spy(cursor: psycopg.Cursor[Any], statement: Any, *args: Any, **kwargs: Any) -> Any:
        text = statement if isinstance(statement, str) else statement.as_string(cursor)
        seen.append(text)
        return real(cursor, statement, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "copy", spy)
    return seen


def stored(con: PgConnection) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in con.execute("SELECT * FROM items ORDER BY n").fetchall()]


def test_rows_go_binary_and_are_stored_as_by_text(con: PgConnection, copies: list[str]) -> None:
    assert bulk.insert_rows(con, "items", COLUMNS, iter(ROWS)) == len(ROWS)
    assert copies and copies[-1].endswith("(FORMAT BINARY)"), copies
    binary = stored(con)
    con.execute("DELETE FROM items")
    # The same rows as text (psycopg told nothing, as before decision 0049).
    with con.raw.cursor().copy("COPY items (n, small, note, label) FROM STDIN") as copy:
        for row in ROWS:
            copy.write_row(row)
    assert stored(con) == binary == sorted(ROWS, key=lambda r: r[0])


def test_a_first_row_that_does_not_fit_goes_as_text(con: PgConnection, copies: list[str]) -> None:
    # An integer into a text column, a numeric string into an integer one: text takes both
    # (the server reads the text); the binary form would refuse them in this process.
    rows = [(1, "5", 42, "x"), (2, 6, "y", "z")]
    bulk.insert_rows(con, "items", COLUMNS, rows)
    assert not copies[-1].endswith("(FORMAT BINARY)")
    assert stored(con) == [(1, 5, "42", "x"), (2, 6, "y", "z")]


def test_columns_of_other_types_go_as_text(con: PgConnection, copies: list[str]) -> None:
    con.execute("CREATE TABLE days (d DATE, ok BOOLEAN, t TEXT)")
    bulk.insert_rows(con, "days", ("d", "ok", "t"), [("2024-02-29", 1, "a")])
    assert not copies[-1].endswith("(FORMAT BINARY)")
    assert [tuple(r) for r in con.execute("SELECT d::text, ok, t FROM days")] == [
        ("2024-02-29", True, "a")
    ]
    bulk.insert_rows(con, "days", ("t",), [("b",)])  # text columns only: binary
    assert copies[-1].endswith("(FORMAT BINARY)")


def test_a_refusal_is_the_same(con: PgConnection) -> None:
    con.execute("BEGIN")
    bulk.insert_rows(con, "items", COLUMNS, [(1, 1, "a", "a")])
    with pytest.raises(ConstraintRefused, match="check constraint"), savepoint(con, "batch"):
        bulk.insert_rows(con, "items", COLUMNS, [(2, 2, "b", "b"), (3, 3, "bad", "c")])
    with pytest.raises(ConstraintRefused, match="0x00"), savepoint(con, "nul"):
        bulk.insert_rows(con, "items", COLUMNS, [(4, 4, "nul\x00", "d")])
    con.execute("COMMIT")
    assert stored(con) == [(1, 1, "a", "a")]


def test_types_learnt_again_after_a_table_is_altered(con: PgConnection, copies: list[str]) -> None:
    bulk.insert_rows(con, "items", COLUMNS, [(1, 1, "a", "a")])
    # INTEGER -> BIGINT: both take a Python int, but their binary forms differ in length;
    # sent with the old type's form the server would refuse the row.
    con.execute("ALTER TABLE items ALTER COLUMN small TYPE BIGINT")
    bulk.insert_rows(con, "items", COLUMNS, [(2, 2**40, "b", "b")])
    assert copies[-1].endswith("(FORMAT BINARY)")
    assert stored(con)[-1] == (2, 2**40, "b", "b")


def test_the_binary_forms_rules() -> None:
    found = [("n", 20), ("small", 23), ("note", 25), ("label", 1043), ("d", 1082)]
    assert binary_types(found, COLUMNS) == [20, 23, 25, 1043]
    assert binary_types(found, ("n", "d")) is None  # a date: as text
    assert binary_types(found, ("n", "missing")) is None
    assert first_row_fits((1, None, "a", ""), [20, 23, 25, 1043])
    assert not first_row_fits((True, 1, "a", ""), [20, 23, 25, 1043])  # a bool is no int
    assert not first_row_fits((1, 1, 2, ""), [20, 23, 25, 1043])
    assert not first_row_fits((1, 1, "a"), [20, 23, 25, 1043])
