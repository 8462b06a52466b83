"""A rectification request on a checklist run lets that run be amended while the file is
restricted, as for observations (issue 14 item 6; decision 0023)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from radprev_desktop.core.model import ReportKind, Role
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import checklists, data_requests, restriction
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.registry import sync_kinds
from tests.unit.checklist_support import YESTERDAY, checklist_prisoner, complete
from tests.unit.test_access_report_redaction import pdf_text

CORRECTED = [AnswerInput("A2.2", Answer.OBSERVED, "Gave orders to two men at work.", YESTERDAY)]


def test_a_checklist_run_is_rectified_on_a_restricted_file(
    officer: Session, supervisor: Session, make_session: Callable[..., Session]
) -> None:
    prisoner = checklist_prisoner(officer)
    run = checklists.start_run(officer, prisoner.id)
    complete(officer, run.id)
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed, DPO 2026/7.")
    assert data_requests.correction_blocked(supervisor, "checklist_run", run.id)
    with pytest.raises(Conflict, match="rectification request"):
        checklists.amend_run(supervisor, run.id, "Three, not two.", CORRECTED)

    admin = make_session(Role.ADMINISTRATOR, username="adela")
    for session in (officer, admin):  # a checklist run: supervisors only
        with pytest.raises(PermissionDenied):
            data_requests.record_request(
                session, "checklist_run", run.id, "rectification", "Two men."
            )
    asked = "He says there were two men, not three."
    note = data_requests.record_request(supervisor, "checklist_run", run.id, "rectification", asked)
    assert note.is_open and note.subject_id == prisoner.id
    assert not data_requests.correction_blocked(supervisor, "checklist_run", run.id)
    [line] = data_requests.request_lines(supervisor, prisoner.id)
    assert (line.note.id, line.record_version) == (note.id, 1) and line.record_when

    amended = checklists.amend_run(
        supervisor, run.id, "Corrected at the prisoner's request.", CORRECTED, Sections()
    )
    assert amended.version == 2
    with pytest.raises(ValidationError):  # no version 3 of the run
        data_requests.decide(supervisor, note.id, "rectified", version=3)
    decided = data_requests.decide(supervisor, note.id, "rectified", version=2)
    assert (decided.outcome, decided.outcome_version) == ("rectified", 2)
    assert data_requests.request_lines(supervisor, prisoner.id)[0].record_version == 2
    with pytest.raises(Conflict, match="rectification request"):  # decided: closed again
        checklists.amend_run(supervisor, run.id, "Once more.", CORRECTED)

    added = read_entries(supervisor.con, action="record_note_added")[-1]
    assert (added.object_type, added.object_id) == ("checklist_run", run.id)
    assert "two men" not in str(added.details).lower()  # the words are in the note only
    done = read_entries(supervisor.con, action="record_note_decided")[-1]
    assert done.object_type == "checklist_run" and done.details["version"] == 2
    amends = read_entries(supervisor.con, action="checklist_amended")
    assert [e.details["version"] for e in amends] == [2]


def test_the_note_travels_and_is_printed_in_the_access_report(
    officer: Session, supervisor: Session, auditor: Session
) -> None:
    prisoner = checklist_prisoner(officer)
    run = checklists.start_run(officer, prisoner.id)
    complete(officer, run.id)
    note = data_requests.record_request(
        supervisor,
        "checklist_run",
        run.id,
        "dispute",
        "He says he never gave orders.",
        outcome="noted",
        reason="His view is kept beside the run.",
    )
    kind = sync_kinds()["record_note"]
    record = kind.serialize(supervisor.con, note.id, note.version)
    kind.validate(record)
    assert record["object_kind"] == "checklist_run"
    report = generate(
        auditor, ReportRequest(ReportKind.ACCESS, "official: request", subject_id=prisoner.id)
    )
    text = " ".join(pdf_text(report.pdf).split())
    assert "a checklist run" in text and "He says he never gave orders." in text
    assert "noted beside the record: His view is kept beside the run." in text
