"""Rectification requests and disputes (LED Art. 16) and what a restriction blocks (decision 0023)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from radprev_desktop.core.model import Mode, ReportKind, Role
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import (
    data_requests,
    handovers,
    observation_amendments,
    record_notes,
    restriction,
    subjects,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.registry import sync_kinds
from tests.factories import create_vault, subject, submitted
from tests.unit.records_support import origin_of
from tests.unit.test_access_report_redaction import pdf_text


def _queued(session: Session) -> list[tuple[str, int]]:
    return [
        (str(r[0]), int(r[1]))
        for r in session.con.execute(
            "SELECT object_id, version FROM changes WHERE kind = 'record_note' ORDER BY seq"
        )
    ]


def test_a_rectification_is_recorded_amended_and_decided(
    officer: Session, supervisor: Session
) -> None:
    prisoner = subject(officer)
    obs_id = submitted(officer, prisoner.id)
    asked = "The prisoner says he was in the workshop, not the yard, at that time."
    note = data_requests.record_request(supervisor, "observation", obs_id, "rectification", asked)
    assert note.is_open and note.version == 1 and note.subject_id == prisoner.id
    amended = observation_amendments.amend(
        supervisor, obs_id, "Place corrected at the prisoner's request.", {"place": "Workshop"}
    )
    with pytest.raises(ValidationError):
        data_requests.decide(supervisor, note.id, "rectified", version=amended.version + 1)
    with pytest.raises(ValidationError):
        data_requests.decide(supervisor, note.id, "noted", reason="kept")  # only a dispute
    decided = data_requests.decide(supervisor, note.id, "rectified", version=amended.version)
    assert (decided.outcome, decided.outcome_version, decided.version) == ("rectified", 2, 2)
    assert decided.decided_by == "stefan" and decided.text == asked
    with pytest.raises(Conflict):
        data_requests.decide(supervisor, note.id, "refused", reason="again")
    assert [n.outcome for n in data_requests.notes_of(supervisor, prisoner.id)] == ["rectified"]
    assert _queued(supervisor) == [(note.id, 1), (note.id, 2)]
    added = read_entries(supervisor.con, action="record_note_added")[-1]
    assert added.object_id == obs_id and added.details["kind"] == "rectification"
    assert "workshop" not in json.dumps(added.details).lower()  # what was asked is not logged
    done = read_entries(supervisor.con, action="record_note_decided")[-1]
    assert done.details == {"note_id": note.id, "outcome": "rectified", "version": 2}


def test_disputes_refusals_and_who_may(
    officer: Session, supervisor: Session, make_session: Callable[..., Session]
) -> None:
    prisoner = subject(officer)
    obs_id = submitted(officer, prisoner.id)
    admin = make_session(Role.ADMINISTRATOR, username="adela")
    with pytest.raises(PermissionDenied):
        data_requests.record_request(officer, "subject", prisoner.id, "dispute", "Wrong year.")
    with pytest.raises(PermissionDenied):  # an administrator: the file's details only
        data_requests.record_request(admin, "observation", obs_id, "dispute", "Not me.")
    with pytest.raises(ValidationError):
        data_requests.record_request(supervisor, "subject", prisoner.id, "dispute", "   ")
    with pytest.raises(ValidationError):
        data_requests.record_request(
            supervisor, "subject", prisoner.id, "rectification", "Birth year.", outcome="refused"
        )  # a refusal without its reason
    refused = data_requests.record_request(
        admin,
        "subject",
        prisoner.id,
        "rectification",
        "Born in 1990, not 1989.",
        outcome="refused",
        reason="The court record says 1989.",
    )
    assert refused.outcome == "refused" and refused.outcome_reason.startswith("The court")
    noted = data_requests.record_request(
        supervisor, "observation", obs_id, "dispute", "He says he did not shout."
    )
    noted = data_requests.decide(supervisor, noted.id, "noted", reason="His view is kept.")
    kinds = [(n.kind, n.outcome) for n in data_requests.notes_of(supervisor, prisoner.id)]
    assert kinds == [("rectification", "refused"), ("dispute", "noted")]


def test_a_restricted_file_blocks_reports_corrections_and_handovers(
    officer: Session, supervisor: Session, auditor: Session
) -> None:
    prisoner = subject(officer)
    obs_id = submitted(officer, prisoner.id)
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed, DPO 2026/3.")
    why = "official: DPO check"
    for session, request in (
        (supervisor, ReportRequest(ReportKind.SUBJECT, why, subject_id=prisoner.id)),
        (officer, ReportRequest(ReportKind.OBSERVATION, why, observation_id=obs_id)),
    ):
        with pytest.raises(Conflict, match="restricted"):
            generate(session, request)
    access = generate(auditor, ReportRequest(ReportKind.ACCESS, why, subject_id=prisoner.id))
    assert access.pages >= 1  # the person's own access is never blocked
    with pytest.raises(Conflict, match="rectification request"):
        observation_amendments.amend(supervisor, obs_id, "Time corrected.", {"place": "Hall"})
    with pytest.raises(Conflict, match="rectification request"):
        subjects.update_subject(supervisor, prisoner.id, reason="typo", family_name="Kowalsky")
    moved = subjects.update_subject(supervisor, prisoner.id, reason="moved", cell="12")
    assert moved.cell == "12"  # where the person is held is kept current
    with pytest.raises(Conflict):
        handovers.collect(supervisor, prisoner.id, due_for_release=True)

    # An open rectification request lets exactly that record be corrected.
    data_requests.record_request(supervisor, "observation", obs_id, "rectification", "Hall.")
    amended = observation_amendments.amend(supervisor, obs_id, "As requested.", {"place": "Hall"})
    assert amended.version == 2
    with pytest.raises(Conflict):
        subjects.update_subject(supervisor, prisoner.id, reason="typo", family_name="Kowalsky")

    restriction.set_restriction(supervisor, prisoner.id, False, "Rectified; restriction lifted.")
    report = generate(supervisor, ReportRequest(ReportKind.SUBJECT, why, subject_id=prisoner.id))
    assert report.pages >= 1


@pytest.fixture
def central(tmp_path: Path) -> Session:
    session, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "CENTRAL")
    yield session  # type: ignore[misc]
    session.close()


def _ship(source: Session, central: Session) -> list[tuple[str, str]]:
    """Carry every pending change through JSON as a package would (kind, result)."""
    kinds = sync_kinds()
    pending = source.con.execute(
        "SELECT seq, kind, object_id, version FROM changes WHERE package_seq IS NULL ORDER BY seq"
    ).fetchall()
    assert pending
    records = [
        (kinds[k].order, seq, k, json.loads(json.dumps(kinds[k].serialize(source.con, i, v))))
        for seq, k, i, v in pending
    ]
    results = []
    for _, _, kind, record in sorted(records, key=lambda r: (r[0], r[1])):
        kinds[kind].validate(record)
        with central.transaction() as con:
            results.append((kind, kinds[kind].apply(con, record, origin_of(source))))
    with source.transaction() as con:
        con.execute("UPDATE changes SET package_seq = 1 WHERE package_seq IS NULL")
    return results


def test_notes_travel_to_the_central_office_with_their_decisions(
    officer: Session, supervisor: Session, central: Session
) -> None:
    prisoner = subject(officer)
    obs_id = submitted(officer, prisoner.id)
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed.")
    note = data_requests.record_request(supervisor, "observation", obs_id, "dispute", "Not me.")
    results = _ship(supervisor, central)
    assert [r for k, r in results if k == "record_note"] == ["inserted", "inserted"]
    held = record_notes.of_subject(central.con, prisoner.id)
    assert [(n.kind, n.outcome) for n in held] == [("restriction_set", ""), ("dispute", "open")]
    delivered = central.con.execute(
        "SELECT count(*) FROM record_notes WHERE delivered_at IS NOT NULL"
    ).fetchone()[0]
    assert delivered == 2
    assert subjects.load_subject(central.con, prisoner.id).restricted  # type: ignore[union-attr]

    data_requests.decide(supervisor, note.id, "noted", reason="Kept beside the record.")
    assert _ship(supervisor, central) == [("record_note", "inserted")]
    at_central = record_notes.get(central.con, note.id)
    assert at_central is not None and (at_central.version, at_central.outcome) == (2, "noted")
    # The same decision again is a duplicate; a forged change of what was asked is a conflict.
    kind = sync_kinds()["record_note"]
    record = kind.serialize(supervisor.con, note.id, 2)
    with central.transaction() as con:
        assert kind.apply(con, record, origin_of(supervisor)) == "duplicate"
        forged = {**record, "version": 3, "text": "Something else."}
        assert kind.apply(con, forged, origin_of(supervisor)) == "conflict"
    with pytest.raises(ValidationError):
        kind.validate({**record, "kind": "restriction_set"})  # a restriction has no outcome


def test_the_access_report_prints_requests_and_their_outcome(
    officer: Session, supervisor: Session, auditor: Session
) -> None:
    prisoner = subject(officer)
    other = subject(officer, number="PL-1002", family="Zielinski", given="Marek")
    obs_id = submitted(officer, prisoner.id)
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed.")
    data_requests.record_request(
        supervisor,
        "observation",
        obs_id,
        "dispute",
        f"He says {other.family_name} shouted, not him.",
        outcome="noted",
        reason="His account is kept beside the record.",
    )
    report = generate(
        auditor, ReportRequest(ReportKind.ACCESS, "official: request", subject_id=prisoner.id)
    )
    text = " ".join(pdf_text(report.pdf).split())
    assert "Rectification, disputes and restriction" in text
    assert "Processing restricted" in text and "Accuracy disputed." in text
    assert "noted beside the record: His account is kept beside the record." in text
    assert "Observation 1 of 1" in text
    assert "Zielinski" not in text and "[another prisoner] shouted" in text
