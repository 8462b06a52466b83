"""Checklist runs as a USB record kind: validation, duplicates, conflicts, a central office."""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Mode, Subject
from radprev_desktop.core.services import checklists
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.registry import sync_kinds as kinds
from tests.factories import create_vault
from tests.unit.checklist_support import checklist_prisoner
from tests.unit.checklist_support import complete as _complete
from tests.unit.records_support import origin_of


@pytest.fixture
def prisoner(officer: Session) -> Subject:
    return checklist_prisoner(officer)


def test_sync_roundtrip_duplicate_and_conflict(officer: Session, prisoner: Subject) -> None:
    run = checklists.start_run(officer, prisoner.id)
    _complete(officer, run.id)
    kind = kinds()["checklist_run"]
    record = kind.serialize(officer.con, run.id, 1)
    kind.validate(record)
    with officer.transaction() as con:
        assert kind.apply(con, record, origin_of(officer)) == "duplicate"
        assert kind.apply(con, dict(record, summary="other"), origin_of(officer)) == "conflict"
    for bad in (
        dict(record, version="1"),
        dict(record, summary="x" * 5000),
        dict(
            record,
            answers=[
                {"item_code": "A1.1", "answer": "ticked", "evidence": "", "evidence_date": None}
            ],
        ),
        dict(record, next_review_date="soon"),
    ):
        with pytest.raises(ValidationError):
            kind.validate(bad)


def test_sync_apply_inserts_at_another_vault(
    officer: Session, prisoner: Subject, tmp_path: Path
) -> None:
    run = checklists.start_run(officer, prisoner.id)
    _complete(officer, run.id)
    kind = kinds()["checklist_run"]
    record = kind.serialize(officer.con, run.id, 1)
    subject_record = kinds()["subject"].serialize(officer.con, prisoner.id, 1)
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL)
    try:
        template_service.list_templates(central)  # sample installed on first use
        with central.transaction() as con, pytest.raises(ValidationError):
            kind.apply(con, record, origin_of(officer))  # subject not there yet
        with central.transaction() as con:
            kinds()["subject"].apply(con, subject_record, origin_of(officer))
            assert kind.apply(con, record, origin_of(officer)) == "inserted"
            assert kind.apply(con, record, origin_of(officer)) == "duplicate"
        stored = central.con.execute(
            "SELECT status, origin_workstation FROM checklist_runs WHERE id = ?", (run.id,)
        ).fetchone()
        assert tuple(stored) == ("completed", officer.workstation_id)
        assert kind.serialize(central.con, run.id, 1)["answers"] == record["answers"]
    finally:
        central.close()


def test_sync_apply_installs_the_shipped_template_if_missing(
    officer: Session, prisoner: Subject, tmp_path: Path
) -> None:
    run = checklists.start_run(officer, prisoner.id)
    _complete(officer, run.id)
    record = kinds()["checklist_run"].serialize(officer.con, run.id, 1)
    subject_record = kinds()["subject"].serialize(officer.con, prisoner.id, 1)
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL)
    try:
        assert central.con.execute("SELECT count(*) FROM checklist_templates").fetchone()[0] == 0
        with central.transaction() as con:
            kinds()["subject"].apply(con, subject_record, origin_of(officer))
            assert kinds()["checklist_run"].apply(con, record, origin_of(officer)) == "inserted"
        rows = central.con.execute("SELECT code, origin FROM checklist_templates").fetchall()
        assert [tuple(r) for r in rows] == [(template_service.SAMPLE_CODE, "builtin")]
        with central.transaction() as con, pytest.raises(ValidationError):
            kinds()["checklist_run"].apply(
                con, dict(record, id="other", template_code="NOT-THERE"), origin_of(officer)
            )
    finally:
        central.close()
