"""The mouse wheel never changes a choice of the observation form unseen (found under Xvfb
with real wheel events: scrolling the form over "Information is" turned the grade A into E)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

from radprev_desktop.core.session import Session
from radprev_desktop.gui.inputs import install_wheel_guard
from tests.gui.test_observation_editor import editor, make_subject

__all__ = ["editor"]  # the editor fixture, shared with the editor's own tests


def test_no_combo_or_spin_box_of_the_form_takes_the_focus_from_the_wheel(  # type: ignore[no-untyped-def]
    qtbot, editor, officer: Session
) -> None:
    """A real wheel event gives a WheelFocus widget the focus before the wheel guard sees
    it (Qt does so for system events only, which the test above cannot send): under Xvfb,
    scrolling the form over "Information is" changed the grade from A to E unseen."""
    install_wheel_guard()
    _ctx, page = editor
    page.new_for_subject(make_subject(officer))
    page.show()
    qtbot.waitExposed(page)
    boxes = page.findChildren(QComboBox) + page.findChildren(QAbstractSpinBox)
    assert len(boxes) >= 5
    wheel = [
        b.objectName() or type(b).__name__
        for b in boxes
        if b.focusPolicy() == Qt.FocusPolicy.WheelFocus
    ]
    assert wheel == []
    assert page.source_type.focusPolicy() == Qt.FocusPolicy.StrongFocus  # Tab and click still
