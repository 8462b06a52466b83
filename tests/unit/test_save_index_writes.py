"""A save writes no index that no statement reads (migration 0022, decision 0035).

Every index entry a save adds is one more 4 KiB page encrypted and authenticated
at its commit. `audit_by_object` (no statement filters the log by object type)
and `observations_drafts` (the dashboard's drafts are read through
`observations_by_author`) are gone from new and upgraded stores, on both engines,
and what they served still works: "my drafts" and the log of one record.
"""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.core import audit, crypto
from radprev_desktop.core.services import dashboard, observations
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import migrations
from radprev_desktop.core.vault.connection import connect
from radprev_desktop.core.vault.postgres import PgConnection
from tests.factories import observation_input, subject

DROPPED = {"audit_by_object", "observations_drafts"}


def _indexes(con: object) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}  # type: ignore[attr-defined]


def test_a_new_vault_has_neither_index(admin: Session) -> None:
    found = _indexes(admin.con)
    assert "audit_by_object_id" in found and "observations_by_author" in found
    assert not found & DROPPED


def test_an_older_vault_loses_both_at_its_upgrade(tmp_path: Path) -> None:
    con = connect(tmp_path / "old.db", crypto.random_secret())
    migrations.migrate(con)
    # Back to the schema of 0021: both indexes, version 21.
    con.execute("CREATE INDEX audit_by_object ON audit (object_type, object_id)")
    con.execute(
        "CREATE INDEX observations_drafts ON observations (recorded_by) WHERE status = 'draft'"
    )
    con.execute("UPDATE meta SET value = '21' WHERE key = 'schema_version'")
    con.execute("PRAGMA user_version = 21")
    assert _indexes(con) >= DROPPED
    assert migrations.migrate(con) == [22]
    assert not _indexes(con) & DROPPED
    con.close()


def test_postgresql_has_neither_index(pg_con: PgConnection) -> None:
    # (The newest step is run a second time by test_central_store's upgrade test: IF EXISTS.)
    names = {
        r[0] for r in pg_con.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")
    }
    assert "audit_by_object_id" in names and "observations_by_author" in names
    assert not names & DROPPED


def test_my_drafts_and_a_records_log_are_still_read(officer: Session) -> None:
    prisoner = subject(officer)
    draft = observations.create_draft(officer, observation_input(prisoner.id))
    sent = observations.record(officer, observation_input(prisoner.id), submit_now=True)
    board = dashboard.dashboard(officer)
    assert [o.id for o in board.my_drafts.items] == [draft.id]
    assert board.my_drafts.total == 1
    plan = " ".join(
        str(r[3])
        for r in officer.con.execute(
            "EXPLAIN QUERY PLAN SELECT seq FROM audit WHERE object_type = 'observation' "
            "AND object_id = ?",
            (sent.id,),
        )
    )
    assert "audit_by_object_id" in plan
    actions = [
        r[0]
        for r in officer.con.execute(
            "SELECT action FROM audit WHERE object_type = 'observation' AND object_id = ? "
            "ORDER BY seq",
            (sent.id,),
        )
    ]
    assert actions == ["observation_created", "observation_submitted"]
    assert audit.verify_chain(officer.con).ok
