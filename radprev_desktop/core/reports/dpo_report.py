"""The data-protection officer's reports on paper: one of the four questions of
core/services/dpo_questions.py (who consulted a file, consultations without a stated
purpose, what left the establishment in a period, files overdue for review) as a
printed table, audited as a consultation with its reason."""

from __future__ import annotations

from reportlab.lib.units import mm

from radprev_desktop.core import audit_words, labels, policy
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.disclosure import record_generation, require_justification
from radprev_desktop.core.reports.flowables import Story, data_table, key_values, title_block
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH, Report, finish, furniture_for
from radprev_desktop.core.services import dpo_questions
from radprev_desktop.core.services.dpo_questions import DpoQuestion
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Source

TITLES = {
    DpoQuestion.CONSULTED: QT_TRANSLATE_NOOP("reports", "Who consulted this file"),
    DpoQuestion.NO_PURPOSE: QT_TRANSLATE_NOOP("reports", "Consultations without a stated purpose"),
    DpoQuestion.EXPORTS: QT_TRANSLATE_NOOP("reports", "Exports and disclosures in the period"),
    DpoQuestion.OVERDUE: QT_TRANSLATE_NOOP("reports", "Files overdue for their review"),
}


def dpo_report(
    session: Session,
    question: DpoQuestion | str,
    *,
    justification: str,
    subject_id: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    language: str | None = None,
) -> Report:
    """One DPO question as a PDF (auditor only), audited with the reason."""
    policy.require_report(session, ReportKind.DATA_PROTECTION)
    reason = require_justification(justification)
    answer = dpo_questions.ask(
        session, question, subject_id=subject_id, date_from=date_from, date_to=date_to
    )
    furniture = furniture_for(session, TITLES[answer.question], language)
    story = Story(furniture)
    reports, st = story.reports, story.styles
    story.add(*title_block(furniture, st))
    story.add(
        key_values(
            [
                (reports.tr("About"), answer.about),
                (reports.tr("Entries"), len(answer.rows)),
                (reports.tr("Reason for this report"), reason),
            ],
            st,
        )
    )
    story.spacer(6)
    if answer.rows:
        count = len(answer.columns)
        first = 30 * mm
        rest = (CONTENT_WIDTH - first) / (count - 1)
        story.add(
            data_table(
                [reports.tr(c) for c in answer.columns],
                [_cells(story, answer.question, r) for r in answer.rows],
                [first, *([rest] * (count - 1))],
                st,
            )
        )
    else:
        story.text(reports.tr("Nothing found."))
    record_generation(
        session,
        furniture.document_id,
        ReportKind.DATA_PROTECTION,
        object_type="subject" if subject_id else "report",
        object_id=subject_id or "",
        reason=reason,
        question=answer.question.value,
        rows=len(answer.rows),
    )
    return finish(furniture, story.items, ReportKind.DATA_PROTECTION, subject_id=subject_id)


def _cells(story: Story, question: DpoQuestion, row: tuple[str, ...]) -> list[str]:
    """One row in the report's language: times and actions in words, codes kept otherwise."""
    reports = story.reports
    if question is DpoQuestion.OVERDUE:
        return [row[0], row[1], reports.date(row[2]), row[3]]
    words = audit_words.words(row[2])
    action = reports.tr(words) if words is not None else audit_words.spaced(row[2])
    # The reason in words, as on the screen: "Request of the data subject: …", not its code.
    word, text = labels.reason_parts(row[-1])
    reason = reports.lookup(labels.CONTEXT, word) if isinstance(word, Source) else word
    return [
        reports.datetime(row[0]),
        row[1],
        action,
        *row[3:-1],
        f"{reason}: {text}" if text else reason,
    ]
