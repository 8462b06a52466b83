"""A central store set up exactly as README tells IT staff: its database is owned by a
plain login (`radprev_office`, step 2: not a superuser) and analysts' computers reach it
through another plain login (step 4).

The rest of the suite creates its stores as the cluster's superuser, which sees every
server process's details; on this setup the binding of an analyst's connection to the
account (migration 0011) read NULL for the connection's start time and every analyst's
login failed with a crash report (seen in the bundle, session 7).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pyrage import x25519

from radprev_desktop.core import audit
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import PermissionDenied, VaultError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import (
    access_grants,
    central_access,
    central_backup,
    users,
    vault_access,
)
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.sync import keys
from radprev_desktop.core.vault import migrations, postgres
from radprev_desktop.core.vault.postgres import CentralDatabase, PgConnection, SessionEnded
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, PASSWORD, add_account
from tests.pg_cluster import Cluster
from tests.unit.test_row_security import add_subject, codes

OWNER_PASSWORD = "office-password-1"
ANALYSTS_PASSWORD = "analysts-password-1"


@dataclass
class Office:
    owner_folder: Path
    analysts_folder: Path
    owner: CentralDatabase
    analysts: CentralDatabase


def _settings(
    cluster: Cluster, dbname: str, user: str, password: str, passfile: Path
) -> CentralDatabase:
    passfile.write_text(f"127.0.0.1:{cluster.port}:{dbname}:{user}:{password}\n")
    passfile.chmod(0o600)
    base = cluster.database(dbname)
    return CentralDatabase(
        host=base.host,
        port=base.port,
        dbname=dbname,
        user=user,
        sslrootcert=base.sslrootcert,
        passfile=str(passfile),
    )


@pytest.fixture
def office(pg_cluster: Cluster, tmp_path: Path) -> Iterator[Office]:
    """README steps 2-4: plain owner login, store created through it, analysts' login."""
    tag = new_id().replace("-", "")[-10:]
    owner, analysts, dbname = f"office_{tag}", f"analysts_{tag}", f"o_{tag}"
    pg_cluster.create_role(owner, OWNER_PASSWORD)
    pg_cluster.create_role(analysts, ANALYSTS_PASSWORD)
    pg_cluster.create_database(dbname, owner=owner)
    try:
        owner_db = _settings(pg_cluster, dbname, owner, OWNER_PASSWORD, tmp_path / "owner-pgpass")
        owner_folder = tmp_path / "central"
        central_access.create_central(
            owner_folder,
            owner_db,
            establishment_code="PL-CO",
            establishment_name="Central office",
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        ).session.close()
        con = owner_con(owner_db)
        try:
            superuser = "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
            assert not con.execute(superuser).fetchone()[0]
            con.execute(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {analysts}"
            )
            con.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {analysts}")
            con.execute("INSERT INTO db_role_scopes VALUES (?, '*')", (analysts,))
            add_subject(con, "waw-1", "PL-WAW1")
            add_subject(con, "gda-1", "PL-GDA3")
        finally:
            con.close()
        admin = VaultAccess(owner_folder).login(ADMIN, ADMIN_PASSWORD).session
        try:
            add_account(admin, "ana", Role.ANALYST, units=[])
            access_grants.grant_establishment(admin, "ana", "regional desk", "PL-WAW1")
        finally:
            admin.close()
        analysts_db = _settings(
            pg_cluster, dbname, analysts, ANALYSTS_PASSWORD, tmp_path / "analysts-pgpass"
        )
        analysts_folder = tmp_path / "analysts"
        analysts_folder.mkdir()
        (analysts_folder / "central.json").write_text(analysts_db.to_json())
        (analysts_folder / "central.json").chmod(0o600)
        yield Office(owner_folder, analysts_folder, owner_db, analysts_db)
    finally:
        pg_cluster.drop_database(dbname)
        admin_con = pg_cluster.admin()
        try:
            admin_con.execute(f"DROP ROLE IF EXISTS {analysts}")
            admin_con.execute(f"DROP ROLE IF EXISTS {owner}")
        finally:
            admin_con.close()


