"""Storage can change (issue 16 item 1): SQL lives in the service that owns the table.

Outside core/services (each service owns its tables) and core/vault (the engine:
connections, dialects, migrations, bulk writes, server diagnostics) no module
holds SQL text: sync, reports, demo and doctor ask a service. The test reads the
source with `ast` (string literals and f-strings), so it covers modules that no
other test imports.

Below the services sit a few modules the services themselves stand on; they own
their tables and keep their SQL (BELOW_SERVICES). Modules not moved yet are
listed in NOT_YET_MOVED: the list only shrinks (a module that no longer holds
SQL must leave it, and nothing new may join it).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "radprev_desktop"
ALLOWED = ("radprev_desktop/core/services/", "radprev_desktop/core/vault/")

#: SQL statements (not prose): a verb with what it acts on.
SQL = re.compile(
    r"\bSELECT\b[\s\S]+\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\bCREATE\s+(?:TEMP\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\b|\bDROP\s+(?:TABLE|INDEX)\b"
    r"|\bPRAGMA\s+\w+|\bBEGIN(?:\s+IMMEDIATE)?\s*;?$|^\s*(?:COMMIT|ROLLBACK|SAVEPOINT)\b"
)

#: Modules the services are built on, each the owner of its tables (the import layers
#: put them below core/services, so their SQL cannot move up into a service).
BELOW_SERVICES = {
    # The session: BEGIN/COMMIT of every transaction, its own reads of meta and settings.
    "radprev_desktop/core/session.py",
    # The hash-chained audit log (`audit`), appended to by the session for every service.
    "radprev_desktop/core/audit.py",
    # The central store's session and its login verifiers (`central_logins`).
    "radprev_desktop/core/central_session.py",
    # The outbox (`changes`): every service queues its sealed changes here.
    "radprev_desktop/core/outbox.py",
}

#: Still to move into services (issue 16 item 1). Only shrinks.
NOT_YET_MOVED: set[str] = set()  # every module moved (issue 16 item 1); keep it empty


def _texts(tree: ast.AST) -> list[str]:
    """Every string literal, and every f-string's literal parts joined."""
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            found.append(
                " ".join(
                    v.value
                    for v in node.values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
            )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append(node.value)
    return found


def modules_with_sql() -> dict[str, list[str]]:
    """Module path → its SQL statements, outside services and the vault."""
    found: dict[str, list[str]] = {}
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 100, "the sources were not found"
    for path in sources:
        name = path.relative_to(ROOT).as_posix()
        if name.startswith(ALLOWED):
            continue
        statements = [" ".join(t.split()) for t in _texts(ast.parse(path.read_text("utf-8")))]
        hits = [t[:90] for t in statements if SQL.search(t)]
        if hits:
            found[name] = hits
    return found


def test_the_pattern_finds_sql_and_not_prose() -> None:
    sql = [
        "SELECT id FROM subjects WHERE id = ?",
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        "UPDATE workstations SET active = 0",
        "DELETE FROM observation_search WHERE rowid = ?",
        "PRAGMA cipher_version",
        "COMMIT",
    ]
    prose = [
        "Select the prisoner from the list.",
        "Update the settings of this vault.",
        "<!-- BEGIN GENERATED: records (do not edit) -->",
        "Delete from the list only what was sent.",
    ]
    assert [s for s in sql if SQL.search(s)] == sql
    assert [p for p in prose if SQL.search(p)] == []


def test_sql_only_in_the_services_that_own_the_tables() -> None:
    found = modules_with_sql()
    assert found, "the scan found no SQL at all: the pattern is broken"
    stray = {m: s for m, s in found.items() if m not in BELOW_SERVICES | NOT_YET_MOVED}
    assert stray == {}, (
        "SQL outside core/services and core/vault: move it into the service that owns "
        f"the table: {stray}"
    )


def test_the_list_of_modules_still_to_move_only_shrinks() -> None:
    found = modules_with_sql()
    moved = sorted(m for m in NOT_YET_MOVED | BELOW_SERVICES if m not in found)
    assert moved == [], f"no SQL left in {moved}: take them off the list"
