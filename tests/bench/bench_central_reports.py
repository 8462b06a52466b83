"""Central reports at national scale (issue 15): 20 establishments, 1,000,000 observations.

A central office is filled with synthetic national data by core/demo_central.py
(set-wise bulk writes through the owning services, three enrolled workstations per
establishment with two years of weekly packages), then an analyst makes the
national overview, one establishment report and the central unit summary (the
whole office, every unit) and opens the workstation health view, each timed as the user waits for it (queries, PDF
layout, audit entry). Each figure is set beside the same engine's bare
aggregate query over the same rows (observations of the period counted by
establishment and urgency, on the same connection): the ratio says how much
the report adds to counting.

Both central stores: a SQLCipher central vault and a PostgreSQL central store
(throw-away local cluster: TLS, SCRAM). The SQLCipher vault is filled in a
child process; the reports are measured in this process, configured as the
application is (SQLCipher's wiping of freed memory off by default, decision 0026).

`BENCH_SCALE` scales the observations (1.0 = 1,000,000; subjects = observations / 50).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from radprev_desktop.core import demo_central
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.reports.establishment_report import establishment_report
from radprev_desktop.core.reports.national_overview import national_overview
from radprev_desktop.core.reports.unit_summary import unit_summary
from radprev_desktop.core.services import access_grants, central_access, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.workstation_health import workstation_health
from radprev_desktop.core.vault.dialect import dialect_of
from radprev_desktop.core.vault.postgres import CentralDatabase
from tests import pg_cluster
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, PASSWORD, create_vault

PERIOD = ("2000-01-01", "2099-12-31")
ESTABLISHMENTS = 20
#: Observations of the period by establishment and urgency, read as the reports read them
#: (the covering index in its order, one sum per urgency).
BARE = (
    "SELECT establishment_code, sum(CASE WHEN urgency = 'routine' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN urgency = 'priority' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN urgency = 'immediate' THEN 1 ELSE 0 END) FROM observations {pin} "
    "WHERE is_current = 1 AND event_start >= ? AND event_start < ? "
    "AND status IN ('submitted', 'accepted', 'exported') GROUP BY 1"
)


def _scale() -> float:
    try:
        return max(0.0001, float(os.environ.get("BENCH_SCALE", "1.0")))
    except ValueError:
        return 1.0


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f} / {five:.1f}"


def _add_analyst(admin: Session) -> None:
    users.add_user(
        admin,
        "ana",
        PASSWORD,
        [Role.ANALYST],
        display_name="Analyst",
        staff_code="ANA",
        must_change_password=False,
    )
    # The national desk: every establishment (an analyst reaches only those assigned).
    access_grants.grant_establishment(admin, "ana", "national desk", establishment_code="*")


def _fill(admin: Session, observations: int) -> tuple[float, str]:
    """Fill the office; (seconds, what was written)."""
    _add_analyst(admin)
    started = time.perf_counter()
    sample = demo_central.generate_central(
        admin, observations=observations, establishments=ESTABLISHMENTS, seed=15
    )
    seconds = time.perf_counter() - started
    return seconds, (
        f"{sample.subjects:,} prisoners, {sample.observations:,} observations "
        f"({sample.versions:,} versions, {sample.reviews:,} reviews), "
        f"{sample.referrals:,} referrals, {sample.transfers:,} transfers, "
        f"{sample.workstations} workstations with {sample.packages:,} packages"
    )


def fill_sqlcipher_child(folder: str, observations: int) -> None:
    """Child process: a new SQLCipher central vault, filled (prints seconds and counts)."""
    admin, _ = create_vault(Path(folder), Mode.CENTRAL, "PL-CZ")
    try:
        seconds, what = _fill(admin, observations)
    finally:
        admin.close()
    print(f"{seconds}\t{what}")


CPU: list[float] = []  # this process's CPU seconds of each timed action, in order
LAST_CPU: dict[str, float] = {}  # report name → CPU seconds of its last run


def _timed(action: Callable[[], object]) -> float:
    """Wall seconds; the process's CPU seconds go to CPU (on a shared machine the wall
    time is mostly waiting for a core; SQLCipher's work is all in this process)."""
    started, cpu = time.perf_counter(), time.process_time()
    action()
    CPU.append(time.process_time() - cpu)
    return time.perf_counter() - started


def _bare(session: Session) -> float:
    """The bare aggregate: counted by establishment and urgency, nothing else (best of 3)."""
    con = session.con
    sql = BARE.format(pin=dialect_of(con).indexed_by("observations_by_establishment"))
    return min(
        _timed(lambda: con.execute(sql, (PERIOD[0], PERIOD[1] + "\uffff")).fetchall())
        for _ in range(3)
    )


