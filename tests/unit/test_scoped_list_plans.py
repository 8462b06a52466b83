"""An officer's lists, counts and searches judge candidate rows inside the indexes.

An officer sees the prisoners of their own units (access by unit), so every candidate
observation is checked against its prisoner. The observation table's pages hold the
texts (and on SQLCipher every page read from the file is decrypted and authenticated):
a count of 10,000 rows that fetched 10,000 table rows only to check the prisoner cost
the vault 3x the same engine unkeyed (decision 0026, migration 0019). These tests read
SQLite's plan of each statement the services run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from radprev_desktop.core import demo
from radprev_desktop.core.model import Role, Urgency
from radprev_desktop.core.services import search
from radprev_desktop.core.session import Session
from tests.factories import add_account, create_vault, login

FILTERS = [
    search.ObservationFilter(unit="A"),
    search.ObservationFilter(urgency=Urgency.IMMEDIATE),
    search.ObservationFilter(date_from="2026-03-01", date_to="2026-03-31"),
    search.ObservationFilter(domain="A3"),
    search.ObservationFilter(unit="B", urgency=Urgency.PRIORITY),
    search.ObservationFilter(),
]


@pytest.fixture(scope="module")
def officer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:

    folder: Path = tmp_path_factory.mktemp("plans") / "vault"
    admin, _ = create_vault(folder)
    demo.generate(admin, subjects=40, observations=800, seed=11)
    add_account(admin, "olga", Role.OFFICER, units=["A"])
    admin.close()
    session = login(folder, "olga")
    session.justification = ("review", "plans")
    yield session
    session.close()


def _statements(session: Session, action: Callable[[], object]) -> list[str]:
    seen: list[str] = []
    session.con.set_trace_callback(seen.append)
    try:
        action()
    finally:
        session.con.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT") and " observations o" in s]


def _plan(session: Session, sql: str) -> list[str]:
    return [str(r[-1]) for r in session.con.execute("EXPLAIN QUERY PLAN " + sql).fetchall()]


@pytest.mark.parametrize(
    "f", FILTERS, ids=lambda f: ",".join(k for k, v in vars(f).items() if v) or "none"
)
def test_counts_never_read_the_table(officer: Session, f: search.ObservationFilter) -> None:
    counts = [
        s
        for s in _statements(officer, lambda: search.list_observations(officer, f, limit=50))
        if s.startswith("SELECT count(*)")
    ]
    assert counts, "the list counted nothing"
    for sql in counts:
        reads = [step for step in _plan(officer, sql) if step.startswith(("SEARCH o ", "SCAN o "))]
        assert reads, sql
        assert all("COVERING INDEX" in step for step in reads), (reads, sql)


@pytest.mark.parametrize("query", ["petrovic", "symbol wall", "hoxha"])
def test_search_judges_matches_in_the_counted_index(officer: Session, query: str) -> None:
    # With a filter the page is chosen among all matches (without one, the best-ranked
    # 150 are tried first and only a short page falls back to this).
    f = search.ObservationFilter(urgency=Urgency.ROUTINE)
    pages = [
        s
        for s in _statements(officer, lambda: search.search(officer, query, f, limit=50))
        if "MATCH" in s and "SELECT o.row_no AS rid" in s
    ]
    assert pages, "no page of matches was read"
    for sql in pages:
        plan = _plan(officer, sql)
        judged = [step for step in plan if step.startswith("SEARCH o ")]
        # First each match is judged in the index, then the page's rows are read.
        assert len(judged) == 2, plan
        assert judged[0].startswith("SEARCH o USING COVERING INDEX observations_counted"), plan
