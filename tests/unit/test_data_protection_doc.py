"""docs/data-protection.md names every table and column of both stores (issue #14 item 8).

The record of processing is only true while it covers what the software stores: a new
table or column in either migration set (SQLCipher vault, PostgreSQL central store)
fails here until the document describes it.
"""

from __future__ import annotations

import re
from pathlib import Path

from radprev_desktop.core.model import Mode
from tests.factories import create_vault

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "data-protection.md"
PG_MIGRATIONS = ROOT / "radprev_desktop" / "core" / "vault" / "migrations_pg"
#: SQLite's own tables behind the full-text indexes (named in the document as a group).
FTS_SHADOW = re.compile(r"_search_(config|content|data|docsize|idx)$")
TYPES = "TEXT|INTEGER|BLOB|REAL|BIGINT|BOOLEAN|BYTEA|TIMESTAMPTZ|SMALLINT|NUMERIC|BIGSERIAL|SERIAL"


def documented() -> dict[str, set[str]]:
    """Each `### `table`` section of the document with the names it writes in backticks."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"###\s+`(\w+)`", line)
        if heading:
            current = sections.setdefault(heading.group(1), set())
        elif line.startswith("#"):
            current = None
        elif current is not None:
            current.update(re.findall(r"`(\w+)`", line))
    return sections


def sqlcipher_schema(tmp_path: Path) -> dict[str, set[str]]:
    """Tables and columns of a new vault (every SQLCipher migration applied)."""
    session, _ = create_vault(tmp_path / "vault", Mode.CENTRAL, "PL-CZ")
    try:
        tables = [
            str(r[0])
            for r in session.con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: {str(c[1]) for c in session.con.execute(f"PRAGMA table_info({t})")}
            for t in tables
            if not FTS_SHADOW.search(t)
        }
    finally:
        session.close()


def postgresql_schema() -> dict[str, set[str]]:
    """Tables and columns the PostgreSQL migration set creates (its SQL read as written)."""
    found: dict[str, set[str]] = {}
    files = sorted(PG_MIGRATIONS.glob("*.sql"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        for table, body in re.findall(
            r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)\s*\((.*?)\n\);", text, re.S
        ):
            columns = found.setdefault(table, set())
            for line in body.splitlines():
                column = re.match(rf"\s*(\w+)\s+({TYPES})\b", line, re.I)
                if column and column.group(1).upper() not in {"PRIMARY", "UNIQUE", "CHECK"}:
                    columns.add(column.group(1))
        for table, column in re.findall(
            r"ALTER TABLE (\w+) ADD COLUMN (?:IF NOT EXISTS )?(\w+)", text
        ):
            found.setdefault(table, set()).add(column)
    return found


def _missing(schema: dict[str, set[str]], doc: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{table}.{column}"
        for table, columns in schema.items()
        for column in columns | {"(table)"}
        if table not in doc or (column != "(table)" and column not in doc[table])
    )


def test_every_sqlcipher_table_and_column_is_described(tmp_path: Path) -> None:
    schema = sqlcipher_schema(tmp_path)
    assert len(schema) > 30 and sum(len(c) for c in schema.values()) > 300
    missing = _missing(schema, documented())
    assert not missing, f"describe these in docs/data-protection.md: {missing}"


def test_every_postgresql_table_and_column_is_described() -> None:
    schema = postgresql_schema()
    assert {"subjects", "observations", "audit", "db_role_scopes"} <= set(schema)
    assert "other_explanations" in schema["observations"]  # ALTER TABLE columns are read
    missing = _missing(schema, documented())
    assert not missing, f"describe these in docs/data-protection.md: {missing}"


def test_the_document_names_no_table_that_is_gone(tmp_path: Path) -> None:
    known = set(sqlcipher_schema(tmp_path)) | set(postgresql_schema())
    stale = set(documented()) - known
    assert not stale, f"tables described but no longer in either store: {sorted(stale)}"
