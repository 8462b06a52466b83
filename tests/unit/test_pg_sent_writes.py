"""A bulk write's last statement is sent without waiting (PostgreSQL, decision 0037).

Under row security `PgConnection.copy_rows` COPYs into a temporary table and sends the
INSERT … SELECT into the real table in pipeline mode; the next use of the connection
settles it. These tests hold what must not change with that: an error in the middle
rolls back to its savepoint exactly as before, nothing runs after it in an aborted
transaction, COMMIT never swallows it, a lost connection says so, and the caller's
store-free steps run while the server works. Then the real importer, through the
office's own login, with the server refusing one record in the middle of a package.
The tests that hold for any bulk write run also with the store's import role (decision
0044: COPY straight into the table, a refusal raised by the COPY itself).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.sync import importer
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.postgres import (
    ConstraintRefused,
    PgConnection,
    SessionEnded,
    connect,
)
from radprev_desktop.core.vault.savepoint import savepoint
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.pg_cluster import Cluster
from tests.unit.test_import_parity import (  # noqa: F401 (fixtures)
    _exported,
    offices_on_office_login,
)
from tests.unit.test_import_role import (  # noqa: F401 (fixtures)
    make_import_role,
    offices_with_import_role,
)

COLUMNS = ("id", "note")
REFUSED = "The record does not fit the vault (a constraint refused it)."


@pytest.fixture(params=["temporary-table", "import-role"])
def writer(
    pg_cluster: Cluster, pg_database: str, request: pytest.FixtureRequest
) -> Iterator[tuple[PgConnection, Cluster]]:
    """A login that owns a table under forced row security (as the office's login owns
    the record tables): its bulk writes go through a temporary table and an INSERT sent
    without waiting (decision 0037) or, with the store's import role, straight into the
    table as that role (decision 0044), where a refusal is raised by the COPY itself."""
    login = f"sw_{pg_database[-12:]}"
    pg_cluster.create_role(login, "sent-writes-1")
    dbname = f"{pg_database}_sw"
    pg_cluster.create_database(dbname, owner=login)
    role = f"swi_{pg_database[-12:]}" if request.param == "import-role" else ""
    database = replace(pg_cluster.database(dbname, login), import_role=role)
    con = connect(database, SecretBytes(bytearray(b"sent-writes-1")))
    try:
        con.execute("CREATE TABLE items (id INT PRIMARY KEY, note TEXT CHECK (note <> 'bad'))")
        con.execute("ALTER TABLE items ENABLE ROW LEVEL SECURITY")
        con.execute("ALTER TABLE items FORCE ROW LEVEL SECURITY")
        con.execute("CREATE POLICY everyone ON items USING (true) WITH CHECK (true)")
        (active,) = con.execute("SELECT row_security_active('items')").fetchone()
        assert active, "the table must be under row security for these tests"
        if role:
            # The store's function the switch asks (migration 0017), here always yes.
            con.execute(
                "CREATE FUNCTION radprev_sees_every_establishment() RETURNS BOOLEAN "
                "LANGUAGE sql AS 'SELECT true'"
            )
            make_import_role(pg_cluster, con, role, login)
        yield con, pg_cluster
    finally:
        con.close()
        pg_cluster.drop_database(dbname)


def held(con: PgConnection) -> list[int]:
    return [int(r[0]) for r in con.execute("SELECT id FROM items ORDER BY id").fetchall()]


def slow_inserts(con: PgConnection, seconds: float) -> None:
    """Every INSERT statement into items takes `seconds` on the server before its rows
    (so a refusal comes back only after the caller has gone on)."""
    con.execute(
        "CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN PERFORM pg_sleep({seconds}); RETURN NULL; END $$"
    )
    con.execute(
        "CREATE TRIGGER slow BEFORE INSERT ON items FOR EACH STATEMENT EXECUTE FUNCTION slow()"
    )


def test_a_refused_bulk_write_rolls_back_to_its_savepoint_only(
    writer: tuple[PgConnection, Cluster],
) -> None:
    con, _ = writer
    con.execute("BEGIN")
    bulk.insert_rows(con, "items", COLUMNS, [(1, "a")])
    with pytest.raises(ConstraintRefused, match="check constraint"), savepoint(con, "batch"):
        # The refused statement is the block's last: its error surfaces at RELEASE.
        bulk.insert_rows(con, "items", COLUMNS, [(2, "b"), (3, "bad"), (4, "c")])
    bulk.insert_rows(con, "items", COLUMNS, [(5, "e")])
    con.execute("COMMIT")
    assert held(con) == [1, 5]


def kept_tables(con: PgConnection) -> dict[str, int]:
    """The session's temporary tables and their size on disk, in bytes."""
    rows = con.execute(
        "SELECT relname, pg_relation_size(oid) FROM pg_class "
        "WHERE relnamespace = pg_my_temp_schema() AND relkind = 'r'"
    ).fetchall()
    return {str(name): int(size) for name, size in rows}


