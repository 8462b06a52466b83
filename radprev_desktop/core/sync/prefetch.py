"""Checking the next package's parts in a second process while this one is applied.

A central office imports many packages in a row (files.import_packages). The importing
thread is busy all the time: the engine's writes and the store bookkeeping (which read
the office's data) alternate with the Python checks of each line (JSON, the kind's
schema and rules, the audit lines' hashes and links), which depend only on the
package's bytes. A worker process makes those checks for package k+1 while package k
is applied, so a second core does them (decision 0036). A thread cannot: the driver
takes the interpreter lock back for every row of an executemany, and a busy Python
thread beside it makes each take-back wait (sys.getswitchinterval).

Rules the worker keeps:
- it is given a package only after the importing process authenticated it against
  the enrolled keys (importer.authentic_ahead): no untrusted bytes are parsed first;
- it gets the plaintext parts over a pipe, never a key and never a file, and sends
  back plain values (marshal); it reads no store;
- its verdicts are those of the importing thread's own checks on the same bytes
  (the same functions), used in the package's own turn, after the package before it
  committed; anything it cannot give (a worker that died) is checked there as before.

"spawn" everywhere (Windows has nothing else; a fork would copy a process holding keys,
threads and Qt); the frozen bundle's entry points call multiprocessing.freeze_support.
"""

from __future__ import annotations

import contextlib
import marshal
import multiprocessing
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, NamedTuple

from radprev_desktop.core.sync.container import sha256_hex
from radprev_desktop.core.sync.import_audit import AUDIT_PART, CheckedAudit, check_audit_lines
from radprev_desktop.core.sync.import_records import (
    RECORDS_PART,
    CheckedRecords,
    check_record_lines,
    without_cycle_collection,
)
from radprev_desktop.core.sync.registry import sync_kinds

#: Seconds the worker is given to end after the last package before it is stopped.
_END_WAIT = 5.0
#: Wait for checks that are not ready in their package's turn instead of making them in
#: the importing thread (tests set it, to know which packages the worker checked).
WAIT_FOR_LATE_CHECKS = False


class PackageChecks(NamedTuple):
    """The checks of one package's parts, made before its turn (`hash`: the package's;
    `digests`: each part's SHA-256; `records`/`audit` None when a part's hash is not the one
    its manifest lists: then nothing was parsed, and the package's turn refuses it)."""

    hash: str
    digests: dict[str, str]
    records: CheckedRecords | None
    audit: CheckedAudit | None


def check_package(
    hash_: str, ws: str, seq: int, parts: dict[str, bytes], expected: dict[str, str]
) -> PackageChecks:
    """The parts' hashes, then — only when each is the one the (authenticated) manifest
    lists — the records' and the audit lines' checks."""
    digests = {name: sha256_hex(data) for name, data in parts.items()}
    if any(expected.get(name) != digest for name, digest in digests.items()):
        return PackageChecks(hash_, digests, None, None)
    with without_cycle_collection():
        return PackageChecks(
            hash_,
            digests,
            check_record_lines(parts.get(RECORDS_PART, b""), sync_kinds(), prepare=True),
            check_audit_lines(ws, seq, parts.get(AUDIT_PART, b"")),
        )


def serve(conn: Connection) -> None:
    """The worker: a package's parts in, its checks out, until an empty message or EOF.
    Its cycle collector stays paused while it serves: re-enabled after each package, its
    first collection walked every object of the answer still being sent (≈ 6 % of the
    worker's CPU, sampled); the checks make no cycles (import_records.without_cycle_collection)."""
    with without_cycle_collection():
        _serve(conn)


def _serve(conn: Connection) -> None:
    while True:
        try:
            message = conn.recv_bytes()
        except EOFError:
            return
        if not message:
            return
        checks = check_package(*marshal.loads(message))
        # marshal takes plain tuples only (not named ones); the importer rebuilds them.
        records = None if checks.records is None else tuple(checks.records)
        audit = None if checks.audit is None else tuple(checks.audit)
        payload: Any = (checks.hash, checks.digests, records, audit)
        conn.send_bytes(marshal.dumps(payload))


