"""The units-and-access dialog at a central office: the administrator types the
establishments an analyst reaches (issue #14 on the central store, walked in the bundle).

"PL-GDA3, MK-SK1 AL-TR1" was saved as two grants, one of them for an establishment
named "MK-SK1 AL-TR1" that does not exist, so the analyst saw neither of the two.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import access_grants, users
from radprev_desktop.gui.main_window import MainWindow
from tests.conftest import create_vault
from tests.factories import add_account


def _open_access_dialog(qtbot, open_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A central office with analyst ana; the administrator's Users tab opens her access."""
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CO")
    add_account(central, "ana", Role.ANALYST, units=[])
    window: MainWindow = open_window(central)
    assert window.show_page("admin")
    tab = window.pages["admin"].users_tab
    tab.refresh()
    tab.select("ana")
    qtbot.mouseClick(tab.access_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    return central, dialog


def test_establishments_typed_with_spaces_are_separate_grants(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path: Path
) -> None:
    central, dialog = _open_access_dialog(qtbot, open_window, tmp_path)
    # The intro speaks of the office's establishments, not of officers and units (session 9).
    intro = dialog.findChild(QLabel, "accessIntro").text()
    assert "establishments listed here" in intro and "Officers" not in intro
    assert "units ticked" not in intro
    qtbot.keyClicks(dialog.establishments, "PL-GDA3, mk-sk1 AL-TR1;RS-BG1")
    qtbot.keyClicks(dialog.reason, "Balkans desk")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()
    held = users.get_user(central, "ana").establishments
    assert sorted(held) == ["AL-TR1", "MK-SK1", "PL-GDA3", "RS-BG1"]


def test_a_grant_names_one_establishment_code(tmp_path: Path) -> None:
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CO")
    try:
        add_account(central, "ana", Role.ANALYST, units=[])
        with pytest.raises(ValidationError, match="establishment code"):
            access_grants.grant_establishment(central, "ana", "desk", "MK-SK1 AL-TR1")
        access_grants.grant_establishment(central, "ana", "desk", "*")
        access_grants.grant_establishment(central, "ana", "desk", "mk-sk1")
        assert sorted(users.get_user(central, "ana").establishments) == ["*", "MK-SK1"]
        # A grant an earlier version stored unchecked is still withdrawn from the dialog.
        ana_id = users.get_user(central, "ana").id
        with central.transaction() as con:
            con.execute(
                "INSERT INTO access_grants(user_id, establishment_code, reason, granted_at, "
                "granted_by) VALUES (?, 'MK-SK1 AL-TR1', 'desk', '2026-11-30T00:00:00Z', 'admin')",
                (ana_id,),
            )
        access_grants.revoke_establishment(central, "ana", "typed wrong", "MK-SK1 AL-TR1")
        assert sorted(users.get_user(central, "ana").establishments) == ["*", "MK-SK1"]
    finally:
        central.close()


def test_a_refusal_does_not_squeeze_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path: Path
) -> None:
    """Seen in the bundle: with "An establishment code is 1–16 letters …" shown, the
    explanation above the fields lost its first and last lines."""
    _, dialog = _open_access_dialog(qtbot, open_window, tmp_path)
    qtbot.keyClicks(dialog.establishments, "PL_GDA3")
    qtbot.keyClicks(dialog.reason, "desk")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "establishment code" in dialog.message.text()
    qtbot.wait(50)
    labels = [w for w in dialog.findChildren(QLabel) if w.isVisible() and w.wordWrap()]
    assert labels
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]


@pytest.mark.parametrize("mode", [Mode.CENTRAL, Mode.WORKSTATION])
def test_the_users_tab_names_what_an_account_reaches(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path: Path, mode: Mode
) -> None:
    """A central office has no units: its Users tab, button and dialog say establishments
    (they said "Units and access…" at the office too, session 8's walk); a workstation's say
    units."""
    store, _ = create_vault(tmp_path / "store", mode, "PL-CO")
    add_account(store, "ana", Role.ANALYST if mode is Mode.CENTRAL else Role.OFFICER, units=[])
    window: MainWindow = open_window(store)
    assert window.show_page("admin")
    tab = window.pages["admin"].users_tab
    tab.refresh()
    header = tab.table.horizontalHeaderItem(3)
    assert header is not None
    tab.select("ana")
    qtbot.mouseClick(tab.access_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    if mode is Mode.CENTRAL:
        assert header.text() == "Establishments"
        assert tab.access_button.text() == "E&stablishments and access…"
        assert tab.access_button.accessibleName() == "Establishments and access"
        assert dialog.windowTitle() == "Establishments and access of ana"
    else:
        assert header.text() == "Units"
        assert tab.access_button.text() == "Un&its and access…"
        assert dialog.windowTitle() == "Units and access of ana"
    dialog.reject()
