"""The export outbox, and what a record kind that travels by USB must provide.

A service that seals something (submits an observation, records a review,
completes a checklist run, erases a record) calls `record_change` inside the
same transaction: that row in the `changes` table is the outbox. The sync layer
reads pending rows, asks the kind's `serialize` for the record, and at the
central office hands each record to the kind's `validate` and `apply`. Each
kind lives in its own `services/<kind>_sync.py`, next to the service that owns
its tables; core/sync/registry.py lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import ForeignRecord
from radprev_desktop.core.record_schema import RecordSchema
from radprev_desktop.core.vault.connection import Connection

ApplyResult = Literal["inserted", "duplicate", "conflict"]
#: A batch handed to a kind's set-based apply: (line number in the package, record).
Batch = Sequence[tuple[int, dict[str, Any]]]


@dataclass(frozen=True)
class Origin:
    """Who sent a record to the central office: the enrolled workstation that signed the
    package and the establishment it was enrolled for (never a field of the record).

    Every kind's `apply` binds its record to this establishment (see `require_own`
    and the subjects service's `require_held_by`), so the keys of one workstation
    cannot touch another establishment's files.
    """

    workstation_id: str
    establishment: str

    def require_own(self, establishment_code: object, what: str = "a record") -> None:
        """The record's own establishment code must be the sender's."""
        if establishment_code != self.establishment:
            raise ForeignRecord(what, str(establishment_code), self.establishment)


@dataclass(frozen=True)
class SyncKind:
    """How one kind of record leaves a workstation and enters the central vault.

    Each real kind lives in its own `services/*_sync.py` module, part of the
    service that owns its tables.

    schema: the record's JSON Schema (types, sizes, closed sets, required fields);
        it validates incoming records and is rendered into docs/package-format.md
    serialize(con, object_id, version) -> JSON-safe dict (must include "id" and
        "version"; never the restricted source identity)
    apply(con, record, origin) -> "inserted" | "duplicate" | "conflict";
        runs inside the import transaction; a same id+version with different
        content is a conflict and must be kept, never overwrite. `origin` is the
        authenticated sender: a record touching a file of another establishment
        raises ForeignRecord (quarantined by the importer).
    check(record): rules across fields that a schema does not say well (e.g. a
        grading against its preset); raises ValidationError. Optional.
    order: kinds are applied in ascending order (subjects before observations).
    receive(con, record, origin_workstation): see the field below. Optional.
    """

    name: str
    order: int
    schema: RecordSchema
    serialize: Callable[[Connection, str, int], dict[str, Any]]
    apply: Callable[[Connection, dict[str, Any], Origin], ApplyResult]
    check: Callable[[dict[str, Any]], None] | None = None
    #: How a receiving workstation stores a record of this kind that arrived in a
    #: central transfer bundle (a transferred prisoner's history): (con, record,
    #: origin workstation id) -> ApplyResult. No sender binding (the central office
    #: signed the bundle) and nothing queued for export. None: the kind never travels
    #: in a transfer bundle.
    receive: Callable[[Connection, dict[str, Any], str], ApplyResult] | None = None
    #: Set-based apply of a batch at the central office: (con, batch, origin) -> the
    #: line numbers it inserted, each exactly as `apply` would have (same rows, same
    #: binding to the sender). It takes only the plain cases (new ids, held prisoners)
    #: and leaves the rest to `apply`, one by one and after it; what it takes shares
    #: no id or key with what it leaves, so the order does not change the result.
    #: None: every record goes through `apply`.
    apply_many: Callable[[Connection, Batch, Origin], set[int]] | None = None
    #: What a record's rows take from the record alone (no store, no clock), as plain
    #: values: (record) -> value. The checking worker makes it for a package checked ahead
    #: (decision 0038); `apply_prepared` (con, batch, origin, prepared values in batch
    #: order, None where not made) is then `apply_many` using them. None: not prepared.
    prepare: Callable[[dict[str, Any]], Any] | None = None
    apply_prepared: Callable[[Connection, Batch, Origin, Sequence[Any]], set[int]] | None = None
    #: The record's fields `apply_prepared` reads besides the prepared values (every
    #: `prepare` value starts with the record's id and version). Named: the checking worker
    #: sends a prepared record with only these fields, and the importer reads the whole
    #: line again from the package where a step needs more (decision 0045). Empty: whole.
    prepared_fields: tuple[str, ...] = ()

    def validate(self, record: Any, *, schema_checked: bool = False) -> None:
        """Schema first, then the kind's own rules; ValidationError(reason, field).
        `schema_checked`: the schema's closed code already accepted it (the import)."""
        if not schema_checked:
            self.schema.validate(record)
        if self.check is not None:
            self.check(record)


