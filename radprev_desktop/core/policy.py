"""Who may do what: the one place that answers permission questions.

Core services refuse what a user may not do (`require`); screens and commands
ask the same table what to offer (`allows`, `areas`, `report_kinds`,
`may_amend_observation` …), so a button is never enabled for something the
core would refuse, and a rule changes in one place.

A permission is granted by role; access by unit and establishment (issue #14)
adds *where* to *who*: `scope(session, permission)` says which prisoners' files
the permission reaches. Officers and supervisors reach the prisoners of their
units (assigned by an administrator; a supervisor may hold several), or the
whole establishment through an explicit, audited grant; central office analysts
and supervisors reach the establishments they are assigned; administrators and
the data-protection officer (auditor) work on the whole vault. Services turn
the scope into SQL (`subjects.scope_sql`) for lists, search, counts and
reports, and check one file with `require_reach`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from radprev_desktop.core.errors import NotFound, PermissionDenied, history_refusal
from radprev_desktop.core.labels import role_list
from radprev_desktop.core.model import Mode, ReportKind, Role, User
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text

OFFICER = Role.OFFICER
SUPERVISOR = Role.SUPERVISOR
ADMINISTRATOR = Role.ADMINISTRATOR
AUDITOR = Role.AUDITOR
ANALYST = Role.ANALYST
TRAINER = Role.TRAINER


class Permission(StrEnum):
    """Something a user may be allowed to do, in the officers' words."""

    READ_SUBJECTS = "read prisoners' details"
    WRITE_SUBJECTS = "record and correct prisoners' details"
    ADD_SUBJECTS = "add prisoners"
    RESTRICT_SUBJECTS = "mark a prisoner's file restricted"
    RECORD_DATA_REQUESTS = "record rectification requests and disputes"
    READ_OBSERVATIONS = "read observations"
    READ_RECORD_TEXT = "read what officers wrote"
    WRITE_OBSERVATIONS = "write observations"
    AMEND_ANY_OBSERVATION = "amend other officers' observations"
    SEE_SOURCE_IDENTITY = "see who a restricted source is"
    READ_CHECKLISTS = "read checklists"
    RUN_CHECKLISTS = "complete checklists"
    AMEND_ANY_CHECKLIST = "amend other officers' checklists"
    REVIEW = "review observations"
    SEE_OVERDUE_FILES = "see files overdue for review"
    DECIDE_RETENTION = "decide to keep, anonymise or erase a file"
    ERASE_FILES = "erase a file"
    READ_AUDIT_LOG = "read the audit log"
    VERIFY_AUDIT_LOG = "verify the audit log"
    CHECK_VAULT = "check the vault's health (doctor)"
    LIST_ACCOUNTS = "list accounts"
    MANAGE_ACCOUNTS = "manage accounts"
    CHANGE_SETTINGS = "change settings"
    MANAGE_TEMPLATES = "import and activate checklist templates"
    EXPORT_TEMPLATES = "export checklist templates"
    MANAGE_VAULT = "back up and re-key the vault"
    MANAGE_SYNC_KEYS = "trust, enrol and certify workstations"
    EXPORT_PACKAGES = "export packages"
    IMPORT_RECEIPTS = "import receipts"
    IMPORT_PACKAGES = "import packages"
    SEE_WORKSTATIONS = "see the workstations' delivery state"
    READ_CONSOLIDATED = "read the consolidated prisoner list"
    VERIFY_IMPORTED_AUDIT = "verify the workstations' audit logs"
    MAKE_DEMO_DATA = "make demonstration data"
    PRACTISE = "practise on training scenarios"
    SEE_TRAINING_RESULTS = "see every trainee's exercise results"
    RECORD_TRANSFERS = "record a prisoner's transfer to another establishment"
    ISSUE_TRANSFERS = "issue transfer bundles to receiving establishments"
    RECEIVE_TRANSFERS = "import transfer bundles"
    READ_REFERRALS = "read programme referrals"
    WRITE_REFERRALS = "refer prisoners to programmes and record outcomes"
    UPDATE_ANY_REFERRAL = "update other officers' referrals"
    MAKE_HANDOVERS = "make release handovers for the probation service"
    LINK_FILES = "decide whether two files are one person"


