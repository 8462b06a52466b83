"""The "record_note" sync kind: restriction, rectification and dispute notes travel too.

Part of the record notes service. The central office's copy of a file must know
that its processing is restricted and what the person asked to have corrected or
contested (LED Art. 16): each note, and each decision on it (a new version),
goes with the next export and with a transfer bundle. A note is bound to its
sender: made at the establishment that holds the file.
"""

from __future__ import annotations

from typing import Any

from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import ForeignRecord, NotFound, ValidationError
from radprev_desktop.core.outbox import ApplyResult, Origin, SyncKind
from radprev_desktop.core.record_schema import (
    TIMESTAMP,
    RecordSchema,
    integer,
    one_of,
    record_schema,
    text,
)
from radprev_desktop.core.services import record_notes, subject_holders
from radprev_desktop.core.services.record_notes import RecordNote
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

NAME = "record_note"
ORDER = 60  # after subjects, observations and checklist runs

SCHEMA = record_schema(
    NAME,
    "A note beside a prisoner's file or one of its records: restriction of processing set "
    "or lifted, or a rectification request or dispute with its outcome (LED Art. 16).",
    {
        "id": text(64, "the note's id", min_length=1),
        "version": integer("1 when recorded; a decision on a request adds one", minimum=1),
        "subject_id": text(64, "the prisoner's subject id", min_length=1),
        "object_kind": one_of(list(record_notes.OBJECT_KINDS), "what the note is about"),
        "object_id": text(64, "the id of the file or record it is about", min_length=1),
        "kind": one_of(list(record_notes.KINDS), "what kind of note"),
        "text": text(2000, "what the person asks or contests, or why restricted / lifted"),
        "at": text(40, "time stamp of the note", pattern=TIMESTAMP),
        "by_user": text(64, "username of who recorded it"),
        "establishment_code": text(16, "the establishment that holds the file"),
        "outcome": one_of(
            list(record_notes.OUTCOMES),
            "a request's outcome: open, rectified, refused, noted (empty for a restriction)",
        ),
        "outcome_version": integer(
            "rectified: the record's version that made the correction", minimum=1, nullable=True
        ),
        "outcome_reason": text(2000, "why refused or noted"),
        "decided_at": text(40, "time stamp of the decision", nullable=True),
        "decided_by": text(64, "username of who decided"),
    },
)

_FIELDS = [f for f in RecordNote.__dataclass_fields__ if f != "origin_workstation"]


def serialize(con: Connection, object_id: str, version: int) -> dict[str, Any]:
    """A note as a sync record (its current version)."""
    note = record_notes.get(con, object_id)
    if note is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The note to export no longer exists."))
    return {k: getattr(note, k) for k in _FIELDS}


def check(record: dict[str, Any]) -> None:
    """A request is about the file or an observation; a restriction note about the file."""
    is_request = record["kind"] in record_notes.REQUEST_KINDS
    if is_request == (record["outcome"] == "") or (
        not is_request and record["object_kind"] != "subject"
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "a note's kind, outcome and object do not fit together"),
            field="outcome",
        )


def apply(con: Connection, record: dict[str, Any], origin: Origin) -> ApplyResult:
    """Keep a note at the central office (bound to the sender's establishment)."""
    origin.require_own(record["establishment_code"], "a record note")
    known = record_notes.get(con, record["id"])
    if known is not None and known.establishment_code != origin.establishment:
        raise ForeignRecord("a record note", known.establishment_code, origin.establishment, "id")
    subject_id = subject_holders.require_held_by(con, origin, record["subject_id"], "subject_id")
    return _store(con, record, subject_id, origin.workstation_id)


def receive(con: Connection, record: dict[str, Any], origin_workstation: str) -> ApplyResult:
    """A note arriving with a transferred prisoner's file."""
    subject_id = subject_holders.require_in_vault(con, record["subject_id"])
    return _store(con, record, subject_id, origin_workstation)


def _store(
    con: Connection, record: dict[str, Any], subject_id: str, origin_workstation: str
) -> ApplyResult:
    note = RecordNote(
        **{**{k: record[k] for k in _FIELDS}, "subject_id": subject_id},
        origin_workstation=origin_workstation,
    )
    known = record_notes.get(con, note.id)
    at = now_iso()
    if known is None:
        record_notes.insert(con, note, delivered_at=at)
        return "inserted"
    if known.version > note.version:
        return "duplicate"  # an older decision arriving late: the newer one stands
    if known.version == note.version:
        same = serialize(con, known.id, known.version) == {**record, "subject_id": known.subject_id}
        return "duplicate" if same else "conflict"
    fixed = ("subject_id", "object_kind", "object_id", "kind", "text", "at", "by_user")
    if any(getattr(known, k) != getattr(note, k) for k in fixed if k != "subject_id"):
        return "conflict"  # a decision never changes what was asked
    record_notes.replace(con, note, delivered_at=at)
    return "inserted"


KIND = SyncKind(NAME, ORDER, RecordSchema(NAME, SCHEMA), serialize, apply, check, receive=receive)
