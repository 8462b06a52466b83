"""Plain-word, translated labels for the closed sets of the records domain.

Core enums hold codes; the screens show these words. The English texts are
marked with QT_TRANSLATE_NOOP so lupdate puts them in the catalogue (context
"labels"); `label()` translates at display time so a language switch applies.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from radprev_desktop.core.model import (
    Grading,
    ObservationStatus,
    PersonCategory,
    ReviewDecision,
    SourceType,
    SubjectStatus,
    Urgency,
)
from radprev_desktop.core.services import grading as grading_service
from radprev_desktop.core.services import users
from radprev_desktop.core.session import Session


def _n(text: object) -> str:
    return str(text)


LABELS: dict[Enum, str] = {
    SourceType.OWN_OBSERVATION: _n(QT_TRANSLATE_NOOP("labels", "I saw or heard it myself")),
    SourceType.OVERHEARD: _n(QT_TRANSLATE_NOOP("labels", "Overheard")),
    SourceType.TOLD_BY_PRISONER: _n(QT_TRANSLATE_NOOP("labels", "Told by a prisoner")),
    SourceType.TOLD_BY_STAFF: _n(QT_TRANSLATE_NOOP("labels", "Told by staff")),
    SourceType.ITEM_FOUND: _n(QT_TRANSLATE_NOOP("labels", "Item or document found")),
    PersonCategory.PRISONER: _n(QT_TRANSLATE_NOOP("labels", "Prisoner")),
    PersonCategory.VISITOR: _n(QT_TRANSLATE_NOOP("labels", "Visitor")),
    PersonCategory.STAFF: _n(QT_TRANSLATE_NOOP("labels", "Staff")),
    PersonCategory.OTHER: _n(QT_TRANSLATE_NOOP("labels", "Other")),
    PersonCategory.UNKNOWN: _n(QT_TRANSLATE_NOOP("labels", "Unknown")),
    Urgency.ROUTINE: _n(QT_TRANSLATE_NOOP("labels", "Routine")),
    Urgency.PRIORITY: _n(QT_TRANSLATE_NOOP("labels", "Priority")),
    Urgency.IMMEDIATE: _n(
        QT_TRANSLATE_NOOP("labels", "Immediate (threat to life or imminent harm)")
    ),
    ObservationStatus.DRAFT: _n(QT_TRANSLATE_NOOP("labels", "Draft")),
    ObservationStatus.SUBMITTED: _n(QT_TRANSLATE_NOOP("labels", "Submitted")),
    ObservationStatus.ACCEPTED: _n(QT_TRANSLATE_NOOP("labels", "Accepted")),
    ObservationStatus.RETURNED: _n(QT_TRANSLATE_NOOP("labels", "Returned")),
    ObservationStatus.REJECTED: _n(QT_TRANSLATE_NOOP("labels", "Rejected")),
    ObservationStatus.EXPORTED: _n(QT_TRANSLATE_NOOP("labels", "Exported")),
    SubjectStatus.IN_CUSTODY: _n(QT_TRANSLATE_NOOP("labels", "In custody")),
    SubjectStatus.TRANSFERRED: _n(QT_TRANSLATE_NOOP("labels", "Transferred")),
    SubjectStatus.RELEASED: _n(QT_TRANSLATE_NOOP("labels", "Released")),
    ReviewDecision.ACCEPT: _n(QT_TRANSLATE_NOOP("labels", "Accept")),
    ReviewDecision.RETURN: _n(QT_TRANSLATE_NOOP("labels", "Return")),
    ReviewDecision.REGRADE: _n(QT_TRANSLATE_NOOP("labels", "Re-grade")),
    ReviewDecision.REJECT: _n(QT_TRANSLATE_NOOP("labels", "Reject")),
}

# The plain words of the grading presets (core/services/grading.py), for lupdate.
GRADE_WORDS = (
    QT_TRANSLATE_NOOP("labels", "Reliable"),
    QT_TRANSLATE_NOOP("labels", "Untested"),
    QT_TRANSLATE_NOOP("labels", "Not reliable"),
    QT_TRANSLATE_NOOP("labels", "Known directly to the source"),
    QT_TRANSLATE_NOOP("labels", "Known indirectly, corroborated"),
    QT_TRANSLATE_NOOP("labels", "Known indirectly"),
    QT_TRANSLATE_NOOP("labels", "Not known"),
    QT_TRANSLATE_NOOP("labels", "Suspected to be false or malicious"),
    QT_TRANSLATE_NOOP("labels", "Lawful sharing permitted"),
    QT_TRANSLATE_NOOP("labels", "Lawful sharing permitted with conditions"),
    QT_TRANSLATE_NOOP("labels", "Completely reliable"),
    QT_TRANSLATE_NOOP("labels", "Usually reliable"),
    QT_TRANSLATE_NOOP("labels", "Fairly reliable"),
    QT_TRANSLATE_NOOP("labels", "Not usually reliable"),
    QT_TRANSLATE_NOOP("labels", "Unreliable"),
    QT_TRANSLATE_NOOP("labels", "Reliability cannot be judged"),
    QT_TRANSLATE_NOOP("labels", "Confirmed by other sources"),
    QT_TRANSLATE_NOOP("labels", "Probably true"),
    QT_TRANSLATE_NOOP("labels", "Possibly true"),
    QT_TRANSLATE_NOOP("labels", "Doubtful"),
    QT_TRANSLATE_NOOP("labels", "Improbable"),
    QT_TRANSLATE_NOOP("labels", "Truth cannot be judged"),
)


SHORT: dict[Enum, str] = {
    Urgency.IMMEDIATE: _n(QT_TRANSLATE_NOOP("labels", "Immediate")),
}


def short_label(value: Enum) -> str:
    """A shorter word for table columns (falls back to `label`)."""
    text = SHORT.get(value)
    return QCoreApplication.translate("labels", text) if text else label(value)


def label(value: Enum | str) -> str:
    """The translated plain word for an enum member (the raw value if unknown)."""
    text = LABELS.get(value) if isinstance(value, Enum) else None
    if text is None:
        return str(value.value if isinstance(value, Enum) else value)
    return QCoreApplication.translate("labels", text)


def words(text: str) -> str:
    """Translate a plain word that comes from a core table (grading presets)."""
    return QCoreApplication.translate("labels", text)


def grading_text(grading: Grading | None) -> str:
    """'Source: Reliable (1) · Information: Known indirectly (C) · Handling: …' — axes apart."""
    if grading is None:
        return ""
    described = grading_service.describe(grading)
    parts = [
        # Axis names as the grading widgets say them (messages of that context).
        f"{QCoreApplication.translate('GradingWidget', 'Source grade')}: "
        f"{words(described['source'])} ({grading.source})",
        f"{QCoreApplication.translate('GradingWidget', 'Information grade')}: "
        f"{words(described['information'])} ({grading.information})",
        f"{QCoreApplication.translate('GradingWidget', 'Handling')}: "
        f"{words(described['handling'])} ({grading.handling})",
    ]
    text = " · ".join(parts)
    if grading.conditions:
        text += " — " + grading.conditions
    return text


def person_name(session: Session, username: str) -> str:
    """A colleague's name instead of an account or staff code ('' stays '')."""
    return users.display_names(session, [username]).get(username, username)
