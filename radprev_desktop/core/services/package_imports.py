"""The central office's record of imported packages: the `imports`, `quarantine` and
`sync_conflicts` tables.

The importer (core/sync/importer.py, import_records.py, import_audit.py) decides what
a package does; this service holds the SQL on the tables that keep it: which
package of a workstation was imported under which hash (the chain of packages),
the lines kept in quarantine with their reason, and a same id+version received
with other content.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of

#: Longest id, kind and field kept with a quarantined line (the reason is cut at 500).
MAX_ID = 64


#: Pages of the write-ahead log after which a run of imports copies them into the database
#: file (SQLite's wal_autocheckpoint; its default, 1,000, is used outside such runs).
RUN_CHECKPOINT_PAGES = 16384


@contextmanager
def checkpoints_per_run(con: Connection, pages: int | None = None) -> Iterator[None]:
    """A run of package imports on SQLite copies the write-ahead log into the database file
    every `pages` pages (default RUN_CHECKPOINT_PAGES, ≈ 64 MiB) instead of after nearly every package, then once at the
    end. Each package still commits on its own, its log written and synced to disk
    (synchronous = FULL): only the copy into the database file waits. The pages every
    package touches again (index and search-index pages, the tables' last pages) are then
    copied once per run instead of once per package, and the database file is synced
    that many times fewer. Nothing on PostgreSQL."""
    if dialect_of(con).is_postgresql:
        yield
        return
    (before,) = con.execute("PRAGMA wal_autocheckpoint").fetchone()
    con.execute(f"PRAGMA wal_autocheckpoint = {int(pages or RUN_CHECKPOINT_PAGES)}")
    try:
        yield
    finally:
        con.execute(f"PRAGMA wal_autocheckpoint = {int(before)}")
        con.execute("PRAGMA wal_checkpoint(PASSIVE)")


def wait_for_other_imports_of(con: Connection, workstation_id: str) -> None:
    """Inside the import's transaction: another program importing this workstation's
    packages finishes first. Then this import sees what that one stored (the same package
    reports "already imported", the next one finds its chain) instead of applying it all
    again and failing on the key of `imports` at the end. SQLite has one writer already."""
    statement = dialect_of(con).lock_sender()
    if statement is not None:
        con.execute(statement, (workstation_id,))


def plan_for_hot_tables(con: Connection) -> None:
    """Inside the import's transaction: the planner probes the held tables' indexes for
    each staged batch instead of reading whole tables (Dialect.plan_for_hot_tables)."""
    statement = dialect_of(con).plan_for_hot_tables()
    if statement is not None:
        con.execute(statement)


def stored_hash(con: Connection, workstation_id: str, seq: int) -> str | None:
    """The hash of the package `seq` of this workstation imported before, or None."""
    row = con.execute(
        "SELECT package_hash FROM imports WHERE workstation_id = ? AND seq = ?",
        (workstation_id, seq),
    ).fetchone()
    return None if row is None else str(row[0])


def stored_previous_hash(con: Connection, workstation_id: str, seq: int) -> str | None:
    """The previous-package hash named by package `seq` imported before, or None."""
    row = con.execute(
        "SELECT prev_hash FROM imports WHERE workstation_id = ? AND seq = ?",
        (workstation_id, seq),
    ).fetchone()
    return None if row is None else str(row[0])


def last_sequence(con: Connection, workstation_id: str) -> int:
    """The highest package number imported from this workstation (0 for none)."""
    row = con.execute(
        "SELECT COALESCE(max(seq), 0) FROM imports WHERE workstation_id = ?", (workstation_id,)
    ).fetchone()
    return int(row[0])


def first_failed_audit(con: Connection, workstation_id: str) -> tuple[int, str] | None:
    """The first package of this workstation whose audit entries contradicted the log held
    (sequence, problem), or None."""
    row = con.execute(
        "SELECT seq, audit_problem FROM imports WHERE workstation_id = ? AND audit_problem != '' "
        "ORDER BY seq LIMIT 1",
        (workstation_id,),
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


@dataclass(frozen=True)
class ImportRow:
    """One imported (or failed) package as the `imports` table keeps it."""

    workstation_id: str
    seq: int
    package_hash: str
    prev_hash: str
    created_at: str
    imported_by: str
    file_name: str
    records: int
    audit_entries: int
    inserted: int
    duplicates: int
    conflicts: int
    quarantined: int
    audit_problem: str


def record_import(con: Connection, row: ImportRow) -> None:
    """Keep the package as imported now (its hash joins the workstation's chain)."""
    con.execute(
        "INSERT INTO imports(workstation_id, seq, package_hash, prev_hash, created_at, "
        "imported_at, imported_by, file_name, records, audit_entries, inserted, duplicates, "
        "conflicts, quarantined, audit_problem) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            row.workstation_id,
            row.seq,
            row.package_hash,
            row.prev_hash,
            row.created_at[:40],
            now_iso(),
            row.imported_by,
            row.file_name[:200],
            row.records,
            row.audit_entries,
            row.inserted,
            row.duplicates,
            row.conflicts,
            row.quarantined,
            row.audit_problem[:500],
        ),
    )


@dataclass(frozen=True)
class QuarantineLine:
    """A line of a package that was not applied, kept with its reason (never dropped)."""

    workstation_id: str
    package_seq: int
    line: int
    part: str
    kind: str
    object_id: str
    reason: str
    field: str
    raw: bytes


def keep_in_quarantine(con: Connection, item: QuarantineLine) -> None:
    """Store the line as received (text), its kind, id, reason and field."""
    con.execute(
        "INSERT INTO quarantine(workstation_id, package_seq, line, part, kind, object_id, reason, "
        "field, content, at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            item.workstation_id,
            item.package_seq,
            item.line,
            item.part,
            item.kind[:64],
            item.object_id[:MAX_ID],
            item.reason[:500],
            item.field[:64],
            item.raw.decode("utf-8", "replace"),
            now_iso(),
        ),
    )


