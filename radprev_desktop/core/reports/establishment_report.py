"""Establishment report (central office): one establishment's counts for a period.

Observations by urgency and by indicator domain (side by side, never added into
a score), referrals to programmes by status, transfers in and out, files due
for review and new files, and the health of the establishment's workstations.
Counts only: no prisoner is named, so the report needs no reason, but making
and saving it is audited like any report.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from radprev_desktop.core.clock import now
from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.model import ReferralStatus, ReportKind, Urgency
from radprev_desktop.core.reports.blocks import not_a_risk_assessment
from radprev_desktop.core.reports.charts import bar_chart
from radprev_desktop.core.reports.disclosure import record_generation
from radprev_desktop.core.reports.flowables import Story, data_table, key_values, title_block
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH, Report, finish, furniture_for
from radprev_desktop.core.reports.typography import local_time
from radprev_desktop.core.services import central_overview, templates
from radprev_desktop.core.services.central_overview import EstablishmentCounts
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.workstation_health import WorkstationHealth, workstation_health
from radprev_desktop.core.templates.model import pick
from radprev_desktop.core.text import QT_TRANSLATE_NOOP


def domain_names(session: Session, language: str) -> dict[str, str]:
    """Domain code → 'A3 Expressed hostility' from the office's active template."""
    template = templates.active_template(session)
    return {d.code: f"{d.code} {pick(d.title, language)}" for d in template.indicator_domains}


def urgency_table(story: Story, counted: EstablishmentCounts) -> None:
    """Observations by urgency, with a plain grey chart."""
    reports, st = story.reports, story.styles
    story.add(
        data_table(
            [reports.tr("Urgency"), reports.tr("Observations")],
            [[reports.short_label(u), counted.by_urgency[u]] for u in Urgency],
            [CONTENT_WIDTH - 40 * mm, 40 * mm],
            st,
            align_right=(1,),
        )
    )


def domain_table(
    story: Story, by_domain: dict[str, dict[Urgency, int]], names: dict[str, str]
) -> None:
    """Observations citing each domain, by urgency (an observation may cite several)."""
    reports, st = story.reports, story.styles
    story.text(
        reports.tr(
            "An observation citing indicators of several domains is counted in each. "
            "Counts are shown side by side and are not a score."
        ),
        small=True,
    )
    if not by_domain:
        story.text(reports.tr("No observation in the period cites an indicator."))
        return
    story.add(
        data_table(
            [reports.tr("Domain"), *[reports.short_label(u) for u in Urgency]],
            [[names.get(d, d), *[per[u] for u in Urgency]] for d, per in by_domain.items()],
            [CONTENT_WIDTH - 3 * 28 * mm, 28 * mm, 28 * mm, 28 * mm],
            st,
            align_right=(1, 2, 3),
        )
    )


def health_table(story: Story, health: list[WorkstationHealth]) -> None:
    """Last package, gaps, receipts, quarantine per workstation (no personal data)."""
    reports, st = story.reports, story.styles
    if not health:
        story.text(reports.tr("No workstation is enrolled."))
        return
    rows = []
    for h in health:
        problems = []
        if h.export_overdue:
            problems.append(reports.tr("export overdue"))
        if h.gaps:
            problems.append(reports.tr("missing %1", ", ".join(map(str, h.gaps[:10]))))
        if h.receipt_overdue:
            problems.append(reports.tr("receipt overdue"))
        if h.quarantined:
            problems.append(reports.tr("%1 in quarantine", h.quarantined))
        if h.conflicts:
            problems.append(reports.tr("%1 conflicts", h.conflicts))
        if h.failed_imports:
            problems.append(reports.tr("failed imports %1", ", ".join(map(str, h.failed_imports))))
        if not h.can_receive_transfers:
            problems.append(reports.tr("cannot receive transfers yet"))
        rows.append(
            [
                f"{h.establishment}\n…{h.workstation_id[-8:]}",
                h.last_sequence,
                local_time(h.last_package_at) if h.last_package_at else "—",
                h.awaiting_receipt,
                "; ".join(problems) or reports.tr("in order"),
            ]
        )
    widths = [28 * mm, 18 * mm, 30 * mm, 22 * mm]
    story.add(
        data_table(
            [
                reports.tr("Workstation"),
                reports.tr("Last package"),
                reports.tr("Made"),
                reports.tr("Awaiting receipt"),
                reports.tr("Needs attention"),
            ],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
            align_right=(1, 3),
        )
    )


