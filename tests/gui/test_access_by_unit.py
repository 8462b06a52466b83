"""Access by unit on screen (issue #14): the administrator's units-and-access dialog, and
what an officer, a supervisor with the whole-establishment grant and the administrator see.

Olga works in unit A; the prisoner Zebrowska is in unit B. Olga's prisoners list,
the editor's prisoner picker and the file page never show him; Wanda (supervisor,
no unit, the audited whole-establishment grant) does.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import subjects, users
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from radprev_desktop.gui.pages.subjects import SubjectsPage
from tests.factories import login
from tests.gui.modal import respond_to_modal


@pytest.fixture
def prisoners(admin: Session) -> dict[str, str]:
    """One prisoner in unit A and one in unit B (added by the administrator)."""
    a = subjects.create_subject(
        admin, prison_number="PL-A1", family_name="Nowakowski", given_names="Jan", unit="A"
    )
    b = subjects.create_subject(
        admin, prison_number="PL-B1", family_name="Zebrowska", given_names="Ewa", unit="B"
    )
    return {"A": a.id, "B": b.id}


def _ctx(session: Session) -> AppContext:
    ctx = AppContext()
    ctx.session = session
    return ctx


def _listed(qtbot, session: Session) -> list[str]:  # type: ignore[no-untyped-def]
    session.justification = ("review", "wing review")
    page = SubjectsPage(_ctx(session))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    while page.model.canFetchMore(page.view.rootIndex()):
        page.model.fetchMore(page.view.rootIndex())
    model = page.model
    return [
        str(model.data(model.index(row, column)))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def test_officer_sees_and_picks_only_his_units_prisoners(  # type: ignore[no-untyped-def]
    qtbot, prisoners: dict[str, str], officer: Session, make_session
) -> None:
    cells = _listed(qtbot, officer)
    assert cells, "the officer's list is empty"
    assert "Nowakowski" in " ".join(cells) and "Zebrowska" not in " ".join(cells)
    # The editor's prisoner picker finds nobody outside unit A.
    editor = ObservationEditorPage(_ctx(officer))
    qtbot.addWidget(editor)
    editor.show()
    editor.new_observation()
    editor.pick_query.setText("Zebrowska")
    editor.find_prisoner()
    assert editor.pick_list.count() == 0
    editor.pick_query.setText("Nowakowski")
    editor.find_prisoner()
    assert editor.pick_list.count() == 1
    # The file page refuses unit B as if it did not exist (no name shown).
    detail = SubjectDetailPage(_ctx(officer))
    qtbot.addWidget(detail)
    detail.show()
    seen: list[str] = []
    respond_to_modal(seen=seen)
    assert not detail.open_subject(prisoners["B"])
    assert detail.subject is None
    assert any("units you work in" in text for text in seen)
    assert not any("Zebrowska" in text for text in seen)
    # A supervisor of unit B only sees B.
    bogdan = make_session(Role.SUPERVISOR, username="bogdan", units=["B"])
    cells = " ".join(_listed(qtbot, bogdan))
    assert "Zebrowska" in cells and "Nowakowski" not in cells


def test_admin_sets_units_and_grants_the_whole_establishment_with_a_reason(  # type: ignore[no-untyped-def]
    qtbot, open_window, admin: Session, prisoners: dict[str, str], make_session
) -> None:
    make_session(Role.SUPERVISOR, username="wanda", units=["A"])
    window: MainWindow = open_window(admin)
    assert window.show_page("admin")
    tab = window.pages["admin"].users_tab
    tab.refresh()
    tab.select("wanda")
    qtbot.mouseClick(tab.access_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.unit_boxes["A"].isChecked() and not dialog.unit_boxes["B"].isChecked()
    # Units: untick A (Wanda then reaches nobody), and ask for the whole establishment.
    dialog.unit_boxes["A"].setChecked(False)
    dialog.whole.setChecked(True)
    dialog.save()
    assert dialog.isVisible() and "why" in dialog.message.text().lower()
    assert users.get_user(admin, "wanda").units == ("A",)  # nothing saved without a reason
    qtbot.keyClicks(dialog.reason, "Acting head of security until 30 June")
    dialog.save()
    assert not dialog.isVisible()
    wanda_account = users.get_user(admin, "wanda")
    assert wanda_account.units == ()
    assert admin.establishment_code in wanda_account.establishments
    granted = admin.con.execute(
        "SELECT justification, details FROM audit WHERE action = 'access_granted'"
    ).fetchall()
    assert len(granted) == 1
    assert granted[0][0] == "Acting head of security until 30 June"
    assert json.loads(granted[0][1])["establishment"] == admin.establishment_code
    assert any(
        "whole establishment" in (tab.table.item(r, 3).text() if tab.table.item(r, 3) else "")
        for r in range(tab.table.rowCount())
    )
    # Wanda now sees every unit's prisoners.
    wanda = login(admin.folder, "wanda")
    try:
        cells = " ".join(_listed(qtbot, wanda))
        assert "Zebrowska" in cells and "Nowakowski" in cells
    finally:
        wanda.close()
