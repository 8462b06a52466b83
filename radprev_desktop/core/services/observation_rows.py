"""Observations as rows: the columns, a row as an Observation and back, loading a version.

Shared by the observations service, its sync kind and the reviews service (the
services that write or read the `observations` table).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from radprev_desktop.core import safeguards
from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.model import (
    Grading,
    IndicatorEvidence,
    Observation,
    ObservationStatus,
    PersonCategory,
    PersonInvolved,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import search_index
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of

OBS_COLUMNS = (
    "row_no, id, version, is_current, subject_id, establishment_code, origin_workstation, "
    "unit_code, event_start, event_end, place, officer_duty, recorded_at, recorded_by, "
    "recorded_by_code, facts, assessment, source_type, source_identity, people, indicators, "
    "protective_factors, grading_preset, source_grade, information_grade, handling, "
    "handling_conditions, urgency, action_taken, own_account, status, restricted, "
    "amendment_reason, created_at, updated_at, submitted_at, other_explanations, "
    "other_explanations_none, sensitive_terms, template_code, template_version, classification"
)
# --- rows and columns ------------------------------------------------------------------------------


def observation_from_row(row: tuple[Any, ...], *, with_source: bool = False) -> Observation:
    """Build an Observation from a row selected with OBS_COLUMNS (source blanked)."""
    return Observation(
        id=row[1],
        version=int(row[2]),
        is_current=bool(row[3]),
        subject_id=row[4],
        establishment_code=row[5],
        origin_workstation=row[6],
        unit_code=row[7],
        event_start=row[8],
        event_end=row[9],
        place=row[10],
        officer_duty=row[11],
        recorded_at=row[12],
        recorded_by=row[13],
        recorded_by_code=row[14],
        facts=row[15],
        assessment=row[16],
        source_type=SourceType(row[17]),
        source_identity=row[18] if with_source else "",
        people=tuple(
            PersonInvolved(PersonCategory(p["category"]), p["description"])
            for p in json.loads(row[19])
        ),
        indicators=tuple(IndicatorEvidence(i["code"], i["evidence"]) for i in json.loads(row[20])),
        protective_factors=tuple(json.loads(row[21])),
        grading=Grading(row[22], row[23], row[24], row[25], row[26]),
        urgency=Urgency(row[27]),
        action_taken=row[28],
        own_account=row[29],
        status=ObservationStatus(row[30]),
        restricted=bool(row[31]),
        amendment_reason=row[32],
        created_at=row[33],
        updated_at=row[34],
        submitted_at=row[35],
        other_explanations=row[36],
        other_explanations_none=bool(row[37]),
        sensitive_terms=safeguards.findings_from_json(json.loads(row[38])),
        template_code=row[39],
        template_version=row[40],
        classification=row[41],
    )


_encode = json.JSONEncoder(ensure_ascii=False).encode


def to_json(value: Any) -> str:
    """json.dumps(…, ensure_ascii=False) without building an encoder per call (an import
    stores four JSON columns per observation); an empty list — most rows' people,
    protective factors and sensitive terms — without the encoder at all (2 µs each)."""
    if value == [] and isinstance(value, list):
        return "[]"
    return _encode(value)


def set_classification(con: Connection, row_no: int, level: str) -> None:
    """A supervisor's new classification of one version (services/classification.py)."""
    con.execute("UPDATE observations SET classification = ? WHERE row_no = ?", (level, row_no))


def storable(values: dict[str, Any]) -> dict[str, Any]:
    """Typed content values → column values."""
    g: Grading = values["grading"]
    return {
        "event_start": values["event_start"],
        "event_end": values["event_end"],
        "place": values["place"],
        "officer_duty": values["officer_duty"],
        "facts": values["facts"],
        "assessment": values["assessment"],
        "source_type": SourceType(values["source_type"]).value,
        "source_identity": values["source_identity"],
        "people": to_json(
            [
                {"category": PersonCategory(p.category).value, "description": p.description}
                for p in values["people"]
            ]
        ),
        "indicators": to_json(
            [{"code": i.code, "evidence": i.evidence} for i in values["indicators"]]
        ),
        "protective_factors": to_json(list(values["protective_factors"])),
        "grading_preset": g.preset,
        "source_grade": g.source,
        "information_grade": g.information,
        "handling": g.handling,
        "handling_conditions": g.conditions,
        "urgency": Urgency(values["urgency"]).value,
        "action_taken": values["action_taken"],
        "own_account": values["own_account"],
        "restricted": int(bool(values["restricted"])),
        "other_explanations": values["other_explanations"],
        "other_explanations_none": int(bool(values["other_explanations_none"])),
        # The level from the establishment's list (services/classification.py); a synced
        # version's values carry it apart.
        **({"classification": values["classification"]} if "classification" in values else {}),
    }


