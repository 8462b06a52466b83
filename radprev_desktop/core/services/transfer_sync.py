"""The "transfer" sync kind: a prisoner's move travels to the central office.

Part of the transfers service. The central office keeps every transfer it
receives; the latest one of a file is what an analyst issues a transfer bundle
for. A transfer is bound to its sender: it is recorded at the establishment the
prisoner leaves, about a prisoner that establishment holds.
"""

from __future__ import annotations

from typing import Any

from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import ForeignRecord, NotFound, ValidationError
from radprev_desktop.core.model import Transfer
from radprev_desktop.core.outbox import ApplyResult, Origin, SyncKind
from radprev_desktop.core.record_schema import (
    DATE,
    RecordSchema,
    integer,
    record_schema,
    text,
)
from radprev_desktop.core.services import subject_holders, transfers
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

NAME = "transfer"
ORDER = 15

SCHEMA = record_schema(
    NAME,
    "A prisoner's move to another establishment, recorded at the one the prisoner leaves.",
    {
        "id": text(64, "the transfer's id", min_length=1),
        "version": integer("always 1", minimum=1, maximum=1),
        "subject_id": text(64, "the prisoner's subject id", min_length=1),
        "from_establishment": text(16, "the establishment the prisoner leaves", min_length=1),
        "to_establishment": text(
            16, "the establishment the prisoner goes to", pattern=r"^[A-Z0-9][A-Z0-9-]{0,15}$"
        ),
        "transfer_date": text(10, "the day of the move (YYYY-MM-DD)", pattern=DATE),
        "note": text(transfers.MAX_NOTE, "a short note"),
        "recorded_at": text(40, "time stamp of the recording"),
        "recorded_by": text(64, "username of who recorded it"),
        "recorded_by_code": text(32, "their staff code"),
        "establishment_code": text(16, "the establishment it was recorded at (= from)"),
    },
)


def serialize(con: Connection, object_id: str, version: int) -> dict[str, Any]:
    """A transfer as a sync record."""
    found = transfers.get_transfer(con, object_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The transfer to export no longer exists."))
    return {"version": 1, **{k: getattr(found, k) for k in Transfer.__dataclass_fields__}}


def check(record: dict[str, Any]) -> None:
    """Recorded where the prisoner was, to somewhere else."""
    if record["from_establishment"] != record["establishment_code"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "a transfer is recorded at the establishment the prisoner leaves"
            ),
            field="from_establishment",
        )
    if record["to_establishment"] == record["from_establishment"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "a transfer goes to another establishment"),
            field="to_establishment",
        )


def _content(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in Transfer.__dataclass_fields__ if k != "subject_id"}


def apply(con: Connection, record: dict[str, Any], origin: Origin) -> ApplyResult:
    """Keep a transfer at the central office (bound to the sender's establishment)."""
    origin.require_own(record["establishment_code"], "a transfer")
    known = transfers.get_transfer(con, record["id"])
    if known is not None and known.establishment_code != origin.establishment:
        raise ForeignRecord("a transfer", known.establishment_code, origin.establishment, "id")
    subject_id = subject_holders.require_held_by(con, origin, record["subject_id"], "subject_id")
    return _store(con, record, subject_id, origin.workstation_id)


def receive(con: Connection, record: dict[str, Any], origin_workstation: str) -> ApplyResult:
    """A transfer of the chain arriving with the prisoner's file."""
    subject_id = subject_holders.require_in_vault(con, record["subject_id"])
    return _store(con, record, subject_id, origin_workstation)


def _store(
    con: Connection, record: dict[str, Any], subject_id: str, origin_workstation: str
) -> ApplyResult:
    known = transfers.get_transfer(con, record["id"])
    if known is not None:
        same = _content(serialize(con, known.id, 1)) == _content(record)
        return "duplicate" if same else "conflict"
    values = {k: record[k] for k in Transfer.__dataclass_fields__}
    transfers.insert(con, Transfer(**{**values, "subject_id": subject_id}), origin_workstation)
    transfers.mark_delivered(con, record["id"], now_iso())
    return "inserted"


KIND = SyncKind(NAME, ORDER, RecordSchema(NAME, SCHEMA), serialize, apply, check, receive=receive)
