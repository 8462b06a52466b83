"""Observations: drafts by their author, sealing, amendments with reasons, history."""

from __future__ import annotations

from dataclasses import replace

import pytest

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from radprev_desktop.core.model import (
    Grading,
    IndicatorEvidence,
    ObservationStatus,
    PersonCategory,
    PersonInvolved,
    Role,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import observation_amendments, observations, subject_file
from radprev_desktop.core.services import observation_fields as input_rules
from radprev_desktop.core.session import Session
from tests.unit.records_support import counts, observation_input, subject, submitted


def test_draft_holds_every_field_and_proposes_a_grade(officer: Session) -> None:
    s = subject(officer)
    data = observations.ObservationInput(
        subject_id=s.id,
        facts='Said "we will see who is in charge".',
        assessment="Possibly a grievance about work allocation.",
        event_start="2026-10-02T14:00",
        event_end="2026-10-02T14:20",
        place="Workshop",
        officer_duty="Workshop supervision",
        source_type=SourceType.TOLD_BY_STAFF,
        source_identity="Instructor K.",
        people=(PersonInvolved(PersonCategory.STAFF, "instructor"),),
        indicators=(IndicatorEvidence("a3.2", "Repeated the sentence twice."),),
        protective_factors=("Keeps in touch with his daughter",),
        urgency=Urgency.PRIORITY,
        action_taken="Reported to the wing manager.",
        own_account="Says he was joking.",
    )
    obs = observations.create_draft(officer, data)
    assert obs.status is ObservationStatus.DRAFT and obs.version == 1
    assert obs.indicators[0].code == "A3.2" and obs.indicators[0].domain == "A3"
    assert obs.grading == Grading("3x5x2", "1", "C", "P", "")
    assert obs.source_identity == ""  # blanked by default
    full = observations.get_observation(officer, obs.id, include_source_identity=True)
    assert full.source_identity == "Instructor K."
    assert read_entries(officer.con, action="source_identity_viewed")
    assert obs.recorded_by == "olga" and obs.unit_code == "A"
    assert (
        officer.con.execute("SELECT count(*) FROM changes WHERE kind='observation'").fetchone()[0]
        == 0
    )  # drafts never enter the outbox


def test_grading_preset_setting_changes_the_proposal(admin: Session, officer: Session) -> None:
    with admin.transaction() as con:
        con.execute("UPDATE settings SET value = '\"6x6\"' WHERE key = 'grading_preset'")
    s = subject(officer)
    obs = observations.create_draft(officer, observation_input(s.id))
    assert obs.grading.preset == "6x6" and obs.grading.source == "B"


def test_only_the_author_edits_a_draft_and_sees_it(
    officer: Session,
    make_session,
    supervisor: Session,  # type: ignore[no-untyped-def]
) -> None:
    s = subject(officer)
    obs = observations.create_draft(officer, observation_input(s.id))
    other = make_session(Role.OFFICER, username="piotr")
    with pytest.raises(NotFound):
        observations.get_observation(other, obs.id)
    with pytest.raises(NotFound):
        observations.update_draft(other, obs.id, facts="changed")
    changed = observations.update_draft(officer, obs.id, facts="Corrected text.")
    assert changed.facts == "Corrected text." and changed.version == 1


def test_submit_seals_and_queues(officer: Session) -> None:
    s = subject(officer)
    obs = observations.create_draft(officer, observation_input(s.id))
    sealed = observations.submit(officer, obs.id)
    assert sealed.status is ObservationStatus.SUBMITTED and sealed.submitted_at
    before = counts(officer)
    with pytest.raises(Conflict, match="sealed"):
        observations.update_draft(officer, obs.id, facts="sneaky edit")
    with pytest.raises(Conflict):
        observations.submit(officer, obs.id)
    assert counts(officer) == before
    assert ("observation", obs.id, 1) in officer.con.execute(
        "SELECT kind, object_id, version FROM changes"
    ).fetchall()
    grades = observations.grade_history(officer, obs.id)
    assert [g.kind for g in grades] == ["proposed"]


def test_amend_needs_a_reason_and_keeps_every_version(officer: Session) -> None:
    s = subject(officer)
    obs_id = submitted(officer, s.id)
    before = counts(officer)
    with pytest.raises(ValidationError, match="reason"):
        observation_amendments.amend(officer, obs_id, "   ", {"facts": "new"})
    with pytest.raises(ValidationError):
        observation_amendments.amend(officer, obs_id, "typo", {"colour": "red"})
    assert counts(officer) == before
    new = observation_amendments.amend(officer, obs_id, "wrong yard number", {"place": "Yard 3"})
    assert new.version == 2 and new.place == "Yard 3" and new.amendment_reason
    assert new.status is ObservationStatus.SUBMITTED and new.is_current
    versions = observations.history(officer, obs_id)
    assert [(v.version, v.place, v.is_current) for v in versions] == [
        (1, "Yard 2", False),
        (2, "Yard 3", True),
    ]
    assert ("observation", obs_id, 2) in officer.con.execute(
        "SELECT kind, object_id, version FROM changes"
    ).fetchall()
    entry = read_entries(officer.con, action="observation_amended")[-1]
    assert entry.details == {"version": 2, "fields": ["place"]}


def test_draft_cannot_be_amended_and_other_officer_cannot_amend(
    officer: Session,
    make_session,  # type: ignore[no-untyped-def]
) -> None:
    s = subject(officer)
    draft = observations.create_draft(officer, observation_input(s.id))
    with pytest.raises(Conflict):
        observation_amendments.amend(officer, draft.id, "reason", {"facts": "x"})
    obs_id = submitted(officer, s.id)
    other = make_session(Role.OFFICER, username="piotr")
    with pytest.raises(PermissionDenied):
        observation_amendments.amend(other, obs_id, "reason", {"facts": "x"})


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("facts", {"facts": "  "}),
        ("event_start", {"event_start": "yesterday"}),
        ("event_start", {"event_start": "2999-01-01"}),
        ("event_end", {"event_start": "2026-10-02T14:00", "event_end": "2026-10-02T13:00"}),
        ("indicators", {"indicators": (IndicatorEvidence("not a code!", "x"),)}),
        ("indicators", {"indicators": (IndicatorEvidence("A1.1", " "),)}),
        (
            "indicators",
            {"indicators": (IndicatorEvidence("A1.1", "x"), IndicatorEvidence("a1.1", "y"))},
        ),
        ("people", {"people": (PersonInvolved("neighbour", "x"),)}),  # type: ignore[arg-type]
        ("indicators", {"indicators": (IndicatorEvidence("Z9.9", "not in the template"),)}),
        ("source_type", {"source_type": "rumour"}),
        ("urgency", {"urgency": "urgent"}),
        ("source_grade", {"grading": Grading("3x5x2", "9", "A", "P")}),
    ],
)
def test_bad_fields_are_refused_with_nothing_written(
    officer: Session,
    field: str,
    change: dict,  # type: ignore[type-arg]
) -> None:
    s = subject(officer)
    base = observation_input(s.id)
    data = observations.ObservationInput(**{**base.__dict__, **change})
    input_rules.active_indicator_codes(officer)  # installs the sample template first
    before = counts(officer)
    with pytest.raises(ValidationError) as exc:
        observations.create_draft(officer, data)
    assert exc.value.field == field
    assert counts(officer) == before


