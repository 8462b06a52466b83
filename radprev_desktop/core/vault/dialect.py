"""The few places where SQLCipher (SQLite) and PostgreSQL SQL differ, in one module.

Services write SQL once, in the subset both engines share (`?` placeholders,
`ON CONFLICT … DO UPDATE/NOTHING`, `RETURNING`, double-quoted identifiers such
as `"user"`), and ask the connection's dialect for the rest: placeholders on
PostgreSQL, an upsert, a full-text match, a JSON field, the current time, how
a writing transaction starts and how the audit chain head is serialised.
A connection's dialect is `dialect_of(con)`; a SQLCipher connection has none
of its own and is SQLCIPHER.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

SQLCIPHER_NAME = "sqlcipher"
POSTGRESQL_NAME = "postgresql"

# Words as the full-text indexes hold them: SQLite's unicode61 tokenizer keeps letters and
# digits and splits on everything else (the underscore too), so both stores use these.
_TERM = re.compile(r"[^\W_]+")
MAX_TERMS = 16


def terms(folded: str) -> list[str]:
    """The index terms of already folded text (search_index.fold), in order."""
    return _TERM.findall(folded)


@dataclass(frozen=True)
class Dialect:
    """What differs between the two stores; one instance per engine."""

    name: str

    @property
    def is_postgresql(self) -> bool:
        return self.name == POSTGRESQL_NAME

    def sql(self, text: str) -> str:
        """`text` written with `?` placeholders, as this engine wants it."""
        return _to_pyformat(text) if self.is_postgresql else text

    def begin_write(self) -> str:
        """The statement that opens a writing transaction."""
        # SQLite: take the write lock at once (no deadlock on upgrade from a read lock).
        # PostgreSQL: row locks and the audit head lock (below) serialise writers.
        return "BEGIN" if self.is_postgresql else "BEGIN IMMEDIATE"

    def lock_audit_head(self) -> str | None:
        """A statement that serialises audit appends until the transaction ends, or None.

        SQLite has one writer at a time already (BEGIN IMMEDIATE); PostgreSQL
        writers would otherwise read the same head and fork the chain.
        """
        return "SELECT pg_advisory_xact_lock(72170001)" if self.is_postgresql else None

    def lock_sender(self) -> str | None:
        """A statement (one parameter: the workstation id) that makes imports of one
        workstation's packages wait for each other until the transaction ends, or None.

        SQLite's single writer does it already; on PostgreSQL two programs importing the
        same package (or the next one) at once would both find it missing, and the second
        would fail on the imports' key after applying everything again.
        """
        if not self.is_postgresql:
            return None
        return "SELECT pg_advisory_xact_lock(72170002, hashtext(?))"

    def plan_for_hot_tables(self) -> str | None:
        """A statement for the start of an import's transaction that makes the planner
        probe the held tables' indexes for a staged batch, or None (SQLite).

        The import joins each batch of received records (a staging table of a few
        thousand rows) against the held tables by key. PostgreSQL's default
        `random_page_cost` (4: a disk seeking for every page) made it read the whole
        observations table for each such join, a cost that grows with the store; the
        pages the import probes are the ones it just wrote or read, in memory. Only for
        this transaction (SET LOCAL): analysts' queries keep the server's settings.
        """
        return "SET LOCAL random_page_cost = 1.1" if self.is_postgresql else None

    def upsert(
        self,
        table: str,
        columns: Sequence[str],
        key: Sequence[str],
        update: Sequence[str] | None = None,
    ) -> str:
        """INSERT … ON CONFLICT(key) DO UPDATE (or DO NOTHING when `update` is empty)."""
        for name in (table, *columns, *key, *(update or ())):
            if not name.replace("_", "").isalnum():
                raise ValueError(f"not an identifier: {name!r}")
        marks = ", ".join("?" for _ in columns)
        head = f"INSERT INTO {table}({', '.join(_ident(c) for c in columns)}) VALUES ({marks}) "
        conflict = f"ON CONFLICT({', '.join(_ident(k) for k in key)}) "
        if not update:
            return head + conflict + "DO NOTHING"
        sets = ", ".join(f"{_ident(c)} = excluded.{_ident(c)}" for c in update)
        return head + conflict + f"DO UPDATE SET {sets}"

    def json_text(self, column: str, field: str) -> str:
        """An expression for the text of top-level `field` of the JSON text in `column`."""
        if not field.replace("_", "").isalnum():
            raise ValueError(f"not a JSON field name: {field!r}")
        if self.is_postgresql:
            return f"(({column})::jsonb ->> '{field}')"
        return f"json_extract({column}, '$.{field}')"

    def now(self) -> str:
        """An expression for the current UTC time as the app writes it (ISO 8601, Z)."""
        if self.is_postgresql:
            return (
                "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
            )
        return "(strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')"  # ms precision, app's form

    def search_query(self, words: Sequence[str]) -> str:
        """The match argument for folded query words, each a prefix, all required."""
        cleaned = [t for w in words for t in terms(w)][:MAX_TERMS]
        if self.is_postgresql:
            return " & ".join(f"'{w}':*" for w in cleaned)
        return " ".join(f'"{w}"*' for w in cleaned)

    def indexed_by(self, index: str) -> str:
        """SQLite's `INDEXED BY` plan pin; nothing on PostgreSQL (its planner has statistics)."""
        return "" if self.is_postgresql else f"INDEXED BY {index}"

    def search_match(self, table: str) -> str:
        """A WHERE condition: the index row in `table` matches the query parameter."""
        if self.is_postgresql:
            return f"{table}.document @@ to_tsquery('radprev_fold', ?)"
        return f"{table} MATCH ?"

    def search_column_match(
        self, table: str, column: str, query: str
    ) -> tuple[str, tuple[str, ...]]:
        """A WHERE condition and its parameters: `query` (from `search_query`) matches
        the words of one column of the index row in `table` only.

        FTS5 filters by column in the query; the PostgreSQL document mixes the
        columns, so the index finds the candidates and the column's own words decide.
        """
        if not column.replace("_", "").isalnum():
            raise ValueError(f"not a column: {column!r}")
        if self.is_postgresql:
            return (
                f"{table}.document @@ to_tsquery('radprev_fold', ?) AND "
                f"array_to_tsvector(radprev_terms({table}.{column})) "
                "@@ to_tsquery('radprev_fold', ?)",
                (query, query),
            )
        return f"{table} MATCH ?", (f"{column} : ({query})",)

    def search_rank(self, table: str) -> str:
        """An ORDER BY expression, best match first, needing no parameter.

        SQLite ranks by bm25 (facts weigh more than the assessment); the PostgreSQL
        index holds words without positions, so matches come newest first
        there (the same matches, in another order: docs/decisions/0011-…).
        """
        if self.is_postgresql:
            return f"(-{table}.rowid)"
        weights = _BM25_WEIGHTS.get(table, "")
        return f"bm25({table}{', ' + weights if weights else ''})"


# bm25 weights per FTS5 table (facts, assessment, subject of an observation).
_BM25_WEIGHTS = {"observation_search": "2.0, 1.0, 1.5"}


def _ident(name: str) -> str:
    # `user` is reserved in PostgreSQL; double quotes name a column in both engines.
    return '"user"' if name == "user" else name


SQLCIPHER = Dialect(SQLCIPHER_NAME)
POSTGRESQL = Dialect(POSTGRESQL_NAME)


def dialect_of(con: Any) -> Dialect:
    """The dialect of a connection (a PostgreSQL connection carries its own)."""
    found = getattr(con, "dialect", None)
    return found if isinstance(found, Dialect) else SQLCIPHER


@functools.lru_cache(maxsize=4096)
def _to_pyformat(text: str) -> str:
    """`?` → `%s` and `%` → `%%` outside quoted strings and identifiers (psycopg's style)."""
    out: list[str] = []
    quote = ""
    for char in text:
        if quote:
            out.append("%%" if char == "%" else char)
            if char == quote:
                quote = ""
            continue
        if char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    if text.strip().upper() == "BEGIN IMMEDIATE":
        return "BEGIN"
    return "".join(out)
