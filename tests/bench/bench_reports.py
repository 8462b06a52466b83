"""PDF reports at scale: a long subject summary and a unit summary over many files.

A subject with 500 observations (about 60 pages) is summarised (target ≤ 2 s),
and a unit/period summary is made over 5,000 subjects and 50,000 observations
(target ≤ 5 s), both on SQLCipher vaults filled by core/demo.py; sizes are
multiplied by BENCH_SCALE. Figures, not assertions; peak RSS is the process's.
"""

from __future__ import annotations

import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from radprev_desktop.core import crypto, demo
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.reports.blank_checklist import blank_checklist, stored_template
from radprev_desktop.core.reports.observation_record import observation_record
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.reports.unit_summary import unit_summary
from radprev_desktop.core.services import observations, subject_search, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session

KDF = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
PASSWORD = "bench-password-1"
UNITS = [("A", "Wing A"), ("B", "Wing B"), ("C", "Wing C"), ("D", "Wing D")]


def _scale() -> float:
    try:
        return max(0.001, float(os.environ.get("BENCH_SCALE", "1.0")))
    except ValueError:
        return 1.0


def _vault(folder: Path, subjects: int, observations_: int) -> tuple[Session, float]:
    """A demo-filled vault; returns a supervisor's session and the fill time."""
    created = VaultAccess(folder).create(
        mode=Mode.WORKSTATION,
        establishment_code="PL-BEN1",
        establishment_name="Zakład Karny Benchmarkowo",
        admin_username="admin",
        admin_password=PASSWORD,
        kdf=KDF,
        units=UNITS,
    )
    admin = created.session
    users.add_user(
        admin,
        "sup",
        PASSWORD,
        [Role.SUPERVISOR],
        display_name="Stefan Supervisor",
        staff_code="S-1",
        units=[u for u, _ in UNITS],
        must_change_password=False,
    )
    start = time.perf_counter()
    demo.generate(admin, subjects=subjects, observations=observations_, seed=7)
    fill = time.perf_counter() - start
    admin.close()
    return VaultAccess(folder).login("sup", PASSWORD).session, fill


def _timed(fn: Callable[[], object], runs: int = 3) -> tuple[float, object]:
    times: list[float] = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run() -> str:
    """Time the reports; return a Markdown section."""
    scale = _scale()
    n_long = max(1, round(500 * scale))
    n_subjects = max(1, round(5000 * scale))
    n_obs = max(1, round(50_000 * scale))
    rows: list[str] = []
    with tempfile.TemporaryDirectory(prefix="radprev-bench-reports-") as tmp:
        sup, fill = _vault(Path(tmp) / "long", 1, n_long)
        subject_id = subject_search.list_subjects(sup, limit=1).items[0].id
        seconds, report = _timed(
            lambda: subject_summary(sup, subject_id, justification="bench: timing")
        )
        pages = getattr(report, "pages", 0)
        size = len(getattr(report, "pdf", b""))
        rows.append(
            f"| subject summary, {n_long:,} observations | {pages} pages, {size / 1e6:.1f} MB "
            f"| {seconds:.2f} s | ≤ 2 s |"
        )
        first = observations.list_for_subject(sup, subject_id, limit=1)[0]
        seconds, _ = _timed(
            lambda: observation_record(sup, first.id, justification="bench: timing"), runs=5
        )
        rows.append(f"| observation record | 1–2 pages | {seconds * 1000:.0f} ms | – |")
        template = stored_template(sup)
        seconds, report = _timed(lambda: blank_checklist(sup, template), runs=3)
        rows.append(
            f"| blank checklist (sample template) | {getattr(report, 'pages', 0)} pages "
            f"| {seconds * 1000:.0f} ms | – |"
        )
        sup.close()

        sup, fill_unit = _vault(Path(tmp) / "unit", n_subjects, n_obs)
        today = date.today()
        seconds, report = _timed(
            lambda: unit_summary(
                sup,
                date_from=(today - timedelta(days=365)).isoformat(),
                date_to=today.isoformat(),
                justification="bench: timing",
            )
        )
        rows.append(
            f"| unit summary, all units, 1 year, {n_subjects:,} subjects / {n_obs:,} "
            f"observations | {getattr(report, 'pages', 0)} pages | {seconds:.2f} s | ≤ 5 s |"
        )
        seconds, report = _timed(
            lambda: unit_summary(
                sup,
                unit_code="A",
                date_from=(today - timedelta(days=31)).isoformat(),
                date_to=today.isoformat(),
                justification="bench: timing",
            )
        )
        rows.append(
            f"| unit summary, wing A, 1 month | {getattr(report, 'pages', 0)} pages "
            f"| {seconds:.2f} s | – |"
        )
        sup.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (
        "## Reports: PDF summaries\n\n"
        f"BENCH_SCALE={scale:g}. SQLCipher vaults filled by core/demo.py (seed 7; "
        f"{fill:.1f} s and {fill_unit:.1f} s to fill). Median of 3 runs (observation record: "
        "5), each a full build in memory with the embedded DejaVu Sans, page furniture and "
        "the audit entry.\n\n"
        "| report | size | time | target |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\nPeak RSS of the benchmark process: {peak_mb:.0f} MB.\n"
    )


if __name__ == "__main__":
    print(run())