def test_unknown_subject_and_wrong_role(officer: Session, auditor: Session, admin: Session) -> None:
    before = counts(officer)
    with pytest.raises(NotFound):
        observations.create_draft(officer, observation_input("no-such-subject"))
    s = subject(officer)
    with pytest.raises(PermissionDenied):
        observations.create_draft(auditor, observation_input(s.id))
    with pytest.raises(PermissionDenied):
        observations.create_draft(admin, observation_input(s.id))
    assert counts(officer)["observations"] == before["observations"]


def test_record_with_submit_is_one_transaction(officer: Session) -> None:
    s = subject(officer)
    before = counts(officer)
    with pytest.raises(ValidationError):
        observations.record(officer, observation_input(s.id, facts=""), submit_now=True)
    assert counts(officer) == before
    obs = observations.record(officer, observation_input(s.id), submit_now=True)
    assert obs.status is ObservationStatus.SUBMITTED


def test_discard_draft(officer: Session) -> None:
    s = subject(officer)
    draft = observations.create_draft(officer, observation_input(s.id))
    observations.discard_draft(officer, draft.id)
    with pytest.raises(NotFound):
        observations.get_observation(officer, draft.id)


def test_subject_file_lists_observations_without_source(officer: Session) -> None:
    s = subject(officer)
    data = observations.ObservationInput(
        subject_id=s.id,
        facts="Found a note.",
        assessment="Unclear who wrote it.",
        other_explanations_none=True,
        source_type=SourceType.ITEM_FOUND,
        source_identity="secret person",
    )
    observations.record(officer, data, submit_now=True)
    from radprev_desktop.core.model import Justification, JustificationReason

    opened = subject_file.open_subject_file(
        officer, s.id, Justification(JustificationReason.REVIEW)
    )
    assert len(opened.observations) == 1
    assert opened.observations[0].source_identity == ""


def test_audit_details_hold_no_text(officer: Session) -> None:
    s = subject(officer, family="Krzyżanowski")
    obs_id = submitted(officer, s.id, facts="Unique-facts-sentence-XYZ")
    observation_amendments.amend(officer, obs_id, "Unique-reason-ABC", {"facts": "Other-facts-QRS"})
    entries = list(read_entries(officer.con))
    assert entries
    for entry in entries:
        blob = f"{entry.details} {entry.justification}"
        for secret in ("Krzyżanowski", "XYZ", "ABC", "QRS"):
            assert secret not in blob


