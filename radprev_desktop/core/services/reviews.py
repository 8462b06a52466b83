"""Supervisor review of submitted observations: accept, return, re-grade, reject.

A supervisor never reviews their own observation. Each decision is a row in
`reviews`, changes the workflow status of the current version (the content
stays sealed), is audited and queued for export in the same transaction.
A re-grade keeps the officer's proposal and adds a `grade_history` row; the
observation is then accepted with the reviewer's grade. A returned
observation goes back to its author's list ("returned to me") and is
corrected there with `observation_amendments.amend`, which submits it again.

The queue shows submitted observations of others: immediate first, then
priority, then routine, oldest submission first within each.

Sync record (kind "review")::

    {"id", "version": 1, "observation_id", "observation_version", "reviewer",
     "reviewer_code", "decision", "comment", "at", "establishment_code",
     "grading": null | {"preset", "source", "information", "handling", "conditions"}}
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from radprev_desktop.core import labels, policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import (
    Grading,
    JustificationReason,
    Observation,
    ObservationStatus,
    Review,
    ReviewDecision,
)
from radprev_desktop.core.outbox import (
    record_change,
)
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    consultation,
    observation_rows,
    observations,
    search,
    subjects,
)
from radprev_desktop.core.services import grading as grading_mod
from radprev_desktop.core.services.search import ObservationSummary, Page
from radprev_desktop.core.services.subject_scope import in_scope_sql
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of

MAX_COMMENT = 2000
_RESULT = {
    ReviewDecision.ACCEPT: ObservationStatus.ACCEPTED,
    ReviewDecision.REGRADE: ObservationStatus.ACCEPTED,
    ReviewDecision.RETURN: ObservationStatus.RETURNED,
    ReviewDecision.REJECT: ObservationStatus.REJECTED,
}


def review_queue(
    session: Session, *, limit: int = 50, offset: int = 0, with_total: bool = True
) -> Page[ObservationSummary]:
    """Submitted observations awaiting review (not the supervisor's own), most urgent first."""
    policy.require(session, Permission.REVIEW)
    if limit < 1 or limit > 1000 or offset < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A page holds 1–1000 rows and starts at 0 or later."),
            field="limit",
        )
    me, here = session.user.username, session.establishment_code
    reach, reach_params = in_scope_sql(session, "o.subject_id", Permission.REVIEW)
    base = (
        "FROM observations o JOIN subjects s ON s.id = o.subject_id "
        "WHERE o.is_current = 1 AND o.status = 'submitted' AND o.recorded_by != ? "
        # History that arrived with a transferred prisoner is not reviewed here.
        f"AND o.establishment_code = ? AND {reach}"
    )
    # One index-ordered slice per urgency (the partial index observations_review_queue),
    # so the queue never sorts every waiting observation.
    parts = " UNION ALL ".join(
        f"SELECT * FROM (SELECT {rank} AS urgency_rank, o.submitted_at AS sub_at, "
        f"o.row_no AS r_no, {search.OBSERVATION_COLUMNS} {base} AND o.urgency = '{name}' "
        f"ORDER BY o.submitted_at, o.row_no LIMIT ?) AS u{rank}"
        for rank, name in ((0, "immediate"), (1, "priority"), (2, "routine"))
    )
    want = offset + limit
    rows = session.con.execute(
        f"SELECT * FROM ({parts}) AS queue ORDER BY urgency_rank, sub_at, r_no LIMIT ? OFFSET ?",
        (*[me, here, *reach_params, want] * 3, limit, offset),
    ).fetchall()
    total, exact = None, True
    if with_total:
        total, exact = search.count_rows(
            session.con,
            f"FROM observations o {dialect_of(session.con).indexed_by('observations_review_queue')} "
            "WHERE o.is_current = 1 AND o.status = 'submitted' AND o.recorded_by != ? "
            f"AND o.establishment_code = ? AND {reach}",
            [me, here, *reach_params],
        )
    consultation.record(
        session,
        "review_queue_viewed",
        object_type="observations",
        implied=JustificationReason.REVIEW,
        details={"offset": offset, "rows": len(rows)},
    )
    return Page([search.observation_summary(r[3:]) for r in rows], offset, limit, total, exact)


def _comment(text: str, required: bool, missing: str) -> str:
    """The trimmed comment; `missing` (a marked message) when a required one is empty."""
    text = (text or "").strip()
    if required and not text:
        raise ValidationError(missing, field="comment")
    if len(text) > MAX_COMMENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A comment is limited to %1 characters."),
            MAX_COMMENT,
            field="comment",
        )
    return text


