"""A rectification of an observation or a checklist run cites a version amended after the
request was recorded (decision 0023, session 9), as one of the details already did: a
version made before the request cannot be what answered it. On a workstation and on both
central stores (SQLCipher vault and PostgreSQL, `office` of test_records_on_both)."""

from __future__ import annotations

import pytest

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.services import (
    checklists,
    data_requests,
    observation_amendments,
    observations,
)
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from tests.factories import subject, submitted
from tests.unit.checklist_support import checklist_prisoner, complete
from tests.unit.test_records_on_both import Work, _as, office, work

__all__ = ["office", "work"]  # the fixtures, used by name

BEFORE = "made before the request was recorded"


def _refused(session: Session, note_id: str, version: int) -> None:
    with pytest.raises(ValidationError) as refused:
        data_requests.decide(session, note_id, "rectified", version=version)
    assert BEFORE in str(refused.value.message) and refused.value.field == "version"


def _amend(session: Session, kind: str, record_id: str, why: str) -> int:
    if kind == "observation":
        return observation_amendments.amend(session, record_id, why, {"place": "Workshop"}).version
    return checklists.amend_run(session, record_id, why).version


@pytest.mark.parametrize("kind", ["observation", "checklist_run"])
def test_at_a_workstation_only_an_amendment_after_the_request_is_cited(
    officer: Session, supervisor: Session, kind: str
) -> None:
    if kind == "observation":
        record_id = submitted(officer, subject(officer).id)
    else:
        record_id = checklists.start_run(officer, checklist_prisoner(officer).id).id
        complete(officer, record_id)
    earlier = _amend(supervisor, kind, record_id, "Typing error found at review.")
    assert earlier == 2
    note = data_requests.record_request(
        supervisor, kind, record_id, "rectification", "He says it was the workshop."
    )
    assert data_requests.citable_versions(supervisor, note) == ()
    _refused(supervisor, note.id, earlier)
    later = _amend(supervisor, kind, record_id, "Corrected at the prisoner's request.")
    assert data_requests.citable_versions(supervisor, note) == (later,)
    [line] = [
        x for x in data_requests.request_lines(supervisor, note.subject_id) if x.note.id == note.id
    ]
    assert line.citable == (later,)
    _refused(supervisor, note.id, earlier)
    decided = data_requests.decide(supervisor, note.id, "rectified", version=later)
    assert (decided.outcome, decided.outcome_version) == ("rectified", later)
    # Recorded and decided at once (the correction came first): the earlier one may be cited.
    at_once = data_requests.record_request(
        supervisor, kind, record_id, "rectification", "The date, too.",
        outcome="rectified", version=earlier,
    )  # fmt: skip
    assert at_once.outcome_version == earlier


def _imported(session: Session, work: Work) -> list[tuple[str, str]]:
    """(kind, id) of the package's records amended at the workstation (version 2)."""
    amended = [
        o.id
        for o in observations.list_for_subject(session, work.prisoners["Đorđević"])
        if o.version == 2
    ]
    assert amended
    return [("observation", amended[0]), ("checklist_run", work.run_id)]


def test_at_the_office_a_version_imported_from_before_the_request_is_not_cited(
    office: VaultAccess, work: Work, monkeypatch: pytest.MonkeyPatch
) -> None:
    sven = _as(office, "sven")  # a supervisor at the central office
    try:
        records = _imported(sven, work)
        assert records
        for kind, record_id in records:
            note = data_requests.record_request(
                sven, kind, record_id, "rectification", "He says it was the workshop."
            )
            assert data_requests.citable_versions(sven, note) == (), kind
            _refused(sven, note.id, 2)
            at_once = data_requests.record_request(
                sven, kind, record_id, "rectification", "The date, too.",
                outcome="rectified", version=2,
            )  # fmt: skip
            assert at_once.outcome_version == 2
        # A request recorded before the workstation amended the record (its clock read
        # earlier): the amendment that arrived later answers it.
        monkeypatch.setattr(data_requests, "now_iso", lambda: "2001-01-01T00:00:00.000000Z")
        for kind, record_id in records:
            note = data_requests.record_request(
                sven, kind, record_id, "rectification", "He says it was the yard."
            )
            assert data_requests.citable_versions(sven, note) == (2,), kind
            decided = data_requests.decide(sven, note.id, "rectified", version=2)
            assert decided.outcome_version == 2
    finally:
        sven.close()
