"""One SQLCipher central import and its bare executemany, for A/B runs of the importer's CPU.

`python -m tests.bench.central_import_ab CACHE LINES PACKAGES [OUT.jsonl]`: the package set
of `bench_central_pg.package_set` (made in CACHE if missing) imported into a copy of its
office under /dev/shm through `files.import_packages` (as `radprev import FOLDER` does),
then `central_baselines.bare_executemany` on the same connection; one JSON line with the
importing process's CPU (`process_time`) and the importing thread's own (`thread_time`: without
the threads beside it, decision 0048), the checking worker's (ended children), the bare
insert's CPU and wall, their ratio, the load, peak RSS and CLOCK_MONOTONIC marks around both
phases (for `perf record -k CLOCK_MONOTONIC … --time`). The office copy is removed after.

Environment: `AB_WAIT=1` uses the worker's checks even when late (prefetch.WAIT_FOR_LATE_CHECKS:
under load a late worker otherwise puts its checks back on the importing thread, and the A/B
then measures the neighbours); `AB_FIRST=N` imports only the first N packages (callgrind).
Run A and B from two source trees with PYTHONPATH, interleaved and in both orders (the second
run of a pair tends to be the faster one on this machine: docs/benchmarks.md, session 12).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.sync import prefetch
from tests.bench.bench_central_pg import _children_cpu, _import_all, package_set
from tests.bench.central_baselines import bare_executemany
from tests.factories import ADMIN, ADMIN_PASSWORD


def measure(cache: Path, lines: int, packages: int) -> dict[str, Any]:
    made = package_set(cache, lines, packages, min(4, packages))
    order = made["order"][: int(os.environ.get("AB_FIRST", "0")) or None]
    prefetch.WAIT_FOR_LATE_CHECKS = os.environ.get("AB_WAIT", "") == "1"
    base = Path(tempfile.mkdtemp(prefix="central-ab-", dir="/dev/shm"))
    try:
        shutil.copytree(Path(made["folder"]) / "central", base / "central")
        lite = VaultAccess(base / "central").login(ADMIN, ADMIN_PASSWORD).session
        marks = [time.clock_gettime(time.CLOCK_MONOTONIC)]
        cpu, children, own = time.process_time(), _children_cpu(), time.thread_time()
        wall = _import_all(lite, order)
        own = time.thread_time() - own
        cpu, worker = time.process_time() - cpu, _children_cpu() - children
        marks.append(time.clock_gettime(time.CLOCK_MONOTONIC))
        bare = bare_executemany(lite.con)
        marks.append(time.clock_gettime(time.CLOCK_MONOTONIC))
        lite.close()
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return {
        "packages": len(order),
        "import_wall": wall,
        "import_cpu": cpu,
        "import_thread_cpu": own,
        "worker_cpu": worker,
        "bare_wall": bare["s"],
        "bare_cpu": bare["cpu"],
        "rows": bare["rows"],
        "cpu_ratio": cpu / bare["cpu"],
        "load": os.getloadavg()[0],
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "marks": marks,
    }


def main(argv: list[str]) -> None:
    figures = measure(Path(argv[0]), int(argv[1]), int(argv[2]))
    print(json.dumps(figures))
    if len(argv) > 3:
        with open(argv[3], "a", encoding="utf-8") as out:
            out.write(json.dumps(figures) + "\n")


if __name__ == "__main__":  # the checking worker is spawned: it must not run this again
    main(sys.argv[1:])
