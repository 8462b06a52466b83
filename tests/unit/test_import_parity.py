"""The same packages give the same logical content on SQLCipher and on PostgreSQL.

One workstation's real records (demo generator: subjects, observations with
versions and reviews, checklist runs, the audit log) are exported once and
imported by the real importer into a SQLCipher central vault and into a
PostgreSQL central store of the same office (its keys copied over, as when an
office moves its store to a server). Then the stores are compared field by
field, and analysts search while a second package imports.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core import audit, crypto
from radprev_desktop.core.central_session import CentralSession
from radprev_desktop.core.model import Grading, Mode, Role, User
from radprev_desktop.core.services import (
    audit_log,
    central_access,
    observation_amendments,
    reviews,
    search,
)
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, importer, keys
from radprev_desktop.core.vault.postgres import CentralDatabase
from tests.factories import (
    ADMIN,
    ADMIN_PASSWORD,
    FAST_KDF,
    add_account,
    create_vault,
    login,
    subject,
    submitted,
)
from tests.pg_cluster import Cluster, waits_for_a_lock
from tests.unit.test_central_store import central_database

# Columns that name where or when a row was stored, not what it holds.
STORAGE_COLUMNS = {"row_no", "rowid", "delivered_at", "imported_at", "at", "seq", "id_"}
# Set by the central office when it applies a row (its own clock), not carried in the package.
APPLIED_AT = {
    ("observations", "updated_at"),
    ("checklist_runs", "updated_at"),
    ("workstations", "enrolled_at"),
}
COMPARED = {
    "subjects": "id",
    "observations": "id, version",
    "reviews": "id",
    "checklist_runs": "id, version",
    "checklist_answers": "row_no, item_code",
    "observation_indicators": "row_no, code",
    "subject_aliases": "alias_id",
    "tombstones": "id",
    "imported_audit": "workstation_id, seq",
    "imports": "workstation_id, seq",
    "quarantine": "workstation_id, package_seq, line",
    "sync_conflicts": "workstation_id, package_seq, object_id",
    "workstations": "workstation_id",
}


def rows(con: Any, table: str) -> list[tuple[Any, ...]]:
    cur = con.execute(f"SELECT * FROM {table} ORDER BY {COMPARED[table]}")
    names = [d[0] for d in cur.description]
    keep = [
        i
        for i, n in enumerate(names)
        if n not in STORAGE_COLUMNS and n != "document" and (table, n) not in APPLIED_AT
    ]
    return [tuple(r[i] for i in keep) for r in cur.fetchall()]


def copy_office(lite: Session, pg: CentralSession) -> None:
    """The PostgreSQL store becomes the same office: its identity, keys and certificate."""
    meta = lite.con.execute(
        "SELECT key, value FROM meta WHERE key NOT IN ('schema_version', 'audit_head')"
    ).fetchall()
    with pg.transaction() as con:
        for key, value in meta:
            con.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


@pytest.fixture
def offices(tmp_path: Path, pg_cluster: Cluster, pg_database: str) -> tuple[Session, Path, Session]:
    return _offices(tmp_path, central_database(pg_cluster, pg_database, tmp_path))


def _offices(tmp_path: Path, database: CentralDatabase) -> tuple[Session, Path, Session]:
    """A SQLCipher central vault, the same office on PostgreSQL, a workstation trusting it."""
    lite, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CZ")
    cert, fp = keys.make_certificate(lite)
    folder = tmp_path / "pg-central"
    created = central_access.create_central(
        folder,
        database,
        establishment_code="PL-CZ",
        establishment_name="Areszt Śledczy Testowo",  # the same office: same certificate
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        kdf=FAST_KDF,
    )
    copy_office(lite, created.session)
    created.session.close()
    ws, _ = create_vault(tmp_path / "ws", Mode.WORKSTATION, "PL-WAW1")
    keys.trust_central(ws, cert, crypto.group_fingerprint(fp))
    return lite, folder, ws


NAMES = [
    ("Łukasiewicz", "Łukasz"),
    ("Đorđević", "Đorđe"),
    ("Петровић", "Милош"),
    ("Hoxha", "Ëndrit"),
    ("Трајковски", "Ѓорѓи"),
    ("Nowak", "Anna"),
]


def fill(ws: Session, round_no: int) -> None:
    """One prisoner per name in NAMES (numbers unique per round)."""
    fill_many(ws, len(NAMES), round_no)


def fill_many(ws: Session, count: int, round_no: int = 1) -> None:
    """Real records through the services: prisoners, observations, an amendment, reviews."""
    if round_no == 1:
        add_account(ws, "olga", Role.OFFICER, units=["A"])
        add_account(ws, "stefan", Role.SUPERVISOR, units=["A"])
    officer, supervisor = login(ws.folder, "olga"), login(ws.folder, "stefan")
    try:
        for n in range(count):
            family, given = NAMES[n % len(NAMES)]
            person = subject(officer, f"PL-{round_no}{n:05d}", family, given)
            first = submitted(officer, person.id, facts=f"{family} rozmawiał przy kracie {n}")
            second = submitted(officer, person.id, facts=f"{given} odmówił posiłku {n}")
            if n % 2 == 0:
                reviews.accept(supervisor, first, "Jasne.")
            else:
                reviews.regrade(supervisor, first, Grading("3x5x2", "2", "B", "P"), "potwierdzone")
            observation_amendments.amend(
                officer, second, "czas poprawiony", {"event_start": "2026-10-01T09:00"}
            )
    finally:
        officer.close()
        supervisor.close()


def import_into(session: Session, path: Path, ws_fingerprint: str) -> Any:
    return importer.import_package(
        session, path.read_bytes(), file_name=path.name, enrol_fingerprint=ws_fingerprint
    )


@pytest.fixture
def offices_on_office_login(
    tmp_path: Path, pg_cluster: Cluster, pg_database: str
) -> Iterator[tuple[Session, Path, Session]]:
    """`offices`, the PostgreSQL store reached as README (IT staff, step 2) sets it up:
    through the office's own login, which owns the database and is no superuser — so
    the tables' forced row security applies to it (COPY FROM is refused into them)."""
    login_name = f"office_{pg_database[-12:]}"
    pg_cluster.create_role(login_name, "office-password-1")
    dbname = f"{pg_database}_office"
    pg_cluster.create_database(dbname, owner=login_name)
    passfile = tmp_path / "office-pgpass"
    passfile.write_text(f"127.0.0.1:{pg_cluster.port}:{dbname}:{login_name}:office-password-1\n")
    passfile.chmod(0o600)
    database = replace(
        central_database(pg_cluster, dbname, tmp_path), user=login_name, passfile=str(passfile)
    )
    try:
        yield _offices(tmp_path, database)
    finally:
        pg_cluster.drop_database(dbname)


