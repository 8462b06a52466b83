"""`make central-demo`: the demo central office on PostgreSQL, and the app opened on it.

scripts/central_demo.py broke without anyone noticing when sealing an observation
started to require "other possible explanations" (it stopped with a traceback before
the app opened). Here its `build` step makes the demo office in a database of the
session's real cluster, and the desktop app's own smoke run (`radprev-desktop
--smoke`: log in through the login door, open every page) opens it as the demo
analyst and as the administrator. Its login window lists the demo accounts (it showed
none on the server store, which has no key slots: seen under Xvfb).
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.gui.login import LoginWindow
from radprev_desktop.gui.smoke import run_smoke
from tests.factories import FAST_KDF
from tests.pg_cluster import Cluster

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "central_demo.py"


def test_central_demo_builds_and_the_app_opens_it(
    qapp: QApplication,
    qtbot,  # type: ignore[no-untyped-def]
    pg_cluster: Cluster,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = runpy.run_path(str(SCRIPT))  # the script as `make central-demo` runs it
    dbname = f"demo_{tmp_path.name[-12:].replace('-', '_').lower()}"
    try:
        folder = demo["build"](pg_cluster, tmp_path, dbname, kdf=FAST_KDF)
        assert (folder / "central.json").exists()
        accounts = [("demo.analyst", demo["ANALYST_PASSWORD"]), ("admin", demo["ADMIN_PASSWORD"])]
        assert accounts
        for username, password in accounts:
            password_file = tmp_path / f"{username}.pw"
            password_file.write_text(password + "\n", encoding="utf-8")
            assert run_smoke(qapp, folder, username, str(password_file)) == 0
            out = capsys.readouterr().out
            assert f"smoke: logged in as {username}" in out and "failed" in out
            assert " 0 failed" in out, out
        monkeypatch.setenv("RADPREV_DEMO_ACCOUNTS", demo["DEMO_ACCOUNTS"])
        window = LoginWindow(VaultAccess(folder), show_demo_accounts=True)
        qtbot.addWidget(window)
        assert window.demo_box is not None  # the table the demo names its accounts in
        listed = [window.demo_list.item(r, 0).text() for r in range(window.demo_list.rowCount())]
        assert listed == ["admin", "demo.analyst"]
        window.demo_list.itemDoubleClicked.emit(window.demo_list.item(1, 1))
        with qtbot.waitSignal(window.logged_in) as signal:
            qtbot.keyClick(window.password, Qt.Key.Key_Return)
        session = signal.args[0]
        assert session.user.username == "demo.analyst"
        session.close()
        session = VaultAccess(folder).login("demo.analyst", demo["ANALYST_PASSWORD"]).session
        try:
            held = session.con.execute("SELECT count(*) FROM subjects").fetchone()[0]
            seen = session.con.execute("SELECT count(*) FROM observations").fetchone()[0]
            # The app's login is neither superuser nor owner: row security is in force.
            superuser, owner = session.con.execute(
                "SELECT rolsuper, pg_get_userbyid(c.relowner) = current_user FROM pg_roles, "
                "pg_class c WHERE rolname = current_user AND c.relname = 'subjects'"
            ).fetchone()
        finally:
            session.close()
        assert held == len(demo["PRISONERS"]) and seen == 2 * len(demo["PRISONERS"])
        assert not superuser and not owner
    finally:
        pg_cluster.drop_database(dbname)
        admin = pg_cluster.admin()
        try:
            admin.execute(f'DROP ROLE IF EXISTS "{dbname}_analysts"')
        finally:
            admin.close()
