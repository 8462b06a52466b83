"""A session whose server connection was ended (server restarted, account disabled) fails
every later statement with SessionEnded and still logs out cleanly.

Found under Xvfb on `make central-demo`: the server was stopped while an analyst was
logged in; the page said "The central store ended this session … Log in again.", and
then File → Switch user… raised psycopg's "the connection is closed" as an unexpected
error (crash report), because psycopg closes the connection after the first failure
and the next cursor was asked for outside the translation of driver errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core.services import users
from radprev_desktop.core.vault.postgres import SessionEnded
from tests.factories import ADMIN, ADMIN_PASSWORD, login
from tests.pg_cluster import Cluster
from tests.unit.test_central_store import central_folder  # noqa: F401 (fixture)


def test_statements_after_the_end_say_so_and_logout_completes(
    central_folder: Path,  # noqa: F811
    pg_cluster: Cluster,
) -> None:
    session = login(central_folder, ADMIN, ADMIN_PASSWORD)
    pid = session.con.execute("SELECT pg_backend_pid()").fetchone()[0]
    admin = pg_cluster.admin()
    try:  # what a server restart or an administrator's disabling does to the connection
        admin.execute("SELECT pg_terminate_backend(?)", (pid,))
    finally:
        admin.close()
    with pytest.raises(SessionEnded):
        users.list_users(session)
    with pytest.raises(SessionEnded):  # the driver has closed the connection by now
        session.con.execute("SELECT 1")
    with pytest.raises(SessionEnded):
        session.con.executemany("SELECT ?", [(1,)])
    session.close()  # logout, lock and switch user end this way: no error escapes
    assert not session.is_open
