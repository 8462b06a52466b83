"""Export at a workstation, import at the central office: the core round trip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core.errors import PackageRejected, ValidationError
from radprev_desktop.core.sync import export as export_mod
from radprev_desktop.core.sync import importer
from tests.unit.test_sync_support import Pair, add_note, notes, open_pair


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path)


def test_export_then_import_gives_identical_records(pair: Pair) -> None:
    ids = [add_note(pair.ws, f"Notatka {i} — Ђорђе ąę") for i in range(5)]
    result = pair.export()
    assert result.sequence == 1
    assert result.records == 5
    assert result.path.exists() and result.path.name.endswith("_000001.age")
    assert export_mod.pending_count(pair.ws) == 0
    report = pair.import_(result.path)
    assert report.status == "imported"
    assert report.inserted == 5
    assert report.audit_entries > 0
    assert notes(pair.central) == notes(pair.ws)
    assert {r[0] for r in notes(pair.central)} == set(ids)


def test_unknown_workstation_must_be_enrolled(pair: Pair) -> None:
    add_note(pair.ws, "x")
    result = pair.export()
    with pytest.raises(importer.EnrolmentRequired) as info:
        importer.import_package(pair.central, result.path.read_bytes())
    assert info.value.fingerprint == pair.ws_fingerprint
    with pytest.raises(ValidationError):
        pair.import_(result.path, enrol_fingerprint="00" * 32)
    report = pair.import_(result.path, enrol_fingerprint=pair.ws_fingerprint)
    assert report.inserted == 1


def test_reimport_is_a_noop(pair: Pair) -> None:
    add_note(pair.ws, "x")
    path = pair.export().path
    pair.import_(path)
    again = pair.import_(path)
    assert again.status == "already_imported"
    assert "already imported" in again.summary()


def test_chain_break_rejected(pair: Pair) -> None:
    add_note(pair.ws, "x")
    first = pair.export().path
    pair.import_(first)
    with pytest.raises(PackageRejected):
        pair.import_(first.read_bytes()[:-10])
