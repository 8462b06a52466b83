"""The central PostgreSQL benchmark, reduced, for correctness only (`make bench` measures).

It must run end to end on a real cluster: real packages imported in order, re-imported
as no-ops, the same rows COPYed back into the same tables and into twins, the same
packages into SQLCipher as the application opens it (wiping of freed memory off) and, in a
child process, with the site setting that turns it on (decision 0026); a second run takes the cached packages, through the office's own
login (row security applies).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.bench import bench_central_pg

ROOT = Path(__file__).resolve().parents[2]


def _measured_as_the_application(run: Path, cache: Path) -> dict[str, Any]:
    """`measure` in its own process, as `make bench` runs it (the per-process SQLCipher
    settings of this test process's earlier tests cannot leak into it)."""
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys; from pathlib import Path; "
            "from tests.bench.bench_central_pg import measure; "
            "print(json.dumps(measure(0.005, Path(sys.argv[1]), packages=2, "
            "cache=Path(sys.argv[2]))))",
            str(run),
            str(cache),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def test_reduced_central_benchmark_runs(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (tmp_path / "run").mkdir()
    figures = _measured_as_the_application(tmp_path / "run", cache)
    assert figures["records"] > 0
    assert figures["packages"] == 2 and figures["workstations"] == 2  # side by side
    # Every row the import wrote was copied by the baseline (subjects, observations, reviews,
    # audit entries, index rows): more rows than records.
    assert figures["rows"] > figures["records"] / 2
    assert figures["pg_s"] > 0 and figures["copy_s"] > 0 and figures["pg_cpu"] > 0
    assert figures["twins_s"] > 0
    assert figures["reads"] >= 1  # an analyst read while the packages imported
    assert figures["reads_blocked"] >= 0  # counted (the bench prints it; load decides)
    on, off = figures["lite_on"], figures["lite_off"]
    assert on["wiping"] == 1 and off["wiping"] == 0  # the site setting's child; the application
    assert on["rows"] == off["rows"] == figures["rows"]  # the same rows on every store
    assert on["s"] > 0 and off["s"] > 0 and on["bare_s"] > 0
    text = bench_central_pg.report(figures, 0.005, (1.0,), (1.0,))
    assert "import / bare COPY" in text and "wiping off" in text
    assert "row security bypassed" in text
    (tmp_path / "again").mkdir()
    again = bench_central_pg.measure(
        0.005, tmp_path / "again", packages=2, lite=False, cache=cache, office_login=True
    )
    # The same packages (taken from the cache), imported under row security, the same rows.
    assert again["records"] == figures["records"] and again["rows"] == figures["rows"]
    assert "lite_on" not in again
    assert "row security applies" in bench_central_pg.report(again, 0.005, (1.0,), (1.0,))
