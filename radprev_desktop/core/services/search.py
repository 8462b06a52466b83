"""Search and paged lists of subjects and observations (the dashboard: services/dashboard.py).

Words match the folded full-text index (services/search_index.py: case, diacritics, script ignored).

Drafts are visible only to their author; every list and search applies that. Results are
paged (limit/offset) for lazy GUI lists; `Page.total` is the count when asked for, exact up to
COUNT_CAP (then `Page.exact` is False: show "more than 10,000"). A search matching more than
RANK_LIMIT observations is ordered newest first instead of by relevance
(`SearchResults.by_relevance`): ranking hundreds of thousands of rows would take seconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from typing import Any, Generic, TypeVar

from radprev_desktop.core import policy
from radprev_desktop.core.errors import PermissionDenied, ValidationError
from radprev_desktop.core.model import COUNTED_SQL, ObservationStatus, SubjectStatus, Urgency
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation, refusals, search_pages
from radprev_desktop.core.services.search_index import fold_key, match_query, prison_number_key
from radprev_desktop.core.services.search_pages import COUNT_CAP as COUNT_CAP
from radprev_desktop.core.services.search_pages import OBSERVATION_COLUMNS as OBSERVATION_COLUMNS
from radprev_desktop.core.services.search_pages import count_rows as count_rows
from radprev_desktop.core.services.subject_scope import EVERYTHING, in_scope_sql, scope_sql
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.dialect import dialect_of

T = TypeVar("T")
#: Above this many matching observations, results are ordered newest first.
RANK_LIMIT = 5000


# --- results -------------------------------------------------------------------


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: the rows, where it starts, and the full count if asked for."""

    items: list[T]
    offset: int
    limit: int
    total: int | None = None
    exact: bool = True  # False: there are more than `total` (counting stops at COUNT_CAP)


@dataclass(frozen=True)
class ObservationSummary:
    """A line of an observation list: no source identity, a short excerpt of the facts."""

    id: str
    version: int
    subject_id: str
    prison_number: str
    subject_name: str
    unit_code: str
    event_start: str
    recorded_at: str
    recorded_by: str
    urgency: Urgency
    status: ObservationStatus
    restricted: bool
    excerpt: str
    classification: str  # the record's level (services/classification.py)
    #: The prison where it was recorded: a central office's hits come from many.
    establishment_code: str = ""


@dataclass(frozen=True)
class SubjectSummary:
    """A line of a subject list."""

    id: str
    prison_number: str
    family_name: str
    given_names: str
    unit_code: str
    status: SubjectStatus
    review_due: str
    restricted: bool
    anonymised: bool
    observation_count: int
    establishment_code: str = ""


@dataclass(frozen=True)
class ObservationFilter:
    """Filters of observation lists and search; None = any.

    Dates compare with the event start (YYYY-MM-DD, inclusive). `domain` is an
    indicator domain, the part of a code before the last dot ("A3" of "A3.2").
    """

    unit: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    urgency: Urgency | None = None
    status: ObservationStatus | None = None
    domain: str | None = None
    subject_id: str | None = None
    recorded_by: str | None = None
    #: Only records made at this establishment (not history a transfer brought).
    establishment: str | None = None
    counted_only: bool = False  # what summaries count (#14): no draft, returned, rejected report


@dataclass(frozen=True)
class SearchResults:
    """Observations (ranked) and subjects (ranked) matching one query."""

    observations: Page[ObservationSummary]
    subjects: Page[SubjectSummary] = field(default_factory=lambda: Page([], 0, 0, 0))
    by_relevance: bool = True  # False: too many matches, newest first


def observation_summary(row: tuple[Any, ...]) -> ObservationSummary:
    return ObservationSummary(
        id=row[0],
        version=int(row[1]),
        subject_id=row[2],
        prison_number=row[3],
        subject_name=f"{row[4]}, {row[5]}",
        unit_code=row[6],
        event_start=row[7],
        recorded_at=row[8],
        recorded_by=row[9],
        urgency=Urgency(row[10]),
        status=ObservationStatus(row[11]),
        restricted=bool(row[12]),
        excerpt=row[13],
        classification=str(row[14] or ""),
        establishment_code=str(row[15] or ""),
    )


