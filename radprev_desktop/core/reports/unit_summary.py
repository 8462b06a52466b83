"""Unit and period summary for supervisors: what was recorded, what needs deciding.

Counts of sealed observations by indicator domain and by urgency (side by
side, never added into a score; reports returned to their author or rejected by a
supervisor are not counted, and each observation counts under the template version
it cites), new subject files, immediate items, and
subject files whose review is overdue, with two plain grey bar charts. No
risk colours, no ranking of people. Every page carries the marking of aggregates,
raised to the highest level of the immediate items it lists (decision 0025).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from radprev_desktop.core import policy
from radprev_desktop.core.clock import now
from radprev_desktop.core.errors import NotFound, ValidationError
from radprev_desktop.core.i18n import session_language
from radprev_desktop.core.model import Mode, ObservationStatus, ReferralStatus, ReportKind, Urgency
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.reports.blocks import not_a_risk_assessment
from radprev_desktop.core.reports.charts import bar_chart
from radprev_desktop.core.reports.disclosure import record_generation, require_justification
from radprev_desktop.core.reports.flowables import (
    CELL_PADDING,
    Story,
    data_table,
    key_values,
    title_block,
)
from radprev_desktop.core.reports.furniture import (
    CONTENT_WIDTH,
    Report,
    finish,
    furniture_for,
)
from radprev_desktop.core.services import (
    observation_counts,
    referrals,
    search,
    settings,
    subject_search,
    templates,
)
from radprev_desktop.core.services.search import ObservationFilter
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates.model import Template, pick
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

Progress = Callable[[int, int, str], None]
LIST_LIMIT = 300  # rows of a list printed on paper; the rest is counted
PAGE = 1000


def _day(value: str, field: str) -> str:
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 is not a date (YYYY-MM-DD)."), repr(value), field=field
        ) from None


def _domain_rows(
    session: Session, template: Template, lang: str, f: ObservationFilter
) -> list[tuple[str, dict[Urgency, int]]]:
    """Counts per indicator domain, each observation under the template version it cites
    (issue #14): the active template's domains always, and any other version's domain
    whose wording differs, labelled with that version's own title."""
    rows: dict[tuple[str, str], dict[Urgency, int]] = {}
    origin: dict[tuple[str, str], str] = {}
    for domain in template.indicator_domains:
        key = (domain.code, pick(domain.title, lang))
        rows[key] = dict.fromkeys(Urgency, 0)
        origin[key] = f"{template.code} v{template.version}"
    for c in observation_counts.by_domain(session, f):
        cited = None
        if c.template_code is not None and c.template_version is not None:
            cited = templates.template_for_run(session.con, c.template_code, c.template_version)
        own = next((d for d in cited.domains if d.code == c.domain), None) if cited else None
        key = (c.domain, pick(own.title, lang) if own else "")
        rows.setdefault(key, dict.fromkeys(Urgency, 0))[c.urgency] += c.count
        origin.setdefault(key, f"{c.template_code} v{c.template_version}" if cited else "?")
    codes = [code for code, _ in rows]
    return [
        (
            f"{code} {title} ({origin[(code, title)]})"
            if codes.count(code) > 1
            else f"{code} {title}".strip(),
            per,
        )
        for (code, title), per in rows.items()
    ]


def _all_observations(
    session: Session, f: ObservationFilter, limit: int
) -> list[search.ObservationSummary]:
    found: list[search.ObservationSummary] = []
    offset = 0
    while len(found) < limit:
        page = search.list_observations(
            session,
            f,
            limit=min(PAGE, limit - len(found)),
            offset=offset,
            with_total=False,
            audited=False,
        )
        found.extend(o for o in page.items if o.status is not ObservationStatus.DRAFT)
        if len(page.items) < page.limit:
            break
        offset += page.limit
    return found


def _overdue(
    session: Session, unit: str | None, today: str
) -> tuple[int, list[search.SubjectSummary]]:
    first = subject_search.list_subjects(
        session, unit=unit, overdue_on=today, limit=min(PAGE, LIST_LIMIT), audited=False
    )
    return first.total or 0, first.items[:LIST_LIMIT]


@dataclass(frozen=True)
class _Figures:
    """What the summary prints, read before any layout (counts and the first rows of lists)."""

    start: str
    end: str
    today: str
    scope: str | None  # None: all units
    by_urgency: dict[Urgency, int]
    domain_rows: list[tuple[str, dict[Urgency, int]]]
    immediate_total: int
    immediate: list[search.ObservationSummary]
    new_total: int
    new_list: list[subject_search.NewSubject]
    overdue_total: int
    overdue_list: list[search.SubjectSummary]
    referral_counts: dict[ReferralStatus, int] | None  # None: the reader may not see them


def _unit_within_reach(
    session: Session, unit_code: str | None
) -> tuple[str | None, dict[str, str], policy.Scope]:
    """The unit asked for (None: every unit the reader reaches), the units by code, and
    the reader's scope; NotFound for an unknown unit or one the reader does not work in."""
    unit = (unit_code or "").strip().upper() or None
    units = {u.code: u.name for u in settings.list_units(session)}
    if unit and unit not in units:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no unit %1 in this establishment."), unit
        )
    reach = policy.scope(session, Permission.READ_OBSERVATIONS)
    if unit and not reach.covers(session.establishment_code, unit):
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "You do not work in unit %1: choose one of your units."),
            unit,
        )
    return unit, units, reach


