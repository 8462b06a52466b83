"""Record sync kinds: serialize → validate → apply at a central vault, by the changes outbox."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Grading, Mode, Role
from radprev_desktop.core.services import (
    observation_amendments,
    observations,
    retention,
    reviews,
    subjects,
    users,
)
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.registry import sync_kinds as kinds
from tests.conftest import PASSWORD, create_vault
from tests.unit.records_support import origin_of, subject, submitted


def _ship(source: Session, central: Session) -> list[str]:
    """Carry every pending change through JSON, as a package would; returns apply results."""
    registry = kinds()
    results = []
    pending = source.con.execute(
        "SELECT seq, kind, object_id, version FROM changes WHERE package_seq IS NULL ORDER BY seq"
    ).fetchall()
    records = []
    for seq, kind, object_id, version in pending:
        record = json.loads(json.dumps(registry[kind].serialize(source.con, object_id, version)))
        records.append((registry[kind].order, seq, kind, record))
    for _, _, kind, record in sorted(records, key=lambda r: (r[0], r[1])):
        registry[kind].validate(record)
        with central.transaction() as con:
            results.append(registry[kind].apply(con, record, origin_of(source)))
    with source.transaction() as con:
        con.execute("UPDATE changes SET package_seq = 1 WHERE package_seq IS NULL")
    return results


@pytest.fixture
def central(tmp_path: Path) -> Session:
    session, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "CENTRAL")
    yield session  # type: ignore[misc]
    session.close()


def test_kinds_are_registered() -> None:
    assert {"subject", "observation", "review", "tombstone"} <= set(kinds())


def test_records_arrive_without_source_identity(
    officer: Session, supervisor: Session, central: Session
) -> None:
    s = subject(officer, family="Петровић")
    data = observations.ObservationInput(
        subject_id=s.id,
        facts="Passed a note.",
        assessment="Possibly about a debt.",
        other_explanations="A debt over tobacco.",
        source_identity="Informant 12",
    )
    obs = observations.record(officer, data, submit_now=True)
    reviews.regrade(supervisor, obs.id, Grading("3x5x2", "2", "B", "P"), "corroborated")
    observation_amendments.amend(
        officer, obs.id, "time corrected", {"event_start": "2026-10-01T09:00"}
    )
    draft = observations.create_draft(officer, data)
    results = _ship(officer, central)
    assert results == ["inserted"] * 4  # subject, 2 versions, review; never the draft
    rows = central.con.execute(
        "SELECT version, is_current, source_identity, origin_workstation, status "
        "FROM observations WHERE id = ? ORDER BY version",
        (obs.id,),
    ).fetchall()
    assert rows == [
        (1, 0, "", officer.workstation_id, "accepted"),
        (2, 1, "", officer.workstation_id, "submitted"),
    ]
    assert (
        central.con.execute(
            "SELECT count(*) FROM observations WHERE id = ?", (draft.id,)
        ).fetchone()[0]
        == 0
    )
    regrades = central.con.execute(
        "SELECT kind, source_grade FROM grade_history WHERE observation_id = ?", (obs.id,)
    ).fetchall()
    assert ("regraded", "2") in regrades
    assert _ship(officer, central) == []  # nothing left


def test_duplicates_and_conflicts(officer: Session, central: Session) -> None:
    s = subject(officer)
    obs_id = submitted(officer, s.id)
    registry = kinds()
    record = registry["observation"].serialize(officer.con, obs_id, 1)
    _ship(officer, central)
    with central.transaction() as con:
        assert registry["observation"].apply(con, record, origin_of(officer)) == "duplicate"
        changed = {**record, "facts": "Different text"}
        assert registry["observation"].apply(con, changed, origin_of(officer)) == "conflict"


def test_central_matches_subject_by_establishment_and_number(
    tmp_path: Path, officer: Session, central: Session
) -> None:
    other_admin, _ = create_vault(tmp_path / "ws2")  # same establishment PL-WAW1
    try:
        users.add_user(
            other_admin, "ola", PASSWORD, [Role.OFFICER], units=["A"], must_change_password=False
        )
        ola = VaultAccess(other_admin.folder).login("ola", PASSWORD).session
        a = subject(officer, "PL-77", "Nowak", "Jan")
        b = subject(ola, "pl 77", "Nowak", "Jan")
        assert a.id != b.id
        obs_b = submitted(ola, b.id)
        _ship(officer, central)
        assert _ship(ola, central)[0] == "duplicate"
        assert central.con.execute("SELECT count(*) FROM subjects").fetchone()[0] == 1
        stored = central.con.execute(
            "SELECT subject_id FROM observations WHERE id = ?", (obs_b,)
        ).fetchone()
        assert stored == (a.id,)
        ola.close()
    finally:
        other_admin.close()


def test_tombstone_erases_at_central(
    officer: Session, supervisor: Session, central: Session
) -> None:
    s = subject(officer)
    submitted(officer, s.id)
    _ship(officer, central)
    with officer.transaction() as con:
        for kind, oid, version in con.execute("SELECT kind, object_id, version FROM changes"):
            retention.mark_delivered(con, kind, oid, version)
    retention.decide(supervisor, s.id, "erase", "period over")
    assert _ship(officer, central) == ["inserted"]
    assert central.con.execute("SELECT count(*) FROM subjects").fetchone()[0] == 0
    assert central.con.execute("SELECT count(*) FROM observations").fetchone()[0] == 0
    assert central.con.execute("SELECT object_id FROM tombstones").fetchone() == (s.id,)


def test_malformed_records_are_refused(officer: Session) -> None:
    s = subject(officer)
    obs_id = submitted(officer, s.id)
    registry = kinds()
    good = registry["observation"].serialize(officer.con, obs_id, 1)
    for bad in (
        {**good, "version": 0},
        {**good, "urgency": "panic"},
        {**good, "status": "draft"},
        {**good, "facts": ""},
        {**good, "indicators": [{"code": "bad code"}]},
        {**good, "grading": {"preset": "3x5x2", "source": "9"}},
    ):
        with pytest.raises(ValidationError):
            registry["observation"].validate(bad)
    subject_record = registry["subject"].serialize(officer.con, s.id, 1)
    with pytest.raises(ValidationError):
        registry["subject"].validate({**subject_record, "status": "escaped"})
    with pytest.raises(ValidationError):
        registry["review"].validate({"id": "x"})


def test_subject_changes_follow_to_central(officer: Session, central: Session) -> None:
    s = subject(officer)
    _ship(officer, central)
    subjects.update_subject(officer, s.id, reason="moved", unit_code="B", cell="7")
    assert _ship(officer, central) == ["inserted"]
    row = central.con.execute(
        "SELECT unit_code, cell, version FROM subjects WHERE id = ?", (s.id,)
    ).fetchone()
    assert row == ("B", "7", 2)
    history = central.con.execute(
        "SELECT old_values FROM subject_history WHERE subject_id = ?", (s.id,)
    ).fetchone()
    assert json.loads(history[0]) == {"cell": "", "unit_code": "A"}


def test_gradings_checked_each_time_after_a_valid_one(officer: Session) -> None:
    """The observation kind remembers gradings it found valid (without conditions); a
    grading that differs in any axis is still checked and refused with its reason."""
    s = subject(officer)
    good = kinds()["observation"].serialize(officer.con, submitted(officer, s.id), 1)
    kind = kinds()["observation"]
    kind.validate(good)
    kind.validate(good)  # remembered: still accepted
    g = good["grading"]
    for changed, reason in (
        ({"source": "9"}, "Source grade"),
        ({"information": "Z"}, "Information grade"),
        ({"handling": "Q"}, "Handling code"),
        ({"handling": "C"}, "Handling C needs"),
        ({"preset": "nonexistent"}, "Unknown grading preset"),
    ):
        for _ in range(2):  # refused again: a refusal is never remembered
            with pytest.raises(ValidationError, match=reason):
                kind.validate({**good, "grading": {**g, **changed}})
