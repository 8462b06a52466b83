"""Checklist runs in the subject summary: counts per domain, never a score.

For each completed run: how many items of each domain were answered observed,
not observed or unknown (counts side by side, never added up into a total or
a level), the observed indicator items with their dated evidence, the context and
vulnerability items seen (apart from the indicators), the protective factors
seen, context and vulnerability notes (recorded for support, not as risk
signs), other possible explanations and the officer's summary.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm

from radprev_desktop.core.reports.flowables import Story, data_table, key_values
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH
from radprev_desktop.core.reports.typography import para
from radprev_desktop.core.services import checklists
from radprev_desktop.core.services import templates as templates_service
from radprev_desktop.core.services.checklists import Answer, ChecklistRun, RunStatus
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates.model import ItemKind, Template, pick


def runs_for_subject(
    session: Session, subject_id: str, *, access_request: bool = False
) -> list[ChecklistRun]:
    """The subject's completed checklist runs (current versions), oldest first.

    `access_request`: as written, for the data-subject access report (see
    `checklists.runs_for_access_request`); otherwise as the reader may browse them.
    """
    runs = (
        checklists.runs_for_access_request(session, subject_id)
        if access_request
        else checklists.runs_for_subject(session, subject_id, include_drafts=False)
    )
    done = [r for r in runs if r.status is RunStatus.COMPLETED]
    done.sort(key=lambda r: r.completed_at or r.created_at)
    return done


def add_runs(story: Story, session: Session, runs: Sequence[ChecklistRun]) -> None:
    """Every run, one block each; a plain line when there are none."""
    reports = story.reports
    if not runs:
        story.text(reports.tr("No checklist has been completed for this prisoner."))
        return
    story.text(
        reports.tr(
            "Counts of answers per domain, shown side by side. They are not added up and are "
            "not a score or a level of risk."
        ),
        small=True,
    )
    for run in runs:
        template = templates_service.template_for_run(
            session.con, run.template_code, run.template_version
        )
        _add_run(story, run, template)


def _title_of(template: Template | None, code: str, language: str) -> str:
    if template is None:
        return code
    for domain in template.domains:
        if domain.code == code:
            return f"{code} {pick(domain.title, language)}"
    return code


def _item_label(template: Template | None, code: str, language: str) -> str:
    item = template.item(code) if template is not None else None
    return pick(item.label, language) if item is not None else ""


def _add_run(story: Story, run: ChecklistRun, template: Template | None) -> None:
    reports, st = story.reports, story.styles
    lang = reports.language
    title = pick(template.title, lang) if template is not None else run.template_code
    story.add(
        para(
            reports.tr(
                "%1 (v%2), completed %3 by %4",
                title,
                run.template_version,
                reports.datetime(run.completed_at),
                run.author,
            ),
            st.subheading,
        )
    )
    if template is not None:  # indicator domains only: support items are printed apart
        counts = [
            c for c in checklists.domain_counts(run, template) if c.kind is ItemKind.INDICATOR
        ]
    else:
        counts = []
    rows = [
        [_title_of(template, c.domain, lang), c.observed, c.not_observed, c.unknown] for c in counts
    ]
    story.add(
        data_table(
            [
                reports.tr("Domain"),
                reports.tr("Observed"),
                reports.tr("Not observed"),
                reports.tr("Unknown"),
            ],
            rows,
            [CONTENT_WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm],
            st,
            align_right=(1, 2, 3),
        )
    )
    observed = [
        a for a in run.answers if a.answer is Answer.OBSERVED and a.kind is ItemKind.INDICATOR
    ]
    if observed:
        story.add(para(reports.tr("Items observed, with the dated example"), st.subheading))
        story.add(
            data_table(
                [reports.tr("Item"), reports.tr("Date"), reports.tr("Example")],
                [
                    [
                        f"{a.item_code} {_item_label(template, a.item_code, lang)}",
                        a.evidence_date or "",
                        a.evidence,
                    ]
                    for a in observed
                ],
                [60 * mm, 20 * mm, CONTENT_WIDTH - 80 * mm],
                st,
            )
        )
    _add_support(story, run, template)
    _add_notes(story, run, template)


def _add_support(story: Story, run: ChecklistRun, template: Template | None) -> None:
    """Context and vulnerability items seen (e.g. being bullied), apart from the indicators:
    recorded so that support can be offered, never a sign of risk (issue #14)."""
    reports, st = story.reports, story.styles
    seen = [a for a in run.answers if a.answer is Answer.OBSERVED and a.kind is ItemKind.CONTEXT]
    if not seen:
        return
    story.add(
        para(
            reports.tr("Support and vulnerability (for support, not a sign of risk)"),
            st.subheading,
        )
    )
    story.add(
        data_table(
            [reports.tr("Item"), reports.tr("Example")],
            [
                [
                    f"{a.item_code} {_item_label(template, a.item_code, reports.language)}",
                    a.evidence,
                ]
                for a in seen
            ],
            [80 * mm, CONTENT_WIDTH - 80 * mm],
            st,
        )
    )


def _add_notes(story: Story, run: ChecklistRun, template: Template | None) -> None:
    """Protective factors seen, context, other explanations, the summary and the next review."""
    reports, st = story.reports, story.styles
    lang = reports.language
    protective = [
        a for a in run.answers if a.kind is ItemKind.PROTECTIVE and a.answer is Answer.OBSERVED
    ]
    factors = "; ".join(
        f"{a.item_code} {_item_label(template, a.item_code, lang)}"
        + (f" — {a.evidence}" if a.evidence else "")
        for a in protective
    )
    if not factors:
        factors = (
            reports.tr("None observed")
            if run.protective_none_observed
            else reports.tr("None recorded.")
        )
    explanations = run.other_explanations or (
        reports.tr("None identified") if run.other_explanations_none else "—"
    )
    story.add(
        key_values(
            [
                (reports.tr("Protective factors"), factors),
                (reports.tr("Context and vulnerability (for support)"), run.context_notes or "—"),
                (reports.tr("Other possible explanations"), explanations),
                (reports.tr("Summary by the officer"), run.summary or "—"),
                (reports.tr("Next review due"), reports.date(run.next_review_date) or "—"),
            ],
            st,
            label_width=52 * mm,
        )
    )
    story.spacer(4)
