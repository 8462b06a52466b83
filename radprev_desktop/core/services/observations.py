"""Observations: what an officer saw or heard, as sealed, versioned records.

Versioning (choice documented here and in docs/decisions): one row per
version in `observations`, the logical record being (id, version). A draft is
version 1, edited in place and only by its author. `submit` seals it: no
field of a sealed row changes again except the workflow status set by a
review or by sync (and `delivered_at`). `amend(id, reason, changes)` adds
version n+1 (same id) holding the corrected fields and the reason; the new
version is sealed at once with status "submitted", so a supervisor reviews
the correction. `history(id)` returns every version. A returned observation
is corrected by `amend` as well.

The proposed grade is stored on the row; a reviewer's re-grade goes to
`grade_history` (see reviews.py) and shows as `Observation.current_grading`.
There is no score, total or risk level anywhere.

The restricted `source_identity` is blanked in every read unless the caller
asks for it and is its author or a supervisor (that read is audited), and it
never leaves in sync records.

Sync record (kind "observation", one per sealed version)::

    {"id", "version", "subject_id", "establishment_code", "unit_code",
     "event_start", "event_end", "place", "officer_duty", "recorded_at",
     "recorded_by", "recorded_by_code", "facts", "assessment", "source_type",
     "people": [{"category", "description"}], "indicators": [{"code", "evidence"}],
     "protective_factors": [str], "grading": {"preset", "source", "information",
     "handling", "conditions"}, "urgency", "action_taken", "own_account",
     "status", "restricted", "amendment_reason", "created_at", "submitted_at"}
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now, now_iso
from radprev_desktop.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import (
    GradeChange,
    Grading,
    IndicatorEvidence,
    Observation,
    ObservationStatus,
    PersonCategory,
    PersonInvolved,
    SourceType,
    Urgency,
)
from radprev_desktop.core.outbox import (
    record_change,
)
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import grading as grading_mod
from radprev_desktop.core.services import search, subjects
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.connection import Connection

MAX_TEXT = 20_000
MAX_SHORT = 500
#: The longest text each field may hold, for screens that count characters as they are typed.
FIELD_LIMITS: dict[str, int] = {
    "place": 200,
    "officer_duty": 200,
    "facts": MAX_TEXT,
    "assessment": MAX_TEXT,
    "source_identity": MAX_SHORT,
    "people": MAX_SHORT,
    "indicators": MAX_SHORT * 4,
    "protective_factors": MAX_SHORT,
    "handling_conditions": 2000,
    "action_taken": MAX_TEXT,
    "own_account": MAX_TEXT,
    "reason": MAX_SHORT,
}
_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,7}(\.[A-Z0-9]{1,8}){0,3}$")

OBS_COLUMNS = (
    "row_no, id, version, is_current, subject_id, establishment_code, origin_workstation, "
    "unit_code, event_start, event_end, place, officer_duty, recorded_at, recorded_by, "
    "recorded_by_code, facts, assessment, source_type, source_identity, people, indicators, "
    "protective_factors, grading_preset, source_grade, information_grade, handling, "
    "handling_conditions, urgency, action_taken, own_account, status, restricted, "
    "amendment_reason, created_at, updated_at, submitted_at"
)
#: Fields an author sets (in create_draft / update_draft / amend).
CONTENT_FIELDS = (
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
    "grading",
    "urgency",
    "action_taken",
    "own_account",
    "restricted",
)


@dataclass(frozen=True)
class ObservationInput:
    """What the officer writes. `grading=None` takes the grade the source type proposes."""

    subject_id: str
    facts: str
    event_start: str | None = None  # ISO date or date-time; default: now
    event_end: str | None = None
    place: str = ""
    officer_duty: str = ""
    assessment: str = ""
    source_type: SourceType = SourceType.OWN_OBSERVATION
    source_identity: str = ""
    people: Sequence[PersonInvolved] = field(default_factory=tuple)
    indicators: Sequence[IndicatorEvidence] = field(default_factory=tuple)
    protective_factors: Sequence[str] = field(default_factory=tuple)
    grading: Grading | None = None
    urgency: Urgency = Urgency.ROUTINE
    action_taken: str = ""
    own_account: str = ""
    restricted: bool = False


# --- validation --------------------------------------------------------------------


def _text(
    value: str, name: str, label: str, *, required: bool = False, limit: int = MAX_TEXT
) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(f"{label} is required.", name)
    if len(value) > limit:
        raise ValidationError(f"{label} is limited to {limit} characters.", name)
    return value


def _moment(value: str, name: str) -> str:
    """An event time: a date or a date-time, stored as given (minutes precision)."""
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            f"{value!r} is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).", name
        ) from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    if parsed > now().replace(tzinfo=None) + timedelta(days=1):
        raise ValidationError("The event cannot be in the future.", name)
    return parsed.date().isoformat() if len(value) == 10 else parsed.isoformat(timespec="minutes")


def active_indicator_codes(session: Session) -> set[str] | None:
    """Codes of the active checklist template (None when none is active)."""
    try:
        codes = template_service.active_indicator_codes(session)
    except NotFound:  # no active template: codes are checked for their format only
        return None
    return {str(c).upper() for c in codes} if codes else None


def _indicators(
    session: Session, items: Iterable[IndicatorEvidence], *, complete: bool = True
) -> tuple[IndicatorEvidence, ...]:
    known = None
    seen: set[str] = set()
    out: list[IndicatorEvidence] = []
    for item in items:
        code = item.code.strip().upper()
        if not _CODE.match(code):
            raise ValidationError(
                f"{item.code!r} is not an indicator code (like A3.2).", "indicators"
            )
        if code in seen:
            raise ValidationError(f"Indicator {code} is listed twice.", "indicators")
        evidence = _text(
            item.evidence,
            "indicators",
            f"The evidence for {code}",
            required=complete,
            limit=FIELD_LIMITS["indicators"],
        )
        if known is None:
            known = active_indicator_codes(session) or set()
        if known and code not in known:
            raise ValidationError(
                f"Indicator {code} is not in the active checklist template.", "indicators"
            )
        seen.add(code)
        out.append(IndicatorEvidence(code, evidence))
    return tuple(out)


def _people(items: Iterable[PersonInvolved]) -> tuple[PersonInvolved, ...]:
    out = []
    for p in items:
        try:
            category = PersonCategory(p.category)
        except ValueError:
            raise ValidationError(
                f"{p.category!r} is not a category of person.", "people"
            ) from None
        out.append(
            PersonInvolved(
                category, _text(p.description, "people", "A description", limit=MAX_SHORT)
            )
        )
    return tuple(out)


def _factors(items: Iterable[str]) -> tuple[str, ...]:
    out = tuple(
        _text(t, "protective_factors", "A protective factor", limit=MAX_SHORT) for t in items
    )
    return tuple(t for t in out if t)


def _grading(
    session: Session, grading: Grading | None, source_type: SourceType, *, complete: bool = True
) -> Grading:
    if grading is None:
        return grading_mod.propose_grading(source_type, current_preset(session))
    if not complete and not grading.conditions.strip():
        # An unfinished draft may lack the conditions of handling C; submit asks for them.
        checked = grading_mod.validate_grading(replace(grading, conditions="-"))
        return replace(checked, conditions="")
    return grading_mod.validate_grading(grading)


def current_preset(session: Session) -> str:
    """The vault's grading preset (setting `grading_preset`)."""
    return str(session.setting("grading_preset", grading_mod.DEFAULT_PRESET))


