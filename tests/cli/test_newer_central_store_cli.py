"""`radprev` in front of a central store on PostgreSQL that a later radprev set up: one line
in the user's language ("set up by a newer version … install that version or newer"), exit 1,
nothing written (decision 0034; the login window's side: tests/gui/test_newer_central_store.py)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run
from tests.gui.test_newer_central_store import ENGLISH, POLISH, from_the_future, store_state
from tests.pg_cluster import Cluster
from tests.unit.test_central_store import central_folder  # noqa: F401 (fixture)


def test_radprev_says_the_central_store_is_newer(
    radprev: Run,
    central_folder: Path,  # noqa: F811
    pg_cluster: Cluster,
    pg_database: str,
) -> None:
    from_the_future(pg_cluster, pg_database)
    before = store_state(pg_cluster, pg_database)
    runs = {
        "pl": radprev("--language", "pl", "audit", "verify", vault=central_folder),
        "en": radprev("user", "list", vault=central_folder),
    }
    assert runs
    for language, result in runs.items():
        assert result.returncode == 1, (language, result.stderr)
        assert (POLISH if language == "pl" else ENGLISH) in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert store_state(pg_cluster, pg_database) == before
