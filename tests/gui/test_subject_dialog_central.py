"""Editing a prisoner's details at the central office keeps the prisoner's unit.

The office lists no units of its own, so the dialog's unit list read "(none)" for a
prisoner of unit B, and saving any other change (here the cell) moved the prisoner out
of the unit (seen under Xvfb on the PostgreSQL office, an analyst). Both central stores.
"""

from __future__ import annotations

from radprev_desktop.core import demo_central
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.subject_dialog import SubjectDialog
from tests.unit.test_demo_central import office  # noqa: F401 (fixture)


def test_a_prisoners_unit_is_kept_when_the_office_changes_the_cell(  # type: ignore[no-untyped-def]
    qtbot,
    office: Session,  # noqa: F811
) -> None:
    demo_central.generate_central(office, observations=40, establishments=2, seed=5)
    office.justification = ("file_review", "")
    ids = [r[0] for r in office.con.execute("SELECT id FROM subjects WHERE unit_code <> ''")]
    assert ids
    prisoner = subjects.get_subject(office, ids[0])
    ctx = AppContext()
    ctx.session = office
    dialog = SubjectDialog(ctx, prisoner)
    qtbot.addWidget(dialog)
    assert dialog.unit.currentData() == prisoner.unit_code  # shown as it is
    dialog.cell.setText("77")
    qtbot.keyClicks(dialog.reason, "Cell corrected from the transfer note")
    dialog.save()
    after = subjects.get_subject(office, prisoner.id)
    assert after.cell == "77"
    assert after.unit_code == prisoner.unit_code
