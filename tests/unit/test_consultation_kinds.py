"""Every kind of consultation leaves an audit entry with its purpose (issue 14, Tests).

The kinds are read from the code: every action a service hands to
`consultation.record` (tests/audit_codes.py follows the calls) and every action the
DPO's questions count as a consultation (`dpo_questions.CONSULTATIONS`). Each kind
has a performer below that does it through the service on a real vault, with a
reason; the test then finds the entry with that action and the reason's words. A new
kind of consultation in the code without a performer here fails the first test.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.model import SourceType, Urgency
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.services import (
    checklists,
    dashboard,
    observations,
    referrals,
    reviews,
    search,
    subject_duplicates,
    subject_file,
    subject_search,
    transfers,
)
from radprev_desktop.core.services.dpo_questions import CONSULTATIONS
from radprev_desktop.core.services.justification import make_justification
from radprev_desktop.core.session import Session
from tests.audit_codes import PACKAGE, written_codes
from tests.factories import observation_input, subject

WHY = ("supervision", "consultation kinds test")
SAID = "supervision: consultation kinds test"


@dataclass
class World:
    officer: Session
    supervisor: Session
    subject_id: str
    observation_id: str
    informed_id: str


def _passed_to_consultation_record() -> set[str]:
    """The action of every `consultation.record(session, "…")` call in the code base."""
    found: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", "") == "record"
                and getattr(getattr(node.func, "value", None), "id", "") == "consultation"
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
            ):
                found.add(str(node.args[1].value))
    return found


def kinds() -> set[str]:
    """Every consultation kind the code writes."""
    return (_passed_to_consultation_record() | set(CONSULTATIONS)) & written_codes().codes


Performer = Callable[[World], object]
PERFORMERS: dict[str, Performer] = {
    "subjects_listed": lambda w: subject_search.list_subjects(w.supervisor),
    "subjects_searched": lambda w: subject_search.search_subjects(w.supervisor, "Kowalski"),
    "search": lambda w: search.search(w.supervisor, "yard"),
    "observations_listed": lambda w: search.list_observations(w.supervisor),
    "observation_read": lambda w: observations.get_observation(w.supervisor, w.observation_id),
    "observation_history_read": lambda w: observations.history(w.supervisor, w.observation_id),
    "observation_read_for_review": lambda w: reviews.open_for_review(
        w.supervisor, w.observation_id
    ),
    "source_identity_viewed": lambda w: observations.get_observation(
        w.supervisor, w.informed_id, include_source_identity=True
    ),
    "subject_details_opened": lambda w: subject_file.open_details(w.supervisor, w.subject_id),
    "subject_file_opened": lambda w: subject_file.open_subject_file(
        w.supervisor, w.subject_id, make_justification(*WHY)
    ),
    # A draft run is its author's alone: the officer reads her own.
    "checklist_opened": lambda w: checklists.get_run(
        w.officer, checklists.start_run(w.officer, w.subject_id).id
    ),
    "checklists_listed": lambda w: checklists.runs_for_subject(
        w.supervisor, w.subject_id, audit=True
    ),
    "referrals_listed": lambda w: referrals.referrals_for_subject(
        w.supervisor, w.subject_id, audit=True
    ),
    "transfers_listed": lambda w: transfers.transfers_of(w.supervisor, w.subject_id, audit=True),
    "dashboard_viewed": lambda w: dashboard.dashboard(w.supervisor),
    "review_queue_viewed": lambda w: reviews.review_queue(w.supervisor),
    "subjects_compared": lambda w: subject_duplicates.find_similar(
        w.supervisor, family_name="Kowalski"
    ),
    "report_generated": lambda w: subject_summary(w.supervisor, w.subject_id, justification=SAID),
}
#: Kinds only a central office performs, and the test there that performs and checks them.
AT_THE_CENTRAL_OFFICE = {
    "conflict_viewed": "tests/unit/test_sync_roundtrip.py::test_conflict_is_kept_never_overwritten"
    " (the entry and its purpose checked there)",
    "link_suggestions_viewed": "tests/unit/test_central_scope.py::"
    "test_the_office_s_work_queues_are_consultations_with_their_purpose (both stores)",
    "transfers_to_issue_listed": "tests/unit/test_central_scope.py::"
    "test_the_office_s_work_queues_are_consultations_with_their_purpose (both stores)",
}


def test_every_consultation_kind_in_the_code_has_a_performer_here() -> None:
    found = kinds()
    assert found, "no consultation kinds found in the code"
    assert len(found) >= 15
    missing = sorted(found - set(PERFORMERS) - set(AT_THE_CENTRAL_OFFICE))
    assert not missing, f"perform these consultations in this test: {missing}"
    stale = sorted((set(PERFORMERS) | set(AT_THE_CENTRAL_OFFICE)) - found)
    assert not stale, f"no longer consultations in the code: {stale}"


@pytest.fixture
def world(officer: Session, supervisor: Session) -> World:
    prisoner = subject(officer)
    # Immediate: the supervisor's dashboard shows it (an empty dashboard is no consultation).
    obs = observations.record(
        officer, observation_input(prisoner.id, urgency=Urgency.IMMEDIATE), submit_now=True
    )
    told = observations.record(
        officer,
        replace(
            observation_input(prisoner.id, "Was told of a planned fight in the yard."),
            source_type=SourceType.TOLD_BY_PRISONER,
            source_identity="Cellmate of the prisoner (number withheld)",
        ),
        submit_now=True,
    )
    supervisor.justification = officer.justification = WHY
    return World(officer, supervisor, prisoner.id, obs.id, told.id)


@pytest.mark.parametrize("kind", sorted(PERFORMERS))
def test_each_consultation_is_logged_with_its_purpose(world: World, kind: str) -> None:
    before = audit.head(world.supervisor.con)[0]
    PERFORMERS[kind](world)
    entries = audit.read_entries(world.supervisor.con, since=before, action=kind)
    assert entries, f"{kind}: no audit entry"
    assert any(SAID in e.justification for e in entries), [e.justification for e in entries]
