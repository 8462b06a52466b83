"""Read-only look-ups the reports need and no record service offers yet.

Kept in one place, in plain standard SQL, so they can move into the owning
service (core/services/search.py) without touching the report layouts; see
docs/decisions for why they are here.
"""

from __future__ import annotations

from dataclasses import dataclass

from radprev_desktop.core import policy
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services.subject_scope import scope_sql
from radprev_desktop.core.session import Session


@dataclass(frozen=True)
class NewSubject:
    """A subject file opened in the period (header only)."""

    id: str
    prison_number: str
    family_name: str
    given_names: str
    unit_code: str
    created_at: str


def new_subjects(
    session: Session, date_from: str, date_to: str, unit: str | None, *, limit: int
) -> tuple[int, list[NewSubject]]:
    """Subjects created between the two days (inclusive): their count and the first `limit`.

    Only prisoners of the reader's units (access by unit).
    """
    policy.require(session, Permission.READ_SUBJECTS)
    reach, reach_params = scope_sql(session, alias="subjects")
    where = f"created_at >= ? AND created_at < ? AND {reach}"
    params: list[object] = [date_from, date_to + "\uffff", *reach_params]
    if unit:
        where += " AND unit_code = ?"
        params.append(unit)
    total = int(
        session.con.execute(f"SELECT count(*) FROM subjects WHERE {where}", params).fetchone()[0]
    )
    rows = session.con.execute(
        "SELECT id, prison_number, family_name, given_names, unit_code, created_at "
        f"FROM subjects WHERE {where} ORDER BY created_at, id LIMIT ?",
        [*params, limit],
    ).fetchall()
    return total, [NewSubject(*(str(v) for v in r)) for r in rows]