class Prefetcher:
    """One worker process, started at the first package handed to it; one package at a
    time: `submit` the next, `take` its checks in its turn. The importing thread never
    waits for the worker: checks not ready in the package's turn are made there instead
    (a busy machine, the worker's start), and the worker's late answer is dropped unread
    before it is given another package."""

    def __init__(self) -> None:
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._pending: str | None = None
        self._late = 0
        self._sender: threading.Thread | None = None
        self._send_failed = False
        self._received: PackageChecks | bool | None = None  # see receive
        self.broken = False

    def _join_sender(self) -> None:
        if self._sender is not None:
            self._sender.join()
            self._sender = None

    @property
    def pid(self) -> int | None:
        """The worker's process id (benchmarks read its CPU time), None before it started."""
        return None if self._process is None else self._process.pid

    def submit(
        self, hash_: str, ws: str, seq: int, parts: dict[str, bytes], expected: dict[str, str]
    ) -> bool:
        """Hand an authenticated package's parts (and the hashes its manifest lists for
        them) to the worker; False when it cannot take it."""
        if self._conn is not None:
            self._drop_late(self._conn)
        if self.broken or self._pending is not None or self._late:
            return False
        self._join_sender()  # the worker read the message before (it answered it)
        message = marshal.dumps((hash_, ws, seq, parts, expected))
        conn = self._start()
        # Sent by a thread: the first package waits for the worker to start (≈ 1 s), and
        # the importing thread goes on meanwhile; the sender holds the interpreter lock
        # only between writes to the pipe.
        self._sender = threading.Thread(
            target=self._send, args=(conn, message), name="radprev-package-send", daemon=True
        )
        self._sender.start()
        self._pending = hash_
        return True

    def _send(self, conn: Connection, message: bytes) -> None:
        try:
            conn.send_bytes(message)
        except OSError:
            self._send_failed = True

    def receive(self) -> None:
        """Unmarshal the pending package's checks now if the worker's answer is already
        there; `take` then hands them out. Run in a second thread while the importing thread
        commits the package before (Session.beside_next_commit, decision 0048): unmarshalling
        holds the interpreter lock, the commit does not. Touches nothing the importing
        thread uses meanwhile. With WAIT_FOR_LATE_CHECKS it waits for the answer (as `take`
        would), so tests and benchmarks see the division of work of a worker that keeps up."""
        conn = self._conn
        if conn is None or self._pending is None or self._late or self.broken:
            return
        if self._received is not None or self._send_failed:
            return
        if WAIT_FOR_LATE_CHECKS or conn.poll(0):
            self._received = self._answer(conn)

    def take(self, hash_: str) -> PackageChecks | None:
        """The checks of the package handed out last, when it is this one and they are
        ready (or WAIT_FOR_LATE_CHECKS); else None: the caller checks it itself."""
        conn = self._conn
        if conn is None:
            return None
        self._drop_late(conn)
        if self._pending is None or self._pending != hash_ or self.broken:
            return None
        self._pending = None
        received, self._received = self._received, None
        if received is None:
            ready = self._send_failed or WAIT_FOR_LATE_CHECKS or conn.poll(0)
            if self._late or not ready:
                self._late += 1
                return None
            received = False if self._send_failed else self._answer(conn)
        if received is False:
            self._lost()
            return None
        return received if isinstance(received, PackageChecks) else None

    def _answer(self, conn: Connection) -> PackageChecks | bool:
        """The worker's answer to the pending package, unmarshalled; False: the worker is
        gone."""
        self._join_sender()  # the worker read the message before (it answered it)
        try:
            message = conn.recv_bytes()
            # Hundreds of thousands of objects at once: no cycle collection meanwhile.
            with without_cycle_collection():
                got, digests, records, audit = marshal.loads(message)
        except (EOFError, OSError):
            return False
        if records is None or audit is None:
            return PackageChecks(got, digests, None, None)
        return PackageChecks(got, digests, CheckedRecords(*records), CheckedAudit(*audit))

    def _drop_late(self, conn: Connection) -> None:
        """Read and drop the answers that came too late, as far as they are there."""
        while self._late and conn.poll(0):
            try:
                conn.recv_bytes()
            except (EOFError, OSError):
                self._lost()
                return
            self._late -= 1

    def close(self) -> None:
        """End the worker: asked when idle; stopped when it still works on a package whose
        checks are not wanted any more (a cancelled run, late checks) or does not end."""
        conn, process = self._conn, self._process
        unwanted = self._pending is not None or self._late > 0
        self._conn = self._process = None
        self._pending, self._late, self._received = None, 0, None
        if process is not None and unwanted:
            process.kill()
            process.join()
        self._join_sender()  # read by an idle worker, or refused by one that ended
        if conn is not None and process is not None and process.is_alive():
            with contextlib.suppress(OSError):  # already gone: nothing to ask
                conn.send_bytes(b"")
        if conn is not None:
            conn.close()
        if process is not None:
            process.join(_END_WAIT)
            if process.is_alive():
                process.kill()
                process.join()

    def _start(self) -> Connection:
        if self._conn is None:
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            process = context.Process(
                target=serve, args=(theirs,), name="radprev-package-checks", daemon=True
            )
            process.start()
            theirs.close()
            self._conn, self._process = ours, process
        return self._conn

    def _lost(self) -> None:
        """The worker is gone: every later package is checked in the importing thread."""
        self.broken = True
        self.close()

    def __enter__(self) -> Prefetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