def keep_conflict(
    con: Connection,
    workstation_id: str,
    package_seq: int,
    kind: str,
    object_id: str,
    version: int,
    content: str,
) -> None:
    """A same id+version with other content: kept as received, never overwriting."""
    con.execute(
        "INSERT INTO sync_conflicts(workstation_id, package_seq, kind, "
        "object_id, version, content, at) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
        (workstation_id, package_seq, kind, object_id, version, content, now_iso()),
    )


def imported_packages(con: Connection, workstation_id: str) -> list[tuple[int, str, int, int]]:
    """(sequence, hash, records, audit entries) of a workstation's imported packages."""
    return [
        (int(r[0]), str(r[1]), int(r[2]), int(r[3]))
        for r in con.execute(
            "SELECT seq, package_hash, records, audit_entries FROM imports "
            "WHERE workstation_id = ? ORDER BY seq",
            (workstation_id,),
        )
    ]


def imported_sequences(con: Connection, workstation_id: str) -> list[int]:
    """The numbers of a workstation's packages imported here, ascending."""
    return [
        int(r[0])
        for r in con.execute(
            "SELECT seq FROM imports WHERE workstation_id = ? ORDER BY seq", (workstation_id,)
        )
    ]


def open_quarantine(con: Connection, limit: int) -> list[tuple[object, ...]]:
    """Unresolved quarantined lines, newest first: (id, workstation, package, line, part,
    kind, object id, reason, field, at)."""
    return [
        tuple(r)
        for r in con.execute(
            "SELECT id, workstation_id, package_seq, line, part, kind, object_id, reason, "
            "field, at FROM quarantine WHERE resolved_at IS NULL ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
    ]


def open_conflicts(con: Connection, limit: int) -> list[tuple[object, ...]]:
    """Unresolved conflicts, newest first: (id, workstation, package, kind, object id,
    version, at)."""
    return [
        tuple(r)
        for r in con.execute(
            "SELECT id, workstation_id, package_seq, kind, object_id, version, at "
            "FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
    ]


def mark_resolved(con: Connection, table: str, item_id: int, by: str) -> None:
    """A quarantined line or a conflict was dealt with (kept, never deleted)."""
    statements = {  # the table's name written out: tests/unit/test_table_owners.py reads it
        "quarantine": "UPDATE quarantine SET resolved_at = ?, resolved_by = ? WHERE id = ?",
        "sync_conflicts": "UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ? WHERE id = ?",
    }
    if table not in statements:
        raise ValueError(table)
    con.execute(statements[table], (now_iso(), by, item_id))


def conflict_row(con: Connection, conflict_id: int) -> tuple[str, str, str, str] | None:
    """(kind, object id, content as received, sending establishment) of one conflict."""
    row = con.execute(
        "SELECT c.kind, c.object_id, c.content, w.establishment FROM sync_conflicts c "
        "LEFT JOIN workstations w ON w.workstation_id = c.workstation_id WHERE c.id = ?",
        (conflict_id,),
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), str(row[2]), str(row[3] or ""))


#: Columns of an `imports` row for a bulk load (the synthetic central office).
IMPORT_ROW_COLUMNS = (
    "workstation_id", "seq", "package_hash", "prev_hash", "created_at", "imported_at",
    "imported_by", "file_name", "records", "audit_entries", "inserted", "duplicates",
    "conflicts", "quarantined", "audit_problem",
)  # fmt: skip
#: Columns of a `quarantine` row for a bulk load.
QUARANTINE_ROW_COLUMNS = (
    "workstation_id", "package_seq", "line", "part", "kind", "object_id", "reason", "field",
    "content", "at",
)  # fmt: skip


def add_import_rows(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Many imported packages at once (rows in IMPORT_ROW_COLUMNS order, made and checked
    by the caller, who holds the transaction): the synthetic central office."""
    return bulk.insert_rows(con, "imports", IMPORT_ROW_COLUMNS, rows)


def add_quarantine_rows(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Many quarantined lines at once (QUARANTINE_ROW_COLUMNS order; the database numbers
    them): the synthetic central office."""
    return bulk.insert_rows(con, "quarantine", QUARANTINE_ROW_COLUMNS, rows)


@dataclass
class WorkstationPackages:
    """One workstation's imported packages as the health view and the Sync page need them."""

    sequences: list[int] = field(default_factory=list)  # ascending
    imported_at: list[str] = field(default_factory=list)
    failed_audit: list[int] = field(default_factory=list)
    last_made_at: str | None = None  # when the newest package was made at the workstation
    last_import_at: str | None = None
    quarantined: int = 0
    conflicts: int = 0


def packages_by_workstation(con: Connection) -> dict[str, WorkstationPackages]:
    """Every workstation's imported packages, open quarantine and conflicts, in three
    queries whatever the number of workstations (the health view at national scale
    asked eight questions per workstation)."""
    found: dict[str, WorkstationPackages] = defaultdict(WorkstationPackages)
    for ws, seq, made, imported, failed in con.execute(
        "SELECT workstation_id, seq, created_at, imported_at, audit_problem != '' FROM imports "
        "ORDER BY workstation_id, seq"
    ):
        held = found[str(ws)]
        held.sequences.append(int(seq))
        held.imported_at.append(str(imported))
        held.last_made_at = str(made)
        held.last_import_at = max(held.last_import_at or "", str(imported))
        if failed:
            held.failed_audit.append(int(seq))
    for table, attribute in (("quarantine", "quarantined"), ("sync_conflicts", "conflicts")):
        for ws, n in con.execute(
            f"SELECT workstation_id, count(*) FROM {table} WHERE resolved_at IS NULL GROUP BY 1"
        ):
            setattr(found[str(ws)], attribute, int(n))
    return dict(found)
