"""Closed sets and small values of the domain, shared by services, GUI and CLI."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Mode(StrEnum):
    """Chosen when a vault is created; the same code serves both."""

    WORKSTATION = "workstation"
    CENTRAL = "central"


class Role(StrEnum):
    """What a user may do; checked inside core services, never only in the GUI."""

    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"
    ANALYST = "analyst"
    TRAINER = "trainer"  # training vaults only: sees trainees' exercise results


ROLES_BY_MODE: dict[Mode, frozenset[Role]] = {
    Mode.WORKSTATION: frozenset({Role.OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.AUDITOR}),
    Mode.CENTRAL: frozenset({Role.ANALYST, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.AUDITOR}),
}

#: The roles of a training vault: trainees practise as officers (or supervisors); a
#: trainer sees their exercise results. No auditor: practice is no one's personal data.
TRAINING_ROLES: frozenset[Role] = frozenset(
    {Role.OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.TRAINER}
)


class ReportKind(StrEnum):
    """The reports the application prints (also written into the audit log)."""

    OBSERVATION = "observation"
    SUBJECT = "subject"
    UNIT = "unit"
    BLANK_CHECKLIST = "blank-checklist"
    RECOVERY_SHEET = "recovery-sheet"
    ENROLMENT_SHEET = "enrolment-sheet"
    ACCESS = "access"
    TRAINING_RECORD = "training-record"
    ESTABLISHMENT = "establishment"
    NATIONAL = "national"
    HANDOVER = "handover"  # made with its package (core/sync/handover.py)
    DATA_PROTECTION = "data-protection"  # the DPO's questions (core/reports/dpo_report.py)


@dataclass(frozen=True)
class User:
    """An account as the vault holds it (never its password or key material)."""

    id: str
    username: str
    display_name: str
    staff_code: str
    roles: frozenset[Role]
    active: bool
    must_change_password: bool
    units: tuple[str, ...] = ()
    removed: bool = False
    #: Whole-establishment grants (a workstation's own code) and, at the central office,
    #: the establishments the account works on ('*' = every establishment).
    establishments: tuple[str, ...] = ()

    def has(self, role: Role) -> bool:
        return role in self.roles


# --- records (subjects, observations, reviews) --------------------------------


class SubjectStatus(StrEnum):
    """Where the prisoner is now; a change may bring the review date forward."""

    IN_CUSTODY = "in_custody"
    TRANSFERRED = "transferred"
    RELEASED = "released"


class SourceType(StrEnum):
    """How the officer came to know; it proposes the default grade."""

    OWN_OBSERVATION = "own_observation"
    OVERHEARD = "overheard"
    TOLD_BY_PRISONER = "told_by_prisoner"
    TOLD_BY_STAFF = "told_by_staff"
    ITEM_FOUND = "item_found"


class PersonCategory(StrEnum):
    """Category of another person involved (LED Art. 6)."""

    PRISONER = "prisoner"
    VISITOR = "visitor"
    STAFF = "staff"
    OTHER = "other"
    UNKNOWN = "unknown"


class Urgency(StrEnum):
    """Immediate = threat to life or imminent harm: escalate in person now."""

    ROUTINE = "routine"
    PRIORITY = "priority"
    IMMEDIATE = "immediate"


URGENCY_ORDER: dict[Urgency, int] = {Urgency.IMMEDIATE: 0, Urgency.PRIORITY: 1, Urgency.ROUTINE: 2}


class ObservationStatus(StrEnum):
    """draft → submitted → accepted / returned / rejected (→ exported, set by sync)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    RETURNED = "returned"
    REJECTED = "rejected"
    EXPORTED = "exported"


#: What summaries and counts take in: a report returned to its author or rejected by a
#: supervisor is shown only in the prisoner's file, with its state (issue #14).
COUNTED_STATUSES = (
    ObservationStatus.SUBMITTED,
    ObservationStatus.ACCEPTED,
    ObservationStatus.EXPORTED,
)
#: The same as SQL (literal: the statuses are constants, never user input).
COUNTED_SQL = "(" + ", ".join(f"'{s.value}'" for s in COUNTED_STATUSES) + ")"


class ReviewDecision(StrEnum):
    """What a supervisor decides about a submitted observation."""

    ACCEPT = "accept"
    RETURN = "return"
    REGRADE = "regrade"
    REJECT = "reject"


class RetentionDecision(StrEnum):
    """What a supervisor decides about an overdue subject file."""

    KEEP = "keep"
    ANONYMISE = "anonymise"
    ERASE = "erase"


class JustificationReason(StrEnum):
    """Why a user opens a subject's file (LED Art. 25 consultation log)."""

    REVIEW = "review"
    NEW_INFORMATION = "new_information"
    SUPERVISION = "supervision"
    DATA_SUBJECT_REQUEST = "data_subject_request"
    OTHER = "other"
    #: Implied, never chosen: the user's own work queue (drafts, returns, items to review).
    WORK_QUEUE = "work_queue"


@dataclass(frozen=True)
class Justification:
    """A reason code plus a short text, written to the audit log on consultation."""

    reason: JustificationReason
    text: str = ""

    def audit_text(self) -> str:
        """The string stored in the audit entry's justification column."""
        return f"{self.reason.value}: {self.text}" if self.text else self.reason.value


