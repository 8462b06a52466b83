"""Central office overviews built from imported records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.model import Mode
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation, subject_search
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import keys
from radprev_desktop.core.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ConsolidatedSubject:
    """One subject row of the consolidated view (no observation content)."""

    id: str
    establishment: str
    prison_number: str
    family_name: str
    given_names: str
    birth_year: int | None
    status: str
    observations: int
    last_event: str | None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def consolidated_subjects(
    session: Session, *, establishment: str | None = None, limit: int = 1000, offset: int = 0
) -> list[ConsolidatedSubject]:
    """Subjects across every establishment, with observation counts (audited consultation).

    Subjects are matched across packages by establishment + prison number when the
    records service applies them, so each person appears once per establishment.
    """
    keys.require_mode(session, Mode.CENTRAL, QT_TRANSLATE_NOOP("errors", "The consolidated view"))
    policy.require(session, Permission.READ_CONSOLIDATED)
    why = consultation.require_purpose(session)
    rows = subject_search.consolidated(session, establishment, limit, offset)
    with session.transaction():
        session.audit(
            "consolidated_view",
            object_type="subjects",
            justification=why,
            details={"rows": len(rows), "establishment": establishment or "*"},
        )
    return [
        ConsolidatedSubject(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            int(r[5]) if r[5] is not None else None,
            str(r[6]),
            int(r[7]),
            r[8],
        )
        for r in rows
    ]
