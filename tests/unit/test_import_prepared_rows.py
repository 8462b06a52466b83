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
from radprev_desktop.core.sync import container, import_records, importer, prefetch
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


def test_the_checking_process_sends_a_prepared_observation_with_its_keys_only(
    offices: tuple[Pair, Session, Session],  # noqa: F811
) -> None:
    """Decision 0045: an observation whose rows the checking process prepared comes back with
    only the fields its set-based apply reads (the importing thread unmarshalled the whole
    record before, beside the rows built from it); the other kinds' records come whole."""
    pair, _, one = offices
    run = exported_run(pair, one, range(1, 3))
    opened = importer.open_package(one, run.paths[1].read_bytes())
    parts = {name: data for name, data in opened.members.items() if name.endswith(".jsonl")}
    checked = prefetch.check_package(
        opened.hash,
        opened.sender_id,
        opened.sequence,
        parts,
        {name: container.sha256_hex(data) for name, data in parts.items()},
    ).records
    assert checked is not None
    observations = [a for a in checked.accepted if a[1] == observation_sync.NAME]
    others = [a for a in checked.accepted if a[1] != observation_sync.NAME]
    assert observations and others
    fields = set(observation_sync.KIND.prepared_fields)
    assert fields == {"id", "version", "establishment_code", "subject_id"}
    assert all(set(line["record"]) == fields for _, _, line, _ in observations)
    assert sorted(checked.slim) == sorted(n for n, *_ in observations)
    whole = check_record_lines(parts["records.jsonl"], sync_kinds())
    assert [(n, k) for n, k, *_ in whole.accepted] == [(n, k) for n, k, *_ in checked.accepted]
    assert not whole.slim
    full = {n: line for n, _, line, _ in whole.accepted}
    assert all(line == full[n] for n, _, line, _ in others)
    # What the set-based apply reads of a slim line is the whole line's.
    for n, _, line, _ in observations:
        assert line["record"] == {k: full[n]["record"][k] for k in fields}
        assert line["id"] == full[n]["id"] and line["version"] == full[n]["version"]


def test_slim_lines_applied_one_by_one_are_read_whole_again(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every observation batch refused by its set-based step (as when one record does not fit)
    goes one by one: its slim lines are read whole again from the package's records part, and
    what is stored is what importing the packages one by one stores."""
    pair, many, one = offices
    run = exported_run(pair, one, range(1, 5))
    apply_many = import_records._apply_many
    reread: list[int] = []
    read_line = import_records.read_line

    def refused(target: Any, kind: Any, batch: Any) -> set[int]:
        if kind.name == observation_sync.NAME:
            return set()
        return apply_many(target, kind, batch)  # type: ignore[no-any-return]

    def counted(raw: bytes, kinds: Any) -> Any:
        reread.append(1)
        return read_line(raw, kinds)

    monkeypatch.setattr(import_records, "_apply_many", refused)
    monkeypatch.setattr(import_records, "read_line", counted)
    imported_as_one_by_one(many, one, run)
    assert handed["taken"]
    slim_ahead = sum(
        _prepared_lines(one, path) for path in run.paths[2:]
    )  # observations and prisoners of the packages checked ahead
    assert 0 < len(reread) <= slim_ahead
