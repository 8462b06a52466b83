"""Release handover extract: the PDF a supervisor gives the probation service.

It prints only what core/services/handovers.py put in the extract under the
configured policy, says what the policy let through and what never leaves,
and names the package it travels with and the workstation key that signed it,
so the probation service can check the one against the other. Making it is
part of the handover (core/sync/handover.py), which writes the disclosure to
the audit log with its reason and recipient. Every page is marked with the highest
classification of the observations whose words it prints (decision 0025).
"""

from __future__ import annotations

from reportlab.lib.units import mm

from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.blocks import not_a_risk_assessment
from radprev_desktop.core.reports.file_blocks import known_numbers_line, referrals_table
from radprev_desktop.core.reports.flowables import (
    Story,
    data_table,
    key_values,
    notice,
    title_block,
)
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH, Report, finish, furniture_for
from radprev_desktop.core.services.handovers import HandoverExtract
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP


def _policy_lines(story: Story, extract: HandoverExtract) -> None:
    reports = story.reports
    chosen = extract.policy
    held = []
    if chosen.open_referrals:
        held.append(reports.tr("open referrals to programmes"))
    if chosen.closed_referrals:
        held.append(reports.tr("closed referrals and their outcomes"))
    if chosen.observation_months:
        held.append(
            reports.tr("the facts of reviewed observations since %1", extract.observations_since)
        )
    if chosen.protective_factors:
        held.append(reports.tr("protective factors noted in reviewed observations"))
    if chosen.assessments:
        held.append(reports.tr("officers' assessments"))
    story.text(
        reports.tr("This extract holds, as the handover policy allows: %1.", "; ".join(held))
    )
    never = reports.tr(
        "Never in a handover: the identity of a source, observations whose source is "
        "restricted, and reports a supervisor returned, rejected or has not reviewed."
    )
    story.add(notice(never, story.styles))


def _observations(story: Story, extract: HandoverExtract) -> None:
    reports, st = story.reports, story.styles
    if not extract.observations:
        story.text(reports.tr("No reviewed observation in the period."))
        return
    rows = []
    for obs in extract.observations:
        text = obs.facts
        if obs.assessment:
            text += "\n\n" + reports.tr("Officer's assessment") + ": " + obs.assessment
        rows.append([obs.day, story.reports.label(obs.urgency), obs.establishment_code, text])
    widths = [22 * mm, 22 * mm, 24 * mm]
    story.add(
        data_table(
            [
                reports.tr("Date"),
                reports.tr("Urgency"),
                reports.tr("Recorded at"),
                reports.tr("What was seen or heard"),
            ],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def _factors(story: Story, extract: HandoverExtract) -> None:
    reports, st = story.reports, story.styles
    if not extract.protective_factors:
        story.text(reports.tr("No protective factor noted in reviewed observations."))
        return
    story.add(
        data_table(
            [reports.tr("Protective factor"), reports.tr("Last noted")],
            [[f.text, f.last_noted] for f in extract.protective_factors],
            [CONTENT_WIDTH - 30 * mm, 30 * mm],
            st,
        )
    )


def handover_report(
    session: Session,
    extract: HandoverExtract,
    *,
    recipient: str,
    package_name: str,
    key_fingerprint: str,
    language: str | None = None,
) -> Report:
    """The PDF of one handover (built by core/sync/handover.py, which audits it)."""
    furniture = furniture_for(
        session,
        QT_TRANSLATE_NOOP("reports", "Release handover to the probation service"),
        language,
        extract.levels(),
    )
    story = Story(furniture)
    reports = story.reports
    subject = extract.subject
    story.add(*title_block(furniture, story.styles))
    story.add(
        key_values(
            [
                (reports.tr("Prisoner"), subject.display_name),
                (
                    reports.tr("Prison number"),
                    f"{subject.prison_number} ({subject.establishment_code})",
                ),
                (reports.tr("Birth year"), subject.birth_year or "—"),
                (reports.tr("Status"), reports.label(subject.status)),
                (reports.tr("For"), recipient),
                (reports.tr("Package"), package_name),
                (reports.tr("Signed with workstation key"), key_fingerprint),
            ],
            story.styles,
        )
    )
    known_numbers_line(story, extract.known_numbers)
    not_a_risk_assessment(story)
    _policy_lines(story, extract)
    if extract.policy.open_referrals or extract.policy.closed_referrals:
        story.heading(reports.tr("Referrals to programmes"))
        referrals_table(story, extract.referrals)
    if extract.policy.observation_months:
        story.heading(reports.tr("Reviewed observations: what was seen or heard"))
        _observations(story, extract)
    if extract.policy.protective_factors:
        story.heading(reports.tr("Protective factors"))
        _factors(story, extract)
    return finish(furniture, story.items, ReportKind.HANDOVER, subject_id=subject.id)
