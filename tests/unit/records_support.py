"""Helpers shared by the records tests: synthetic subjects and row counts."""

from __future__ import annotations

from radprev_desktop.core.model import IndicatorEvidence, SourceType, Subject, Urgency
from radprev_desktop.core.outbox import Origin
from radprev_desktop.core.services import observations, subjects
from radprev_desktop.core.session import Session

TABLES = (
    "subjects",
    "subject_history",
    "observations",
    "observation_indicators",
    "grade_history",
    "reviews",
    "retention_decisions",
    "tombstones",
    "changes",
    "audit",
    "observation_search",
    "subject_search",
)


def origin_of(session: Session) -> Origin:
    """The sender a central import would name for records made in this session's vault."""
    return Origin(session.workstation_id, session.establishment_code)


def counts(session: Session) -> dict[str, int]:
    """Row counts of every table the records services write (to prove nothing changed)."""
    return {t: int(session.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def subject(
    session: Session,
    number: str = "PL-1001",
    family: str = "Kowalski",
    given: str = "Jan",
    unit: str = "A",
) -> Subject:
    """A synthetic prisoner."""
    return subjects.create_subject(
        session, prison_number=number, family_name=family, given_names=given, unit=unit
    )


def observation_input(
    subject_id: str,
    facts: str = "Shouted at another prisoner in the yard during exercise.",
    *,
    urgency: Urgency = Urgency.ROUTINE,
    source_type: SourceType = SourceType.OWN_OBSERVATION,
    indicators: tuple[IndicatorEvidence, ...] = (),
    event_start: str = "2026-10-01T10:30",
) -> observations.ObservationInput:
    """An officer's observation with sensible defaults."""
    return observations.ObservationInput(
        subject_id=subject_id,
        facts=facts,
        assessment="May relate to a debt; usually calm.",
        event_start=event_start,
        place="Yard 2",
        officer_duty="Yard supervision",
        source_type=source_type,
        urgency=urgency,
        indicators=indicators,
    )


def submitted(session: Session, subject_id: str, **kwargs: object) -> str:
    """Record and submit an observation; returns its id."""
    data = observation_input(subject_id, **kwargs)  # type: ignore[arg-type]
    return observations.record(session, data, submit_now=True).id
