"""A run of package imports on SQLCipher copies its write-ahead log into the database file
per run rather than per package (package_imports.checkpoints_per_run, decision 0038), and
each package is still committed on its own as soon as it is reported."""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.core.services import package_imports
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import files
from radprev_desktop.core.sync.import_report import ImportReport
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.unit.test_import_packages import (  # noqa: F401  (fixtures)
    _export,
    offices,
    own_kinds_only,
)
from tests.unit.test_sync_support import Pair


def _autocheckpoint(session: Session) -> int:
    return int(session.con.execute("PRAGMA wal_autocheckpoint").fetchone()[0])


def test_a_run_checkpoints_once_and_commits_every_package_on_its_own(
    offices: tuple[Pair, Session, Session],  # noqa: F811
) -> None:
    pair, many, _ = offices
    paths = _export(pair, range(1, 4))
    assert _autocheckpoint(many) == 1000
    during: list[int] = []
    seen_elsewhere: list[int] = []
    outcomes: list[object] = []
    other = VaultAccess(Path(many.folder)).login(ADMIN, ADMIN_PASSWORD).session
    try:
        for _, outcome in files.import_packages(
            many, paths, fingerprints={paths[0]: pair.ws_fingerprint}
        ):
            outcomes.append(outcome)
            during.append(_autocheckpoint(many))
            # Committed when reported: another connection sees it at once.
            (count,) = other.con.execute("SELECT count(*) FROM imports").fetchone()
            seen_elsewhere.append(int(count))
    finally:
        other.close()
    assert [getattr(o, "status", o) for o in outcomes] == ["imported"] * 3
    assert all(isinstance(o, ImportReport) for o in outcomes)
    assert during == [package_imports.RUN_CHECKPOINT_PAGES] * 3
    assert seen_elsewhere == [1, 2, 3]
    # Back to SQLite's default after the run, and the log copied into the database file.
    assert _autocheckpoint(many) == 1000
    (pages,) = many.con.execute("PRAGMA page_count").fetchone()
    (size,) = many.con.execute("PRAGMA page_size").fetchone()
    assert (Path(many.folder) / "vault.db").stat().st_size == int(pages) * int(size)


def test_a_run_stopped_early_restores_the_setting(
    offices: tuple[Pair, Session, Session],  # noqa: F811
) -> None:
    pair, many, _ = offices
    paths = _export(pair, range(1, 3))
    run = files.import_packages(many, paths, fingerprints={paths[0]: pair.ws_fingerprint})
    next(run)
    assert _autocheckpoint(many) == package_imports.RUN_CHECKPOINT_PAGES
    run.close()  # a cancelled window, a CLI interrupted between files
    assert _autocheckpoint(many) == 1000
