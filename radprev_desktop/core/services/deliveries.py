"""What travelled and what arrived: the packages this workstation wrote (`exports`)
and the files it took in from the central office (`received_files`: receipts and
reference bundles). The outbox itself (`changes`) is core/outbox.py's, below the
services that queue changes.

The sync modules (core/sync/export.py, receipts.py, delivery.py, bundles.py) decide;
this service holds the SQL on these tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from radprev_desktop.core.vault.connection import Connection


def changes_delivered(con: Connection, kind: str, object_id: str) -> tuple[int, int]:
    """(queued changes of a record, of them in packages the central office acknowledged)."""
    row = con.execute(
        "SELECT count(*), sum(CASE WHEN e.delivered_at IS NOT NULL THEN 1 ELSE 0 END) "
        "FROM changes c LEFT JOIN exports e ON e.seq = c.package_seq "
        "WHERE c.kind = ? AND c.object_id = ?",
        (kind, object_id),
    ).fetchone()
    return int(row[0]), int(row[1] or 0)


@dataclass(frozen=True)
class ExportRow:
    """One package written here, as the exports table keeps it."""

    sequence: int
    file_name: str
    created_at: str
    created_by: str
    records: int
    audit_from: int
    audit_to: int
    resend: bool
    delivered_at: str | None
    package_hash: str


def exports(con: Connection, limit: int) -> list[ExportRow]:
    """Packages written here, newest first."""
    return [
        ExportRow(
            int(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            int(r[4]),
            int(r[5]),
            int(r[6]),
            bool(r[7]),
            r[8],
            str(r[9]),
        )
        for r in con.execute(
            "SELECT seq, file_name, created_at, created_by, records, audit_from, audit_to, "
            "resend, delivered_at, package_hash FROM exports ORDER BY seq DESC LIMIT ?",
            (limit,),
        ).fetchall()
    ]


def last_export(con: Connection) -> tuple[int, str] | None:
    """(sequence, made at) of the newest package written here, or None."""
    row = con.execute("SELECT seq, created_at FROM exports ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def awaiting_receipt(con: Connection) -> list[tuple[int, str]]:
    """(sequence, made at) of the packages no receipt acknowledged yet, oldest first."""
    return [
        (int(s), str(c))
        for s, c in con.execute(
            "SELECT seq, created_at FROM exports WHERE delivered_at IS NULL ORDER BY seq"
        ).fetchall()
    ]


def delivery_states(con: Connection) -> list[tuple[int, str, str | None]]:
    """(sequence, package hash, acknowledged at) of every package written here."""
    return [
        (int(s), str(h), d)
        for s, h, d in con.execute(
            "SELECT seq, package_hash, delivered_at FROM exports ORDER BY seq"
        ).fetchall()
    ]


def mark_package_delivered(con: Connection, seq: int, at: str, receipt_id: str) -> None:
    """A receipt acknowledged package `seq`."""
    con.execute(
        "UPDATE exports SET delivered_at = ?, receipt_id = ? WHERE seq = ?", (at, receipt_id, seq)
    )


def received_hash(con: Connection, kind: str, sender: str, seq: int) -> str | None:
    """The hash of a receipt or bundle taken in before (same kind, sender, number), or None."""
    row = con.execute(
        "SELECT file_hash FROM received_files WHERE kind = ? AND sender = ? AND seq = ?",
        (kind, sender, seq),
    ).fetchone()
    return None if row is None else str(row[0])


def last_received(con: Connection, kind: str, sender: str) -> int | None:
    """The highest number of a receipt or bundle taken in from `sender`, or None."""
    row = con.execute(
        "SELECT max(seq) FROM received_files WHERE kind = ? AND sender = ?", (kind, sender)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


@dataclass(frozen=True)
class ReceivedFile:
    """A receipt or bundle taken in (for the list of received files)."""

    kind: str
    sender: str
    seq: int
    file_hash: str
    created_at: str
    imported_at: str
    imported_by: str
    summary: str


def remember_received(con: Connection, row: ReceivedFile) -> None:
    """Keep a receipt or bundle taken in (replays are recognised by it)."""
    con.execute(
        "INSERT INTO received_files(kind, sender, seq, file_hash, created_at, imported_at, "
        "imported_by, summary) VALUES (?,?,?,?,?,?,?,?)",
        (
            row.kind,
            row.sender,
            row.seq,
            row.file_hash,
            row.created_at,
            row.imported_at,
            row.imported_by,
            row.summary,
        ),
    )


def last_package(con: Connection) -> tuple[int, str] | None:
    """(sequence, hash) of the newest package written here (the next one chains to it)."""
    row = con.execute("SELECT seq, package_hash FROM exports ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def audit_carried_up_to(con: Connection) -> int:
    """The last audit entry a package carried (0 if none)."""
    return int(con.execute("SELECT COALESCE(max(audit_to), 0) FROM exports").fetchone()[0])


def first_unacknowledged_audit(con: Connection) -> int | None:
    """The first audit entry of the packages no receipt acknowledged (resending), or None."""
    row = con.execute(
        "SELECT min(audit_from) FROM exports WHERE delivered_at IS NULL AND audit_from > 0"
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


@dataclass(frozen=True)
class WrittenPackage:
    """A package just written, as the exports table keeps it."""

    sequence: int
    package_hash: str
    prev_hash: str
    file_name: str
    created_at: str
    created_by: str
    records: int
    audit_from: int
    audit_to: int
    resend: bool
    recipient: str


def remember_package(con: Connection, p: WrittenPackage) -> None:
    """Keep a package written to the stick (inside the export's transaction)."""
    con.execute(
        "INSERT INTO exports(seq, package_hash, prev_hash, file_name, created_at, "
        "created_by, records, audit_from, audit_to, resend, recipient) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            p.sequence,
            p.package_hash,
            p.prev_hash,
            p.file_name,
            p.created_at,
            p.created_by,
            p.records,
            p.audit_from,
            p.audit_to,
            int(p.resend),
            p.recipient,
        ),
    )
