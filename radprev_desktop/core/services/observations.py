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

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import (
    GradeChange,
    Grading,
    IndicatorEvidence,
    JustificationReason,
    Observation,
    ObservationStatus,
    ReportKind,
)
from radprev_desktop.core.outbox import record_change
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation, search_index, subjects
from radprev_desktop.core.services import observation_rows as obs_rows
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services.observation_fields import (
    CONTENT_FIELDS,
    ObservationInput,
    clean_values,
    confirmed_findings,
    content_of,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection


def may_see(
    session: Session, obs: Observation, permission: Permission = Permission.READ_OBSERVATIONS
) -> None:
    """Drafts are their author's; every record is its prisoner's unit's (access by unit)."""
    if obs.status is ObservationStatus.DRAFT and obs.recorded_by != session.user.username:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "There is no such observation (drafts are visible to their author only)."
            )
        )
    subjects.get_subject(session, obs.subject_id, permission)


def _as_read_by(session: Session, items: list[Observation]) -> list[Observation]:
    """What the reader may see: an auditor gets the metadata, never what was written."""
    if policy.allows(session, Permission.READ_RECORD_TEXT):
        return items
    return [
        replace(
            o,
            facts="",
            assessment="",
            other_explanations="",
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
    audited: bool = True,
) -> Observation:
    """One version (default: the current one). Drafts only for their author.

    Reading it is a consultation logged with the reason for access (an author
    reading their own record: the work queue). `audited=False` only inside core
    (a report or a write that returns what it stored, each logged on its own).

    `include_source_identity=True` reveals the restricted field to the author
    or a supervisor (audited as "source_identity_viewed"); PermissionDenied
    for anyone else.
    """
    policy.require(session, Permission.READ_OBSERVATIONS)
    _, obs = obs_rows.load(session.con, observation_id, version)
    may_see(session, obs)
    if audited:
        consultation.record(
            session,
            "observation_read",
            object_type="observation",
            object_id=obs.id,
            implied=_implied(session, obs),
            details={"version": obs.version, "subject_id": obs.subject_id},
        )
    if include_source_identity:
        if not _may_see_source(session, obs):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "Only the author or a supervisor may see the source identity."
                )
            )
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
    return _as_read_by(session, obs_rows.attach_regrades(session.con, [obs]))[0]


def _remembered(session: Session) -> str:
    j = session.justification
    return f"{j[0]}: {j[1]}" if j and j[1] else (j[0] if j else "")


def _implied(session: Session, obs: Observation) -> JustificationReason | None:
    """An author reading their own record needs no reason beyond their work queue."""
    return JustificationReason.WORK_QUEUE if obs.recorded_by == session.user.username else None


def history(session: Session, observation_id: str, *, audited: bool = True) -> list[Observation]:
    """Every version of an observation, oldest first (source identity blanked).

    A logged consultation like `get_observation` (`audited=False` only inside core).
    """
    policy.require(session, Permission.READ_OBSERVATIONS)
    items = _versions(session, observation_id)
    if audited:
        consultation.record(
            session,
            "observation_history_read",
            object_type="observation",
            object_id=items[-1].id,
            implied=_implied(session, items[-1]),
            details={"versions": len(items), "subject_id": items[-1].subject_id},
        )
    return _as_read_by(session, obs_rows.attach_regrades(session.con, items))


def _versions(session: Session, observation_id: str) -> list[Observation]:
    rows = session.con.execute(
        f"SELECT {obs_rows.OBS_COLUMNS} FROM observations WHERE id = ? ORDER BY version",
        (observation_id,),
    ).fetchall()
    if not rows:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no such observation (it may have been erased).")
        )
    items = [obs_rows.observation_from_row(r) for r in rows]
    may_see(session, items[-1])
    return items


def history_for_access_request(session: Session, observation_id: str) -> list[Observation]:
    """Every version as written (source identity blanked), for the data-subject access report.

    The auditor browses records as metadata only; the person a file is about is
    entitled to what was written about them, so the formal access report (audited
    with its reason by the report) reads the text. Only who may make that report.
    """
    policy.require_report(session, ReportKind.ACCESS)
    items = obs_rows.attach_regrades(session.con, _versions(session, observation_id))
    return [replace(o, source_identity="") for o in items]


