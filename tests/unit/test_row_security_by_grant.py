"""Row-level security follows the logged-in account's establishment grants (issue 16 with
issue 14's access grants), on the PostgreSQL central store.

Analysts' computers reach the store through a database login that is not the
store's owner (README, IT staff). Each login of the application binds its
connection to the account; the server then shows that connection only the
establishments the account is granted (administrators and auditors: all), whatever
SQL is sent through it — raw SELECTs, set_config, binding it again to another
account, writing the binding table. A revoked grant hides the rows at once.
"""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_grants, central_access, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.postgres import PgConnection
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, PASSWORD, add_account
from tests.pg_cluster import Cluster
from tests.unit.test_central_store import central_database
from tests.unit.test_row_security import add_subject, codes

ANALYSTS = "radprev_analysts_t"


@pytest.fixture
def analysts_folder(
    pg_cluster: Cluster, pg_database: str, pg_con: PgConnection, tmp_path: Path
) -> Path:
    """A central store with prisoners of PL-WAW1 and PL-GDA3, an analyst `ana` granted
    PL-WAW1, and a second folder reaching the store through a login that is not its
    owner and may see every establishment (as the analysts' computers do)."""
    owner_folder = tmp_path / "central"
    central_access.create_central(
        owner_folder,
        central_database(pg_cluster, pg_database, tmp_path),
        establishment_code="PL-CO",
        establishment_name="Central office",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        kdf=FAST_KDF,
    ).session.close()
    add_subject(pg_con, "waw-1", "PL-WAW1")
    add_subject(pg_con, "gda-1", "PL-GDA3")
    role = f"{ANALYSTS}{pg_database[-6:]}"
    pg_cluster.create_role(role, "analysts-password-1")
    pg_con.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
    pg_con.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    pg_con.execute("INSERT INTO db_role_scopes VALUES (?, '*')", (role,))
    admin = VaultAccess(owner_folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        add_account(admin, "ana", Role.ANALYST, units=[])
        access_grants.grant_establishment(admin, "ana", "regional desk", "PL-WAW1")
    finally:
        admin.close()
    folder = tmp_path / "analysts"
    folder.mkdir()
    settings = json.loads((owner_folder / "central.json").read_text())
    passfile = tmp_path / "analysts-pgpass"
    passfile.write_text(f"127.0.0.1:{pg_cluster.port}:{pg_database}:{role}:analysts-password-1\n")
    passfile.chmod(0o600)
    settings.update(user=role, passfile=str(passfile))
    (folder / "central.json").write_text(json.dumps(settings))
    (folder / "central.json").chmod(0o600)
    return folder


def login(folder: Path, name: str, password: str) -> Session:
    return VaultAccess(folder).login(name, password).session


def test_raw_sql_sees_only_the_granted_establishment(analysts_folder: Path) -> None:
    ana = login(analysts_folder, "ana", PASSWORD)
    try:
        con = ana.con
        assert codes(con, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
        assert codes(con, "SELECT establishment_code FROM observations") == ["PL-WAW1"]
        assert len(con.execute("SELECT rowid FROM observation_search").fetchall()) == 1
        # Nothing sent through the connection widens it.
        con.execute("SELECT set_config('radprev.establishments', '*', false)")
        con.execute("SET ROLE NONE")
        assert codes(con, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
        admin_row = con.execute("SELECT id FROM users WHERE username = ?", (ADMIN,)).fetchone()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT radprev_bind_session(?)", (admin_row[0],))
    finally:
        ana.discard()
    ana = login(analysts_folder, "ana", PASSWORD)
    try:
        con = ana.con
        assert con.execute("DELETE FROM app_sessions").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("INSERT INTO app_sessions(pid, backend_start, user_id) "
                        "VALUES (pg_backend_pid(), now(), 'x')")  # fmt: skip
    finally:
        ana.discard()
    ana = login(analysts_folder, "ana", PASSWORD)
    try:
        assert codes(ana.con, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            add_subject(ana.con, "gda-2", "PL-GDA3")
    finally:
        ana.discard()


def test_administrator_sees_all_and_a_revoked_grant_hides_at_once(analysts_folder: Path) -> None:
    admin = login(analysts_folder, ADMIN, ADMIN_PASSWORD)
    ana = login(analysts_folder, "ana", PASSWORD)
    try:
        assert codes(admin.con, "SELECT establishment_code FROM subjects") == [
            "PL-GDA3",
            "PL-WAW1",
        ]
        assert codes(ana.con, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
        access_grants.grant_establishment(admin, "ana", "national desk", "*")
        assert codes(ana.con, "SELECT establishment_code FROM subjects") == [
            "PL-GDA3",
            "PL-WAW1",
        ]
        access_grants.revoke_establishment(admin, "ana", "desk closed", "*")
        access_grants.revoke_establishment(admin, "ana", "desk closed", "PL-WAW1")
        assert codes(ana.con, "SELECT establishment_code FROM subjects") == []
    finally:
        admin.close()
        ana.discard()


def test_the_account_cannot_widen_its_own_access(analysts_folder: Path) -> None:
    ana = login(analysts_folder, "ana", PASSWORD)
    try:
        con = ana.con
        own = con.execute("SELECT id FROM users WHERE username = 'ana'").fetchone()[0]
        for sql in (
            "INSERT INTO access_grants VALUES (?, '*', 'x', 'x', 'ana')",
            "UPDATE users SET roles = '[\"administrator\"]' WHERE id = ?",
            "UPDATE central_logins SET verifier = 'x' WHERE username = 'admin' AND ? <> ''",
            "DELETE FROM access_grants WHERE user_id = ?",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(sql, (own,))
        assert codes(con, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
        # What an account does to itself through the application still works.
        users.change_own_password(ana, PASSWORD, "analyst-pass-77")
    finally:
        ana.discard()
    again = login(analysts_folder, "ana", "analyst-pass-77")
    again.discard()
