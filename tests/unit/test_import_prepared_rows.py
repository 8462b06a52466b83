"""Rows built in the checking process (decision 0038): a record kind's `prepare` values made
there for a package checked ahead are what the importing thread binds — the same rows as
made in the importing thread — and values that are not a record's own (a worker that
answers wrongly) are made again, so they never change what is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core.services import observation_sync, subject_sync
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import importer, prefetch
from radprev_desktop.core.sync.import_records import check_record_lines
from radprev_desktop.core.sync.registry import sync_kinds
from tests.unit.package_runs import exported_run, imported_as_one_by_one
from tests.unit.test_import_packages import (  # noqa: F401  (fixtures)
    handed,
    offices,
    own_kinds_only,
)
from tests.unit.test_sync_support import Pair


def _prepared_lines(session: Session, path: Path) -> int:
    """The package's observation and prisoner lines (the kinds that have a `prepare`)."""
    opened = importer.open_package(session, path.read_bytes())
    checked = check_record_lines(opened.members["records.jsonl"], sync_kinds())
    kinds = (observation_sync.NAME, subject_sync.NAME)
    return sum(1 for _, kind, _, _ in checked.accepted if kind in kinds)


def test_rows_prepared_in_the_checking_process_are_the_ones_stored(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pair, many, one = offices
    run = exported_run(pair, one, range(1, 5))
    made_here: list[str] = []
    for module in (observation_sync, subject_sync):

        def counted(record: dict[str, Any], prepare: Any = module.prepare) -> tuple[Any, ...]:
            made_here.append(record["id"])
            return prepare(record)  # type: ignore[no-any-return]

        monkeypatch.setattr(module, "prepare", counted)
    imported_as_one_by_one(many, one, run)
    hashes = [importer.open_package(one, p.read_bytes()).hash for p in run.paths]
    assert handed["taken"] == hashes[2:]
    # Only the first two packages (the sender's enrolment, and the one read ahead before it
    # was enrolled: both checked here) had their rows made in this process; the others'
    # came prepared from the checking process.
    here = _prepared_lines(one, run.paths[0]) + _prepared_lines(one, run.paths[1])
    assert here > 0 and _prepared_lines(one, run.paths[2]) > 0
    assert len(made_here) == here


def test_prepared_values_that_are_not_the_records_own_are_made_again(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker whose prepared values belong to other lines (shifted by one) changes nothing
    stored: each value names its record's id and version, and one that does not match is
    made again in the importing thread."""
    pair, many, one = offices
    run = exported_run(pair, one, range(1, 4))
    take = prefetch.Prefetcher.take
    lied: list[str] = []

    def lying(self: prefetch.Prefetcher, hash_: str) -> prefetch.PackageChecks | None:
        got = take(self, hash_)
        if got is None or got.records is None:
            return got
        accepted = got.records.accepted
        made = [m for *_, m in accepted if m is not None]
        assert len(made) > 1, "no prepared values to shift"
        shifted = iter(made[1:] + made[:1])
        wrong = [(n, k, line, None if m is None else next(shifted)) for n, k, line, m in accepted]
        lied.append(hash_)
        return got._replace(records=got.records._replace(accepted=wrong))

    monkeypatch.setattr(prefetch.Prefetcher, "take", lying)
    imported_as_one_by_one(many, one, run)
    assert len(lied) == 1 and handed["taken"] == lied
