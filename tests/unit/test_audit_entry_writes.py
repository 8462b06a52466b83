"""An audit entry writes only the index pages its readers use (migration 0024, decision 0040).

The log's UNIQUE on `hash` was an index no statement reads (the chain is read by seq) whose
random entries cost every audit entry one more encrypted 4 KiB page; "who consulted this
file" (`audit_by_file`) now holds only the entries that name a file. The log itself is
copied entry for entry: the same rows, the same chain, still append-only, on both stores.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core import audit, crypto
from radprev_desktop.core.services import observations
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import migrations
from radprev_desktop.core.vault.connection import Connection, connect
from radprev_desktop.core.vault.postgres import PgConnection
from tests.factories import observation_input, subject

READ_INDEXES = {"audit_by_user", "audit_by_time", "audit_by_object_id", "audit_by_file"}
FILE_NAMED = "json_extract(details, '$.subject_id') IS NOT NULL"


def _audit_indexes(con: Connection) -> dict[str, tuple[int, str]]:
    """Each index on the log: (unique?, origin: 'c' made by CREATE INDEX, 'u' by UNIQUE)."""
    return {r[1]: (int(r[2]), str(r[3])) for r in con.execute("PRAGMA index_list(audit)")}


def _index_sql(con: Connection, name: str) -> str:
    row = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    assert row is not None, name
    return " ".join(str(row[0]).split())


def test_a_new_vault_writes_no_hash_index_and_files_only_named_entries(admin: Session) -> None:
    found = _audit_indexes(admin.con)
    assert set(found) == READ_INDEXES
    assert all(origin == "c" and not unique for unique, origin in found.values())
    assert _index_sql(admin.con, "audit_by_file").endswith(f"WHERE {FILE_NAMED}")


def test_a_quick_save_files_its_creation_not_its_submission(officer: Session) -> None:
    prisoner = subject(officer)
    sent = observations.record(officer, observation_input(prisoner.id), submit_now=True)
    rows = officer.con.execute(
        "SELECT action FROM audit INDEXED BY audit_by_file "
        f"WHERE {FILE_NAMED} AND object_id = ? ORDER BY seq",
        (sent.id,),
    ).fetchall()
    assert [r[0] for r in rows] == ["observation_created"]
    both = officer.con.execute(
        "SELECT action FROM audit WHERE object_id = ? ORDER BY seq", (sent.id,)
    ).fetchall()
    assert [r[0] for r in both] == ["observation_created", "observation_submitted"]


def _up_to(version: int, monkeypatch: pytest.MonkeyPatch) -> None:
    every = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda *a: every[:version])
    monkeypatch.setattr(migrations, "latest_version", lambda: version)


def test_an_older_vault_keeps_its_whole_log_through_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = connect(tmp_path / "old.db", crypto.random_secret())
    with monkeypatch.context() as patch:
        _up_to(23, patch)
        assert migrations.migrate(con)[-1] == 23
    assert _audit_indexes(con)["sqlite_autoindex_audit_1"] == (1, "u")
    con.execute("BEGIN")
    for n in range(40):
        audit.append(
            con,
            user="olga",
            workstation="ws-1",
            action="subject_file_opened" if n % 2 else "search",
            object_id=f"file-{n % 4}" if n % 2 else "",
            details={"subject_id": f"file-{n % 4}"} if n % 4 == 1 else {"query": "x"},
        )
    con.execute("COMMIT")
    before = con.execute("SELECT * FROM audit ORDER BY seq").fetchall()
    assert len(before) == 40

    assert migrations.migrate(con)[:1] == [24]  # and any later step
    assert con.execute("SELECT * FROM audit ORDER BY seq").fetchall() == before
    assert audit.verify_chain(con).ok
    found = _audit_indexes(con)
    assert set(found) == READ_INDEXES and not any(unique for unique, _ in found.values())
    named = audit.select_entries(con, ["subject_file_opened"], named=["file-1"])
    sql, params = audit.selection_sql(
        con, ["subject_file_opened"], None, None, ((), ["file-1"], "subject_id"), ()
    )
    plan = " ".join(str(r[-1]) for r in con.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "audit_by_file" in plan and "SCAN audit" not in plan, plan
    assert [e.seq for e in named] == [r[0] for r in before if r[9] == '{"subject_id": "file-1"}']
    assert named
    for refused in ("UPDATE audit SET action = 'x' WHERE seq = 3", "DELETE FROM audit"):
        with pytest.raises(Exception, match="append-only"):
            con.execute(refused)
    assert con.execute("SELECT count(*) FROM audit").fetchone()[0] == 40
    con.close()


def test_postgresql_keeps_no_hash_constraint_and_files_only_named_entries(
    pg_con: PgConnection,
) -> None:
    unique = {
        r[0]
        for r in pg_con.execute(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = 'audit'::regclass AND contype = 'u'"
        )
    }
    assert unique == {"UNIQUE (rowid)"}
    row = pg_con.execute(
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'audit' AND indexname = 'audit_by_file'"
    ).fetchone()
    assert row is not None and "WHERE" in row[0] and "IS NOT NULL" in row[0], row
    # The newest step runs again at an office's login (test_central_store): re-runnable.
    step = migrations.available(pg_con.dialect)[23]
    assert step.version == 24
    pg_con.raw.execute(step.sql.encode("utf-8"))
    assert pg_con.execute(
        "SELECT count(*) FROM pg_indexes WHERE tablename = 'audit' AND indexname = 'audit_by_file'"
    ).fetchone() == (1,)
