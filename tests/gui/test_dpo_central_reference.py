"""At the central office a prisoner is named by establishment and prison number.

The DPO's "Who consulted a prisoner's file" at the office answered a bare prison number
with "No prisoner with prison number … is recorded", though the prisoner was there (two
establishments had the number; seen under Xvfb on PostgreSQL): nothing said that the
office wants `PL-KRK1:number`. The refusal says so now, and the field shows the form.
"""

from __future__ import annotations

import pytest

from radprev_desktop.core import demo_central
from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.dpo_dialog import DpoDialog
from tests.unit.test_demo_central import office  # noqa: F401 (fixture)


def test_a_bare_number_at_the_office_is_told_to_name_its_establishment(
    office: Session,  # noqa: F811
) -> None:
    demo_central.generate_central(office, observations=30, establishments=2, seed=7)
    rows = office.con.execute("SELECT establishment_code, prison_number FROM subjects").fetchall()
    assert rows
    establishment, number = rows[0]
    with pytest.raises(NotFound) as refused:
        subjects.find_by_reference(office, number)
    said = str(refused.value)
    assert f"PL-WAW1:{number}" in said and "establishment" in said, said
    found = subjects.find_by_reference(office, f"{establishment}:{number}")
    assert found.prison_number == number


def test_the_dpo_field_shows_the_form_at_the_office_only(
    qtbot,  # type: ignore[no-untyped-def]
    office: Session,  # noqa: F811
    admin: Session,
) -> None:
    shown = {}
    for name, session in (("office", office), ("workstation", admin)):
        ctx = AppContext()
        ctx.session = session
        dialog = DpoDialog(ctx)
        qtbot.addWidget(dialog)
        shown[name] = dialog.prison_number.placeholderText()
    assert "PL-WAW1:" in shown["office"]
    assert shown["workstation"] == ""
