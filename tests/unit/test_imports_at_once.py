"""Two programs importing packages at once on the PostgreSQL central store.

Two imports (two administrators at two computers, or packages of different workstations
imported side by side) are each one transaction on their own connection; only the packages
of one workstation wait for each other (test_import_parity.py). What both may write must not depend on which commits first. Found by the
side-by-side import benchmark (tests/bench/bench_central_pg_lanes.py): two workstations'
first packages each carried a checklist run of a shipped template the office did not
hold yet; both imports found it missing, and the second's insert failed on the key
once the first committed, so its run was quarantined ("a constraint refused it").
"""

from __future__ import annotations

import threading

from radprev_desktop.core.services import templates
from radprev_desktop.core.templates import Template
from radprev_desktop.core.templates.sample import sample_version
from radprev_desktop.core.vault.postgres import PgConnection
from tests.pg_cluster import Cluster, waits_for_a_lock


def test_two_imports_at_once_store_a_shipped_template_once(
    pg_cluster: Cluster, pg_database: str, pg_con: PgConnection
) -> None:
    code, version = templates.SAMPLE_CODE, sample_version()
    held = "SELECT imported_by FROM checklist_templates WHERE code = ? AND version = ?"
    assert pg_con.execute(held, (code, version)).fetchall() == []
    first = pg_cluster.connect(pg_database)
    second = pg_cluster.connect(pg_database)
    second_pid = second.execute("SELECT pg_backend_pid()").fetchone()[0]
    got: list[object] = []

    def second_import() -> None:
        try:
            second.execute("BEGIN")
            got.append(templates.install_shipped(second, code, version, "sync:ws-b"))
            second.execute("COMMIT")
        except Exception as exc:  # handed to the test's thread, which asserts on it
            got.append(exc)

    try:
        first.execute("BEGIN")
        assert templates.install_shipped(first, code, version, "sync:ws-a") is not None
        other = threading.Thread(target=second_import)
        other.start()
        # The second import's insert waits for the first's uncommitted row.
        assert waits_for_a_lock(pg_con, second_pid)
        first.execute("COMMIT")
        other.join(30)
        assert len(got) == 1
        template = got[0]
        assert isinstance(template, Template), template
        assert (template.code, template.version) == (code, version)
        assert pg_con.execute(held, (code, version)).fetchall() == [("sync:ws-a",)]
    finally:
        first.close()
        second.close()
