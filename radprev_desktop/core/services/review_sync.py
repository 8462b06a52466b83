"""The "review" sync kind: a supervisor's decision on an observation version travels.

Part of the reviews service (it writes the `reviews` table through the service's
helpers). A review is applied after the observation it names and sets that
observation's status; a re-grade carries the new grading. A record is bound to
its sender's establishment.
"""

from __future__ import annotations

from typing import Any

from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import ForeignRecord, NotFound, ValidationError
from radprev_desktop.core.model import Grading, ReviewDecision
from radprev_desktop.core.outbox import ApplyResult, Batch, Origin, SyncKind
from radprev_desktop.core.record_schema import RecordSchema, integer, one_of, record_schema, text
from radprev_desktop.core.services import grading as grading_mod
from radprev_desktop.core.services import (
    observation_rows,
    observation_sync,
    reviews,
    subject_holders,
)
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection

NAME = "review"
ORDER = 30

SCHEMA = record_schema(
    NAME,
    "A supervisor's decision on one observation version (reviews are never edited).",
    {
        "id": text(4000, "the review's id", min_length=1),
        "version": integer("always 1", minimum=1),
        "observation_id": text(4000, "the reviewed observation"),
        "observation_version": integer("the reviewed version"),
        "reviewer": text(4000, "username of the supervisor"),
        "reviewer_code": text(4000, "the supervisor's staff code"),
        "decision": one_of([d.value for d in ReviewDecision], "the decision"),
        "comment": text(4000, "the supervisor's comment"),
        "at": text(4000, "time stamp of the decision"),
        "establishment_code": text(200, "the establishment it was made at"),
        "grading": {
            **observation_sync.GRADING,
            "type": ["object", "null"],
            "description": "the new grading of a re-grade, else null",
        },
    },
    extra={
        "if": {"properties": {"decision": {"const": "regrade"}}},
        "then": {"properties": {"grading": {"type": "object"}}},
        "else": {"properties": {"grading": {"type": "null"}}},
    },
)


def serialize(con: Connection, object_id: str, version: int) -> dict[str, Any]:
    """A review as a sync record ."""
    row = con.execute(
        f"SELECT {reviews._REVIEW_COLUMNS}, r.establishment_code FROM reviews r WHERE r.id = ?",
        (object_id,),
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The review to export no longer exists."))
    r = reviews._review_from_row(row)
    g = r.grading
    return {
        "id": r.id,
        "version": 1,
        "observation_id": r.observation_id,
        "observation_version": r.observation_version,
        "reviewer": r.reviewer,
        "reviewer_code": row[4],
        "decision": r.decision.value,
        "comment": r.comment,
        "at": r.at,
        "establishment_code": row[13],
        "grading": None
        if g is None
        else {
            "preset": g.preset,
            "source": g.source,
            "information": g.information,
            "handling": g.handling,
            "conditions": g.conditions,
        },
    }


def check(record: dict[str, Any]) -> None:
    """A re-grade's grading must be valid for its preset."""
    g = record["grading"]
    if g is not None:
        grading_mod.validate_grading(
            Grading(g["preset"], g["source"], g["information"], g["handling"], g["conditions"])
        )


def apply(con: Connection, record: dict[str, Any], origin: Origin) -> ApplyResult:
    """Store a review at the central office and set the observation's status.

    Bound to the sender: the review's establishment must be the sender's, a review
    id already held must have come from there, and the reviewed observation's
    prisoner must be held by the sender's establishment.
    """
    origin.require_own(record["establishment_code"], "a review")
    known = con.execute(
        "SELECT establishment_code FROM reviews WHERE id = ?", (record["id"],)
    ).fetchone()
    if known is not None:
        if str(known[0]) != origin.establishment:
            raise ForeignRecord("a review", str(known[0]), origin.establishment, "id")
        return "duplicate"
    row = con.execute(
        "SELECT row_no, subject_id FROM observations WHERE id = ? AND version = ?",
        (record["observation_id"], record["observation_version"]),
    ).fetchone()
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "review refers to an observation the vault does not hold.")
        )
    subject_holders.require_held_by(con, origin, str(row[1]), "observation_id")
    _store(con, record, int(row[0]), origin.workstation_id)
    return "inserted"


def receive(con: Connection, record: dict[str, Any], origin_workstation: str) -> ApplyResult:
    """A review of a transferred prisoner's observation arriving with the file."""
    if con.execute("SELECT 1 FROM reviews WHERE id = ?", (record["id"],)).fetchone():
        return "duplicate"
    row = con.execute(
        "SELECT row_no FROM observations WHERE id = ? AND version = ?",
        (record["observation_id"], record["observation_version"]),
    ).fetchone()
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "review refers to an observation the vault does not hold.")
        )
    _store(con, record, int(row[0]), origin_workstation)
    return "inserted"


