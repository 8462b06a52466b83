"""The store's import role: the import COPYs straight into the record tables (decision 0044).

README (IT staff, step 2) lets the DBA make a role that cannot log in and bypasses row
security, granted to the office's own login (the database owner) only and named in
`central.json` (`import_role`). Inside a transaction whose policies would let every row
through anyway (the login and the bound account see every establishment), a COPY into a
record table runs as that role instead of going through a temporary table. These tests
hold that it does, that the import then stores the same content, and that nothing else
changes: an analysts' login cannot take the role, a narrower view keeps the policies, and
the role is given back after each COPY.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import psycopg
import pytest

from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import bulk, migrations
from radprev_desktop.core.vault.postgres import ConstraintRefused, PgConnection, connect
from radprev_desktop.core.vault.savepoint import savepoint
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.pg_cluster import Cluster
from tests.unit.test_central_store import central_database
from tests.unit.test_import_parity import _offices, _same_content

OWNER_PASSWORD = "office-password-1"
ANALYSTS_PASSWORD = "analysts-password-1"
SUBJECT_COLUMNS = ["id", "establishment_code", "prison_number", "prison_number_key",
                   "family_name", "given_names", "names_key", "review_due", "created_at",
                   "created_by", "updated_at", "origin_workstation"]  # fmt: skip


def a_subject(sid: str, establishment: str) -> tuple[str, ...]:
    when = "2026-01-01T00:00:00.000000Z"
    return (sid, establishment, sid, sid, "Hoxha", "Ëndrit", "hoxha endrit", "2027-01-01",
            when, "a", when, "ws")  # fmt: skip


def make_import_role(cluster: Cluster, owner_con: PgConnection, role: str, owner: str) -> None:
    """README, IT step 2: the DBA's role and membership, then the owner's grants."""
    cluster.create_import_role(role, owner)
    owner_con.execute(f"GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO {role}")
    owner_con.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")


@dataclass
class Store:
    cluster: Cluster
    dbname: str
    owner: str
    role: str
    analysts: str

    def connect(self, user: str, password: str) -> PgConnection:
        database = replace(self.cluster.database(self.dbname, user), import_role=self.role)
        return connect(database, SecretBytes(bytearray(password.encode())))


@pytest.fixture
def store(pg_cluster: Cluster, pg_database: str) -> Iterator[Store]:
    """A migrated store owned by the office's login, with an import role and an analysts'
    login (scope '*': only the role's membership keeps it from the role)."""
    tag = pg_database[-10:]
    found = Store(pg_cluster, f"{pg_database}_ir", f"own_{tag}", f"imp_{tag}", f"ana_{tag}")
    pg_cluster.create_role(found.owner, OWNER_PASSWORD)
    pg_cluster.create_role(found.analysts, ANALYSTS_PASSWORD)
    pg_cluster.create_database(found.dbname, owner=found.owner)
    con = found.connect(found.owner, OWNER_PASSWORD)
    try:
        migrations.migrate(con)
        make_import_role(pg_cluster, con, found.role, found.owner)
        con.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                    f"{found.analysts}")  # fmt: skip
        con.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {found.analysts}")
        con.execute("INSERT INTO db_role_scopes VALUES (?, '*')", (found.analysts,))
    finally:
        con.close()
    try:
        yield found
    finally:
        pg_cluster.drop_database(found.dbname)


def copy_tables(con: PgConnection) -> list[str]:
    """The temporary tables COPYs under row security went through on this connection."""
    return [
        str(r[0])
        for r in con.execute(
            "SELECT relname FROM pg_class WHERE relnamespace = pg_my_temp_schema() "
            "AND relname LIKE 'copy_into_%'"
        ).fetchall()
    ]


def test_the_office_login_copies_straight_into_a_secured_table(store: Store) -> None:
    con = store.connect(store.owner, OWNER_PASSWORD)
    try:
        (active,) = con.execute("SELECT row_security_active('subjects')").fetchone()
        assert active, "the owner must be under row security for this test"
        con.execute("BEGIN")
        rows = [a_subject("waw-1", "PL-WAW1"), a_subject("gda-1", "PL-GDA3")]
        assert bulk.insert_rows(con, "subjects", SUBJECT_COLUMNS, rows) == 2
        # The role is given back at once: the next statement runs as the office's login.
        assert con.execute("SELECT current_user").fetchone() == (store.owner,)
        assert copy_tables(con) == []  # straight into the table, no temporary table
        con.execute("COMMIT")
        assert con.execute("SELECT current_user").fetchone() == (store.owner,)
        held = con.execute("SELECT id FROM subjects ORDER BY id").fetchall()
        assert held == [("gda-1",), ("waw-1",)]
        # The search document's trigger ran on rows COPYed as the role.
        con.execute("BEGIN")
        (row_no,) = con.execute("SELECT rowid FROM subjects WHERE id = 'waw-1'").fetchone()
        bulk.insert_rows(con, "subject_search", ("rowid", "names", "prison_number"),
                         [(row_no, "hoxha endrit", "waw-1")])  # fmt: skip
        con.execute("COMMIT")
        (doc,) = con.execute("SELECT document::TEXT FROM subject_search").fetchone()
        assert "'hoxha'" in doc
    finally:
        con.close()


