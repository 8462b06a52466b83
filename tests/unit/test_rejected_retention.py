"""Rejected reports are erased after their own period, with a tombstone and an audit entry."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.errors import ForeignRecord, NotFound, PermissionDenied
from radprev_desktop.core.outbox import Origin
from radprev_desktop.core.services import (
    observations,
    rejected_retention,
    reviews,
    settings,
    tombstone_sync,
)
from radprev_desktop.core.session import Session
from tests.factories import subject, submitted

LATER = date.today() + timedelta(days=200)  # past the default 6 months after a rejection


def _three_reports(officer: Session, supervisor: Session) -> tuple[str, str, str]:
    prisoner = subject(officer)
    kept, rejected, returned = (
        submitted(officer, prisoner.id, facts=f"{word} report: refused to return the tray.")
        for word in ("Kept", "Rejected", "Returned")
    )
    reviews.accept(supervisor, kept, "Clear.")
    reviews.reject(supervisor, rejected, "Duplicate of an earlier report.")
    reviews.return_to_author(supervisor, returned, "Say what was refused.")
    return kept, rejected, returned


def test_rejected_reports_are_erased_after_their_period(
    officer: Session, supervisor: Session
) -> None:
    kept, rejected, returned = _three_reports(officer, supervisor)
    assert rejected_retention.expired(supervisor).observation_ids == ()
    assert rejected_retention.expired(supervisor, LATER).observation_ids == (rejected,)

    erased = rejected_retention.erase_expired(supervisor, LATER)
    assert erased.observation_ids == (rejected,) and erased.months == 6
    with pytest.raises(NotFound):
        observations.get_observation(supervisor, rejected)
    for other in (kept, returned):  # accepted and returned reports follow the file's review
        assert observations.get_observation(supervisor, other).id == other
    assert (
        supervisor.con.execute(
            "SELECT count(*) FROM reviews WHERE observation_id = ?", (rejected,)
        ).fetchone()[0]
        == 0
    )
    tomb = supervisor.con.execute(
        "SELECT object_kind, reason_code FROM tombstones WHERE object_id = ?", (rejected,)
    ).fetchall()
    assert [tuple(r) for r in tomb] == [("observation", "rejected_expired")]
    queued = supervisor.con.execute(
        "SELECT op FROM changes WHERE kind = 'tombstone' AND package_seq IS NULL"
    ).fetchall()
    assert [r[0] for r in queued] == ["tombstone"]
    entry = read_entries(supervisor.con, action="rejected_report_erased")[-1]
    assert entry.object_id == rejected and entry.details["months"] == 6
    assert "refused" not in str(entry.details)  # no text of the report in the log
    assert rejected_retention.erase_expired(supervisor, LATER).observation_ids == ()


def test_the_period_is_the_administrators(
    officer: Session, supervisor: Session, admin: Session
) -> None:
    _, rejected, _ = _three_reports(officer, supervisor)
    settings.set_setting(admin, "retention_months", {"rejected": 12})
    assert rejected_retention.expired(supervisor, LATER).observation_ids == ()
    later_still = LATER + timedelta(days=200)
    assert rejected_retention.expired(supervisor, later_still).observation_ids == (rejected,)


def test_officers_cannot_run_the_job(officer: Session, supervisor: Session) -> None:
    _three_reports(officer, supervisor)
    with pytest.raises(PermissionDenied):
        rejected_retention.erase_expired(officer, LATER)


def test_the_central_office_erases_its_copy(officer: Session, supervisor: Session) -> None:
    prisoner = subject(officer)
    first, second = (
        submitted(officer, prisoner.id, facts=f"Report {n}: kicked the cell door.") for n in (1, 2)
    )
    reviews.reject(supervisor, first, "Not about this prisoner.")
    rejected_retention.erase_expired(supervisor, LATER)
    reviews.reject(supervisor, second, "Not about this prisoner.")
    assert observations.get_observation(supervisor, second).id == second
    tomb_id = supervisor.con.execute(
        "SELECT id FROM tombstones WHERE object_id = ?", (first,)
    ).fetchone()[0]
    record = tombstone_sync.serialize(supervisor.con, tomb_id, 1)
    assert record["object_kind"] == "observation"
    # The central office's copy of a rejected report, told by the establishment that made
    # it: here the second report stands for it (the first is already gone).
    assert rejected_retention.purge_observation(supervisor.con, first) == 0
    echo = {**record, "id": "tomb-2", "object_id": second}
    sender = Origin(supervisor.workstation_id, supervisor.establishment_code)
    with pytest.raises(ForeignRecord):
        tombstone_sync.apply(supervisor.con, echo, Origin("ws-elsewhere", "PL-ELSEWHERE"))
    with supervisor.transaction() as con:
        assert tombstone_sync.apply(con, echo, sender) == "inserted"
    with pytest.raises(NotFound):
        observations.get_observation(supervisor, second)
