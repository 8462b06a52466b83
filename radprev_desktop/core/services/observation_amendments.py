"""Amending a sealed observation: a new version with a reason, reviewed again.

The old version stays in the history; the grade in force is kept unless the
grading itself is corrected, and the same safeguards as a first submission
apply (issue #14).
"""

from __future__ import annotations

from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import (
    Conflict,
    PermissionDenied,
    ValidationError,
)
from radprev_desktop.core.model import (
    Observation,
    ObservationStatus,
)
from radprev_desktop.core.outbox import (
    record_change,
)
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import observation_rows as obs_rows
from radprev_desktop.core.services import observations, record_notes, search_index, subjects
from radprev_desktop.core.services.observation_fields import (
    CONTENT_FIELDS,
    MAX_SHORT,
    clean_values,
    confirmed_findings,
    content_of,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP


def _amendment_reason(reason: str, changes: dict[str, Any]) -> str:
    """The reason, tidied; refused when empty or too long, or when `changes` are not allowed."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An amendment needs a reason."), field="reason"
        )
    if len(reason) > MAX_SHORT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason is limited to %1 characters."),
            MAX_SHORT,
            field="reason",
        )
    unknown = set(changes) - set(CONTENT_FIELDS)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "These fields cannot be changed: %1."),
            ", ".join(sorted(unknown)),
        )
    if not changes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An amendment must change at least one field."),
            field="changes",
        )
    return reason


def _amendable(session: Session, observation_id: str) -> tuple[int, Observation]:
    """The sealed current version (with the grade in force) the user may amend here."""
    old_row_no, obs = obs_rows.load(session.con, observation_id)
    obs = obs_rows.attach_regrades(session.con, [obs])[0]  # the grade in force, re-grades too
    observations.may_see(session, obs, Permission.WRITE_OBSERVATIONS)
    if not obs.sealed:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors", "A draft is edited directly; only submitted observations are amended."
            )
        )
    policy.require_made_here(session, obs.establishment_code)
    held = subjects.load_subject(session.con, obs.subject_id)
    record_notes.require_changeable(
        session.con, held is not None and held.restricted, "observation", obs.id
    )
    if not policy.may_amend_observation(session, obs.recorded_by):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only the author or a supervisor may amend an observation.")
        )
    return old_row_no, obs


@operation(Change.OBSERVATIONS | Change.SYNC)
def amend(
    session: Session,
    observation_id: str,
    reason: str,
    changes: dict[str, Any],
    *,
    confirm_sensitive: bool = False,
) -> Observation:
    """Correct a sealed observation: a new version with `changes` and a reason.

    The author or a supervisor may amend. The new version is sealed with
    status "submitted" (to be reviewed again); the old one stays in history.
    Unless the grading itself is corrected, the new version keeps the grade in
    force — a supervisor's re-grade is not undone by a corrected time. The
    same safeguards as a first submission apply (assessment, other
    explanations, evidence in own words, the sensitive-term question).
    """
    policy.require(session, Permission.WRITE_OBSERVATIONS)
    reason = _amendment_reason(reason, changes)
    old_row_no, obs = _amendable(session, observation_id)
    given = sorted(changes)
    regraded = "grading" not in changes and obs.current_grading is not None
    if "grading" not in changes:
        changes = {**changes, "grading": obs.effective_grading}
    values = clean_values(session, {**content_of(obs), **changes}, sealing=True)
    findings = confirmed_findings(
        values, confirm_sensitive, {"amendment_reason": reason}, obs.sensitive_terms
    )
    tie = (
        observations.template_tie(session, values["indicators"])
        if "indicators" in changes
        else {"template_code": obs.template_code, "template_version": obs.template_version}
    )
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
        "sensitive_terms": findings,
        "classification": obs.classification,
        **obs_rows.storable(values),
        **tie,
    }
    with session.transaction() as con:
        con.execute("UPDATE observations SET is_current = 0 WHERE row_no = ?", (old_row_no,))
        con.execute("DELETE FROM observation_indicators WHERE row_no = ?", (old_row_no,))
        search_index.unindex_observation(con, old_row_no)
        row_no = obs_rows.insert_row(con, row)
        search_index.index_observation(
            con,
            row_no,
            row["facts"],
            row["assessment"],
            obs_rows.subject_index_text(con, obs.subject_id),
        )
        _, new = obs_rows.load(con, obs.id, version)
        carried = f"kept from the review of version {obs.version}" if regraded else ""
        observations.seal_grade(con, new, session.user.username, at, carried)
        record_change(con, "observation", obs.id, version)
        session.audit(
            "observation_amended",
            object_type="observation",
            object_id=obs.id,
            details={"version": version, "fields": given},
        )
    return observations.get_observation(session, obs.id, audited=False)
