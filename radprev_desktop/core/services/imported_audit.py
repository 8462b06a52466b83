"""The office's copy of each workstation's audit log: the `imported_audit` table.

Entries arrive with the packages (core/sync/import_audit.py checks them against
what is held); this service reads the held entries and stores the fitting ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from radprev_desktop.core import audit_schema
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection

Held = dict[int, tuple[str, str]]  # seq -> (hash, prev_hash) of entries already stored


def held_between(con: Connection, workstation_id: str, first: int, last: int) -> Held:
    """The stored entries of one workstation with sequence numbers first..last (one query)."""
    rows = con.execute(
        "SELECT seq, hash, prev_hash FROM imported_audit "
        "WHERE workstation_id = ? AND seq BETWEEN ? AND ?",
        (workstation_id, first, last),
    ).fetchall()
    return {int(r[0]): (str(r[1]), str(r[2])) for r in rows}


def store(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Store checked entries, each (workstation id, the audit FIELDS…, package seq), in one
    bulk write (COPY on PostgreSQL, executemany on SQLCipher); returns how many."""
    return bulk.insert_rows(
        con, "imported_audit", ["workstation_id", *audit_schema.FIELDS, "package_seq"], rows
    )


def entries(con: Connection, workstation_id: str) -> Iterator[dict[str, Any]]:
    """One workstation's held entries in sequence order, as field → value."""
    for row in con.execute(
        f"SELECT {audit_schema.COLUMNS} FROM imported_audit WHERE workstation_id = ? ORDER BY seq",
        (workstation_id,),
    ):
        yield dict(zip(audit_schema.FIELDS, row, strict=True))
