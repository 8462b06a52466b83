"""Data-subject access report: everything the vault holds about one person.

For the auditor (data-protection officer) answering a request of the person
(LED Art. 14): the file header and every change to it, every sealed
observation in every version with its grades and reviews, the checklist runs,
and the audit trail of who consulted or disclosed the file, when and why.
The restricted source identity is withheld (it protects a third party) and
the report says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm

from radprev_desktop.core import audit, audit_words, policy
from radprev_desktop.core.audit import AuditEntry
from radprev_desktop.core.model import (
    GradeChange,
    Observation,
    ReportKind,
    Review,
    Subject,
    SubjectChange,
)
from radprev_desktop.core.reports import access_notice, checklist_results, note_words
from radprev_desktop.core.reports.blocks import (
    grading_legend,
    identity_block,
    observation_detail,
)
from radprev_desktop.core.reports.disclosure import record_generation, require_justification
from radprev_desktop.core.reports.flowables import (
    Story,
    data_table,
    key_values,
    notice,
    title_block,
)
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH, Report, finish, furniture_for
from radprev_desktop.core.reports.item_wording import ItemWording
from radprev_desktop.core.reports.labels import grading_code
from radprev_desktop.core.reports.redaction import Redactor
from radprev_desktop.core.reports.subject_summary import sealed_observations
from radprev_desktop.core.reports.typography import para
from radprev_desktop.core.services import (
    data_requests,
    disclosures,
    observation_fields,
    observations,
    reviews,
    subjects,
)
from radprev_desktop.core.services.record_notes import RecordNote
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

#: The audit action of an export of the person's data (reports/subject_data.py).
DATA_EXPORTED = "subject_access_exported"


def _subject_history(story: Story, changes: Sequence[SubjectChange]) -> None:
    reports, st = story.reports, story.styles
    if not changes:
        story.text(
            reports.tr("The prisoner's details have not been changed since the file was opened.")
        )
        return
    rows = [
        [
            reports.datetime(c.at),
            c.by_user,
            "; ".join(f"{k}: {v}" for k, v in c.old_values.items()) or ", ".join(c.changed_fields),
            c.reason,
        ]
        for c in changes
    ]
    widths = [26 * mm, 24 * mm, 70 * mm]
    story.add(
        data_table(
            [
                reports.tr("When"),
                reports.tr("By"),
                reports.tr("Values before the change"),
                reports.tr("Reason"),
            ],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def _grades(story: Story, changes: Sequence[GradeChange]) -> None:
    reports, st = story.reports, story.styles
    if not changes:
        return
    story.add(para(reports.tr("Grade history"), st.subheading))
    rows = [
        [
            reports.datetime(g.at),
            f"v{g.observation_version}",
            g.by_user,
            reports.tr("proposed") if g.kind == "proposed" else reports.tr("re-graded"),
            grading_code(g.grading),
            g.reason,
        ]
        for g in changes
    ]
    widths = [26 * mm, 10 * mm, 24 * mm, 22 * mm, 20 * mm]
    story.add(
        data_table(
            [
                reports.tr("When"),
                reports.tr("Ver."),
                reports.tr("By"),
                reports.tr("Kind"),
                reports.tr("Grade"),
                reports.tr("Reason"),
            ],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def record_notes_table(
    story: Story, notes: Sequence[RecordNote], redactor: Redactor, items: Sequence[Observation]
) -> None:
    """Rectification requests, disputes and restrictions with their outcome (LED Art. 16);
    an observation is named by its number in the report (`items`)."""
    reports, st = story.reports, story.styles
    numbers = {obs.id: n for n, obs in enumerate(items, start=1)}
    place = reports.tr("Rectification, disputes and restriction")
    story.heading(place)
    if not notes:
        story.text(reports.tr("No rectification, dispute or restriction is recorded."))
        return
    rows = []
    for n in notes:
        about = reports.text(note_words.ABOUT[n.object_kind])
        if n.object_kind == "observation" and n.object_id in numbers:
            about = reports.tr("Observation %1 of %2", numbers[n.object_id], len(numbers))
        outcome = reports.text(note_words.outcome(n)) if n.outcome else "—"
        rows.append(
            [
                reports.datetime(n.at),
                reports.text(note_words.KINDS[n.kind]),
                about,
                redactor.text(n.text, place),
                redactor.text(outcome, place),
                redactor.staff(n.decided_by or n.by_user, place),
            ]
        )
    widths = [24 * mm, 26 * mm, 26 * mm, 46 * mm, 30 * mm]
    story.add(
        data_table(
            [
                reports.tr("When"),
                reports.tr("Kind"),
                reports.tr("About"),
                reports.tr("What was asked, or why"),
                reports.tr("Outcome"),
                reports.tr("By"),
            ],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def _runs_and_notes(
    story: Story,
    session: Session,
    subject_id: str,
    runs: Sequence[Any],
    items: Sequence[Observation],
    redactor: Redactor,
) -> None:
    reports = story.reports
    story.heading(reports.tr("Checklist runs"))
    checklist_results.add_runs(story, session, runs)
    record_notes_table(story, data_requests.notes_of(session, subject_id), redactor, items)


def consultations(session: Session, object_ids: set[str]) -> list[AuditEntry]:
    """Audit entries about the subject or any of its records, oldest first (DPO only)."""
    policy.require_report(session, ReportKind.ACCESS)
    return [
        e
        for e in audit.read_entries(session.con)
        if e.object_id in object_ids or str(e.details.get("subject_id", "")) in object_ids
    ]


def _audit_table(story: Story, entries: Sequence[AuditEntry], redactor: Redactor) -> None:
    """Who did what, in words (audit_actions), with officers below the chosen rank withheld."""
    reports, st = story.reports, story.styles
    place = reports.tr("Audit trail: who consulted or disclosed this file")
    rows = [
        [
            str(e.seq),
            reports.datetime(e.at),
            redactor.staff(e.user, place),
            reports.tr(audit_words.meaning(e.action)),
            redactor.text(e.justification, place) or "—",
            e.recipient or "—",
        ]
        for e in entries
    ]
    widths = [12 * mm, 26 * mm, 22 * mm, 40 * mm, 42 * mm]
    story.add(
        data_table(
            [
                reports.tr("No."),
                reports.tr("When"),
                reports.tr("User"),
                reports.tr("Action"),
                reports.tr("Reason"),
                reports.tr("Recipient"),
            ],
            rows,
            [*widths, CONTENT_WIDTH - sum(widths)],
            st,
        )
    )


def disclosed(
    session: Session, subject_id: str, ids: set[str], trail: Sequence[AuditEntry]
) -> list[disclosures.Disclosure]:
    """Every disclosure of the person's records: packages, handovers, transfers, bundles,
    and reports or data exports given to someone (audit entries with a recipient)."""
    given = [
        disclosures.Disclosure(
            e.at, "data" if e.action == DATA_EXPORTED else "report", e.recipient, ""
        )
        for e in trail
        if e.recipient
    ]
    return sorted(disclosures.of_subject(session, subject_id, ids) + given, key=lambda d: d.at)


def _introduction(story: Story, subject: Subject, opened_by: str) -> None:
    """What the report holds, then who the prisoner is and when the file was opened."""
    reports, st = story.reports, story.styles
    story.add(
        notice(
            reports.tr(
                "Everything this vault holds about the person named below, including the history "
                "of changes and who consulted or disclosed the file. The identity of a restricted "
                "source is withheld to protect a third party."
            ),
            st,
        )
    )
    story.heading(reports.tr("Prisoner"))
    identity_block(story, subject)
    story.add(
        key_values(
            [
                (
                    reports.tr("File opened"),
                    f"{reports.datetime(subject.created_at)}, {opened_by}",
                ),
                (reports.tr("Last changed"), reports.datetime(subject.updated_at)),
                (
                    reports.tr("Anonymised"),
                    reports.tr("yes") if subject.anonymised else reports.tr("no"),
                ),
            ],
            st,
        )
    )


def observation_records(
    session: Session, items: Sequence[Observation], redactor: Redactor
) -> tuple[dict[str, list[Observation]], dict[str, list[Review]], dict[str, list[GradeChange]]]:
    """Every version, review and grade of each observation, third parties redacted.

    The person's own access request: what was written, not the auditor's metadata view.
    """
    reports = redactor.reports
    versions, found_reviews, grades = {}, {}, {}
    for number, obs in enumerate(items, start=1):
        place = reports.tr("Observation %1 of %2", number, len(items))
        versions[obs.id] = [
            redactor.record(v, place)
            for v in observations.history_for_access_request(session, obs.id)
        ]
        found_reviews[obs.id] = [
            redactor.record(r, place) for r in reviews.reviews_of(session, obs.id)
        ]
        grades[obs.id] = [
            redactor.record(g, place) for g in observations.grade_history(session, obs.id)
        ]
    return versions, found_reviews, grades


def access_report(
    session: Session, subject_id: str, *, justification: str, language: str | None = None
) -> Report:
    """Everything held about one subject, with its audit trail (auditor only).

    Other people are withheld (other prisoners named in the text, a restricted
    source, officers below the chosen rank) and listed in the redaction log; the
    Art. 14 information and every disclosure come first and last.
    """
    policy.require_report(session, ReportKind.ACCESS)
    reason = require_justification(justification)
    subject = subjects.get_subject(session, subject_id)
    items = sealed_observations(session, subject.id)
    title = QT_TRANSLATE_NOOP("reports", "Data-subject access report")
    furniture = furniture_for(session, title, language, [o.classification for o in items])
    reports = furniture.reports
    redactor = Redactor(session, subject, reports)
    versions, found_reviews, grades = observation_records(session, items, redactor)
    runs = [
        redactor.record(r, reports.tr("Checklist runs"))
        for r in checklist_results.runs_for_subject(session, subject.id, access_request=True)
    ]
    place = reports.tr("Changes to the prisoner's details")
    history = [redactor.record(c, place) for c in subjects.subject_history(session, subject.id)]
    opened_by = redactor.staff(subject.created_by, place)
    # This report is itself a consultation: recorded first, so it appears in its own trail.
    record_generation(
        session,
        furniture.document_id,
        ReportKind.ACCESS,
        object_type="subject",
        object_id=subject.id,
        reason=reason,
        observations=len(items),
        redacted=redactor.counts(),
    )
    ids = {subject.id, *versions, *(r.id for r in runs)}
    trail = consultations(session, ids)
    sent = disclosed(session, subject.id, ids, trail)
    story = Story(furniture)
    st = story.styles
    story.add(*title_block(furniture, st))
    _introduction(story, subject, opened_by)
    access_notice.information(story, session, subject)
    story.heading(reports.tr("Changes to the prisoner's details"))
    _subject_history(story, history)

    story.heading(reports.tr("Observations (%1)", len(items)))
    if not items:
        story.text(reports.tr("Nothing has been recorded about this prisoner."))
    wording = ItemWording(session.con, reports.language)
    for number, obs in enumerate(items, start=1):
        story.add(para(reports.tr("Observation %1 of %2", number, len(items)), st.subheading))
        all_versions: list[Observation] = versions[obs.id]
        for older in all_versions[:-1]:
            story.add(para(reports.tr("Earlier version %1 (replaced)", older.version), st.label))
            observation_detail(story, older, wording=wording)
        observation_detail(story, all_versions[-1], found_reviews[obs.id], all_versions, wording)
        _grades(story, grades[obs.id])
        story.spacer(8)

    _runs_and_notes(story, session, subject.id, runs, items, redactor)
    access_notice.disclosures(story, sent)

    story.heading(reports.tr("Audit trail: who consulted or disclosed this file"))
    story.text(
        reports.tr("%1 entries, oldest first, including this report.", len(trail)),
        small=True,
    )
    _audit_table(story, trail, redactor)
    access_notice.redaction_log(story, redactor.log)
    grading_legend(
        story, [o.grading.preset for o in items] or [observation_fields.current_preset(session)]
    )

    return finish(furniture, story.items, ReportKind.ACCESS, subject_id=subject.id)