def grade_history(session: Session, observation_id: str) -> list[GradeChange]:
    """The officer's proposed grades and every re-grade, oldest first (part of a read)."""
    policy.require(session, Permission.READ_OBSERVATIONS)
    history(session, observation_id, audited=False)  # existence and visibility
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
    subject_id = subjects.get_subject(session, subject_id, Permission.READ_OBSERVATIONS).id
    rows = session.con.execute(
        f"SELECT {obs_rows.OBS_COLUMNS} FROM observations WHERE subject_id = ? AND is_current = 1 "
        "AND (status != 'draft' OR recorded_by = ?) ORDER BY event_start DESC, row_no DESC "
        "LIMIT ? OFFSET ?",
        (subject_id, session.user.username, limit, offset),
    ).fetchall()
    return _as_read_by(
        session,
        obs_rows.attach_regrades(session.con, [obs_rows.observation_from_row(r) for r in rows]),
    )


# --- writing ---------------------------------------------------------------------------------


def check_input(session: Session, data: ObservationInput, *, unfinished: bool = False) -> None:
    """Raise the ValidationError submitting `data` would meet; writes nothing (live checks).

    `unfinished=True` checks only what a draft must hold (lengths, types).
    """
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    clean_values(
        session,
        {name: getattr(data, name) for name in CONTENT_FIELDS},
        complete=not unfinished,
        sealing=not unfinished,
    )


def last_place_and_duty(session: Session) -> tuple[str, str]:
    """Place and duty of the user's most recent observation ('' and '' when none yet).

    New observations start with them: an officer on the same landing and duty
    all shift need not type them again. Never in a training vault: each exercise is
    another scenario with its own place and duty, which the trainee reads from it.
    """
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    if session.training:
        return ("", "")
    # Each (status, is_current) pair's newest row read backwards in observations_by_author
    # (its entries end in row_no), then the newest of those twelve: no sort of all the
    # officer's rows (1.6-11 s at 1M observations, issue 16).
    row = session.con.execute(_LAST_PLACE_SQL, (session.user.username,)).fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")


_LAST_PLACE_SQL = (
    "WITH p(s, c) AS (VALUES "
    + ", ".join(f"('{s.value}', {c})" for s in ObservationStatus for c in (0, 1))
    + ") SELECT place, officer_duty FROM observations WHERE row_no = (SELECT max((SELECT "
    "row_no FROM observations WHERE recorded_by = ? AND status = p.s AND is_current = p.c "
    "AND (place != '' OR officer_duty != '') ORDER BY row_no DESC LIMIT 1)) FROM p)"
)


def template_tie(session: Session, indicators: Sequence[IndicatorEvidence]) -> dict[str, Any]:
    """Indicator codes are tied to the template (code and version) they were chosen from,
    so a later template in which "A2" means something else never counts them under its title."""
    if not indicators:
        return {"template_code": None, "template_version": None}
    try:
        active = template_service.active_template(session)
    except NotFound:  # no template: the codes were checked for their form only
        return {"template_code": None, "template_version": None}
    return {"template_code": active.code, "template_version": active.version}


@operation(Change.OBSERVATIONS)
def create_draft(
    session: Session, data: ObservationInput, *, unfinished: bool = False
) -> Observation:
    """Start an observation as a draft (editable by its author until submitted).

    `unfinished=True` keeps what an officer has typed so far even when it is not
    complete yet (no facts, an indicator without evidence): auto-save and the
    screen lock must never lose words. `submit` then checks completeness.
    """
    values, row = _first_version(session, data, complete=not unfinished)
    with session.transaction() as con:
        _insert_first_version(session, con, row, len(values["indicators"]))
    return get_observation(session, row["id"], audited=False)


def _first_version(
    session: Session, data: ObservationInput, *, complete: bool, sealing: bool = False
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The checked values and the row of a new record's version 1, as a draft."""
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    subject = subjects.get_subject(session, data.subject_id, Permission.WRITE_OBSERVATIONS)
    given = {name: getattr(data, name) for name in CONTENT_FIELDS}
    values = clean_values(session, given, complete=complete, sealing=sealing)
    at = now_iso()
    row = {
        "id": new_id(),
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
        **obs_rows.storable(values),
        **template_tie(session, values["indicators"]),
    }
    return values, row


def _insert_first_version(
    session: Session, con: Connection, row: dict[str, Any], indicators: int
) -> None:
    """Write version 1: its row, its search entry and its "created" audit entry."""
    row_no = obs_rows.insert_row(con, row)
    names = obs_rows.subject_index_text(con, row["subject_id"])
    search_index.index_observation(con, row_no, row["facts"], row["assessment"], names)
    session.audit(
        "observation_created",
        object_type="observation",
        object_id=row["id"],
        details={"version": 1, "subject_id": row["subject_id"], "indicators": indicators},
    )


@operation(Change.OBSERVATIONS)
def update_draft(
    session: Session, observation_id: str, *, unfinished: bool = False, **changes: Any
) -> Observation:
    """Change fields of one's own draft (names as in ObservationInput; see create_draft)."""
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    unknown = set(changes) - set(CONTENT_FIELDS)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "These fields cannot be changed: %1."),
            ", ".join(sorted(unknown)),
        )
    row_no, obs = obs_rows.load(session.con, observation_id)
    may_see(session, obs, Permission.WRITE_OBSERVATIONS)
    if obs.sealed:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors", "This observation was submitted and is sealed; amend it with a reason."
            )
        )
    if obs.recorded_by != session.user.username:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Only the author may edit a draft."))
    values = clean_values(session, {**content_of(obs), **changes}, complete=not unfinished)
    stored = {**obs_rows.storable(values), **template_tie(session, values["indicators"])}
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
        search_index.index_observation(
            con,
            row_no,
            stored["facts"],
            stored["assessment"],
            obs_rows.subject_index_text(con, obs.subject_id),
        )
        session.audit(
            "observation_draft_changed",
            object_type="observation",
            object_id=obs.id,
            details={"fields": sorted(changes)},
        )
    return get_observation(session, obs.id, audited=False)


