"""Review dates and retention: keep, anonymise, erase; delivered-only purge; tombstones."""

from __future__ import annotations

import pytest

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from radprev_desktop.core.model import RetentionDecision
from radprev_desktop.core.services import (
    checklist_rows,
    observation_amendments,
    observations,
    retention,
    reviews,
    search,
    subjects,
    tombstone_sync,
)
from radprev_desktop.core.services.dashboard import dashboard
from radprev_desktop.core.session import Session
from tests.unit.records_support import counts, subject, submitted


def _overdue(officer: Session, number: str = "PL-1", family: str = "Kowalski") -> str:
    s = subject(officer, number, family)
    with officer.transaction() as con:
        con.execute("UPDATE subjects SET review_due = '2025-01-01' WHERE id = ?", (s.id,))
    return s.id


def _deliver_all(session: Session) -> None:
    with session.transaction() as con:
        for kind, oid, version in con.execute(
            "SELECT kind, object_id, version FROM changes"
        ).fetchall():
            retention.mark_delivered(con, kind, oid, version)


def test_overdue_list_and_keep(officer: Session, supervisor: Session) -> None:
    sid = _overdue(officer)
    subject(officer, "PL-2", "Nowak")
    assert [s.id for s in retention.overdue(supervisor).items] == [sid]
    assert [s.id for s in dashboard(supervisor).overdue_reviews.items] == [sid]
    with pytest.raises(PermissionDenied):
        retention.overdue(officer)
    with pytest.raises(ValidationError):
        retention.decide(supervisor, sid, "keep", "")
    with pytest.raises(ValidationError):
        retention.decide(supervisor, sid, "keep", "still relevant", new_review_due="2020-01-01")
    out = retention.decide(supervisor, sid, RetentionDecision.KEEP, "Ongoing concern")
    assert out.new_review_due and out.new_review_due > "2026-01-01"
    assert retention.overdue(supervisor).items == []
    assert subjects.get_subject(supervisor, sid).review_due == out.new_review_due
    assert read_entries(supervisor.con, action="retention_keep")


def test_purge_refused_until_delivered(officer: Session, supervisor: Session) -> None:
    sid = _overdue(officer)
    submitted(officer, sid)
    before = counts(supervisor)
    with pytest.raises(Conflict, match="not been delivered"):
        retention.decide(supervisor, sid, "erase", "No longer needed")
    with pytest.raises(Conflict, match="not been delivered"):
        retention.decide(supervisor, sid, "anonymise", "No longer needed")
    assert counts(supervisor) == before


def test_erase_leaves_tombstone_and_queues_it(officer: Session, supervisor: Session) -> None:
    sid = _overdue(officer, family="Łukaszewicz")
    obs_id = submitted(officer, sid)
    reviews.accept(supervisor, obs_id)
    observation_amendments.amend(officer, obs_id, "typo", {"place": "Yard 4"})
    _deliver_all(officer)
    out = retention.decide(supervisor, sid, "erase", "Period over, nothing further")
    assert out.tombstone_id and out.observations_affected == 1
    with pytest.raises(NotFound):
        subjects.get_subject(supervisor, sid)
    left = counts(supervisor)
    assert left["subjects"] == 0 and left["observations"] == 0 and left["reviews"] == 0
    assert left["observation_search"] == 0 and left["subject_search"] == 0
    assert left["grade_history"] == 0 and left["subject_history"] == 0
    assert left["tombstones"] == 1
    change = supervisor.con.execute(
        "SELECT kind, object_id, op FROM changes WHERE kind = 'tombstone'"
    ).fetchone()
    assert change == ("tombstone", out.tombstone_id, "tombstone")
    assert search.search(supervisor, "lukaszewicz").subjects.items == []
    record = tombstone_sync.serialize(supervisor.con, out.tombstone_id, 1)
    assert record["object_id"] == sid and "Łukaszewicz" not in str(record)
    tombstone_sync.KIND.validate(record)


