"""What the central office sees of its workstations: gaps, failed imports, quarantine, conflicts.

Read-only views over the tables the import writes (`imports`, `quarantine`,
`sync_conflicts`), plus marking an item as dealt with. Roles: an analyst or an
administrator imports and works the quarantine; supervisors and auditors may
look at the workstation list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation, enrolment, package_imports
from radprev_desktop.core.services.package_imports import WorkstationPackages
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

MAX_GAPS_LISTED = 1000


def gaps(session: Session, workstation_id: str) -> list[int]:
    """Sequence numbers below the highest imported that have not arrived (the first 1000)."""
    return gaps_in(package_imports.imported_sequences(session.con, workstation_id))


def gaps_in(sequences: list[int]) -> list[int]:
    """The numbers missing below the highest of `sequences` (ascending; the first 1000)."""
    missing: list[int] = []
    expected = 1
    for seq in sequences:
        while expected < seq and len(missing) < MAX_GAPS_LISTED:
            missing.append(expected)
            expected += 1
        if len(missing) >= MAX_GAPS_LISTED:
            break
        expected = seq + 1
    return missing


@dataclass(frozen=True)
class WorkstationState:
    """One enrolled workstation as shown on the central Sync page."""

    workstation_id: str
    establishment: str
    fingerprint: str
    enrolled_at: str
    packages: int
    last_sequence: int
    last_import_at: str | None
    gaps: list[int]
    quarantined: int
    conflicts: int
    failed_imports: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def workstation_states(
    session: Session, packages: dict[str, WorkstationPackages] | None = None
) -> list[WorkstationState]:
    """Enrolled workstations with last sequence, gaps, quarantine and conflict counts.

    `packages`: package_imports.packages_by_workstation, when the caller read it already.
    A fixed number of queries whatever the number of workstations.
    """
    policy.require(session, Permission.SEE_WORKSTATIONS)
    # Those of the establishments within the user's reach: an analyst limited to one saw
    # every establishment's workstations and package counts on the Sync page (Xvfb walk).
    reach = policy.scope(session, Permission.SEE_WORKSTATIONS)
    con = session.con
    held = package_imports.packages_by_workstation(con) if packages is None else packages
    out: list[WorkstationState] = []
    for ws, est, fp, enrolled_at in enrolment.enrolled_workstations(con):
        if not reach.covers_establishment(est):
            continue
        got = held.get(ws) or WorkstationPackages()
        out.append(
            WorkstationState(
                ws,
                est,
                fp,
                enrolled_at,
                len(got.sequences),
                got.sequences[-1] if got.sequences else 0,
                got.last_import_at,
                gaps_in(got.sequences),
                got.quarantined,
                got.conflicts,
                got.failed_audit,
            )
        )
    return out


@dataclass(frozen=True)
class QuarantineItem:
    """A quarantined line (its content stays in the vault; not shown in lists)."""

    id: int
    workstation_id: str
    package_seq: int
    line: int
    part: str
    kind: str
    object_id: str
    reason: str
    field: str
    at: str


def quarantine_items(session: Session, limit: int = 1000) -> list[QuarantineItem]:
    """Unresolved quarantined records, newest first."""
    policy.require(session, Permission.IMPORT_PACKAGES)
    return [QuarantineItem(*r) for r in package_imports.open_quarantine(session.con, limit)]  # type: ignore[arg-type]


@dataclass(frozen=True)
class ConflictItem:
    """A same id+version that arrived with different content."""

    id: int
    workstation_id: str
    package_seq: int
    kind: str
    object_id: str
    version: int
    at: str


def conflict_items(session: Session, limit: int = 1000) -> list[ConflictItem]:
    """Unresolved conflicts, newest first."""
    policy.require(session, Permission.IMPORT_PACKAGES)
    return [ConflictItem(*r) for r in package_imports.open_conflicts(session.con, limit)]  # type: ignore[arg-type]


def conflict_content(session: Session, conflict_id: int) -> dict[str, Any]:
    """The conflicting record as received (a consultation logged with its purpose).

    Only for the establishments the reader works on (access by establishment).
    """
    policy.require(session, Permission.IMPORT_PACKAGES)
    row = package_imports.conflict_row(session.con, conflict_id)
    reach = policy.scope(session, Permission.IMPORT_PACKAGES)
    if row is None or not (reach.everything or row[3] in reach.establishments):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such conflict."))
    consultation.record(session, "conflict_viewed", object_type=str(row[0]), object_id=str(row[1]))
    result: dict[str, Any] = json.loads(row[2])
    return result


@operation(Change.SYNC)
def resolve(session: Session, table: str, item_id: int, note: str) -> None:
    """Mark a quarantine item or conflict as dealt with (kept, not deleted)."""
    policy.require(session, Permission.IMPORT_PACKAGES)
    if table not in ("quarantine", "sync_conflicts"):
        raise ValueError(table)
    with session.transaction() as con:
        package_imports.mark_resolved(con, table, item_id, session.user.username)
        session.audit(
            "sync_item_resolved",
            object_type=table,
            object_id=str(item_id),
            details={"note_length": len(note)},
        )
