"""The one table of display words for the domain's closed sets (context "labels").

Core enums hold codes; screens, reports and the command line show these
words. Every entry is English source text marked with `QT_TRANSLATE_NOOP`, so
`pyside6-lupdate` collects it into each language's catalogue, and the same
translation serves the screen (`QCoreApplication.translate("labels", …)`), the
PDF and the terminal (core/i18n.py `Translator.label`). A set gets a long word
(lists, choices, legends) and, where a table column needs one, a short word.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from radprev_desktop.core.model import (
    JustificationReason,
    Mode,
    ObservationStatus,
    PersonCategory,
    ReferralStatus,
    ReportKind,
    RetentionDecision,
    ReviewDecision,
    Role,
    SourceType,
    SubjectStatus,
    Urgency,
)
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Listing, Source, Text

CONTEXT = "labels"

LABELS: dict[Enum, Source] = {
    SourceType.OWN_OBSERVATION: QT_TRANSLATE_NOOP("labels", "I saw or heard it myself"),
    SourceType.OVERHEARD: QT_TRANSLATE_NOOP("labels", "Overheard"),
    SourceType.TOLD_BY_PRISONER: QT_TRANSLATE_NOOP("labels", "Told by a prisoner"),
    SourceType.TOLD_BY_STAFF: QT_TRANSLATE_NOOP("labels", "Told by staff"),
    SourceType.ITEM_FOUND: QT_TRANSLATE_NOOP("labels", "Item or document found"),
    PersonCategory.PRISONER: QT_TRANSLATE_NOOP("labels", "Prisoner"),
    PersonCategory.VISITOR: QT_TRANSLATE_NOOP("labels", "Visitor"),
    PersonCategory.STAFF: QT_TRANSLATE_NOOP("labels", "Staff"),
    PersonCategory.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    PersonCategory.UNKNOWN: QT_TRANSLATE_NOOP("labels", "Unknown"),
    Urgency.ROUTINE: QT_TRANSLATE_NOOP("labels", "Routine"),
    Urgency.PRIORITY: QT_TRANSLATE_NOOP("labels", "Priority"),
    Urgency.IMMEDIATE: QT_TRANSLATE_NOOP("labels", "Immediate (threat to life or imminent harm)"),
    ObservationStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    ObservationStatus.SUBMITTED: QT_TRANSLATE_NOOP("labels", "Submitted"),
    ObservationStatus.ACCEPTED: QT_TRANSLATE_NOOP("labels", "Accepted"),
    ObservationStatus.RETURNED: QT_TRANSLATE_NOOP("labels", "Returned"),
    ObservationStatus.REJECTED: QT_TRANSLATE_NOOP("labels", "Rejected"),
    ObservationStatus.EXPORTED: QT_TRANSLATE_NOOP("labels", "Exported"),
    SubjectStatus.IN_CUSTODY: QT_TRANSLATE_NOOP("labels", "In custody"),
    SubjectStatus.TRANSFERRED: QT_TRANSLATE_NOOP("labels", "Transferred"),
    SubjectStatus.RELEASED: QT_TRANSLATE_NOOP("labels", "Released"),
    # What the supervisor decided, as history shows it (the review screen's buttons say
    # the verbs in their own words).
    ReviewDecision.ACCEPT: QT_TRANSLATE_NOOP("labels", "Accepted"),
    ReviewDecision.RETURN: QT_TRANSLATE_NOOP("labels", "Returned to the officer"),
    ReviewDecision.REGRADE: QT_TRANSLATE_NOOP("labels", "Re-graded"),
    ReviewDecision.REJECT: QT_TRANSLATE_NOOP("labels", "Rejected"),
    RetentionDecision.KEEP: QT_TRANSLATE_NOOP("labels", "Kept"),
    RetentionDecision.ANONYMISE: QT_TRANSLATE_NOOP("labels", "Anonymised"),
    RetentionDecision.ERASE: QT_TRANSLATE_NOOP("labels", "Erased"),
    Role.OFFICER: QT_TRANSLATE_NOOP("labels", "officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("labels", "supervisor"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("labels", "administrator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("labels", "auditor"),
    Role.ANALYST: QT_TRANSLATE_NOOP("labels", "analyst"),
    Role.TRAINER: QT_TRANSLATE_NOOP("labels", "trainer"),
    Mode.WORKSTATION: QT_TRANSLATE_NOOP("labels", "workstation"),
    Mode.CENTRAL: QT_TRANSLATE_NOOP("labels", "central office"),
    ReportKind.OBSERVATION: QT_TRANSLATE_NOOP("labels", "Observation record"),
    ReportKind.SUBJECT: QT_TRANSLATE_NOOP("labels", "Subject summary"),
    ReportKind.UNIT: QT_TRANSLATE_NOOP("labels", "Unit and period summary"),
    ReportKind.BLANK_CHECKLIST: QT_TRANSLATE_NOOP("labels", "Checklist (paper form)"),
    ReportKind.RECOVERY_SHEET: QT_TRANSLATE_NOOP("labels", "Vault recovery sheet"),
    ReportKind.ENROLMENT_SHEET: QT_TRANSLATE_NOOP("labels", "Workstation enrolment sheet"),
    ReportKind.ACCESS: QT_TRANSLATE_NOOP("labels", "Data-subject access report"),
    ReportKind.ESTABLISHMENT: QT_TRANSLATE_NOOP("labels", "Establishment report"),
    ReportKind.NATIONAL: QT_TRANSLATE_NOOP("labels", "National overview"),
    ReportKind.HANDOVER: QT_TRANSLATE_NOOP("labels", "Release handover to the probation service"),
    ReportKind.DATA_PROTECTION: QT_TRANSLATE_NOOP("labels", "Data-protection officer's report"),
    JustificationReason.REVIEW: QT_TRANSLATE_NOOP("labels", "Review of the file"),
    JustificationReason.NEW_INFORMATION: QT_TRANSLATE_NOOP("labels", "New information to record"),
    JustificationReason.SUPERVISION: QT_TRANSLATE_NOOP("labels", "Supervision"),
    JustificationReason.DATA_SUBJECT_REQUEST: QT_TRANSLATE_NOOP(
        "labels", "Request of the data subject"
    ),
    JustificationReason.OTHER: QT_TRANSLATE_NOOP("labels", "Other (explain)"),
    JustificationReason.WORK_QUEUE: QT_TRANSLATE_NOOP("labels", "Own work queue"),
}

#: Apart from LABELS: a StrEnum member is equal to its value, so ReferralStatus.ACCEPTED
#: and ObservationStatus.ACCEPTED ("accepted") would be one key of one dict.
REFERRAL_LABELS: dict[ReferralStatus, Source] = {
    ReferralStatus.PROPOSED: QT_TRANSLATE_NOOP("labels", "Proposed"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("labels", "Accepted by the programme"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("labels", "Declined"),
    ReferralStatus.STARTED: QT_TRANSLATE_NOOP("labels", "Started"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("labels", "Completed"),
    ReferralStatus.ENDED_EARLY: QT_TRANSLATE_NOOP("labels", "Ended early"),
}

#: The six kinds of programme (core/services/referrals.py) until a country's own list
#: arrives in a reference bundle (a code of that list is shown as itself).
PROGRAMMES: dict[str, Source] = {
    "disengagement": QT_TRANSLATE_NOOP("labels", "Disengagement programme"),
    "rehabilitation": QT_TRANSLATE_NOOP("labels", "Rehabilitation programme"),
    "mentoring": QT_TRANSLATE_NOOP("labels", "Mentoring"),
    "education": QT_TRANSLATE_NOOP("labels", "Education"),
    "mental_health": QT_TRANSLATE_NOOP("labels", "Mental-health support"),
    "religious_counselling": QT_TRANSLATE_NOOP("labels", "Religious counselling (chaplaincy)"),
}

#: Shorter words for narrow table columns (a set without one uses LABELS).
SHORT: dict[Enum, Source] = {
    Urgency.IMMEDIATE: QT_TRANSLATE_NOOP("labels", "Immediate"),
}

#: What each urgency asks of the reader (legends on screens and in reports).
URGENCY_MEANING: dict[Urgency, Source] = {
    Urgency.ROUTINE: QT_TRANSLATE_NOOP("labels", "Routine: for the next review."),
    Urgency.PRIORITY: QT_TRANSLATE_NOOP("labels", "Priority: a supervisor should see it soon."),
    Urgency.IMMEDIATE: QT_TRANSLATE_NOOP(
        "labels",
        "Immediate: threat to life or imminent harm; escalated in person or by phone at once.",
    ),
}


#: The free-text fields of observations and checklists, as questions and messages name them
#: (the sensitive-term question, core/safeguards.sensitive_findings' keys).
FIELDS: dict[str, Source] = {
    "facts": QT_TRANSLATE_NOOP("labels", "What was seen or heard"),
    "assessment": QT_TRANSLATE_NOOP("labels", "Officer's assessment"),
    "other_explanations": QT_TRANSLATE_NOOP("labels", "Other explanations considered"),
    "place": QT_TRANSLATE_NOOP("labels", "Place"),
    "officer_duty": QT_TRANSLATE_NOOP("labels", "Your duty at the time"),
    "action_taken": QT_TRANSLATE_NOOP("labels", "Action taken or recommended"),
    "own_account": QT_TRANSLATE_NOOP("labels", "Prisoner's own account"),
    "people": QT_TRANSLATE_NOOP("labels", "People involved"),
    "indicators": QT_TRANSLATE_NOOP("labels", "Evidence for the items ticked"),
    "protective_factors": QT_TRANSLATE_NOOP("labels", "Protective factors seen"),
    "handling_conditions": QT_TRANSLATE_NOOP("labels", "Handling conditions"),
    "context_notes": QT_TRANSLATE_NOOP("labels", "Context and vulnerability notes"),
    "summary": QT_TRANSLATE_NOOP("labels", "Summary"),
    "amendment_reason": QT_TRANSLATE_NOOP("labels", "Reason for the correction"),
}

#: A checklist item's evidence field ("answers.<code>").
EVIDENCE_FOR = QT_TRANSLATE_NOOP("labels", "Evidence for %1")


def field_word(name: str) -> Source | Text | str:
    """A free-text field's marked name (`answers.A1.2`: the evidence for item A1.2); else the key."""
    if name.startswith("answers."):
        return Text(EVIDENCE_FOR, name.split(".", 1)[1])
    return FIELDS.get(name, name)


def role_list(roles: Iterable[Role]) -> Listing:
    """'officer or supervisor', translated where shown."""
    return Listing([LABELS[r] for r in roles], QT_TRANSLATE_NOOP("labels", "%1 or %2"))


def word(value: Enum | str) -> Source | str:
    """The marked English word for an enum member (to pass into a Text); the code if unknown."""
    if isinstance(value, ReferralStatus):
        return REFERRAL_LABELS[value]
    if isinstance(value, Enum):
        return LABELS.get(value) or str(value.value)
    return value


def reason_parts(stored: str) -> tuple[Source | str, str]:
    """A stored reason for access ("data_subject_request: DPO 2026/11") as (the reason's
    marked word, the officer's words); a reason of no known code is kept whole."""
    code, _, text = stored.partition(": ")
    if code not in {r.value for r in JustificationReason}:
        return stored, ""
    return LABELS[JustificationReason(code)], text


def programme_word(code: str) -> Source | str:
    """The marked word for a programme of the six kinds; another code as it is listed."""
    return PROGRAMMES.get(code, code)


def short_word(value: Enum) -> Source | str:
    """The marked short word (falls back to `word`)."""
    return SHORT.get(value) or word(value)
