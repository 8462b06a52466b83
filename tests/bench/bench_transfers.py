"""Records follow the prisoner, at scale (issue 15).

A transfer bundle of a 500-observation file (each observation reviewed): the
central office builds it, the receiving workstation imports it (real vaults,
real files on a temporary "stick"). The national overview over 20 establishments and 1,000,000 observations is
measured by bench_central_reports.py.

Sizes are multiplied by BENCH_SCALE. Figures, not assertions.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

from radprev_desktop.core.services import reviews, transfers
from radprev_desktop.core.sync import files, transfer_bundles, transfer_intake
from tests.factories import subject, submitted
from tests.transfers_support import make_network


def _scale() -> float:
    try:
        return max(0.001, float(os.environ.get("BENCH_SCALE", "1.0")))
    except ValueError:
        return 1.0


def _bundle(tmp: Path, count: int) -> list[str]:
    net = make_network(tmp, "PL-A", "PL-B")
    try:
        a, b = net.prisons["PL-A"], net.prisons["PL-B"]
        prisoner = subject(a.officer, "A-500", "Dąbrowski", "Marek")
        for i in range(count):
            seen = submitted(
                a.officer,
                prisoner.id,
                facts=f"Observation {i}: spoke with others in the yard.",
                event_start=f"2026-{1 + i % 9:02d}-{1 + i % 28:02d}T10:{i % 60:02d}",
            )
            reviews.accept(a.supervisor, seen)
        transfers.record_transfer(
            a.officer, prisoner.id, to_establishment="PL-B", transfer_date="2026-10-01"
        )
        net.deliver("PL-A")
        started = time.perf_counter()
        issued = transfer_bundles.issue_transfer_bundle(net.analyst, prisoner.id, net.usb)
        build = time.perf_counter() - started
        started = time.perf_counter()
        report = files.import_file(b.admin, issued.path, prison_number="B-1", unit="A")
        taken = time.perf_counter() - started
        assert isinstance(report, transfer_intake.TransferReport)
        size = issued.path.stat().st_size
        return [
            f"- transfer bundle of a {count}-observation file ({issued.records} records, "
            f"{size / 1024:.0f} KiB): build {build:.2f} s, import {taken:.2f} s",
        ]
    finally:
        net.close()


def run() -> str:
    """Figures for `make bench`."""
    scale = _scale()
    lines = ["## Transfers and central reports", ""]
    with tempfile.TemporaryDirectory() as tmp:
        lines += _bundle(Path(tmp) / "bundle", max(5, int(500 * min(scale, 1.0))))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"- peak RSS {peak:.0f} MB")
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
