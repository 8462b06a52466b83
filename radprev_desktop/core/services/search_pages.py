"""How a page of full-text matches is chosen and counted (services/search.py's search).

The observation table's pages hold the texts, and on SQLCipher every page read from the
file is decrypted and authenticated, so matches are judged (current version, drafts, the
user's reach, the filters) in the counted index, keyed by row; the table is read only for
the rows of a page (decision 0026). The shared list constants live here too, below search.
"""

from __future__ import annotations

from typing import Any

from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of

#: Counting stops here (Page.exact is then False).
COUNT_CAP = 10_000


def count_rows(con: Connection, base: str, params: list[Any]) -> tuple[int, bool]:
    """count(*) of a query, stopping at COUNT_CAP; returns (count, exact)."""
    row = con.execute(
        f"SELECT count(*) FROM (SELECT 1 {base} LIMIT {COUNT_CAP + 1}) AS capped", params
    ).fetchone()
    n = int(row[0])
    return min(n, COUNT_CAP), n <= COUNT_CAP


OBSERVATION_COLUMNS = (
    "o.id, o.version, o.subject_id, s.prison_number, s.family_name, s.given_names, o.unit_code, "
    "o.event_start, o.recorded_at, o.recorded_by, o.urgency, o.status, o.restricted, "
    "substr(o.facts, 1, 160), o.classification, o.establishment_code"
)


def ranked_first(
    con: Connection,
    expr: str,
    where: str,
    params: list[Any],
    limit: int,
    offset: int,
    matches: int,
) -> list[Any] | None:
    """Rank inside the FTS index, then join only the best rows (no filters given).

    Returns None when others' drafts took so many of the best rows that the
    page could be short; the caller then runs the full query.
    """
    inner = offset + limit + 100
    dialect = dialect_of(con)
    rows = con.execute(
        f"SELECT {OBSERVATION_COLUMNS} FROM (SELECT rowid AS rid, "
        f"{dialect.search_rank('observation_search')} AS score "
        f"FROM observation_search WHERE {dialect.search_match('observation_search')} "
        "ORDER BY score LIMIT ?) m "
        "JOIN observations o ON o.row_no = m.rid JOIN subjects s ON s.id = o.subject_id "
        f"WHERE o.is_current = 1{where} ORDER BY m.score LIMIT ? OFFSET ?",
        [expr, inner, *params, limit, offset],
    ).fetchall()
    if len(rows) < limit and inner < matches:
        return None
    return list(rows)


def page_of_matches(
    con: Connection,
    expr: str,
    where: str,
    params: list[Any],
    by_relevance: bool,
    limit: int,
    offset: int,
) -> list[Any]:
    """One page of the matches that pass the filters: best first, or newest first.

    The matches are judged (current version, drafts, the user's reach, the filters) in the
    counted index, keyed by row and holding the prisoner, unit, urgency, date and status;
    the table, whose pages hold the texts (decrypted on SQLCipher), is read only for the
    rows of the page. Judging in the table read one table row per match (up to RANK_LIMIT).
    """
    dialect = dialect_of(con)
    rank = dialect.search_rank("observation_search")
    inner, outer = (
        (rank, "m.score") if by_relevance else ("observation_search.rowid DESC", "m.rid DESC")
    )
    rows = con.execute(
        f"SELECT {OBSERVATION_COLUMNS} FROM (SELECT o.row_no AS rid, {rank} AS score "
        f"FROM observation_search JOIN observations o "
        f"{dialect.indexed_by('observations_counted')} ON o.row_no = observation_search.rowid "
        f"WHERE {dialect.search_match('observation_search')} AND o.is_current = 1{where} "
        f"ORDER BY {inner} LIMIT ? OFFSET ?) m "
        "JOIN observations o ON o.row_no = m.rid JOIN subjects s ON s.id = o.subject_id "
        f"ORDER BY {outer}",
        [expr, *params, limit, offset],
    ).fetchall()
    return list(rows)


def match_total(
    con: Connection, base: str, where: str, params: list[Any], by_relevance: bool
) -> tuple[int, bool]:
    """How many observations match (exact), or at least how many among the newest."""
    if by_relevance:
        return count_rows(con, base, params)
    # Very many matches: count among the newest COUNT_CAP matches only ("at least").
    match = dialect_of(con).search_match("observation_search")
    total, _ = count_rows(
        con,
        f"FROM (SELECT rowid AS rid FROM observation_search WHERE {match} "
        f"ORDER BY rowid DESC LIMIT {COUNT_CAP}) m JOIN observations o "
        f"{dialect_of(con).indexed_by('observations_counted')} "
        f"ON o.row_no = m.rid WHERE o.is_current = 1{where}",
        params,
    )
    return total, False