def test_kept_temporary_tables_are_emptied_after_each_commit(
    writer: tuple[PgConnection, Cluster],
) -> None:
    """The bulk writes' and staging's temporary tables stay for the session and are
    truncated after each commit (decision 0039): nothing of a committed package is left
    in them, their files do not grow from package to package, and a table a rolled-back
    savepoint or transaction took back is made again without a fault."""
    con, _ = writer
    for package in range(3):
        con.execute("BEGIN")
        ids = [10 * package + n for n in range(5)]
        bulk.insert_rows(con, "items", COLUMNS, [(i, f"p{package}") for i in ids])
        bulk.stage(con, "stage_items", (("id", "BIGINT"), ("note", "TEXT")), [(1, "x")] * 50)
        staged = con.execute("SELECT count(*) FROM stage_items").fetchone()[0]
        assert staged == 50
        con.execute("COMMIT")
        tables = kept_tables(con)
        # The staging table, and the bulk write's unless it went straight in as the role.
        assert len(tables) == (1 if con.database.import_role else 2), tables
        assert all(size == 0 for size in tables.values()), tables
    assert held(con) == [0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 20, 21, 22, 23, 24]
    assert not con.execute("SELECT count(*) FROM stage_items").fetchone()[0]

    con.execute("BEGIN")
    with pytest.raises(KeyError), savepoint(con, "batch"):
        bulk.stage(con, "stage_new", (("id", "BIGINT"),), [(1,)])  # made inside, taken back
        raise KeyError("a rule tripped")
    bulk.insert_rows(con, "items", COLUMNS, [(30, "after")])
    con.execute("COMMIT")
    assert "stage_new" not in kept_tables(con)
    con.execute("BEGIN")
    bulk.stage(con, "stage_other", (("id", "BIGINT"),), [(1,)])  # made inside, rolled back
    bulk.insert_rows(con, "items", COLUMNS, [(40, "undone")])
    con.execute("ROLLBACK")
    con.execute("BEGIN")
    bulk.insert_rows(con, "items", COLUMNS, [(41, "kept")])
    con.execute("COMMIT")
    assert held(con)[-2:] == [30, 41]
    assert all(size == 0 for size in kept_tables(con).values())


def test_nothing_runs_after_a_refused_bulk_write(writer: tuple[PgConnection, Cluster]) -> None:
    con, _ = writer
    slow_inserts(con, 0.2)
    con.execute("BEGIN")
    with pytest.raises(ConstraintRefused, match="check constraint"), savepoint(con, "batch"):
        bulk.insert_rows(con, "items", COLUMNS, [(2, "bad")])
        # The next statement meets the earlier refusal before it is sent.
        con.execute("INSERT INTO items VALUES (9, 'after')")
    assert not con.execute("SELECT count(*) FROM items WHERE id = 9").fetchone()[0]
    bulk.insert_rows(con, "items", COLUMNS, [(3, "c")])
    con.execute("COMMIT")
    assert held(con) == [3]


@pytest.mark.parametrize("writer", ["temporary-table"], indirect=True)  # sent INSERT
def test_a_python_error_after_a_refused_bulk_write_still_rolls_back(
    writer: tuple[PgConnection, Cluster],
) -> None:
    con, _ = writer
    slow_inserts(con, 0.2)
    con.execute("BEGIN")
    with pytest.raises(KeyError), savepoint(con, "record"):
        bulk.insert_rows(con, "items", COLUMNS, [(2, "bad")])
        raise KeyError("a rule tripped before the server answered")
    bulk.insert_rows(con, "items", COLUMNS, [(4, "d")])
    con.execute("COMMIT")
    assert held(con) == [4]


