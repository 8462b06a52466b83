"""Training record: one trainee's exercises on synthetic scenarios, with the feedback given.

Printed from a training vault only (like every page there it carries TRAINING —
NOT A REAL RECORD). It records what the trainee practised and what they were
told to keep or change; it says nothing about any real person, and no
prisoner is scored in it.
"""

from __future__ import annotations

from radprev_desktop.core import languages, policy
from radprev_desktop.core.errors import PermissionDenied
from radprev_desktop.core.model import ReportKind, SourceType, Urgency
from radprev_desktop.core.reports.disclosure import record_generation
from radprev_desktop.core.reports.flowables import (
    Story,
    boxed,
    data_table,
    key_values,
    notice,
    title_block,
)
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH, Report, finish, furniture_for
from radprev_desktop.core.reports.typography import markup, rich
from radprev_desktop.core.services import training, users
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.training import library, messages
from radprev_desktop.core.training.feedback import Outcome

ABOUT = QT_TRANSLATE_NOOP(
    "reports",
    "A record of practice on synthetic scenarios in a training vault. It says nothing about "
    "any real person, and no prisoner is scored: only the trainee's exercises are described.",
)
# The report's words, marked so lupdate collects them in the "reports" context.
LABELS = (
    QT_TRANSLATE_NOOP("reports", "Training record"),
    QT_TRANSLATE_NOOP("reports", "Trainee"),
    QT_TRANSLATE_NOOP("reports", "Exercises started"),
    QT_TRANSLATE_NOOP("reports", "Exercises completed"),
    QT_TRANSLATE_NOOP("reports", "Exercises"),
    QT_TRANSLATE_NOOP("reports", "Started"),
    QT_TRANSLATE_NOOP("reports", "Scenario"),
    QT_TRANSLATE_NOOP("reports", "Language"),
    QT_TRANSLATE_NOOP("reports", "Done well"),
    QT_TRANSLATE_NOOP("reports", "To improve"),
    QT_TRANSLATE_NOOP("reports", "not completed"),
    QT_TRANSLATE_NOOP("reports", "What the trainee recorded"),
    QT_TRANSLATE_NOOP("reports", "Facts"),
    QT_TRANSLATE_NOOP("reports", "Assessment"),
    QT_TRANSLATE_NOOP("reports", "Items ticked"),
    QT_TRANSLATE_NOOP("reports", "none"),
    QT_TRANSLATE_NOOP("reports", "Protective factors"),
    QT_TRANSLATE_NOOP("reports", "Urgency"),
    QT_TRANSLATE_NOOP("reports", "How it is known"),
    QT_TRANSLATE_NOOP("reports", "Grading"),
    QT_TRANSLATE_NOOP("reports", "Feedback"),
    QT_TRANSLATE_NOOP("reports", "Common mistakes"),
    QT_TRANSLATE_NOOP("reports", "Mistake"),
    QT_TRANSLATE_NOOP("reports", "No mistake so far."),
    QT_TRANSLATE_NOOP("reports", "times"),
    QT_TRANSLATE_NOOP("reports", "in scenarios"),
    QT_TRANSLATE_NOOP("reports", "No exercise yet."),
)


def language_name(code: str) -> str:
    """A language as its speakers call it (the list of languages says the same), not its code."""
    lang = languages.BY_CODE.get(code)
    return lang.native_name if lang is not None else code


def _mistakes(story: Story, session: Session, trainee: str, language: str) -> None:
    reports = story.reports
    story.heading(reports.tr("Common mistakes"))
    found = training.common_mistakes(session, trainee)
    if not found:
        story.text(reports.tr("No mistake so far."), small=True)
        return
    template = library.sample_template()
    rows = [
        [
            messages.describe_mistake(m.kind, m.code, m.detail, template, language, reports),
            str(m.times),
            ", ".join(m.scenarios),
        ]
        for m in found
    ]
    story.add(
        data_table(
            [reports.tr("Mistake"), reports.tr("times"), reports.tr("in scenarios")],
            rows,
            [CONTENT_WIDTH * 0.62, CONTENT_WIDTH * 0.1, CONTENT_WIDTH * 0.28],
            story.styles,
            align_right=(1,),
        )
    )