def _reports(analyst: Session) -> list[tuple[str, float, float]]:
    """(report, first run, second run) seconds for the three central reports."""
    start, end = PERIOD
    runs: list[tuple[str, Callable[[], object]]] = [
        ("national overview", lambda: national_overview(analyst, date_from=start, date_to=end)),
        (
            "establishment report (PL-Z01)",
            lambda: establishment_report(analyst, "PL-Z01", date_from=start, date_to=end),
        ),
        (
            "central unit summary (all units)",
            lambda: unit_summary(analyst, date_from=start, date_to=end, justification="bench"),
        ),
        (
            f"workstation health ({demo_central.WORKSTATIONS_PER_ESTABLISHMENT * ESTABLISHMENTS}"
            " workstations)",
            lambda: workstation_health(analyst),
        ),
    ]
    timed = []
    for name, run in runs:
        first = _timed(run)
        # A report slower than a minute is not run again (the figure is clear enough).
        timed.append((name, first, _timed(run) if first < 60 else float("nan")))
        LAST_CPU[name] = CPU[-1]
        print(
            f"{name}: {timed[-1][1:]} cpu {CPU[-1]:.2f} (load {_load()})",
            file=sys.stderr,
            flush=True,
        )
    return timed


def _rows(store: str, reports: list[tuple[str, float, float]], bare: float) -> list[str]:
    # PostgreSQL's work is in the server process: no CPU figure for it here.
    cpu = [LAST_CPU[n] if store == "SQLCipher" else float("nan") for n, _, _ in reports]
    return [
        f"| {store} | {name} | {first:.2f} | {second:.2f} | {'—' if used != used else f'{used:.2f}'} | {bare * 1000:.0f} ms | "
        f"{min(first, second if second == second else first) / bare:.0f}× | {'≤ 10 s' if 'national' in name else '—'} |"
        for (name, first, second), used in zip(reports, cpu, strict=True)
    ]


def sqlcipher(base: Path, observations: int) -> tuple[list[str], str]:
    """Fill in a child process, measure here."""
    folder = base / "central"
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from tests.bench.bench_central_reports import fill_sqlcipher_child as f; "
            "f(sys.argv[1], int(sys.argv[2]))",
            str(folder),
            str(observations),
        ],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, what = out.stdout.strip().splitlines()[-1].split("\t")
    print(f"SQLCipher filled in {seconds} s: {what}", file=sys.stderr, flush=True)
    analyst = VaultAccess(folder).login("ana", PASSWORD).session
    try:
        reports = _reports(analyst)
        bare = _bare(analyst)
    finally:
        analyst.close()
    size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / 2**20
    note = f"SQLCipher: {what}; filled in {float(seconds):.0f} s; vault {size:,.0f} MiB"
    return _rows("SQLCipher", reports, bare), note


def postgresql(base: Path, observations: int) -> tuple[list[str], str]:
    """A throw-away cluster, filled and measured in this process."""
    cluster = pg_cluster.start()
    try:
        cluster.create_database("bench")
        passfile = base / "pgpass"
        passfile.write_text(
            f"127.0.0.1:{cluster.port}:bench:{pg_cluster.SUPERUSER}:{cluster.password}\n"
        )
        passfile.chmod(0o600)
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
            establishment_name="Centrala Testowa",
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        )
        try:
            seconds, what = _fill(created.session, observations)
            print(f"PostgreSQL filled in {seconds:.0f} s", file=sys.stderr, flush=True)
            created.session.con.execute("ANALYZE")
        finally:
            created.session.close()
        analyst = VaultAccess(folder).login("ana", PASSWORD).session
        try:
            reports = _reports(analyst)
            bare = _bare(analyst)
        finally:
            analyst.close()
        note = f"PostgreSQL: {what}; filled in {seconds:.0f} s (COPY)"
        return _rows("PostgreSQL", reports, bare), note
    finally:
        cluster.stop()


def run() -> str:
    """Figures for `make bench`."""
    scale = _scale()
    observations = max(1000, int(1_000_000 * scale))
    base = Path(tempfile.mkdtemp(prefix="radprev-bench-central-"))
    load_before = _load()
    try:
        lite_rows, lite_note = sqlcipher(base, observations)
        pg_rows, pg_note = postgresql(base, observations)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return "\n".join(
        [
            "## Central reports at national scale (issue 15)",
            "",
            f"{ESTABLISHMENTS} establishments, {observations:,} observations "
            f"(BENCH_SCALE={scale}); synthetic data from core/demo_central.py. "
            f"Load average (1 / 5 min) {load_before} before, {_load()} after, on "
            f"{os.cpu_count()} cores shared with other sessions. Each report timed twice "
            "(first after login, then again unless the first took over a minute); the bare "
            "query is the best of three.",
            "",
            "| store | report | first (s) | second (s) | CPU, last run (s) | bare aggregate "
            "| ratio | target |",
            "|---|---|---:|---:|---:|---:|---:|---|",
            *lite_rows,
            *pg_rows,
            "",
            f"- {lite_note}",
            f"- {pg_note}",
            f"- peak RSS of the measuring process {peak:.0f} MB",
            "",
        ]
    )


if __name__ == "__main__":
    print(run())
