"""The import's set-based statements written for the server (decision 0039).

On PostgreSQL some of the import's batch steps send their rows as arrays in one
statement instead of through a staging table; they must leave what the staged form
leaves.
"""

from __future__ import annotations

from radprev_desktop.core.services import observation_rows, subject_sync
from radprev_desktop.core.vault import bulk
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


def test_held_files_struck_by_key_joins_as_by_exists(pg_con: PgConnection) -> None:
    """The staged new files that the vault holds by id, by alias or by establishment +
    number are struck by the server's key joins exactly as by the ORed EXISTS form."""
    add_subject(pg_con, "waw-1", "PL-WAW1")
    add_subject(pg_con, "waw-2", "PL-WAW1")
    pg_con.execute("INSERT INTO subject_aliases(alias_id, subject_id) VALUES ('old-2', 'waw-2')")
    staged = [
        (1, "waw-1", "PL-WAW1", "new-number-1", "N1"),  # held id
        (2, "old-2", "PL-WAW1", "new-number-2", "N2"),  # held alias
        (3, "fresh-3", "PL-WAW1", "waw-2", "waw-2"),  # held establishment + number
        (4, "fresh-4", "PL-GDA3", "waw-2", "waw-2"),  # same number elsewhere: new
        (5, "fresh-5", "PL-WAW1", "new-number-5", "N5"),  # new
    ]
    struck = {}
    for on_server in (True, False):
        pg_con.execute("BEGIN")
        bulk.stage(pg_con, "stage_subject_keys", subject_sync._KEYS, staged)
        rows = pg_con.execute(subject_sync._HELD_ALREADY[on_server]).fetchall()
        struck[on_server] = sorted(int(r[0]) for r in rows)
        pg_con.execute("ROLLBACK")
    assert struck[True] == [1, 2, 3]
    assert struck[True] == struck[False]
