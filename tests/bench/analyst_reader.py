"""An analyst's program reading the PostgreSQL store while the central import runs.

Issue 16 item 3: the import "never blocks analysts' reads for more than a second". A
reader thread inside the importing process (the earlier bench) shares the importer's
interpreter lock, so its long reads said as much about the GIL as about the store. Here
the analyst is another process, as at the office: its own interpreter, its own server
connection, logged in through the login door as a real analyst account (bound to it, so
row security follows the account's grants). It lists observations every 50 ms and opens
one listed prisoner's file every tenth read (both audited consultations, which append to
the audit chain). Its connection gives up waiting for a lock after 1 s (`lock_timeout`):
such reads are counted as blocked, so a read that waited for a lock is told apart from
one that waited for a core. The process's and its server backend's CPU are kept too.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from pathlib import Path
from typing import Any

import psycopg

from radprev_desktop.core.model import Justification, JustificationReason, Role
from radprev_desktop.core.services import access_grants, search, subject_file
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from tests.bench.central_baselines import backend_cpu
from tests.factories import PASSWORD, add_account

WHY = Justification(JustificationReason.SUPERVISION, "benchmark: reads during an import")
#: Reads slower than this count against the issue's "more than a second".
SLOW_S = 1.0


def add_analyst(admin: Session, name: str, establishments: list[str]) -> None:
    """A real analyst account granted `establishments` (password tests.factories.PASSWORD)."""
    add_account(admin, name, Role.ANALYST, units=[])
    for code in establishments:
        access_grants.grant_establishment(admin, name, "benchmark analyst", code)


def _read_once(session: Session, number: int) -> None:
    listing = search.list_observations(session, limit=50).items
    if listing and number % 10 == 0:
        subject_file.open_subject_file(session, listing[0].subject_id, WHY)


def reader_main(folder: str, username: str, out: str, stop: str) -> None:
    """The analyst's program: read until `stop` exists; write the figures to `out`."""
    session = VaultAccess(Path(folder)).login(username, PASSWORD).session
    session.justification = (WHY.reason.value, WHY.text)
    session.con.execute("SET lock_timeout = '1s'")
    reads: list[tuple[float, float]] = []  # (started, seconds)
    blocked = 0
    cpu, server = time.process_time(), backend_cpu(session.con)  # type: ignore[arg-type]
    Path(out + ".ready").touch()
    try:
        while not Path(stop).exists():
            at, started = time.time(), time.perf_counter()
            try:
                _read_once(session, len(reads))
            except psycopg.errors.LockNotAvailable:
                blocked += 1
            reads.append((at, time.perf_counter() - started))
            time.sleep(0.05)
        cpu = time.process_time() - cpu
        server = backend_cpu(session.con) - server  # type: ignore[arg-type]
    finally:
        session.close()
    Path(out).write_text(
        json.dumps({"reads": reads, "blocked": blocked, "cpu": cpu, "server_cpu": server})
    )


class AnalystReader:
    """Start the analyst's program, wait until it reads; `stop()` returns its figures."""

    def __init__(self, folder: Path, username: str, work: Path) -> None:
        self.out, self.stop_file = work / f"{username}.json", work / f"{username}.stop"
        context = multiprocessing.get_context("spawn")
        self.process = context.Process(
            target=reader_main, args=(str(folder), username, str(self.out), str(self.stop_file))
        )
        self.process.start()
        deadline = time.monotonic() + 120
        while not Path(str(self.out) + ".ready").exists():
            if not self.process.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the analyst's program did not start")
            time.sleep(0.05)

    def stop(self, window: tuple[float, float]) -> dict[str, Any]:
        """Stop it; figures of the reads that started inside `window` (epoch seconds)."""
        self.stop_file.touch()
        self.process.join(120)
        if self.process.exitcode != 0:
            raise RuntimeError(f"the analyst's program failed ({self.process.exitcode})")
        data = json.loads(self.out.read_text())
        during = sorted(s for at, s in data["reads"] if window[0] <= at <= window[1])
        return {
            "reads": float(len(during)),
            "read_max_s": during[-1] if during else 0.0,
            "read_p95_s": during[int(0.95 * (len(during) - 1))] if during else 0.0,
            "reads_slow": float(sum(1 for s in during if s > SLOW_S)),
            "reads_blocked": float(data["blocked"]),
            "reader_cpu": float(data["cpu"]),
            "reader_server_cpu": float(data["server_cpu"]),
        }