#: The columns `received_values` gives, in its order (those of `storable`).
RECEIVED_COLUMNS = (
    "event_start",
    "event_end",
    "place",
    "officer_duty",
    "facts",
    "assessment",
    "source_type",
    "source_identity",
    "people",
    "indicators",
    "protective_factors",
    "grading_preset",
    "source_grade",
    "information_grade",
    "handling",
    "handling_conditions",
    "urgency",
    "action_taken",
    "own_account",
    "restricted",
    "other_explanations",
    "other_explanations_none",
)


def received_columns(record: dict[str, Any]) -> dict[str, Any]:
    """`storable` for a received observation record (its JSON form, already checked by the
    kind's schema), without building the typed values first and turning them back.

    The import writes one of these per received version (decision 0024: the round trip
    through PersonInvolved, IndicatorEvidence and Grading cost ≈ 12 µs of ≈ 18 per row);
    the enum checks stay (a value outside them raises ValueError, as `storable` does).
    tests/unit/test_observation_received_columns.py checks that both give the same columns.
    """
    return dict(zip(RECEIVED_COLUMNS, received_values(record), strict=True))


def received_values(record: dict[str, Any]) -> tuple[Any, ...]:
    """`received_columns`' values in RECEIVED_COLUMNS order, as a bulk insert takes them
    (no dict per row: the import builds one per received version)."""
    g = record["grading"]
    people = record["people"]
    indicators = record["indicators"]
    factors = record["protective_factors"]
    return (
        record["event_start"],
        record.get("event_end"),
        record["place"],
        record["officer_duty"],
        record["facts"],
        record["assessment"],
        _SOURCE_TYPES[record["source_type"]],
        "",
        _encode(
            [
                {"category": _CATEGORIES[p["category"]], "description": p["description"]}
                for p in people
            ]
        )
        if people
        else "[]",
        _encode([{"code": i["code"], "evidence": i["evidence"]} for i in indicators])
        if indicators
        else "[]",
        _encode(list(factors)) if factors else "[]",
        g["preset"],
        g["source"],
        g["information"],
        g["handling"],
        g["conditions"],
        _URGENCIES[record["urgency"]],
        record["action_taken"],
        record["own_account"],
        int(bool(record["restricted"])),
        record.get("other_explanations", ""),
        int(bool(record.get("other_explanations_none", False))),
    )


class _Closed(dict[Any, str]):
    """An enum's values by value; an unknown value raises ValueError as the enum does."""

    def __missing__(self, key: Any) -> str:
        raise ValueError(f"{key!r} is not a valid value")


_SOURCE_TYPES = _Closed({s.value: s.value for s in SourceType})
_CATEGORIES = _Closed({c.value: c.value for c in PersonCategory})
_URGENCIES = _Closed({u.value: u.value for u in Urgency})


def insert_row(con: Connection, row: dict[str, Any], *, index_codes: bool = True) -> int:
    """Insert one version (column → value); returns its row_no.

    `index_codes=False` for a version that is not the current one (its codes
    stay in the JSON column but not in the domain filter table).
    """
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cur = con.execute(
        f"INSERT INTO observations({names}) VALUES ({marks}) RETURNING row_no", tuple(row.values())
    )
    row_no = int(cur.fetchone()[0])
    if not index_codes:
        return row_no
    for item in json.loads(row["indicators"]):
        code = item["code"]
        con.execute(
            "INSERT INTO observation_indicators(row_no, domain, code) VALUES (?, ?, ?)",
            (row_no, IndicatorEvidence(code, "").domain, code),
        )
    return row_no


def indicator_codes(codes: Sequence[str]) -> list[tuple[str, str]]:
    """(domain, code) of each indicator code, as observation_indicators holds them."""
    return [(IndicatorEvidence(code, "").domain, code) for code in codes]


def insert_code_rows(con: Connection, rows: Sequence[tuple[int, str, str]]) -> None:
    """observation_indicators rows at once: (row_no, domain, code) each."""
    bulk.insert_rows(con, "observation_indicators", ("row_no", "domain", "code"), rows)