def record_change(
    con: Connection, kind: str, object_id: str, version: int = 1, op: str = "upsert"
) -> None:
    """Queue a sealed change for the next export (call inside the transaction)."""
    con.execute(
        "INSERT INTO changes(kind, object_id, version, op, at) VALUES (?, ?, ?, ?, ?)",
        (kind, object_id, version, op, now_iso()),
    )


def pending_count(con: Connection) -> int:
    """Changes waiting for the next export."""
    return int(con.execute("SELECT count(*) FROM changes WHERE package_seq IS NULL").fetchone()[0])


def changes_in_package(con: Connection, package_seq: int) -> list[tuple[str, str, int]]:
    """(kind, object id, version) of every change that travelled in package `package_seq`."""
    return [
        (str(k), str(i), int(v))
        for k, i, v in con.execute(
            "SELECT kind, object_id, version FROM changes WHERE package_seq = ?", (package_seq,)
        ).fetchall()
    ]


def pending_changes(
    con: Connection, *, resend: bool, limit: int
) -> list[tuple[int, str, str, int, str, str]]:
    """Up to `limit` queued changes (seq, kind, object id, version, op, at), oldest first;
    with `resend` also those of packages no receipt acknowledged."""
    if resend:
        sql = (
            "SELECT seq, kind, object_id, version, op, at FROM changes WHERE package_seq IS NULL "
            "OR package_seq IN (SELECT seq FROM exports WHERE delivered_at IS NULL) "
            "ORDER BY seq LIMIT ?"
        )
    else:
        sql = (
            "SELECT seq, kind, object_id, version, op, at FROM changes "
            "WHERE package_seq IS NULL ORDER BY seq LIMIT ?"
        )
    return [
        (int(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]), str(r[5]))
        for r in con.execute(sql, (limit,)).fetchall()
    ]


def mark_carried(con: Connection, package_seq: int, seqs: list[int], *, resend: bool) -> None:
    """The changes `seqs` (oldest first) travel in package `package_seq`."""
    if not seqs:
        return
    if resend:
        con.executemany(
            "UPDATE changes SET package_seq = ? WHERE seq = ?", [(package_seq, s) for s in seqs]
        )
    else:
        con.execute(
            "UPDATE changes SET package_seq = ? WHERE package_seq IS NULL AND seq <= ?",
            (package_seq, seqs[-1]),
        )


def queue_changes(con: Connection, rows: Sequence[tuple[str, str, int, str]]) -> None:
    """Queue many sealed changes at once: (kind, object id, version, at) — bulk loads."""
    con.executemany(
        "INSERT INTO changes(kind, object_id, version, op, at) VALUES (?, ?, ?, 'upsert', ?)",
        rows,
    )


def queue_undelivered_history(con: Connection) -> None:
    """Demo data: queue the files not delivered yet and the reviews of queued observations
    (what was made up as "delivered long ago" needs no queueing)."""
    con.execute(
        "INSERT INTO changes(kind, object_id, version, op, at) "
        "SELECT 'subject', s.id, s.version, 'upsert', s.updated_at FROM subjects s "
        "WHERE s.delivered_at IS NULL AND NOT EXISTS (SELECT 1 FROM changes ch "
        "WHERE ch.kind = 'subject' AND ch.object_id = s.id AND ch.version = s.version)"
    )
    con.execute(
        "INSERT INTO changes(kind, object_id, version, op, at) "
        "SELECT 'review', r.id, 1, 'upsert', r.at FROM reviews r "
        "WHERE r.delivered_at IS NULL AND EXISTS (SELECT 1 FROM changes ch "
        "WHERE ch.kind = 'observation' AND ch.object_id = r.observation_id "
        "AND ch.version = r.observation_version AND ch.package_seq IS NULL) "
        "AND NOT EXISTS (SELECT 1 FROM changes ch WHERE ch.kind = 'review' "
        "AND ch.object_id = r.id)"
    )


def drop_unsent(con: Connection, kinds: Sequence[str], object_ids: Sequence[str]) -> None:
    """Erasure: forget the unsent changes of these records (what was sent stays listed)."""
    kind_marks = ",".join("?" for _ in kinds)
    for start in range(0, len(object_ids), 500):
        chunk = list(object_ids[start : start + 500])
        marks = ",".join("?" for _ in chunk)
        con.execute(
            f"DELETE FROM changes WHERE package_seq IS NULL AND kind IN ({kind_marks}) "
            f"AND object_id IN ({marks})",
            [*kinds, *chunk],
        )
