"""Start-up of `radprev --version`/`--help` against bare `import sqlcipher3`; the bundle.

The CLI's budget is 0.3 s for --version and --help (issue 9). The reference is
the interpreter importing only the SQLCipher binding, the least any real command
needs. Each figure is the median of several cold-ish runs (a new process each).
The bundle's build time and size come from dist/figures.txt (`make dist`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RADPREV = str(Path(sys.executable).parent / "radprev")
BUDGET_S = 0.3
BUNDLE_BUDGET_MIB = 250


def _median_seconds(argv: list[str], runs: int) -> float:
    env = {**os.environ, "RADPREV_LOG_DIR": str(ROOT / "build" / "bench-logs")}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _bundle_rows() -> list[str]:
    figures = ROOT / "dist" / "figures.txt"
    if not figures.exists():
        return ["| bundle | not built (run `make dist` first) |"]
    values = dict(line.split(" ", 1) for line in figures.read_text().splitlines() if " " in line)
    rows = [
        f"| `make dist` build time (PyInstaller, notices, completion) | {values['build_seconds']} s |",
        f"| one-folder bundle size, unpacked (budget {BUNDLE_BUDGET_MIB} MiB) | "
        f"{values['bundle_mib']} MiB |",
    ]
    frozen = ROOT / "dist" / "radprev" / "radprev"
    if frozen.exists():
        rows.append(
            f"| bundled `radprev --version` | {_median_seconds([str(frozen), '--version'], 5):.3f} s |"
        )
    return rows


def run() -> str:
    """The Markdown section for docs/benchmarks.md."""
    runs = max(3, int(11 * float(os.environ.get("BENCH_SCALE", "1"))))
    bare = _median_seconds([sys.executable, "-c", "pass"], runs)
    sqlcipher = _median_seconds([sys.executable, "-c", "import sqlcipher3"], runs)
    version = _median_seconds([RADPREV, "--version"], runs)
    help_ = _median_seconds([RADPREV, "--help"], runs)
    lines = [
        "## Release: start-up and bundle",
        "",
        f"Median of {runs} runs, each a new process (venv console script). Budget for "
        f"`--version` and `--help`: {BUDGET_S} s.",
        "",
        "| measure | figure |",
        "|---|---|",
        f"| `python -c pass` | {bare:.3f} s |",
        f"| `python -c 'import sqlcipher3'` (reference) | {sqlcipher:.3f} s |",
        f"| `radprev --version` | {version:.3f} s ({version / sqlcipher:.1f}× the reference) |",
        f"| `radprev --help` (all 23 commands) | {help_:.3f} s |",
        *_bundle_rows(),
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
