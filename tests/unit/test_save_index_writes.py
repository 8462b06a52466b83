"""A save writes no index that no statement reads (migrations 0022-0023, decision 0035).

Every index entry a save adds is one more 4 KiB page encrypted and authenticated
at its commit. `audit_by_object` (no statement filters the log by object type) is
gone from new and upgraded stores, on both engines, and the log of one record is
still read through `audit_by_object_id`. The drafts' index stays: the
searches' and counts' exclusion of other officers' drafts reads it (a first
version of 0022 dropped it, and every search read the whole table); since 0025
it is `observations_own_work` (drafts and returned records, decision 0046).
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

DROPPED = {"audit_by_object"}
KEPT = {"audit_by_object_id", "observations_own_work", "observations_by_author"}


def _indexes(con: object) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}  # type: ignore[attr-defined]


def test_a_new_vault_has_neither_index(admin: Session) -> None:
    found = _indexes(admin.con)
    assert found >= KEPT
    assert not found & DROPPED


def _back_to(con: object, version: int) -> None:
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))  # type: ignore[attr-defined]
    con.execute(f"PRAGMA user_version = {version}")  # type: ignore[attr-defined]


def test_an_older_vault_loses_the_index_at_its_upgrade(tmp_path: Path) -> None:
    con = connect(tmp_path / "old.db", crypto.random_secret())
    migrations.migrate(con)
    con.execute("CREATE INDEX audit_by_object ON audit (object_type, object_id)")
    _back_to(con, 21)  # the schema of 0021
    assert migrations.migrate(con)[:2] == [22, 23]  # and any later step
    found = _indexes(con)
    assert found >= KEPT and not found & DROPPED
    con.close()


def test_a_vault_that_ran_the_first_0022_gets_the_drafts_index_back(tmp_path: Path) -> None:
    con = connect(tmp_path / "first.db", crypto.random_secret())
    migrations.migrate(con)
    con.execute("DROP INDEX observations_own_work")  # neither index, as the first 0022 left it
    _back_to(con, 22)
    assert migrations.migrate(con)[:1] == [23]
    assert "observations_own_work" in _indexes(con)  # 0025 replaced the one 0023 put back
    con.close()


def test_postgresql_has_neither_index(pg_con: PgConnection) -> None:
    # (The newest step is run a second time by test_central_store's upgrade test: IF EXISTS.)
    names = {
        r[0] for r in pg_con.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")
    }
    assert names >= KEPT
    assert not names & DROPPED


def test_other_officers_drafts_are_excluded_through_the_drafts_index(officer: Session) -> None:
    """The exclusion every search and count runs finds the drafts in their index, never by
    reading the whole table (a million rows at a central office)."""
    plan = " ".join(
        str(r[3])
        for r in officer.con.execute(
            "EXPLAIN QUERY PLAN SELECT row_no FROM observations "
            "WHERE status = 'draft' AND recorded_by != ?",
            ("someone",),
        )
    )
    assert "observations_own_work" in plan, plan


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