def _clean(session: Session, values: dict[str, Any], *, complete: bool = True) -> dict[str, Any]:
    """Validate every content field; returns the values as stored (typed).

    `complete=False` (an unfinished draft) skips what only a finished record
    needs: the facts, each indicator's evidence, handling C's conditions.
    Types and lengths are checked always.
    """
    source_type = _enum(SourceType, values["source_type"], "source_type")
    start = _moment(values["event_start"] or now_iso()[:16], "event_start")
    end = _moment(values["event_end"], "event_end") if values.get("event_end") else None
    if end is not None and end < start:
        raise ValidationError("The event cannot end before it starts.", "event_end")
    return {
        "event_start": start,
        "event_end": end,
        "place": _text(values["place"], "place", "The place", limit=FIELD_LIMITS["place"]),
        "officer_duty": _text(
            values["officer_duty"], "officer_duty", "The duty", limit=FIELD_LIMITS["officer_duty"]
        ),
        "facts": _text(values["facts"], "facts", "What was seen or heard", required=complete),
        "assessment": _text(values["assessment"], "assessment", "The assessment"),
        "source_type": source_type,
        "source_identity": _text(
            values["source_identity"], "source_identity", "The source identity", limit=MAX_SHORT
        ),
        "people": _people(values["people"]),
        "indicators": _indicators(session, values["indicators"], complete=complete),
        "protective_factors": _factors(values["protective_factors"]),
        "grading": _grading(session, values["grading"], source_type, complete=complete),
        "urgency": _enum(Urgency, values["urgency"], "urgency"),
        "action_taken": _text(values["action_taken"], "action_taken", "The action taken"),
        "own_account": _text(values["own_account"], "own_account", "The prisoner's account"),
        "restricted": bool(values["restricted"]),
    }


