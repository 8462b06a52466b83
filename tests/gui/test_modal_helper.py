"""The modal helper answers dialogs of its own test only.

`respond_to_modal` polls for a modal dialog for its 200 tries; when the dialog it
was armed for never came (an unlock that asked no reason), it used to keep polling
into the next tests of the same process and press Return in the first dialog they
opened. That is how test_lock_while_a_dialog_is_open_closes_it failed under load:
a stale answer accepted its reason-for-access question before the test's lock
timer fired, so the lock met no dialog ("SubjectDialog" was the last one seen).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from tests.gui.modal import end_of_test, respond_to_modal


def _ask(qtbot) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    """A question box the 'lock' closes after 300 ms unless someone answers it first."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "radprev",
        "Keep the draft?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    qtbot.addWidget(box)
    closed_by: list[str] = []

    def lock() -> None:
        if box.isVisible():
            closed_by.append("lock")
            box.done(99)

    QTimer.singleShot(300, box, lock)  # owned by the box: never outlives this test
    return box.exec(), closed_by


def test_an_answer_armed_in_an_ended_test_leaves_the_next_dialog_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    respond_to_modal()  # armed; no dialog comes before the "test" ends
    qtbot.wait(50)  # it is polling
    end_of_test()  # what tests/gui/conftest.py does after every test
    result, closed_by = _ask(qtbot)
    assert closed_by == ["lock"]
    assert result == 99


def test_an_answer_still_answers_the_dialog_of_its_own_test(qtbot) -> None:  # type: ignore[no-untyped-def]
    respond_to_modal()
    qtbot.wait(50)
    result, closed_by = _ask(qtbot)
    assert closed_by == []
    assert result == QMessageBox.StandardButton.Yes
