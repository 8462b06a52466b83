"""The checking process of a many-package import (core/sync/prefetch.py) in trouble:
cancelled, killed, stopped (late), handed an altered part — the import goes on as
import_file one by one would, and nothing of the worker is left running."""

from __future__ import annotations

import gc
import json
import marshal
import os
import signal
import threading
import weakref
from typing import Any

import pytest

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, files, importer, prefetch
from tests.unit.package_runs import PackageRun, exported_run, imported_as_one_by_one
from tests.unit.test_import_bulk import line, record
from tests.unit.test_import_packages import (  # noqa: F401  (fixtures)
    _export,
    _one_by_one,
    _same,
    handed,
    offices,
    own_kinds_only,
)
from tests.unit.test_sync_support import Pair, forge


def test_cancel_stops_before_the_next_file_and_ends_the_worker(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],  # noqa: F811
) -> None:
    pair, many, _ = offices
    paths = _export(pair, range(1, 5))
    stop = {"now": False}
    got = []
    for path, outcome in files.import_packages(
        many, paths, fingerprints={paths[0]: pair.ws_fingerprint}, cancelled=lambda: stop["now"]
    ):
        got.append((path, outcome))
        if len(got) == 3:
            stop["now"] = True
    assert [p for p, _ in got] == paths[:3]
    assert handed["submitted"], "nothing was handed to the checking process"
    assert prefetch.multiprocessing.active_children() == []
    (count,) = many.con.execute("SELECT count(*) FROM imports").fetchone()
    assert count == 3


def test_a_worker_that_dies_leaves_the_checks_to_the_importing_thread(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pair, many, one = offices
    run = exported_run(pair, one, range(1, 6))
    submit = prefetch.Prefetcher.submit

    def killed(self: prefetch.Prefetcher, hash_: str, *rest: Any) -> bool:
        if self.pid is not None and len(handed["submitted"]) == 1:
            os.kill(self.pid, signal.SIGKILL)  # before package 4 reaches it
        return submit(self, hash_, *rest)

    monkeypatch.setattr(prefetch.Prefetcher, "submit", killed)
    imported_as_one_by_one(many, one, run)
    # Package 3 was checked by the worker; after it was killed, 4 and 5 here.
    hashes = [importer.open_package(one, p.read_bytes()).hash for p in run.paths]
    assert handed["taken"] == [hashes[2]]
    assert prefetch.multiprocessing.active_children() == []


def test_a_part_altered_under_a_signed_manifest_is_refused_in_its_turn(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],  # noqa: F811
) -> None:
    """The checking process hashes the parts and parses none whose hash is not the one the
    authenticated manifest lists; the package's turn refuses it as import_file does."""
    pair, many, one = offices
    p1, p2 = _export(pair, range(1, 3))
    subject_id = pair.ws.con.execute("SELECT id, version FROM subjects").fetchone()
    good = record(pair.ws, "subject", *subject_id)
    raw = (json.dumps(line("subject", dict(good, version=good["version"] + 1))) + "\n").encode()
    wrong = container.part_entry(raw + b"", 1)
    wrong["sha256"] = "0" * 64
    altered = pair.folder / "altered-3.age"
    previous = importer.open_package(one, p2.read_bytes()).hash
    altered.write_bytes(
        forge(
            pair,
            raw_records=raw,
            sequence=3,
            previous_hash=previous,
            manifest_changes={
                "parts": {
                    "records.jsonl": wrong,
                    "audit.jsonl": container.part_entry(b"", 0),
                }
            },
        )
    )
    paths = [p1, p2, altered]
    fingerprints = {p1: pair.ws_fingerprint}
    run = PackageRun(paths, fingerprints, _one_by_one(one, paths, fingerprints))
    imported_as_one_by_one(many, one, run)
    assert isinstance(run.expected[2], RadprevError) and "does not match its hash" in str(
        run.expected[2]
    )
    assert handed["taken"] == [importer.open_package(one, altered.read_bytes()).hash]


def test_the_checking_process_parses_no_part_whose_hash_is_not_the_listed_one() -> None:
    records = b'{"kind": "subject"}\n'
    parts = {"records.jsonl": records, "audit.jsonl": b""}
    listed = {name: container.sha256_hex(data) for name, data in parts.items()}
    fine = prefetch.check_package("h", "ws", 1, parts, listed)
    assert fine.records is not None and fine.records.refused and fine.audit is not None
    assert parts
    for name in parts:
        off = prefetch.check_package("h", "ws", 1, parts, dict(listed, **{name: "0" * 64}))
        assert (off.records, off.audit) == (None, None), name
        assert off.digests == listed


