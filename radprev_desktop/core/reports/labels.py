"""Plain words for the closed sets printed in reports (English source text).

The same English as the screens use; reports translate it through the report
catalogue (`resources/translations/reports_<lang>.ts`).
"""

from __future__ import annotations

from enum import Enum

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.i18n import Translator
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

LABELS: dict[Enum, str] = {
    SourceType.OWN_OBSERVATION: "I saw or heard it myself",
    SourceType.OVERHEARD: "Overheard",
    SourceType.TOLD_BY_PRISONER: "Told by a prisoner",
    SourceType.TOLD_BY_STAFF: "Told by staff",
    SourceType.ITEM_FOUND: "Item or document found",
    PersonCategory.PRISONER: "Prisoner",
    PersonCategory.VISITOR: "Visitor",
    PersonCategory.STAFF: "Staff",
    PersonCategory.OTHER: "Other",
    PersonCategory.UNKNOWN: "Unknown",
    Urgency.ROUTINE: "Routine",
    Urgency.PRIORITY: "Priority",
    Urgency.IMMEDIATE: "Immediate",
    ObservationStatus.DRAFT: "Draft",
    ObservationStatus.SUBMITTED: "Submitted",
    ObservationStatus.ACCEPTED: "Accepted",
    ObservationStatus.RETURNED: "Returned",
    ObservationStatus.REJECTED: "Rejected",
    ObservationStatus.EXPORTED: "Exported",
    SubjectStatus.IN_CUSTODY: "In custody",
    SubjectStatus.TRANSFERRED: "Transferred",
    SubjectStatus.RELEASED: "Released",
    ReviewDecision.ACCEPT: "Accepted",
    ReviewDecision.RETURN: "Returned to the officer",
    ReviewDecision.REGRADE: "Re-graded",
    ReviewDecision.REJECT: "Rejected",
}

URGENCY_MEANING: dict[Urgency, str] = {
    Urgency.ROUTINE: "Routine: for the next review.",
    Urgency.PRIORITY: "Priority: a supervisor should see it soon.",
    Urgency.IMMEDIATE: (
        "Immediate: threat to life or imminent harm; escalated in person or by phone at once."
    ),
}


def label(tr: Translator, value: Enum | str) -> str:
    """The translated plain word for an enum value (the code itself when unknown)."""
    if isinstance(value, Enum):
        text = LABELS.get(value)
        return tr(text) if text else str(value.value)
    return str(value)


def grading_code(grading: Grading) -> str:
    """'1 / A / P' — the three axes shown apart, never combined."""
    return f"{grading.source} / {grading.information} / {grading.handling}"


def grading_words(tr: Translator, grading: Grading) -> str:
    """Each axis in plain words: 'Source: Reliable; Information: …; Handling: …'."""
    try:
        words = grading_service.describe(grading)
    except ValidationError:  # an unknown preset (from another vault) prints its codes
        words = {"source": grading.source, "information": grading.information, "handling": ""}
    parts = [
        tr("Source %1: %2", grading.source, tr(words["source"])),
        tr("Information %1: %2", grading.information, tr(words["information"])),
        tr("Handling %1: %2", grading.handling, tr(words["handling"])),
    ]
    text = "; ".join(parts)
    if grading.conditions:
        text += "; " + tr("Conditions: %1", grading.conditions)
    return text


#: Report strings passed to the translator through variables (kept here so the
#: catalogue check in the tests finds them): vault modes and section headings.
ALSO_TRANSLATED: tuple[str, ...] = (
    "workstation",
    "central",
    "Other possible explanations",
    "Context and vulnerability notes",
    "Summary by the officer",
)