def set_statuses(con: Connection, statuses: list[tuple[int, str]]) -> None:
    """Set the status of several versions at once: (row_no, status) each, distinct rows
    (staged, then one UPDATE … FROM). A version that already has its status is not
    written again: a package carries an observation with the status its review gave
    it, and rewriting the whole row to the same value cost as much as inserting it."""
    if not statuses:
        return
    if dialect_of(con).is_postgresql:  # one statement, rows found by key (decision 0039)
        con.execute(
            "UPDATE observations SET status = st.status FROM unnest(?::BIGINT[], ?::TEXT[]) "
            "AS st(row_no, status) WHERE observations.row_no = st.row_no AND observations."
            "status <> st.status", [list(c) for c in zip(*statuses, strict=True)]
        )  # fmt: skip
        return
    bulk.stage(con, "stage_statuses", (("row_no", "BIGINT"), ("status", "TEXT")), statuses)
    con.execute(
        "UPDATE observations SET status = st.status FROM stage_statuses st "
        "WHERE observations.row_no = st.row_no AND observations.status <> st.status"
    )
    bulk.drop_stage(con, "stage_statuses")


def subject_index_text(con: Connection, subject_id: str) -> str:
    row = con.execute(
        "SELECT family_name, given_names, prison_number FROM subjects WHERE id = ?", (subject_id,)
    ).fetchone()
    return search_index.observation_subject_text(row[0], row[1], row[2]) if row else ""


def load(
    con: Connection, observation_id: str, version: int | None = None
) -> tuple[int, Observation]:
    if version is None:
        sql = f"SELECT {OBS_COLUMNS} FROM observations WHERE id = ? AND is_current = 1"
        params: tuple[Any, ...] = (observation_id,)
    else:
        sql = f"SELECT {OBS_COLUMNS} FROM observations WHERE id = ? AND version = ?"
        params = (observation_id, version)
    row = con.execute(sql, params).fetchone()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no such observation (it may have been erased).")
        )
    return int(row[0]), observation_from_row(row, with_source=True)


def attach_regrades(con: Connection, items: list[Observation]) -> list[Observation]:
    """Fill `current_grading` from the latest re-grade of each version."""
    if not items:
        return items
    latest: dict[tuple[str, int], Grading] = {}
    ids = list({o.id for o in items})
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        for r in con.execute(
            "SELECT observation_id, observation_version, preset, source_grade, information_grade, "
            f"handling, handling_conditions FROM grade_history WHERE observation_id IN ({marks}) "
            "AND kind = 'regraded' ORDER BY seq",
            chunk,
        ):
            latest[(r[0], int(r[1]))] = Grading(r[2], r[3], r[4], r[5], r[6])
    return [replace(o, current_grading=latest.get((o.id, o.version))) for o in items]


#: The columns of `add_observation_rows`' rows by default, in this order (the columns a
#: sealed version needs; the others keep their defaults).
OBSERVATION_ROW_COLUMNS = (
    "row_no", "id", "version", "is_current", "subject_id", "establishment_code",
    "origin_workstation", "unit_code", "event_start", "event_end", "place", "officer_duty",
    "recorded_at", "recorded_by", "recorded_by_code", "facts", "assessment", "source_type",
    "source_identity", "people", "indicators", "protective_factors", "grading_preset",
    "source_grade", "information_grade", "handling", "handling_conditions", "urgency",
    "action_taken", "own_account", "status", "restricted", "amendment_reason", "created_at",
    "updated_at", "submitted_at", "delivered_at", "other_explanations",
)  # fmt: skip
#: The columns of a grade-history row.
GRADE_ROW_COLUMNS = (
    "observation_id", "observation_version", "at", "by_user", "kind", "preset",
    "source_grade", "information_grade", "handling", "handling_conditions", "reason",
)  # fmt: skip


def add_observation_rows(
    con: Connection,
    rows: Sequence[Sequence[Any]],
    *,
    indicators: Sequence[tuple[int, str, str]],
    grades: Sequence[Sequence[Any]],
    columns: Sequence[str] = OBSERVATION_ROW_COLUMNS,
) -> int:
    """Many sealed versions at once, set-wise (executemany / COPY), with the indicator
    codes of current versions (row_no, domain, code) and their grade history.

    For bulk loads whose rows were made and checked by the caller (rows carry
    their own row_no; the search rows go through search_index); the caller
    holds the transaction.
    """
    count = bulk.insert_rows(con, "observations", columns, rows)
    bulk.insert_rows(con, "observation_indicators", ("row_no", "domain", "code"), indicators)
    bulk.insert_rows(con, "grade_history", GRADE_ROW_COLUMNS, grades)
    bulk.advance_identity(con, "observations", "row_no")
    return count


def next_row_no(con: Connection) -> int:
    """The first free observation row number (bulk rows carry their own)."""
    return bulk.next_number(con, "observations", "row_no")