def check_date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise ValidationError(refusals.IS_NOT_A_DATE_YYYY_MM, repr(value), field=name) from None


def _filter_sql(
    session: Session, f: ObservationFilter, *, for_count: bool = False
) -> tuple[str, list[Any]]:
    """WHERE clauses (after "o.is_current = 1") for the filter and the draft rule.

    Others' drafts are excluded by row number (a small partial index) so that
    lists and counts can be read from the partial list indexes alone. The
    domain filter is written as EXISTS for pages (scan newest first, stop at
    the page) and as IN for counts (walk the domain's index).
    """
    sql = (
        " AND o.row_no NOT IN (SELECT row_no FROM observations "
        "WHERE status = 'draft' AND recorded_by != ?)"
    )
    params: list[Any] = [session.user.username]
    reach, reach_params = in_scope_sql(session, "o.subject_id", Permission.READ_OBSERVATIONS)
    if reach != EVERYTHING:
        sql += f" AND {reach}"
        params.extend(reach_params)
    if f.unit:
        sql += " AND o.unit_code = ?"
        params.append(f.unit)
    start = check_date(f.date_from, "date_from")
    end = check_date(f.date_to, "date_to")
    if start:
        sql += " AND o.event_start >= ?"
        params.append(start)
    if end:
        sql += " AND o.event_start < ?"
        params.append(end + "\uffff")
    if f.urgency:
        sql += " AND o.urgency = ?"
        params.append(Urgency(f.urgency).value)
    if f.status:
        sql += " AND o.status = ?"
        params.append(ObservationStatus(f.status).value)
    sql += f" AND o.status IN {COUNTED_SQL}" if f.counted_only else ""
    if f.domain:
        if for_count:
            sql += " AND o.row_no IN (SELECT row_no FROM observation_indicators WHERE domain = ?)"
        else:
            sql += (
                " AND EXISTS (SELECT 1 FROM observation_indicators i "
                "WHERE i.row_no = o.row_no AND i.domain = ?)"
            )
        params.append(f.domain.strip().upper())
    if f.subject_id:
        sql += " AND o.subject_id = ?"
        params.append(f.subject_id)
    if f.recorded_by:
        sql += " AND o.recorded_by = ?"
        params.append(f.recorded_by)
    if f.establishment:
        sql += " AND o.establishment_code = ?"
        params.append(f.establishment)
    return sql, params


def paging(limit: int, offset: int) -> tuple[int, int]:
    if limit < 1 or limit > 1000 or offset < 0:
        raise ValidationError(
            refusals.A_PAGE_HOLDS_ROWS_AND_STARTS,
            field="limit",
        )
    return limit, offset


def search(
    session: Session,
    query: str,
    filters: ObservationFilter | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    with_total: bool = False,
    include_subjects: bool = True,
) -> SearchResults:
    """Full-text search over facts, assessments, subject names and prison numbers.

    Ranked by bm25 (facts weigh more than the assessment); filters as in
    `ObservationFilter`. Searching is not a consultation of a file (only
    excerpts are shown); opening a file is, see subject_file.open_subject_file.
    """
    policy.require(session, Permission.READ_OBSERVATIONS)
    if not policy.allows(session, Permission.READ_RECORD_TEXT):
        # Matching words would reveal what was written, one query at a time.
        raise PermissionDenied(refusals.THE_AUDITOR_SEES_RECORDS_METADATA_AND)
    limit, offset = paging(limit, offset)
    consultation.require_purpose(session)
    f = filters or ObservationFilter()
    con = session.con
    dialect = dialect_of(con)
    expr = match_query(query, dialect)
    where, params = _filter_sql(session, f)
    match = dialect.search_match("observation_search")
    # What a count of the matches reads: the counted index, never the table (see
    # search_pages.page_of_matches).
    base = (
        f"FROM observation_search JOIN observations o {dialect.indexed_by('observations_counted')} "
        f"ON o.row_no = observation_search.rowid WHERE {match} AND o.is_current = 1{where}"
    )
    matches = int(
        con.execute(
            f"SELECT count(*) FROM (SELECT rowid FROM observation_search WHERE {match} "
            "LIMIT ?) AS m",
            (expr, RANK_LIMIT + 1),
        ).fetchone()[0]
    )
    by_relevance = matches <= RANK_LIMIT
    rows = None
    if by_relevance and f == ObservationFilter():
        rows = search_pages.ranked_first(con, expr, where, params, limit, offset, matches)
    if rows is None:
        rows = search_pages.page_of_matches(con, expr, where, params, by_relevance, limit, offset)
    total, exact = (
        search_pages.match_total(con, base, where, [expr, *params], by_relevance)
        if with_total
        else (None, True)
    )
    observations = Page([observation_summary(r) for r in rows], offset, limit, total, exact)
    subjects: Page[SubjectSummary] = Page([], 0, limit, 0)
    if include_subjects:
        subjects = subject_matches(session, query, limit, 0)
    consultation.record(
        session,
        "search",
        object_type="observations",
        details={
            **consultation.query_details(session, query, fold_key(query).split()),
            **_filter_details(f),
            "offset": offset,
            "observations": len(observations.items),
            "subjects": len(subjects.items),
        },
    )
    return SearchResults(observations, subjects, by_relevance)


