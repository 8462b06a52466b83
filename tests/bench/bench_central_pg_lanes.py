"""Central import on PostgreSQL: one lane or packages of different workstations side by side.

Issue 16 item 3 on PostgreSQL, measured as an office meets it: real packages of several
workstations (each of another establishment; `tests/bench/real_packages.py`), imported by
the real importer, one transaction per package, each workstation's packages in order.
`lanes` = 1: one importing program takes them all in the set's order. `lanes` = 2: two
importing programs (processes, each with its own server connection) take the packages of
different workstations side by side — a workstation's packages never in two lanes, so they
stay in order. Meanwhile an analyst's program (another process, `analyst_reader.py`) reads
through the store's row security. Then the same lanes import every package again (each
must be "already imported"): the re-import's wall time beside the first (issue 16: ≤ 10 %).
After each run the audit chain is verified, every
package must be imported once and nothing quarantined, and the stored content is
compared between runs (row counts and a digest of ids and versions per table).

Each run has its own throw-away cluster (TLS, SCRAM, fsync off). `BENCH_RUNS` lists the
runs as LOGIN:LANES (default `office:1,office:2`; LOGIN `office` = the office's own login,
owner without superuser, row security applies — README IT step 2, with its import role
(decision 0044); `office-rls` = the same login without the import role (every COPY under
the policies through a temporary table, decision 0024); `superuser` = the
cluster's superuser, row security bypassed). The bare COPY of the same rows into the same
tables (decision 0024) is measured after the first run. `BENCH_SCALE` counts lines
(records + audit entries; 1.0 = 10,000, 100 = 1,000,000); `BENCH_PACKAGES` (default 100),
`BENCH_WORKSTATIONS` (default 4); `BENCH_CACHE` keeps the package set. CPU = the importing
processes + their server backends (read from /proc: the cluster is local); the load
average is printed beside every run (2 cores shared).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from radprev_desktop.core import audit
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.sync import files as sync_files
from radprev_desktop.core.sync.import_report import ImportReport
from tests import pg_cluster
from tests.bench import real_packages
from tests.bench.analyst_reader import AnalystReader, add_analyst
from tests.bench.bench_central_pg import _peak_mib, _pg_office
from tests.bench.central_baselines import TABLES, backend_cpu, bare_copy
from tests.factories import ADMIN, ADMIN_PASSWORD

#: (file, enrolment fingerprint for a workstation's first package, else None).
Lane = list[tuple[str, str | None]]
ANALYST = "bench.analyst"
#: Columns naming a stored row logically (generated row numbers differ between runs).
DIGEST = {
    "subjects": "id, version",
    "observations": "id, version, is_current, status",
    "reviews": "id, observation_id, observation_version",
    "checklist_runs": "id, version",
    "imported_audit": "workstation_id, seq",
}


def lane_main(folder: str, lane: str, go: str, out: str, expect: str = "imported") -> None:
    """One importing program: log in, wait for `go`, import the lane's packages in order
    (`expect`: each package's status — "already_imported" when the lane imports again)."""
    session = VaultAccess(Path(folder)).login(ADMIN, ADMIN_PASSWORD).session
    files: Lane = [(f, fp) for f, fp in json.loads(lane)]
    problems: list[str] = []
    Path(out + ".ready").touch()
    while not Path(go).exists():
        time.sleep(0.005)
    began, cpu, server = time.time(), _cpu(), backend_cpu(session.con)  # type: ignore[arg-type]
    try:
        paths = [Path(path) for path, _ in files]
        prints = {Path(path): fp for path, fp in files if fp is not None}
        # The product's many-package path (`radprev import FOLDER`, the window's import
        # folder): the next package's lines are checked in a second process meanwhile.
        ahead = os.environ.get("BENCH_CHECK_AHEAD", "1") != "0"  # 0: all in this thread
        imported = sync_files.import_packages(
            session, paths, fingerprints=prints, check_ahead=ahead
        )
        for path, report in imported:
            if not isinstance(report, ImportReport):  # recorded, reported; goes on
                problems.append(f"{path.name}: {type(report).__name__}: {report}")
            elif report.status != expect or report.quarantined:
                problems.append(f"{path.name}: {report.status} {report.quarantined[:2]}")
        ended = time.time()
        cpu = _cpu() - cpu  # this process and its package-checking worker (ended by now)
        server = backend_cpu(session.con) - server  # type: ignore[arg-type]
    finally:
        session.close()
    Path(out).write_text(
        json.dumps(
            {
                "began": began,
                "ended": ended,
                "cpu": cpu,
                "server_cpu": server,
                "problems": problems,
                "peak_mib": _peak_mib(),
            }
        )
    )


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def lanes_of(order: list[tuple[Path, str, str | None]], lanes: int) -> list[Lane]:
    """Whole workstations dealt to `lanes` lanes, each keeping the set's order."""
    stations = list(dict.fromkeys(ws for _, ws, _ in order))
    return [[(str(p), fp) for p, ws, fp in order if ws in stations[n::lanes]] for n in range(lanes)]


def _run_lanes(
    folder: Path, lanes: list[Lane], work: Path, expect: str = "imported"
) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    go = work / f"go-{expect}"
    outs = [work / f"lane{n}-{expect}.json" for n in range(len(lanes))]
    procs = [
        context.Process(
            target=lane_main, args=(str(folder), json.dumps(lane), str(go), str(out), expect)
        )
        for lane, out in zip(lanes, outs, strict=True)
    ]
    for proc in procs:
        proc.start()
    deadline = time.monotonic() + 300
    while not all(Path(str(out) + ".ready").exists() for out in outs):
        if time.monotonic() > deadline or not all(p.is_alive() for p in procs):
            raise RuntimeError("an importing program did not start")
        time.sleep(0.05)
    load = os.getloadavg()[0]
    go.touch()
    for proc in procs:
        proc.join()
        if proc.exitcode != 0:
            raise RuntimeError(f"an importing program failed ({proc.exitcode})")
    done = [json.loads(out.read_text()) for out in outs]
    began, ended = min(d["began"] for d in done), max(d["ended"] for d in done)
    return {
        "window": (began, ended),
        "s": ended - began,
        "lane_s": [d["ended"] - d["began"] for d in done],
        "cpu": sum(d["cpu"] + d["server_cpu"] for d in done),
        "server_cpu": sum(d["server_cpu"] for d in done),
        "problems": [p for d in done for p in d["problems"]],
        "peak_mib": max(d["peak_mib"] for d in done),
        "load_before": load,
        "load_after": os.getloadavg()[0],
    }


def content(cluster: pg_cluster.Cluster) -> dict[str, str]:
    """Rows per table the import writes, and a digest of the logical keys of the main ones."""
    con = cluster.connect("bench")
    try:
        found = {t: str(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}
        for table, columns in DIGEST.items():
            found[table] += " " + str(
                con.execute(
                    f"SELECT md5(string_agg(k, '|' ORDER BY k)) FROM "
                    f"(SELECT concat_ws(',', {columns}) AS k FROM {table}) x"
                ).fetchone()[0]
            )
        return found
    finally:
        con.close()


def one_run(
    made_folder: Path, order: list[tuple[Path, str, str | None]], login: str, lanes: int, bare: bool
) -> dict[str, Any]:
    """A fresh cluster and office; import in `lanes` lanes while the analyst reads."""
    base = Path(tempfile.mkdtemp(prefix="radprev-bench-lanes-"))
    cluster = pg_cluster.start()
    try:
        shutil.copytree(made_folder / "central", base / "central")
        folder = _pg_office(
            cluster, base, office_login=login.startswith("office"), import_role=login == "office"
        )
        admin = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
        try:
            add_analyst(admin, ANALYST, [real_packages.ESTABLISHMENTS[0]])
        finally:
            admin.close()
        reader = AnalystReader(folder, ANALYST, base)
        try:
            figures = _run_lanes(folder, lanes_of(order, lanes), base)
        except BaseException:
            reader.stop((0.0, 0.0))
            raise
        figures_reads = reader.stop(figures["window"])
        # Re-import (issue 16: ≤ 10 % of the first): the same packages again, same lanes.
        again = _run_lanes(folder, lanes_of(order, lanes), base, expect="already_imported")
        figures.update(reimport_s=again["s"], reimport_cpu=again["cpu"])
        figures["problems"] += again["problems"]
        admin = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
        try:
            chain = audit.verify_chain(admin.con)
            imported = admin.con.execute("SELECT count(*) FROM imports").fetchone()[0]
        finally:
            admin.close()
        figures.update(figures_reads)
        figures.update(
            login=login,
            lanes=lanes,
            chain_ok=bool(chain.ok),
            imported=int(imported),
            content=content(cluster),
        )
        if bare:
            owner = cluster.connect("bench")
            try:
                figures["bare"] = bare_copy(owner)
            finally:
                owner.close()
        return figures
    finally:
        cluster.stop()
        shutil.rmtree(base, ignore_errors=True)


def report(made: dict[str, Any], runs: list[dict[str, Any]], scale: float) -> str:
    n = float(made["records"])
    bare = next(r["bare"] for r in runs if "bare" in r)
    text = (
        "## Central import on PostgreSQL: side by side, analysts in another process\n\n"
        f"{made['packages']} packages of {made['workstations']} workstations (each another "
        f"establishment), {n:,.0f} lines (records + audit entries), BENCH_SCALE={scale}. "
        f"Bare COPY of the same {bare['rows']:,.0f} rows into the same tables (decision "
        f"0024, superuser): {bare['s']:.2f} s, {bare['cpu']:.2f} s CPU. CPU = importing "
        "processes + their server backends. Reads: an analyst's program (another process) "
        "granted one establishment, listing every 50 ms and opening a file every tenth read.\n\n"
        "| login | lanes | wall | records/s | CPU (server) | / bare COPY wall; CPU | 1M at "
        "this rate wall; CPU | re-import (% of wall) | peak RSS | load before → after | reads "
        "| longest; p95 | > 1 s | blocked "
        "> 1 s by a lock | chain | same content |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
    )
    first = runs[0]["content"]
    for r in runs:
        text += (
            f"| {r['login']} | {r['lanes']} | {r['s']:.1f} s | {n / r['s']:,.0f} | "
            f"{r['cpu']:.1f} s ({r['server_cpu']:.1f}) | {r['s'] / bare['s']:.1f}×; "
            f"{r['cpu'] / bare['cpu']:.1f}× | {1e6 * r['s'] / n:,.0f} s; "
            f"{1e6 * r['cpu'] / n:,.0f} s | {r['reimport_s']:.2f} s "
            f"({100 * r['reimport_s'] / r['s']:.1f} %) | {r['peak_mib']:.0f} MiB | "
            f"{r['load_before']:.1f} → {r['load_after']:.1f} | "
            f"{r['reads']:,.0f} | {1000 * r['read_max_s']:,.0f} ms; "
            f"{1000 * r['read_p95_s']:,.0f} ms | {r['reads_slow']:,.0f} | "
            f"{r['reads_blocked']:,.0f} | {'ok' if r['chain_ok'] else 'BROKEN'} | "
            f"{'yes' if r['content'] == first else 'NO'} |\n"
        )
    for r in runs:
        # The analyst's reads share the machine's cores with the import (the bare COPY runs
        # alone): their CPU is told apart, so a figure is read with what ran beside it.
        text += (
            f"\nAnalyst's program during {r['login']}, {r['lanes']} lane(s) (from its "
            f"start to the import's end): {r['reader_cpu']:.1f} s CPU, its server backend "
            f"{r['reader_server_cpu']:.1f} s.\n"
        )
    for r in runs:
        if r["problems"] or r["imported"] != made["packages"]:
            text += f"\nProblems ({r['login']}, {r['lanes']} lanes, {r['imported']} imported): "
            text += "; ".join(r["problems"][:5]) + "\n"
    return text


def run() -> str:
    pg_cluster.stop_on_sigterm()  # `timeout` unwinds like Ctrl+C: the clusters are stopped
    scale = float(os.environ.get("BENCH_SCALE", "1"))
    packages = int(os.environ.get("BENCH_PACKAGES", "100"))
    stations = int(os.environ.get("BENCH_WORKSTATIONS", "4"))
    plan = [r.split(":") for r in os.environ.get("BENCH_RUNS", "office:1,office:2").split(",")]
    cache = os.environ.get("BENCH_CACHE")
    where = Path(cache) if cache else Path(tempfile.mkdtemp(prefix="radprev-bench-sets-"))
    try:
        made_folder, made = real_packages.cached(where, int(10_000 * scale), packages, stations)
        order = real_packages.import_order(made_folder, made)
        runs = [
            one_run(made_folder, order, login, int(lanes), bare=n == 0)
            for n, (login, lanes) in enumerate(plan)
        ]
    finally:
        if not cache:
            shutil.rmtree(where, ignore_errors=True)
    return report(made, runs, scale)


if __name__ == "__main__":
    print(run())
