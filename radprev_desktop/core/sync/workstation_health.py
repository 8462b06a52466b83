"""The central office's view of its workstations' health (no personal data).

For each enrolled workstation: its last package (number, when it was made, when
it arrived), how long ago that was against the export interval the office
sets, packages missing in its sequence, packages waiting for a receipt longer
than the receipt wait, records in quarantine, conflicts and failed imports.
A workstation is "attention" when any of these needs someone to act.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.clock import now
from radprev_desktop.core.model import Mode
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import enrolment, package_imports
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import keys
from radprev_desktop.core.sync.central_state import workstation_states


@dataclass(frozen=True)
class WorkstationHealth:
    """One workstation as the health view shows it."""

    workstation_id: str
    establishment: str
    last_sequence: int
    last_package_at: str | None  # when the workstation made it
    last_import_at: str | None
    days_since_package: int | None
    export_overdue: bool
    gaps: list[int]
    awaiting_receipt: int  # packages imported since the last receipt
    receipt_overdue: bool
    quarantined: int
    conflicts: int
    failed_imports: list[int] = field(default_factory=list)
    can_receive_transfers: bool = False

    @property
    def needs_attention(self) -> bool:
        return bool(
            self.export_overdue
            or self.gaps
            or self.receipt_overdue
            or self.quarantined
            or self.conflicts
            or self.failed_imports
        )

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "needs_attention": self.needs_attention}


def _parse(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None


def workstation_health(session: Session, *, at: datetime | None = None) -> list[WorkstationHealth]:
    """Every enrolled workstation's health, by establishment (central office): those of the
    establishments within the user's reach (an analyst's grants, issue #14)."""
    keys.require_mode(session, Mode.CENTRAL, "The workstation health view")
    policy.require(session, Permission.SEE_WORKSTATIONS)
    reach = policy.scope(session, Permission.SEE_WORKSTATIONS)
    moment = at or now()
    interval = int(
        session.setting("export_interval_days", catalogue.default("export_interval_days"))
    )
    wait = int(session.setting("receipt_wait_days", catalogue.default("receipt_wait_days")))
    receipt_at = _parse(session.meta("receipt_written_at"))
    out: list[WorkstationHealth] = []
    # Every workstation's packages and recipients read at once (a fixed number of
    # queries, not several per workstation: a national office enrols dozens).
    packages = package_imports.packages_by_workstation(session.con)
    recipients = enrolment.recipients_by_workstation(session.con)
    for state in workstation_states(session, packages):
        if not reach.covers_establishment(state.establishment):
            continue
        held = packages.get(state.workstation_id) or package_imports.WorkstationPackages()
        made_at = held.last_made_at
        made_time = _parse(made_at)
        days = (moment - made_time).days if made_time else None
        waiting = [_parse(t) for t in held.imported_at]
        unacknowledged = [t for t in waiting if t and (receipt_at is None or t > receipt_at)]
        recipient = recipients.get(state.workstation_id, "")
        out.append(
            WorkstationHealth(
                workstation_id=state.workstation_id,
                establishment=state.establishment,
                last_sequence=state.last_sequence,
                last_package_at=made_at,
                last_import_at=state.last_import_at,
                days_since_package=days,
                # Twice the interval: a week's delay is normal, a second one is not.
                export_overdue=days is None or days > 2 * interval,
                gaps=state.gaps,
                awaiting_receipt=len(unacknowledged),
                receipt_overdue=any(moment - t > timedelta(days=wait) for t in unacknowledged),
                quarantined=state.quarantined,
                conflicts=state.conflicts,
                failed_imports=state.failed_imports,
                can_receive_transfers=bool(recipient),
            )
        )
    return out