#: Which roles hold each permission.
GRANTS: dict[Permission, frozenset[Role]] = {
    # The administrator keeps prisoners' identities (and may correct them) but does not
    # read observations: accounts and settings, not content.
    Permission.READ_SUBJECTS: frozenset({OFFICER, SUPERVISOR, ADMINISTRATOR, ANALYST, AUDITOR}),
    Permission.WRITE_SUBJECTS: frozenset({OFFICER, SUPERVISOR, ADMINISTRATOR, ANALYST}),
    Permission.ADD_SUBJECTS: frozenset({OFFICER, SUPERVISOR, ADMINISTRATOR, ANALYST}),
    Permission.RESTRICT_SUBJECTS: frozenset({SUPERVISOR, ADMINISTRATOR}),
    # Observations also need AMEND_ANY_OBSERVATION (decision 0023).
    Permission.RECORD_DATA_REQUESTS: frozenset({SUPERVISOR, ADMINISTRATOR}),
    # The auditor (data-protection officer) reads them to answer data subjects' requests.
    Permission.READ_OBSERVATIONS: frozenset({OFFICER, SUPERVISOR, ANALYST, AUDITOR}),
    # The auditor (and the administrator) sees records' metadata and the audit log, never
    # what officers wrote: facts, assessments, evidence (issue #11 item 5).
    Permission.READ_RECORD_TEXT: frozenset({OFFICER, SUPERVISOR, ANALYST}),
    Permission.WRITE_OBSERVATIONS: frozenset({OFFICER, SUPERVISOR, ANALYST}),
    Permission.AMEND_ANY_OBSERVATION: frozenset({SUPERVISOR}),
    Permission.SEE_SOURCE_IDENTITY: frozenset({SUPERVISOR}),  # besides the author
    Permission.READ_CHECKLISTS: frozenset({OFFICER, SUPERVISOR, ANALYST, AUDITOR}),
    Permission.RUN_CHECKLISTS: frozenset({OFFICER, SUPERVISOR}),
    Permission.AMEND_ANY_CHECKLIST: frozenset({SUPERVISOR}),
    Permission.REVIEW: frozenset({SUPERVISOR}),
    Permission.SEE_OVERDUE_FILES: frozenset({SUPERVISOR, ADMINISTRATOR}),
    Permission.DECIDE_RETENTION: frozenset({SUPERVISOR}),
    Permission.ERASE_FILES: frozenset({ADMINISTRATOR}),
    Permission.READ_AUDIT_LOG: frozenset({AUDITOR}),
    Permission.VERIFY_AUDIT_LOG: frozenset({AUDITOR, ADMINISTRATOR}),
    Permission.CHECK_VAULT: frozenset({ADMINISTRATOR, AUDITOR}),
    Permission.LIST_ACCOUNTS: frozenset({ADMINISTRATOR, AUDITOR}),
    Permission.MANAGE_ACCOUNTS: frozenset({ADMINISTRATOR}),
    Permission.CHANGE_SETTINGS: frozenset({ADMINISTRATOR}),
    Permission.MANAGE_TEMPLATES: frozenset({ADMINISTRATOR}),
    Permission.EXPORT_TEMPLATES: frozenset({ADMINISTRATOR, ANALYST}),
    Permission.MANAGE_VAULT: frozenset({ADMINISTRATOR}),
    Permission.MANAGE_SYNC_KEYS: frozenset({ADMINISTRATOR}),
    Permission.EXPORT_PACKAGES: frozenset({ADMINISTRATOR, SUPERVISOR}),
    Permission.IMPORT_RECEIPTS: frozenset({ADMINISTRATOR, SUPERVISOR}),
    Permission.IMPORT_PACKAGES: frozenset({ANALYST, ADMINISTRATOR}),
    Permission.SEE_WORKSTATIONS: frozenset({ANALYST, ADMINISTRATOR, SUPERVISOR, AUDITOR}),
    Permission.READ_CONSOLIDATED: frozenset({ANALYST, SUPERVISOR, ADMINISTRATOR}),
    Permission.VERIFY_IMPORTED_AUDIT: frozenset({AUDITOR, ADMINISTRATOR, ANALYST}),
    Permission.MAKE_DEMO_DATA: frozenset({ADMINISTRATOR}),
    # Training vaults only (the trainer role exists nowhere else; services check the vault).
    Permission.PRACTISE: frozenset({OFFICER, SUPERVISOR}),
    Permission.SEE_TRAINING_RESULTS: frozenset({TRAINER}),
    # Records follow the prisoner (issue #15): the officer or supervisor who sees the
    # prisoner leave records the transfer; the central office issues the file to the
    # receiving establishment, whose administrator or supervisor takes it in.
    Permission.RECORD_TRANSFERS: frozenset({OFFICER, SUPERVISOR}),
    Permission.ISSUE_TRANSFERS: frozenset({ANALYST, ADMINISTRATOR}),
    Permission.RECEIVE_TRANSFERS: frozenset({ADMINISTRATOR, SUPERVISOR}),
    Permission.READ_REFERRALS: frozenset({OFFICER, SUPERVISOR, ANALYST, AUDITOR}),
    Permission.WRITE_REFERRALS: frozenset({OFFICER, SUPERVISOR}),
    Permission.UPDATE_ANY_REFERRAL: frozenset({SUPERVISOR}),
    # A disclosure to another authority: the supervisor decides what leaves.
    Permission.MAKE_HANDOVERS: frozenset({SUPERVISOR}),
    Permission.LINK_FILES: frozenset({ANALYST}),
}

