"""Blocks shared by the record reports: identity, one observation, reviews, legend.

The restricted source identity is never printed: observations are always
read without it (`get_observation(..., include_source_identity=False)`), and
the blocks below have no place for it except the words "not printed".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.i18n import Translator
from radprev_desktop.core.labels import URGENCY_MEANING
from radprev_desktop.core.model import Observation, Review, Subject, Urgency
from radprev_desktop.core.reports.flowables import Story, boxed, data_table, key_values, notice
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH, NOT_A_RISK_ASSESSMENT
from radprev_desktop.core.reports.labels import grading_code, grading_words
from radprev_desktop.core.reports.typography import para
from radprev_desktop.core.services import grading as grading_service


def subject_name(subject: Subject) -> str:
    """'Family, Given' as printed."""
    return subject.display_name


def identity_block(story: Story, subject: Subject) -> None:
    """Who the report is about: names, prison number, unit, status, review date."""
    reports = story.reports
    pairs: list[tuple[str, object]] = [
        (reports.tr("Prisoner"), subject.display_name),
        (reports.tr("Prison number"), subject.prison_number),
        (reports.tr("Birth year"), subject.birth_year or "—"),
        (reports.tr("Establishment"), subject.establishment_code),
        (
            reports.tr("Unit / cell"),
            " / ".join(x for x in (subject.unit_code, subject.cell) if x) or "—",
        ),
        (reports.tr("Status"), reports.label(subject.status)),
        (reports.tr("File review due"), reports.date(subject.review_due) or "—"),
        (reports.tr("Subject id"), subject.id),
    ]
    if subject.restricted:
        pairs.append(
            (reports.tr("Restriction"), reports.tr("Accuracy disputed: processing restricted."))
        )
    story.add(key_values(pairs, story.styles))


def event_time(reports: Translator, obs: Observation) -> str:
    """When it happened: start, or start – end."""
    start = reports.datetime(obs.event_start)
    end = reports.datetime(obs.event_end) if obs.event_end else ""
    return f"{start} – {end}" if end else start


def recorder(obs: Observation) -> str:
    """Recorded by: username and staff code."""
    return (
        f"{obs.recorded_by} ({obs.recorded_by_code})" if obs.recorded_by_code else obs.recorded_by
    )


def _record_facts(reports: Translator, obs: Observation) -> list[tuple[str, object]]:
    """Id, when, where, who recorded it, status, urgency, source and grading, as label pairs."""
    grading = obs.effective_grading
    grade_text = f"{grading_code(grading)} — {grading_words(reports, grading)}"
    if obs.current_grading is not None:
        proposed = f"{grading_code(obs.grading)} — {grading_words(reports, obs.grading)}"
        grade_text += "\n" + reports.tr("Proposed by the officer: %1", proposed)
    pairs: list[tuple[str, object]] = [
        (reports.tr("Observation id"), f"{obs.id}  (v{obs.version})"),
        (reports.tr("When"), event_time(reports, obs)),
        (reports.tr("Where"), obs.place or "—"),
        (reports.tr("Officer's duty"), obs.officer_duty or "—"),
        (reports.tr("Recorded"), f"{reports.datetime(obs.recorded_at)}, {recorder(obs)}"),
        (reports.tr("Status"), reports.label(obs.status)),
        (reports.tr("Urgency"), reports.label(obs.urgency)),
        (reports.tr("Classification"), obs.classification or "—"),
        (reports.tr("How it was obtained"), reports.label(obs.source_type)),
        (reports.tr("Source identity"), reports.tr("Restricted — never printed.")),
        (reports.tr("Grading (source / information / handling)"), grade_text),
    ]
    if obs.restricted:
        pairs.append(
            (reports.tr("Restriction"), reports.tr("Accuracy disputed: processing restricted."))
        )
    if obs.amendment_reason:
        pairs.append((reports.tr("Reason for this correction"), obs.amendment_reason))
    return pairs


def observation_detail(
    story: Story,
    obs: Observation,
    reviews: Sequence[Review] = (),
    versions: Sequence[Observation] = (),
    wording: Callable[[Observation, str], str] | None = None,
) -> None:
    """One observation in full: facts and assessment printed apart and labelled; each
    indicator with its wording (`wording`: from the template version the record cites)."""
    reports, st = story.reports, story.styles
    story.add(key_values(_record_facts(reports, obs), st, label_width=48 * mm))
    story.spacer(5)
    story.add(
        boxed(
            reports.tr("What was seen or heard (facts)"),
            obs.facts,
            st,
            empty=reports.tr("Nothing recorded."),
        )
    )
    story.spacer(4)
    story.add(
        boxed(
            reports.tr("Officer's assessment (interpretation, kept apart from the facts)"),
            obs.assessment,
            st,
            empty=reports.tr("No assessment given."),
        )
    )
    story.spacer(4)
    if obs.people:
        story.add(para(reports.tr("Other people involved"), st.subheading))
        story.add(
            data_table(
                [reports.tr("Category"), reports.tr("Description")],
                [[reports.label(p.category), p.description or "—"] for p in obs.people],
                [35 * mm, CONTENT_WIDTH - 35 * mm],
                st,
            )
        )
    if obs.indicators:
        story.add(para(reports.tr("Indicators recorded, each with its evidence"), st.subheading))
        story.add(
            data_table(
                [reports.tr("Code"), reports.tr("Item"), reports.tr("Evidence")],
                [
                    [i.code, wording(obs, i.code) if wording else "", i.evidence]
                    for i in obs.indicators
                ],
                [16 * mm, 64 * mm, CONTENT_WIDTH - 80 * mm],
                st,
            )
        )
    story.add(para(reports.tr("Protective factors seen"), st.subheading))
    story.text(
        "; ".join(obs.protective_factors)
        if obs.protective_factors
        else reports.tr("None recorded.")
    )
    if obs.action_taken:
        story.add(boxed(reports.tr("Action taken or recommended"), obs.action_taken, st))
        story.spacer(4)
    if obs.own_account:
        story.add(boxed(reports.tr("The prisoner's own account"), obs.own_account, st))
        story.spacer(4)
    if reviews:
        story.add(para(reports.tr("Reviews"), st.subheading))
        story.add(reviews_table(story, reviews))
    if len(versions) > 1:
        story.add(para(reports.tr("Versions of this record"), st.subheading))
        story.add(versions_table(story, versions))


def reviews_table(story: Story, reviews: Sequence[Review]) -> Flowable:
    """Supervisor decisions: when, who, decision, new grade, comment."""
    reports, st = story.reports, story.styles
    rows = [
        [
            reports.datetime(r.at),
            r.reviewer,
            f"v{r.observation_version}",
            reports.label(r.decision),
            grading_code(r.grading) if r.grading else "",
            r.comment,
        ]
        for r in reviews
    ]
    # 31 mm holds a user name such as demo.supervisor on one line (24 mm broke it in two).
    widths = [26 * mm, 31 * mm, 10 * mm, 26 * mm, 20 * mm]
    return data_table(
        [
            reports.tr("When"),
            reports.tr("Reviewer"),
            reports.tr("Ver."),
            reports.tr("Decision"),
            reports.tr("New grade"),
            reports.tr("Comment"),
        ],
        rows,
        [*widths, CONTENT_WIDTH - sum(widths)],
        st,
    )


def versions_table(story: Story, versions: Sequence[Observation]) -> Flowable:
    """Each version: when, by whom, status, and the reason for a correction."""
    reports, st = story.reports, story.styles
    rows = [
        [
            f"v{v.version}",
            reports.datetime(v.submitted_at or v.updated_at or v.created_at),
            recorder(v),
            reports.label(v.status),
            v.amendment_reason or (reports.tr("first version") if v.version == 1 else ""),
        ]
        for v in versions
    ]
    widths = [12 * mm, 28 * mm, 32 * mm, 24 * mm]
    return data_table(
        [
            reports.tr("Ver."),
            reports.tr("When"),
            reports.tr("By"),
            reports.tr("Status"),
            reports.tr("Reason for the correction"),
        ],
        rows,
        [*widths, CONTENT_WIDTH - sum(widths)],
        st,
    )


def grading_legend(story: Story, preset_names: Sequence[str]) -> None:
    """The grading codes in plain words, for each preset that appears."""
    reports, st = story.reports, story.styles
    story.add(CondPageBreak(95 * mm))  # the legend reads as one block
    story.heading(reports.tr("Legend: grading codes and urgency"))
    story.text(
        reports.tr(
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
            (reports.tr("Source"), preset.source),
            (reports.tr("Information"), preset.information),
            (reports.tr("Handling"), preset.handling),
        ):
            for code, words in values.items():
                rows.append([axis, code, reports.text(words)])
        block: list[Flowable] = [
            para(reports.tr("Preset %1", reports.text(preset.title)), st.subheading),
            data_table(
                [reports.tr("Axis"), reports.tr("Code"), reports.tr("Meaning")],
                rows,
                [30 * mm, 14 * mm, CONTENT_WIDTH - 44 * mm],
                st,
            ),
        ]
        story.add(KeepTogether(block))
    story.add(para(reports.tr("Urgency"), st.subheading))
    for urgency in (Urgency.ROUTINE, Urgency.PRIORITY, Urgency.IMMEDIATE):
        story.text(reports.text(URGENCY_MEANING[urgency]), small=True)


def not_a_risk_assessment(story: Story) -> None:
    """The line every summary carries."""
    story.add(notice(story.reports.text(NOT_A_RISK_ASSESSMENT), story.styles))