def _store(con: Connection, record: dict[str, Any], row_no: int, origin_workstation: str) -> None:
    """Insert the review, add a re-grade, set the observation version's status."""
    g = record["grading"]
    con.execute(
        "INSERT INTO reviews(id, observation_id, observation_version, reviewer, reviewer_code, "
        "decision, comment, at, grading_preset, source_grade, information_grade, handling, "
        "handling_conditions, establishment_code, origin_workstation, delivered_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            record["id"],
            record["observation_id"],
            record["observation_version"],
            record["reviewer"],
            record["reviewer_code"],
            record["decision"],
            record["comment"],
            record["at"],
            g["preset"] if g else None,
            g["source"] if g else None,
            g["information"] if g else None,
            g["handling"] if g else None,
            g["conditions"] if g else None,
            record["establishment_code"],
            origin_workstation,
            now_iso(),
        ),
    )
    if g is not None:
        _, obs = observation_rows.load(con, record["observation_id"], record["observation_version"])
        grading = Grading(
            g["preset"], g["source"], g["information"], g["handling"], g["conditions"]
        )
        reviews._add_regrade(con, obs, grading, record["reviewer"], record["at"], record["comment"])
    observation_rows.set_status(
        con, row_no, reviews.result_of(ReviewDecision(record["decision"])), None
    )


def apply_many(con: Connection, batch: Batch, origin: Origin) -> set[int]:
    """`apply` for the new reviews of a batch at once (see SyncKind.apply_many).

    Takes the sender's own reviews whose id the vault does not hold, that are the
    only one in the batch for their id and for their observation version (so the
    status each leaves is the one a line-by-line apply leaves), whose observation
    version is held and whose prisoner the sender's establishment holds (by join).
    Reviews, re-grades and statuses are then written set by set.
    """
    ids: dict[str, int] = {}
    targets: dict[tuple[str, int], int] = {}
    for _, r in batch:
        ids[r["id"]] = ids.get(r["id"], 0) + 1
        target = (r["observation_id"], r["observation_version"])
        targets[target] = targets.get(target, 0) + 1
    plain = {
        n: r
        for n, r in batch
        if r["establishment_code"] == origin.establishment
        and ids[r["id"]] == 1
        and targets[(r["observation_id"], r["observation_version"])] == 1
    }
    if not plain:
        return set()
    bulk.stage(
        con,
        "stage_review_keys",
        (("n", "BIGINT"), ("id", "TEXT"), ("observation_id", "TEXT"), ("version", "BIGINT")),
        [(n, r["id"], r["observation_id"], r["observation_version"]) for n, r in plain.items()],
    )
    # Its observation version held (its row), its prisoner held by the sender, and whether
    # the review is held already: one join. "Held already" as a scalar sub-select in the
    # select list, neither NOT EXISTS (PostgreSQL made it an anti-join reading every held
    # review per batch when its statistics lagged behind a long import) nor a filter (the
    # planner then guessed a handful of rows and read the prisoners once per review): one
    # primary-key probe per staged review, on both engines.
    found = subject_holders.held_rows_by_sender(
        con,
        "SELECT k.n, o.subject_id, o.row_no, (SELECT 1 FROM reviews r WHERE r.id = k.id) "
        "AS held FROM stage_review_keys k JOIN observations o "
        "ON o.id = k.observation_id AND o.version = k.version",
        (),
        origin,
    )
    bulk.drop_stage(con, "stage_review_keys")
    taken = sorted(n for n in plain if n in found and found[n][2] is None)
    if taken:
        _store_many(con, [(plain[n], int(found[n][1])) for n in taken], origin.workstation_id)
    return set(taken)


def _store_many(
    con: Connection, items: list[tuple[dict[str, Any], int]], origin_workstation: str
) -> None:
    """`_store` for several reviews (record, observation row) of distinct versions."""
    delivered = now_iso()
    rows = [_values(r, origin_workstation, delivered) for r, _ in items]
    bulk.insert_rows(con, "reviews", _REVIEW_COLUMNS, rows)
    reviews.add_regrades(
        con,
        [
            (
                r["observation_id"],
                r["observation_version"],
                _grading(r["grading"]),
                r["reviewer"],
                r["at"],
                r["comment"],
            )
            for r, _ in items
            if r["grading"] is not None
        ],
    )
    observation_rows.set_statuses(
        con,
        [(row_no, reviews.result_of(ReviewDecision(r["decision"])).value) for r, row_no in items],
    )


def _grading(g: dict[str, Any]) -> Grading:
    return Grading(g["preset"], g["source"], g["information"], g["handling"], g["conditions"])


_REVIEW_COLUMNS = (
    "id",
    "observation_id",
    "observation_version",
    "reviewer",
    "reviewer_code",
    "decision",
    "comment",
    "at",
    "grading_preset",
    "source_grade",
    "information_grade",
    "handling",
    "handling_conditions",
    "establishment_code",
    "origin_workstation",
    "delivered_at",
)


def _values(record: dict[str, Any], origin_workstation: str, delivered: str) -> tuple[Any, ...]:
    """A reviews row as `_store` writes it."""
    g = record["grading"]
    return (
        record["id"],
        record["observation_id"],
        record["observation_version"],
        record["reviewer"],
        record["reviewer_code"],
        record["decision"],
        record["comment"],
        record["at"],
        g["preset"] if g else None,
        g["source"] if g else None,
        g["information"] if g else None,
        g["handling"] if g else None,
        g["conditions"] if g else None,
        record["establishment_code"],
        origin_workstation,
        delivered,
    )


KIND = SyncKind(
    NAME,
    ORDER,
    RecordSchema(NAME, SCHEMA),
    serialize,
    apply,
    check,
    receive=receive,
    apply_many=apply_many,
)