def test_anonymise_removes_names_and_text(officer: Session, supervisor: Session) -> None:
    sid = _overdue(officer, family="Đorđević")
    obs_id = submitted(officer, sid, facts="Said something about Đorđević's cousin.")
    _deliver_all(officer)
    out = retention.decide(supervisor, sid, "anonymise", "Released two years ago")
    s = subjects.get_subject(supervisor, sid)
    assert s.anonymised and s.family_name == "Anonymised" and s.prison_number.startswith("ANON-")
    assert all(
        "Đorđević" not in str(h.old_values) for h in subjects.subject_history(supervisor, sid)
    )
    obs = observations.get_observation(supervisor, obs_id)
    assert obs.facts == retention.REMOVED and obs.place == retention.REMOVED
    assert search.search(supervisor, "dordevic").observations.items == []
    assert out.observations_affected == 1
    with pytest.raises(Conflict):
        subjects.update_subject(officer, sid, reason="x", cell="1")


def test_anonymise_may_keep_text(officer: Session, supervisor: Session) -> None:
    sid = _overdue(officer)
    obs_id = submitted(officer, sid, facts="Refused to attend the workshop.")
    _deliver_all(officer)
    retention.decide(supervisor, sid, "anonymise", "Keep pattern data", keep_text=True)
    assert observations.get_observation(supervisor, obs_id).facts.startswith("Refused")


def test_officer_cannot_decide_and_admin_may_erase(
    officer: Session, supervisor: Session, admin: Session
) -> None:
    sid = _overdue(officer)
    with pytest.raises(PermissionDenied):
        retention.decide(officer, sid, "erase", "x")
    with pytest.raises(ValidationError):
        retention.decide(supervisor, sid, "shred", "x")
    _deliver_all(officer)
    with pytest.raises(PermissionDenied):
        retention.erase_subject(supervisor, sid, "unlawful")
    out = retention.erase_subject(admin, sid, "Recorded by mistake")
    assert out.decision is RetentionDecision.ERASE
    entry = read_entries(admin.con, action="subject_erased")[-1]
    assert entry.details["by"] == "administrator"


def test_changed_subject_needs_delivery_again(officer: Session, supervisor: Session) -> None:
    sid = _overdue(officer)
    _deliver_all(officer)
    assert retention.undelivered(officer.con, sid) == 0
    subjects.update_subject(officer, sid, reason="moved", unit_code="B")
    assert retention.undelivered(officer.con, sid) == 1


def test_retention_covers_checklist_runs(officer: Session, supervisor: Session) -> None:
    """An undelivered completed run blocks anonymisation; once delivered, its text is scrubbed."""
    from datetime import date, timedelta

    from radprev_desktop.core.services import checklists
    from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections

    sid = _overdue(officer, number="PL-77", family="Zogaj")
    _deliver_all(officer)
    run = checklists.start_run(officer, sid)
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    checklists.save_answers(
        officer,
        run.id,
        [AnswerInput("A2.2", Answer.OBSERVED, "Gave orders to Zogaj's cellmates.", yesterday)],
        Sections(protective_none_observed=True, other_explanations_none=True),
    )
    checklists.complete_run(
        officer, run.id, "Zogaj led the group.", (date.today() + timedelta(days=90)).isoformat()
    )
    with pytest.raises(Conflict):
        retention.decide(supervisor, sid, "anonymise", "Released long ago")
    _deliver_all(officer)
    assert checklist_rows.undelivered_for_subject(officer.con, sid) == 0
    retention.decide(supervisor, sid, "anonymise", "Released long ago")
    scrubbed = checklists.get_run(supervisor, run.id, audit=False)
    assert "Zogaj" not in scrubbed.summary
    assert "Zogaj" not in (scrubbed.answer_for("A2.2").evidence or "")  # type: ignore[union-attr]
