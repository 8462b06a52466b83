"""One owner per table (issue 16 item 1): only the owning service writes a table.

The map is declared in core (`core/services/table_owners.py`). This test reads every
module of core with `ast` — string literals and f-strings, as test_sql_ownership.py
finds SQL, plus the bulk writers' calls that name a table (`bulk.insert_rows(con,
"observations", …)`) — and fails when a module INSERTs into, UPDATEs or DELETEs from
a table whose owner it is not part of. Reads (joins, look-ups) are allowed.
Temporary staging tables (`stage_*`) belong to the module that creates them.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from radprev_desktop.core.services import table_owners
from radprev_desktop.core.services.table_owners import (
    BELOW_SERVICES,
    GENERIC_WRITERS,
    OWNERS,
    SERVICES,
)

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "radprev_desktop" / "core"
DYNAMIC = "{}"

#: The verbs that write, with the table they write (`{}`: a name interpolated at run time).
WRITE = re.compile(
    r"\bINSERT\s+(?:OR\s+\w+\s+)?INTO\s+\"?(\w+|\{\})"
    r"|\bREPLACE\s+INTO\s+\"?(\w+|\{\})"
    r"|(?<!DO\s)\bUPDATE\s+(?:OR\s+\w+\s+)?\"?(\w+|\{\})\"?\s+(?:AS\s+\w+\s+)?SET\b"
    r"|\bDELETE\s+FROM\s+\"?(\w+|\{\})",
    re.IGNORECASE,
)
#: Engine functions whose second argument names the table they write.
BULK_WRITES = {"insert_rows", "reserve_keys", "advance_identity", "upsert"}


def _texts(tree: ast.AST) -> list[str]:
    """String literals, and f-strings with each interpolation shown as `{}`."""
    found: list[str] = []
    inner: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                inner.add(id(value))
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    parts.append(value.value)
                else:
                    parts.append(DYNAMIC)
            found.append("".join(parts))
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inner
        ):  # ast.walk meets an f-string before its parts
            found.append(node.value)
    return found


def _bulk_tables(tree: ast.AST) -> list[str]:
    """Tables named as the second argument of the engine's bulk writers."""
    tables: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else None
        if name in BULK_WRITES and len(node.args) >= 2:
            arg = node.args[1]
            tables.append(
                arg.value
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                else DYNAMIC
            )
    return tables


def writes_in(source: str) -> set[str]:
    """Every table a module's source writes (`{}` for a name chosen at run time)."""
    tree = ast.parse(source)
    tables = {
        t
        for m in _texts(tree)
        for g in WRITE.finditer(" ".join(m.split()))
        for t in g.groups()
        if t
    }
    tables.update(_bulk_tables(tree))
    return {t for t in tables if not t.startswith("stage_")}


@functools.cache
def core_writes() -> dict[str, frozenset[str]]:
    """Module (path under core, no `.py`) → the tables it writes (read once per run)."""
    found: dict[str, frozenset[str]] = {}
    sources = sorted(CORE.rglob("*.py"))
    assert len(sources) > 100, "the sources were not found"
    for path in sources:
        module = path.relative_to(CORE).with_suffix("").as_posix()
        tables = writes_in(path.read_text("utf-8"))
        if tables:
            found[module] = frozenset(tables)
    return found


def _service_of(module: str) -> str | None:
    return next((name for name, parts in SERVICES.items() if module in parts), None)


def strays() -> set[tuple[str, str]]:
    """(table, module) pairs written by a module that is not part of the table's owner."""
    stray: set[tuple[str, str]] = set()
    for module, tables in core_writes().items():
        for table in tables:
            if table == DYNAMIC and module in GENERIC_WRITERS:
                continue
            owner = OWNERS.get(table)
            if owner is not None and _service_of(module) == owner:
                continue
            if (table, module) in BELOW_SERVICES:
                continue
            stray.add((table, module))
    return stray


def test_the_scan_finds_each_kind_of_write() -> None:
    source = """
def f(con, table):
    con.execute("INSERT INTO meta(key, value) VALUES (?, ?)")
    con.execute("INSERT OR IGNORE INTO units(code) VALUES (?)")
    con.execute("UPDATE subjects SET cell = ? WHERE id = ?")
    con.execute("UPDATE observations AS o SET status = s.status FROM stage_statuses s")
    con.execute(f"DELETE FROM reviews WHERE observation_id IN ({marks})")
    con.execute(f"UPDATE {table} SET resolved_at = ?")
    con.execute("INSERT INTO stage_keys(line) VALUES (?)")
    con.execute("INSERT INTO settings(key) VALUES (?) ON CONFLICT(key) DO UPDATE SET value = 1")
    bulk.insert_rows(con, "grade_history", COLUMNS, rows)
    con.execute("SELECT o.id FROM observations o JOIN reviews r ON r.observation_id = o.id")
"""
    assert writes_in(source) == {
        "meta",
        "units",
        "subjects",
        "observations",
        "reviews",
        DYNAMIC,
        "settings",
        "grade_history",
    }


def test_every_table_has_one_owning_service() -> None:
    tables = set(OWNERS)
    assert len(tables) > 30, "the map of owners is empty"
    missing = sorted(
        t for o in core_writes().values() for t in o if t != DYNAMIC and t not in tables
    )
    assert missing == [], f"tables without an owner in core/services/table_owners.py: {missing}"
    assert {o for o in OWNERS.values()} <= set(SERVICES), "an owner that is not a service"
    modules = [m for parts in SERVICES.values() for m in parts]
    assert len(modules) == len(set(modules)), "a module is part of two services"
    gone = sorted(m for m in modules if not (CORE / f"{m}.py").exists())
    assert gone == [], f"services name modules that do not exist: {gone}"


def test_every_table_written_by_its_owner_only() -> None:
    stray = sorted(strays())
    assert stray == [], (
        "a module writes a table it does not own: call a function of the owning service "
        f"(core/services/table_owners.py) instead: {stray}"
    )


def test_the_declared_exceptions_are_still_needed() -> None:
    written = core_writes()
    unused = sorted(k for k in BELOW_SERVICES if k[0] not in written.get(k[1], frozenset()))
    assert unused == [], f"declared writes no module makes any more: {unused}"
    assert set(GENERIC_WRITERS) <= {m for m, t in written.items() if DYNAMIC in t}
    assert table_owners.__doc__ and "one owner per table" in table_owners.__doc__
