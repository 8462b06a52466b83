"""Subject summary: one prisoner's file on paper, for supervisors.

Identity, a timeline of the sealed observations (grading codes and urgency,
facts and assessment labelled apart), checklist results by domain as counts
of observed / not observed / unknown (never a score or total), protective
factors and context, reviews and re-grades, the history of corrections, and a
legend of the grading codes. Drafts are never printed; neither is the
restricted source identity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from radprev_desktop.core import policy
from radprev_desktop.core.model import Observation, ObservationStatus, ReportKind, Review, Urgency
from radprev_desktop.core.reports import checklist_results
from radprev_desktop.core.reports.blocks import (
    event_time,
    grading_legend,
    identity_block,
    not_a_risk_assessment,
    recorder,
)
from radprev_desktop.core.reports.disclosure import record_generation, require_justification
from radprev_desktop.core.reports.flowables import Story, data_table, title_block
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH, Report, finish, furniture_for
from radprev_desktop.core.reports.labels import grading_code, label
from radprev_desktop.core.reports.typography import local_time, markup, rich
from radprev_desktop.core.services import observation_fields, observations, reviews, subjects
from radprev_desktop.core.session import Session

Progress = Callable[[int, int, str], None]
PAGE = 1000


def sealed_observations(session: Session, subject_id: str) -> list[Observation]:
    """Every current, sealed observation of the subject, oldest event first."""
    found: list[Observation] = []
    offset = 0
    while True:
        batch = observations.list_for_subject(session, subject_id, limit=PAGE, offset=offset)
        found.extend(o for o in batch if o.status is not ObservationStatus.DRAFT)
        if len(batch) < PAGE:
            break
        offset += PAGE
    found.reverse()
    return found


def _record_cell(story: Story, obs: Observation) -> Flowable:
    """Facts and assessment in one cell, each labelled; indicators and protective factors."""
    tr, st = story.tr, story.styles
    parts = [f"<b>{markup(tr('Facts'))}:</b> {markup(obs.facts)}"]
    if obs.assessment.strip():
        parts.append(f"<b>{markup(tr('Assessment'))}:</b> <i>{markup(obs.assessment)}</i>")
    if obs.indicators:
        codes = "; ".join(f"{i.code} — {i.evidence}" for i in obs.indicators)
        parts.append(f"<b>{markup(tr('Indicators'))}:</b> {markup(codes)}")
    if obs.protective_factors:
        factors = "; ".join(obs.protective_factors)
        parts.append(f"<b>{markup(tr('Protective factors'))}:</b> {markup(factors)}")
    if obs.action_taken.strip():
        parts.append(f"<b>{markup(tr('Action taken'))}:</b> {markup(obs.action_taken)}")
    if obs.restricted:
        parts.append(f"<b>{markup(tr('Accuracy disputed: processing restricted.'))}</b>")
    return rich("<br/>".join(parts), st.cell)


def _timeline(story: Story, items: Sequence[Observation]) -> None:
    tr, st = story.tr, story.styles
    rows: list[list[Any]] = []
    for obs in items:
        grading = obs.effective_grading
        grade = grading_code(grading)
        if obs.current_grading is not None:
            grade += "\n" + tr("(officer: %1)", grading_code(obs.grading))
        rows.append(
            [
                f"{event_time(obs)}\n{obs.place}" if obs.place else event_time(obs),
                f"{label(tr, obs.urgency)}\n{label(tr, obs.status)}",
                grade,
                _record_cell(story, obs),
            ]
        )
    widths = [27 * mm, 22 * mm, 20 * mm]
    story.add(
        data_table(
            [tr("When / where"), tr("Urgency / status"), tr("Grading"), tr("Record")],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def _reviews(story: Story, items: Sequence[Observation], found: dict[str, list[Review]]) -> None:
    tr, st = story.tr, story.styles
    when = {o.id: local_time(o.event_start, with_time=False) for o in items}
    rows = [
        [
            local_time(r.at),
            when.get(r.observation_id, ""),
            r.reviewer,
            label(tr, r.decision),
            grading_code(r.grading) if r.grading else "",
            r.comment,
        ]
        for obs in items
        for r in found.get(obs.id, [])
    ]
    if not rows:
        story.text(tr("No reviews recorded."))
        return
    widths = [24 * mm, 24 * mm, 22 * mm, 24 * mm, 18 * mm]
    story.add(
        data_table(
            [
                tr("When"),
                tr("Observed on"),
                tr("Reviewer"),
                tr("Decision"),
                tr("New grade"),
                tr("Comment"),
            ],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def _amendments(
    story: Story, session: Session, subject_id: str, items: Sequence[Observation]
) -> None:
    tr, st = story.tr, story.styles
    rows: list[list[Any]] = []
    for change in subjects.subject_history(session, subject_id):
        fields = ", ".join(change.changed_fields)
        rows.append(
            [local_time(change.at), tr("Prisoner's details"), change.by_user, fields, change.reason]
        )
    for obs in items:
        if obs.version <= 1:
            continue
        for version in observations.history(session, obs.id)[1:]:
            rows.append(
                [
                    local_time(version.submitted_at or version.created_at),
                    tr(
                        "Observation of %1, version %2",
                        local_time(obs.event_start, with_time=False),
                        version.version,
                    ),
                    recorder(version),
                    tr("corrected"),
                    version.amendment_reason,
                ]
            )
    if not rows:
        story.text(tr("No corrections recorded."))
        return
    widths = [25 * mm, 38 * mm, 24 * mm, 30 * mm]
    story.add(
        data_table(
            [tr("When"), tr("What"), tr("By"), tr("Changed"), tr("Reason")],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def subject_summary(
    session: Session,
    subject_id: str,
    *,
    justification: str,
    language: str | None = None,
    progress: Progress | None = None,
) -> Report:
    """The subject summary (supervisor or analyst); a consultation audited with the reason."""
    policy.require_report(session, ReportKind.SUBJECT)
    reason = require_justification(justification)
    step = progress or (lambda _d, _t, _w: None)
    subject = subjects.get_subject(session, subject_id)
    step(0, 4, "Reading the file")
    items = sealed_observations(session, subject.id)
    found_reviews = {o.id: reviews.reviews_of(session, o.id) for o in items}
    runs = checklist_results.runs_for_subject(session, subject.id)
    step(1, 4, "Laying out the report")
    furniture = furniture_for(session, "Subject summary", language)
    story = Story(furniture)
    tr, st = story.tr, story.styles
    story.add(*title_block(furniture, st))
    not_a_risk_assessment(story)
    story.heading("Prisoner")
    identity_block(story, subject)

    story.heading("Overview")
    counts = {u: sum(1 for o in items if o.urgency is u) for u in Urgency}
    story.text(
        tr(
            "%1 observations recorded (routine %2, priority %3, immediate %4); %5 checklist runs.",
            len(items),
            counts[Urgency.ROUTINE],
            counts[Urgency.PRIORITY],
            counts[Urgency.IMMEDIATE],
            len(runs),
        )
    )
    if items:
        story.text(
            tr(
                "First observation %1, latest %2.",
                local_time(items[0].event_start, with_time=False),
                local_time(items[-1].event_start, with_time=False),
            )
        )

    story.heading("Timeline of observations")
    if items:
        _timeline(story, items)
    else:
        story.text(tr("Nothing has been recorded about this prisoner."))

    story.heading("Checklist results by domain")
    checklist_results.add_runs(story, session, runs)

    story.heading("Reviews and re-grades")
    _reviews(story, items, found_reviews)

    story.heading("History of corrections")
    _amendments(story, session, subject.id, items)

    presets = [o.effective_grading.preset for o in items] + [o.grading.preset for o in items]
    grading_legend(story, presets or [observation_fields.current_preset(session)])
    not_a_risk_assessment(story)
    step(2, 4, "Laying out the report")
    record_generation(
        session,
        furniture.document_id,
        ReportKind.SUBJECT,
        object_type="subject",
        object_id=subject.id,
        reason=reason,
        observations=len(items),
    )
    report = finish(furniture, story.items, ReportKind.SUBJECT, subject_id=subject.id)
    step(4, 4, "Done")
    return report
