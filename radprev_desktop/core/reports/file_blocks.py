"""Blocks for the parts of a file that follow the prisoner: numbers, transfers, referrals.

Shared by the subject summary (workstation and central office) and the release
handover extract. A referral prints its reason as facts apart from the
assessment, and its outcome as notes: never a score.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm

from radprev_desktop.core import labels
from radprev_desktop.core.model import Referral, ReferralStatus, Transfer
from radprev_desktop.core.reports.flowables import Story, data_table
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH
from radprev_desktop.core.reports.typography import markup, rich


def known_numbers_line(story: Story, numbers: Sequence[tuple[str, str]]) -> None:
    """'Known as: PL-A 123, PL-B 77' when the file was known under several numbers."""
    if len(numbers) < 2:
        return
    reports = story.reports
    story.text(
        reports.tr("Known as: %1", ", ".join(f"{est} {number}" for est, number in numbers)),
        small=True,
    )


def transfers_table(story: Story, chain: Sequence[Transfer]) -> None:
    """The moves of the prisoner between establishments, oldest first."""
    reports = story.reports
    if not chain:
        story.text(reports.tr("No transfer recorded."))
        return
    widths = [24 * mm, 30 * mm, 30 * mm, 30 * mm]
    story.add(
        data_table(
            [
                reports.tr("Date"),
                reports.tr("From"),
                reports.tr("To"),
                reports.tr("Recorded by"),
                reports.tr("Note"),
            ],
            [
                [t.transfer_date, t.from_establishment, t.to_establishment, t.recorded_by, t.note]
                for t in chain
            ],
            [*widths, CONTENT_WIDTH - sum(widths)],
            story.styles,
        )
    )


def _steps(story: Story, referral: Referral) -> str:
    reports = story.reports
    return "<br/>".join(
        markup(f"{s.date} {reports.label(s.status)}" + (f" — {s.note}" if s.note else ""))
        for s in referral.history
    )


def referrals_table(story: Story, items: Sequence[Referral], *, with_text: bool = True) -> None:
    """Referrals to programmes: programme, where and when, steps, reason and outcome."""
    reports, st = story.reports, story.styles
    if not items:
        story.text(reports.tr("No referral to a programme recorded."))
        return
    rows: list[list[Any]] = []
    facts_word = reports.tr("Reason (facts)")
    assessment_word = reports.tr("Assessment")
    outcome_word = reports.tr("Outcome")
    for r in items:
        parts = []
        if with_text:
            parts.append(f"<b>{markup(facts_word)}:</b> {markup(r.reason_facts)}")
            if r.reason_assessment:
                parts.append(
                    f"<b>{markup(assessment_word)}:</b> <i>{markup(r.reason_assessment)}</i>"
                )
            if r.outcome:
                parts.append(f"<b>{markup(outcome_word)}:</b> {markup(r.outcome)}")
        rows.append(
            [
                f"{reports.text(labels.programme_word(r.programme))}\n{r.establishment_code}",
                rich(_steps(story, r), st.cell),
                rich("<br/>".join(parts) or "—", st.cell),
            ]
        )
    widths = [38 * mm, 42 * mm]
    story.add(
        data_table(
            [reports.tr("Programme"), reports.tr("Steps"), reports.tr("Reason and outcome")],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def referral_counts(items: Sequence[Referral]) -> dict[ReferralStatus, int]:
    """How many referrals stand at each status (counts, never a score)."""
    return {s: sum(1 for r in items if r.status is s) for s in ReferralStatus}
