"""`make torture`: run every `torture_*.py` module in its own process and print its figures.

Torture runs are the long, hostile versions of tests that `make test` runs reduced
(hostile files, kills at random points, memory peaks). Each module exposes
`run() -> str` returning a Markdown section; a module whose checks fail exits
non-zero and `make torture` fails. `TORTURE_ONLY=packages` runs a subset.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_module(name: str) -> tuple[bool, str]:
    """One torture module in its own process (so its peak memory is its own)."""
    code = f"import sys; from tests.torture import {name} as m; sys.stdout.write(m.run())"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=HERE.parents[1],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        return False, f"## {name}\n\nFAILED (exit code {result.returncode}).\n"
    return True, result.stdout


def main() -> int:
    only = {s.strip() for s in os.environ.get("TORTURE_ONLY", "").split(",") if s.strip()}
    failed = 0
    for path in sorted(HERE.glob("torture_*.py")):
        area = path.stem.removeprefix("torture_")
        if only and area not in only:
            continue
        print(f"== {area} ==", flush=True)
        start = time.perf_counter()
        ok, section = run_module(path.stem)
        failed += not ok
        print(section, flush=True)
        print(f"({area}: {time.perf_counter() - start:.0f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
