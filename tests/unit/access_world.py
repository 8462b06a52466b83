"""The world of the access-by-unit tests: units A and B, seven roles, a unit-B prisoner.

Shared by tests/unit/test_access_by_unit.py and its probe table (access_cases.py).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from radprev_desktop.core.model import (
    Justification,
    JustificationReason,
    Subject,
    Urgency,
)
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    checklists,
    observations,
    subjects,
)
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.session import Session
from tests.factories import observation_input

REASON = ("supervision", "access-by-unit test")
ROLES = ("olga", "piotr", "sara", "stefan", "wanda", "aida", "admin")
TODAY = date.today()
LATER = (TODAY + timedelta(days=90)).isoformat()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()
B_FAMILY = "Zebrowska"


@dataclass
class World:
    sessions: dict[str, Session]
    b: Subject
    a: Subject
    obs_b: str
    run_b: str
    review_b: str
    counter: list[int] = field(default_factory=lambda: [0])
    out: Path = Path()

    def folder(self) -> Path:
        """A new, empty folder for what a probe writes (handover files)."""
        self.counter[0] += 1
        made = self.out / f"probe-{self.counter[0]}"
        made.mkdir(parents=True)
        return made

    @property
    def admin(self) -> Session:
        return self.sessions["admin"]

    @property
    def piotr(self) -> Session:
        return self.sessions["piotr"]

    def number(self) -> str:
        self.counter[0] += 1
        return f"PL-9{self.counter[0]:03d}"

    def subject_in_b(self) -> Subject:
        return subjects.create_subject(
            self.admin,
            prison_number=self.number(),
            family_name=B_FAMILY,
            given_names="Ewa",
            unit="B",
        )

    def submitted_b(self) -> str:
        return observations.record(
            self.piotr, observation_input(self.b.id, urgency=Urgency.IMMEDIATE), submit_now=True
        ).id

    def draft_b(self) -> str:
        return observations.create_draft(self.piotr, observation_input(self.b.id)).id

    def run_draft_b(self) -> str:
        return checklists.start_run(self.piotr, self.b.id).id

    def completed_run_b(self) -> str:
        run = checklists.start_run(self.piotr, self.b.id)
        checklists.save_answers(
            self.piotr,
            run.id,
            [AnswerInput("P2", Answer.OBSERVED, "Attends the carpentry course every day.")],
            Sections(other_explanations="A debt over tobacco may explain it."),
        )
        checklists.complete_run(self.piotr, run.id, "Keeps to himself at exercise.", LATER)
        return run.id


# --- probes: each returns whether the call reached the unit-B prisoner's data ---------------

Probe = Callable[[World, Session], bool]


@dataclass(frozen=True)
class Case:
    probe: Probe
    permission: Permission
    #: Roles expected to reach B; None: every role whose scope of `permission` covers B.
    expect: frozenset[str] | None = None


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _ids(items: object) -> set[str]:
    return {getattr(i, "subject_id", None) or getattr(i, "id", "") for i in items}  # type: ignore[attr-defined]


def _justification() -> Justification:
    return Justification(JustificationReason.SUPERVISION, "access-by-unit test")
