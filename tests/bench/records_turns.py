"""Both stores of the records benchmark timed at once: two children, blocks taking turns.

The parent (`take_turns`) starts one child per store (`bench_records child ...`, each with
its own engine settings, page cache and peak RSS), lets each fill or open its store, then
sends both the same blocks of operations, keyed first for one block and unkeyed first for
the next; each child times its own calls, so the pipe's round trip is in no timing. A burst
of load on the shared machine then falls on both stores alike (decision 0043).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

CHILD_FLAG = "RADPREV_BENCH_RECORDS_CHILD"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


OPS = ("save", "open", "search", "list")


BLOCK = {"save": 25, "open": 2, "search": 12, "list": 6}


def summarise(walls: dict[str, list[float]], cpus: dict[str, list[float]]) -> dict[str, float]:
    """The figures of one store from its timed operations (milliseconds)."""
    figures = {
        "save_p50": statistics.median(walls["save"]),
        "save_p95": _pct(walls["save"], 0.95),
        "open_file_median": statistics.median(walls["open"]),
        "search_p50": statistics.median(walls["search"]),
        "search_p95": _pct(walls["search"], 0.95),
        "list_p50": statistics.median(walls["list"]),
        "list_p95": _pct(walls["list"], 0.95),
    }
    for name, values in cpus.items():
        figures[f"{name}_cpu_p50"] = statistics.median(values)
    return figures


class _Child:
    """One store served by a fresh process (its own engine settings, page cache and peak RSS)."""

    def __init__(self, store: str, scale: float, folder: Path) -> None:
        self.store = store
        self._errors = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 -- closed in finish()
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.bench.bench_records",
                "child",
                store,
                str(scale),
                str(folder),
            ],
            cwd=Path(__file__).resolve().parents[2],
            env=dict(os.environ, **{CHILD_FLAG: "1"}),  # BENCH_RECORDS_REUSE passes through
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            text=True,
            bufsize=1,
        )
        self._answer()  # {"ready": store}: filled (or opened) and waiting, nothing timed yet

    def _answer(self) -> str:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            self._process.wait()
            self._errors.seek(0)
            raise RuntimeError(f"the {self.store} run failed:\n{self._errors.read()[-2000:]}")
        return line

    def run(self, op: str, block: range) -> list[tuple[float, float]]:
        """Run one block of timed operations in the child; each one's wall and CPU ms."""
        assert self._process.stdin is not None
        self._process.stdin.write(f"{op} {block.start} {block.stop}\n")
        self._process.stdin.flush()
        return [(float(wall), float(cpu)) for wall, cpu in json.loads(self._answer())]

    def finish(self) -> dict[str, Any]:
        """Close the store and end the child; the figures it measured itself."""
        assert self._process.stdin is not None
        self._process.stdin.write("done\n")
        self._process.stdin.flush()
        figures: dict[str, Any] = json.loads(self._answer())
        self._process.stdin.close()
        self._process.wait()
        self._errors.close()
        return figures

    def kill(self) -> None:
        """End a child left running by a failure of the other one."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()


def take_turns(
    scale: float, folder: Path, schedule: list[tuple[str, range]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The vault's and the unkeyed store's figures, each store in its own child process, both
    alive while timed: the same blocks of operations alternate between them (keyed first,
    then unkeyed first at the next block), so noise on the shared machine falls on both
    alike. The fills run one after the other, before any timing (a kept pair: no fill)."""
    children: list[_Child] = []
    try:
        children.append(_Child("keyed", scale, folder / "keyed"))
        children.append(_Child("unkeyed", scale, folder / "unkeyed"))
        walls = {c.store: {op: [] for op in OPS} for c in children}
        cpus = {c.store: {op: [] for op in OPS} for c in children}
        paired: dict[str, list[float]] = {op: [] for op in OPS}
        load_before = os.getloadavg()[0]
        for k, (op, block) in enumerate(schedule):
            turn = children if k % 2 == 0 else children[::-1]
            medians = {}
            for child in turn:
                timed = child.run(op, block)
                walls[child.store][op].extend(wall for wall, _ in timed)
                cpus[child.store][op].extend(cpu for _, cpu in timed)
                medians[child.store] = statistics.median(wall for wall, _ in timed)
            paired[op].append(medians["keyed"] / medians["unkeyed"])
        load_after = os.getloadavg()[0]
        keyed, unkeyed = (c.finish() for c in children)
    finally:
        for child in children:
            child.kill()
    for figures, store in ((keyed, "keyed"), (unkeyed, "unkeyed")):
        figures.update(summarise(walls[store], cpus[store]))
        figures["load_before"], figures["load_after"] = load_before, load_after
    for op in OPS:  # the median of the blocks' ratios, beside the ratio of the p50s
        keyed[f"{op}_paired_ratio"] = statistics.median(paired[op])
    return keyed, unkeyed
