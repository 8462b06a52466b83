"""A fatal crash of either program leaves no core dump (decision 0026).

A core dump is an image of the process's memory: decrypted pages, records held in
Python strings, the vault key. Both programs set the core-size limit to 0 (soft and
hard) as they start. Each probe starts with the limit raised as far as allowed
(positive control: it could dump), runs the program's real start-up, and reports
the limit afterwards.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBES = {
    # The command line's console-script entry, as `radprev --version` runs it.
    "cli": (
        "import resource, sys; from radprev_desktop.cli.main import run\n"
        "sys.argv = ['radprev', '--version']\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
    ),
    # The desktop program's crash handling, installed on a real QApplication.
    "desktop": (
        "import resource; from PySide6.QtWidgets import QApplication\n"
        "from radprev_desktop.gui import crash\n"
        "crash.install(QApplication([]))\n"
    ),
}


def _raise_core_limit() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


@pytest.mark.parametrize("program", sorted(PROBES))
def test_no_core_dump_after_start(tmp_path: Path, program: str) -> None:
    code = (
        "import json, resource\n"
        "before = resource.getrlimit(resource.RLIMIT_CORE)\n"
        + PROBES[program]
        + "print(json.dumps([before, resource.getrlimit(resource.RLIMIT_CORE)]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "RADPREV_LOG_DIR": str(tmp_path / "logs"),
        },
        preexec_fn=_raise_core_limit,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = json.loads(result.stdout.strip().splitlines()[-1])
    assert before[0] != 0, before  # the child could have dumped core before the start-up
    assert after == [0, 0], after
