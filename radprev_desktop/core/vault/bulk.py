"""Many rows into one table at once: executemany on SQLCipher, COPY on PostgreSQL.

The import's bulk steps (audit entries that travelled with a package) write
through here, so the central store on a server takes them in one COPY stream
instead of one round trip per row. The caller checks the rows first and holds
the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of


def insert_rows(
    con: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert `rows` (values in `columns` order) into `table`; returns how many.

    `rows` may be a generator: on PostgreSQL the COPY then sends each row as it is made,
    so the server stores the first rows while the caller builds the next ones.
    """
    for name in (table, *columns):
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not an identifier: {name!r}")
    if isinstance(rows, Sequence) and not rows:
        return 0
    if dialect_of(con).is_postgresql:
        return int(con.copy_rows(table, columns, rows))
    rows = rows if isinstance(rows, Sequence) else list(rows)
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    con.executemany(f"INSERT INTO {table}({quoted}) VALUES ({marks})", rows)
    return len(rows)


@contextmanager
def meanwhile(con: Connection, steps: Iterator[object]) -> Iterator[None]:
    """Inside the block, the server's bulk writes are filled with `steps` (short steps of
    work that touch no store) instead of waiting idle (PostgreSQL: PgConnection.meanwhile,
    decision 0037); nothing on SQLCipher, whose engine works in this process."""
    if not dialect_of(con).is_postgresql:
        yield
        return
    con.meanwhile(steps)
    try:
        yield
    finally:
        con.meanwhile(None)


def stage(
    con: Connection, name: str, columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[Any]]
) -> None:
    """A temporary staging table `name` (columns: name, SQL type) filled with `rows`.

    The import's set-based steps join a batch of received records against the held
    rows through such a table, instead of asking one question per record. It lives
    in the connection's temporary space (memory on SQLCipher: `temp_store = MEMORY`;
    the server's session-private temporary tables on PostgreSQL) and is replaced on
    the next call with the same name; `drop_stage` removes it. On PostgreSQL the
    table is analysed so the planner joins it by index rather than scanning the held
    tables.
    """
    for column, kind in columns:
        if not column.replace("_", "").isalnum() or kind not in _STAGE_TYPES:
            raise ValueError(f"not a staging column: {column!r} {kind!r}")
    spec = ", ".join(f'"{c}" {kind}' for c, kind in columns)
    if dialect_of(con).is_postgresql and con.in_transaction:
        # Kept for the session, emptied before each use and after the commit: creating
        # and dropping a table per batch was catalog work on the server (≈ 1–1.5 ms each,
        # twice per batch). IF NOT EXISTS: a rollback takes back a table made inside it.
        # (Outside a transaction each statement commits: made anew below.)
        # Both in one round trip (no parameters: one simple query).
        con.empty_after_commit(name)
        con.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {name} ({spec}); DELETE FROM {_temporary(con)}{name}"
        )
        insert_rows(con, name, [c for c, _ in columns], rows)
        con.execute(f"ANALYZE {name}")
        return
    if not dialect_of(con).is_postgresql:
        # Kept for the connection (a name always has the same columns) and emptied before
        # each use and by drop_stage: creating or dropping a TEMP table changes the TEMP
        # schema, and SQLite then expires every prepared statement of the connection — each
        # batch of an import had all its statements prepared again (decision 0045).
        con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({spec})")
        con.execute(f"DELETE FROM {_temporary(con)}{name}")
        insert_rows(con, name, [c for c, _ in columns], rows)
        return
    drop_stage(con, name)
    con.execute(f"CREATE TEMP TABLE {_temporary(con)}{name} ({spec})")
    insert_rows(con, name, [c for c, _ in columns], rows)
    con.execute(f"ANALYZE {name}")


def drop_stage(con: Connection, name: str) -> None:
    """Empty a staging table made by `stage` (nothing when there is none). SQLite keeps the
    empty table for the connection; PostgreSQL inside a transaction keeps it for the session
    (emptied after the commit, and by the next `stage`), else drops it."""
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not an identifier: {name!r}")
    if not dialect_of(con).is_postgresql:
        held = "SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?"
        if con.execute(held, (name,)).fetchone() is not None:
            con.execute(f"DELETE FROM {_temporary(con)}{name}")
    elif not con.in_transaction:
        con.execute(f"DROP TABLE IF EXISTS {_temporary(con)}{name}")


def _temporary(con: Connection) -> str:
    # Named in the temporary schema, so a DROP can never reach a table of the store.
    return "pg_temp." if dialect_of(con).is_postgresql else "temp."


_STAGE_TYPES = frozenset({"TEXT", "BIGINT"})


def reserve_keys(con: Connection, table: str, column: str, count: int) -> list[int]:
    """`count` new values of `table`'s generated integer key, ascending, for rows the
    caller then inserts in bulk with their keys given (so rows need no INSERT … RETURNING).

    PostgreSQL: taken from the identity column's sequence (safe beside other writers).
    SQLCipher: the values after the largest held, as SQLite would give them one by one
    (the key is a rowid without AUTOINCREMENT; the caller holds the write lock).
    """
    for name in (table, column):
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not an identifier: {name!r}")
    if count <= 0:
        return []
    if dialect_of(con).is_postgresql:
        rows = con.execute(
            "SELECT nextval(pg_get_serial_sequence(?, ?)) FROM generate_series(1, ?)",
            (table, column, count),
        ).fetchall()
        return sorted(int(r[0]) for r in rows)
    top = int(con.execute(f"SELECT COALESCE(max({column}), 0) FROM {table}").fetchone()[0])
    return list(range(top + 1, top + 1 + count))


def next_number(con: Connection, table: str, column: str) -> int:
    """The first free value of an integer key column (rows written with explicit keys)."""
    for name in (table, column):
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not an identifier: {name!r}")
    found = con.execute(f"SELECT coalesce(max({column}), 0) FROM {table}").fetchone()
    return int(found[0]) + 1


def advance_identity(con: Connection, table: str, column: str) -> None:
    """After rows were written with explicit keys: the next generated key follows them.

    SQLite's rowid always continues after the largest key; a PostgreSQL identity
    column keeps its own counter, which COPY with explicit values does not move.
    """
    if not dialect_of(con).is_postgresql:
        return
    for name in (table, column):
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not an identifier: {name!r}")
    con.execute(
        f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
        f"(SELECT coalesce(max({column}), 0) + 1 FROM {table}), false)"
    )