def test_database_refuses_edits_of_sealed_rows(officer: Session) -> None:
    """Defence in depth: even SQL that bypasses the service cannot edit a sealed version."""
    s = subject(officer)
    obs_id = submitted(officer, s.id)
    with pytest.raises(Exception, match="sealed"), officer.transaction() as con:
        con.execute("UPDATE observations SET facts = 'rewritten' WHERE id = ?", (obs_id,))
    assert observations.get_observation(officer, obs_id).facts.startswith("Shouted")


def test_unfinished_draft_keeps_what_was_typed_and_submit_asks_for_the_rest(
    officer: Session,
) -> None:
    """Auto-save and the screen lock keep an incomplete draft; sealing needs it complete."""
    s = subject(officer)
    input_rules.active_indicator_codes(officer)  # installs the sample template first
    data = observations.ObservationInput(
        subject_id=s.id,
        facts="",
        place="Wing A landing",
        assessment="Usually calm; started before the facts were written.",
        indicators=(IndicatorEvidence("A1.1", ""),),
        grading=Grading("3x5x2", "1", "A", "C", ""),
    )
    with pytest.raises(ValidationError):
        observations.create_draft(officer, data)  # the ordinary draft is complete
    draft = observations.create_draft(officer, data, unfinished=True)
    assert draft.facts == "" and draft.indicators[0].evidence == ""
    assert draft.grading.handling == "C" and draft.grading.conditions == ""
    with pytest.raises(ValidationError) as exc:
        observations.submit(officer, draft.id)
    assert exc.value.field == "facts"
    assert observations.get_observation(officer, draft.id).status is ObservationStatus.DRAFT
    with pytest.raises(ValidationError) as exc:
        observations.check_input(officer, data)
    assert exc.value.field == "facts"
    observations.check_input(officer, data, unfinished=True)
    # Lengths and types still count in an unfinished draft.
    with pytest.raises(ValidationError) as exc:
        observations.update_draft(
            officer,
            draft.id,
            unfinished=True,
            place="x" * (input_rules.FIELD_LIMITS["place"] + 1),
        )
    assert exc.value.field == "place"
    observations.update_draft(
        officer,
        draft.id,
        unfinished=True,
        facts="Tore up the notice on the board.",
        indicators=(IndicatorEvidence("A1.1", "Tore up the notice on the board."),),
        grading=Grading("3x5x2", "1", "A", "C", "Security department only"),
        other_explanations="Angry about the new canteen rules.",
    )
    assert observations.submit(officer, draft.id).status is ObservationStatus.SUBMITTED


def test_last_place_and_duty_are_the_users_own(officer: Session, make_session) -> None:  # type: ignore[no-untyped-def]
    s = subject(officer)
    assert observations.last_place_and_duty(officer) == ("", "")
    for place in ("Yard", "Visits hall"):
        observations.create_draft(
            officer,
            observations.ObservationInput(
                subject_id=s.id, facts="Shouted at staff.", place=place, officer_duty="visits"
            ),
        )
    assert observations.last_place_and_duty(officer) == ("Visits hall", "visits")
    other = make_session(Role.OFFICER, username="piotr")
    assert observations.last_place_and_duty(other) == ("", "")


def test_last_place_and_duty_is_the_newest_row_whatever_its_status(officer: Session) -> None:
    s = subject(officer)
    first = replace(observation_input(s.id), place="Workshop", officer_duty="escort")
    observations.record(officer, first, submit_now=True)
    observations.create_draft(
        officer, observations.ObservationInput(subject_id=s.id, facts="Nothing to add.")
    )
    assert observations.last_place_and_duty(officer) == ("Workshop", "escort")
    draft = observations.create_draft(
        officer,
        observations.ObservationInput(subject_id=s.id, facts="Argued.", place="Chapel"),
    )
    assert observations.last_place_and_duty(officer) == ("Chapel", "")
    older = replace(observation_input(s.id), place="Gym", officer_duty="")
    observations.record(officer, older, submit_now=True)
    assert observations.last_place_and_duty(officer) == ("Gym", "")
    assert draft.status is ObservationStatus.DRAFT


def test_last_place_and_duty_reads_the_authors_index_without_sorting(officer: Session) -> None:
    """At 1M observations the sort of all the officer's rows took 1.6-11 s (issue 16)."""
    plan = [
        str(r[-1])
        for r in officer.con.execute(
            "EXPLAIN QUERY PLAN " + observations._LAST_PLACE_SQL, ("olga",)
        ).fetchall()
    ]
    assert any(
        "observations_by_author (recorded_by=? AND status=? AND is_current=?)" in p for p in plan
    ), plan
    assert not [p for p in plan if "TEMP B-TREE" in p or p.startswith("SCAN observations")], plan
