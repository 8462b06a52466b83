"""The suite's hang guard (pyproject: faulthandler_timeout, faulthandler_exit_on_timeout): a
test that never returns ends its process with the stacks shown, so a hung run fails in minutes
instead of at CI's time limit."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HANGING = """
import threading


def test_waits_for_ever() -> None:
    threading.Event().wait()
"""


def test_the_suite_is_configured_to_end_a_hung_test() -> None:
    ini = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    options = ini["tool"]["pytest"]["ini_options"]
    assert options["faulthandler_exit_on_timeout"] is True
    assert 300 <= float(options["faulthandler_timeout"]) <= 1800


def test_a_hanging_test_ends_its_process_with_the_stacks(tmp_path: Path) -> None:
    # Inside tests/ so that the project's pytest settings apply; removed afterwards.
    target = ROOT / "tests" / "unit" / f"test_zz_hangs_{os.getpid()}.py"
    target.write_text(HANGING, encoding="utf-8")
    try:
        started = time.monotonic()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-n0",
                "-o",
                "faulthandler_timeout=3",
                str(target),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        took = time.monotonic() - started
    finally:
        target.unlink()
    assert done.returncode != 0
    shown = done.stdout + done.stderr
    assert "Timeout" in shown and "test_waits_for_ever" in shown, shown[-2000:]
    assert took < 100
