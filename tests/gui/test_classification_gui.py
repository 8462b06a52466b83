"""The editor's Classification list and the file's column (issue 14 item 7, decision 0022)."""

from __future__ import annotations

from radprev_desktop.core.services import observations
from radprev_desktop.core.session import Session
from radprev_desktop.gui.models.records import TIMELINE_COLUMNS
from tests.gui.test_observation_editor import consider, editor, make_subject  # noqa: F401


def test_the_officer_chooses_a_level_from_the_list(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def] # noqa: F811
    _ctx, page = editor
    subject_id = make_subject(officer)
    page.new_for_subject(subject_id)
    box = page.fields_.classification
    offered = [box.itemText(i) for i in range(box.count())]
    assert offered == ["OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED"]
    assert box.currentText() == "OFFICIAL"  # the lowest unless chosen
    page.facts.setPlainText("Passed a folded note to a visitor at the visits hall.")
    consider(page)
    box.setCurrentIndex(box.findText("RESTRICTED"))
    assert page.submit()
    [obs] = observations.list_for_subject(officer, subject_id)
    assert obs.classification == "RESTRICTED"
    page.load(obs.id)  # read mode: the level is shown, not editable
    assert box.currentText() == "RESTRICTED" and not box.isEnabled()
    # The prisoner's file lists the level in its own column.
    [column] = [c for c in TIMELINE_COLUMNS if c.header == "Classification"]
    assert column.text(obs) == "RESTRICTED"
