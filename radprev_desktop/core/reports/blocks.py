"""Blocks shared by the record reports: identity, one observation, reviews, legend.

The restricted source identity is never printed: observations are always
read without it (`get_observation(..., include_source_identity=False)`), and
the blocks below have no place for it except the words "not printed".
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Observation, Review, Subject, Urgency
from radprev_desktop.core.reports.flowables import Story, boxed, data_table, key_values, notice
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH, NOT_A_RISK_ASSESSMENT
from radprev_desktop.core.reports.labels import (
    URGENCY_MEANING,
    grading_code,
    grading_words,
    label,
)
from radprev_desktop.core.reports.typography import local_time, para
from radprev_desktop.core.services import grading as grading_service


def subject_name(subject: Subject) -> str:
    """'Family, Given' as printed."""
    return subject.display_name


def identity_block(story: Story, subject: Subject) -> None:
    """Who the report is about: names, prison number, unit, status, review date."""
    tr = story.tr
    pairs: list[tuple[str, object]] = [
        (tr("Prisoner"), subject.display_name),
        (tr("Prison number"), subject.prison_number),
        (tr("Birth year"), subject.birth_year or "—"),
        (tr("Establishment"), subject.establishment_code),
        (tr("Unit / cell"), " / ".join(x for x in (subject.unit_code, subject.cell) if x) or "—"),
        (tr("Status"), label(tr, subject.status)),
        (tr("File review due"), subject.review_due or "—"),
        (tr("Subject id"), subject.id),
    ]
    if subject.restricted:
        pairs.append((tr("Restriction"), tr("Accuracy disputed: processing restricted.")))
    story.add(key_values(pairs, story.styles))


def event_time(obs: Observation) -> str:
    """When it happened: start, or start – end."""
    start = local_time(obs.event_start)
    end = local_time(obs.event_end) if obs.event_end else ""
    return f"{start} – {end}" if end else start


def recorder(obs: Observation) -> str:
    """Recorded by: username and staff code."""
    return (
        f"{obs.recorded_by} ({obs.recorded_by_code})" if obs.recorded_by_code else obs.recorded_by
    )


def observation_detail(
    story: Story,
    obs: Observation,
    reviews: Sequence[Review] = (),
    versions: Sequence[Observation] = (),
) -> None:
    """One observation in full: facts and assessment printed apart and labelled."""
    tr, st = story.tr, story.styles
    grading = obs.effective_grading
    grade_text = f"{grading_code(grading)} — {grading_words(tr, grading)}"
    if obs.current_grading is not None:
        proposed = f"{grading_code(obs.grading)} — {grading_words(tr, obs.grading)}"
        grade_text += "\n" + tr("Proposed by the officer: %1", proposed)
    pairs: list[tuple[str, object]] = [
        (tr("Observation id"), f"{obs.id}  (v{obs.version})"),
        (tr("When"), event_time(obs)),
        (tr("Where"), obs.place or "—"),
        (tr("Officer's duty"), obs.officer_duty or "—"),
        (tr("Recorded"), f"{local_time(obs.recorded_at)}, {recorder(obs)}"),
        (tr("Status"), label(tr, obs.status)),
        (tr("Urgency"), label(tr, obs.urgency)),
        (tr("How it was obtained"), label(tr, obs.source_type)),
        (tr("Source identity"), tr("Restricted — never printed.")),
        (tr("Grading (source / information / handling)"), grade_text),
    ]
    if obs.restricted:
        pairs.append((tr("Restriction"), tr("Accuracy disputed: processing restricted.")))
    if obs.amendment_reason:
        pairs.append((tr("Reason for this correction"), obs.amendment_reason))
    story.add(key_values(pairs, st, label_width=48 * mm))
    story.spacer(5)
    story.add(
        boxed(tr("What was seen or heard (facts)"), obs.facts, st, empty=tr("Nothing recorded."))
    )
    story.spacer(4)
    story.add(
        boxed(
            tr("Officer's assessment (interpretation, kept apart from the facts)"),
            obs.assessment,
            st,
            empty=tr("No assessment given."),
        )
    )
    story.spacer(4)
    if obs.people:
        story.add(para(tr("Other people involved"), st.subheading))
        story.add(
            data_table(
                [tr("Category"), tr("Description")],
                [[label(tr, p.category), p.description or "—"] for p in obs.people],
                [35 * mm, CONTENT_WIDTH - 35 * mm],
                st,
            )
        )
    if obs.indicators:
        story.add(para(tr("Indicators recorded, each with its evidence"), st.subheading))
        story.add(
            data_table(
                [tr("Code"), tr("Evidence")],
                [[i.code, i.evidence] for i in obs.indicators],
                [22 * mm, CONTENT_WIDTH - 22 * mm],
                st,
            )
        )
    story.add(para(tr("Protective factors seen"), st.subheading))
    story.text(
        "; ".join(obs.protective_factors) if obs.protective_factors else tr("None recorded.")
    )
    if obs.action_taken:
        story.add(boxed(tr("Action taken or recommended"), obs.action_taken, st))
        story.spacer(4)
    if obs.own_account:
        story.add(boxed(tr("The prisoner's own account"), obs.own_account, st))
        story.spacer(4)
    if reviews:
        story.add(para(tr("Reviews"), st.subheading))
        story.add(reviews_table(story, reviews))
    if len(versions) > 1:
        story.add(para(tr("Versions of this record"), st.subheading))
        story.add(versions_table(story, versions))


def reviews_table(story: Story, reviews: Sequence[Review]) -> Flowable:
    """Supervisor decisions: when, who, decision, new grade, comment."""
    tr, st = story.tr, story.styles
    rows = [
        [
            local_time(r.at),
            r.reviewer,
            f"v{r.observation_version}",
            label(tr, r.decision),
            grading_code(r.grading) if r.grading else "",
            r.comment,
        ]
        for r in reviews
    ]
    widths = [26 * mm, 24 * mm, 10 * mm, 26 * mm, 20 * mm]
    return data_table(
        [tr("When"), tr("Reviewer"), tr("Ver."), tr("Decision"), tr("New grade"), tr("Comment")],
        rows,
        [*widths, CONTENT_WIDTH - sum(widths)],
        st,
    )


def versions_table(story: Story, versions: Sequence[Observation]) -> Flowable:
    """Each version: when, by whom, status, and the reason for a correction."""
    tr, st = story.tr, story.styles
    rows = [
        [
            f"v{v.version}",
            local_time(v.submitted_at or v.updated_at or v.created_at),
            recorder(v),
            label(tr, v.status),
            v.amendment_reason or (tr("first version") if v.version == 1 else ""),
        ]
        for v in versions
    ]
    widths = [12 * mm, 28 * mm, 32 * mm, 24 * mm]
    return data_table(
        [tr("Ver."), tr("When"), tr("By"), tr("Status"), tr("Reason for the correction")],
        rows,
        [*widths, CONTENT_WIDTH - sum(widths)],
        st,
    )


def grading_legend(story: Story, preset_names: Sequence[str]) -> None:
    """The grading codes in plain words, for each preset that appears."""
    tr, st = story.tr, story.styles
    story.add(CondPageBreak(95 * mm))  # the legend reads as one block
    story.heading("Legend: grading codes and urgency")
    story.text(
        tr(
            "Each observation is graded on separate axes, never combined into a score: how "
            "reliable the source is, how the information is known, and how it may be shared."
        ),
        small=True,
    )
    seen: list[str] = []
    for name in preset_names:
        if name in seen:
            continue
        seen.append(name)
        try:
            preset = grading_service.preset(name)
        except ValidationError:
            continue
        rows: list[list[object]] = []
        for axis, values in (
            (tr("Source"), preset.source),
            (tr("Information"), preset.information),
            (tr("Handling"), preset.handling),
        ):
            for code, words in values.items():
                rows.append([axis, code, tr(words)])
        block: list[Flowable] = [
            para(tr("Preset %1", preset.title), st.subheading),
            data_table(
                [tr("Axis"), tr("Code"), tr("Meaning")],
                rows,
                [30 * mm, 14 * mm, CONTENT_WIDTH - 44 * mm],
                st,
            ),
        ]
        story.add(KeepTogether(block))
    story.add(para(tr("Urgency"), st.subheading))
    for urgency in (Urgency.ROUTINE, Urgency.PRIORITY, Urgency.IMMEDIATE):
        story.text(tr(URGENCY_MEANING[urgency]), small=True)


def not_a_risk_assessment(story: Story) -> None:
    """The line every summary carries."""
    story.add(notice(story.tr(NOT_A_RISK_ASSESSMENT), story.styles))
