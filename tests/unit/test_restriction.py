"""Restriction of processing (LED Art. 16): set and lifted with a reason, noted and audited."""

from __future__ import annotations

import pytest

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from radprev_desktop.core.services import restriction, subjects
from radprev_desktop.core.session import Session
from tests.factories import subject


def _notes(session: Session, subject_id: str) -> list[tuple[str, str, str]]:
    rows = session.con.execute(
        "SELECT kind, text, by_user FROM record_notes WHERE subject_id = ? ORDER BY at, rowid",
        (subject_id,),
    ).fetchall()
    return [tuple(r) for r in rows]


def test_a_supervisor_restricts_and_lifts(officer: Session, supervisor: Session) -> None:
    prisoner = subject(officer)
    assert not prisoner.restricted
    why = "The prisoner disputes the report of 1 October; DPO case 2026/14."
    restricted = restriction.set_restriction(supervisor, prisoner.id, True, why)
    assert restricted.restricted and restricted.version == prisoner.version + 1
    assert subjects.get_subject(officer, prisoner.id).restricted
    assert _notes(supervisor, prisoner.id) == [("restriction_set", why, "stefan")]
    entry = read_entries(supervisor.con, action="restriction_set")[-1]
    assert entry.object_id == prisoner.id and "disputes" not in str(entry.details)
    history = subjects.subject_history(supervisor, prisoner.id)
    assert history[-1].reason == why and "restricted" in history[-1].changed_fields
    with pytest.raises(Conflict):
        restriction.set_restriction(supervisor, prisoner.id, True, "again")

    lifted = restriction.set_restriction(supervisor, prisoner.id, False, "Corrected by amendment.")
    assert not lifted.restricted
    assert [n[0] for n in _notes(supervisor, prisoner.id)] == [
        "restriction_set",
        "restriction_lifted",
    ]
    assert read_entries(supervisor.con, action="restriction_lifted")


def test_officers_cannot_and_a_reason_is_needed(officer: Session, supervisor: Session) -> None:
    prisoner = subject(officer)
    with pytest.raises(PermissionDenied):
        restriction.set_restriction(officer, prisoner.id, True, "I think it is wrong.")
    with pytest.raises(ValidationError):
        restriction.set_restriction(supervisor, prisoner.id, True, "   ")
    assert not subjects.get_subject(supervisor, prisoner.id).restricted
    assert _notes(supervisor, prisoner.id) == []
