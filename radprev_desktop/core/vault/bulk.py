"""Many rows into one table at once: executemany on SQLCipher, COPY on PostgreSQL.

The import's bulk steps (audit entries that travelled with a package) write
through here, so the central store on a server takes them in one COPY stream
instead of one round trip per row. The caller checks the rows first and holds
the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of


def insert_rows(
    con: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> int:
    """Insert `rows` (values in `columns` order) into `table`; returns how many."""
    for name in (table, *columns):
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not an identifier: {name!r}")
    if not rows:
        return 0
    if dialect_of(con).is_postgresql:
        return int(con.copy_rows(table, columns, rows))
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    con.executemany(f"INSERT INTO {table}({quoted}) VALUES ({marks})", rows)
    return len(rows)