#: What a central office never does itself, whatever the role holds: its prisoners and
#: records come from the workstations' packages (DESIGN: analysts import, count and print;
#: the records are made where the prisoner is held). Asked with a session, which knows its
#: vault; a bare `User` answers by role only.
WORKSTATION_ONLY: frozenset[Permission] = frozenset(
    {Permission.WRITE_OBSERVATIONS, Permission.RUN_CHECKLISTS, Permission.ADD_SUBJECTS}
)

#: Who may produce each report (menu order).
REPORTS: dict[ReportKind, frozenset[Role]] = {
    ReportKind.OBSERVATION: frozenset({OFFICER, SUPERVISOR, ANALYST}),
    ReportKind.SUBJECT: frozenset({SUPERVISOR, ANALYST}),
    ReportKind.UNIT: frozenset({SUPERVISOR, ANALYST}),
    ReportKind.BLANK_CHECKLIST: frozenset({OFFICER, SUPERVISOR, ANALYST, ADMINISTRATOR, AUDITOR}),
    ReportKind.RECOVERY_SHEET: frozenset({ADMINISTRATOR}),
    ReportKind.ENROLMENT_SHEET: frozenset({ADMINISTRATOR}),
    ReportKind.ACCESS: frozenset({AUDITOR}),
    # The trainer role exists only in training vaults; a trainee prints their own
    # record from the training screens (`may_print_training_record`).
    ReportKind.TRAINING_RECORD: frozenset({TRAINER}),
    # Central office reports: counts by establishment, never a name (issue #15); the
    # analyst is the central office's role.
    ReportKind.ESTABLISHMENT: frozenset({ANALYST}),
    ReportKind.NATIONAL: frozenset({ANALYST}),
    # Made on release together with its package (Permission.MAKE_HANDOVERS).
    ReportKind.HANDOVER: frozenset({SUPERVISOR}),
    # The data-protection officer's questions (issue #14): who consulted a file, etc.
    ReportKind.DATA_PROTECTION: frozenset({AUDITOR}),
}

#: Reports that hold a prisoner's data: they need a reason and (to print) a recipient.
PERSONAL_REPORTS: frozenset[ReportKind] = frozenset(
    {
        ReportKind.OBSERVATION,
        ReportKind.SUBJECT,
        ReportKind.UNIT,
        ReportKind.ACCESS,
        ReportKind.HANDOVER,
    }
)


class Area(StrEnum):
    """The places of work a front end offers (a GUI page, a group of CLI commands)."""

    DASHBOARD = "dashboard"
    SUBJECTS = "subjects"
    SEARCH = "search"
    REVIEW_QUEUE = "review_queue"
    REPORTS = "reports"
    SYNC = "sync"
    ADMINISTRATION = "admin"
    AUDIT_LOG = "audit"
    SUBJECT_FILE = "subject_detail"
    OBSERVATION_EDITOR = "observation_editor"
    CHECKLIST_RUNNER = "checklist_runner"
    TRAINING = "training"


#: An area is open to a user holding any one of its permissions (an empty set: everyone).
AREAS: dict[Area, frozenset[Permission]] = {
    Area.DASHBOARD: frozenset(),
    Area.SUBJECTS: frozenset({Permission.READ_OBSERVATIONS}),
    Area.SEARCH: frozenset({Permission.READ_OBSERVATIONS}),
    Area.REVIEW_QUEUE: frozenset({Permission.REVIEW}),
    Area.REPORTS: frozenset(),  # every role may print at least the blank checklist
    Area.SYNC: frozenset(
        {Permission.EXPORT_PACKAGES, Permission.IMPORT_PACKAGES, Permission.READ_CONSOLIDATED}
    ),
    Area.ADMINISTRATION: frozenset({Permission.MANAGE_ACCOUNTS}),
    Area.AUDIT_LOG: frozenset({Permission.READ_AUDIT_LOG}),
    Area.SUBJECT_FILE: frozenset({Permission.READ_OBSERVATIONS}),
    # Recording, or reading an observation with what was written (a central office's
    # analysts read there what the workstations recorded).
    Area.OBSERVATION_EDITOR: frozenset(
        {Permission.WRITE_OBSERVATIONS, Permission.READ_RECORD_TEXT}
    ),
    # Completing a checklist, or reading one with what officers wrote in it.
    Area.CHECKLIST_RUNNER: frozenset({Permission.RUN_CHECKLISTS, Permission.READ_RECORD_TEXT}),
    Area.TRAINING: frozenset({Permission.PRACTISE, Permission.SEE_TRAINING_RESULTS}),
}

