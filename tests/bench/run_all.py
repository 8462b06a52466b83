"""`make bench`: run every `bench_*.py` module, print figures, write docs/benchmarks.md.

Each module runs in its own process (so peak RSS figures are its own) and exposes
`run() -> str`, returning a Markdown section (a heading,
the machine conditions it assumes, and a table of figures). Benchmarks are not
tests: they measure, they do not assert. `BENCH_ONLY=records,foundation` runs a
subset; `BENCH_SCALE=0.1` shrinks generated data for a quick look.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "docs" / "benchmarks.md"


def run_module(name: str) -> str:
    """Run one benchmark in its own process, so its peak RSS is its own."""
    code = f"import sys; from tests.bench import {name} as m; sys.stdout.write(m.run())"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=HERE.parents[1],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        return f"## {name}\n\nThe benchmark failed (exit code {result.returncode}).\n"
    return result.stdout


def main() -> int:
    only = {s.strip() for s in os.environ.get("BENCH_ONLY", "").split(",") if s.strip()}
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    sections: list[str] = []
    for name in modules:
        area = name.removeprefix("bench_")
        if only and area not in only:
            continue
        print(f"== {area} ==", flush=True)
        start = time.perf_counter()
        section = run_module(name)
        print(section, flush=True)
        print(f"({area}: {time.perf_counter() - start:.0f} s)", flush=True)
        sections.append(section)
    header = (
        "# Benchmarks\n\n"
        "Figures printed by `make bench` on generated (synthetic) data. "
        f"Last run: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()}.\n\n"
    )
    if only and OUT.exists():
        print(f"(subset run: {OUT} not rewritten)")
        return 0
    OUT.write_text(header + "\n\n".join(sections) + "\n", encoding="utf-8")
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
