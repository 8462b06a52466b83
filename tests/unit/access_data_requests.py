"""Probes of the access-by-unit test for rectification requests and disputes (issue 14
item 6; decision 0023), merged into CASES by access_cases.py."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from radprev_desktop.core.i18n import report_translator
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.reports import access_report, subject_data
from radprev_desktop.core.reports.redaction import Redactor
from radprev_desktop.core.services import (
    data_requests,
    handovers,
    observation_rows,
    referrals,
    subjects,
)
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


def _citable_b(w: World, s: Session) -> bool:
    note = data_requests.record_request(
        w.sessions["admin"], "subject", w.b.id, "rectification", "Wrong birth year."
    )
    return data_requests.citable_versions(s, note) == ()


DATA_REQUEST_CASES: dict[str, Case] = {
    "data_requests.citable_versions": Case(_citable_b, Permission.RECORD_DATA_REQUESTS),
    "data_requests.record_request": Case(_request_b, Permission.RECORD_DATA_REQUESTS),
    "data_requests.decide": Case(_decide_b, Permission.RECORD_DATA_REQUESTS),
    "data_requests.notes_of": Case(
        lambda w, s: data_requests.notes_of(s, w.b.id) is not None, Permission.READ_SUBJECTS
    ),
    "data_requests.request_lines": Case(
        lambda w, s: data_requests.request_lines(s, w.b.id) is not None,
        Permission.RECORD_DATA_REQUESTS,
    ),
    "data_requests.correction_blocked": Case(
        lambda w, s: data_requests.correction_blocked(s, "observation", w.obs_b) in (True, False),
        Permission.READ_SUBJECTS,
    ),
    "data_requests.locked_details": Case(
        lambda w, s: data_requests.locked_details(s, w.b.id) is not None,
        Permission.READ_SUBJECTS,
    ),
    "data_requests.open_requests": Case(
        lambda w, s: data_requests.open_requests(s, w.b.id) is not None, Permission.READ_SUBJECTS
    ),
}


def _records_b(w: World, s: Session) -> bool:
    """The observation versions the access report and the data export print."""
    held = subjects.load_subject(s.con, w.b.id)
    assert held is not None
    obs = observation_rows.load(s.con, w.obs_b)[1]
    redactor = Redactor(s, held, report_translator("en"))
    versions, _, _ = access_report.observation_records(s, [obs], redactor)
    return bool(versions[w.obs_b])


def _export_b(w: World, s: Session) -> bool:
    folder = Path(tempfile.mkdtemp(prefix="radprev-probe-"))
    try:
        made = subject_data.export_subject_data(
            s, w.b.id, folder, justification="data_subject_request", recipient="the person"
        )
        return made.json_path.exists()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


AUDITOR_ONLY = frozenset({"aida"})  # who makes the access report: the whole vault
DATA_REQUEST_CASES.update(
    {
        "handovers.handovers_for_access_request": Case(
            lambda w, s: handovers.handovers_for_access_request(s, w.b.id) is not None,
            Permission.READ_SUBJECTS,
            AUDITOR_ONLY,
        ),
        "referrals.referrals_for_access_request": Case(
            lambda w, s: referrals.referrals_for_access_request(s, w.b.id) is not None,
            Permission.READ_SUBJECTS,
            AUDITOR_ONLY,
        ),
        "access_report.disclosed": Case(
            lambda w, s: access_report.disclosed(s, w.b.id, {w.b.id}, []) is not None,
            Permission.READ_SUBJECTS,
            AUDITOR_ONLY,
        ),
        "access_report.observation_records": Case(
            _records_b, Permission.READ_OBSERVATIONS, AUDITOR_ONLY
        ),
        "subject_data.document": Case(
            lambda w, s: subject_data.document(s, w.b.id, "probe")["subject"]["id"] == w.b.id,
            Permission.READ_SUBJECTS,
            AUDITOR_ONLY,
        ),
        "subject_data.export_subject_data": Case(_export_b, Permission.READ_SUBJECTS, AUDITOR_ONLY),
    }
)