def _filter_details(f: ObservationFilter) -> dict[str, Any]:
    """The filters of a list or search as the audit entry keeps them (codes and dates only)."""
    return {
        "filters": {k: (v.value if isinstance(v, Enum) else v) for k, v in f.__dict__.items() if v}
    }


def list_observations(
    session: Session,
    filters: ObservationFilter | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    with_total: bool = True,
    audited: bool = True,
) -> Page[ObservationSummary]:
    """Current versions, newest event first, filtered and paged (a logged consultation).

    `audited=False` only for core reports, which record their own consultation.
    """
    policy.require(session, Permission.READ_OBSERVATIONS)
    limit, offset = paging(limit, offset)
    if audited:
        consultation.require_purpose(session)
    f = filters or ObservationFilter()
    where, params = _filter_sql(session, f)
    base = (
        f"FROM observations o JOIN subjects s ON s.id = o.subject_id WHERE o.is_current = 1{where}"
    )
    rows = session.con.execute(
        f"SELECT {OBSERVATION_COLUMNS} {base} ORDER BY o.event_start DESC, o.row_no DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    total, exact = None, True
    whole_vault = policy.scope(session, Permission.READ_OBSERVATIONS).everything
    if with_total and f.domain and f == ObservationFilter(domain=f.domain) and whole_vault:
        # Only the domain: count in its index alone (it holds current versions only).
        total, exact = count_rows(
            session.con,
            "FROM (SELECT DISTINCT row_no FROM observation_indicators WHERE domain = ?) "
            "WHERE row_no NOT IN (SELECT row_no FROM observations "
            "WHERE status = 'draft' AND recorded_by != ?)",
            [f.domain.strip().upper(), session.user.username],
        )
    elif with_total:
        where, params = _filter_sql(session, f, for_count=True)
        # With a domain the count starts from the domain's index rows: each is then found in
        # the counted index (keyed by row, holding prisoner, unit and the filtered columns),
        # not in the table, whose pages are decrypted only for rows that are shown.
        pin = dialect_of(session.con).indexed_by("observations_counted") if f.domain else ""
        total, exact = count_rows(
            session.con, f"FROM observations o {pin} WHERE o.is_current = 1{where}", params
        )
    items = [observation_summary(r) for r in rows]
    if not policy.allows(session, Permission.READ_RECORD_TEXT):
        items = [replace(o, excerpt="") for o in items]  # metadata only for the auditor
    if audited:
        consultation.record(
            session,
            "observations_listed",
            object_type="observations",
            details={**_filter_details(f), "offset": offset, "rows": len(items)},
        )
    return Page(items, offset, limit, total, exact)


SUBJECT_COLUMNS = (
    "s.id, s.prison_number, s.family_name, s.given_names, s.unit_code, s.status, s.review_due, "
    "s.restricted, s.anonymised, "
    "(SELECT count(*) FROM observations o WHERE o.subject_id = s.id AND o.is_current = 1 "
    "AND o.row_no NOT IN (SELECT row_no FROM observations WHERE status = 'draft' "
    "AND recorded_by != ?)), s.establishment_code"
)  # the count reads observations_by_subject alone


def subject_summary(row: tuple[Any, ...]) -> SubjectSummary:
    return SubjectSummary(
        id=row[0],
        prison_number=row[1],
        family_name=row[2],
        given_names=row[3],
        unit_code=row[4],
        status=SubjectStatus(row[5]),
        review_due=row[6],
        restricted=bool(row[7]),
        anonymised=bool(row[8]),
        observation_count=int(row[9]),
        establishment_code=str(row[10]),
    )


#: "PL-WAW1:123": an establishment code, a colon, a prison number.
_REFERENCE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9-]{0,15}):(\S.*)$")


