"""The auditor sees records' metadata and the audit log, never what officers wrote.

Issue #11 item 5: `subject show` and `search` used to hand the auditor the full
observation text. Every read path of the services is checked here; the
supervisor (a text reader) is the control.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from radprev_desktop.core.errors import PermissionDenied
from radprev_desktop.core.model import (
    IndicatorEvidence,
    Justification,
    JustificationReason,
    PersonCategory,
    PersonInvolved,
)
from radprev_desktop.core.services import (
    checklists,
    observation_fields,
    observations,
    search,
    subject_file,
)
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.session import Session
from tests.unit.records_support import observation_input, subject

TODAY = date.today()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()
NEXT_REVIEW = (TODAY + timedelta(days=90)).isoformat()
SECRET_FACTS = "Passed a folded note to cell 14 during the evening count."
SECRET_ASSESSMENT = "Possibly recruiting for the wing group."


def written(officer: Session) -> tuple[str, str]:
    s = subject(officer)
    data = observation_input(s.id, facts=SECRET_FACTS)
    data = observations.ObservationInput(
        **{
            **data.__dict__,
            "assessment": SECRET_ASSESSMENT,
            "people": (PersonInvolved(PersonCategory.PRISONER, "tall man from cell 14"),),
            "action_taken": "Reported to the duty officer.",
        }
    )
    obs = observations.record(officer, data, submit_now=True)
    return s.id, obs.id


def texts(obs: observations.Observation) -> list[str]:
    return [
        obs.facts,
        obs.assessment,
        obs.other_explanations,
        obs.source_identity,
        obs.action_taken,
        obs.own_account,
        *(p.description for p in obs.people),
        *(i.evidence for i in obs.indicators),
    ]


def test_auditor_gets_metadata_without_any_written_text(
    officer: Session, auditor: Session, supervisor: Session
) -> None:
    subject_id, obs_id = written(officer)
    reason = Justification(JustificationReason.REVIEW)
    seen_by_auditor = [
        observations.get_observation(auditor, obs_id),
        *observations.history(auditor, obs_id),
        *observations.list_for_subject(auditor, subject_id),
        *subject_file.open_subject_file(auditor, subject_id, reason).observations,
    ]
    assert len(seen_by_auditor) == 4
    for obs in seen_by_auditor:
        assert obs.id == obs_id and obs.recorded_by == officer.user.username  # metadata stays
        assert obs.event_start and obs.urgency and obs.status
        assert not any(texts(obs)), texts(obs)
    listed = search.list_observations(auditor).items
    assert [o.id for o in listed] == [obs_id] and listed[0].excerpt == ""
    with pytest.raises(PermissionDenied):
        search.search(auditor, "folded note")
    # Control: a supervisor reads the text.
    full = observations.get_observation(supervisor, obs_id)
    assert full.facts == SECRET_FACTS and full.assessment == SECRET_ASSESSMENT
    assert search.search(supervisor, "folded note").observations.items
    assert search.list_observations(supervisor).items[0].excerpt.startswith("Passed")


def test_indicator_evidence_is_blanked_too(officer: Session, auditor: Session) -> None:
    s = subject(officer, number="PL-2002")
    codes = observation_fields.active_indicator_codes(officer)
    assert codes, "the sample template has indicators"
    code = sorted(codes)[0]
    data = observation_input(
        s.id, indicators=(IndicatorEvidence(code, "Quoted the leaflet word for word."),)
    )
    obs = observations.record(officer, data, submit_now=True)
    seen = observations.get_observation(auditor, obs.id)
    assert [i.code for i in seen.indicators] == [code]
    assert [i.evidence for i in seen.indicators] == [""]


CHECKLIST_SECRETS = (
    "Gave orders to three men at exercise.",
    "Possibly a debt dispute over tobacco.",
    "His father died last month.",
    "Leading role at exercise.",
)


def test_auditor_reads_checklist_runs_as_metadata_only(
    officer: Session, auditor: Session, supervisor: Session
) -> None:
    """Issue #14: the checklist's free text is not the auditor's either."""
    s = subject(officer)
    run = checklists.start_run(officer, s.id)
    checklists.save_answers(
        officer,
        run.id,
        [AnswerInput("A2.2", Answer.OBSERVED, CHECKLIST_SECRETS[0], YESTERDAY)],
        Sections(
            other_explanations=CHECKLIST_SECRETS[1],
            context_notes=CHECKLIST_SECRETS[2],
            protective_none_observed=True,
        ),
    )
    checklists.complete_run(officer, run.id, CHECKLIST_SECRETS[3], NEXT_REVIEW)
    seen = [
        checklists.get_run(auditor, run.id),
        *checklists.run_history(auditor, run.id),
        *checklists.runs_for_subject(auditor, s.id),
    ]
    assert len(seen) == 3
    for r in seen:
        assert r.id == run.id and r.author == officer.user.username and r.completed_at
        assert [a.answer for a in r.answers if a.item_code == "A2.2"] == [Answer.OBSERVED]
        written_text = [
            *(a.evidence for a in r.answers),
            r.other_explanations,
            r.context_notes,
            r.summary,
        ]
        assert not any(written_text), written_text
    full = checklists.get_run(supervisor, run.id)
    assert full.summary == CHECKLIST_SECRETS[3]
    assert full.context_notes == CHECKLIST_SECRETS[2]
