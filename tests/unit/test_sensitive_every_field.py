"""The sensitive-term question reads every free-text field of an observation (issue #14
item 3), enumerated from the form's own fields: a text field added later without being
read (or named here with why) fails the first test."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest

from radprev_desktop.core.errors import SensitiveTermsNotConfirmed
from radprev_desktop.core.model import Grading
from radprev_desktop.core.services import observations
from radprev_desktop.core.services.observation_fields import ObservationInput, sensitive_texts
from radprev_desktop.core.session import Session
from tests.unit.records_support import observation_input, subject

#: Text fields the question does not read, and why.
NOT_READ = {
    "subject_id": "an id",
    "event_start": "a date",
    "event_end": "a date",
    "classification": "a level chosen from the establishment's list",
    "source_identity": "the restricted source's identity: findings would copy words about the "
    "informant into the record's findings, which travel unrestricted to supervisors",
}
#: Where a field's text sits in the question's own names.
READ_AS = {"indicators": "indicators", "people": "people", "grading": "handling_conditions"}


def _text_fields() -> set[str]:
    found = set()
    for f in dataclasses.fields(ObservationInput):
        if f.type in ("str", "Sequence[str]", "Sequence[IndicatorEvidence]") or f.name in (
            "people",
            "grading",
        ):
            found.add(f.name)
    return found


def test_every_free_text_field_is_read_or_named() -> None:
    fields = _text_fields()
    assert len(fields) > 10
    values = {
        f.name: f.default
        if f.default is not dataclasses.MISSING
        else (f.default_factory() if f.default_factory is not dataclasses.MISSING else "")  # type: ignore[misc]
        for f in dataclasses.fields(ObservationInput)
    }
    values["grading"] = Grading("", "2", "B", "C", "")
    read = set(sensitive_texts(values))
    unread = {f for f in fields - set(NOT_READ) if READ_AS.get(f, f) not in read}
    assert not unread, f"the sensitive-term question does not read {sorted(unread)}"


def test_handling_conditions_are_asked_about(officer: Session) -> None:
    data = replace(
        observation_input(subject(officer).id, "Shouted at staff in the corridor."),
        grading=Grading("3x5x2", "2", "B", "C", "Not to be shared with the mosque's visitors."),
    )
    with pytest.raises(SensitiveTermsNotConfirmed) as caught:
        observations.record(officer, data, submit_now=True)
    assert "mosque" in str(caught.value.text) and "Handling conditions" in str(caught.value.text)
    made = observations.record(officer, data, submit_now=True, confirm_sensitive=True)
    kept = observations.get_observation(officer, made.id).sensitive_terms
    assert kept and "handling_conditions" in {getattr(f, "field", None) for f in kept} | {
        f.get("field") for f in kept if isinstance(f, dict)
    }