def test_same_packages_same_content(offices: tuple[Session, Path, Session], tmp_path: Path) -> None:
    _same_content(offices, tmp_path)


def test_the_office_login_imports_the_same_under_row_security(
    offices_on_office_login: tuple[Session, Path, Session], tmp_path: Path
) -> None:
    folder = offices_on_office_login[1]
    pg = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        (active,) = pg.con.execute("SELECT row_security_active('observations')").fetchone()
        assert active, "the office login must be under row security for this test"
    finally:
        pg.close()
    _same_content(offices_on_office_login, tmp_path)


def _same_content(
    offices: tuple[Session, Path, Session],
    tmp_path: Path,
    check: Callable[[Session], None] | None = None,
) -> None:
    """One package imported into both stores: the same report, rows and audit chain;
    `check`: asked about the PostgreSQL store's session after its import."""
    lite, folder, ws = offices
    usb = tmp_path / "usb"
    usb.mkdir()
    fill(ws, 1)
    first = export.export_package(ws, usb)
    fingerprint = keys.own_workstation_fingerprint(ws)
    pg = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        lite_report = import_into(lite, first.path, fingerprint)
        pg_report = import_into(pg, first.path, fingerprint)
        assert str(lite_report.summary()) == str(pg_report.summary())
        assert first.records >= 4 * len(NAMES)
        assert list(COMPARED), "nothing to check"
        for table in COMPARED:
            lite_rows, pg_rows = rows(lite.con, table), rows(pg.con, table)
            assert len(lite_rows) == len(pg_rows), table
            for a, b in zip(lite_rows, pg_rows, strict=True):
                diff = [(n, x, y) for n, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
                assert not diff, f"{table}: {diff}"
        assert rows(pg.con, "observations") and rows(pg.con, "imported_audit")
        # Re-import is a no-op on both.
        again = import_into(pg, first.path, fingerprint)
        assert again.status == "already_imported"
        assert audit.verify_chain(pg.con).ok
        if check is not None:
            check(pg)
    finally:
        pg.close()
        lite.close()
        ws.close()


def _exported(
    offices: tuple[Session, Path, Session], tmp_path: Path, *packages: tuple[int, ...]
) -> tuple[Path, list[export.ExportResult], str]:
    """The workstation's records exported as packages, one per tuple of `fill` rounds; the
    SQLCipher office and the workstation are closed: the test logs in to the server store."""
    lite, folder, ws = offices
    lite.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    made = []
    for rounds in packages:
        for n in rounds:
            fill(ws, n)
        made.append(export.export_package(ws, usb))
    fingerprint = keys.own_workstation_fingerprint(ws)
    ws.close()
    return folder, made, fingerprint


def test_analysts_search_while_a_package_imports(
    offices: tuple[Session, Path, Session], tmp_path: Path
) -> None:
    folder, (first, second), fingerprint = _exported(offices, tmp_path, (1,), (2, 3))
    importing = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    import_into(importing, first.path, fingerprint)
    # An analyst assigned every establishment (access by establishment at the central office).
    analyst = User(
        "u-a", "ana", "Ana", "A1", frozenset({Role.ANALYST}), True, False, establishments=("*",)
    )
    readers = [
        CentralSession(folder, importing.database, analyst, importing.worker_connection())  # type: ignore[attr-defined]
        for _ in range(2)
    ]
    for reader in readers:
        reader.justification = ("supervision", "import parity test")
    before = {len(search.list_observations(r, limit=1000).items) for r in readers}
    assert len(before) == 1 and before.pop() > 0
    done = threading.Event()
    seen: list[int] = []
    written = [0 for _ in readers]  # audit entries each reader appended while the import ran
    failures: list[BaseException] = []

    def read(index: int, session: CentralSession) -> None:
        try:
            while not done.is_set():
                seen.append(len(search.list_observations(session, limit=1000).items))
                with session.transaction():
                    session.audit("search_run", details={"reader": index})
                written[index] += 1
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=read, args=(i, r)) for i, r in enumerate(readers)]
    for thread in threads:
        thread.start()
    try:
        import_into(importing, second.path, fingerprint)
    finally:
        done.set()
        for thread in threads:
            thread.join()
    assert failures == []
    assert seen, "the analysts read nothing while the import ran"
    after = len(search.list_observations(readers[0], limit=1000).items)
    # Each read saw the store before or after the package, never half of it.
    first_count = min(seen)
    assert set(seen) <= {first_count, after}
    assert after > first_count, "the second package's records are missing"
    # No lost update: every entry each reader appended is in the one chain, and the chain
    # (what `radprev audit verify` checks on the server) holds.
    appended = [e.details["reader"] for e in audit.read_entries(importing.con, action="search_run")]
    assert sum(written) > 0 and [appended.count(i) for i in range(len(readers))] == written
    assert audit.verify_chain(importing.con).ok
    assert audit_log.verify(importing).ok
    for r in readers:
        r.close()
    importing.close()


