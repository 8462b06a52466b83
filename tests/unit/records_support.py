"""Helpers shared by the records tests: synthetic subjects and row counts."""

from __future__ import annotations

from radprev_desktop.core.outbox import Origin
from radprev_desktop.core.session import Session
from tests.factories import observation_input, subject, submitted

__all__ = ["counts", "observation_input", "origin_of", "subject", "submitted"]

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