def _enum(kind: Any, value: Any, name: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        known = ", ".join(k.value for k in kind)
        raise ValidationError(f"{value!r} is not one of {known}.", name) from None


# --- rows ------------------------------------------------------------------------------


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
    )


def _storable(values: dict[str, Any]) -> dict[str, Any]:
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
        "people": json.dumps(
            [
                {"category": PersonCategory(p.category).value, "description": p.description}
                for p in values["people"]
            ],
            ensure_ascii=False,
        ),
        "indicators": json.dumps(
            [{"code": i.code, "evidence": i.evidence} for i in values["indicators"]],
            ensure_ascii=False,
        ),
        "protective_factors": json.dumps(list(values["protective_factors"]), ensure_ascii=False),
        "grading_preset": g.preset,
        "source_grade": g.source,
        "information_grade": g.information,
        "handling": g.handling,
        "handling_conditions": g.conditions,
        "urgency": Urgency(values["urgency"]).value,
        "action_taken": values["action_taken"],
        "own_account": values["own_account"],
        "restricted": int(bool(values["restricted"])),
    }


def content_of(obs: Observation) -> dict[str, Any]:
    """The content fields of a version by their ObservationInput names (forms, amendments)."""
    return {name: getattr(obs, name) for name in CONTENT_FIELDS}


_values_of = content_of


def insert_row(con: Connection, row: dict[str, Any], *, index_codes: bool = True) -> int:
    """Insert one version (column → value); returns its row_no.

    `index_codes=False` for a version that is not the current one (its codes
    stay in the JSON column but not in the domain filter table).
    """
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cur = con.execute(f"INSERT INTO observations({names}) VALUES ({marks})", tuple(row.values()))
    row_no = int(cur.lastrowid)
    if not index_codes:
        return row_no
    for item in json.loads(row["indicators"]):
        code = item["code"]
        con.execute(
            "INSERT INTO observation_indicators(row_no, domain, code) VALUES (?, ?, ?)",
            (row_no, IndicatorEvidence(code, "").domain, code),
        )
    return row_no


def _subject_index_text(con: Connection, subject_id: str) -> str:
    row = con.execute(
        "SELECT family_name, given_names, prison_number FROM subjects WHERE id = ?", (subject_id,)
    ).fetchone()
    return search.observation_subject_text(row[0], row[1], row[2]) if row else ""