def test_an_enrolling_import_keeps_the_audit_chain_free_until_its_end(
    offices: tuple[Session, Path, Session], tmp_path: Path
) -> None:
    """A workstation's first package (enrolment + import, one transaction) must not hold the
    audit chain's head while its records are applied: an analyst's listing is an audited
    consultation, and it would wait for the whole package (7 s in the benchmark)."""
    folder, (first,), fingerprint = _exported(offices, tmp_path, (1,))
    importing = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    analyst = User(
        "u-a", "ana", "Ana", "A1", frozenset({Role.ANALYST}), True, False, establishments=("*",)
    )
    reader = CentralSession(folder, importing.database, analyst, importing.worker_connection())  # type: ignore[attr-defined]
    reader.justification = ("supervision", "import parity test")
    reader.con.execute("SET lock_timeout = '1s'")  # waiting longer fails the read
    listed: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        if what == "Applying records" and not listed:  # inside the import's transaction
            listed.append(len(search.list_observations(reader, limit=10).items))

    try:
        report = importer.import_package(
            importing,
            first.path.read_bytes(),
            file_name=first.path.name,
            enrol_fingerprint=fingerprint,
            progress=progress,
        )
        assert listed == [0]  # read at once, and nothing of the open import seen
        assert report.inserted > 0 and not report.quarantined
        actions = [e.action for e in audit.read_entries(importing.con)]
        # The enrolment is still recorded, in the same transaction, before the import.
        assert (
            actions.index("observations_listed")
            < actions.index("workstation_enrolled")
            < actions.index("package_imported")
        )
        assert audit.verify_chain(importing.con).ok
    finally:
        reader.close()
        importing.close()


