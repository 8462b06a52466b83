"""Central import on PostgreSQL and SQLCipher against a bare bulk insert of the same rows.

Real records (issue 16): `BENCH_PACKAGES` export packages of `BENCH_WORKSTATIONS`
workstations (default 4, at most one per package), each of another establishment, drawn
in bulk and written by the product's own package writer (`tests/bench/real_packages.py`:
prisoners, observations with amended versions, reviews with re-grades, completed checklist
runs with amendments, and the audit entries the services write for that work). The real
importer takes them in order (the workstations' packages interleaved, each workstation's in
sequence; the first of each enrols it) into a PostgreSQL central store (throw-away cluster:
TLS, SCRAM) and into a SQLCipher central vault — one transaction per package. The bare
baselines write exactly the rows each import wrote (decision 0024): COPY into the same
tables on PostgreSQL, executemany into twins with the same indexes and triggers on
SQLCipher (same engine, same setting). `BENCH_SCALE` scales the lines (records + audit
entries; 1.0 = 10,000, 100 = 1,000,000); `BENCH_LITE=0` leaves SQLCipher out,
`BENCH_PG=0` PostgreSQL; `BENCH_WIPING=0` skips the SQLCipher run with wiping on (the
site setting; at 1M it would take an hour). The figure for
1,000,000 records is the measured rate extrapolated linearly unless the run was that size.

Times are wall seconds and CPU seconds: on a shared machine the wall time is mostly
waiting for a core. CPU is the importing thread's (`time.thread_time`: Python, the
driver, SQLCipher's engine; on SQLCipher the whole process's) and the package-checking
worker process's (files.import_packages, read when it has ended) plus, on PostgreSQL, the server backend's (read from
/proc/<pid>/stat: the cluster is local). SQLCipher is measured twice: in this process,
configured as the application is (SQLCipher's wiping of freed memory off, decision 0026),
and in a child process with the site setting that turns wiping on
(RADPREV_WIPE_FREED_MEMORY=1), on a copy of the same office. The packages are made in a
child process (setup only), or taken from BENCH_CACHE.
Peak RSS is the process's high-water mark (VmHWM) reset just before the first import.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psycopg

from radprev_desktop.core.central_session import CentralSession
from radprev_desktop.core.model import Role, User
from radprev_desktop.core.services import central_access, search
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import files
from radprev_desktop.core.sync.import_report import ImportReport
from radprev_desktop.core.vault import connection
from radprev_desktop.core.vault.postgres import CentralDatabase
from tests import pg_cluster
from tests.bench import real_packages
from tests.bench.central_baselines import backend_cpu, bare_copy, bare_executemany
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF
from tests.unit.test_import_parity import copy_office

ROOT = Path(__file__).resolve().parents[2]
#: The seed of the benchmark's package sets (the same seed, the same records).
SEED = 7
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


#: The packages in import order: (file, enrolment fingerprint for a workstation's first).
Order = list[tuple[str, str | None]]


def _lite_office(base: Path, made: Path) -> None:
    """The office's SQLCipher vault as the package set made it (base/central), and a copy
    for the child measuring with wiping on (base/central-wiping, the site setting)."""
    shutil.copytree(made / "central", base / "central")
    shutil.copytree(made / "central", base / "central-wiping")


def _pg_office(
    cluster: pg_cluster.Cluster, base: Path, office_login: bool = False, import_role: bool = True
) -> Path:
    """The same office on PostgreSQL (base/pg-central): keys and accounts copied from the
    SQLCipher vault at base/central. `import_role` (office login only): with the import
    role README step 2 describes (decision 0044); False: without it (COPY under the
    policies through temporary tables, decision 0024)."""
    login, password = pg_cluster.SUPERUSER, cluster.password
    role = ""
    if office_login:
        # As README step 2 sets it up: the office's login owns the database and is no
        # superuser, so the tables' forced row security applies to it (decision 0016 C).
        login, password = "radprev_office", "office-password-1"
        cluster.create_role(login, password)
        if import_role:
            role = "radprev_office_import"
            cluster.create_import_role(role, login)
    cluster.create_database("bench", owner=login)
    passfile = base / "pgpass"
    passfile.write_text(f"127.0.0.1:{cluster.port}:bench:{login}:{password}\n")
    passfile.chmod(0o600)
    lite = VaultAccess(base / "central").login(ADMIN, ADMIN_PASSWORD).session
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
            import_role=role,
        ),
        establishment_code="PL-CZ",
        establishment_name="Areszt Śledczy Testowo",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        kdf=FAST_KDF,
    )
    copy_office(lite, created.session)
    if role:  # the office's grants to its import role (README step 2)
        created.session.con.execute(
            f"GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO {role}"
        )
        created.session.con.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    created.session.close()
    lite.close()
    return folder


def _import_all(session: Session, order: Order) -> float:
    """Import the packages in order (a workstation's first enrols it) through the product's
    many-package path (files.import_packages: the next package checked in a second process
    meanwhile), as `radprev import FOLDER` and the window's "import folder" do; wall seconds."""
    paths = [Path(path) for path, _ in order]
    fingerprints = {Path(path): fp for path, fp in order if fp is not None}
    start = time.perf_counter()
    outcomes = list(files.import_packages(session, paths, fingerprints=fingerprints))
    seconds = time.perf_counter() - start
    assert [path for path, _ in outcomes] == paths
    for path, report in outcomes:
        assert isinstance(report, ImportReport), (path, report)
        assert report.status == "imported", (path, report.status, report.audit_problem)
        assert not report.quarantined, report.quarantined[:3]
    return seconds


def _reimport_all(session: Session, order: Order) -> float:
    start = time.perf_counter()
    for path, again in files.import_packages(session, [Path(path) for path, _ in order]):
        assert isinstance(again, ImportReport) and again.status == "already_imported", path
    return time.perf_counter() - start


def _children_cpu() -> float:
    """CPU seconds of this process's ended children (the package-checking worker is one)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _children_peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _pg_figures(folder: Path, order: Order, cluster: pg_cluster.Cluster) -> dict[str, float]:
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
    children = _children_cpu()
    try:
        seconds = _import_all(pg, order)
        cpu = time.thread_time() - cpu + _children_cpu() - children
        server = backend_cpu(pg.con) - server  # type: ignore[arg-type]
    finally:
        peak = _peak_mib()
        done.set()
        watcher.join()
        reader.close()
    again = _reimport_all(pg, order)
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


def lite_figures(vault: Path, order: Order) -> dict[str, float]:
    """Import into a SQLCipher central vault; re-import; bare executemany."""
    lite = VaultAccess(vault).login(ADMIN, ADMIN_PASSWORD).session
    wiping = str(lite.con.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"
    _reset_peak()
    cpu, children = time.process_time(), _children_cpu()
    seconds = _import_all(lite, order)
    worker_cpu = _children_cpu() - children
    cpu = time.process_time() - cpu + worker_cpu
    peak = _peak_mib()
    worker_peak = _children_peak_mib()
    again = _reimport_all(lite, order)
    bare = bare_executemany(lite.con)
    lite.close()
    return {
        "s": seconds,
        "cpu": cpu,
        "peak_mib": peak,
        "worker_cpu": worker_cpu,
        "worker_peak_mib": worker_peak,
        "again_s": again,
        "bare_s": bare["s"],
        "bare_cpu": bare["cpu"],
        "rows": bare["rows"],
        "wiping": float(wiping),
    }


def lite_child(vault: str, order: str) -> None:
    """Child process: `lite_figures` with the site setting that turns SQLCipher's wiping of
    freed memory on (decision 0026), set before the first connection of this process."""
    os.environ[connection.WIPE_FREED_MEMORY] = "1"
    print(json.dumps(lite_figures(Path(vault), json.loads(order))))


def package_set(cache: Path, lines: int, packages: int, workstations: int) -> dict[str, Any]:
    """The packages (made in a child process: setup only), kept in `cache`
    for later runs: {"folder": the set's folder, "order": Order, and made.json's counts}."""
    folder = real_packages.set_folder(cache, lines, packages, workstations, SEED)
    if not (folder / "made.json").exists():
        subprocess.run(
            [sys.executable, "-m", "tests.bench.real_packages", str(cache), str(lines),
             str(packages), str(workstations), str(SEED)],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
    made = dict(json.loads((folder / "made.json").read_text()))
    order = [(str(p), fp) for p, _, fp in real_packages.import_order(folder, made)]
    return {**made, "folder": str(folder), "order": order}


def measure(
    scale: float,
    base: Path,
    packages: int = 1,
    lite: bool = True,
    cache: Path | None = None,
    office_login: bool = False,
    pg: bool = True,
    wiping: bool = True,
) -> dict[str, Any]:
    """Import real packages into PostgreSQL and SQLCipher; bulk-insert the same rows."""
    workstations = int(os.environ.get("BENCH_WORKSTATIONS", min(4, packages)))
    made = package_set(
        cache or base / "packages", max(20, int(10_000 * scale)), packages, workstations
    )
    order: Order = made["order"]
    _lite_office(base, Path(made["folder"]))
    figures: dict[str, Any] = {
        "records": float(made["records"]),
        "by_kind": made["by_kind"],
        "packages": float(len(order)),
        "workstations": float(workstations),
        "office_login": office_login,
    }
    if pg:
        cluster = pg_cluster.start()
        try:
            folder = _pg_office(cluster, base, office_login)
            figures.update(_pg_figures(folder, order, cluster))
        finally:
            cluster.stop()
    if lite:
        figures["lite_off"] = lite_figures(base / "central", order)
        if wiping:
            figures["lite_on"] = _child(
                "import sys; from tests.bench.bench_central_pg import lite_child as f; "
                "f(sys.argv[1], sys.argv[2])",
                str(base / "central-wiping"),
                json.dumps(order),
            )
    return figures


def _lite_rows(m: dict[str, Any], runs: list[dict[str, Any]]) -> list[list[str]]:
    """Rows of the SQLCipher table: a measure, then a cell per run (wiping on / off)."""
    n = m["records"]
    cells = {
        "import": lambda r: (
            f"{r['s']:.2f} s ({n / r['s']:,.0f}/s), {r['cpu']:.2f} s CPU "
            f"(of which the checking worker {r.get('worker_cpu', 0.0):.2f} s)"
        ),
        "bare executemany of the same rows": lambda r: (
            f"{r['bare_s']:.3f} s, {r['bare_cpu']:.3f} s CPU ({r['rows']:,.0f} rows)"
        ),
        "import / bare (wall; CPU)": lambda r: (
            f"{r['s'] / r['bare_s']:.2f}×; {r['cpu'] / r['bare_cpu']:.2f}×"
        ),
        "importing process's CPU (without the worker) / bare CPU": lambda r: (
            f"{(r['cpu'] - r.get('worker_cpu', 0.0)) / r['bare_cpu']:.2f}×"
        ),
        "1,000,000 records at this rate (wall; CPU)": lambda r: (
            f"{1e6 * r['s'] / n:,.0f} s; {1e6 * r['cpu'] / n:,.0f} s"
        ),
        "re-import": lambda r: f"{r['again_s']:.3f} s ({100 * r['again_s'] / r['s']:.1f} %)",
        "peak RSS (importing process + checking worker)": lambda r: (
            f"{r['peak_mib']:.0f} + {r.get('worker_peak_mib', 0.0):.0f} MiB"
        ),
    }
    return [[name, *(cell(r) for r in runs)] for name, cell in cells.items()]


def _pg_table(m: dict[str, Any]) -> str:
    n = m["records"]
    return (
        "| measure | PostgreSQL | target |\n|---|---|---|\n"
        f"| import | {m['pg_s']:.2f} s ({n / m['pg_s']:,.0f} records/s), {m['pg_cpu']:.2f} s "
        f"CPU (server {m['pg_server_cpu']:.2f} s) | — |\n"
        f"| bare COPY into the same tables ({m['rows']:,.0f} rows) | {m['copy_s']:.3f} s, "
        f"{m['copy_cpu']:.3f} s CPU | — |\n"
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


def report(
    m: dict[str, Any], scale: float, load: tuple[float, ...], after: tuple[float, ...]
) -> str:
    n = m["records"]
    kinds = ", ".join(f"{k} {v:,}" for k, v in sorted(m["by_kind"].items()))
    text = (
        "## Central import of real records on PostgreSQL and SQLCipher (issue 16)\n\n"
        f"{m['packages']:,.0f} package(s) of {m['workstations']:,.0f} workstation(s) of "
        f"different establishments holding {n:,.0f} real records ({kinds}; generated by "
        "tests/bench/real_packages.py, written by the product's package writer), imported in "
        "order by the real importer (one transaction per package) through "
        f"{LOGIN_TEXT[bool(m.get('office_login'))]}. Baseline (decision 0024): the rows the "
        "PostgreSQL import wrote COPYed into the same tables, emptied (same definitions, "
        "constraints, foreign keys, triggers, indexes), as the cluster's superuser; also into "
        "empty twins with the indexes only (the baseline of sessions 4–5). SQLCipher: the rows "
        "its import wrote executemany'd into empty twins of the same definition, indexes and "
        "triggers. Throw-away local cluster (TLS, SCRAM, fsync off); "
        f"BENCH_SCALE={scale}; load average {load[0]:.1f} before, {after[0]:.1f} after "
        "(2 cores shared). CPU = importing thread + server backend.\n\n"
    )
    if "pg_s" in m:
        text += _pg_table(m)
    runs = [(name, m[key]) for key, name in LITE_RUNS if key in m]
    if runs:
        heads = [name for name, _ in runs]
        text += f"\n| measure | {' | '.join(heads)} |\n|---{'|---' * len(heads)}|\n"
        rows = _lite_rows(m, [r for _, r in runs])
        text += "".join(f"| {' | '.join(row)} |\n" for row in rows)
    return text


#: The SQLCipher runs: this process (as the application) and the child (wiping on).
LITE_RUNS = (
    ("lite_off", "SQLCipher, wiping off (the application's default)"),
    ("lite_on", "SQLCipher, wiping on (site setting)"),
)


def run() -> str:
    scale = float(os.environ.get("BENCH_SCALE", "1"))
    packages = int(os.environ.get("BENCH_PACKAGES", "1"))
    lite = os.environ.get("BENCH_LITE", "1") != "0"
    pg = os.environ.get("BENCH_PG", "1") != "0"
    wiping = os.environ.get("BENCH_WIPING", "1") != "0"
    cache = Path(os.environ["BENCH_CACHE"]) if os.environ.get("BENCH_CACHE") else None
    base = Path(tempfile.mkdtemp(prefix="radprev-bench-pg-"))
    load = os.getloadavg()
    try:
        m = measure(scale, base, packages, lite, cache, OFFICE_LOGIN, pg, wiping)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return report(m, scale, load, os.getloadavg())


if __name__ == "__main__":
    print(run())