def file_versions(con: Connection, subject_id: str) -> list[tuple[str, int, str]]:
    """(id, version, origin workstation) of every sealed version of the file's observations."""
    return [
        (str(r[0]), int(r[1]), str(r[2]))
        for r in con.execute(
            "SELECT id, version, origin_workstation FROM observations "
            "WHERE subject_id = ? AND status != 'draft' ORDER BY created_at, id, version",
            (subject_id,),
        )
    ]


def sealed_versions(con: Connection, observation_id: str) -> list[tuple[int, str]]:
    """(version, when made) of one observation's sealed versions (decision 0023, session 9)."""
    sql = "SELECT version, created_at FROM observations WHERE id = ? AND status != 'draft'"
    return [
        (int(r[0]), str(r[1])) for r in con.execute(sql + " ORDER BY version", (observation_id,))
    ]


def set_status(con: Connection, row_no: int, status: ObservationStatus, at: str | None) -> None:
    """A version's status after a review (with `at`: also its time of change)."""
    if at is None:
        con.execute("UPDATE observations SET status = ? WHERE row_no = ?", (status.value, row_no))
    else:
        con.execute(
            "UPDATE observations SET status = ?, updated_at = ? WHERE row_no = ?",
            (status.value, at, row_no),
        )


def add_grade(
    con: Connection, obs: Observation, g: Grading, kind: str, by_user: str, at: str, reason: str
) -> None:
    """One line of a version's grade history ('proposed' when sealed, 'regraded' on review)."""
    add_grade_rows(
        con,
        [
            (
                obs.id,
                obs.version,
                at,
                by_user,
                kind,
                g.preset,
                g.source,
                g.information,
                g.handling,
                g.conditions,
                reason,
            )
        ],
    )


def add_grade_rows(con: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Grade history lines at once, in GRADE_ROW_COLUMNS order."""
    if len(rows) == 1:
        marks = ",".join("?" for _ in GRADE_ROW_COLUMNS)
        con.execute(
            f"INSERT INTO grade_history({', '.join(GRADE_ROW_COLUMNS)}) VALUES ({marks})", rows[0]
        )
    else:
        bulk.insert_rows(con, "grade_history", GRADE_ROW_COLUMNS, list(rows))


def mark_delivered(con: Connection, observation_id: str, version: int, at: str) -> None:
    """The central office holds this version (a receipt listed it)."""
    con.execute(
        "UPDATE observations SET delivered_at = ? WHERE id = ? AND version = ?",
        (at, observation_id, version),
    )


def scrub_text(con: Connection, subject_id: str, columns: Sequence[str], removed: str) -> None:
    """Anonymisation: replace a file's free text (`columns`, people's descriptions,
    indicators' evidence) with `removed`; empty text stays empty. Done row by row in
    Python, the same on both stores (a file has few observations)."""
    for name in columns:
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not a column: {name!r}")
    sets = ", ".join(f"{c} = CASE WHEN {c} = '' THEN '' ELSE ? END" for c in columns)
    rows = con.execute(
        "SELECT row_no, people, indicators FROM observations WHERE subject_id = ?", (subject_id,)
    ).fetchall()
    for row_no, people, indicators in rows:
        kept_people = [
            {"category": p.get("category"), "description": ""} for p in json.loads(people)
        ]
        kept_codes = [{"code": i.get("code"), "evidence": removed} for i in json.loads(indicators)]
        con.execute(
            f"UPDATE observations SET {sets}, people = ?, indicators = ? WHERE row_no = ?",
            (
                *(removed for _ in columns),
                json.dumps(kept_people, separators=(",", ":")),
                json.dumps(kept_codes, separators=(",", ":")),
                row_no,
            ),
        )


def purge(
    con: Connection, *, subject_id: str | None = None, observation_id: str | None = None
) -> list[str]:
    """Erasure: delete every version of one observation, or of every observation of a
    file, with their indicator codes, index rows and grade history; the observation ids."""
    column, value = ("subject_id", subject_id) if subject_id is not None else ("id", observation_id)
    rows = con.execute(
        f"SELECT row_no, id FROM observations WHERE {column} = ?", (value,)
    ).fetchall()
    ids = sorted({str(r[1]) for r in rows})
    for row_no, _ in rows:
        search_index.unindex_observation(con, int(row_no))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        con.execute(f"DELETE FROM grade_history WHERE observation_id IN ({marks})", chunk)
    con.execute(f"DELETE FROM observations WHERE {column} = ?", (value,))
    return ids
