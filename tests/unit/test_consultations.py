"""Every consultation is logged with its purpose (issue #14, LED Art. 25).

One audit entry per kind of consultation — search (query terms hashed or stored
as the setting says), lists, a file, an observation, a checklist run, a report,
an export — each with the session's reason for access; none without one, except
the work queues, whose purpose is implied and logged as such.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import (
    Justification,
    JustificationReason,
    Subject,
    Urgency,
)
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.services import (
    checklists,
    dashboard,
    observations,
    reviews,
    search,
    settings,
    subject_duplicates,
    subject_file,
    subject_search,
    subjects,
)
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.services.justification import make_justification
from radprev_desktop.core.session import Session
from tests.factories import create_vault
from tests.unit.records_support import submitted

REASON = ("supervision", "unit test")
NEXT_REVIEW = (date.today() + timedelta(days=90)).isoformat()


@pytest.fixture
def prisoner(officer: Session) -> Subject:
    return subjects.create_subject(
        officer, prison_number="PL-7001", family_name="Kowalczyk", given_names="Jan", unit="A"
    )


def _last(session: Session, action: str) -> audit.AuditEntry:
    entries = audit.read_entries(session.con, action=action)
    assert entries, f"no {action} entry"
    return entries[-1]


CONSULTATIONS: dict[str, Callable[[Session, Subject, str], Any]] = {
    "search": lambda s, p, o: search.search(s, "yard"),
    "subjects_searched": lambda s, p, o: subject_search.search_subjects(s, "Kowalczyk"),
    "subjects_listed": lambda s, p, o: subject_search.list_subjects(s),
    "observations_listed": lambda s, p, o: search.list_observations(s),
    "subject_file_opened": lambda s, p, o: subject_file.open_subject_file(
        s, p.id, Justification(JustificationReason.SUPERVISION, "unit test")
    ),
    "subject_details_opened": lambda s, p, o: subject_file.open_details(s, p.id),
    "observation_read": lambda s, p, o: observations.get_observation(s, o),
    "observation_history_read": lambda s, p, o: observations.history(s, o),
    "checklists_listed": lambda s, p, o: checklists.runs_for_subject(s, p.id, audit=True),
    "report_generated": lambda s, p, o: subject_summary(s, p.id, justification="supervision"),
}


@pytest.mark.parametrize("action", sorted(CONSULTATIONS))
def test_each_consultation_is_logged_with_its_purpose(
    action: str, officer: Session, supervisor: Session, prisoner: Subject
) -> None:
    obs_id = submitted(officer, prisoner.id)
    supervisor.justification = REASON
    CONSULTATIONS[action](supervisor, prisoner, obs_id)
    entry = _last(supervisor, action)
    assert entry.user == supervisor.user.username
    assert entry.justification.startswith("supervision")


@pytest.mark.parametrize(
    "action", sorted(set(CONSULTATIONS) - {"subject_file_opened", "report_generated"})
)
def test_no_consultation_without_a_reason(
    action: str, officer: Session, supervisor: Session, prisoner: Subject
) -> None:
    obs_id = submitted(officer, prisoner.id)
    supervisor.justification = None
    before = len(audit.read_entries(supervisor.con))
    with pytest.raises(ValidationError, match="reason for access"):
        CONSULTATIONS[action](supervisor, prisoner, obs_id)
    assert len(audit.read_entries(supervisor.con)) == before


def test_checklist_read_is_logged_and_an_author_reads_own_work(
    officer: Session, supervisor: Session, prisoner: Subject
) -> None:
    run = checklists.start_run(officer, prisoner.id)
    checklists.save_answers(
        officer,
        run.id,
        [AnswerInput("P2", Answer.OBSERVED, "Attends the carpentry course every day.")],
        Sections(other_explanations="Possibly a debt dispute over tobacco."),
    )
    checklists.complete_run(officer, run.id, "Keeps to himself.", NEXT_REVIEW)
    officer.justification = None
    checklists.get_run(officer, run.id)
    assert _last(officer, "checklist_opened").justification == "work_queue"
    supervisor.justification = None
    with pytest.raises(ValidationError):
        checklists.get_run(supervisor, run.id)
    supervisor.justification = REASON
    checklists.get_run(supervisor, run.id)
    assert _last(supervisor, "checklist_opened").justification == "supervision: unit test"


def test_work_queues_carry_their_purpose(
    officer: Session, supervisor: Session, prisoner: Subject
) -> None:
    submitted(officer, prisoner.id, urgency=Urgency.IMMEDIATE)
    supervisor.justification = None
    reviews.review_queue(supervisor)
    assert _last(supervisor, "review_queue_viewed").justification == "review"
    dashboard.dashboard(supervisor)
    assert _last(supervisor, "dashboard_viewed").justification == "work_queue"
    subject_duplicates.find_similar(supervisor, family_name="Kowal")
    assert _last(supervisor, "subjects_compared").justification == "new_information"
    with pytest.raises(ValidationError):
        make_justification("work_queue")  # implied by a screen, never chosen


def test_search_terms_are_hashed_by_default_and_stored_when_set(
    supervisor: Session, admin: Session, officer: Session, prisoner: Subject
) -> None:
    submitted(officer, prisoner.id)
    search.search(supervisor, "Kowalczyk yard")
    details = _last(supervisor, "search").details
    assert "query" not in details and "Kowalczyk" not in str(details)
    key = bytes.fromhex(str(supervisor.meta("search_term_key")))
    expected = [
        hmac.new(key, word.encode(), hashlib.sha256).hexdigest()[:20]
        for word in ("kowalczyk", "yard")
    ]
    assert details["query_terms"] == expected
    settings.set_setting(admin, "search_terms_in_audit", "stored")
    search.search(supervisor, "Kowalczyk")
    assert _last(supervisor, "search").details["query"] == "Kowalczyk"


def test_search_term_keys_differ_between_vaults(admin: Session, tmp_path: Path) -> None:
    other, _ = create_vault(tmp_path / "other")
    try:
        assert other.meta("search_term_key") != admin.meta("search_term_key")
        assert len(str(admin.meta("search_term_key"))) == 64
    finally:
        other.close()


def test_the_duplicate_check_keeps_what_was_looked_for_as_a_search_does(
    supervisor: Session, admin: Session, prisoner: Subject
) -> None:
    """`radprev subject find` and the new-prisoner check look prisoners up by name without a
    stated reason (the new record is their purpose): the names asked for are kept as a
    search's terms are, hashed by default (they were not kept at all)."""
    subject_duplicates.find_similar(supervisor, family_name="Kowalczyk", given_names="Jan")
    details = _last(supervisor, "subjects_compared").details
    assert "Kowalczyk" not in str(details)
    key = bytes.fromhex(str(supervisor.meta("search_term_key")))
    assert details["query_terms"] == [
        hmac.new(key, word.encode(), hashlib.sha256).hexdigest()[:20]
        for word in ("kowalczyk", "jan")
    ]
    settings.set_setting(admin, "search_terms_in_audit", "stored")
    subject_duplicates.find_similar(supervisor, family_name="Kowalczyk")
    assert _last(supervisor, "subjects_compared").details["query"] == "Kowalczyk"
