"""A central store on PostgreSQL that a later radprev set up (a higher schema in its `meta`):
the login window and `radprev` say so in the user's language, as for a newer vault.keys
(decision 0034): "set up by a newer version … install that version or newer … nothing
changed", never "written by" (the office's users never saw a vault), never a wrong password,
and nothing is written to the store (no login, no failed-login count, no audit entry)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from radprev_desktop.core.errors import VaultTooNew
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault import migrations
from radprev_desktop.gui import i18n
from radprev_desktop.gui.login import LoginWindow
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.pg_cluster import Cluster
from tests.unit.test_central_store import central_folder  # noqa: F401 (fixture)

POLISH = "Magazyn centralny utworzyła nowsza wersja radprev"
ENGLISH = "The central store was set up by a newer version of radprev"


@pytest.fixture
def polish_screen() -> Iterator[None]:
    i18n.install_language("pl")
    yield
    i18n.remove_translations()


def from_the_future(cluster: Cluster, dbname: str) -> int:
    """Record the schema a later version would leave; returns it."""
    later = migrations.latest_version() + 1
    con = cluster.connect(dbname)
    try:
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(later),))
    finally:
        con.close()
    return later


def store_state(cluster: Cluster, dbname: str) -> tuple[object, ...]:
    """What a login (or a refused one) would change: the schema, the audit log, the accounts."""
    con = cluster.connect(dbname)
    try:
        schema = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        audit = con.execute("SELECT count(*), max(seq) FROM audit").fetchone()
        accounts = con.execute(
            "SELECT username, last_login_at, must_change_password FROM users ORDER BY username"
        ).fetchall()
        return (schema, audit, accounts)
    finally:
        con.close()


def test_the_core_refusal_names_the_central_store(
    central_folder: Path,  # noqa: F811
    pg_cluster: Cluster,
    pg_database: str,
) -> None:
    later = from_the_future(pg_cluster, pg_database)
    before = store_state(pg_cluster, pg_database)
    with pytest.raises(VaultTooNew) as refused:
        VaultAccess(central_folder).login(ADMIN, "not-the-password")
    said = str(refused.value)
    assert ENGLISH in said and "Nothing in the store was changed" in said, said
    assert "vault" not in said.lower() and "written by" not in said, said
    assert refused.value.text.args == (later, migrations.latest_version())
    assert store_state(pg_cluster, pg_database) == before


def test_the_login_window_says_the_central_store_is_newer(
    qtbot,  # type: ignore[no-untyped-def]
    polish_screen: None,
    central_folder: Path,  # noqa: F811
    pg_cluster: Cluster,
    pg_database: str,
) -> None:
    later = from_the_future(pg_cluster, pg_database)
    before = store_state(pg_cluster, pg_database)
    window = LoginWindow(VaultAccess(central_folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tried = ["zle-haslo-123", ADMIN_PASSWORD]
    assert tried
    for password in tried:
        window.username.clear()
        window.password.clear()
        qtbot.keyClicks(window.username, ADMIN)
        qtbot.keyClicks(window.password, password)
        qtbot.keyClick(window.password, Qt.Key.Key_Return)
        said = window.message.text()
        assert POLISH in said and f"schemat {later}" in said, said
        assert "hasło" not in said.lower() and "sejf" not in said.lower(), said
        assert not window.restore_button.isVisible()  # a backup does not help here
    assert store_state(pg_cluster, pg_database) == before
