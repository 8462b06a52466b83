"""The "subject" sync kind: a prisoner's header travels to the central office.

Part of the subjects service (it writes the `subjects` table through the
service's own helpers). At the central office a subject is matched by
establishment code + normalised prison number, so the same person from two
workstations of one establishment is one file and the same number in two
establishments stays two people; a record is bound to its sender's
establishment (see `subject_holders.require_held_by`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import NotFound, ValidationError
from radprev_desktop.core.model import SubjectStatus
from radprev_desktop.core.outbox import ApplyResult, Batch, Origin, SyncKind
from radprev_desktop.core.record_schema import (
    NOT_BLANK,
    RecordSchema,
    boolean,
    integer,
    one_of,
    record_schema,
    text,
)
from radprev_desktop.core.services import search_index, subject_holders, subjects
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of

NAME = "subject"
ORDER = 10

SCHEMA = record_schema(
    NAME,
    "A prisoner's header: its current values (each change is a new version).",
    {
        "id": text(200, "the subject's id (UUID made at the workstation)", min_length=1),
        "version": integer("version, 1 for a new file, +1 for each change", minimum=1),
        "establishment_code": text(200, "the establishment the prisoner belongs to"),
        "prison_number": text(200, "the establishment's prison number", pattern=NOT_BLANK),
        "family_name": text(200, "family name", pattern=NOT_BLANK),
        "given_names": text(200, "given names"),
        "birth_year": integer("year of birth", nullable=True),
        "unit_code": text(200, "unit (wing) code"),
        "cell": text(200, "cell"),
        "status": one_of([s.value for s in SubjectStatus], "custody status"),
        "review_due": text(200, "date the file is due for review (YYYY-MM-DD) or empty"),
        "restricted": boolean("restricted file (need-to-know)"),
        "anonymised": boolean("the file was anonymised by retention"),
        "created_at": text(200, "time stamp the file was created"),
        "created_by": text(200, "username who created it"),
        "updated_at": text(200, "time stamp of this version"),
    },
)


def serialize(con: Connection, object_id: str, version: int) -> dict[str, Any]:
    """The subject's current values as a sync record ."""
    row = con.execute(f"SELECT {subjects.SUBJECT_COLUMNS} FROM subjects WHERE id = ?", (object_id,))
    found = row.fetchone()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The subject to export no longer exists."))
    s = subjects.subject_from_row(found)
    return {
        "id": s.id,
        "version": s.version,
        "establishment_code": s.establishment_code,
        "prison_number": s.prison_number,
        "family_name": s.family_name,
        "given_names": s.given_names,
        "birth_year": s.birth_year,
        "unit_code": s.unit_code,
        "cell": s.cell,
        "status": s.status.value,
        "review_due": s.review_due,
        "restricted": s.restricted,
        "anonymised": s.anonymised,
        "created_at": s.created_at,
        "created_by": s.created_by,
        "updated_at": s.updated_at,
    }


def apply(con: Connection, record: dict[str, Any], origin: Origin) -> ApplyResult:
    """Insert or update a subject at the central office (matched by establishment + number).

    Bound to the sender: the record's establishment must be the sender's, and an
    existing file it names must be held by the sender's establishment. A newer
    version comes only from the establishment the file lives in now (after a
    transfer bundle, the receiving one, whose first version moves the file there).
    """
    origin.require_own(record["establishment_code"], "the file of a prisoner")
    key = search_index.prison_number_key(record["prison_number"])
    row = con.execute(
        "SELECT id, version, establishment_code FROM subjects WHERE id = ? OR id = "
        "(SELECT subject_id FROM subject_aliases WHERE alias_id = ?)",
        (record["id"], record["id"]),
    ).fetchone()
    if row is not None:
        subject_holders.require_held_by(con, origin, str(row[0]), "id")
    if row is None:
        match = con.execute(
            "SELECT id FROM subjects WHERE establishment_code = ? AND prison_number_key = ?",
            (record["establishment_code"], key),
        ).fetchone()
        if match is not None:
            con.execute(
                "INSERT INTO subject_aliases(alias_id, subject_id) VALUES (?, ?) "
                "ON CONFLICT DO NOTHING",
                (record["id"], match[0]),
            )
            return "duplicate"
        _insert(con, record, key, origin.workstation_id)
        return "inserted"
    if int(row[1]) >= int(record["version"]):
        return "duplicate"
    _update(con, record, key, (str(row[0]), str(row[2])), origin)
    return "inserted"


