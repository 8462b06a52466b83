"""After an unlock the open file asks for the reason again; cancelling it left an empty
page with no heading and no way back (soak9, session 9). The page now says why nothing
is shown — naming no one — and *Give the reason and open the file again…* opens the same
file, with what was held across the lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from radprev_desktop.core.session import Session
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from tests.gui import test_lock_everywhere as lock_tests
from tests.gui.modal import respond_to_modal
from tests.gui.test_lock_everywhere import SECRETS, _texts, unlock

file_of = lock_tests.file_of  # the same officer, prisoners and observations


def test_cancelling_the_reason_after_unlock_offers_the_file_again(
    qtbot, open_window, file_of: tuple[Session, str, str]
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, _draft = file_of
    olga.justification = ("review", "")  # given before; asked again after the unlock
    window = open_window(olga)
    assert window.open_subject(subject_id)
    detail = window.pages["subject_detail"]
    assert isinstance(detail, SubjectDetailPage)
    # A checklist answer no draft can keep (observed, no example yet): held by the lock.
    detail.new_checklist_run()
    row = detail.runner.item_row("A3.2")
    qtbot.mouseClick(row.observed, Qt.MouseButton.LeftButton)
    window.lock()
    asked: list[str] = []
    respond_to_modal(Qt.Key.Key_Escape, seen=asked)  # the reason asked again: cancelled
    unlock(window, reason=False)
    assert "JustificationDialog" in asked
    assert window.current_key() == "subject_detail"
    panel = detail.not_opened
    assert detail.stack.currentWidget() is panel and panel.isVisible()
    assert "no reason for access was given" in panel.text.text()
    assert panel.open_again.isVisible() and window.focusWidget() is panel.open_again
    shown = " ".join(_texts(detail))
    assert shown
    assert not [s for s in SECRETS if s in shown]  # no name, number or words of the file
    # Cancelled once more from the panel: still the panel, still nothing shown.
    respond_to_modal(Qt.Key.Key_Escape)
    qtbot.keyClick(panel.open_again, Qt.Key.Key_Space)
    assert window.current_key() == "subject_detail"
    assert detail.stack.currentWidget() is panel and detail.subject is None
    # Given: the same file, and the answer held across the lock with it.
    respond_to_modal(reason="review")
    qtbot.keyClick(panel.open_again, Qt.Key.Key_Space)
    assert detail.subject is not None and detail.subject.id == subject_id
    assert "Kowalczyk" in detail.title.text()
    assert detail.stack.currentWidget() is detail.runner
    assert detail.runner.item_row("A3.2").observed.isChecked()
