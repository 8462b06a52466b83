"""The `record_notes` table: rectification requests, disputes and restriction notes.

Sealed records never change: what the person asked (a rectification, LED Art. 16(1)),
contested (a dispute) or what restricted their file (Art. 16(3)) is a note beside
the record, printed with it and sent to the central office (sync kind
`record_note`). A rectification or dispute is `open` until a supervisor decides:
`rectified` (by amendment version N of the record), `refused` (with the reason) or,
for a dispute, `noted` (the person's view kept beside the record). Each decision
is a new version of the note. The actions with their permissions and audit entries
are in core/services/data_requests.py and restriction.py; this module owns the SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from radprev_desktop.core.errors import Conflict
from radprev_desktop.core.outbox import record_change
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

KINDS = ("rectification", "dispute", "restriction_set", "restriction_lifted")
REQUEST_KINDS = ("rectification", "dispute")
OBJECT_KINDS = ("subject", "observation", "checklist_run")
OUTCOMES = ("", "open", "rectified", "refused", "noted")

COLUMNS = (
    "id, subject_id, object_kind, object_id, kind, text, at, by_user, establishment_code, "
    "origin_workstation, version, outcome, outcome_version, outcome_reason, decided_at, "
    "decided_by"
)


@dataclass(frozen=True)
class RecordNote:
    """A note about a file or one of its records (what was asked, and what came of it)."""

    id: str
    subject_id: str
    object_kind: str
    object_id: str
    kind: str
    text: str
    at: str
    by_user: str
    establishment_code: str
    origin_workstation: str
    version: int
    outcome: str
    outcome_version: int | None
    outcome_reason: str
    decided_at: str | None
    decided_by: str

    @property
    def is_open(self) -> bool:
        return self.outcome == "open"


def _note(row: Any) -> RecordNote:
    return RecordNote(
        id=str(row[0]),
        subject_id=str(row[1]),
        object_kind=str(row[2]),
        object_id=str(row[3]),
        kind=str(row[4]),
        text=str(row[5]),
        at=str(row[6]),
        by_user=str(row[7]),
        establishment_code=str(row[8]),
        origin_workstation=str(row[9]),
        version=int(row[10]),
        outcome=str(row[11] or ""),
        outcome_version=None if row[12] is None else int(row[12]),
        outcome_reason=str(row[13] or ""),
        decided_at=None if row[14] is None else str(row[14]),
        decided_by=str(row[15] or ""),
    )


def get(con: Connection, note_id: str) -> RecordNote | None:
    """One note, or None."""
    row = con.execute(f"SELECT {COLUMNS} FROM record_notes WHERE id = ?", (note_id,)).fetchone()
    return None if row is None else _note(row)


def of_subject(con: Connection, subject_id: str) -> list[RecordNote]:
    """Every note of a file and its records, oldest first."""
    return [
        _note(r)
        for r in con.execute(
            f"SELECT {COLUMNS} FROM record_notes WHERE subject_id = ? ORDER BY at, id",
            (subject_id,),
        ).fetchall()
    ]


def has_open_request(con: Connection, object_kind: str, object_id: str) -> bool:
    """An open rectification request on this record (or file) lets it be corrected
    while the file's processing is restricted."""
    row = con.execute(
        "SELECT 1 FROM record_notes WHERE object_kind = ? AND object_id = ? "
        "AND kind = 'rectification' AND outcome = 'open' LIMIT 1",
        (object_kind, object_id),
    ).fetchone()
    return row is not None


def require_changeable(con: Connection, restricted: bool, object_kind: str, object_id: str) -> None:
    """While processing is restricted, a record (or the file's identity details) is
    corrected only to answer an open rectification request on it (LED Art. 16,
    decision 0023)."""
    if restricted and not has_open_request(con, object_kind, object_id):
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "Processing of this file is restricted: a record is corrected only to answer an open rectification request on it. A supervisor records the request first, or lifts the restriction.",
            )
        )


def insert(con: Connection, note: RecordNote, *, delivered_at: str | None = None) -> None:
    """Store a note (inside the caller's transaction); queued for export unless it was
    received (`delivered_at` given: it came from a workstation or a transfer bundle)."""
    con.execute(
        f"INSERT INTO record_notes({COLUMNS}, delivered_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_values(note), delivered_at),
    )
    if delivered_at is None:
        record_change(con, "record_note", note.id, note.version)


def replace(con: Connection, note: RecordNote, *, delivered_at: str | None = None) -> None:
    """Store a newer version of a note (its decision); queued unless received."""
    con.execute(
        "UPDATE record_notes SET version = ?, outcome = ?, outcome_version = ?, "
        "outcome_reason = ?, decided_at = ?, decided_by = ?, delivered_at = ? WHERE id = ?",
        (
            note.version,
            note.outcome,
            note.outcome_version,
            note.outcome_reason,
            note.decided_at,
            note.decided_by,
            delivered_at,
            note.id,
        ),
    )
    if delivered_at is None:
        record_change(con, "record_note", note.id, note.version)


def file_notes(con: Connection, subject_id: str) -> list[tuple[str, int, str]]:
    """(id, version, origin workstation) of a file's notes: a transfer bundle carries them."""
    return [
        (str(r[0]), int(r[1]), str(r[2]))
        for r in con.execute(
            "SELECT id, version, origin_workstation FROM record_notes WHERE subject_id = ? "
            "ORDER BY at, id",
            (subject_id,),
        ).fetchall()
    ]


def _values(note: RecordNote) -> tuple[Any, ...]:
    return (
        note.id,
        note.subject_id,
        note.object_kind,
        note.object_id,
        note.kind,
        note.text,
        note.at,
        note.by_user,
        note.establishment_code,
        note.origin_workstation,
        note.version,
        note.outcome,
        note.outcome_version,
        note.outcome_reason,
        note.decided_at,
        note.decided_by,
    )