def _update(
    con: Connection,
    record: dict[str, Any],
    key: str,
    held: tuple[str, str],
    origin: Origin,
) -> None:
    """A newer version of a held prisoner: the changed fields written as the service does.

    Only from the establishment the file lives in now; a version naming another
    establishment moves the file there (the first export after a transfer bundle),
    unless that establishment's number is another file already.
    """
    subject_id, held_at = held
    subject_holders.require_current_holder(con, origin, subject_id)
    moving = held_at != record["establishment_code"]
    if moving or key != _stored_key(con, subject_id):
        clash = con.execute(
            "SELECT 1 FROM subjects WHERE establishment_code = ? AND prison_number_key = ? "
            "AND id != ?",
            (record["establishment_code"], key, subject_id),
        ).fetchone()
        if clash is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Prison number %1 of %2 is another file at the central office: an analyst may link the two files if they are one person.",
                ),
                record["prison_number"],
                record["establishment_code"],
                field="prison_number",
            )
    found = con.execute(
        f"SELECT {subjects.SUBJECT_COLUMNS} FROM subjects WHERE id = ?", (subject_id,)
    )
    current = subjects.subject_from_row(found.fetchone())
    merged = {k: record[k] for k in subjects.EDITABLE}
    changed = [k for k in subjects.EDITABLE if merged[k] != serialize(con, current.id, 0).get(k)]
    if moving:
        merged["establishment_code"] = record["establishment_code"]
        changed.append("establishment_code")
    subjects._write_update(
        con,
        current,
        merged,
        changed,
        int(record["version"]),
        "imported from workstation",
        f"sync:{origin.workstation_id}",
    )
    con.execute(
        "UPDATE subjects SET anonymised = ?, delivered_at = ? WHERE id = ?",
        (int(record["anonymised"]), now_iso(), current.id),
    )


def _stored_key(con: Connection, subject_id: str) -> str:
    row = con.execute("SELECT prison_number_key FROM subjects WHERE id = ?", (subject_id,))
    return str(row.fetchone()[0])


def _insert(con: Connection, record: dict[str, Any], key: str, origin_workstation: str) -> None:
    """A new file as the record describes it (central import, or history a transfer brings)."""
    cur = con.execute(
        "INSERT INTO subjects(id, establishment_code, prison_number, prison_number_key, "
        "family_name, given_names, names_key, birth_year, unit_code, cell, status, "
        "review_due, restricted, anonymised, version, created_at, created_by, updated_at, "
        "origin_workstation, delivered_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "RETURNING rowid",  # the index key (SQLite's rowid; a column on PostgreSQL)
        (
            record["id"],
            record["establishment_code"],
            record["prison_number"],
            key,
            record["family_name"],
            record["given_names"],
            search_index.fold_key(f"{record['family_name']} {record['given_names']}"),
            record["birth_year"],
            record["unit_code"],
            record["cell"],
            record["status"],
            record["review_due"],
            int(record["restricted"]),
            int(record["anonymised"]),
            record["version"],
            record["created_at"],
            record["created_by"],
            record["updated_at"],
            origin_workstation,
            now_iso(),
        ),
    )
    search_index.index_subject(
        con,
        int(cur.fetchone()[0]),
        record["family_name"],
        record["given_names"],
        record["prison_number"],
    )
    subject_holders.remember_number(
        con, record["id"], record["establishment_code"], record["prison_number"]
    )