def _load(
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
        raise NotFound("There is no such observation (it may have been erased).")
    return int(row[0]), observation_from_row(row, with_source=True)


def _attach_regrades(con: Connection, items: list[Observation]) -> list[Observation]:
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


def _may_see(session: Session, obs: Observation) -> None:
    if obs.status is ObservationStatus.DRAFT and obs.recorded_by != session.user.username:
        raise NotFound("There is no such observation (drafts are visible to their author only).")


def _as_read_by(session: Session, items: list[Observation]) -> list[Observation]:
    """What the reader may see: an auditor gets the metadata, never what was written."""
    if policy.allows(session, Permission.READ_RECORD_TEXT):
        return items
    return [
        replace(
            o,
            facts="",
            assessment="",
            source_identity="",
            action_taken="",
            own_account="",
            people=tuple(replace(p, description="") for p in o.people),
            indicators=tuple(replace(i, evidence="") for i in o.indicators),
        )
        for o in items
    ]


def _may_see_source(session: Session, obs: Observation) -> bool:
    return policy.may_see_source(session, obs.recorded_by)


# --- reading -------------------------------------------------------------------------------


def get_observation(
    session: Session,
    observation_id: str,
    version: int | None = None,
    *,
    include_source_identity: bool = False,
) -> Observation:
    """One version (default: the current one). Drafts only for their author.

    `include_source_identity=True` reveals the restricted field to the author
    or a supervisor (audited as "source_identity_viewed"); PermissionDenied
    for anyone else.
    """
    policy.require(session, Permission.READ_OBSERVATIONS)
    _, obs = _load(session.con, observation_id, version)
    _may_see(session, obs)
    if include_source_identity:
        if not _may_see_source(session, obs):
            raise PermissionDenied("Only the author or a supervisor may see the source identity.")
        with session.transaction():
            session.audit(
                "source_identity_viewed",
                object_type="observation",
                object_id=obs.id,
                justification=_remembered(session),
                details={"version": obs.version},
            )
    else:
        obs = replace(obs, source_identity="")
    return _as_read_by(session, _attach_regrades(session.con, [obs]))[0]


def _remembered(session: Session) -> str:
    j = session.justification
    return f"{j[0]}: {j[1]}" if j and j[1] else (j[0] if j else "")


def history(session: Session, observation_id: str) -> list[Observation]:
    """Every version of an observation, oldest first (source identity blanked)."""
    policy.require(session, Permission.READ_OBSERVATIONS)
    rows = session.con.execute(
        f"SELECT {OBS_COLUMNS} FROM observations WHERE id = ? ORDER BY version", (observation_id,)
    ).fetchall()
    if not rows:
        raise NotFound("There is no such observation (it may have been erased).")
    items = [observation_from_row(r) for r in rows]
    _may_see(session, items[-1])
    return _as_read_by(session, _attach_regrades(session.con, items))


def grade_history(session: Session, observation_id: str) -> list[GradeChange]:
    """The officer's proposed grades and every re-grade, oldest first."""
    policy.require(session, Permission.READ_OBSERVATIONS)
    history(session, observation_id)  # existence and visibility
    return [
        GradeChange(int(r[0]), r[1], r[2], r[3], Grading(r[4], r[5], r[6], r[7], r[8]), r[9])
        for r in session.con.execute(
            "SELECT observation_version, at, by_user, kind, preset, source_grade, "
            "information_grade, handling, handling_conditions, reason FROM grade_history "
            "WHERE observation_id = ? ORDER BY seq",
            (observation_id,),
        )
    ]


def list_for_subject(
    session: Session, subject_id: str, *, limit: int = 1000, offset: int = 0
) -> list[Observation]:
    """Current versions about one subject, newest event first (drafts: own only).

    Used by subject_file.open_subject_file, which audits the consultation.
    """
    policy.require(session, Permission.READ_OBSERVATIONS)
    rows = session.con.execute(
        f"SELECT {OBS_COLUMNS} FROM observations WHERE subject_id = ? AND is_current = 1 "
        "AND (status != 'draft' OR recorded_by = ?) ORDER BY event_start DESC, row_no DESC "
        "LIMIT ? OFFSET ?",
        (subject_id, session.user.username, limit, offset),
    ).fetchall()
    return _as_read_by(
        session, _attach_regrades(session.con, [observation_from_row(r) for r in rows])
    )


# --- writing ---------------------------------------------------------------------------------


def check_input(session: Session, data: ObservationInput, *, unfinished: bool = False) -> None:
    """Raise the ValidationError saving `data` would meet; writes nothing (live checks)."""
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    _clean(session, {name: getattr(data, name) for name in CONTENT_FIELDS}, complete=not unfinished)


def last_place_and_duty(session: Session) -> tuple[str, str]:
    """Place and duty of the user's most recent observation ('' and '' when none yet).

    New observations start with them: an officer on the same landing and duty
    all shift need not type them again.
    """
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    row = session.con.execute(
        "SELECT place, officer_duty FROM observations WHERE recorded_by = ? "
        "AND (place != '' OR officer_duty != '') ORDER BY row_no DESC LIMIT 1",
        (session.user.username,),
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")


@operation(Change.OBSERVATIONS)
def create_draft(
    session: Session, data: ObservationInput, *, unfinished: bool = False
) -> Observation:
    """Start an observation as a draft (editable by its author until submitted).

    `unfinished=True` keeps what an officer has typed so far even when it is not
    complete yet (no facts, an indicator without evidence): auto-save and the
    screen lock must never lose words. `submit` then checks completeness.
    """
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    subject = subjects.get_subject(session, data.subject_id)
    values = _clean(
        session, {name: getattr(data, name) for name in CONTENT_FIELDS}, complete=not unfinished
    )
    at = now_iso()
    obs_id = new_id()
    row = {
        "id": obs_id,
        "version": 1,
        "is_current": 1,
        "subject_id": subject.id,
        "establishment_code": subject.establishment_code,
        "origin_workstation": session.workstation_id,
        "unit_code": subject.unit_code,
        "recorded_at": at,
        "recorded_by": session.user.username,
        "recorded_by_code": session.user.staff_code,
        "status": ObservationStatus.DRAFT.value,
        "created_at": at,
        "updated_at": at,
        **_storable(values),
    }
    with session.transaction() as con:
        row_no = insert_row(con, row)
        search.index_observation(
            con, row_no, row["facts"], row["assessment"], _subject_index_text(con, subject.id)
        )
        session.audit(
            "observation_created",
            object_type="observation",
            object_id=obs_id,
            details={
                "version": 1,
                "subject_id": subject.id,
                "indicators": len(values["indicators"]),
            },
        )
    return get_observation(session, obs_id)


@operation(Change.OBSERVATIONS)
def update_draft(
    session: Session, observation_id: str, *, unfinished: bool = False, **changes: Any
) -> Observation:
    """Change fields of one's own draft (names as in ObservationInput; see create_draft)."""
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    unknown = set(changes) - set(CONTENT_FIELDS)
    if unknown:
        raise ValidationError(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    row_no, obs = _load(session.con, observation_id)
    _may_see(session, obs)
    if obs.sealed:
        raise Conflict("This observation was submitted and is sealed; amend it with a reason.")
    if obs.recorded_by != session.user.username:
        raise PermissionDenied("Only the author may edit a draft.")
    values = _clean(session, {**_values_of(obs), **changes}, complete=not unfinished)
    stored = _storable(values)
    with session.transaction() as con:
        sets = ", ".join(f"{k} = ?" for k in stored)
        con.execute(
            f"UPDATE observations SET {sets}, updated_at = ? WHERE row_no = ?",
            (*stored.values(), now_iso(), row_no),
        )
        con.execute("DELETE FROM observation_indicators WHERE row_no = ?", (row_no,))
        for item in values["indicators"]:
            con.execute(
                "INSERT INTO observation_indicators(row_no, domain, code) VALUES (?, ?, ?)",
                (row_no, item.domain, item.code),
            )
        search.index_observation(
            con,
            row_no,
            stored["facts"],
            stored["assessment"],
            _subject_index_text(con, obs.subject_id),
        )
        session.audit(
            "observation_draft_changed",
            object_type="observation",
            object_id=obs.id,
            details={"fields": sorted(changes)},
        )
    return get_observation(session, obs.id)


@operation(Change.OBSERVATIONS)
def discard_draft(session: Session, observation_id: str) -> None:
    """Delete one's own draft (it never left the workstation); audited."""
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    row_no, obs = _load(session.con, observation_id)
    _may_see(session, obs)
    if obs.sealed:
        raise Conflict("A submitted observation cannot be discarded.")
    with session.transaction() as con:
        search.unindex_observation(con, row_no)
        con.execute("DELETE FROM observations WHERE row_no = ?", (row_no,))
        session.audit("observation_draft_discarded", object_type="observation", object_id=obs.id)


def _seal_grade(con: Connection, obs: Observation, by_user: str, at: str) -> None:
    g = obs.grading
    con.execute(
        "INSERT INTO grade_history(observation_id, observation_version, at, by_user, kind, preset, "
        "source_grade, information_grade, handling, handling_conditions) "
        "VALUES (?,?,?,?,'proposed',?,?,?,?,?)",
        (
            obs.id,
            obs.version,
            at,
            by_user,
            g.preset,
            g.source,
            g.information,
            g.handling,
            g.conditions,
        ),
    )


@operation(Change.OBSERVATIONS | Change.SYNC)
def submit(session: Session, observation_id: str) -> Observation:
    """Seal one's own draft and queue it for review and export."""
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    row_no, obs = _load(session.con, observation_id)
    _may_see(session, obs)
    if obs.sealed:
        raise Conflict("This observation was already submitted.")
    if obs.recorded_by != session.user.username:
        raise PermissionDenied("Only the author may submit a draft.")
    _clean(session, _values_of(obs))  # an unfinished draft is completed before it is sealed
    at = now_iso()
    with session.transaction() as con:
        con.execute(
            "UPDATE observations SET status = 'submitted', submitted_at = ?, updated_at = ? "
            "WHERE row_no = ? AND status = 'draft'",
            (at, at, row_no),
        )
        _seal_grade(con, obs, session.user.username, at)
        record_change(con, "observation", obs.id, obs.version)
        session.audit(
            "observation_submitted",
            object_type="observation",
            object_id=obs.id,
            details={"version": obs.version, "urgency": obs.urgency.value},
        )
    return get_observation(session, obs.id)


@operation(Change.OBSERVATIONS | Change.SYNC)
def record(session: Session, data: ObservationInput, *, submit_now: bool = False) -> Observation:
    """Create a draft and, if asked, submit it in the same transaction (CLI, quick entry)."""
    with session.transaction():
        obs = create_draft(session, data)
        if submit_now:
            obs = submit(session, obs.id)
    return obs


@operation(Change.OBSERVATIONS | Change.SYNC)
def amend(
    session: Session, observation_id: str, reason: str, changes: dict[str, Any]
) -> Observation:
    """Correct a sealed observation: a new version with `changes` and a reason.

    The author or a supervisor may amend. The new version is sealed with
    status "submitted" (to be reviewed again); the old one stays in history.
    """
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("An amendment needs a reason.", "reason")
    if len(reason) > MAX_SHORT:
        raise ValidationError(f"The reason is limited to {MAX_SHORT} characters.", "reason")
    unknown = set(changes) - set(CONTENT_FIELDS)
    if unknown:
        raise ValidationError(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    if not changes:
        raise ValidationError("An amendment must change at least one field.", "changes")
    old_row_no, obs = _load(session.con, observation_id)
    _may_see(session, obs)
    if not obs.sealed:
        raise Conflict("A draft is edited directly; only submitted observations are amended.")
    if not policy.may_amend_observation(session, obs.recorded_by):
        raise PermissionDenied("Only the author or a supervisor may amend an observation.")
    if "grading" not in changes and "source_type" in changes:
        changes = {**changes, "grading": obs.grading}
    values = _clean(session, {**_values_of(obs), **changes})
    at = now_iso()
    version = obs.version + 1
    row = {
        "id": obs.id,
        "version": version,
        "is_current": 1,
        "subject_id": obs.subject_id,
        "establishment_code": obs.establishment_code,
        "origin_workstation": session.workstation_id,
        "unit_code": obs.unit_code,
        "recorded_at": obs.recorded_at,
        "recorded_by": obs.recorded_by,
        "recorded_by_code": obs.recorded_by_code,
        "status": ObservationStatus.SUBMITTED.value,
        "amendment_reason": reason,
        "created_at": at,
        "updated_at": at,
        "submitted_at": at,
        **_storable(values),
    }
    with session.transaction() as con:
        con.execute("UPDATE observations SET is_current = 0 WHERE row_no = ?", (old_row_no,))
        con.execute("DELETE FROM observation_indicators WHERE row_no = ?", (old_row_no,))
        search.unindex_observation(con, old_row_no)
        row_no = insert_row(con, row)
        search.index_observation(
            con, row_no, row["facts"], row["assessment"], _subject_index_text(con, obs.subject_id)
        )
        _, new = _load(con, obs.id, version)
        _seal_grade(con, new, session.user.username, at)
        record_change(con, "observation", obs.id, version)
        session.audit(
            "observation_amended",
            object_type="observation",
            object_id=obs.id,
            details={"version": version, "fields": sorted(changes)},
        )
    return get_observation(session, obs.id)
