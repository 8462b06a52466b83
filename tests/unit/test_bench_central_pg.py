"""The central PostgreSQL benchmark, reduced, for correctness only (`make bench` measures).

It must run end to end on a real cluster: a real package imported, re-imported as
a no-op, the same rows COPYed into their twins, the same package into SQLCipher.
"""

from __future__ import annotations

from pathlib import Path

from tests.bench import bench_central_pg


def test_reduced_central_benchmark_runs(tmp_path: Path) -> None:
    figures = bench_central_pg.measure(0.005, tmp_path)
    assert figures["records"] > 0
    # Every row the import wrote was copied by the baseline (subjects, observations, reviews,
    # audit entries, index rows): more rows than records.
    assert figures["rows"] > figures["records"] / 2
    assert figures["pg_s"] > 0 and figures["copy_s"] > 0 and figures["lite_s"] > 0
    assert figures["reads"] >= 1  # an analyst read while the package imported