def unit_summary(
    session: Session,
    *,
    date_from: str,
    date_to: str,
    unit_code: str | None = None,
    justification: str,
    language: str | None = None,
    progress: Progress | None = None,
    today: str | None = None,
) -> Report:
    """The unit (or whole establishment) summary for a period (supervisor or analyst)."""
    policy.require_report(session, ReportKind.UNIT)
    reason = require_justification(justification)
    start, end = _day(date_from, "date_from"), _day(date_to, "date_to")
    if start > end:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends before it starts."), field="date_to"
        )
    unit, units, reach = _unit_within_reach(session, unit_code)
    step = progress or (lambda _d, _t, _w: None)
    lang = session_language(session, language)
    template = templates.active_template(session)
    figures = _collect(
        session, template, lang, unit, start, end, today or now().date().isoformat(), step
    )
    # Counts carry the marking of aggregates; the immediate items whose facts are printed
    # raise it to their highest level (decision 0025).
    furniture = furniture_for(
        session,
        QT_TRANSLATE_NOOP("reports", "Unit and period summary"),
        lang,
        [o.classification for o in figures.immediate],
    )
    step(3, 5, "Laying out the report")
    story = Story(furniture)
    reports, st = story.reports, story.styles
    story.add(*title_block(furniture, st))
    not_a_risk_assessment(story)
    if unit:
        scope = f"{unit} {units[unit]}"
    elif reach.everything or session.establishment_code in reach.establishments:
        scope = reports.tr("All units")
    else:
        scope = reports.tr("Your units: %1", ", ".join(sorted(reach.units)))
    template_name = f"{pick(template.title, furniture.reports.language)} (v{template.version})"
    story.add(
        key_values(
            [
                (reports.tr("Unit"), scope),
                (reports.tr("Period"), f"{start} – {end}"),
                (reports.tr("Checklist template"), template_name),
            ],
            st,
        )
    )
    _urgency_section(story, figures)
    _domain_section(story, figures)
    _immediate_section(story, figures)
    _referrals_section(story, figures)
    _new_files_section(story, figures)
    _overdue_section(story, figures)
    not_a_risk_assessment(story)
    record_generation(
        session,
        furniture.document_id,
        ReportKind.UNIT,
        object_type="report",
        object_id=furniture.document_id,
        reason=reason,
        **{"unit": unit or "", "from": start, "to": end},
    )
    report = finish(furniture, story.items, ReportKind.UNIT)
    step(5, 5, "Done")
    return report


def _collect(
    session: Session,
    template: Template,
    lang: str,
    unit: str | None,
    start: str,
    end: str,
    today: str,
    step: Progress,
) -> _Figures:
    # What was recorded here: history a transferred prisoner's file brought is not counted.
    here = session.establishment_code if session.mode is Mode.WORKSTATION else None
    base = ObservationFilter(
        unit=unit, date_from=start, date_to=end, establishment=here, counted_only=True
    )

    step(0, 5, "Counting observations")
    by_urgency = observation_counts.by_urgency(session, base)
    domain_rows = _domain_rows(session, template, lang, base)
    step(2, 5, "Listing immediate items")
    immediate = _all_observations(
        session, ObservationFilter(**{**base.__dict__, "urgency": Urgency.IMMEDIATE}), LIST_LIMIT
    )
    new_total, new_list = subject_search.new_subjects(session, start, end, unit, limit=LIST_LIMIT)
    overdue_total, overdue_list = _overdue(session, unit, today)
    referral_counts = (
        referrals.counts_by_status(session, start, end, unit)
        if policy.allows(session, policy.Permission.READ_REFERRALS)
        else None
    )
    return _Figures(
        start,
        end,
        today,
        unit,
        by_urgency,
        domain_rows,
        by_urgency[Urgency.IMMEDIATE],
        immediate,
        new_total,
        new_list,
        overdue_total,
        overdue_list,
        referral_counts,
    )


def _first_of(story: Story, shown: int, total: int) -> None:
    if total > shown:
        reports = story.reports
        story.text(reports.tr("The first %1 of %2 are listed.", shown, total), small=True)


def _urgency_section(story: Story, f: _Figures) -> None:
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Observations by urgency"))
    story.text(
        reports.tr(
            "Drafts, and reports returned to their author or rejected by a supervisor, are not "
            "counted: the prisoner's file shows them with their state."
        ),
        small=True,
    )
    story.add(
        data_table(
            [reports.tr("Urgency"), reports.tr("Observations")],
            [[reports.short_label(u), f.by_urgency[u]] for u in Urgency],
            [CONTENT_WIDTH - 40 * mm, 40 * mm],
            st,
            align_right=(1,),
        )
    )
    story.spacer(6)
    story.add(
        bar_chart(
            [reports.short_label(u) for u in Urgency],
            [f.by_urgency[u] for u in Urgency],
            horizontal=False,
            title=reports.tr("Observations by urgency"),
        )
    )


