"""The Search page on a PostgreSQL central store: an analyst types, gives a reason, sees rows.

The store holds a real imported package (tests/unit/test_import_parity.py); the
page is the real widget, driven with the keyboard as on a vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_grants, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, keys
from radprev_desktop.gui.models.records import SEARCH_ESTABLISHMENT_COLUMN
from radprev_desktop.gui.pages.search import SearchPage
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.gui.modal import respond_to_modal
from tests.gui.page_on_screen import shown_page
from tests.unit.test_import_parity import fill, import_into, offices  # noqa: F401  (fixture)


def test_analyst_searches_the_central_store(  # type: ignore[no-untyped-def]
    qtbot,
    offices: tuple[Session, Path, Session],  # noqa: F811
    tmp_path: Path,
) -> None:
    lite, folder, ws = offices
    lite.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    fill(ws, 1)
    package = export.export_package(ws, usb)
    fingerprint = keys.own_workstation_fingerprint(ws)
    ws.close()
    admin = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    import_into(admin, package.path, fingerprint)
    users.add_user(admin, "ana", "analyst-pass-1", [Role.ANALYST], must_change_password=False)
    # An analyst reaches the establishments granted to her (access by establishment, issue #14).
    access_grants.grant_establishment(
        admin, "ana", "national analysis desk", establishment_code="*"
    )
    expected = admin.con.execute(
        "SELECT count(*) FROM observations o JOIN subjects s ON s.id = o.subject_id "
        "WHERE o.is_current = 1 AND s.family_name = 'Đorđević'"
    ).fetchone()[0]
    admin.close()
    assert expected >= 1
    analyst = VaultAccess(folder).login("ana", "analyst-pass-1").session
    page = shown_page(qtbot, SearchPage, analyst, (1000, 700))
    page.focus_search()
    qtbot.keyClicks(page.query, "djordjevic")
    respond_to_modal(reason="review")  # the reason for access, asked before names are shown
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert analyst.justification is not None
    assert page.model.rowCount() == expected
    assert page.count.text().startswith(f"{expected} observation")
    # Which prison each hit came from: the workstation's establishment, shown on screen.
    assert not page.view.isColumnHidden(SEARCH_ESTABLISHMENT_COLUMN)
    shown = page.model.index(0, SEARCH_ESTABLISHMENT_COLUMN).data()
    assert shown == "PL-WAW1"
    assert page.view.columnWidth(SEARCH_ESTABLISHMENT_COLUMN) > 0
    page.query.clear()
    qtbot.keyClicks(page.query, "nobody-matches-this")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    analyst.close()