def owner_con(db: CentralDatabase, password: str = OWNER_PASSWORD) -> PgConnection:
    """A connection of the store's tools (not bound to an account)."""
    return postgres.connect(db, SecretBytes(bytearray(password.encode())))


def test_an_analyst_logs_in_through_the_analysts_login(office: Office) -> None:
    ana = VaultAccess(office.analysts_folder).login("ana", PASSWORD).session
    try:
        assert json.loads((office.analysts_folder / "central.json").read_text())["user"] != (
            office.owner.user
        )
        # Bound to the account: the server shows only the granted establishment.
        assert codes(ana.con, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
    finally:
        ana.close()
    admin = VaultAccess(office.analysts_folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        assert codes(admin.con, "SELECT establishment_code FROM subjects") == [
            "PL-GDA3",
            "PL-WAW1",
        ]
    finally:
        admin.close()


def test_a_binding_left_by_an_ended_process_does_not_hold(office: Office) -> None:
    """A row of an earlier server process with this pid (another connection) is replaced,
    and rows of processes that have ended are removed."""
    owner = owner_con(office.owner)
    analysts = owner_con(office.analysts, ANALYSTS_PASSWORD)
    try:
        pid = analysts.execute("SELECT pg_backend_pid()").fetchone()[0]
        admin_id, ana_id = (
            owner.execute("SELECT id FROM users WHERE username = ?", (name,)).fetchone()[0]
            for name in (ADMIN, "ana")
        )
        # The owner writes as an earlier process would have left it (the table is not forced).
        owner.execute(
            "INSERT INTO app_sessions(pid, backend_start, user_id) "
            "VALUES (?, now() - interval '1 day', ?), (2147483000, now(), ?)",
            (pid, admin_id, admin_id),
        )
        postgres.bind_to_account(analysts, ana_id)
        assert codes(analysts, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
        rows = owner.execute("SELECT pid, user_id FROM app_sessions ORDER BY pid").fetchall()
        assert [tuple(r) for r in rows] == [(pid, ana_id)]
    finally:
        analysts.close()
        owner.close()


def _disable_ana(office: Office) -> dict[str, object]:
    """The administrator, on the office's login, disables `ana`; the audit entry's details."""
    admin = VaultAccess(office.owner_folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        vault_access.disable_user(admin, "ana")
        assert not users.get_user(admin, "ana").active
        entry = [e for e in audit.read_entries(admin.con) if e.action == "user_disabled"][-1]
        return dict(entry.details)
    finally:
        admin.close()


def test_disabling_an_analyst_signed_in_elsewhere(office: Office) -> None:
    """Without the README's grant the server refuses to end another login's process: the
    account is still disabled (that refusal used to undo it) and its open connection is
    shown nothing."""
    ana = VaultAccess(office.analysts_folder).login("ana", PASSWORD).session
    try:
        assert codes(ana.con, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
        details = _disable_ana(office)
        assert details["sessions_ended"] == 0
        assert details["sessions_left_open"] == 1
        assert codes(ana.con, "SELECT establishment_code FROM subjects") == []
    finally:
        ana.discard()


def test_disabling_ends_the_session_with_the_readme_grant(
    office: Office, pg_cluster: Cluster
) -> None:
    """README step 4: the owner is a member of the analysts' login, so it ends their
    sessions; the analyst's next statement is told the session ended."""
    con = pg_cluster.admin()
    try:
        con.execute(f"GRANT {office.analysts.user} TO {office.owner.user}")
    finally:
        con.close()
    ana = VaultAccess(office.analysts_folder).login("ana", PASSWORD).session
    try:
        details = _disable_ana(office)
        assert details["sessions_ended"] == 1
        assert details["sessions_left_open"] == 0
        with pytest.raises(SessionEnded):
            codes(ana.con, "SELECT establishment_code FROM subjects")
    finally:
        ana.discard()


def test_an_older_store_is_upgraded_at_the_office_login_only(office: Office) -> None:
    """A store made by an earlier version: an analyst (not the owner's login) is told to
    have it upgraded, not run on the old schema; the administrator's login through the
    office's own login brings it up to date."""
    latest = migrations.latest_version()
    con = owner_con(office.owner)
    try:
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(latest - 1),))
    finally:
        con.close()
    with pytest.raises(VaultError, match="earlier version") as refused:
        VaultAccess(office.analysts_folder).login("ana", PASSWORD)
    assert refused.value.text.args == (latest - 1, latest)
    VaultAccess(office.owner_folder).login(ADMIN, ADMIN_PASSWORD).session.close()
    con = owner_con(office.owner)
    try:
        assert migrations.current_version(con) == latest
    finally:
        con.close()
    ana = VaultAccess(office.analysts_folder).login("ana", PASSWORD).session
    try:
        assert codes(ana.con, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
    finally:
        ana.close()


def test_backup_and_restore_through_the_office_login(
    office: Office, pg_cluster: Cluster, tmp_path: Path
) -> None:
    """pg_dump refused every table on this setup ("query would be affected by row-level
    security policy": FORCE binds the owner, who is no superuser here), so the office had
    no backup at all. The copy restored into a new database of the office's login holds
    the same rows and its audit chain verifies. The analysts' login, which may be capped
    to some establishments, is refused rather than writing a partial backup."""
    key = x25519.Identity.generate()
    admin = VaultAccess(office.owner_folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        keys.set_backup_recipient(admin, str(key.to_public()))
        written = central_backup.write_backup(admin, tmp_path / "backups" / "b.age").path
    finally:
        admin.close()
    assert written.read_bytes().startswith(b"age-encryption.org/v1")
    restored = f"{office.owner.dbname}_r"
    pg_cluster.create_database(restored, owner=office.owner.user)
    try:
        passfile = Path(office.owner.passfile or "")
        passfile.write_text(
            passfile.read_text().rstrip("\n").replace(office.owner.dbname, restored) + "\n"
            + passfile.read_text()
        )  # fmt: skip
        into = replace(office.owner, dbname=restored)
        central_backup.restore_backup(written, str(key), into)
        con = owner_con(into)
        try:
            assert codes(con, "SELECT establishment_code FROM subjects") == [
                "PL-GDA3",
                "PL-WAW1",
            ]
            assert audit.verify_chain(con).ok
        finally:
            con.close()
    finally:
        pg_cluster.drop_database(restored)
    marko = VaultAccess(office.analysts_folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        con = owner_con(office.owner)
        try:
            con.execute("UPDATE db_role_scopes SET establishment_code = 'PL-WAW1' "
                        "WHERE role_name = ?", (office.analysts.user,))  # fmt: skip
        finally:
            con.close()
        with pytest.raises(PermissionDenied, match="incomplete"):
            central_backup.write_backup(marko, tmp_path / "backups" / "partial.age")
        assert not (tmp_path / "backups" / "partial.age").exists()
    finally:
        marko.close()


def test_a_restore_whose_password_file_lacks_the_new_database_says_which_line(
    office: Office, pg_cluster: Cluster, tmp_path: Path
) -> None:
    """README step 5 taken literally: the password file of step 2 has a line for the
    office's database only, so pg_restore asked "Password:" and the refusal was its own
    English ("password authentication failed …", seen on a throw-away server). It now
    names the line to add, in the user's language, and nothing is restored."""
    key = x25519.Identity.generate()
    admin = VaultAccess(office.owner_folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        keys.set_backup_recipient(admin, str(key.to_public()))
        written = central_backup.write_backup(admin, tmp_path / "backups" / "b.age").path
    finally:
        admin.close()
    restored = f"{office.owner.dbname}_n"
    pg_cluster.create_database(restored, owner=office.owner.user)
    try:
        into = replace(office.owner, dbname=restored)
        with pytest.raises(VaultError) as refused:
            central_backup.restore_backup(written, str(key), into)
        said = str(refused.value)
        assert f"{restored}:{office.owner.user}:password" in said, said
        assert "Password:" not in said and "nothing was restored" in said
        admin_con = pg_cluster.connect(restored)
        try:
            tables = admin_con.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            ).fetchone()[0]
        finally:
            admin_con.close()
        assert tables == 0
    finally:
        pg_cluster.drop_database(restored)