#: Areas offered only in a training vault, and areas never offered there (nothing enters or
#: leaves a training vault by USB). Asked with a session, which knows its vault.
TRAINING_ONLY_AREAS: frozenset[Area] = frozenset({Area.TRAINING})
NOT_IN_TRAINING_AREAS: frozenset[Area] = frozenset({Area.SYNC})


class HasUser(Protocol):
    """A session, or anything else that knows who is asking."""

    @property
    def user(self) -> User: ...


def _user(who: User | HasUser) -> User:
    return who if isinstance(who, User) else who.user


def allows(who: User | HasUser, permission: Permission) -> bool:
    """Whether the user holds `permission` (here: a central office refuses
    `WORKSTATION_ONLY` to every role)."""
    if permission in WORKSTATION_ONLY and at_central_office(who):
        return False
    return bool(GRANTS[permission] & _user(who).roles)


def at_central_office(who: User | HasUser) -> bool:
    """Whether `who` is a session in a central office's store (a bare user: unknown, no)."""
    return getattr(who, "mode", None) == Mode.CENTRAL


def require(who: User | HasUser, permission: Permission) -> None:
    """PermissionDenied (naming the roles that may) unless the user holds `permission`."""
    if permission in WORKSTATION_ONLY and at_central_office(who):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is done at a workstation: the central office's prisoners and records "
                "come from the workstations' packages.",
            )
        )
    if not allows(who, permission):
        raise PermissionDenied(_needs(GRANTS[permission]))


def _needs(roles: frozenset[Role]) -> Text:
    # Role names in a fixed order, so the message is the same every time.
    return Text(
        QT_TRANSLATE_NOOP("errors", "This needs the %1 role."),
        role_list([r for r in Role if r in roles]),
    )


# --- areas and reports ---------------------------------------------------------------------


def may_enter(who: User | HasUser, area: Area) -> bool:
    """Whether a front end should offer `area` to this user (in this vault, given a session)."""
    training = bool(getattr(who, "training", False))
    if (area in TRAINING_ONLY_AREAS and not training) or (
        area in NOT_IN_TRAINING_AREAS and training
    ):
        return False
    needed = AREAS[area]
    return not needed or any(allows(who, p) for p in needed)


def areas(who: User | HasUser) -> list[Area]:
    """The areas this user may enter, in declaration order."""
    return [a for a in Area if may_enter(who, a)]


def may_print(who: User | HasUser, kind: ReportKind) -> bool:
    """Whether the user may produce the report `kind`."""
    return bool(REPORTS[kind] & _user(who).roles)


def report_kinds(who: User | HasUser) -> list[ReportKind]:
    """The reports this user may produce, in menu order."""
    return [kind for kind in REPORTS if may_print(who, kind)]


def require_report(who: User | HasUser, kind: ReportKind) -> None:
    """PermissionDenied unless the user may produce the report `kind`."""
    if not may_print(who, kind):
        raise PermissionDenied(_needs(REPORTS[kind]))


# --- questions about one record ------------------------------------------------------------


def is_author(who: User | HasUser, recorded_by: str) -> bool:
    """Whether the user wrote the record (authors keep rights others need a role for)."""
    return _user(who).username == recorded_by


def may_amend_observation(who: User | HasUser, recorded_by: str, sealed: bool = True) -> bool:
    """A sealed observation may be amended by a writer who wrote it, or by a supervisor."""
    return (
        sealed
        and allows(who, Permission.WRITE_OBSERVATIONS)
        and (is_author(who, recorded_by) or allows(who, Permission.AMEND_ANY_OBSERVATION))
    )


def may_see_source(who: User | HasUser, recorded_by: str) -> bool:
    """The restricted identity of a source: its author and supervisors only."""
    return is_author(who, recorded_by) or allows(who, Permission.SEE_SOURCE_IDENTITY)


def may_amend_checklist(who: User | HasUser, author: str) -> bool:
    """A completed checklist run may be amended by a writer who wrote it, or a supervisor."""
    return allows(who, Permission.RUN_CHECKLISTS) and (
        is_author(who, author) or allows(who, Permission.AMEND_ANY_CHECKLIST)
    )