def subject_matches(session: Session, query: str, limit: int, offset: int) -> Page[SubjectSummary]:
    reach, reach_params = scope_sql(session)
    reference = _REFERENCE.match(query.strip())
    if reference is not None:
        code, key = reference.group(1).upper(), prison_number_key(reference.group(2))
        rows = session.con.execute(
            f"SELECT {SUBJECT_COLUMNS} FROM subjects s WHERE s.id IN (SELECT id FROM subjects "
            "WHERE establishment_code = ? AND prison_number_key = ? UNION SELECT subject_id "
            "FROM subject_numbers WHERE establishment_code = ? AND prison_number_key = ?) "
            f"AND {reach} LIMIT ? OFFSET ?",
            (session.user.username, code, key, code, key, *reach_params, limit, offset),
        ).fetchall()
        return Page([subject_summary(r) for r in rows], offset, limit, len(rows))
    rows = session.con.execute(
        f"SELECT {SUBJECT_COLUMNS} FROM subject_search JOIN subjects s "
        f"ON s.rowid = subject_search.rowid WHERE {(d := dialect_of(session.con)).search_match('subject_search')} "
        f"AND {reach} ORDER BY {d.search_rank('subject_search')}, s.id LIMIT ? OFFSET ?",
        (session.user.username, match_query(query, d), *reach_params, limit, offset),
    ).fetchall()
    return Page([subject_summary(r) for r in rows], offset, limit, None)


def observation_counts(
    session: Session, filters: ObservationFilter | None = None
) -> tuple[dict[Urgency, int], dict[str, dict[Urgency, int]]]:
    """Exact counts of the sealed current observations matching `filters`: by urgency, and
    by indicator domain and urgency (an observation counts once per domain it touches).

    Two grouped queries over the list indexes, whatever the volume (the unit summary of a
    whole central office reads a million observations); drafts are never counted.
    """
    policy.require(session, Permission.READ_OBSERVATIONS)
    f = filters or ObservationFilter()
    where, params = _filter_sql(session, f, for_count=True)
    # The covering list index for the filter: the unit's, else the establishment's.
    pin = dialect_of(session.con).indexed_by(
        "observations_by_unit" if f.unit else "observations_by_establishment"
    )
    sealed = " AND o.status != 'draft'"
    by_urgency = dict.fromkeys(Urgency, 0)
    for urgency, n in session.con.execute(
        f"SELECT o.urgency, count(*) FROM observations o {pin} "
        f"WHERE o.is_current = 1{where}{sealed} GROUP BY o.urgency",
        params,
    ):
        by_urgency[Urgency(urgency)] = int(n)
    by_domain: dict[str, dict[Urgency, int]] = {}
    for domain, urgency, n in session.con.execute(
        "SELECT i.domain, o.urgency, count(DISTINCT o.row_no) "
        f"FROM observations o {pin} JOIN observation_indicators i ON i.row_no = o.row_no "
        f"WHERE o.is_current = 1{where}{sealed} GROUP BY 1, 2",
        params,
    ):
        by_domain.setdefault(str(domain), dict.fromkeys(Urgency, 0))[Urgency(urgency)] = int(n)
    return by_urgency, by_domain
