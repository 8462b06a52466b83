"""Tables a bulk write grew are sampled again after the commit (PostgreSQL, decision 0041).

The planner's statistics of a table the import doubled are stale until autovacuum comes
(at most once a minute): an analyst's listing then ran as a nested loop over every current
observation. `PgConnection` counts the rows it COPYs per table and, after a COMMIT, sends
`ANALYZE (SKIP_LOCKED)` for those that grew by at least MIN_ROWS and by GROWTH times the
rows they held when last sampled. Rows of a rolled-back transaction do not count; staging tables are not counted.
The statistics stay hidden from a login under row security (`pg_stats`).
"""

from __future__ import annotations

import pytest

from radprev_desktop.core.vault import bulk, pg_growth
from radprev_desktop.core.vault.postgres import PgConnection
from tests.pg_cluster import Cluster
from tests.unit.test_pg_sent_writes import COLUMNS, writer  # noqa: F401 (fixture)


def sampled_rows(con: PgConnection) -> float:
    """The row count the server's statistics give `items` (-1: never sampled)."""
    con.settle()
    return float(
        con.execute("SELECT reltuples FROM pg_class WHERE relname = 'items'").fetchone()[0]
    )


def write(con: PgConnection, first: int, count: int, end: str = "COMMIT") -> None:
    con.execute("BEGIN")
    bulk.insert_rows(con, "items", COLUMNS, [(i, "n") for i in range(first, first + count)])
    con.execute(end)


def test_growth_counts_committed_rows_until_a_table_grew_enough() -> None:
    growth = pg_growth.Growth()
    growth.meet("items", persistent=True, rows=-1.0)  # never sampled
    growth.meet("stage_x", persistent=False, rows=0.0)
    growth.wrote("stage_x", 50_000)
    growth.wrote("items", pg_growth.MIN_ROWS - 1)
    assert growth.committed() == []  # fewer than MIN_ROWS
    growth.wrote("items", 5_000)
    growth.rolled_back()
    assert not growth.pending and growth.committed() == []  # undone rows do not count
    growth.wrote("items", 1)
    assert growth.committed() == ["items"]  # MIN_ROWS in all, held none
    grown = int(pg_growth.GROWTH * pg_growth.MIN_ROWS)
    growth.wrote("items", grown - 1)
    assert growth.committed() == []  # held MIN_ROWS now: not yet grown enough
    growth.wrote("items", 1)
    assert growth.committed() == ["items"]


def test_after_commit_names_only_identifiers() -> None:
    assert pg_growth.after_commit(set(), []) == []
    assert pg_growth.after_commit(set(), ["items", "observations"]) == [
        "ANALYZE (SKIP_LOCKED) items, observations"
    ]
    with pytest.raises(ValueError):
        pg_growth.after_commit({"stage; DROP TABLE items"}, [])
    with pytest.raises(ValueError):
        pg_growth.after_commit(set(), ["items, pg_authid"])


def test_a_table_a_commit_grew_is_sampled_again(
    writer: tuple[PgConnection, Cluster],  # noqa: F811
) -> None:
    con, _ = writer
    assert sampled_rows(con) < 0  # new: never sampled
    write(con, 0, 1_500)
    assert sampled_rows(con) == 1_500
    write(con, 10_000, 5_000, end="ROLLBACK")  # undone: not counted
    enough = int(pg_growth.GROWTH * 1_500)
    write(con, 20_000, enough - 100)  # not grown enough yet
    assert sampled_rows(con) == 1_500
    write(con, 30_000, 100)  # grown enough
    assert sampled_rows(con) == 1_500 + enough
    assert con.execute("SELECT count(*) FROM items").fetchone()[0] == 1_500 + enough


def test_the_statistics_stay_hidden_under_row_security(
    writer: tuple[PgConnection, Cluster],  # noqa: F811
) -> None:
    """`pg_stats` (sampled values of the columns) shows nothing of a table whose row
    security applies to the login; the superuser, who reads every row, sees them."""
    con, cluster = writer
    write(con, 0, 1_500)
    assert sampled_rows(con) == 1_500
    asked = "SELECT count(*) FROM pg_stats WHERE tablename = 'items'"
    assert con.execute(asked).fetchone()[0] == 0
    dbname = con.execute("SELECT current_database()").fetchone()[0]
    admin = cluster.connect(dbname)
    try:
        assert admin.execute(asked).fetchone()[0] == len(COLUMNS)
    finally:
        admin.close()