def _referrals_and_transfers(story: Story, counted: EstablishmentCounts, day: str) -> None:
    """Referrals by status, transfers in and out, new files and reviews due (counts)."""
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Referrals to programmes"))
    story.text(reports.tr("Referrals made in the period, by where each stands now."), small=True)
    story.add(
        data_table(
            [reports.tr("Status"), reports.tr("Referrals")],
            [[reports.label(s), counted.referrals[s]] for s in ReferralStatus],
            [CONTENT_WIDTH - 40 * mm, 40 * mm],
            st,
            align_right=(1,),
        )
    )
    story.heading(reports.tr("Transfers and files"))
    story.add(
        data_table(
            [reports.tr("What"), reports.tr("Count")],
            [
                [reports.tr("Prisoners transferred in"), counted.transfers_in],
                [reports.tr("Prisoners transferred out"), counted.transfers_out],
                [reports.tr("New files opened"), counted.new_files],
                [reports.tr("Files due for review on or before %1", day), counted.overdue_reviews],
            ],
            [CONTENT_WIDTH - 40 * mm, 40 * mm],
            st,
            align_right=(1,),
        )
    )


def establishment_report(
    session: Session,
    establishment: str,
    *,
    date_from: str,
    date_to: str,
    language: str | None = None,
    today: str | None = None,
) -> Report:
    """The establishment report for a period (central office: analyst, supervisor, admin)."""
    code = establishment.strip().upper()
    day = today or now().date().isoformat()
    found = central_overview.counts(
        session, date_from, date_to, establishment=code, today=day, kind=ReportKind.ESTABLISHMENT
    )
    if code not in central_overview.establishments(session):
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "The central office holds nothing of establishment %1."),
            code,
        )
    counted = found[code]
    start, end = central_overview.check_period(date_from, date_to)
    health = [h for h in workstation_health(session) if h.establishment == code]
    furniture = furniture_for(
        session, QT_TRANSLATE_NOOP("reports", "Establishment report"), language
    )
    story = Story(furniture)
    reports, st = story.reports, story.styles
    story.add(*title_block(furniture, st, f"{code} — {start} – {end}"))
    not_a_risk_assessment(story)
    story.add(
        key_values(
            [
                (reports.tr("Establishment"), code),
                (reports.tr("Period"), f"{start} – {end}"),
                (reports.tr("Observations counted"), counted.observations),
                (reports.tr("Files held"), counted.files),
            ],
            st,
        )
    )
    story.text(
        reports.tr(
            "Observations are counted where they were recorded, by the day of the event; "
            "returned and rejected reports are not counted."
        ),
        small=True,
    )
    story.heading(reports.tr("Observations by urgency"))
    urgency_table(story, counted)
    story.spacer(6)
    story.add(
        bar_chart(
            [reports.short_label(u) for u in Urgency],
            [counted.by_urgency[u] for u in Urgency],
            horizontal=False,
            title=reports.tr("Observations by urgency"),
        )
    )
    story.heading(reports.tr("Observations by indicator domain"))
    domain_table(story, counted.by_domain, domain_names(session, furniture.reports.language))
    _referrals_and_transfers(story, counted, day)
    story.heading(reports.tr("Workstations"))
    health_table(story, health)
    not_a_risk_assessment(story)
    record_generation(
        session,
        furniture.document_id,
        ReportKind.ESTABLISHMENT,
        object_type="report",
        object_id=furniture.document_id,
        reason="",
        **{"establishment": code, "from": start, "to": end},
    )
    return finish(furniture, story.items, ReportKind.ESTABLISHMENT, contains_personal_data=False)