def test_late_checks_are_made_in_the_importing_thread_and_the_late_answers_dropped(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker that does not answer in time (here: stopped) never holds the import up."""
    monkeypatch.setattr(prefetch, "WAIT_FOR_LATE_CHECKS", False)
    pair, many, one = offices
    run = exported_run(pair, one, range(1, 6))
    submit = prefetch.Prefetcher.submit

    def stopped(self: prefetch.Prefetcher, *args: Any) -> bool:
        ok = submit(self, *args)
        if ok and self.pid is not None:
            os.kill(self.pid, signal.SIGSTOP)  # busy elsewhere: answers nothing in time
        return ok

    monkeypatch.setattr(prefetch.Prefetcher, "submit", stopped)
    imported_as_one_by_one(many, one, run)
    assert len(handed["submitted"]) == 1 and handed["taken"] == []
    assert prefetch.multiprocessing.active_children() == []


def test_the_next_packages_answer_and_the_file_after_it_are_readied_beside_the_commit(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While package k commits, a second thread unmarshals the worker's answer for k + 1,
    reads and decrypts file k + 2 and frees package k - 1 (decision 0048); the run leaves
    what one by one leaves.
    (`handed` waits for late checks: the answer is there by the commit, as on an idle
    machine.)"""
    pair, many, one = offices
    run = exported_run(pair, one, range(1, 6))
    where: dict[str, list[str]] = {"answer": [], "decrypt": [], "freed": []}
    answer, decrypt, read_ahead = (
        prefetch.Prefetcher._answer,
        container.age_decrypt,
        files._read_ahead,
    )

    def spy_read_ahead(*args: Any) -> Any:
        read = read_ahead(*args)
        weakref.finalize(read, lambda: where["freed"].append(threading.current_thread().name))
        return read

    def spy_answer(self: prefetch.Prefetcher, conn: Any) -> Any:
        where["answer"].append(threading.current_thread().name)
        return answer(self, conn)

    def spy_decrypt(data: bytes, identity: Any) -> bytes:
        where["decrypt"].append(threading.current_thread().name)
        return decrypt(data, identity)

    monkeypatch.setattr(prefetch.Prefetcher, "_answer", spy_answer)
    monkeypatch.setattr(container, "age_decrypt", spy_decrypt)
    monkeypatch.setattr(files, "_read_ahead", spy_read_ahead)
    imported_as_one_by_one(many, one, run)
    beside = "radprev-beside-commit"
    # Packages 3-5 were checked ahead (2 was read before its sender was enrolled); each
    # answer was unmarshalled while the package before it committed. Files 1 and 2 were
    # opened before any commit, 3-5 beside one; none was decrypted twice. Packages 1-4 were
    # freed while the next one committed; the last one when the run ended.
    assert len(handed["taken"]) == 3
    assert where["answer"] == [beside] * 3
    assert where["decrypt"] == ["MainThread"] * 2 + [beside] * 3
    assert where["freed"] == [beside] * 4 + ["MainThread"]


def test_the_cycle_collector_stays_paused_for_the_whole_run(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],  # noqa: F811
) -> None:
    """Re-enabled between packages, the collector's first collection walked every object of
    the package still held; paused for the run, it runs again only after it (decision 0048)."""
    pair, many, one = offices
    run = exported_run(pair, one, range(1, 5))
    collections: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    outcomes = files.import_packages(many, run.paths, fingerprints=run.fingerprints)
    gc.callbacks.append(seen)
    try:
        got, during = [], []
        for _, outcome in outcomes:  # between packages: paused, nothing collected yet
            got.append(outcome)
            during.append((gc.isenabled(), len(collections)))
    finally:
        gc.callbacks.remove(seen)
    assert during == [(False, 0)] * 4
    assert gc.isenabled()  # on again after the run
    _same(many, one, got, run.expected)


def test_the_worker_serves_with_its_cycle_collector_paused() -> None:
    """Re-enabled after each package, the worker's collector walked the answer it was
    sending (decision 0048 §4); `serve` keeps it paused until it ends, then restores it (the
    one collection allowed: when it is on again at the end)."""
    records = b'{"kind": "subject"}\n' * 3000  # 3,000 refused lines: 3,000 tuples held
    parts = {"records.jsonl": records, "audit.jsonl": b""}
    listed = {name: container.sha256_hex(data) for name, data in parts.items()}
    ours, theirs = prefetch.multiprocessing.Pipe()
    answers: list[bytes] = []
    reader = threading.Thread(target=lambda: answers.extend(ours.recv_bytes() for _ in "abc"))
    reader.start()
    for seq in (1, 2, 3):
        ours.send_bytes(marshal.dumps(("h", "ws", seq, parts, listed)))
    ours.send_bytes(b"")
    collections: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        prefetch.serve(theirs)
    finally:
        gc.callbacks.remove(seen)
    reader.join()
    assert len(collections) <= 1 and gc.isenabled()
    assert len(answers) == 3
    assert len(marshal.loads(answers[2])[2][2]) == 3000  # every line refused, in the answer
