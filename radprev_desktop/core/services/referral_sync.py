"""The "referral" sync kind: each version of a programme referral travels.

Part of the referrals service. One record is one version (a status change or
an outcome is a new version); a same id + version with other content is a
conflict. Bound to the sender: made at its establishment, about a prisoner it
holds.
"""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import pairwise
from typing import Any

from radprev_desktop.core.errors import ForeignRecord, NotFound, ValidationError
from radprev_desktop.core.model import Referral, ReferralStatus, ReferralStep
from radprev_desktop.core.outbox import ApplyResult, Origin, SyncKind
from radprev_desktop.core.record_schema import (
    DATE,
    NOT_BLANK,
    RecordSchema,
    integer,
    one_of,
    record_schema,
    text,
)
from radprev_desktop.core.services import referral_rows, referrals, subject_holders
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

NAME = "referral"
ORDER = 50
MAX_STEPS = 50
STATUSES = [s.value for s in ReferralStatus]

SCHEMA = record_schema(
    NAME,
    "One version of a referral to a programme (a status change or outcome is a new version).",
    {
        "id": text(64, "the referral's id", min_length=1),
        "version": integer("version: 1, then +1 per change", minimum=1, maximum=100_000),
        "subject_id": text(64, "the prisoner's subject id", min_length=1),
        "programme": text(200, "programme code (code list `programmes`)", pattern=NOT_BLANK),
        "referred_by": text(64, "username of who referred"),
        "referred_by_code": text(32, "their staff code"),
        "referred_on": text(10, "the day of the referral (YYYY-MM-DD)", pattern=DATE),
        "reason_facts": text(referrals.MAX_TEXT, "the reason: what was seen", pattern=NOT_BLANK),
        "reason_assessment": text(
            referrals.MAX_TEXT, "why the programme may help, kept apart from the facts"
        ),
        "status": one_of(STATUSES, "where the referral stands"),
        "history": {
            "type": "array",
            "minItems": 1,
            "maxItems": MAX_STEPS,
            "description": "each status reached, oldest first",
            "items": {
                "type": "object",
                "required": ["status", "date", "by", "note"],
                "additionalProperties": False,
                "properties": {
                    "status": one_of(STATUSES, "status reached"),
                    "date": text(10, "the day it was reached", pattern=DATE),
                    "by": text(64, "username of who recorded it"),
                    "note": text(referrals.MAX_NOTE, "a short note"),
                },
            },
        },
        "outcome": text(referrals.MAX_TEXT, "outcome notes (never a score)"),
        "changed_by": text(64, "username who made this version"),
        "establishment_code": text(16, "the establishment it was made at"),
        "created_at": text(40, "time stamp of the referral"),
        "updated_at": text(40, "time stamp of this version"),
    },
)


def serialize(con: Connection, object_id: str, version: int) -> dict[str, Any]:
    """One version as a sync record."""
    try:
        r = referrals._load(con, object_id, version)
    except NotFound:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "The referral to export no longer exists.")
        ) from None
    return {
        "id": r.id,
        "version": r.version,
        "subject_id": r.subject_id,
        "programme": r.programme,
        "referred_by": r.referred_by,
        "referred_by_code": r.referred_by_code,
        "referred_on": r.referred_on,
        "reason_facts": r.reason_facts,
        "reason_assessment": r.reason_assessment,
        "status": r.status.value,
        "history": json.loads(referral_rows.steps_json(r.history)),
        "outcome": r.outcome,
        "changed_by": r.changed_by,
        "establishment_code": r.establishment_code,
        "created_at": r.created_at,
        "updated_at": r.updated_at,
    }


def check(record: dict[str, Any]) -> None:
    """The last step is the current status; steps follow the allowed order, dates ascending."""
    steps = record["history"]
    if steps[0]["status"] != ReferralStatus.PROPOSED.value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "a referral starts as proposed"), field="history"
        )
    for before, after in pairwise(steps):
        if ReferralStatus(after["status"]) not in referrals.NEXT[ReferralStatus(before["status"])]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "the status steps are not in an allowed order"),
                field="history",
            )
        if after["date"] < before["date"]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "the status steps are not in date order"),
                field="history",
            )
    if steps[-1]["status"] != record["status"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "the status is not the last step of the history"),
            field="status",
        )


def _referral(record: dict[str, Any], subject_id: str, origin_workstation: str) -> Referral:
    return Referral(
        id=record["id"],
        version=record["version"],
        is_current=True,
        subject_id=subject_id,
        programme=record["programme"],
        referred_by=record["referred_by"],
        referred_by_code=record["referred_by_code"],
        referred_on=record["referred_on"],
        reason_facts=record["reason_facts"],
        reason_assessment=record["reason_assessment"],
        status=ReferralStatus(record["status"]),
        history=tuple(
            ReferralStep(ReferralStatus(s["status"]), s["date"], s["by"], s["note"])
            for s in record["history"]
        ),
        outcome=record["outcome"],
        changed_by=record["changed_by"],
        establishment_code=record["establishment_code"],
        origin_workstation=origin_workstation,
        created_at=record["created_at"],
        updated_at=record["updated_at"],
    )


def apply(con: Connection, record: dict[str, Any], origin: Origin) -> ApplyResult:
    """Insert one version at the central office; bound to the sender's establishment."""
    origin.require_own(record["establishment_code"], "a referral")
    first = con.execute(
        "SELECT establishment_code FROM referrals WHERE id = ? LIMIT 1", (record["id"],)
    ).fetchone()
    if first is not None and str(first[0]) != origin.establishment:
        raise ForeignRecord("a referral", str(first[0]), origin.establishment, "id")
    subject_id = subject_holders.require_held_by(con, origin, record["subject_id"], "subject_id")
    return _store(con, record, subject_id, origin.workstation_id)


def receive(con: Connection, record: dict[str, Any], origin_workstation: str) -> ApplyResult:
    """A referral version arriving with a transferred prisoner's file (history there)."""
    subject_id = subject_holders.require_in_vault(con, record["subject_id"])
    return _store(con, record, subject_id, origin_workstation)


def _store(
    con: Connection, record: dict[str, Any], subject_id: str, origin_workstation: str
) -> ApplyResult:
    existing = con.execute(
        "SELECT 1 FROM referrals WHERE id = ? AND version = ?", (record["id"], record["version"])
    ).fetchone()
    if existing is not None:
        stored = serialize(con, record["id"], record["version"])
        same = all(stored[k] == record[k] for k in record if k != "subject_id")
        return "duplicate" if same else "conflict"
    newest = con.execute(
        "SELECT max(version) FROM referrals WHERE id = ?", (record["id"],)
    ).fetchone()[0]
    is_current = newest is None or int(newest) < record["version"]
    referral = _referral(record, subject_id, origin_workstation)
    if is_current:
        con.execute("UPDATE referrals SET is_current = 0 WHERE id = ?", (record["id"],))
    else:
        referral = replace(referral, is_current=False)
    referrals.insert_version(con, referral, delivered=True)
    return "inserted"


KIND = SyncKind(NAME, ORDER, RecordSchema(NAME, SCHEMA), serialize, apply, check, receive=receive)
