"""The "tombstone" sync kind: an erased prisoner's file — or a rejected report past its
retention period — is erased at the central office too.

Part of the retention service (it writes the `tombstones` table). Only the
establishment a file belongs to may erase it there (a transfer never grants
erasure); a tombstone from another establishment's workstation is quarantined.
"""

from __future__ import annotations

from typing import Any

from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.outbox import ApplyResult, Origin, SyncKind
from radprev_desktop.core.record_schema import RecordSchema, integer, one_of, record_schema, text
from radprev_desktop.core.services import rejected_retention, retention, subject_holders
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

NAME = "tombstone"
ORDER = 90

SCHEMA = record_schema(
    NAME,
    "The erasure of a prisoner's file or of a rejected report: ids, reason code and counts, "
    "no personal data.",
    {
        "id": text(200, "the tombstone's id", min_length=1),
        "version": integer("always 1", minimum=1),
        "object_kind": one_of(
            ["subject", "observation"], "what was erased: a file, or a rejected report"
        ),
        "object_id": text(200, "the erased subject's id"),
        "establishment_code": text(200, "the establishment that erased it"),
        "erased_at": text(200, "time stamp of the erasure"),
        "reason_code": text(200, "retention reason code"),
        "observation_count": integer("how many observations were erased with it"),
    },
)


def serialize(con: Connection, object_id: str, version: int) -> dict[str, Any]:
    """A tombstone as a sync record."""
    row = con.execute(
        "SELECT id, object_kind, object_id, establishment_code, erased_at, reason_code, "
        "observation_count FROM tombstones WHERE id = ?",
        (object_id,),
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such tombstone."))
    return {
        "id": row[0],
        "version": 1,
        "object_kind": row[1],
        "object_id": row[2],
        "establishment_code": row[3],
        "erased_at": row[4],
        "reason_code": row[5],
        "observation_count": int(row[6]),
    }


def apply(con: Connection, record: dict[str, Any], origin: Origin) -> ApplyResult:
    """Erase the subject at the central office too, and keep the tombstone.

    Only the establishment a prisoner belongs to may erase the file (a transfer
    never grants it): a tombstone from another establishment's workstation is
    refused (ForeignRecord) and the file stays.
    """
    origin.require_own(record["establishment_code"], "a tombstone")
    if con.execute("SELECT 1 FROM tombstones WHERE id = ?", (record["id"],)).fetchone():
        return "duplicate"
    if record["object_kind"] == "observation":
        # A rejected report past its period (core/services/rejected_retention.py): only
        # the establishment that recorded it erases it.
        made_at = con.execute(
            "SELECT establishment_code FROM observations WHERE id = ? LIMIT 1",
            (record["object_id"],),
        ).fetchone()
        if made_at is not None and made_at[0] == record["establishment_code"]:
            rejected_retention.purge_observation(con, record["object_id"])
    else:
        subject_id = subject_holders.require_originated_at(con, origin, record["object_id"])
        if subject_id is not None:
            retention.purge_subject(con, subject_id)
    con.execute(
        "INSERT INTO tombstones(id, object_kind, object_id, establishment_code, "
        "erased_at, erased_by, reason_code, origin_workstation, observation_count) "
        "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
        (
            record["id"],
            record["object_kind"],
            record["object_id"],
            record["establishment_code"],
            record["erased_at"],
            f"sync:{origin.workstation_id}",
            record["reason_code"],
            origin.workstation_id,
            record["observation_count"],
        ),
    )
    return "inserted"


KIND = SyncKind(NAME, ORDER, RecordSchema(NAME, SCHEMA), serialize, apply)