@dataclass(frozen=True)
class Subject:
    """A prisoner's file header. Names may be in any script."""

    id: str
    establishment_code: str
    prison_number: str
    family_name: str
    given_names: str
    birth_year: int | None
    unit_code: str
    cell: str
    status: SubjectStatus
    review_due: str
    restricted: bool
    anonymised: bool
    version: int
    created_at: str
    created_by: str
    updated_at: str
    origin_workstation: str

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_names}".strip(", ")


@dataclass(frozen=True)
class SubjectChange:
    """One change of a subject: the old values, who, when and why."""

    version: int
    at: str
    by_user: str
    reason: str
    changed_fields: tuple[str, ...]
    old_values: dict[str, object]


@dataclass(frozen=True)
class PersonInvolved:
    """Another person in an observation, with a category, described in words."""

    category: PersonCategory
    description: str = ""


@dataclass(frozen=True)
class IndicatorEvidence:
    """An indicator code of the active template with the sentence that supports it."""

    code: str
    evidence: str

    @property
    def domain(self) -> str:
        """The domain is the part of the code before the last dot ("A3" of "A3.2")."""
        return self.code.rsplit(".", 1)[0] if "." in self.code else self.code


@dataclass(frozen=True)
class Grading:
    """Source and information graded separately, plus handling; never combined."""

    preset: str
    source: str
    information: str
    handling: str
    conditions: str = ""


@dataclass(frozen=True)
class Observation:
    """One version of an observation. `source_identity` is blanked unless asked for."""

    id: str
    version: int
    is_current: bool
    subject_id: str
    establishment_code: str
    origin_workstation: str
    unit_code: str
    event_start: str
    event_end: str | None
    place: str
    officer_duty: str
    recorded_at: str
    recorded_by: str
    recorded_by_code: str
    facts: str
    assessment: str
    source_type: SourceType
    source_identity: str
    people: tuple[PersonInvolved, ...]
    indicators: tuple[IndicatorEvidence, ...]
    protective_factors: tuple[str, ...]
    grading: Grading
    urgency: Urgency
    action_taken: str
    own_account: str
    status: ObservationStatus
    restricted: bool
    amendment_reason: str
    created_at: str
    updated_at: str
    submitted_at: str | None
    current_grading: Grading | None = None  # after re-grading by a reviewer, else None
    other_explanations: str = ""
    other_explanations_none: bool = False  # "none identified", answered after considering it
    #: The sensitive-term questions the officer answered "necessary" when sealing it
    #: (core/safeguards.SensitiveFinding), shown to supervisors.
    sensitive_terms: tuple[object, ...] = ()
    #: The checklist template (code, version) its indicator codes belong to.
    template_code: str | None = None
    template_version: int | None = None
    classification: str = ""  # from the configured list; '' = the vault's default marking

    @property
    def sealed(self) -> bool:
        return self.status is not ObservationStatus.DRAFT

    @property
    def effective_grading(self) -> Grading:
        """The reviewer's grade if re-graded, else the officer's."""
        return self.current_grading or self.grading


@dataclass(frozen=True)
class GradeChange:
    """A line of grade history: proposed by the officer or re-graded by a reviewer."""

    observation_version: int
    at: str
    by_user: str
    kind: str
    grading: Grading
    reason: str


@dataclass(frozen=True)
class Review:
    """A supervisor's decision on one observation version."""

    id: str
    observation_id: str
    observation_version: int
    reviewer: str
    decision: ReviewDecision
    comment: str
    at: str
    grading: Grading | None


# --- records follow the prisoner (transfers, referrals) --------------------------


@dataclass(frozen=True)
class Transfer:
    """A prisoner's move to another establishment, recorded where the prisoner was."""

    id: str
    subject_id: str
    from_establishment: str
    to_establishment: str
    transfer_date: str
    note: str
    recorded_at: str
    recorded_by: str
    recorded_by_code: str
    establishment_code: str


class ReferralStatus(StrEnum):
    """Where a programme referral stands; completed, declined and ended early close it."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    STARTED = "started"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"

    @property
    def is_open(self) -> bool:
        """Still under way (proposed, accepted or started)."""
        return self in (ReferralStatus.PROPOSED, ReferralStatus.ACCEPTED, ReferralStatus.STARTED)


@dataclass(frozen=True)
class ReferralStep:
    """One status a referral reached: when (a date), who recorded it, a short note."""

    status: ReferralStatus
    date: str
    by: str
    note: str = ""


@dataclass(frozen=True)
class Referral:
    """One version of a referral to a programme; each status change is a new version.

    The reason is kept as facts (what was seen) apart from the assessment (why the
    programme may help); the outcome is notes, never a score.
    """

    id: str
    version: int
    is_current: bool
    subject_id: str
    programme: str
    referred_by: str
    referred_by_code: str
    referred_on: str
    reason_facts: str
    reason_assessment: str
    status: ReferralStatus
    history: tuple[ReferralStep, ...]
    outcome: str
    changed_by: str
    establishment_code: str
    origin_workstation: str
    created_at: str
    updated_at: str
