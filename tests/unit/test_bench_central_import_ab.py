"""The A/B tool for the SQLCipher central import (tests/bench/central_import_ab.py), reduced:
run as a program (its checking worker is spawned, so the module must not run itself again),
it imports a small real package set and writes one JSON line with the import's and the bare
executemany's figures; the office copy it made is gone after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_ab_tool_measures_one_import_and_its_bare_insert(tmp_path: Path) -> None:
    out = tmp_path / "ab.jsonl"
    before = {p.name for p in Path("/dev/shm").glob("central-ab-*")}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.bench.central_import_ab", str(tmp_path / "cache"),
         "60", "3", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=600, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT), "AB_WAIT": "1"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    figures = json.loads(out.read_text().splitlines()[-1])
    assert figures["packages"] == 3
    assert figures["rows"] > 60  # records, audit entries and index rows, copied back
    assert figures["import_cpu"] > 0 and figures["bare_cpu"] > 0 and figures["worker_cpu"] > 0
    assert figures["cpu_ratio"] == figures["import_cpu"] / figures["bare_cpu"]
    assert figures["marks"] == sorted(figures["marks"]) and len(figures["marks"]) == 3
    assert {p.name for p in Path("/dev/shm").glob("central-ab-*")} == before