def _exercise(story: Story, exercise: training.Exercise, language: str) -> None:
    reports = story.reports
    scenario = training.scenario_of(exercise)
    story.heading(reports.tr("%1 — %2", scenario.code, scenario.text(scenario.title, language)))
    answer = exercise.answer
    if answer is None or exercise.feedback is None:
        story.text(reports.tr("not completed"), small=True)
        return
    ticked = ", ".join(code for code, _ in answer.indicators) or reports.tr("none")
    story.add(
        key_values(
            [
                (reports.tr("Started"), reports.datetime(exercise.started_at)),
                (reports.tr("Items ticked"), ticked),
                (
                    reports.tr("Protective factors"),
                    "; ".join(answer.protective_factors) or reports.tr("none"),
                ),
                (
                    reports.tr("Urgency"),
                    reports.tr(messages.URGENCY_WORDS[Urgency(answer.urgency)]),
                ),
                (
                    reports.tr("How it is known"),
                    reports.tr(messages.SOURCE_WORDS[SourceType(answer.source_type)]),
                ),
                (
                    reports.tr("Grading"),
                    f"{answer.source_grade} / {answer.information_grade} / {answer.handling}",
                ),
            ],
            story.styles,
        )
    )
    story.add(boxed(reports.tr("Facts"), answer.facts, story.styles))
    story.add(
        boxed(reports.tr("Assessment"), answer.assessment, story.styles, empty=reports.tr("none"))
    )
    story.subheading(reports.tr("Feedback"))
    explained = messages.explain_all(
        exercise.feedback, scenario, library.sample_template(), language
    )
    for point in explained:
        mark = reports.tr(messages.OUTCOME_WORDS[point.outcome])
        text = f"<b>{markup(mark)}:</b> {markup(point.headline)}"
        if point.why and point.outcome is not Outcome.GOOD:
            text += f" <i>{markup(point.why)}</i>"
        story.add(rich(text, story.styles.body))


def training_record(session: Session, trainee: str, *, language: str | None = None) -> Report:
    """The training record of `trainee`: their own, or anyone's for a trainer."""
    training.require_training(session)
    if not policy.may_print_training_record(session, trainee):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only a trainer prints another trainee's training record.")
        )
    user = users.display_names(session, [trainee])
    furniture = furniture_for(session, QT_TRANSLATE_NOOP("reports", "Training record"), language)
    reports = furniture.reports
    lang = reports.language
    story = Story(furniture)
    story.add(*title_block(furniture, story.styles))
    story.add(notice(reports.tr(ABOUT), story.styles))
    exercises = training.list_exercises(session, trainee)
    completed = [e for e in exercises if e.completed]
    story.add(
        key_values(
            [
                (reports.tr("Trainee"), f"{user.get(trainee, trainee)} ({trainee})"),
                (reports.tr("Exercises started"), str(len(exercises))),
                (reports.tr("Exercises completed"), str(len(completed))),
            ],
            story.styles,
        )
    )
    story.heading(reports.tr("Exercises"))
    if not exercises:
        story.text(reports.tr("No exercise yet."), small=True)
    else:
        rows = [
            [
                reports.datetime(e.started_at),
                f"{e.scenario_code}",
                language_name(e.language),
                str(e.done_well) if e.completed else "—",
                str(e.to_improve) if e.completed else reports.tr("not completed"),
            ]
            for e in reversed(exercises)
        ]
        story.add(
            data_table(
                [
                    reports.tr(h)
                    for h in ("Started", "Scenario", "Language", "Done well", "To improve")
                ],
                rows,
                [CONTENT_WIDTH * w for w in (0.22, 0.38, 0.12, 0.14, 0.14)],
                story.styles,
                align_right=(3, 4),
            )
        )
        _mistakes(story, session, trainee, lang)
        for exercise in reversed(completed):
            _exercise(story, exercise, lang)
    report = finish(
        furniture, story.items, ReportKind.TRAINING_RECORD, contains_personal_data=False
    )
    record_generation(
        session,
        report.document_id,
        ReportKind.TRAINING_RECORD,
        object_type="trainee",
        object_id=trainee,
        reason="training",
        exercises=len(exercises),
    )
    return report
