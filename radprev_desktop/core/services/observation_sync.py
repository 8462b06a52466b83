"""The "observation" sync kind: sealed observation versions travel to the central office.

Part of the observations service (it writes the `observations` tables through
the service's own helpers). One record is one sealed version, without the
restricted source identity; a same id+version with other content is a
conflict. A record is bound to its sender's establishment.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import Conflict, ForeignRecord
from radprev_desktop.core.model import (
    Grading,
    ObservationStatus,
    PersonCategory,
    SourceType,
    Urgency,
)
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
from radprev_desktop.core.safeguards import Category
from radprev_desktop.core.services import grading as grading_mod
from radprev_desktop.core.services import (
    observation_fields,
    observation_rows,
    search_index,
    subject_holders,
)
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection

NAME = "observation"
ORDER = 20
MAX_TEXT = observation_fields.MAX_TEXT
MAX_ITEMS = 1000

GRADING = {
    "type": "object",
    "description": "source and information graded separately, never combined",
    "required": ["preset", "source", "information", "handling", "conditions"],
    "properties": {
        "preset": text(200, "grading preset, e.g. 3x5x2"),
        "source": text(200, "source grade"),
        "information": text(200, "information grade"),
        "handling": text(200, "handling code"),
        "conditions": text(2000, "conditions of sharing (handling C)"),
    },
}

#: The sensitive-term questions the writer answered "necessary" when sealing a record.
SENSITIVE_TERMS = {
    "type": "array",
    "maxItems": 50,
    "description": "free-text fields with words about religion, ethnicity or politics, "
    "confirmed by the writer as needed to describe the behaviour",
    "items": {
        "type": "object",
        "required": ["field", "categories", "words"],
        "properties": {
            "field": text(80, "the field"),
            "categories": {
                "type": "array",
                "maxItems": 3,
                "items": one_of([c.value for c in Category], "category"),
            },
            "words": {"type": "array", "maxItems": 12, "items": text(200, "a word as written")},
        },
    },
}

SCHEMA = record_schema(
    NAME,
    "One sealed version of an officer's observation (without the source identity).",
    {
        "id": text(MAX_TEXT, "the observation's id", min_length=1),
        "version": integer("version: 1, then +1 for each amendment", minimum=1),
        "subject_id": text(MAX_TEXT, "the prisoner's subject id"),
        "establishment_code": text(MAX_TEXT, "the establishment it was recorded at"),
        "unit_code": text(MAX_TEXT, "unit (wing) code"),
        "event_start": text(MAX_TEXT, "when it happened (start)"),
        "event_end": text(MAX_TEXT, "when it ended, or null", nullable=True),
        "place": text(MAX_TEXT, "where"),
        "officer_duty": text(MAX_TEXT, "the officer's duty at the time"),
        "recorded_at": text(MAX_TEXT, "time stamp of the recording"),
        "recorded_by": text(MAX_TEXT, "username of the officer"),
        "recorded_by_code": text(MAX_TEXT, "the officer's staff code"),
        "facts": text(MAX_TEXT, "what was seen or heard", pattern=NOT_BLANK),
        "assessment": text(MAX_TEXT, "the officer's assessment, kept apart from the facts"),
        "source_type": one_of([t.value for t in SourceType], "how the officer knows"),
        "people": {
            "type": "array",
            "maxItems": MAX_ITEMS,
            "description": "other people involved, each with its category",
            "items": {
                "type": "object",
                "required": ["category", "description"],
                "properties": {
                    "category": one_of([c.value for c in PersonCategory], "category"),
                    "description": text(MAX_TEXT, "description"),
                },
            },
        },
        "indicators": {
            "type": "array",
            "maxItems": MAX_ITEMS,
            "description": "indicator codes with the evidence for each",
            "items": {
                "type": "object",
                "required": ["code", "evidence"],
                "properties": {
                    "code": text(
                        40, "indicator code", pattern=observation_fields.INDICATOR_CODE.pattern
                    ),
                    "evidence": text(MAX_TEXT, "evidence"),
                },
            },
        },
        "protective_factors": {
            "type": "array",
            "maxItems": MAX_ITEMS,
            "description": "protective factors seen",
            "items": text(MAX_TEXT, "a protective factor"),
        },
        "grading": GRADING,
        "urgency": one_of([u.value for u in Urgency], "urgency"),
        "action_taken": text(MAX_TEXT, "action taken"),
        "own_account": text(MAX_TEXT, "the prisoner's own account"),
        "status": one_of(
            [s.value for s in ObservationStatus if s is not ObservationStatus.DRAFT],
            "status (drafts never travel)",
        ),
        "restricted": boolean("restricted (need-to-know)"),
        "amendment_reason": text(MAX_TEXT, "why this version amends the one before"),
        "created_at": text(MAX_TEXT, "time stamp the observation was created"),
        "submitted_at": text(MAX_TEXT, "time stamp it was submitted", nullable=True),
        "other_explanations": text(MAX_TEXT, "other explanations the officer considered"),
        "other_explanations_none": boolean("no other explanation was found after considering"),
        "sensitive_terms": SENSITIVE_TERMS,
        "template_code": text(40, "the checklist template of the indicator codes", nullable=True),
        "template_version": integer("its version", minimum=1, nullable=True),
        "classification": text(60, "the record's classification ('' = the default marking)"),
    },
    optional=(
        "event_end",
        "submitted_at",
        "other_explanations",
        "other_explanations_none",
        "sensitive_terms",
        "template_code",
        "template_version",
        "classification",
    ),
)


def serialize(con: Connection, object_id: str, version: int) -> dict[str, Any]:
    """One sealed version as a sync record, without the source identity."""
    _, o = observation_rows.load(con, object_id, version)
    if not o.sealed:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Drafts are never exported."))
    return {
        "id": o.id,
        "version": o.version,
        "subject_id": o.subject_id,
        "establishment_code": o.establishment_code,
        "unit_code": o.unit_code,
        "event_start": o.event_start,
        "event_end": o.event_end,
        "place": o.place,
        "officer_duty": o.officer_duty,
        "recorded_at": o.recorded_at,
        "recorded_by": o.recorded_by,
        "recorded_by_code": o.recorded_by_code,
        "facts": o.facts,
        "assessment": o.assessment,
        "source_type": o.source_type.value,
        "people": [{"category": p.category.value, "description": p.description} for p in o.people],
        "indicators": [{"code": i.code, "evidence": i.evidence} for i in o.indicators],
        "protective_factors": list(o.protective_factors),
        "grading": {
            "preset": o.grading.preset,
            "source": o.grading.source,
            "information": o.grading.information,
            "handling": o.grading.handling,
            "conditions": o.grading.conditions,
        },
        "urgency": o.urgency.value,
        "action_taken": o.action_taken,
        "own_account": o.own_account,
        "status": o.status.value,
        "restricted": o.restricted,
        "amendment_reason": o.amendment_reason,
        "created_at": o.created_at,
        "submitted_at": o.submitted_at,
        "other_explanations": o.other_explanations,
        "other_explanations_none": o.other_explanations_none,
        "sensitive_terms": [f.as_json() for f in o.sensitive_terms],  # type: ignore[attr-defined]
        "template_code": o.template_code,
        "template_version": o.template_version,
        "classification": o.classification,
    }


def check(record: dict[str, Any]) -> None:
    """The grading must be valid for its preset (a schema cannot know the presets)."""
    g = record["grading"]
    plain = (g["preset"], g["source"], g["information"], g["handling"], g["conditions"])
    if plain in _VALID_PLAIN_GRADINGS:
        return
    grading_mod.validate_grading(Grading(*plain))
    if not plain[4] and len(_VALID_PLAIN_GRADINGS) < 1000:
        _VALID_PLAIN_GRADINGS.add(plain)


#: Gradings without written conditions already found valid: the presets are constants, so
#: the verdict cannot change, and an import meets the same few combinations thousands of
#: times (the check cost ≈ 3 µs a record). Bounded, and holds no free text.
_VALID_PLAIN_GRADINGS: set[tuple[str, str, str, str, str]] = set()


def apply(con: Connection, record: dict[str, Any], origin: Origin) -> ApplyResult:
    """Insert one version at the central office; same id+version with other content = conflict.

    Bound to the sender: the observation's establishment must be the sender's, an
    observation id already held must have been made there, and its prisoner must
    be held by the sender's establishment.
    """
    origin.require_own(record["establishment_code"], "an observation")
    first = con.execute(
        "SELECT establishment_code FROM observations WHERE id = ? LIMIT 1", (record["id"],)
    ).fetchone()
    if first is not None and str(first[0]) != origin.establishment:
        raise ForeignRecord("an observation", str(first[0]), origin.establishment, "id")
    subject_id = subject_holders.require_held_by(con, origin, record["subject_id"], "subject_id")
    return _store(con, record, subject_id, origin.workstation_id)


def receive(con: Connection, record: dict[str, Any], origin_workstation: str) -> ApplyResult:
    """A transferred prisoner's observation version arriving at the receiving workstation
    (history: read-only there, marked with the establishment that recorded it)."""
    return _store(
        con, record, subject_holders.require_in_vault(con, record["subject_id"]), origin_workstation
    )


def _store(
    con: Connection, record: dict[str, Any], subject_id: str, origin_workstation: str
) -> ApplyResult:
    """Insert one sealed version; a same id+version with other content is a conflict."""
    existing = con.execute(
        "SELECT row_no FROM observations WHERE id = ? AND version = ?",
        (record["id"], record["version"]),
    ).fetchone()
    if existing is not None:
        same = serialize(con, record["id"], record["version"])
        keys = set(record) - {"status", "classification"}  # workflow and marking change later
        if not all(same.get(k) == record[k] for k in keys):
            return "conflict"
        level = record.get("classification", "")
        if level and level != same.get("classification"):
            # A supervisor reclassified the version (services/classification.py).
            observation_rows.set_classification(con, int(existing[0]), level)
        return "duplicate"
    newest = con.execute(
        "SELECT row_no, version FROM observations WHERE id = ? AND is_current = 1", (record["id"],)
    ).fetchone()
    is_current = newest is None or int(newest[1]) < record["version"]
    row = _row(record, origin_workstation, subject_id, is_current)
    if is_current and newest is not None:
        con.execute("UPDATE observations SET is_current = 0 WHERE row_no = ?", (newest[0],))
        con.execute("DELETE FROM observation_indicators WHERE row_no = ?", (newest[0],))
        search_index.unindex_observation(con, int(newest[0]))
    row_no = observation_rows.insert_row(con, row, index_codes=is_current)
    if is_current:
        search_index.index_observation(
            con,
            row_no,
            row["facts"],
            row["assessment"],
            observation_rows.subject_index_text(con, subject_id),
        )
    return "inserted"


#: The observations columns a received version fills from the record alone, in
#: `record_values` order (the checking worker builds them, decision 0038).
RECORD_COLUMNS = (
    "id",
    "version",
    "establishment_code",
    "unit_code",
    "recorded_at",
    "recorded_by",
    "recorded_by_code",
    "status",
    "amendment_reason",
    "created_at",
    "submitted_at",
    "sensitive_terms",
    "template_code",
    "template_version",
    "classification",
    *observation_rows.RECEIVED_COLUMNS,
)
#: The columns of a received version: what the store and the run decide first (whether it
#: is the current version, the prisoner's id as held, the sender, the delivery time — as
#: updated_at and delivered_at), then RECORD_COLUMNS.
ROW_COLUMNS = (
    "is_current",
    "subject_id",
    "origin_workstation",
    "updated_at",
    "delivered_at",
    *RECORD_COLUMNS,
)


def _row(
    record: dict[str, Any],
    origin_workstation: str,
    subject_id: str,
    is_current: bool,
    now: str | None = None,
) -> dict[str, Any]:
    """The observations row for a received version (delivered `now`, default the clock's
    now, from the sender)."""
    now = now or now_iso()
    values = (int(is_current), subject_id, origin_workstation, now, now, *record_values(record))
    return dict(zip(ROW_COLUMNS, values, strict=True))


def record_values(record: dict[str, Any]) -> tuple[Any, ...]:
    """The values of RECORD_COLUMNS for a received version (no dict per row: a batch
    builds thousands; raises ValueError for a value outside a closed set)."""
    terms = record.get("sensitive_terms")
    return (
        record["id"],
        record["version"],
        record["establishment_code"],
        record["unit_code"],
        record["recorded_at"],
        record["recorded_by"],
        record["recorded_by_code"],
        record["status"],
        record["amendment_reason"],
        record["created_at"],
        record.get("submitted_at"),
        observation_rows.to_json(terms) if terms else "[]",
        record.get("template_code"),
        record.get("template_version"),
        record.get("classification", ""),
        *observation_rows.received_values(record),
    )


def prepare(record: dict[str, Any]) -> tuple[Any, ...]:
    """What a version's rows take from the record alone, built once — in the checking
    worker when the package was checked ahead (decision 0038): (id, version,
    record_values, folded facts, folded assessment, the indicators' (domain, code) pairs).
    Plain values only (marshal carries them between processes)."""
    return (
        record["id"],
        record["version"],
        record_values(record),
        search_index.fold(record["facts"]),
        search_index.fold(record["assessment"]),
        tuple(observation_rows.indicator_codes([i["code"] for i in record["indicators"]])),
    )


def apply_many(
    con: Connection, batch: Batch, origin: Origin, prepared: Sequence[Any] | None = None
) -> set[int]:
    """`apply` for the new observations of a batch at once (see SyncKind.apply_many).

    Takes the observations whose every version in the batch is the sender's own,
    whose id the vault does not hold yet, whose versions differ and whose prisoner
    the sender's establishment holds (asked by join against a staging table of the
    batch's keys); the highest version of each is the current one, as applying them
    one by one in any order leaves it. Rows go in with one bulk write (COPY on
    PostgreSQL), codes and index rows of the current versions set by set.
    Everything else goes through `apply`. `prepared`: `prepare(record)` of each item of
    the batch, made beforehand (the checking worker), None where not made; a value that
    is not the record's own (another id or version) is made again here.
    """
    found = subject_holders.stage_new_groups(
        con, batch, origin, "stage_observation_keys", "observations"
    )
    if found is None:
        return set()
    plain, held = found
    names_of = {
        str(r[0]): search_index.observation_subject_text(r[1], r[2], r[3])
        for r in con.execute(
            "SELECT s.id, s.family_name, s.given_names, s.prison_number FROM subjects s "
            "WHERE s.id IN (SELECT COALESCE(a.subject_id, k.subject_id) "
            "FROM stage_observation_keys k "
            "LEFT JOIN subject_aliases a ON a.alias_id = k.subject_id)"
        )
    }
    bulk.drop_stage(con, "stage_observation_keys")
    made = {} if prepared is None else {n: p for (n, _), p in zip(batch, prepared, strict=True)}
    chosen: list[tuple[int, tuple[Any, ...], bool]] = []
    for items in plain.values():
        if any(n not in held for n, _ in items):
            continue
        newest = max(r["version"] for _, r in items)
        chosen.extend((n, _prepared(r, made.get(n)), r["version"] == newest) for n, r in items)
    if not chosen:
        return set()
    chosen.sort(key=lambda item: item[0])
    _insert_many(con, chosen, held, origin.workstation_id, names_of)
    return {n for n, _, _ in chosen}


def _prepared(record: dict[str, Any], made: Any) -> tuple[Any, ...]:
    """`prepare(record)`: the one made beforehand when it is this record's (its id and
    version), else made now."""
    if type(made) is tuple and made[:2] == (record["id"], record["version"]):
        return made
    return prepare(record)


def _insert_many(
    con: Connection,
    chosen: list[tuple[int, tuple[Any, ...], bool]],
    held: dict[int, str],
    origin_workstation: str,
    names_of: dict[str, str],
) -> None:
    """Insert new versions — (line, prepared values, is it the current one) in line order —
    with row numbers reserved as one-by-one inserts would take them; the current ones get
    their indicator codes and index rows (`names_of`: subject id → index text).

    Each row is built as the COPY takes it (a generator), so the server stores the rows
    already sent while this process builds the next ones.
    """
    row_nos = bulk.reserve_keys(con, "observations", "row_no", len(chosen))
    now = now_iso()
    current: list[tuple[int, tuple[Any, ...], str]] = []

    def rows() -> Iterator[tuple[Any, ...]]:
        for row_no, (n, made, is_current) in zip(row_nos, chosen, strict=True):
            subject_id = held[n]
            if is_current:
                current.append((row_no, made, subject_id))
            yield (row_no, int(is_current), subject_id, origin_workstation, now, now) + made[2]

    bulk.insert_rows(con, "observations", ("row_no", *ROW_COLUMNS), rows())
    observation_rows.insert_code_rows(
        con, [(row_no, domain, code) for row_no, made, _ in current for domain, code in made[5]]
    )
    search_index.add_observation_index_rows(
        con,
        [
            (row_no, made[3], made[4], names_of.get(subject_id, ""))
            for row_no, made, subject_id in current
        ],
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
    prepare=prepare,
    apply_prepared=apply_many,
    prepared_fields=("id", "version", "establishment_code", "subject_id"),
)
