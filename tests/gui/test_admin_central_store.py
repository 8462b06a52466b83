"""Administration page on a central store kept on PostgreSQL: removing and disabling an
account end its logins and its open sessions (no key to change there), with the
server store's own wording; the page works through the same worker as on a vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from radprev_desktop.core.errors import WrongPassword
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_grants, search, users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault.postgres import SessionEnded
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.subjects import SubjectsPage
from tests.factories import ADMIN, ADMIN_PASSWORD, PASSWORD, add_account, login
from tests.unit.test_central_store import central_folder  # noqa: F401 (fixture)


def test_remove_and_disable_on_the_server_store(qtbot, open_window, central_folder: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    admin = login(central_folder, ADMIN, ADMIN_PASSWORD)
    add_account(admin, "ana", Role.ANALYST, units=[])
    add_account(admin, "olek", Role.ANALYST, units=[])
    analyst = login(central_folder, "ana")
    analyst.justification = ("supervision", "accounts test")  # reads are audited
    access_grants.grant_establishment(admin, "olek", "regional desk", "PL-GDA3")
    access_grants.grant_establishment(admin, "olek", "regional desk", "MK-SK1")
    window: MainWindow = open_window(admin)
    assert window.show_page("admin")
    tab = window.pages["admin"].users_tab
    # The server store's own wording, and the establishments each account reaches.
    assert "re-encrypts" not in tab.note.text() and "every computer" in tab.note.text()
    reach = {tab.table.item(r, 0).text(): tab.table.item(r, 3).text() for r in range(3)}
    assert reach == {"admin": "", "ana": "", "olek": "MK-SK1, PL-GDA3"}
    tab.select("ana")
    asked: list[str] = []
    tab.confirm = lambda title, text: asked.append(text) or True
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert asked and "ana" in asked[0] and "re-encrypted" not in asked[0]
    qtbot.waitUntil(lambda: not window.workers.busy, timeout=30000)
    assert "ana removed; their open sessions were ended" in window.statusBar().currentMessage()
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert names == ["admin", "olek"]
    with pytest.raises(SessionEnded):
        search.list_observations(analyst)
    analyst.discard()
    with pytest.raises(WrongPassword):
        VaultAccess(central_folder).login("ana", PASSWORD)
    # The window's own session goes on.
    assert window.ctx.session is admin and admin.is_open
    tab.select("olek")
    tab.set_active(False)
    qtbot.waitUntil(lambda: not window.workers.busy, timeout=30000)
    assert "olek disabled; their open sessions were ended" in window.statusBar().currentMessage()
    assert not users.get_user(admin, "olek").active


def test_prisoners_page_of_a_disabled_analyst_says_so(qtbot, central_folder: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Seen in the bundle: the analyst's Prisoners page, refreshed after the administrator
    disabled her (the server ended her session), crashed with a crash report on its first
    read (the units); it now says the session ended."""
    admin = login(central_folder, ADMIN, ADMIN_PASSWORD)
    add_account(admin, "ana", Role.ANALYST, units=[])
    analyst = login(central_folder, "ana")
    analyst.justification = ("review", "accounts test")
    ctx = AppContext()
    ctx.session = analyst
    page = SubjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    try:
        vault_access.disable_user(admin, "ana")
    finally:
        admin.close()
    page.refresh()
    assert "session" in page.count.text().lower()
    # Seen in the bundle (session 8, Polish): the one-line message widened the page past
    # 1024 px (sideways scrolling, "Open file" cut); it wraps at 1024×768 with 150 %.
    assert page.minimumSizeHint().width() < 683 - 130, page.minimumSizeHint().width()
    analyst.discard()
