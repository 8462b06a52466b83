"""A central office store on a real PostgreSQL server: create, log in, audit, concurrency.

The server is the throw-away cluster of tests/pg_cluster.py (TLS, SCRAM,
hostssl only). The database password reaches the app through a libpq
password file, as IT staff set it up; it is never in central.json.
"""

from __future__ import annotations

import multiprocessing
import shutil
import threading
from pathlib import Path

import pytest

from radprev_desktop.core import audit, doctor
from radprev_desktop.core.central_session import CentralSession, settings_path
from radprev_desktop.core.errors import PasswordChangeRequired, WrongPassword
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import central_access, search, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault.postgres import CentralDatabase
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF
from tests.pg_cluster import SUPERUSER, Cluster


def passfile_for(cluster: Cluster, dbname: str, folder: Path) -> Path:
    path = folder / "pgpass"
    path.write_text(f"127.0.0.1:{cluster.port}:{dbname}:{SUPERUSER}:{cluster.password}\n")
    path.chmod(0o600)
    return path


def central_database(cluster: Cluster, dbname: str, folder: Path) -> CentralDatabase:
    base = cluster.database(dbname)
    return CentralDatabase(
        host=base.host,
        port=base.port,
        dbname=dbname,
        user=base.user,
        sslrootcert=base.sslrootcert,
        passfile=str(passfile_for(cluster, dbname, folder)),
    )


def copy_central_folder(
    cluster: Cluster, template: Path, dbname: str, folder: Path, name: str = "pg-central"
) -> Path:
    """`template`'s central store folder copied to `folder`/`name`, its settings pointing
    at `dbname` (a copy of the template's database: `pg_copy`) with its own password file."""
    target = folder / name
    shutil.copytree(template, target)
    settings_path(target).write_text(central_database(cluster, dbname, folder).to_json())
    return target


#: One new central store per test process and cluster (its folder, its database), made
#: by `create_central`; `central_folder` hands each test a copy.
_NEW_CENTRAL: dict[Path, tuple[Path, str]] = {}


def _new_central(cluster: Cluster, factory: pytest.TempPathFactory) -> tuple[Path, str]:
    if cluster.folder not in _NEW_CENTRAL:
        base = factory.mktemp("new-central")
        dbname = f"new_central_{new_id().replace('-', '')[-20:]}"
        cluster.create_database(dbname)
        created = central_access.create_central(
            base / "central",
            central_database(cluster, dbname, base),
            establishment_code="PL-CO",
            establishment_name="Central office",
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        )
        created.session.close()
        _NEW_CENTRAL[cluster.folder] = (base / "central", dbname)
    return _NEW_CENTRAL[cluster.folder]


