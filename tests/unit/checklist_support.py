"""Shared steps of the checklist tests: a prisoner, and a run completed the usual way."""

from __future__ import annotations

from datetime import date, timedelta

from radprev_desktop.core.model import Subject
from radprev_desktop.core.services import checklists, subjects
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.session import Session

TODAY = date.today()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()
NEXT_REVIEW = (TODAY + timedelta(days=90)).isoformat()


def checklist_prisoner(officer: Session) -> Subject:
    """The synthetic prisoner the checklist tests run checklists for."""
    return subjects.create_subject(
        officer, prison_number="PL-2044", family_name="Wiśniewski", given_names="Łukasz", unit="A"
    )


def complete(session: Session, run_id: str) -> checklists.ChecklistRun:
    """Answer three items (one observed with a dated example) and complete the run."""
    checklists.save_answers(
        session,
        run_id,
        [
            AnswerInput(
                "A2.2", Answer.OBSERVED, "Gave orders to three men at exercise.", YESTERDAY
            ),
            AnswerInput("A1.1", Answer.NOT_OBSERVED),
            AnswerInput("P2", Answer.OBSERVED, "Attends the carpentry course every day."),
        ],
        Sections(other_explanations="Possibly a debt dispute over tobacco."),
    )
    return checklists.complete_run(session, run_id, "Leading role at exercise.", NEXT_REVIEW)
