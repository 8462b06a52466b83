"""`make bench`: run every `bench_*.py` module, print figures, write docs/benchmarks.md.

Each module runs in its own process (so peak RSS figures are its own) and exposes
`run() -> str`, returning a Markdown section (a heading,
the machine conditions it assumes, and a table of figures). Benchmarks are not
tests: they measure, they do not assert. What a section of the file holds below
the line `KEEP` (measurements by hand, on idle machines, of earlier sessions) is
carried into the rewritten section, and a section no module wrote this time is
kept whole, so a run never erases the record. `BENCH_ONLY=records,foundation` runs a
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


KEEP = "<!-- make bench keeps what follows in this section -->"


def _sections(text: str) -> dict[str, str]:
    """The `## ` sections of a Markdown file by heading line, each with its heading."""
    found: dict[str, str] = {}
    heading = ""
    for line in text.splitlines(keepends=True):
        if line.startswith("## "):
            heading = line.strip()
            found[heading] = ""
        if heading:
            found[heading] += line
    return found


def merged(sections: list[str], old_text: str) -> list[str]:
    """This run's sections, each with what the old file kept below `KEEP`, then the
    old file's sections this run did not write."""
    old = _sections(old_text)
    out: list[str] = []
    for section in sections:
        heading = section.split("\n", 1)[0].strip()
        kept = old.pop(heading, "").partition(KEEP)[2]
        out.append(f"{section.rstrip()}\n\n{KEEP}{kept.rstrip()}\n" if kept.strip() else section)
    return out + [text.rstrip() + "\n" for text in old.values()]


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
    old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    OUT.write_text(header + "\n\n".join(merged(sections, old)) + "\n", encoding="utf-8")
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
