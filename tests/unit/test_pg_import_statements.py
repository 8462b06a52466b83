"""The import's set-based statements written for the server (decision 0039).

On PostgreSQL some of the import's batch steps send their rows as arrays in one
statement instead of through a staging table; they must leave what the staged form
leaves.
"""

from __future__ import annotations

from radprev_desktop.core.services import observation_rows
from radprev_desktop.core.vault.postgres import PgConnection
from tests.unit.test_row_security import add_subject


def test_statuses_set_at_once_change_only_the_rows_named(pg_con: PgConnection) -> None:
    for sid in ("waw-1", "waw-2", "waw-3"):
        add_subject(pg_con, sid, "PL-WAW1")
    rows = {
        str(r[0]): int(r[1])
        for r in pg_con.execute("SELECT id, row_no FROM observations").fetchall()
    }
    assert sorted(rows) == ["obs-waw-1", "obs-waw-2", "obs-waw-3"]
    observation_rows.set_statuses(
        pg_con,
        [(rows["obs-waw-1"], "accepted"), (rows["obs-waw-2"], "submitted")],
    )
    held = dict(pg_con.execute("SELECT id, status FROM observations").fetchall())
    assert held == {"obs-waw-1": "accepted", "obs-waw-2": "submitted", "obs-waw-3": "submitted"}
    observation_rows.set_statuses(pg_con, [(rows["obs-waw-3"], "returned")])
    held = dict(pg_con.execute("SELECT id, status FROM observations").fetchall())
    assert held == {"obs-waw-1": "accepted", "obs-waw-2": "submitted", "obs-waw-3": "returned"}
