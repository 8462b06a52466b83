"""Central import on PostgreSQL and SQLCipher against a bare bulk insert of the same rows.

Real records (issue 16): a workstation's vault is filled by the demo generator
(prisoners, observations with amended versions, indicators, re-grades, reviews) and
everything is queued for export; it is exported as `BENCH_PACKAGES` consecutive
packages (with the workstation's audit lines), which the real importer takes in order
into a PostgreSQL central store (throw-away cluster: TLS, SCRAM) and into a SQLCipher
central vault — one transaction per package. The bare baselines write exactly the rows
each import wrote into empty tables of the same definition, indexes included: COPY on
PostgreSQL, executemany on SQLCipher (same engine, same setting). `BENCH_SCALE` scales
the number of observations (1.0 = 10,000 observations); `BENCH_LITE=0` leaves SQLCipher
out (for a large PostgreSQL run). The figure for 1,000,000 records is the measured rate
extrapolated linearly, not a run at that size.

Times are wall seconds and CPU seconds: on a shared machine the wall time is mostly
waiting for a core. CPU is the importing thread's (`time.thread_time`: Python, the
driver, SQLCipher's engine) plus, on PostgreSQL, the server backend's (read from
/proc/<pid>/stat: the cluster is local). SQLCipher is measured twice: in this process,
configured as the application is (SQLCipher's wiping of freed memory off, decision 0026),
and in a child process with the site setting that turns wiping on
(RADPREV_WIPE_FREED_MEMORY=1), on a copy of the same office. The workstation's fill and
export run in a child process (setup only).
Peak RSS is the process's high-water mark (VmHWM) reset just before the first import.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psycopg

from radprev_desktop.core import demo, outbox
from radprev_desktop.core.central_session import CentralSession
from radprev_desktop.core.model import Mode, Role, User
from radprev_desktop.core.services import central_access, search
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, export, importer, keys
from radprev_desktop.core.vault import connection
from radprev_desktop.core.vault.postgres import CentralDatabase
from tests import pg_cluster
from tests.bench.central_baselines import backend_cpu, bare_copy, bare_executemany
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, create_vault
from tests.unit.test_import_parity import copy_office

ROOT = Path(__file__).resolve().parents[2]
#: BENCH_LOGIN=office: the store is reached through an owner login that is not a
#: superuser (README, IT step 2); otherwise through the test cluster's superuser.
OFFICE_LOGIN = os.environ.get("BENCH_LOGIN", "") == "office"
LOGIN_TEXT = {
    False: "the cluster's superuser (row security bypassed)",
    True: "the office's own login (owner, no superuser: row security applies)",
}


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
        # The demo marks most of its history as delivered already; send it all. (Row-value
        # NOT IN: SQLite indexes the subquery once; a correlated NOT EXISTS scanned the whole
        # queue per observation — a 300,000-observation fill was still at it after 10 minutes.)
        con.execute(
            "INSERT INTO changes(kind, object_id, version, op, at) "
            "SELECT 'observation', o.id, o.version, 'upsert', o.recorded_at "
            "FROM observations o WHERE o.status != 'draft' AND (o.id, o.version) NOT IN "
            "(SELECT object_id, version FROM changes WHERE kind = 'observation')"
        )
        # Queued as officers make them: a prisoner before the observations about them, an
        # observation before its reviews (the demo queues some in another order; split
        # into several packages, an observation would otherwise travel before its prisoner).
        con.execute("CREATE TEMP TABLE queued AS SELECT * FROM changes WHERE package_seq IS NULL")
        con.execute("DELETE FROM changes WHERE package_seq IS NULL")
        con.execute(
            "INSERT INTO changes(kind, object_id, version, op, at) "
            "SELECT kind, object_id, version, op, at FROM temp.queued ORDER BY "
            "CASE kind WHEN 'subject' THEN 0 WHEN 'observation' THEN 1 ELSE 2 END, seq"
        )
        con.execute("DROP TABLE temp.queued")


def packages_child(base: str, observations: int, packages: int) -> None:
    """Child process (setup only): a workstation trusting base/central.crt, filled and
    exported as `packages` consecutive packages into base/usb; prints JSON."""
    folder = Path(base)
    cert, fp = (folder / "central.crt").read_bytes(), (folder / "central.fp").read_text()
    ws, _ = create_vault(folder / "ws", Mode.WORKSTATION, "PL-WAW1")
    keys.trust_central(ws, cert, keys.grouped_fingerprint(fp))
    fill_demo(ws, observations)
    # The export's cap on changes per package cuts the queue into `packages` parts.
    container.MAX_RECORDS_PER_EXPORT = math.ceil(outbox.pending_count(ws.con) / packages)
    files, records = [], 0
    while outbox.pending_count(ws.con):
        usb = folder / "usb" / f"{len(files):03d}"
        usb.mkdir(parents=True)
        package = export.export_package(ws, usb)
        files.append(str(package.path))
        records += package.records + package.audit_entries
    fingerprint = keys.own_workstation_fingerprint(ws)
    ws.close()
    print(json.dumps({"files": files, "records": records, "fingerprint": fingerprint}))


def _child(code: str, *args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


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


def _read_while(
    session: CentralSession, done: threading.Event, waits: list[float], blocked: list[float]
) -> None:
    """An analyst listing observations every 50 ms; each read's duration is kept. (The
    pause keeps this thread from taking the interpreter lock from the import all the
    time: a real analyst reads from another computer.) The reader's connection gives up
    waiting for a lock after 1 s (`lock_timeout`): such reads are counted in `blocked`,
    so a long read is told apart from one that only waited for a core."""
    session.con.execute("SET lock_timeout = '1s'")
    while True:  # at least one read, however short the import
        start = time.perf_counter()
        try:
            search.list_observations(session, limit=50)
        except psycopg.errors.LockNotAvailable:
            blocked.append(time.perf_counter() - start)
        waits.append(time.perf_counter() - start)
        if done.wait(0.05):
            return


def _offices(
    cluster: pg_cluster.Cluster, base: Path, cache: Path | None = None, office_login: bool = False
) -> Path:
    """One office twice (SQLCipher vault at base/central, PostgreSQL store at
    base/pg-central); its certificate and fingerprint in base/central.crt / .fp.
    With a filled `cache` the SQLCipher vault and certificate are the cached ones."""
    login, password = pg_cluster.SUPERUSER, cluster.password
    if office_login:
        # As README step 2 sets it up: the office's login owns the database and is no
        # superuser, so the tables' forced row security applies to it (decision 0016 C).
        login, password = "radprev_office", "office-password-1"
        cluster.create_role(login, password)
    cluster.create_database("bench", owner=login)
    passfile = base / "pgpass"
    passfile.write_text(f"127.0.0.1:{cluster.port}:bench:{login}:{password}\n")
    passfile.chmod(0o600)
    if cache is not None and (cache / "made.json").exists():
        shutil.copytree(cache / "central", base / "central")
        for name in ("central.crt", "central.fp"):
            shutil.copy(cache / name, base / name)
        lite = VaultAccess(base / "central").login(ADMIN, ADMIN_PASSWORD).session
    else:
        lite, _ = create_vault(base / "central", Mode.CENTRAL, "PL-CZ")
        cert, fp = keys.make_certificate(lite)
        (base / "central.crt").write_bytes(cert)
        (base / "central.fp").write_text(fp)
    folder = base / "pg-central"
    created = central_access.create_central(
        folder,
        CentralDatabase(
            host="127.0.0.1",
            port=cluster.port,
            dbname="bench",
            user=login,
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
    # A copy of the SQLCipher office for the child measuring with wiping on (site setting).
    shutil.copytree(base / "central", base / "central-wiping")
    return folder


def _import_all(session: Session, files: list[str], fingerprint: str) -> float:
    """Import the packages in order (the first enrols the workstation); wall seconds."""
    seconds = 0.0
    for number, path in enumerate(files):
        data = Path(path).read_bytes()
        start = time.perf_counter()
        report = (
            importer.import_package(
                session, data, file_name=Path(path).name, enrol_fingerprint=fingerprint
            )
            if number == 0
            else importer.import_package(session, data, file_name=Path(path).name)
        )
        seconds += time.perf_counter() - start
        assert report.status != "already_imported", path
        assert not report.quarantined, report.quarantined[:3]
    return seconds


def _reimport_all(session: Session, files: list[str]) -> float:
    start = time.perf_counter()
    for path in files:
        again = importer.import_package(session, Path(path).read_bytes(), file_name="again")
        assert again.status == "already_imported"
    return time.perf_counter() - start


def _pg_figures(
    folder: Path, files: list[str], fingerprint: str, cluster: pg_cluster.Cluster
) -> dict[str, float]:
    """Import into the PostgreSQL store while an analyst reads; re-import; bare COPY (as
    the cluster's superuser: the only login the server lets COPY into tables whose row
    security applies to the office's login)."""
    pg = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    reader = CentralSession(folder, pg.database, ANALYST, pg.worker_connection())  # type: ignore[attr-defined]
    reader.justification = ("supervision", "benchmark: reads during an import")
    waits: list[float] = []
    blocked: list[float] = []
    done = threading.Event()
    watcher = threading.Thread(target=_read_while, args=(reader, done, waits, blocked))
    watcher.start()
    _reset_peak()
    cpu, server = time.thread_time(), backend_cpu(pg.con)  # type: ignore[arg-type]
    try:
        seconds = _import_all(pg, files, fingerprint)
        cpu = time.thread_time() - cpu
        server = backend_cpu(pg.con) - server  # type: ignore[arg-type]
    finally:
        peak = _peak_mib()
        done.set()
        watcher.join()
        reader.close()
    again = _reimport_all(pg, files)
    pg.close()
    owner = cluster.connect("bench")
    try:
        bare = bare_copy(owner)
        twins = bare_copy(owner, same_tables=False)
    finally:
        owner.close()
    return {
        "pg_s": seconds,
        "pg_cpu": cpu + server,
        "pg_server_cpu": server,
        "pg_peak_mib": peak,
        "reimport_s": again,
        "copy_s": bare["s"],
        "copy_cpu": bare["cpu"],
        "rows": bare["rows"],
        "twins_s": twins["s"],
        "twins_cpu": twins["cpu"],
        "reads": float(len(waits)),
        "read_max_s": max(waits, default=0.0),
        "reads_blocked": float(len(blocked)),
    }


def lite_figures(vault: Path, files: list[str], fingerprint: str) -> dict[str, float]:
    """Import into a SQLCipher central vault; re-import; bare executemany."""
    lite = VaultAccess(vault).login(ADMIN, ADMIN_PASSWORD).session
    wiping = str(lite.con.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"
    _reset_peak()
    cpu = time.thread_time()
    seconds = _import_all(lite, files, fingerprint)
    cpu = time.thread_time() - cpu
    peak = _peak_mib()
    again = _reimport_all(lite, files)
    bare = bare_executemany(lite.con)
    lite.close()
    return {
        "s": seconds,
        "cpu": cpu,
        "peak_mib": peak,
        "again_s": again,
        "bare_s": bare["s"],
        "bare_cpu": bare["cpu"],
        "rows": bare["rows"],
        "wiping": float(wiping),
    }


def lite_child(vault: str, files: str, fingerprint: str) -> None:
    """Child process: `lite_figures` with the site setting that turns SQLCipher's wiping of
    freed memory on (decision 0026), set before the first connection of this process."""
    os.environ[connection.WIPE_FREED_MEMORY] = "1"
    print(json.dumps(lite_figures(Path(vault), json.loads(files), fingerprint)))


def _packages(base: Path, scale: float, packages: int) -> dict[str, Any]:
    """The workstation's packages for the office at `base` (made in a child process)."""
    return _child(
        "import sys; from tests.bench.bench_central_pg import packages_child as f; "
        "f(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))",
        str(base),
        str(max(20, int(10_000 * scale))),
        str(packages),
    )


def fill_cache(cache: Path, scale: float, packages: int) -> dict[str, Any]:
    """An office (SQLCipher vault as before any import, certificate) and its workstation's
    packages kept in `cache` (BENCH_CACHE) for later runs of the same scale and number of
    packages: a 1,000,000-record fill and export take longer than the import measured."""
    wanted = {"scale": scale, "packages": packages}
    if (cache / "made.json").exists():
        made = dict(json.loads((cache / "made.json").read_text()))
        if {k: made.get(k) for k in wanted} != wanted:
            raise SystemExit(
                f"{cache} holds packages of {made.get('scale')} × {made.get('packages')}"
            )
    else:
        cache.mkdir(parents=True, exist_ok=True)
        lite, _ = create_vault(cache / "central", Mode.CENTRAL, "PL-CZ")
        cert, fp = keys.make_certificate(lite)
        lite.close()
        (cache / "central.crt").write_bytes(cert)
        (cache / "central.fp").write_text(fp)
        made = {**_packages(cache, scale, packages), **wanted}
        shutil.rmtree(cache / "ws")  # the workstation vault: not needed again
        made["files"] = [str(Path(f).relative_to(cache)) for f in made["files"]]
        (cache / "made.json").write_text(json.dumps(made))
    return {**made, "files": [str(cache / f) for f in made["files"]]}


def measure(
    scale: float,
    base: Path,
    packages: int = 1,
    lite: bool = True,
    cache: Path | None = None,
    office_login: bool = False,
) -> dict[str, Any]:
    """Import real packages into PostgreSQL and SQLCipher; bulk-insert the same rows."""
    cluster = pg_cluster.start()
    try:
        made = fill_cache(cache, scale, packages) if cache is not None else None
        folder = _offices(cluster, base, cache, office_login)
        made = made or _packages(base, scale, packages)
        files, fingerprint = list(made["files"]), str(made["fingerprint"])
        figures: dict[str, Any] = {
            "records": float(made["records"]),
            "packages": float(len(files)),
            "office_login": office_login,
            **_pg_figures(folder, files, fingerprint, cluster),
        }
        if lite:
            figures["lite_off"] = lite_figures(base / "central", files, fingerprint)
            figures["lite_on"] = _child(
                "import sys; from tests.bench.bench_central_pg import lite_child as f; "
                "f(sys.argv[1], sys.argv[2], sys.argv[3])",
                str(base / "central-wiping"),
                json.dumps(files),
                fingerprint,
            )
        return figures
    finally:
        cluster.stop()


def _lite_rows(m: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(measure, SQLCipher wiping on, wiping off) cells."""
    on, off, n = m["lite_on"], m["lite_off"], m["records"]
    return [
        (
            "import",
            f"{on['s']:.2f} s ({n / on['s']:,.0f}/s), {on['cpu']:.2f} s CPU",
            f"{off['s']:.2f} s ({n / off['s']:,.0f}/s), {off['cpu']:.2f} s CPU",
        ),
        (
            "bare executemany of the same rows",
            f"{on['bare_s']:.3f} s, {on['bare_cpu']:.3f} s CPU",
            f"{off['bare_s']:.3f} s, {off['bare_cpu']:.3f} s CPU",
        ),
        (
            "import / bare (wall; CPU)",
            f"{on['s'] / on['bare_s']:.1f}×; {on['cpu'] / on['bare_cpu']:.1f}×",
            f"{off['s'] / off['bare_s']:.1f}×; {off['cpu'] / off['bare_cpu']:.1f}×",
        ),
        (
            "1,000,000 records at this rate (wall; CPU)",
            f"{1e6 * on['s'] / n:,.0f} s; {1e6 * on['cpu'] / n:,.0f} s",
            f"{1e6 * off['s'] / n:,.0f} s; {1e6 * off['cpu'] / n:,.0f} s",
        ),
        (
            "re-import",
            f"{on['again_s']:.3f} s ({100 * on['again_s'] / on['s']:.1f} %)",
            f"{off['again_s']:.3f} s ({100 * off['again_s'] / off['s']:.1f} %)",
        ),
        ("peak RSS", f"{on['peak_mib']:.0f} MiB", f"{off['peak_mib']:.0f} MiB"),
    ]


def report(
    m: dict[str, Any], scale: float, load: tuple[float, ...], after: tuple[float, ...]
) -> str:
    n = m["records"]
    text = (
        "## Central import of real records on PostgreSQL and SQLCipher (issue 16)\n\n"
        f"{m['packages']:,.0f} consecutive package(s) holding {n:,.0f} real records (demo "
        "generator: prisoners, observations with amended versions, re-grades, reviews) with "
        "the workstation's audit lines, imported in order by the real importer (one "
        f"transaction per package) through {LOGIN_TEXT[bool(m.get('office_login'))]}. Baseline (decision "
        f"0024): the {m['rows']:,.0f} rows the PostgreSQL import wrote COPYed into the same "
        "tables, emptied (same definitions, constraints, foreign keys, triggers, indexes), as "
        "the cluster's superuser; also into empty twins with the indexes only (the baseline of "
        "sessions 4–5). SQLCipher: the rows its import wrote executemany'd into empty twins "
        "of the same definition, indexes and triggers. Throw-away local cluster (TLS, "
        f"SCRAM, fsync off); BENCH_SCALE={scale}; load average {load[0]:.1f} before, "
        f"{after[0]:.1f} after (2 cores shared). CPU = importing thread + server backend.\n\n"
        "| measure | PostgreSQL | target |\n|---|---|---|\n"
        f"| import | {m['pg_s']:.2f} s ({n / m['pg_s']:,.0f} records/s), {m['pg_cpu']:.2f} s "
        f"CPU (server {m['pg_server_cpu']:.2f} s) | — |\n"
        f"| bare COPY into the same tables | {m['copy_s']:.3f} s, {m['copy_cpu']:.3f} s CPU "
        "| — |\n"
        f"| import / bare COPY (wall; CPU) | {m['pg_s'] / m['copy_s']:.1f}×; "
        f"{m['pg_cpu'] / m['copy_cpu']:.1f}× | ≤ 2× |\n"
        f"| bare COPY into twins with indexes only | {m['twins_s']:.3f} s, "
        f"{m['twins_cpu']:.3f} s CPU | — |\n"
        f"| import / twins COPY (wall; CPU) | {m['pg_s'] / m['twins_s']:.1f}×; "
        f"{m['pg_cpu'] / m['twins_cpu']:.1f}× | (sessions 4–5) |\n"
        f"| 1,000,000 records at this rate (wall; CPU) | {1e6 * m['pg_s'] / n:,.0f} s; "
        f"{1e6 * m['pg_cpu'] / n:,.0f} s | ≤ 60 s |\n"
        f"| re-import of the same packages | {m['reimport_s']:.3f} s "
        f"({100 * m['reimport_s'] / m['pg_s']:.1f} %) | ≤ 10 % |\n"
        f"| peak RSS of the process during the import | {m['pg_peak_mib']:.0f} MiB | ≤ 500 MB |\n"
        f"| longest analyst read during the import ({m['reads']:,.0f} reads) | "
        f"{m['read_max_s'] * 1000:.0f} ms | ≤ 1 s |\n"
        f"| reads that waited more than 1 s for a lock | {m['reads_blocked']:,.0f} | 0 |\n"
    )
    if "lite_on" in m:
        text += (
            "\n| measure | SQLCipher, wiping on (site setting) | SQLCipher, wiping off (default) |"
            "\n|---|---|---|\n"
        )
        text += "".join(f"| {a} | {b} | {c} |\n" for a, b, c in _lite_rows(m))
    return text


def run() -> str:
    scale = float(os.environ.get("BENCH_SCALE", "1"))
    packages = int(os.environ.get("BENCH_PACKAGES", "1"))
    lite = os.environ.get("BENCH_LITE", "1") != "0"
    cache = Path(os.environ["BENCH_CACHE"]) if os.environ.get("BENCH_CACHE") else None
    base = Path(tempfile.mkdtemp(prefix="radprev-bench-pg-"))
    load = os.getloadavg()
    try:
        m = measure(scale, base, packages, lite, cache, OFFICE_LOGIN)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return report(m, scale, load, os.getloadavg())


if __name__ == "__main__":
    print(run())
