"""A prisoner's file as a justified consultation shows it: header, observations, history.

It sits above the subjects and observations services (it reads both), so
neither of them needs the other to open a file. Opening one is audited with the
reason for access (LED Art. 25).
"""

from __future__ import annotations

from dataclasses import dataclass

from radprev_desktop.core import policy
from radprev_desktop.core.model import Justification, Observation, Subject, SubjectChange
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation, observations, subjects
from radprev_desktop.core.services import justification as justification_mod
from radprev_desktop.core.session import Session


@dataclass(frozen=True)
class SubjectFile:
    """What a justified consultation shows: header, observations, history."""

    subject: Subject
    observations: list[Observation]  # current versions, newest first
    history: list[SubjectChange]


def open_subject_file(
    session: Session,
    subject_id: str,
    justification: Justification | None,
    *,
    limit: int = 1000,
    offset: int = 0,
) -> SubjectFile:
    """Open a prisoner's file: audited as "subject_file_opened" with the justification.

    The justification is also remembered on the session (`session.justification`)
    so the GUI can offer it again. Observations are the current versions the
    user may see (drafts only their own), without the restricted source identity.
    """
    policy.require(session, Permission.READ_OBSERVATIONS)
    checked = justification_mod.check(justification)
    subject = subjects.get_subject(session, subject_id, Permission.READ_OBSERVATIONS)
    with session.transaction():
        session.audit(
            "subject_file_opened",
            object_type="subject",
            object_id=subject.id,
            justification=checked.audit_text(),
            details={"reason": checked.reason.value},
        )
    session.justification = (checked.reason.value, checked.text)
    items = observations.list_for_subject(session, subject.id, limit=limit, offset=offset)
    return SubjectFile(subject, items, subjects.subject_history(session, subject.id))


@dataclass(frozen=True)
class SubjectDetails:
    """The prisoner's details without any record about them: header and its changes."""

    subject: Subject
    history: list[SubjectChange]


def open_details(session: Session, subject_id: str) -> SubjectDetails:
    """Open a prisoner's details only (who keeps the register and answers requests on the
    details: the administrator, who reads no observation): a consultation audited as
    "subject_details_opened" with the session's reason for access."""
    consultation.require_purpose(session)  # refused before anything is read
    subject = subjects.get_subject(session, subject_id)
    consultation.record(
        session, "subject_details_opened", object_type="subject", object_id=subject.id
    )
    return SubjectDetails(subject, subjects.subject_history(session, subject.id))
