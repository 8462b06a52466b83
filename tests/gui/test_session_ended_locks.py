"""A central office window whose server connection was ended (the server stopped or
restarted, the account disabled) locks itself and says why on the lock screen, where the
password logs in again on a new connection.

Seen under Xvfb on a README-shaped office: after `pg_ctl stop` and a restart, every page
said "The central store ended this session … Log in again." and stayed on the dead
session; nothing on screen logged in again (only Ctrl+L and the password did).
"""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.core.services import users
from radprev_desktop.gui.main_window import MainWindow
from tests.factories import ADMIN, ADMIN_PASSWORD, login
from tests.pg_cluster import Cluster
from tests.unit.test_central_store import central_folder  # noqa: F401 (fixture)


def test_a_window_on_an_ended_session_locks_and_the_password_logs_in_again(  # type: ignore[no-untyped-def]
    qtbot,
    open_window,
    central_folder: Path,  # noqa: F811
    pg_cluster: Cluster,
) -> None:
    session = login(central_folder, ADMIN, ADMIN_PASSWORD)
    window: MainWindow = open_window(session)
    assert window.show_page("sync")
    pid = session.con.execute("SELECT pg_backend_pid()").fetchone()[0]
    admin = pg_cluster.admin()
    try:  # what stopping or restarting the server does to the connection
        admin.execute("SELECT pg_terminate_backend(?)", (pid,))
    finally:
        admin.close()
    window.show_page("admin")  # the next page the user opens meets the end
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    said = window.lock_screen.message.text()
    assert "ended this session" in said and "password" in said, said
    window.unlock(ADMIN_PASSWORD)
    assert not window.locked
    fresh = window.ctx.session
    assert fresh is not None and fresh.ended() is None
    assert [u.username for u in users.list_users(fresh)] == [ADMIN]
