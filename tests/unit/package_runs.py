"""A run of a workstation's packages, imported at once and one by one (shared set-up).

The checking-process tests (test_import_checking_worker.py) and the prepared-rows tests
(test_import_prepared_rows.py) each exported a run, took the first package's sender as
enrolled, imported the run one by one on one clone and at once on the other, and compared:
the same lines in six tests. Same steps, same assertions, written once here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import files
from tests.unit.test_import_packages import _export, _one_by_one, _same
from tests.unit.test_sync_support import Pair


@dataclass(frozen=True)
class PackageRun:
    """Packages exported in turn, the first one's sender enrolled with the run, and what
    importing them one by one (`import_file`) gave."""

    paths: list[Path]
    fingerprints: dict[Path, str]
    expected: list[Any]


def exported_run(pair: Pair, one: Session, rounds: range) -> PackageRun:
    """Export a package for each of `rounds` and import them one by one on `one`."""
    paths = _export(pair, rounds)
    fingerprints = {paths[0]: pair.ws_fingerprint}
    return PackageRun(paths, fingerprints, _one_by_one(one, paths, fingerprints))


def imported_as_one_by_one(many: Session, one: Session, run: PackageRun) -> list[Any]:
    """Import the run at once on `many`; assert it left what one by one left on `one`."""
    got = [o for _, o in files.import_packages(many, run.paths, fingerprints=run.fingerprints)]
    _same(many, one, got, run.expected)
    return got