def may_see_training_results(who: User | HasUser, trainee: str) -> bool:
    """A trainee sees their own exercises; a trainer sees everyone's."""
    return is_author(who, trainee) or allows(who, Permission.SEE_TRAINING_RESULTS)


def may_print_training_record(who: User | HasUser, trainee: str) -> bool:
    """A trainee prints their own training record; a trainer prints anyone's."""
    return may_see_training_results(who, trainee)


# --- records that arrived with a transferred prisoner --------------------------------------


class InEstablishment(Protocol):
    """A session: the establishment its vault belongs to."""

    establishment_code: str


def made_here(session: InEstablishment, establishment_code: str) -> bool:
    """Whether a record was made at this vault's establishment.

    Records that arrived with a transferred prisoner's file are history: read here,
    never amended, reviewed or corrected (they belong to the establishment that made
    them, and the central office would refuse a change to them from here).
    """
    return establishment_code == session.establishment_code


def require_made_here(session: InEstablishment, establishment_code: str) -> None:
    """Conflict (errors.history_refusal) for a record another establishment made."""
    if not made_here(session, establishment_code):
        raise history_refusal(establishment_code)


# --- where: access by unit and establishment --------------------------------------------

#: Roles whose work covers every prisoner of the vault: the administrator keeps the
#: register and accounts, the data-protection officer answers every person's request.
WHOLE_VAULT_ROLES: frozenset[Role] = frozenset({ADMINISTRATOR, AUDITOR})
#: The grant code that reaches every establishment (central office only).
EVERY_ESTABLISHMENT = "*"


class HasScope(Protocol):
    """A session: who is asking, and in which establishment's vault."""

    @property
    def user(self) -> User: ...

    establishment_code: str


@dataclass(frozen=True)
class Scope:
    """The prisoners' files a permission reaches: everything, or units and establishments.

    `units` are unit codes of the vault's own establishment (`home`);
    `establishments` are whole establishments (a workstation's whole-establishment
    grant names its own code; central office assignments name theirs).
    """

    everything: bool
    home: str = ""
    units: frozenset[str] = frozenset()
    establishments: frozenset[str] = frozenset()

    @property
    def nothing(self) -> bool:
        """The permission reaches no file at all."""
        return not self.everything and not self.units and not self.establishments

    def covers(self, establishment_code: str, unit_code: str) -> bool:
        """Whether a prisoner of this establishment and unit is within reach."""
        if self.everything or establishment_code in self.establishments:
            return True
        return bool(unit_code) and establishment_code == self.home and unit_code in self.units

    def covers_establishment(self, establishment_code: str) -> bool:
        """Whether a whole establishment is within reach: the central office's counts,
        workstations and transfers are shown by establishment, never by unit."""
        return self.everything or establishment_code in self.establishments


NO_SCOPE = Scope(False)


class Located(Protocol):
    """A prisoner (or a row about one) with its establishment and current unit."""

    @property
    def establishment_code(self) -> str: ...

    @property
    def unit_code(self) -> str: ...


def scope(session: HasScope, permission: Permission = Permission.READ_SUBJECTS) -> Scope:
    """Which files `permission` reaches for this session's user (none without the permission).

    Decided by the roles that grant the permission: held through an administrator
    or auditor role it reaches the whole vault; through officer, supervisor or
    analyst it reaches the user's units and granted establishments.
    """
    user = session.user
    granting = GRANTS[permission] & user.roles
    if not granting:
        return NO_SCOPE
    if granting & WHOLE_VAULT_ROLES or EVERY_ESTABLISHMENT in user.establishments:
        return Scope(True)
    return Scope(
        False, session.establishment_code, frozenset(user.units), frozenset(user.establishments)
    )


def may_reach(
    session: HasScope, where: Located, permission: Permission = Permission.READ_SUBJECTS
) -> bool:
    """Whether the user may use `permission` on this prisoner's file."""
    return scope(session, permission).covers(where.establishment_code, where.unit_code)


def require_reach(
    session: HasScope, where: Located, permission: Permission = Permission.READ_SUBJECTS
) -> None:
    """PermissionDenied without the permission; NotFound for a file outside the user's units.

    Outside one's units a file answers as if it did not exist: a name or a unit
    is not given away to someone who may not see it.
    """
    require(session, permission)
    if not may_reach(session, where, permission):
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no such prisoner in the units you work in. If you need this file, "
                "ask the administrator to assign you the unit.",
            )
        )
