"""Supervisor review: decisions, the no-self-review rule, queue order, grade history."""

from __future__ import annotations

import pytest

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from radprev_desktop.core.model import Grading, ObservationStatus, ReviewDecision, Role, Urgency
from radprev_desktop.core.services import observation_amendments, observations, reviews
from radprev_desktop.core.services.dashboard import dashboard
from radprev_desktop.core.session import Session
from tests.unit.records_support import counts, subject, submitted


def test_accept_records_review_audits_and_queues(officer: Session, supervisor: Session) -> None:
    s = subject(officer)
    obs_id = submitted(officer, s.id)
    review = reviews.accept(supervisor, obs_id, "Clear report.")
    assert review.decision is ReviewDecision.ACCEPT and review.reviewer == "stefan"
    assert observations.get_observation(officer, obs_id).status is ObservationStatus.ACCEPTED
    assert ("review", review.id, 1) in supervisor.con.execute(
        "SELECT kind, object_id, version FROM changes"
    ).fetchall()
    entry = read_entries(supervisor.con, action="observation_reviewed")[-1]
    assert entry.details["decision"] == "accept" and "Clear" not in str(entry.details)
    with pytest.raises(Conflict):
        reviews.accept(supervisor, obs_id)


def test_return_goes_back_to_the_author(officer: Session, supervisor: Session) -> None:
    s = subject(officer)
    obs_id = submitted(officer, s.id)
    with pytest.raises(ValidationError):
        reviews.return_to_author(supervisor, obs_id, "  ")
    reviews.return_to_author(supervisor, obs_id, "Say what exactly was shouted.")
    board = dashboard(officer)
    assert [o.id for o in board.returned_to_me.items] == [obs_id]
    fixed = observation_amendments.amend(
        officer, obs_id, "added the words", {"facts": 'He shouted "x".'}
    )
    assert fixed.status is ObservationStatus.SUBMITTED and fixed.version == 2
    assert dashboard(officer).returned_to_me.items == []
    assert [o.id for o in reviews.review_queue(supervisor).items] == [obs_id]


def test_regrade_keeps_history(officer: Session, supervisor: Session) -> None:
    s = subject(officer)
    obs_id = submitted(officer, s.id)
    new = Grading("3x5x2", "2", "C", "C", "Security unit only")
    review = reviews.regrade(supervisor, obs_id, new, "Second-hand account.")
    assert review.grading == new
    obs = observations.get_observation(officer, obs_id)
    assert obs.grading.source == "1" and obs.current_grading == new
    assert obs.effective_grading == new and obs.status is ObservationStatus.ACCEPTED
    history = observations.grade_history(officer, obs_id)
    assert [(g.kind, g.grading.source) for g in history] == [("proposed", "1"), ("regraded", "2")]
    with pytest.raises(ValidationError):
        reviews.regrade(supervisor, obs_id, Grading("3x5x2", "7", "C", "P"), "bad")


def test_reject_needs_reason(officer: Session, supervisor: Session) -> None:
    s = subject(officer)
    obs_id = submitted(officer, s.id)
    before = counts(supervisor)
    with pytest.raises(ValidationError):
        reviews.reject(supervisor, obs_id, "")
    assert counts(supervisor) == before
    reviews.reject(supervisor, obs_id, "Duplicate of an earlier report.")
    assert observations.get_observation(officer, obs_id).status is ObservationStatus.REJECTED
    assert [r.decision for r in reviews.reviews_of(supervisor, obs_id)] == [ReviewDecision.REJECT]


def test_no_one_reviews_their_own_record(make_session) -> None:  # type: ignore[no-untyped-def]
    both = make_session(Role.OFFICER, Role.SUPERVISOR, username="sabina")
    s = subject(both)
    obs_id = submitted(both, s.id)
    before = counts(both)
    with pytest.raises(PermissionDenied, match="own"):
        reviews.accept(both, obs_id)
    assert counts(both) == before
    assert reviews.review_queue(both).items == []  # own records are not in the queue


def test_officer_cannot_review(officer: Session, make_session) -> None:  # type: ignore[no-untyped-def]
    other = make_session(Role.OFFICER, username="piotr")
    s = subject(other)
    obs_id = submitted(other, s.id)
    with pytest.raises(PermissionDenied):
        reviews.accept(officer, obs_id)
    with pytest.raises(PermissionDenied):
        reviews.review_queue(officer)


def test_drafts_cannot_be_reviewed(officer: Session, supervisor: Session) -> None:
    s = subject(officer)
    from tests.unit.records_support import observation_input

    draft = observations.create_draft(officer, observation_input(s.id))
    with pytest.raises(Exception, match="no such observation"):
        reviews.accept(supervisor, draft.id)


def test_queue_order_immediate_priority_then_oldest(officer: Session, supervisor: Session) -> None:
    s = subject(officer)
    first_routine = submitted(officer, s.id, urgency=Urgency.ROUTINE)
    priority = submitted(officer, s.id, urgency=Urgency.PRIORITY)
    second_routine = submitted(officer, s.id, urgency=Urgency.ROUTINE)
    immediate = submitted(officer, s.id, urgency=Urgency.IMMEDIATE)
    queue = reviews.review_queue(supervisor)
    assert [o.id for o in queue.items] == [immediate, priority, first_routine, second_routine]
    assert queue.total == 4
    board = dashboard(supervisor)
    assert [o.id for o in board.immediate_awaiting_review.items] == [immediate]
    page = reviews.review_queue(supervisor, limit=2, offset=2)
    assert [o.id for o in page.items] == [first_routine, second_routine]


def test_reading_for_review_is_an_audited_consultation(
    officer: Session, supervisor: Session
) -> None:
    obs_id = submitted(officer, subject(officer, "PL-9").id)
    supervisor.justification = None
    with pytest.raises(ValidationError):
        reviews.open_for_review(supervisor, obs_id)
    with pytest.raises(PermissionDenied):
        reviews.open_for_review(officer, obs_id)
    supervisor.justification = ("supervision", "weekly review")
    versions = reviews.open_for_review(supervisor, obs_id)
    assert versions[-1].id == obs_id and versions[-1].source_identity == ""
    row = supervisor.con.execute(
        "SELECT action, object_id, justification FROM audit ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert row == ("observation_read_for_review", obs_id, "supervision: weekly review")