@operation(Change.OBSERVATIONS)
def discard_draft(session: Session, observation_id: str) -> None:
    """Delete one's own draft (it never left the workstation); audited."""
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    row_no, obs = obs_rows.load(session.con, observation_id)
    may_see(session, obs, Permission.WRITE_OBSERVATIONS)
    if obs.sealed:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "A submitted observation cannot be discarded."))
    with session.transaction() as con:
        search_index.unindex_observation(con, row_no)
        con.execute("DELETE FROM observations WHERE row_no = ?", (row_no,))
        session.audit("observation_draft_discarded", object_type="observation", object_id=obs.id)


def seal_grade(con: Connection, obs: Observation, by_user: str, at: str, reason: str = "") -> None:
    obs_rows.add_grade(con, obs, obs.grading, "proposed", by_user, at, reason)


@operation(Change.OBSERVATIONS | Change.SYNC)
def submit(
    session: Session, observation_id: str, *, confirm_sensitive: bool = False
) -> Observation:
    """Seal one's own draft and queue it for review and export.

    Free text about religion, ethnicity or politics is asked about first
    (SensitiveTermsNotConfirmed); `confirm_sensitive=True` is the officer's answer
    that the words are needed, recorded with the record for the supervisor.
    """
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    row_no, obs = obs_rows.load(session.con, observation_id)
    may_see(session, obs, Permission.WRITE_OBSERVATIONS)
    if obs.sealed:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This observation was already submitted."))
    if obs.recorded_by != session.user.username:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Only the author may submit a draft."))
    values = clean_values(session, content_of(obs), sealing=True)  # all a sealed record needs
    findings = confirmed_findings(values, confirm_sensitive)
    at = now_iso()
    with session.transaction() as con:
        con.execute(
            "UPDATE observations SET status = 'submitted', submitted_at = ?, updated_at = ?, "
            "sensitive_terms = ? WHERE row_no = ? AND status = 'draft'",
            (at, at, findings, row_no),
        )
        _sealed(session, con, obs, at)
    return get_observation(session, obs.id, audited=False)


def _sealed(session: Session, con: Connection, obs: Observation, at: str) -> None:
    """What sealing writes beside the status: proposed grade, outbox line, audit entry."""
    seal_grade(con, obs, session.user.username, at)
    record_change(con, "observation", obs.id, obs.version)
    session.audit(
        "observation_submitted",
        object_type="observation",
        object_id=obs.id,
        details={"version": obs.version, "urgency": obs.urgency.value},
    )


@operation(Change.OBSERVATIONS | Change.SYNC)
def record(
    session: Session,
    data: ObservationInput,
    *,
    submit_now: bool = False,
    confirm_sensitive: bool = False,
) -> Observation:
    """Create a draft or, asked to submit, version 1 already sealed (CLI, quick entry): what
    create_draft then submit would check and write, less the draft row's index entries that
    the submission moved (decision 0040)."""
    if not submit_now:
        return create_draft(session, data)
    values, row = _first_version(session, data, complete=True, sealing=True)
    findings = confirmed_findings(values, confirm_sensitive)
    row.update(status="submitted", submitted_at=row["created_at"], sensitive_terms=findings)
    with session.transaction() as con:
        _insert_first_version(session, con, row, len(values["indicators"]))
        _, obs = obs_rows.load(con, row["id"], 1)
        _sealed(session, con, obs, row["submitted_at"])
    return get_observation(session, obs.id, audited=False)
