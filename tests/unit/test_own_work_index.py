"""The officer's start screen reads its two lists from one index (migration 0025, decision 0046).

"My drafts" and "returned to me" are the officer's own rows, newest event first, each with a
count. At 1M observations each read every matching row from the table to sort it and check its
prisoner's unit (0.5-1.7 s a list, 1.4 s a count). `observations_own_work` (status, author,
currency, event date, prisoner; drafts and returned rows only) replaces `observations_drafts`:
the pages read their first rows in index order, the counts the index alone. The exclusion of
other officers' drafts every search and count runs still finds them in it (by its condition,
decision 0035), and `observations_by_author` still serves the last place and duty. Plans are
read with EXPLAIN on both engines (PostgreSQL after ANALYZE, as the office's maintenance
leaves it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core import crypto, demo, demo_central
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_grants, dashboard, observations, users
from radprev_desktop.core.services.dashboard import OWN_LISTS, OWN_WORK_INDEX
from radprev_desktop.core.services.search_pages import COUNT_CAP
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import migrations
from radprev_desktop.core.vault.connection import connect
from radprev_desktop.core.vault.dialect import dialect_of
from tests.factories import ADMIN, ADMIN_PASSWORD, PASSWORD, add_account, create_vault, login
from tests.unit.test_central_store import central_folder

__all__ = ["central_folder"]  # the PostgreSQL office's fixture

EXCLUSION = "SELECT row_no FROM observations WHERE status = 'draft' AND recorded_by != ?"


def _plan(session: Session, sql: str, params: list[object]) -> str:
    con = session.con
    if dialect_of(con).is_postgresql:
        return "\n".join(str(r[0]) for r in con.execute(f"EXPLAIN {sql}", params).fetchall())
    rows = con.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return "\n".join(str(r[-1]) for r in rows)


@pytest.fixture(scope="module")
def vault_officer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """An officer of unit A in a vault of 1,500 demo observations, some theirs."""
    folder: Path = tmp_path_factory.mktemp("own") / "vault"
    admin, _ = create_vault(folder)
    add_account(admin, "olga", Role.OFFICER, units=["A"])  # the demo writes as her
    demo.generate(admin, subjects=40, observations=1500, seed=11)
    admin.close()
    session = login(folder, "olga")
    yield session
    session.close()


@pytest.fixture(params=["sqlcipher", "postgresql"])
def reader(request: pytest.FixtureRequest) -> Iterator[tuple[Session, str]]:
    """A reader limited to some prisoners and an author with drafts and returned records: the
    officer of unit A in the workstation vault, or, in a PostgreSQL office whose national
    sample (8,000 observations, ANALYZE run) holds the author's returned records, an analyst
    granted one establishment (the dashboard's statements for that author, in that scope)."""
    if request.param == "sqlcipher":
        yield request.getfixturevalue("vault_officer"), "olga"
        return
    folder: Path = request.getfixturevalue("central_folder")
    admin = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        demo_central.generate_central(admin, observations=8000, establishments=2, seed=5)
        author, place = admin.con.execute(
            "SELECT recorded_by, establishment_code FROM observations WHERE status = 'returned' "
            "GROUP BY recorded_by, establishment_code ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        users.add_user(admin, "ana", PASSWORD, [Role.ANALYST], must_change_password=False)
        access_grants.grant_establishment(admin, "ana", "plans", establishment_code=place)
        admin.con.execute("ANALYZE observations")
    finally:
        admin.close()
    analyst = VaultAccess(folder).login("ana", PASSWORD).session
    try:
        yield analyst, str(author)
    finally:
        analyst.close()


@pytest.mark.parametrize("which", sorted(OWN_LISTS))
def test_each_list_and_count_reads_the_index_in_order(
    reader: tuple[Session, str], which: str
) -> None:
    store_officer, author = reader
    (page, page_params), (count_base, count_params) = dashboard.list_statements(
        store_officer, OWN_WORK_INDEX, OWN_LISTS[which], [author], "o.event_start DESC", 20
    )
    assert "IN (SELECT sc.id FROM subjects sc" in page  # limited to some prisoners
    count = f"SELECT count(*) FROM (SELECT 1 {count_base} LIMIT {COUNT_CAP + 1}) AS capped"
    page_plan = _plan(store_officer, page, page_params)
    count_plan = _plan(store_officer, count, count_params)
    assert OWN_WORK_INDEX in page_plan and OWN_WORK_INDEX in count_plan, (page_plan, count_plan)
    if dialect_of(store_officer.con).is_postgresql:
        # The planner (statistics) finds the author's rows through the index, never by reading
        # the table; at this size it may sort the few it finds (measured at 1M: decision 0046).
        assert "Seq Scan on observations" not in page_plan + count_plan, (page_plan, count_plan)
        assert "status = 'draft'" in page_plan or "status = 'returned'" in page_plan, page_plan
        return
    assert "TEMP B-TREE" not in page_plan, page_plan  # no sort: the first rows are the newest
    reads = [s for s in count_plan.splitlines() if s.startswith(("SEARCH o ", "SCAN o "))]
    assert reads and all(f"COVERING INDEX {OWN_WORK_INDEX}" in s for s in reads), count_plan


def test_others_drafts_are_still_excluded_through_the_index(reader: tuple[Session, str]) -> None:
    """Every search, list count and file count runs this exclusion (decision 0035)."""
    store_officer = reader[0]
    plan = _plan(store_officer, EXCLUSION, ["someone"])
    assert OWN_WORK_INDEX in plan, plan
    assert "SCAN observations\n" not in plan + "\n" and "Seq Scan" not in plan, plan


def test_the_lists_show_the_officers_own_rows_newest_first(vault_officer: Session) -> None:
    board = dashboard.dashboard(vault_officer)
    con = vault_officer.con
    for status, page in (("draft", board.my_drafts), ("returned", board.returned_to_me)):
        # The same rows by the table itself (NOT INDEXED: no index, no partial condition).
        expected = con.execute(
            "SELECT o.id FROM observations o NOT INDEXED JOIN subjects s ON s.id = o.subject_id "
            "WHERE o.status = ? AND o.recorded_by = 'olga' AND o.is_current = 1 "
            "AND s.unit_code = 'A' ORDER BY o.event_start DESC",
            (status,),
        ).fetchall()
        assert len(expected) > 20, status  # the fill gives the page something to choose from
        assert page.total == len(expected), status
        assert [o.event_start for o in page.items] == sorted(
            (o.event_start for o in page.items), reverse=True
        )
        assert {o.id for o in page.items} <= {r[0] for r in expected}
        assert page.items[0].id == expected[0][0], status
        assert all(o.status.value == status for o in page.items)


def test_last_place_and_duty_still_reads_by_author(vault_officer: Session) -> None:
    sql = observations._LAST_PLACE_SQL
    plan = _plan(vault_officer, sql, ["olga"])
    assert "observations_by_author" in plan and "TEMP B-TREE" not in plan, plan


def test_an_older_vault_gets_the_index_at_its_upgrade(tmp_path: Path) -> None:
    con = connect(tmp_path / "old.db", crypto.random_secret())
    migrations.migrate(con)
    con.execute(f"DROP INDEX {OWN_WORK_INDEX}")
    con.execute(
        "CREATE INDEX observations_drafts ON observations (recorded_by) WHERE status = 'draft'"
    )
    con.execute("UPDATE meta SET value = '24' WHERE key = 'schema_version'")
    con.execute("PRAGMA user_version = 24")
    assert migrations.migrate(con)[:1] == [25]
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert OWN_WORK_INDEX in names and "observations_drafts" not in names
    assert "observations_by_author" in names
    con.close()


def test_postgresql_holds_the_index(pg_con: object) -> None:
    rows = pg_con.execute(  # type: ignore[attr-defined]
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'observations'"
    ).fetchall()
    found = {r[0]: " ".join(str(r[1]).split()) for r in rows}
    assert "observations_drafts" not in found
    assert "(status, recorded_by, is_current, event_start, subject_id)" in found[OWN_WORK_INDEX]
