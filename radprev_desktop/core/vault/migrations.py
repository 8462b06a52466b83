"""Numbered schema migrations, applied in order, each inside one transaction.

Migrations are the files `migrations/NNNN_name.sql`; the schema version is the
highest number applied, kept in `meta.schema_version` and `PRAGMA user_version`.
A vault whose version is above what this build knows is refused, never touched.
The central store on PostgreSQL has its twin files in `migrations_pg/` with the
same numbers (tests/unit/test_storage_dialects.py keeps the two schemas the
same); there the version is `meta.schema_version` alone. A migration that
must compute in Python what SQL cannot (re-folding stored text with
core/folding.py) names its step in AFTER_SQL; the step runs after the file's
SQL, in the same transaction, on both engines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from radprev_desktop.core.errors import VaultTooNew
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import SQLCIPHER, Dialect, dialect_of
from radprev_desktop.core.vault.search_copy import drop_text_copy
from radprev_desktop.core.vault.search_refold import refold

_DIR = Path(__file__).with_name("migrations")
_DIR_PG = Path(__file__).with_name("migrations_pg")
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

#: Python steps by migration name (without its number): run after that file's SQL.
AFTER_SQL: dict[str, Callable[[Connection], object]] = {
    "search_folding": refold,
    "search_index_without_copy": drop_text_copy,
}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available(dialect: Dialect = SQLCIPHER) -> list[Migration]:
    """Every migration this build ships for that engine, in order."""
    found: list[Migration] = []
    for path in sorted((_DIR_PG if dialect.is_postgresql else _DIR).iterdir()):
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path.stem, path.read_text("utf-8")))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {versions}")
    return found


def latest_version() -> int:
    """The schema version a vault has once every migration is applied."""
    return len(available())


def current_version(con: Connection) -> int:
    """The schema version recorded in the database (0 for an empty one)."""
    if dialect_of(con).is_postgresql:
        if con.execute("SELECT to_regclass('meta')").fetchone()[0] is None:
            return 0
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(con: Connection) -> int:
    """Refuse a vault written by a newer build; return its version.

    On a central store on PostgreSQL it says so in the words of decision 0034 (made by a
    newer version, which to install, nothing changed): the user of that store never saw a
    "vault", and must not think the server or its password is at fault.
    """
    version = current_version(con)
    if version > latest_version() and dialect_of(con).is_postgresql:
        raise VaultTooNew(
            QT_TRANSLATE_NOOP(
                "errors",
                "The central store was set up by a newer version of radprev (its database "
                "has schema %1; this version works with schemas up to %2); install that "
                "version or newer on this computer. Nothing in the store was changed.",
            ),
            version,
            latest_version(),
        )
    if version > latest_version():
        raise VaultTooNew(
            QT_TRANSLATE_NOOP(
                "errors",
                "This vault was written by a newer version of radprev (schema %1; "
                "this version knows up to %2). Install the newer version to open it.",
            ),
            version,
            latest_version(),
        )
    return version


def migrate(con: Connection) -> list[int]:
    """Apply every pending migration; returns the versions applied."""
    dialect = dialect_of(con)
    if dialect.is_postgresql:
        return _migrate_postgresql(con)
    version = check_not_newer(con)
    applied: list[int] = []
    for migration in available():
        if migration.version <= version:
            continue
        con.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(migration.sql):
                con.execute(statement)
            _after_sql(con, migration)
            _record_version(con, migration.version)
            con.execute(f"PRAGMA user_version = {int(migration.version)}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied


def _after_sql(con: Connection, migration: Migration) -> None:
    step = AFTER_SQL.get(migration.name.split("_", 1)[1])
    if step is not None:
        step(con)


def _record_version(con: Connection, version: int) -> None:
    con.execute(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (str(version),),
    )


def _migrate_postgresql(con: Connection) -> list[int]:
    """The same steps on PostgreSQL: each file in one transaction (DDL is transactional).

    An advisory lock makes two programs starting at once wait for each other
    instead of both applying the same file.
    """
    applied: list[int] = []
    for migration in available(dialect_of(con)):
        con.execute("BEGIN")
        try:
            con.execute("SELECT pg_advisory_xact_lock(72170000)")
            version = check_not_newer(con)
            if migration.version <= version:
                con.execute("ROLLBACK")
                continue
            con.raw.execute(migration.sql.encode("utf-8"))  # the whole file, no parameters
            con.schema_changed()  # the columns' types a COPY learnt may have changed
            _after_sql(con, migration)
            _record_version(con, migration.version)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner semicolons)."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise RuntimeError("migration ends inside a statement")
    return statements
