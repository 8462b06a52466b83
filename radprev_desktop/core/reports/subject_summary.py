"""Subject summary: one prisoner's file on paper, for supervisors.

Identity, a timeline of the sealed observations (grading codes and urgency, facts
and assessment labelled apart; each indicator with its wording from the template
version it was written against; reports returned to their author or rejected by a
supervisor are left out and counted: the file shows them with their state),
checklist results by domain as counts
of observed / not observed / unknown (never a score or total), protective
factors and context, reviews and re-grades, the history of corrections, and a
legend of the grading codes. Drafts are never printed; neither is the
restricted source identity.

Records follow the prisoner (issue #15): the file's transfers and programme
referrals are printed, and each observation names the establishment that
recorded it, so a file that came by transfer reads as one continuous file. At
the central office the files an analyst decided are one person are printed
together, and every establishment + prison number the file was known under is
named.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from radprev_desktop.core import policy
from radprev_desktop.core.model import (
    COUNTED_STATUSES,
    Observation,
    ObservationStatus,
    Referral,
    ReportKind,
    Review,
    Subject,
    Transfer,
    Urgency,
)
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.reports import checklist_results
from radprev_desktop.core.reports.blocks import (
    event_time,
    grading_legend,
    identity_block,
    not_a_risk_assessment,
    recorder,
)
from radprev_desktop.core.reports.disclosure import record_generation, require_justification
from radprev_desktop.core.reports.file_blocks import (
    known_numbers_line,
    referrals_table,
    transfers_table,
)
from radprev_desktop.core.reports.flowables import Story, data_table, title_block
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH, Report, finish, furniture_for
from radprev_desktop.core.reports.item_wording import ItemWording
from radprev_desktop.core.reports.labels import grading_code
from radprev_desktop.core.reports.typography import markup, rich
from radprev_desktop.core.services import (
    observation_fields,
    observations,
    referrals,
    reviews,
    subject_holders,
    subject_links,
    subjects,
    transfers,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

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


def _record_cell(story: Story, obs: Observation, wording: ItemWording) -> Flowable:
    """Facts and assessment in one cell, each labelled; indicators and protective factors."""
    reports, st = story.reports, story.styles

    def labelled(label: str, value: str) -> str:
        return f"<b>{markup(label)}:</b> {value}"

    parts = [labelled(reports.tr("Facts"), markup(obs.facts))]
    if obs.assessment.strip():
        parts.append(labelled(reports.tr("Assessment"), f"<i>{markup(obs.assessment)}</i>"))
    if obs.indicators:
        codes = "; ".join(
            " — ".join(x for x in (i.code, wording(obs, i.code), i.evidence) if x)
            for i in obs.indicators
        )
        parts.append(labelled(reports.tr("Indicators"), markup(codes)))
    if obs.protective_factors:
        factors = "; ".join(obs.protective_factors)
        parts.append(labelled(reports.tr("Protective factors"), markup(factors)))
    if obs.action_taken.strip():
        parts.append(labelled(reports.tr("Action taken"), markup(obs.action_taken)))
    if obs.restricted:
        restricted = reports.tr("Accuracy disputed: processing restricted.")
        parts.append(f"<b>{markup(restricted)}</b>")
    return rich("<br/>".join(parts), st.cell)


def _timeline(story: Story, items: Sequence[Observation], wording: ItemWording) -> None:
    reports, st = story.reports, story.styles
    rows: list[list[Any]] = []
    # A file that came by transfer names where each record was made.
    several = len({o.establishment_code for o in items}) > 1
    for obs in items:
        grading = obs.effective_grading
        grade = grading_code(grading)
        if obs.current_grading is not None:
            grade += "\n" + reports.tr("(officer: %1)", grading_code(obs.grading))
        where = "\n".join(x for x in (obs.establishment_code if several else "", obs.place) if x)
        rows.append(
            [
                f"{event_time(reports, obs)}\n{where}" if where else event_time(reports, obs),
                f"{reports.short_label(obs.urgency)}\n{reports.label(obs.status)}",
                grade,
                _record_cell(story, obs, wording),
            ]
        )
    widths = [22 * mm, 26 * mm, 24 * mm]  # the urgency word whole in every language
    story.add(
        data_table(
            [
                reports.tr("When / where"),
                reports.tr("Urgency / status"),
                reports.tr("Grading"),
                reports.tr("Record"),
            ],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def _reviews(story: Story, items: Sequence[Observation], found: dict[str, list[Review]]) -> None:
    reports, st = story.reports, story.styles
    when = {o.id: reports.datetime(o.event_start, with_time=False) for o in items}
    rows = [
        [
            reports.datetime(r.at),
            when.get(r.observation_id, ""),
            r.reviewer,
            reports.label(r.decision),
            grading_code(r.grading) if r.grading else "",
            r.comment,
        ]
        for obs in items
        for r in found.get(obs.id, [])
    ]
    if not rows:
        story.text(reports.tr("No reviews recorded."))
        return
    # 31 mm holds a user name such as demo.supervisor on one line (22 mm broke it in two).
    widths = [24 * mm, 24 * mm, 31 * mm, 24 * mm, 18 * mm]
    story.add(
        data_table(
            [
                reports.tr("When"),
                reports.tr("Observed on"),
                reports.tr("Reviewer"),
                reports.tr("Decision"),
                reports.tr("New grade"),
                reports.tr("Comment"),
            ],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def _amendments(
    story: Story, session: Session, subject_id: str, items: Sequence[Observation]
) -> None:
    reports, st = story.reports, story.styles
    rows: list[list[Any]] = []
    for change in subjects.subject_history(session, subject_id):
        fields = ", ".join(change.changed_fields)
        rows.append(
            [
                reports.datetime(change.at),
                reports.tr("Prisoner's details"),
                change.by_user,
                fields,
                change.reason,
            ]
        )
    for obs in items:
        if obs.version <= 1:
            continue
        for version in observations.history(session, obs.id, audited=False)[1:]:
            rows.append(
                [
                    reports.datetime(version.submitted_at or version.created_at),
                    reports.tr(
                        "Observation of %1, version %2",
                        reports.datetime(obs.event_start, with_time=False),
                        version.version,
                    ),
                    recorder(version),
                    reports.tr("corrected"),
                    version.amendment_reason,
                ]
            )
    if not rows:
        story.text(reports.tr("No corrections recorded."))
        return
    widths = [25 * mm, 38 * mm, 24 * mm, 30 * mm]
    story.add(
        data_table(
            [
                reports.tr("When"),
                reports.tr("What"),
                reports.tr("By"),
                reports.tr("Changed"),
                reports.tr("Reason"),
            ],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


@dataclass(frozen=True)
class _FileParts:
    """What the summary prints of a file and the files an analyst linked to it."""

    files: list[str]
    items: list[Observation]
    found_reviews: dict[str, list[Review]]
    runs: list[Any]
    chain: list[Transfer]
    referrals: list[Referral]
    numbers: list[tuple[str, str]]
    withheld: int = 0  # reports returned to their author or rejected: in the file only


def _within_reach(session: Session, subject_id: str) -> bool:
    found = subjects.load_subject(session.con, subject_id)
    return found is not None and policy.may_reach(session, found, Permission.READ_OBSERVATIONS)


def _read_files(session: Session, subject_id: str) -> _FileParts:
    """The file and the files an analyst decided are one person (central office), this
    one first; observations in time order across them."""
    # A linked file of an establishment outside the analyst's grants stays out (issue #14).
    files = [
        file_id
        for file_id in subject_links.linked_files(session.con, subject_id)
        if file_id == subject_id or _within_reach(session, file_id)
    ]
    sealed = sorted(
        (o for file_id in files for o in sealed_observations(session, file_id)),
        key=lambda o: (o.event_start, o.recorded_at),
    )
    # Returned and rejected reports are not part of the summary (issue #14): the file
    # shows them with their state; the summary says how many it left out.
    items = [o for o in sealed if o.status in COUNTED_STATUSES]
    chain = [t for file_id in files for t in transfers.subject_transfers(session.con, file_id)]
    chain.sort(key=lambda t: (t.transfer_date, t.recorded_at))
    return _FileParts(
        files,
        items,
        {o.id: reviews.reviews_of(session, o.id) for o in items},
        [r for file_id in files for r in checklist_results.runs_for_subject(session, file_id)],
        chain,
        [r for file_id in files for r in referrals.subject_referrals(session.con, file_id)]
        if policy.allows(session, policy.Permission.READ_REFERRALS)
        else [],
        [n for file_id in files for n in subject_holders.known_numbers(session, file_id)],
        len(sealed) - len(items),
    )


def _identity_section(story: Story, subject: Subject, parts: _FileParts) -> None:
    reports = story.reports
    story.heading(reports.tr("Prisoner"))
    identity_block(story, subject)
    known_numbers_line(story, parts.numbers)
    if len(parts.files) > 1:
        story.text(
            reports.tr(
                "Printed together with %1 other file(s) an analyst decided are the same person.",
                len(parts.files) - 1,
            ),
            small=True,
        )


def _overview(story: Story, items: Sequence[Observation], runs: Sequence[Any]) -> None:
    reports = story.reports
    story.heading(reports.tr("Overview"))
    counts = {u: sum(1 for o in items if o.urgency is u) for u in Urgency}
    story.text(
        reports.tr(
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
            reports.tr(
                "First observation %1, latest %2.",
                reports.datetime(items[0].event_start, with_time=False),
                reports.datetime(items[-1].event_start, with_time=False),
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
    subject = subjects.get_subject(session, subject_id, Permission.READ_OBSERVATIONS)
    step(0, 4, "Reading the file")
    parts = _read_files(session, subject.id)
    items, found_reviews, runs = parts.items, parts.found_reviews, parts.runs
    step(1, 4, "Laying out the report")
    furniture = furniture_for(
        session,
        QT_TRANSLATE_NOOP("reports", "Subject summary"),
        language,
        [o.classification for o in items],
    )
    story = Story(furniture)
    reports, st = story.reports, story.styles
    story.add(*title_block(furniture, st))
    not_a_risk_assessment(story)
    _identity_section(story, subject, parts)

    _overview(story, items, runs)

    story.heading(reports.tr("Timeline of observations"))
    if items:
        _timeline(story, items, ItemWording(session.con, reports.language))
    else:
        story.text(reports.tr("Nothing has been recorded about this prisoner."))
    if parts.withheld:
        story.text(
            reports.tr(
                "%1 report(s) returned to their author or rejected by a supervisor are not "
                "printed or counted here; the prisoner's file shows them with their state.",
                parts.withheld,
            ),
            small=True,
        )

    story.heading(reports.tr("Checklist results by domain"))
    checklist_results.add_runs(story, session, runs)

    story.heading(reports.tr("Transfers between establishments"))
    transfers_table(story, parts.chain)

    story.heading(reports.tr("Referrals to programmes"))
    referrals_table(story, parts.referrals)

    story.heading(reports.tr("Reviews and re-grades"))
    _reviews(story, items, found_reviews)

    story.heading(reports.tr("History of corrections"))
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
