"""Deciding a request on the prisoner's details offers as "amended version" only a
version that corrected who the person is after the request — never the restriction's
own version, a move of cell, or a typed number core would refuse (decision 0023)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import (
    data_requests,
    observation_amendments,
    restriction,
    subjects,
)
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.data_request_dialog import DataRequestsDialog, Target
from tests.factories import subject, submitted


def _dialog(qtbot, ctx: AppContext, subject_id: str) -> DataRequestsDialog:  # type: ignore[no-untyped-def]
    held = subjects.get_subject(ctx.require_session(), subject_id)
    dialog = DataRequestsDialog(ctx, held, [Target("subject", subject_id, "details")], chosen=0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    return dialog


def test_only_an_identity_correction_after_the_request_is_offered(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    stefan = make_session(Role.OFFICER, Role.SUPERVISOR, username="stefan")
    prisoner = subject(stefan, family="Nowak", number="PN-5150")
    restricted = restriction.set_restriction(stefan, prisoner.id, True, "Accuracy disputed.")
    note = data_requests.record_request(
        stefan, "subject", prisoner.id, "rectification", "He says his name is Nowak-Lis."
    )
    ctx = AppContext()
    ctx.session = stefan
    dialog = _dialog(qtbot, ctx, prisoner.id)
    assert dialog.selected_line() is not None
    assert dialog.outcome.currentData() == "rectified"
    # Nothing corrected yet: no version to name ("–"); the restriction's is not offered.
    assert dialog.version.value() == 0 and dialog.version.text() == "–"
    dialog.version.stepBy(1)
    assert dialog.version.value() != restricted.version
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    assert "version" in dialog.status.text()
    assert data_requests.open_requests(stefan, prisoner.id)[0].id == note.id  # still open
    dialog.close()

    moved = subjects.update_subject(stefan, prisoner.id, reason="Moved.", cell="C-9")
    named = subjects.update_subject(
        stefan, prisoner.id, reason="At his request.", family_name="Nowak-Lis"
    )
    again = subjects.update_subject(stefan, prisoner.id, reason="Moved back.", cell="C-1")
    dialog = _dialog(qtbot, ctx, prisoner.id)
    assert dialog.version.value() == named.version
    for steps in (-1, 1, 5, -5):  # the arrows stay on the versions that may be cited
        dialog.version.stepBy(steps)
        assert dialog.version.value() == named.version
    # Typing another version (the restriction's, a move) is not taken.
    for typed in (restricted.version, moved.version, again.version):
        dialog.version.lineEdit().selectAll()
        qtbot.keyClicks(dialog.version, str(typed))
        dialog.version.interpretText()
        qtbot.keyClick(dialog.version, Qt.Key.Key_Tab)
        assert dialog.version.value() == named.version, typed
    assert "prison number, names or birth year" in dialog.version.toolTip()
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    decided = next(n for n in data_requests.notes_of(stefan, prisoner.id) if n.id == note.id)
    assert (decided.outcome, decided.outcome_version) == ("rectified", named.version)


def test_an_observation_request_offers_only_an_amendment_made_after_it(qtbot, make_session) -> None:  # type: ignore[no-untyped-def]
    """Session 9: the same for an observation (and, through the same core rule, a run): an
    amendment made before the request is not offered; the one made after it is."""
    stefan = make_session(Role.OFFICER, Role.SUPERVISOR, username="stefan")
    prisoner = subject(stefan, family="Nowak", number="PN-5151")
    obs_id = submitted(stefan, prisoner.id)
    earlier = observation_amendments.amend(stefan, obs_id, "Typing error.", {"place": "Yard"})
    note = data_requests.record_request(
        stefan, "observation", obs_id, "rectification", "He says it was the workshop."
    )
    ctx = AppContext()
    ctx.session = stefan
    held = subjects.get_subject(stefan, prisoner.id)
    target = [Target("observation", obs_id, "observation")]
    dialog = DataRequestsDialog(ctx, held, target, chosen=0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    assert dialog.outcome.currentData() == "rectified"
    assert dialog.version.text() == "–"  # version 2 was made before the request
    dialog.version.stepBy(1)
    assert dialog.version.value() != earlier.version
    assert "amended after the request" in dialog.version.toolTip()
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    assert "amended after the request" in dialog.status.text()  # which version may, not "2+"
    assert data_requests.open_requests(stefan, prisoner.id)[0].id == note.id  # still open
    dialog.close()
    later = observation_amendments.amend(stefan, obs_id, "At his request.", {"place": "Workshop"})
    dialog = DataRequestsDialog(ctx, held, target, chosen=0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    assert dialog.version.value() == later.version
    dialog.version.stepBy(-1)
    assert dialog.version.value() == later.version
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    decided = next(n for n in data_requests.notes_of(stefan, prisoner.id) if n.id == note.id)
    assert (decided.outcome, decided.outcome_version) == ("rectified", later.version)
