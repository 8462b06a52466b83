"""Central import on PostgreSQL against a bare COPY of the same rows (issue 16).

Real records: a workstation records prisoners, observations (with an amended
version each), reviews and its audit log through the services; the package is
exported once and imported by the real importer into a PostgreSQL central store
(throw-away cluster: TLS, SCRAM) and into a SQLCipher central vault. The bare
baseline copies exactly the rows the import wrote (subjects, observations,
reviews, imported audit, index rows) into empty tables of the same definition,
indexes included, with COPY. `BENCH_SCALE` scales the number of prisoners
(1.0 = 400 prisoners, about 2,900 records with audit entries); the figure for
1,000,000 records is the measured rate extrapolated, not a run at that size.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from radprev_desktop.core.central_session import CentralSession
from radprev_desktop.core.model import Mode, Role, User
from radprev_desktop.core.services import central_access, search
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.sync import export, importer, keys
from radprev_desktop.core.vault.postgres import CentralDatabase, PgConnection
from tests import pg_cluster
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, create_vault
from tests.unit.test_import_parity import copy_office, fill_many

TABLES = (
    "subjects",
    "observations",
    "reviews",
    "imported_audit",
    "observation_search",
    "subject_search",
    "observation_indicators",
)


def bare_copy(con: PgConnection) -> tuple[float, int]:
    """COPY the rows the import wrote into empty twins (same columns and indexes)."""
    rows_by_table: dict[str, list[tuple[Any, ...]]] = {}
    for table in TABLES:
        rows_by_table[table] = con.execute(f"SELECT * FROM {table}").fetchall()
    for table in TABLES:
        con.execute(f"DROP TABLE IF EXISTS bare_{table}")
        con.execute(
            f"CREATE TABLE bare_{table} (LIKE {table} INCLUDING DEFAULTS INCLUDING INDEXES)"
        )
    start = time.perf_counter()
    con.execute("BEGIN")
    for table in TABLES:
        with con.raw.cursor().copy(f"COPY bare_{table} FROM STDIN") as copy:
            for row in rows_by_table[table]:
                copy.write_row(row)
    con.execute("COMMIT")
    seconds = time.perf_counter() - start
    for table in TABLES:
        con.execute(f"DROP TABLE bare_{table}")
    return seconds, sum(len(r) for r in rows_by_table.values())


ANALYST = User("bench-analyst", "ana", "Ana", "A1", frozenset({Role.ANALYST}), True, False)


def _read_while(session: CentralSession, done: threading.Event, waits: list[float]) -> None:
    """An analyst listing observations again and again; each read's duration is kept."""
    while not done.is_set():
        start = time.perf_counter()
        search.list_observations(session, limit=50)
        waits.append(time.perf_counter() - start)


def measure(scale: float, base: Path) -> dict[str, float]:
    """Import one real package into PostgreSQL and SQLCipher; COPY the same rows."""
    cluster = pg_cluster.start()
    try:
        cluster.create_database("bench")
        passfile = base / "pgpass"
        passfile.write_text(
            f"127.0.0.1:{cluster.port}:bench:{pg_cluster.SUPERUSER}:{cluster.password}\n"
        )
        passfile.chmod(0o600)
        lite, _ = create_vault(base / "central", Mode.CENTRAL, "PL-CZ")
        cert, fp = keys.make_certificate(lite)
        folder = base / "pg-central"
        created = central_access.create_central(
            folder,
            CentralDatabase(
                host="127.0.0.1",
                port=cluster.port,
                dbname="bench",
                user=pg_cluster.SUPERUSER,
                sslrootcert=str(cluster.ca_cert),
                passfile=str(passfile),
            ),
            establishment_code="PL-CZ",
            establishment_name="Areszt Śledczy Testowo",
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        )
        copy_office(lite, created.session)
        created.session.close()
        ws, _ = create_vault(base / "ws", Mode.WORKSTATION, "PL-WAW1")
        keys.trust_central(ws, cert, keys.grouped_fingerprint(fp))
        fill_many(ws, max(2, int(400 * scale)))
        usb = base / "usb"
        usb.mkdir()
        package = export.export_package(ws, usb)
        fingerprint = keys.own_workstation_fingerprint(ws)
        ws.close()
        data = package.path.read_bytes()
        pg = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
        reader = CentralSession(folder, pg.database, ANALYST, pg.worker_connection())  # type: ignore[attr-defined]
        waits: list[float] = []
        done = threading.Event()
        watcher = threading.Thread(target=_read_while, args=(reader, done, waits))
        watcher.start()
        start = time.perf_counter()
        try:
            importer.import_package(pg, data, file_name="p.age", enrol_fingerprint=fingerprint)
        finally:
            pg_s = time.perf_counter() - start
            done.set()
            watcher.join()
            reader.close()
        start = time.perf_counter()
        again = importer.import_package(pg, data, file_name="p.age")
        reimport_s = time.perf_counter() - start
        assert again.status == "already_imported"
        copy_s, copied = bare_copy(pg.con)  # type: ignore[arg-type]
        pg.close()
        start = time.perf_counter()
        importer.import_package(lite, data, file_name="p.age", enrol_fingerprint=fingerprint)
        lite_s = time.perf_counter() - start
        lite.close()
        return {
            "records": float(package.records + package.audit_entries),
            "rows": float(copied),
            "pg_s": pg_s,
            "reimport_s": reimport_s,
            "copy_s": copy_s,
            "lite_s": lite_s,
            "reads": float(len(waits)),
            "read_max_s": max(waits, default=0.0),
        }
    finally:
        cluster.stop()


def run() -> str:
    scale = float(os.environ.get("BENCH_SCALE", "1"))
    base = Path(tempfile.mkdtemp(prefix="radprev-bench-pg-"))
    try:
        m = measure(scale, base)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    rate = m["records"] / m["pg_s"]
    million = 1_000_000 / rate
    return (
        "## Central import on PostgreSQL (issue 16)\n\n"
        f"One package of {m['records']:,.0f} real records (prisoners, observations with an "
        "amended version, reviews) and its audit lines, imported by the real importer; the bare "
        f"baseline COPYs the {m['rows']:,.0f} rows it wrote into empty tables of the same "
        "definition. Throw-away local cluster (TLS, SCRAM, fsync off); "
        f"BENCH_SCALE={scale}.\n\n"
        "| measure | figure | target |\n|---|---|---|\n"
        f"| import into PostgreSQL | {m['pg_s']:.2f} s ({rate:,.0f} records/s) | — |\n"
        f"| bare COPY of the same rows | {m['copy_s']:.3f} s | — |\n"
        f"| import / bare COPY | {m['pg_s'] / m['copy_s']:.0f}× | ≤ 2× |\n"
        f"| 1,000,000 records at this rate (extrapolated) | {million:,.0f} s | ≤ 60 s |\n"
        f"| re-import of the same package | {m['reimport_s']:.3f} s "
        f"({100 * m['reimport_s'] / m['pg_s']:.1f} %) | ≤ 10 % |\n"
        f"| same package into SQLCipher (central vault) | {m['lite_s']:.2f} s | — |\n"
        f"| longest analyst read during the import ({m['reads']:,.0f} reads) | "
        f"{m['read_max_s'] * 1000:.0f} ms | ≤ 1 s |\n\n"
        "The import applies record by record over the network connection (one round trip "
        "per statement); a COPY-based bulk apply is not built yet (docs/decisions/0011).\n"
    )


if __name__ == "__main__":
    print(run())