@pytest.mark.parametrize("writer", ["temporary-table"], indirect=True)  # sent INSERT
def test_commit_reports_a_refused_bulk_write(writer: tuple[PgConnection, Cluster]) -> None:
    con, _ = writer
    slow_inserts(con, 0.2)
    con.execute("BEGIN")
    bulk.insert_rows(con, "items", COLUMNS, [(1, "a"), (2, "bad")])
    with pytest.raises(ConstraintRefused, match="check constraint"):
        con.execute("COMMIT")
    con.execute("ROLLBACK")
    assert held(con) == []


@pytest.mark.parametrize("writer", ["temporary-table"], indirect=True)  # sent INSERT
def test_the_callers_steps_run_while_the_server_works(writer: tuple[PgConnection, Cluster]) -> None:
    con, _ = writer
    slow_inserts(con, 0.5)
    done: list[int] = []

    def steps() -> Iterator[int]:
        for n in range(100_000):
            time.sleep(0.001)  # a store-free step of ≈ 1 ms
            done.append(n)
            yield n

    con.execute("BEGIN")
    with bulk.meanwhile(con, steps()):
        bulk.insert_rows(con, "items", COLUMNS, [(1, "a"), (2, "b")])
        assert held(con) == [1, 2]  # settles: the steps fill the server's half second
    con.execute("COMMIT")
    assert len(done) >= 50, "the steps did not run while the server worked"
    assert len(done) < 100_000, "the steps ran past the server's answer"


@pytest.mark.parametrize("writer", ["temporary-table"], indirect=True)  # sent INSERT
def test_a_connection_lost_while_a_bulk_write_runs_says_so(
    writer: tuple[PgConnection, Cluster],
) -> None:
    con, cluster = writer
    slow_inserts(con, 5)
    (pid,) = con.execute("SELECT pg_backend_pid()").fetchone()
    con.execute("BEGIN")
    bulk.insert_rows(con, "items", COLUMNS, [(1, "a")])
    admin = cluster.admin()
    try:
        admin.execute("SELECT pg_terminate_backend(?)", (pid,))
    finally:
        admin.close()
    with pytest.raises(SessionEnded):
        held(con)


@pytest.mark.parametrize("office", ["offices_on_office_login", "offices_with_import_role"])
@pytest.mark.parametrize("table", ["observations", "observation_search"])
def test_a_server_refusal_in_the_middle_of_a_package_quarantines_that_record(
    tmp_path: Path, table: str, office: str, request: pytest.FixtureRequest
) -> None:
    """The server refuses one observation of the package (a trigger stands for any
    constraint the importer's checks do not foresee) in the set-based batch's bulk write
    — the batch's first bulk write, or its last, which settles at the savepoint's RELEASE.
    The batch goes one by one; that record alone is quarantined with the server's
    reason; everything else of the package is stored, in one transaction."""
    offices = request.getfixturevalue(office)
    folder, (package,), fingerprint = _exported(offices, tmp_path, (1,))
    pg = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        pg.con.execute(
            "CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.facts ~* 'posi.ku 3$' THEN "
            "RAISE EXCEPTION 'refused by the server for this test'; END IF; RETURN NEW; END $$"
        )
        pg.con.execute(
            f"CREATE TRIGGER refuse_one BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION refuse_one()"
        )
        report = importer.import_package(
            pg, package.path.read_bytes(), file_name="p.zip", enrol_fingerprint=fingerprint
        )
        assert report.status == "imported"
        assert report.quarantined, "the refused record was not quarantined"
        assert {q.reason for q in report.quarantined} == {REFUSED}
        assert {q.kind for q in report.quarantined} == {"observation"}
        refused = {q.object_id for q in report.quarantined}
        stored = {
            str(r[0]) for r in pg.con.execute("SELECT DISTINCT id FROM observations").fetchall()
        }
        assert stored and not stored & refused
        assert report.inserted + len(report.quarantined) == package.records
        kept = pg.con.execute("SELECT count(*) FROM quarantine WHERE reason = ?", (REFUSED,))
        assert kept.fetchone()[0] == len(report.quarantined)
        assert audit.verify_chain(pg.con).ok
    finally:
        pg.close()