def test_a_refused_copy_as_the_role_rolls_back_with_its_savepoint(store: Store) -> None:
    con = store.connect(store.owner, OWNER_PASSWORD)
    try:
        con.execute("BEGIN")
        bulk.insert_rows(con, "subjects", SUBJECT_COLUMNS, [a_subject("waw-1", "PL-WAW1")])
        with pytest.raises(ConstraintRefused), savepoint(con, "one"):
            # Ended without waiting: the refusal surfaces at the savepoint's RELEASE.
            bulk.insert_rows(con, "subjects", SUBJECT_COLUMNS, [a_subject("waw-1", "PL-WAW1")])
        assert con.execute("SELECT current_user").fetchone() == (store.owner,)
        con.execute("COMMIT")
        assert con.execute("SELECT count(*) FROM subjects").fetchone() == (1,)
    finally:
        con.close()


def test_a_narrower_view_keeps_the_policies(store: Store) -> None:
    """The office's login limited to one establishment (as a bound account with one grant
    would be): the COPY stays under the policies, which refuse another's row."""
    con = store.connect(store.owner, OWNER_PASSWORD)
    try:
        con.execute("INSERT INTO db_role_scopes VALUES (session_user, 'PL-WAW1')")
        con.execute("DELETE FROM db_role_scopes WHERE role_name = session_user "
                    "AND establishment_code = '*'")  # fmt: skip
        con.execute("BEGIN")
        bulk.insert_rows(con, "subjects", SUBJECT_COLUMNS, [a_subject("waw-1", "PL-WAW1")])
        assert copy_tables(con), "under the policies the COPY goes through a temporary table"
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            bulk.insert_rows(con, "subjects", SUBJECT_COLUMNS, [a_subject("gda-1", "PL-GDA3")])
            con.execute("SELECT 1")  # the INSERT … SELECT was sent without waiting
        con.execute("ROLLBACK")
    finally:
        con.close()


def test_an_analysts_login_cannot_take_the_import_role(store: Store) -> None:
    con = store.connect(store.analysts, ANALYSTS_PASSWORD)
    try:
        for sql in (f"SET ROLE {store.role}", f"SELECT set_config('role', '{store.role}', false)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(sql)
        # Named in its central.json too, the role is not tried: its COPY stays under the
        # policies (a temporary table), and works.
        con.execute("BEGIN")
        bulk.insert_rows(con, "subjects", SUBJECT_COLUMNS, [a_subject("waw-1", "PL-WAW1")])
        assert copy_tables(con)
        assert con.execute("SELECT current_user").fetchone() == (store.analysts,)
        con.execute("COMMIT")
        assert con.execute("SELECT count(*) FROM subjects").fetchone() == (1,)
    finally:
        con.close()


@pytest.fixture
def offices_with_import_role(
    tmp_path: Path, pg_cluster: Cluster, pg_database: str
) -> Iterator[tuple[Session, Path, Session]]:
    """The offices of test_import_parity, the server store reached through the office's
    own login (owner, no superuser) with the import role README step 2 describes."""
    tag = pg_database[-10:]
    owner, role, dbname = f"own_{tag}", f"imp_{tag}", f"{pg_database}_ir"
    pg_cluster.create_role(owner, OWNER_PASSWORD)
    pg_cluster.create_database(dbname, owner=owner)
    passfile = tmp_path / "office-pgpass"
    passfile.write_text(f"127.0.0.1:{pg_cluster.port}:{dbname}:{owner}:{OWNER_PASSWORD}\n")
    passfile.chmod(0o600)
    database = replace(
        central_database(pg_cluster, dbname, tmp_path),
        user=owner,
        passfile=str(passfile),
        import_role=role,
    )
    try:
        offices = _offices(tmp_path, database)
        con = connect(database)
        try:
            make_import_role(pg_cluster, con, role, owner)
        finally:
            con.close()
        yield offices
    finally:
        pg_cluster.drop_database(dbname)


def test_an_import_through_the_import_role_stores_the_same(
    offices_with_import_role: tuple[Session, Path, Session], tmp_path: Path
) -> None:
    folder = offices_with_import_role[1]
    pg = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        assert pg.con.database.import_role  # type: ignore[attr-defined]
        (active,) = pg.con.execute("SELECT row_security_active('observations')").fetchone()
        assert active, "the office login must be under row security for this test"
    finally:
        pg.close()

    def went_straight(pg: Session) -> None:
        assert pg.con.execute("SELECT count(*) FROM observations").fetchone()[0] > 0
        assert copy_tables(pg.con) == []  # type: ignore[arg-type]

    _same_content(offices_with_import_role, tmp_path, went_straight)