def _domain_section(story: Story, f: _Figures) -> None:
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Observations by indicator domain"))
    story.text(
        reports.tr(
            "An observation citing indicators of several domains is counted in each. "
            "Counts are shown side by side and are not a score."
        ),
        small=True,
    )
    story.add(
        data_table(
            [reports.tr("Domain"), *[reports.short_label(u) for u in Urgency]],
            [[name, *[per[u] for u in Urgency]] for name, per in f.domain_rows],
            [CONTENT_WIDTH - 3 * 28 * mm, 28 * mm, 28 * mm, 28 * mm],
            st,
            align_right=(1, 2, 3),
        )
    )
    story.spacer(6)
    story.add(
        bar_chart(
            [name for name, _ in f.domain_rows],
            [sum(per.values()) for _, per in f.domain_rows],
            horizontal=True,
            title=reports.tr("Observations citing each domain (all urgencies)"),
        )
    )


def _immediate_section(story: Story, f: _Figures) -> None:
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Immediate items"))
    if not f.immediate:
        story.text(reports.tr("No immediate items in this period."))
        return
    statuses = [reports.label(o.status) for o in f.immediate]
    # A status is one or two words ("Прихваћено", "Wyeksportowana"): never broken inside one.
    widest = max(
        (
            pdfmetrics.stringWidth(word, st.cell.fontName, st.cell.fontSize)
            for status in statuses
            for word in status.split()
        ),
        default=0.0,
    )
    status_width = max(20 * mm, widest + CELL_PADDING + 1)
    story.add(
        data_table(
            [
                reports.tr("When"),
                reports.tr("Prisoner"),
                reports.tr("Unit"),
                reports.tr("Status"),
                reports.tr("Facts (beginning)"),
            ],
            [
                [
                    reports.datetime(o.event_start),
                    f"{o.subject_name} ({o.prison_number})",
                    o.unit_code,
                    status,
                    o.excerpt + ("…" if len(o.excerpt) >= 160 else ""),
                ]
                for o, status in zip(f.immediate, statuses, strict=True)
            ],
            [24 * mm, 40 * mm, 12 * mm, status_width, CONTENT_WIDTH - 76 * mm - status_width],
            st,
        )
    )
    _first_of(story, len(f.immediate), f.immediate_total)


def _referrals_section(story: Story, f: _Figures) -> None:
    if f.referral_counts is None:
        return
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Referrals to programmes"))
    story.text(
        reports.tr(
            "Referrals made in the period, by where each stands now (counts only, never a score)."
        ),
        small=True,
    )
    story.add(
        data_table(
            [reports.tr("Status"), reports.tr("Referrals")],
            [[reports.label(s), f.referral_counts[s]] for s in ReferralStatus],
            [CONTENT_WIDTH - 40 * mm, 40 * mm],
            st,
            align_right=(1,),
        )
    )


def _new_files_section(story: Story, f: _Figures) -> None:
    reports, st = story.reports, story.styles
    story.heading(reports.tr("New subject files"))
    story.text(reports.tr("Subject files opened in the period: %1.", f.new_total))
    if not f.new_list:
        return
    story.add(
        data_table(
            [
                reports.tr("Opened"),
                reports.tr("Prisoner"),
                reports.tr("Prison number"),
                reports.tr("Unit"),
            ],
            [
                [
                    reports.datetime(s.created_at),
                    f"{s.family_name}, {s.given_names}",
                    s.prison_number,
                    s.unit_code,
                ]
                for s in f.new_list
            ],
            [28 * mm, CONTENT_WIDTH - 88 * mm, 40 * mm, 20 * mm],
            st,
        )
    )
    _first_of(story, len(f.new_list), f.new_total)


def _overdue_section(story: Story, f: _Figures) -> None:
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Overdue file reviews"))
    story.text(
        reports.tr(
            "Subject files due for review on or before %1: %2. For each, a supervisor decides: "
            "keep (with a reason), anonymise or erase.",
            reports.date(f.today),
            f.overdue_total,
        )
    )
    if not f.overdue_list:
        return
    story.add(
        data_table(
            [
                reports.tr("Review due"),
                reports.tr("Prisoner"),
                reports.tr("Prison number"),
                reports.tr("Unit"),
                reports.tr("Observations"),
            ],
            [
                [
                    reports.date(s.review_due),
                    f"{s.family_name}, {s.given_names}",
                    s.prison_number,
                    s.unit_code,
                    s.observation_count,
                ]
                for s in f.overdue_list
            ],
            [24 * mm, CONTENT_WIDTH - 110 * mm, 36 * mm, 20 * mm, 30 * mm],
            st,
            align_right=(4,),
        )
    )
    _first_of(story, len(f.overdue_list), f.overdue_total)