def _decide(
    session: Session,
    observation_id: str,
    decision: ReviewDecision,
    comment: str,
    grading: Grading | None = None,
) -> Review:
    policy.require(session, Permission.REVIEW)
    row_no, obs = observation_rows.load(session.con, observation_id)
    if obs.status is ObservationStatus.DRAFT:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "There is no such observation (drafts are visible to their author only)."
            )
        )
    subjects.get_subject(session, obs.subject_id, Permission.REVIEW)
    if obs.recorded_by == session.user.username:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "You cannot review your own observation; another supervisor must."
            )
        )
    policy.require_made_here(session, obs.establishment_code)
    allowed = {ObservationStatus.SUBMITTED}
    if decision is ReviewDecision.REGRADE:
        allowed.add(ObservationStatus.ACCEPTED)
    if obs.status not in allowed:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "This observation is %1; it is not awaiting review."),
            labels.word(obs.status),
        )
    review_id = new_id()
    at = now_iso()
    with session.transaction() as con:
        con.execute(
            "INSERT INTO reviews(id, observation_id, observation_version, reviewer, reviewer_code, "
            "decision, comment, at, grading_preset, source_grade, information_grade, handling, "
            "handling_conditions, establishment_code, origin_workstation) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                review_id,
                obs.id,
                obs.version,
                session.user.username,
                session.user.staff_code,
                decision.value,
                comment,
                at,
                grading.preset if grading else None,
                grading.source if grading else None,
                grading.information if grading else None,
                grading.handling if grading else None,
                grading.conditions if grading else None,
                obs.establishment_code,
                session.workstation_id,
            ),
        )
        if grading is not None:
            _add_regrade(con, obs, grading, session.user.username, at, comment)
        observation_rows.set_status(con, row_no, _RESULT[decision], at)
        record_change(con, "review", review_id, 1)
        session.audit(
            "observation_reviewed",
            object_type="observation",
            object_id=obs.id,
            details={"version": obs.version, "decision": decision.value, "review_id": review_id},
        )
    return get_review(session, review_id)


def _add_regrade(
    con: Connection, obs: Observation, g: Grading, by_user: str, at: str, reason: str
) -> None:
    observation_rows.add_grade(con, obs, g, "regraded", by_user, at, reason)


def add_regrades(con: Connection, regrades: list[tuple[str, int, Grading, str, str, str]]) -> None:
    """`_add_regrade` for several versions at once: (observation id, version, grading,
    by user, at, reason) each, in the order given (the import's set-based step)."""
    observation_rows.add_grade_rows(
        con,
        [
            (
                oid,
                version,
                at,
                by_user,
                "regraded",
                g.preset,
                g.source,
                g.information,
                g.handling,
                g.conditions,
                reason,
            )
            for oid, version, g, by_user, at, reason in regrades
        ],
    )


def result_of(decision: ReviewDecision) -> ObservationStatus:
    """The status a review's decision gives the observation version."""
    return _RESULT[decision]


@operation(Change.OBSERVATIONS | Change.REVIEWS | Change.SYNC)
def accept(session: Session, observation_id: str, comment: str = "") -> Review:
    """Accept the observation as graded by the officer."""
    return _decide(session, observation_id, ReviewDecision.ACCEPT, _comment(comment, False, ""))


@operation(Change.OBSERVATIONS | Change.REVIEWS | Change.SYNC)
def return_to_author(session: Session, observation_id: str, comment: str) -> Review:
    """Send it back to the author with a comment (they correct it with an amendment)."""
    return _decide(
        session,
        observation_id,
        ReviewDecision.RETURN,
        _comment(
            comment,
            True,
            QT_TRANSLATE_NOOP("errors", "Returning needs a comment for the author."),
        ),
    )


@operation(Change.OBSERVATIONS | Change.REVIEWS | Change.SYNC)
def reject(session: Session, observation_id: str, reason: str) -> Review:
    """Reject it with a reason (kept, marked rejected; retention decides its end)."""
    return _decide(
        session,
        observation_id,
        ReviewDecision.REJECT,
        _comment(
            reason, True, QT_TRANSLATE_NOOP("errors", "Rejecting needs a comment for the author.")
        ),
    )


@operation(Change.OBSERVATIONS | Change.REVIEWS | Change.SYNC)
def regrade(session: Session, observation_id: str, grading: Grading, reason: str) -> Review:
    """Set the reviewer's grade (history kept) and accept; a reason is required."""
    checked = grading_mod.validate_grading(grading)
    return _decide(
        session,
        observation_id,
        ReviewDecision.REGRADE,
        _comment(
            reason, True, QT_TRANSLATE_NOOP("errors", "Re-grading needs a comment for the author.")
        ),
        checked,
    )


