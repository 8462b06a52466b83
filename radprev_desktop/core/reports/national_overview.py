"""National overview (central office): every establishment side by side for a period.

One row per establishment (observations by urgency, referrals open and closed,
transfers in and out, files due for review), a plain grey chart of observations
per establishment, the domains nationally, and the health of every workstation.
Counts only, never a name, never a ranking of people or prisons by "risk".
"""

from __future__ import annotations

from reportlab.lib.units import mm

from radprev_desktop.core.clock import now
from radprev_desktop.core.model import ReferralStatus, ReportKind, Urgency
from radprev_desktop.core.reports.blocks import not_a_risk_assessment
from radprev_desktop.core.reports.charts import bar_chart
from radprev_desktop.core.reports.disclosure import record_generation
from radprev_desktop.core.reports.establishment_report import (
    domain_names,
    domain_table,
    health_table,
)
from radprev_desktop.core.reports.flowables import Story, data_table, key_values, title_block
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH, Report, finish, furniture_for
from radprev_desktop.core.services import central_overview
from radprev_desktop.core.services.central_overview import EstablishmentCounts
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.workstation_health import workstation_health
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

OPEN = tuple(s for s in ReferralStatus if s.is_open)


def _by_urgency(story: Story, rows: list[EstablishmentCounts], total: int) -> float:
    """Observations per establishment by urgency; returns the first column's width."""
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Observations by establishment"))
    first = 34 * mm
    urgency_rows: list[list[object]] = [
        [c.establishment, *[c.by_urgency[u] for u in Urgency], c.observations] for c in rows
    ]
    urgency_rows.append(
        [reports.tr("All"), *[sum(c.by_urgency[u] for c in rows) for u in Urgency], total]
    )
    story.add(
        data_table(
            [
                reports.tr("Establishment"),
                *[reports.short_label(u) for u in Urgency],
                reports.tr("All"),
            ],
            urgency_rows,
            [first, *[(CONTENT_WIDTH - first) / 4] * 4],
            st,
            align_right=(1, 2, 3, 4),
        )
    )
    return first


def _referrals_and_transfers(story: Story, rows: list[EstablishmentCounts], first: float) -> None:
    """Referrals open and closed, transfers in and out, reviews due, per establishment."""
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Referrals, transfers and reviews by establishment"))
    numbers = [
        [
            sum(c.referrals[s] for s in OPEN),
            sum(c.referrals[s] for s in ReferralStatus if not s.is_open),
            c.transfers_in,
            c.transfers_out,
            c.overdue_reviews,
        ]
        for c in rows
    ]
    totals = [sum(column) for column in zip(*numbers, strict=True)] if numbers else [0] * 5
    table_rows: list[list[object]] = [
        [c.establishment, *n] for c, n in zip(rows, numbers, strict=True)
    ]
    table_rows.append([reports.tr("All"), *totals])
    story.add(
        data_table(
            [
                reports.tr("Establishment"),
                reports.tr("Referrals open"),
                reports.tr("Referrals closed"),
                reports.tr("Transfers in"),
                reports.tr("Transfers out"),
                reports.tr("Reviews due"),
            ],
            table_rows,
            [first, *[(CONTENT_WIDTH - first) / 5] * 5],
            st,
            align_right=(1, 2, 3, 4, 5),
        )
    )


def _what_is_counted(story: Story, granted: list[str] | None) -> None:
    """How observations are counted, and the analyst's establishments when the overview
    covers only those (access by establishment)."""
    reports = story.reports
    story.text(
        reports.tr(
            "Observations are counted where they were recorded, by the day of the event; "
            "returned and rejected reports are not counted. Establishments are listed by "
            "code, not ranked."
        ),
        small=True,
    )
    if granted is not None:
        story.text(
            reports.tr(
                "This overview covers only the establishments assigned to you (%1); "
                "the other establishments are not counted.",
                ", ".join(granted) or "—",
            )
        )


def national_overview(
    session: Session,
    *,
    date_from: str,
    date_to: str,
    language: str | None = None,
    today: str | None = None,
) -> Report:
    """The national overview PDF for a period (central office)."""
    day = today or now().date().isoformat()
    found = central_overview.counts(
        session, date_from, date_to, today=day, kind=ReportKind.NATIONAL
    )
    start, end = central_overview.check_period(date_from, date_to)
    health = workstation_health(session)
    furniture = furniture_for(session, QT_TRANSLATE_NOOP("reports", "National overview"), language)
    story = Story(furniture)
    reports, st = story.reports, story.styles
    story.add(*title_block(furniture, st, f"{start} – {end}"))
    not_a_risk_assessment(story)
    rows = list(found.values())
    total = sum(c.observations for c in rows)
    story.add(
        key_values(
            [
                (reports.tr("Period"), f"{start} – {end}"),
                (reports.tr("Establishments"), len(rows)),
                (reports.tr("Observations counted"), total),
                (reports.tr("Workstations enrolled"), len(health)),
            ],
            st,
        )
    )
    _what_is_counted(story, central_overview.granted_only(session))
    first = _by_urgency(story, rows, total)
    _referrals_and_transfers(story, rows, first)
    story.spacer(6)
    story.add(
        bar_chart(
            [c.establishment for c in rows],
            [c.observations for c in rows],
            horizontal=True,
            title=reports.tr("Observations per establishment (all urgencies)"),
        )
    )
    story.heading(reports.tr("Observations by indicator domain"))
    domain_table(
        story,
        central_overview.national_domains(found),
        domain_names(session, furniture.reports.language),
    )
    story.heading(reports.tr("Workstations"))
    attention = [h for h in health if h.needs_attention]
    story.text(
        reports.tr("%1 of %2 workstations need attention.", len(attention), len(health)), small=True
    )
    health_table(story, health)
    not_a_risk_assessment(story)
    record_generation(
        session,
        furniture.document_id,
        ReportKind.NATIONAL,
        object_type="report",
        object_id=furniture.document_id,
        reason="",
        **{"from": start, "to": end, "establishments": len(rows)},
    )
    return finish(furniture, story.items, ReportKind.NATIONAL, contains_personal_data=False)