def test_two_programs_importing_the_same_package_at_once(
    offices: tuple[Session, Path, Session], tmp_path: Path, pg_con: Any
) -> None:
    """Two administrators at two computers import the same package from copies of one USB
    stick. Before the imports of one workstation waited for each other, the second applied
    the whole package again beside the first and then failed on the key of `imports`
    (a database error, nothing imported by it). Now it waits, then reports the package as
    already imported, and the office holds it once."""
    folder, (first, second), fingerprint = _exported(offices, tmp_path, (1,), (2,))
    one = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    other = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    import_into(one, first.path, fingerprint)
    other_pid = other.con.execute("SELECT pg_backend_pid()").fetchone()[0]
    got: list[object] = []

    def other_import() -> None:
        try:
            got.append(importer.import_package(other, second.path.read_bytes()))
        except BaseException as exc:  # handed to the test's thread, which asserts on it
            got.append(exc)

    thread = threading.Thread(target=other_import)
    waited: list[bool] = []

    def progress(done: int, total: int, what: str) -> None:
        # Inside the first import's transaction: the other program starts the same package.
        if what == "Applying records" and not waited:
            thread.start()
            waited.append(waits_for_a_lock(pg_con, other_pid))

    try:
        report = importer.import_package(one, second.path.read_bytes(), progress=progress)
        thread.join(60)
        assert waited == [True]
        assert report.status == "imported" and report.inserted > 0, report
        assert len(got) == 1
        again = got[0]
        assert not isinstance(again, BaseException), repr(again)
        assert getattr(again, "status", None) == "already_imported", again
        seqs = one.con.execute(
            "SELECT seq FROM imports WHERE workstation_id = ? ORDER BY seq",
            (report.workstation_id,),
        ).fetchall()
        assert [s for (s,) in seqs] == [1, 2]
        assert audit.verify_chain(one.con).ok
    finally:
        one.close()
        other.close()


def test_the_import_plans_for_hot_tables_in_its_own_transaction_only(
    offices: tuple[Session, Path, Session], tmp_path: Path
) -> None:
    """Inside an import's transaction the planner takes the held tables' pages as in memory
    (random_page_cost 1.1: a staged batch is joined by index, not by reading whole tables);
    the connection keeps the server's setting before and after, for everything else."""
    folder, (first,), fingerprint = _exported(offices, tmp_path, (1,))
    importing = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session

    def cost() -> str:
        return str(importing.con.execute("SHOW random_page_cost").fetchone()[0])

    seen: list[str] = []

    def progress(done: int, total: int, what: str) -> None:
        if what == "Applying records" and not seen:  # inside the import's transaction
            seen.append(cost())

    try:
        before = cost()
        report = importer.import_package(
            importing,
            first.path.read_bytes(),
            file_name=first.path.name,
            enrol_fingerprint=fingerprint,
            progress=progress,
        )
        assert report.status == "imported" and report.inserted > 0
        assert seen == ["1.1"]
        assert before == cost() == "4"
    finally:
        importing.close()