@pytest.fixture
def central_folder(
    pg_cluster: Cluster, pg_database: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A new central store in `tmp_path`/central on the database `pg_database`.

    It is a copy (folder, and the database by `CREATE DATABASE … TEMPLATE`) of one store
    `create_central` made for this test process: making one runs every migration on the
    server (≈ 0.4 s of server and client CPU), copying it ≈ 0.1 s. Every copy holds the
    same ids and keys; a test that needs a second, distinct store creates it.
    """
    template, template_db = _new_central(pg_cluster, tmp_path_factory)
    pg_cluster.drop_database(pg_database)  # the empty one, replaced by the copy
    pg_cluster.clone_database(template_db, pg_database)
    return copy_central_folder(pg_cluster, template, pg_database, tmp_path, "central")


def test_create_and_log_in_through_the_vault_door(
    central_folder: Path, pg_cluster: Cluster
) -> None:
    settings = settings_path(central_folder).read_text()
    assert pg_cluster.password not in settings and 'password"' not in settings
    door = VaultAccess(central_folder)
    assert door.exists() and door.is_central_store
    result = door.login(ADMIN, ADMIN_PASSWORD)
    session = result.session
    try:
        assert isinstance(session, CentralSession)
        assert session.mode is Mode.CENTRAL
        assert session.establishment_code == "PL-CO"
        actions = [e.action for e in audit.read_entries(session.con)]
        assert actions[:2] == ["vault_created", "user_added"]
        assert actions.count("login") == 2  # at creation and now
    finally:
        session.close()


def test_wrong_password_is_refused_and_counted(central_folder: Path) -> None:
    door = VaultAccess(central_folder)
    with pytest.raises(WrongPassword):
        door.login(ADMIN, "not the password at all")
    with pytest.raises(WrongPassword):
        door.login("nobody-here", ADMIN_PASSWORD)
    result = door.login(ADMIN.upper(), ADMIN_PASSWORD)  # usernames compare without case
    try:
        assert result.failed_attempts_since_last_login == 1
        entries = audit.read_entries(result.session.con, action="login_failed_attempts")
        assert [e.details for e in entries] == [{"count": 1}]
    finally:
        result.session.close()


def test_audit_verify_on_the_central_store(central_folder: Path) -> None:
    verification = VaultAccess(central_folder).verify_audit(ADMIN, ADMIN_PASSWORD)
    assert verification.report.ok, verification.report.reason
    assert verification.report.entries >= 3


def test_concurrent_writers_extend_one_chain(central_folder: Path) -> None:
    """Four analysts' sessions append at once; the chain has no fork and no gap."""
    writers, each = 4, 15
    sessions = [
        VaultAccess(central_folder).login(ADMIN, ADMIN_PASSWORD).session for _ in range(writers)
    ]
    start = threading.Barrier(writers)
    failures: list[BaseException] = []

    def write(session: CentralSession) -> None:
        try:
            start.wait()
            for n in range(each):
                with session.transaction():
                    session.audit("search_run", details={"n": n})
        except BaseException as exc:  # reported below, not hidden
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert failures == []
        con = sessions[0].con
        report = audit.verify_chain(con)
        assert report.ok, report.reason
        assert len(audit.read_entries(con, action="search_run")) == writers * each
        seqs = [e.seq for e in audit.read_entries(con)]
        assert seqs == list(range(1, len(seqs) + 1))
    finally:
        for session in sessions:
            session.close()
    assert VaultAccess(central_folder).verify_audit(ADMIN, ADMIN_PASSWORD).report.ok


def test_analyst_account_on_the_central_store(central_folder: Path) -> None:
    """An administrator adds an analyst; the temporary password must be changed, then it works."""
    door = VaultAccess(central_folder)
    admin = door.login(ADMIN, ADMIN_PASSWORD).session
    users.add_user(admin, "ana", "temporary-pass-1", [Role.ANALYST], display_name="Ana")
    admin.close()
    first = door.login("ana", "temporary-pass-1")
    assert first.must_change_password
    with pytest.raises(PasswordChangeRequired):
        search.list_observations(first.session)
    with pytest.raises(WrongPassword):
        users.change_own_password(first.session, "not-it-at-all", "analyst-pass-22")
    users.change_own_password(first.session, "temporary-pass-1", "analyst-pass-22")
    first.session.close()
    with pytest.raises(WrongPassword):
        door.login("ana", "temporary-pass-1")
    ana = door.login("ana", "analyst-pass-22").session
    try:
        assert ana.user.has(Role.ANALYST) and not ana.password_change_pending
        ana.justification = ("supervision", "")  # a list is a consultation: its purpose first
        assert search.list_observations(ana).items == []  # no establishment granted yet
        actions = [e.action for e in audit.read_entries(ana.con, user="ana")]
        assert "password_changed" in actions and actions.count("login") == 2
    finally:
        ana.close()


def append_in_process(folder: str, count: int) -> None:
    """A separate program's analyst session appending `count` entries (run in a child process)."""
    session = VaultAccess(Path(folder)).login(ADMIN, ADMIN_PASSWORD).session
    try:
        for n in range(count):
            with session.transaction():
                session.audit("report_printed", details={"n": n})
    finally:
        session.close()


def test_concurrent_programs_extend_one_chain(central_folder: Path) -> None:
    """Three programs (processes, each its own connection) append at once; one chain."""
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=append_in_process, args=(str(central_folder), 10)) for _ in range(3)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    session = VaultAccess(central_folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        assert len(audit.read_entries(session.con, action="report_printed")) == 30
        report = audit.verify_chain(session.con)
        assert report.ok, report.reason
    finally:
        session.close()


def test_doctor_checks_the_server_store(central_folder: Path) -> None:
    session = VaultAccess(central_folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        report = doctor.run(session)
        names = [name for name, _, _ in report.checks]
        assert names == ["server", "schema", "row security", "audit chain"]
        assert report.ok, report.text
        assert "TLSv1." in report.text and "on for every record table" in report.text
        session.con.execute("ALTER TABLE reviews NO FORCE ROW LEVEL SECURITY")
        weakened = doctor.run(session)
        assert not weakened.ok and "off for reviews" in weakened.text
    finally:
        session.close()


def test_doctor_before_login_reaches_the_server(central_folder: Path, tmp_path: Path) -> None:
    report = doctor.pre_login(central_folder)
    assert report.ok, report.text
    assert "central store" in report.text and "schema" in report.text
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "central.json").write_text('{"host": "127.0.0.1", "dbname": "x", "user": "u", '
                                         '"sslmode": "disable"}')  # fmt: skip
    refused = doctor.pre_login(broken)
    assert not refused.ok and "must use TLS" in refused.text
