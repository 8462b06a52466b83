"""Central import on PostgreSQL and SQLCipher against a bare bulk insert of the same rows.

Real records (issue 16): a workstation's vault is filled by the demo generator
(prisoners, observations with amended versions, indicators, re-grades, reviews,
checklist runs) and everything is queued for export, as in bench_sync's real-kinds
figure; the package (with the workstation's audit lines) is exported once and
imported by the real importer into a PostgreSQL central store (throw-away cluster:
TLS, SCRAM) and into a SQLCipher central vault. The bare baselines write exactly
the rows each import wrote into empty tables of the same definition, indexes
included: COPY on PostgreSQL, executemany on SQLCipher (same keyed engine).
`BENCH_SCALE` scales the number of observations (1.0 = 10,000 observations, about
25,000 records with their audit lines, one package: the per-package size of the
issue's 100 × 10,000); the figure for 1,000,000 records is the measured rate
extrapolated linearly (the import is set-based per 5,000-record batch and one
transaction per package, so its cost per record does not grow with the package
count as long as the staging joins stay index lookups), not a run at that size.
Peak RSS is the process's high-water mark (VmHWM) reset just before each import.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from radprev_desktop.core import demo, outbox
from radprev_desktop.core.central_session import CentralSession
from radprev_desktop.core.model import Mode, Role, User
from radprev_desktop.core.services import central_access, search
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, importer, keys
from radprev_desktop.core.sync.registry import sync_kinds
from radprev_desktop.core.vault.postgres import CentralDatabase, PgConnection
from tests import pg_cluster
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, create_vault
from tests.unit.test_import_parity import copy_office

#: Every table the import writes records into (the baselines copy their rows).
TABLES = (
    "subjects",
    "subject_numbers",
    "subject_search",
    "observations",
    "observation_indicators",
    "observation_search",
    "grade_history",
    "reviews",
    "checklist_runs",
    "checklist_answers",
    "imported_audit",
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


def bare_executemany(con: Any) -> tuple[float, int]:
    """executemany the rows the SQLCipher import wrote into empty twins in the same vault
    (same definitions: the tables' and their indexes' own CREATE statements, renamed)."""
    rows_by_table: dict[str, list[tuple[Any, ...]]] = {}
    names: dict[str, str] = {}
    for table in TABLES:
        rowid = "rowid, " if table.endswith("_search") else ""
        cur = con.execute(f"SELECT {rowid}* FROM {table}")
        rows_by_table[table] = cur.fetchall()
        names[table] = ", ".join(d[0] for d in cur.description)
    made = []
    for table in TABLES:
        for (sql,) in con.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
            "AND type IN ('table', 'index') ORDER BY type = 'index'",
            (table,),
        ).fetchall():
            if "_search_" in sql.split("(")[0]:
                continue  # the FTS5 table's own shadow tables
            sql = re.sub(r"^(CREATE (?:UNIQUE )?INDEX )(\w+)", r"\1bare_\2", sql)
            con.execute(re.sub(rf"\b{table}\b", f"bare_{table}", sql))
        made.append(table)
    start = time.perf_counter()
    con.execute("BEGIN")
    for table, rows in rows_by_table.items():
        if rows:
            marks = ", ".join("?" for _ in rows[0])
            con.executemany(f"INSERT INTO bare_{table}({names[table]}) VALUES ({marks})", rows)
    con.execute("COMMIT")
    seconds = time.perf_counter() - start
    for table in made:
        con.execute(f"DROP TABLE bare_{table}")
    return seconds, sum(len(r) for r in rows_by_table.values())


def _reset_peak() -> None:
    # Linux: writing 5 resets the process's peak RSS (VmHWM) to its current RSS.
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")


def _peak_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def fill_demo(ws: Session, observations: int) -> None:
    """Demo records in the workstation's vault, every one queued for export."""
    demo.generate(ws, subjects=max(5, observations // 20), observations=observations, seed=3)
    with ws.transaction() as con:
        queued = {r[0] for r in con.execute("SELECT object_id FROM changes WHERE kind = 'subject'")}
        for subject_id, version in con.execute("SELECT id, version FROM subjects").fetchall():
            if subject_id not in queued:
                outbox.record_change(con, "subject", subject_id, version)
        # The demo marks most of its history as delivered already; send it all.
        con.execute(
            "INSERT INTO changes(kind, object_id, version, op, at) "
            "SELECT 'observation', o.id, o.version, 'upsert', o.recorded_at "
            "FROM observations o WHERE o.status != 'draft' AND NOT EXISTS "
            "(SELECT 1 FROM changes c WHERE c.kind = 'observation' AND c.object_id = o.id "
            "AND c.version = o.version)"
        )


ONE_BY_ONE = {name: dataclasses.replace(k, apply_many=None) for name, k in sync_kinds().items()}

# Every establishment, and a reason for access: listing is a consultation (issue #14).
ANALYST = User(
    "bench-analyst",
    "ana",
    "Ana",
    "A1",
    frozenset({Role.ANALYST}),
    True,
    False,
    establishments=("*",),
)


def _read_while(session: CentralSession, done: threading.Event, waits: list[float]) -> None:
    """An analyst listing observations every 50 ms; each read's duration is kept. (The
    pause keeps this thread from taking the interpreter lock from the import all the
    time: a real analyst reads from another computer.)"""
    while not done.is_set():
        start = time.perf_counter()
        search.list_observations(session, limit=50)
        waits.append(time.perf_counter() - start)
        done.wait(0.05)


def _offices(cluster: pg_cluster.Cluster, base: Path) -> tuple[Path, bytes, str]:
    """One office twice (SQLCipher vault at base/central, PostgreSQL store at
    base/pg-central) plus a twin of the vault (base/central-one); (store folder, the
    office's certificate, its fingerprint)."""
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
    lite.close()
    # A twin of the SQLCipher office imports the same package one record at a time
    # (the kinds without their set-based apply), for the before/after figure.
    shutil.copytree(base / "central", base / "central-one")
    return folder, cert, fp


def _package(base: Path, cert: bytes, fp: str, observations: int) -> tuple[bytes, float, str]:
    """A workstation's demo records exported in one package: (bytes, records, fingerprint)."""
    ws, _ = create_vault(base / "ws", Mode.WORKSTATION, "PL-WAW1")
    keys.trust_central(ws, cert, keys.grouped_fingerprint(fp))
    fill_demo(ws, observations)
    usb = base / "usb"
    usb.mkdir()
    package = export.export_package(ws, usb)
    fingerprint = keys.own_workstation_fingerprint(ws)
    ws.close()
    return package.path.read_bytes(), float(package.records + package.audit_entries), fingerprint


def _timed_import(session: Session, data: bytes, fingerprint: str, **options: Any) -> float:
    start = time.perf_counter()
    report = importer.import_package(
        session, data, file_name="p.age", enrol_fingerprint=fingerprint, **options
    )
    seconds = time.perf_counter() - start
    assert not report.quarantined, report.quarantined[:3]
    return seconds


def _pg_figures(folder: Path, data: bytes, fingerprint: str) -> dict[str, float]:
    """Import into the PostgreSQL store while an analyst reads; re-import; bare COPY."""
    pg = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    reader = CentralSession(folder, pg.database, ANALYST, pg.worker_connection())  # type: ignore[attr-defined]
    reader.justification = ("supervision", "benchmark: reads during an import")
    waits: list[float] = []
    done = threading.Event()
    watcher = threading.Thread(target=_read_while, args=(reader, done, waits))
    watcher.start()
    _reset_peak()
    try:
        pg_s = _timed_import(pg, data, fingerprint)
    finally:
        peak = _peak_mib()
        done.set()
        watcher.join()
        reader.close()
    start = time.perf_counter()
    again = importer.import_package(pg, data, file_name="p.age")
    reimport_s = time.perf_counter() - start
    assert again.status == "already_imported"
    copy_s, copied = bare_copy(pg.con)  # type: ignore[arg-type]
    pg.close()
    return {
        "pg_s": pg_s,
        "pg_peak_mib": peak,
        "reimport_s": reimport_s,
        "copy_s": copy_s,
        "rows": float(copied),
        "reads": float(len(waits)),
        "read_max_s": max(waits, default=0.0),
    }


def _lite_figures(base: Path, data: bytes, fingerprint: str) -> dict[str, float]:
    """Import into the SQLCipher vault; re-import; bare executemany; one by one in the twin."""
    lite = VaultAccess(base / "central").login(ADMIN, ADMIN_PASSWORD).session
    _reset_peak()
    lite_s = _timed_import(lite, data, fingerprint)
    peak = _peak_mib()
    start = time.perf_counter()
    importer.import_package(lite, data, file_name="p.age")
    lite_again_s = time.perf_counter() - start
    many_s, lite_rows = bare_executemany(lite.con)
    lite.close()
    one = VaultAccess(base / "central-one").login(ADMIN, ADMIN_PASSWORD).session
    one_s = _timed_import(one, data, fingerprint, kinds=ONE_BY_ONE)
    one.close()
    return {
        "lite_s": lite_s,
        "lite_peak_mib": peak,
        "lite_again_s": lite_again_s,
        "many_s": many_s,
        "lite_rows": float(lite_rows),
        "one_s": one_s,
    }


def measure(scale: float, base: Path) -> dict[str, float]:
    """Import one real package into PostgreSQL and SQLCipher; bulk-insert the same rows."""
    cluster = pg_cluster.start()
    try:
        folder, cert, fp = _offices(cluster, base)
        data, records, fingerprint = _package(base, cert, fp, max(20, int(10_000 * scale)))
        return {
            "records": records,
            **_pg_figures(folder, data, fingerprint),
            **_lite_figures(base, data, fingerprint),
        }
    finally:
        cluster.stop()


def run() -> str:
    scale = float(os.environ.get("BENCH_SCALE", "1"))
    base = Path(tempfile.mkdtemp(prefix="radprev-bench-pg-"))
    load = os.getloadavg()
    try:
        m = measure(scale, base)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    load_after = os.getloadavg()
    pg_rate = m["records"] / m["pg_s"]
    lite_rate = m["records"] / m["lite_s"]
    return (
        "## Central import of real records on PostgreSQL and SQLCipher (issue 16)\n\n"
        f"One package of {m['records']:,.0f} real records (demo generator: prisoners, "
        "observations with amended versions, re-grades, reviews, checklist runs) with the "
        "workstation's audit lines, imported by the real importer (set-based batches: staging "
        "tables, joins, bulk writes; one transaction). Bare baselines: the "
        f"{m['rows']:,.0f} rows the PostgreSQL import wrote COPYed, the {m['lite_rows']:,.0f} "
        "rows the SQLCipher import wrote executemany'd, into empty tables of the same "
        "definition and indexes. Throw-away local cluster (TLS, SCRAM, fsync off); "
        f"BENCH_SCALE={scale}; load average {load[0]:.1f} before, {load_after[0]:.1f} after "
        "(2 cores shared).\n\n"
        "| measure | PostgreSQL | SQLCipher | target |\n|---|---|---|---|\n"
        f"| import | {m['pg_s']:.2f} s ({pg_rate:,.0f} records/s) | {m['lite_s']:.2f} s "
        f"({lite_rate:,.0f} records/s) | — |\n"
        f"| bare bulk insert of the same rows | {m['copy_s']:.3f} s (COPY) | "
        f"{m['many_s']:.3f} s (executemany) | — |\n"
        f"| import / bare bulk insert | {m['pg_s'] / m['copy_s']:.1f}× | "
        f"{m['lite_s'] / m['many_s']:.1f}× | ≤ 2× |\n"
        f"| 1,000,000 records at this rate (extrapolated) | {1_000_000 / pg_rate:,.0f} s | "
        f"{1_000_000 / lite_rate:,.0f} s | ≤ 60 s |\n"
        f"| the same package applied one record at a time (before) | — | {m['one_s']:.2f} s "
        f"({m['one_s'] / m['many_s']:.1f}× executemany) | — |\n"
        f"| re-import of the same package | {m['reimport_s']:.3f} s "
        f"({100 * m['reimport_s'] / m['pg_s']:.1f} %) | {m['lite_again_s']:.3f} s "
        f"({100 * m['lite_again_s'] / m['lite_s']:.1f} %) | ≤ 10 % |\n"
        f"| peak RSS of the process during the import | {m['pg_peak_mib']:.0f} MiB | "
        f"{m['lite_peak_mib']:.0f} MiB | ≤ 500 MB |\n"
        f"| longest analyst read during the import ({m['reads']:,.0f} reads) | "
        f"{m['read_max_s'] * 1000:.0f} ms | — | ≤ 1 s |\n"
    )


if __name__ == "__main__":
    print(run())
