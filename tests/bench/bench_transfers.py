"""Records follow the prisoner, at scale (issue 15).

1. A transfer bundle of a 500-observation file (each observation reviewed): the
   central office builds it, the receiving workstation imports it (real vaults,
   real files on a temporary "stick").
2. The national overview PDF over 20 establishments and 1,000,000 observations
   (target ≤ 10 s): a central vault filled by core/demo.py, its subjects and their
   observations spread over 20 establishment codes.

Sizes are multiplied by BENCH_SCALE. Figures, not assertions.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

from radprev_desktop.core import demo
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.reports.national_overview import national_overview
from radprev_desktop.core.services import reviews, transfers
from radprev_desktop.core.sync import files, transfer_bundles, transfer_intake
from tests.factories import add_account, create_vault, login, subject, submitted
from tests.transfers_support import make_network

ESTABLISHMENTS = 20


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


def _national(tmp: Path, observations: int) -> list[str]:
    admin, _ = create_vault(tmp / "central", Mode.CENTRAL, "PL-CZ")
    add_account(admin, "ana", Role.ANALYST)
    try:
        started = time.perf_counter()
        demo.generate(admin, subjects=max(20, observations // 50), observations=observations)
        with admin.transaction() as con:
            con.execute(
                "UPDATE subjects SET establishment_code = printf('PL-E%02d', rowid % ?)",
                (ESTABLISHMENTS,),
            )
            con.execute(
                "UPDATE observations SET establishment_code = (SELECT s.establishment_code "
                "FROM subjects s WHERE s.id = observations.subject_id)"
            )
        fill = time.perf_counter() - started
        analyst = login(admin.folder, "ana")
        try:
            started = time.perf_counter()
            report = national_overview(analyst, date_from="2000-01-01", date_to="2099-12-31")
            took = time.perf_counter() - started
        finally:
            analyst.close()
    finally:
        admin.close()
    return [
        f"- national overview, {ESTABLISHMENTS} establishments, {observations:,} observations: "
        f"{took:.2f} s ({report.pages} pages; target ≤ 10 s at 1,000,000; fill {fill:.0f} s)",
    ]


def run() -> str:
    """Figures for `make bench`."""
    scale = _scale()
    lines = ["## Transfers and central reports", ""]
    with tempfile.TemporaryDirectory() as tmp:
        lines += _bundle(Path(tmp) / "bundle", max(5, int(500 * min(scale, 1.0))))
        lines += _national(Path(tmp) / "national", max(1000, int(1_000_000 * scale)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"- peak RSS {peak:.0f} MB")
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
