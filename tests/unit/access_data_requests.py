"""Probes of the access-by-unit test for rectification requests and disputes (issue 14
item 6; decision 0023), merged into CASES by access_cases.py."""

from __future__ import annotations

from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import data_requests
from radprev_desktop.core.session import Session
from tests.unit.access_world import Case, World


def _request_b(w: World, s: Session) -> bool:
    note = data_requests.record_request(s, "subject", w.b.id, "dispute", "Wrong birth year.")
    return note.subject_id == w.b.id


def _decide_b(w: World, s: Session) -> bool:
    note = data_requests.record_request(
        w.sessions["admin"], "subject", w.b.id, "dispute", "Wrong birth year."
    )
    return data_requests.decide(s, note.id, "noted", reason="Kept beside it.").outcome == "noted"


DATA_REQUEST_CASES: dict[str, Case] = {
    "data_requests.record_request": Case(_request_b, Permission.RECORD_DATA_REQUESTS),
    "data_requests.decide": Case(_decide_b, Permission.RECORD_DATA_REQUESTS),
    "data_requests.notes_of": Case(
        lambda w, s: data_requests.notes_of(s, w.b.id) is not None, Permission.READ_SUBJECTS
    ),
    "data_requests.open_requests": Case(
        lambda w, s: data_requests.open_requests(s, w.b.id) is not None, Permission.READ_SUBJECTS
    ),
}
