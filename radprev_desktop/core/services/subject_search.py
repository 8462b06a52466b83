"""Finding prisoners: search by name or prison number, and the list of files.

Both are consultations logged with their purpose, and both reach only the
files within the user's units and granted establishments (issue #14).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.model import JustificationReason, SubjectStatus
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation, search
from radprev_desktop.core.services.search import Page, SubjectSummary, check_date, paging
from radprev_desktop.core.services.search_index import fold_key
from radprev_desktop.core.services.subject_scope import scope_sql
from radprev_desktop.core.session import Session


def search_subjects(
    session: Session,
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    implied: JustificationReason | None = None,
) -> Page[SubjectSummary]:
    """Subjects whose names or prison number match, ranked by bm25 (a logged consultation).

    "EST:NUMBER" (the central identity) finds the file known under that
    establishment's prison number, now or before a transfer. `implied` names the
    purpose of a screen that searches for one reason only (choosing the prisoner
    of a new observation: new information).
    """
    policy.require(session, Permission.READ_SUBJECTS)
    limit, offset = paging(limit, offset)
    consultation.purpose(session, implied)
    page = search.subject_matches(session, query, limit, offset)
    consultation.record(
        session,
        "subjects_searched",
        object_type="subjects",
        implied=implied,
        details={
            **consultation.query_details(session, query, fold_key(query).split()),
            "offset": offset,
            "rows": len(page.items),
        },
    )
    return page


def list_subjects(
    session: Session,
    *,
    unit: str | None = None,
    status: SubjectStatus | None = None,
    overdue_on: str | None = None,
    limit: int = 50,
    offset: int = 0,
    with_total: bool = True,
    audited: bool = True,
    implied: JustificationReason | None = None,
) -> Page[SubjectSummary]:
    """Subjects by name (accents folded), filtered by unit, status, or review due before a date.

    A logged consultation; `implied` names the purpose of a work queue (the
    overdue files are the retention review itself), `audited=False` is for callers
    that log the consultation they are part of.
    """
    policy.require(session, Permission.READ_SUBJECTS)
    limit, offset = paging(limit, offset)
    if audited:
        consultation.purpose(session, implied)
    reach, reach_params = scope_sql(session)
    where = f"WHERE {reach}"
    params: list[Any] = list(reach_params)
    if unit:
        where += " AND s.unit_code = ?"
        params.append(unit)
    if status:
        where += " AND s.status = ?"
        params.append(SubjectStatus(status).value)
    if overdue_on:
        where += " AND s.review_due <= ?"
        params.append(check_date(overdue_on, "overdue_on"))
    rows = session.con.execute(
        # By the folded names (names_key): "Dąbrowski" sorts with the Ds before "Dushku",
        # Cyrillic names by their Latin spelling; the exact spelling breaks ties.
        f"SELECT {search.SUBJECT_COLUMNS} FROM subjects s {where} "
        "ORDER BY s.names_key, s.family_name, s.given_names, s.id LIMIT ? OFFSET ?",
        [session.user.username, *params, limit, offset],
    ).fetchall()
    total = None
    if with_total:
        total = int(
            session.con.execute(f"SELECT count(*) FROM subjects s {where}", params).fetchone()[0]
        )
    if audited:
        consultation.record(
            session,
            "subjects_listed",
            object_type="subjects",
            implied=implied,
            details={
                "filters": {
                    k: v
                    for k, v in (("unit", unit), ("status", status), ("overdue_on", overdue_on))
                    if v
                },
                "offset": offset,
                "rows": len(rows),
            },
        )
    return Page([search.subject_summary(r) for r in rows], offset, limit, total)


def consolidated(
    session: Session, establishment: str | None, limit: int, offset: int
) -> list[tuple[Any, ...]]:
    """Central: files across the establishments the reader may consult (access by
    establishment), with their current observations' count and last event: rows of (id,
    establishment, number, family, given, birth year, status, count, last event).

    The consolidated view (core/sync/views.py) checks the purpose and audits.
    """
    sql = (
        "SELECT s.id, s.establishment_code, s.prison_number, s.family_name, s.given_names, "
        "s.birth_year, s.status, "
        "(SELECT count(*) FROM observations o WHERE o.subject_id = s.id AND o.is_current = 1), "
        "(SELECT max(o.event_start) FROM observations o WHERE o.subject_id = s.id) "
        "FROM subjects s"
    )
    reach, reach_params = scope_sql(session, Permission.READ_CONSOLIDATED)
    sql += f" WHERE {reach}"
    params: list[Any] = list(reach_params)
    if establishment:
        sql += " AND s.establishment_code = ?"
        params.append(establishment)
    sql += " ORDER BY s.establishment_code, s.family_name, s.given_names LIMIT ? OFFSET ?"
    params += [limit, offset]
    return [tuple(r) for r in session.con.execute(sql, params).fetchall()]


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