def receive(con: Connection, record: dict[str, Any], origin_workstation: str) -> ApplyResult:
    """A transferred prisoner's header arriving at the receiving workstation (from a
    central transfer bundle): a new file, or a newer version of one held before (the
    prisoner comes back). Never queued for export: the arrival itself is a new
    version the receiving workstation writes (core/sync/transfer_bundles.py)."""
    row = con.execute("SELECT version FROM subjects WHERE id = ?", (record["id"],)).fetchone()
    key = search_index.prison_number_key(record["prison_number"])
    if row is None:
        clash = con.execute(
            "SELECT 1 FROM subjects WHERE establishment_code = ? AND prison_number_key = ?",
            (record["establishment_code"], key),
        ).fetchone()
        if clash is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Prison number %1 of %2 is already another file in this vault."
                ),
                record["prison_number"],
                record["establishment_code"],
                field="prison_number",
            )
        _insert(con, record, key, origin_workstation)
        return "inserted"
    if int(row[0]) >= int(record["version"]):
        return "duplicate"
    found = con.execute(
        f"SELECT {subjects.SUBJECT_COLUMNS} FROM subjects WHERE id = ?", (record["id"],)
    )
    current = subjects.subject_from_row(found.fetchone())
    merged = {k: record[k] for k in subjects.EDITABLE}
    merged["establishment_code"] = record["establishment_code"]
    old = serialize(con, current.id, 0)
    changed = [k for k in (*subjects.EDITABLE, "establishment_code") if merged[k] != old.get(k)]
    subjects._write_update(
        con,
        current,
        merged,
        changed,
        int(record["version"]),
        "received with a transfer",
        f"transfer:{origin_workstation}",
    )
    con.execute(
        "UPDATE subjects SET anonymised = ?, delivered_at = ? WHERE id = ?",
        (int(record["anonymised"]), now_iso(), current.id),
    )
    return "inserted"


_COLUMNS = (
    "id",
    "establishment_code",
    "prison_number",
    "prison_number_key",
    "family_name",
    "given_names",
    "names_key",
    "birth_year",
    "unit_code",
    "cell",
    "status",
    "review_due",
    "restricted",
    "anonymised",
    "version",
    "created_at",
    "created_by",
    "updated_at",
    "origin_workstation",
    "delivered_at",
)
_KEYS = (
    ("n", "BIGINT"),
    ("id", "TEXT"),
    ("establishment_code", "TEXT"),
    ("prison_number_key", "TEXT"),
    ("prison_number", "TEXT"),
)


#: Strikes the staged files whose id, alias or establishment + number the vault holds.
#: PostgreSQL: as three key joins (index probes per staged file); its plan for the three
#: ORed EXISTS read every held prisoner per batch (≈ 9 ms per package at 1M lines and
#: growing with the store, decision 0039). SQLite probes the indexes either way.
_HELD_ALREADY = {
    False: "DELETE FROM stage_subject_keys WHERE "
    "EXISTS (SELECT 1 FROM subjects s WHERE s.id = stage_subject_keys.id) "
    "OR EXISTS (SELECT 1 FROM subject_aliases a WHERE a.alias_id = stage_subject_keys.id) "
    "OR EXISTS (SELECT 1 FROM subjects s WHERE s.establishment_code = "
    "stage_subject_keys.establishment_code AND s.prison_number_key = "
    "stage_subject_keys.prison_number_key) RETURNING n",
    True: "DELETE FROM stage_subject_keys WHERE n IN ("
    "SELECT k.n FROM stage_subject_keys k JOIN subjects s ON s.id = k.id "
    "UNION SELECT k.n FROM stage_subject_keys k JOIN subject_aliases a ON a.alias_id = k.id "
    "UNION SELECT k.n FROM stage_subject_keys k JOIN subjects s ON s.establishment_code = "
    "k.establishment_code AND s.prison_number_key = k.prison_number_key) RETURNING n",
}


def prepare(record: dict[str, Any]) -> tuple[Any, ...]:
    """What a new file's rows take from the record alone, built once — in the checking
    worker when the package was checked ahead (decision 0038): (id, version, names key,
    indexed names with their other spellings, folded prison number). Plain values only."""
    names = f"{record['family_name']} {record['given_names']}"
    return (
        record["id"],
        record["version"],
        search_index.fold_key(names),
        search_index.subject_text(record["family_name"], record["given_names"]),
        search_index.fold(record["prison_number"]),
    )