def _review_from_row(r: tuple[Any, ...]) -> Review:
    preset = r[12] or grading_mod.DEFAULT_PRESET
    grading = Grading(preset, r[8], r[9], r[10], r[11] or "") if r[8] is not None else None
    return Review(r[0], r[1], int(r[2]), r[3], ReviewDecision(r[5]), r[6], r[7], grading)


_REVIEW_COLUMNS = (
    "r.id, r.observation_id, r.observation_version, r.reviewer, r.reviewer_code, r.decision, "
    "r.comment, r.at, r.source_grade, r.information_grade, r.handling, r.handling_conditions, "
    "r.grading_preset"
)


def get_review(session: Session, review_id: str) -> Review:
    """One review by id (of an observation the reader may see)."""
    row = session.con.execute(
        f"SELECT {_REVIEW_COLUMNS} FROM reviews r WHERE r.id = ?", (review_id,)
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such review."))
    review = _review_from_row(row)
    observations.history(session, review.observation_id, audited=False)  # existence, reach
    return review


def open_for_review(session: Session, observation_id: str) -> list[Observation]:
    """Every version of an observation, for a supervisor reviewing it (a consultation).

    Reading a record in the review queue shows personal data just as opening the
    prisoner's file does, so it is audited with the session's reason for access.
    Returns the versions oldest first; the last is the current one.
    """
    policy.require(session, Permission.REVIEW)
    if session.justification is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give a reason for access before reading the record."),
            field="reason",
        )
    versions = observations.history(session, observation_id, audited=False)
    code, text = session.justification
    with session.transaction():
        session.audit(
            "observation_read_for_review",
            object_type="observation",
            object_id=observation_id,
            justification=f"{code}: {text}" if text else code,
            details={"versions": len(versions)},
        )
    return versions


def reviews_of(session: Session, observation_id: str) -> list[Review]:
    """Every review of an observation (all versions), oldest first."""
    observations.history(session, observation_id, audited=False)  # existence, reach
    return [
        _review_from_row(r)
        for r in session.con.execute(
            f"SELECT {_REVIEW_COLUMNS} FROM reviews r WHERE r.observation_id = ? ORDER BY r.at",
            (observation_id,),
        )
    ]


#: The columns of `add_review_rows`' rows, in this order.
REVIEW_ROW_COLUMNS = (
    "id", "observation_id", "observation_version", "reviewer", "reviewer_code", "decision",
    "comment", "at", "grading_preset", "source_grade", "information_grade", "handling",
    "handling_conditions", "establishment_code", "origin_workstation", "delivered_at",
)  # fmt: skip


def add_review_rows(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Many supervisors' decisions at once, set-wise (executemany / COPY); rows made and
    checked by the caller, who holds the transaction (bulk loads)."""
    return bulk.insert_rows(con, "reviews", REVIEW_ROW_COLUMNS, rows)


def file_reviews(con: Connection, subject_id: str) -> list[tuple[str, int, str]]:
    """(id, 1, origin workstation) of every review of the file's observations, in order."""
    return [
        (str(r[0]), 1, str(r[1]))
        for r in con.execute(
            "SELECT r.id, r.origin_workstation FROM reviews r JOIN observations o "
            "ON o.id = r.observation_id AND o.version = r.observation_version "
            "WHERE o.subject_id = ? ORDER BY r.at, r.id",
            (subject_id,),
        )
    ]


def mark_unqueued_delivered(con: Connection) -> None:
    """Demo data: reviews not in the outbox count as delivered with their observation."""
    con.execute(
        "UPDATE reviews SET delivered_at = at WHERE delivered_at IS NULL AND id NOT IN "
        "(SELECT object_id FROM changes WHERE kind = 'review')"
    )


def mark_delivered(con: Connection, review_id: str, at: str) -> None:
    """The central office holds this review (a receipt listed it)."""
    con.execute("UPDATE reviews SET delivered_at = ? WHERE id = ?", (at, review_id))


def purge_for_observations(con: Connection, observation_ids: Sequence[str]) -> None:
    """Erasure: delete the reviews of these observations."""
    for start in range(0, len(observation_ids), 500):
        chunk = list(observation_ids[start : start + 500])
        marks = ",".join("?" for _ in chunk)
        con.execute(f"DELETE FROM reviews WHERE observation_id IN ({marks})", chunk)