def _prepared(record: dict[str, Any], made: Any) -> tuple[Any, ...]:
    """`prepare(record)`: the one made beforehand when it is this record's (its id and
    version), else made now."""
    if type(made) is tuple and made[:2] == (record["id"], record["version"]):
        return made
    return prepare(record)


def apply_many(
    con: Connection, batch: Batch, origin: Origin, prepared: Sequence[Any] | None = None
) -> set[int]:
    """`apply` for the new files of a batch at once (see SyncKind.apply_many).

    Takes the sender's own prisoners that occur once in the batch (by id and by
    establishment + number) and whose id, alias and establishment + number the
    vault does not hold yet (struck by join against a staging table); those are
    inserted in one bulk write, indexed and their numbers remembered set by set.
    Everything else goes through `apply`. `prepared`: `prepare(record)` of each item of the
    batch, made beforehand (the checking worker), None where not made; a value that is not
    the record's own (another id or version) is made again here.
    """
    made = {} if prepared is None else {n: p for (n, _), p in zip(batch, prepared, strict=True)}
    keys = {n: search_index.prison_number_key(r["prison_number"]) for n, r in batch}
    ids = _counts([r["id"] for _, r in batch])
    numbers = _counts([(r["establishment_code"], keys[n]) for n, r in batch])
    candidates = {
        n: r
        for n, r in batch
        if r["establishment_code"] == origin.establishment
        and ids[r["id"]] == 1
        and numbers[(r["establishment_code"], keys[n])] == 1
    }
    if not candidates:
        return set()
    bulk.stage(
        con,
        "stage_subject_keys",
        _KEYS,
        [
            (n, r["id"], r["establishment_code"], keys[n], r["prison_number"])
            for n, r in candidates.items()
        ],
    )
    for (n,) in con.execute(_HELD_ALREADY[dialect_of(con).is_postgresql]).fetchall():
        candidates.pop(int(n))
    taken = sorted(candidates.items())
    if taken:
        delivered = now_iso()
        rowids = bulk.reserve_keys(con, "subjects", "rowid", len(taken))
        ready = [_prepared(r, made.get(n)) for n, r in taken]
        bulk.insert_rows(
            con,
            "subjects",
            ("rowid", *_COLUMNS),
            [
                (rowid, *_values(r, keys[n], origin.workstation_id, delivered, p[2]))
                for rowid, (n, r), p in zip(rowids, taken, ready, strict=True)
            ],
        )
        subject_holders.remember_numbers(con, "stage_subject_keys", delivered)
        search_index.add_subject_index_rows(
            con, [(rowid, p[3], p[4]) for rowid, p in zip(rowids, ready, strict=True)]
        )
    bulk.drop_stage(con, "stage_subject_keys")
    return {n for n, _ in taken}


def _counts(values: list[Any]) -> dict[Any, int]:
    counts: dict[Any, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def _values(
    record: dict[str, Any], key: str, origin_workstation: str, delivered: str, names_key: str
) -> tuple[Any, ...]:
    """A new subjects row as `_insert` writes it (without the line number; `names_key`:
    search_index.fold_key of the names)."""
    return (
        record["id"],
        record["establishment_code"],
        record["prison_number"],
        key,
        record["family_name"],
        record["given_names"],
        names_key,
        record["birth_year"],
        record["unit_code"],
        record["cell"],
        record["status"],
        record["review_due"],
        int(record["restricted"]),
        int(record["anonymised"]),
        record["version"],
        record["created_at"],
        record["created_by"],
        record["updated_at"],
        origin_workstation,
        delivered,
    )


KIND = SyncKind(
    NAME,
    ORDER,
    RecordSchema(NAME, SCHEMA),
    serialize,
    apply,
    receive=receive,
    apply_many=apply_many,
    prepare=prepare,
    apply_prepared=apply_many,
)
