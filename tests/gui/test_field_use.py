"""Regressions found by using the real application under Xvfb (issue 10, field use).

Each test replays what went wrong in a real window at 1024×768, through the
same widgets, and checks what the officer sees.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from radprev_desktop.core.model import ObservationStatus, Role
from radprev_desktop.core.services import observations, reviews
from radprev_desktop.core.session import Session
from radprev_desktop.gui.main_window import NAV_SPECS
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from tests.gui import test_lock_everywhere as lock_tests
from tests.gui.modal import activate

file_of = lock_tests.file_of  # an officer-supervisor, two prisoners, observations


def _submitted(olga: Session, subject_id: str) -> str:
    found = [
        o
        for o in observations.list_for_subject(olga, subject_id)
        if o.status is ObservationStatus.SUBMITTED
    ]
    assert len(found) == 1
    return found[0].id


def test_the_reason_of_a_correction_is_on_screen_when_it_gets_the_focus(
    qtbot, open_window, make_session, file_of: tuple[Session, str, str]
) -> None:  # type: ignore[no-untyped-def]
    """A returned observation opens as a correction with the focus in the reason field at
    the bottom of the form, but the form stayed scrolled elsewhere: the officer typed the
    reason into a field off screen."""
    olga, subject_id, _draft = file_of
    obs_id = _submitted(olga, subject_id)
    stefan = make_session(Role.SUPERVISOR, username="stefan")
    reviews.return_to_author(stefan, obs_id, "Please say which wing.")
    window = open_window(olga)
    window.resize(1000, 690)  # what a 1024×768 screen leaves
    activate(window)  # the active window: focus changes take effect at once, as on X11
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    dashboard = window.pages["dashboard"]
    table = dashboard.returned.table
    assert table.rowCount() == 1
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # as from the dashboard: Enter opens it
    editor = window.pages["observation_editor"]
    assert isinstance(editor, ObservationEditorPage)
    assert window.current_key() == "observation_editor"
    qtbot.waitUntil(lambda: editor.amend_reason.hasFocus())
    qtbot.wait(50)  # the layouts settle, as after any click
    viewport = editor.form_scroll.viewport()
    top_left = editor.amend_reason.mapTo(viewport, editor.amend_reason.rect().topLeft())
    bottom = top_left.y() + editor.amend_reason.height()
    assert top_left.y() >= 0 and bottom <= viewport.height(), (top_left.y(), viewport.height())
    qtbot.keyClicks(editor.amend_reason, "Wrong wing")
    assert editor.amend_reason.value() == "Wrong wing"


def test_a_correction_with_only_its_reason_typed_survives_the_lock(
    qtbot, open_window, file_of: tuple[Session, str, str]
) -> None:  # type: ignore[no-untyped-def]
    """Amend…, type the reason, Ctrl+L, unlock: the reason was gone (only changed fields
    counted as unsaved work)."""
    olga, subject_id, _draft = file_of
    window = open_window(olga)
    assert window.open_observation(_submitted(olga, subject_id))
    editor = window.pages["observation_editor"]
    assert isinstance(editor, ObservationEditorPage)
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.amend_reason, "Corrected the wing")
    assert editor.has_unsaved_changes()
    session = window.ctx.session
    window.lock()
    lock_tests.assert_locked_and_empty(window, session)
    lock_tests.unlock(window, reason=False)
    assert editor.amend_box.isVisible()
    assert editor.amend_reason.value() == "Corrected the wing"


def test_the_dashboard_names_no_page_the_role_does_not_have(
    qtbot, open_window, admin: Session, make_session
) -> None:  # type: ignore[no-untyped-def]
    """The administrator's dashboard sent them to an "Audit log" their menu does not have."""
    auditor = make_session(Role.AUDITOR, username="aida")
    for session in (admin, auditor):
        window = open_window(session)
        note = window.pages["dashboard"].role_note.text()
        assert note
        missing = [window.page_title(spec) for spec in NAV_SPECS if spec.key not in window.nav_keys]
        assert missing
        for title in missing:
            assert title not in note, (session.user.username, title, note)


def test_unlock_after_ctrl_n_offers_the_choice_of_prisoner_again(
    qtbot, open_window, file_of: tuple[Session, str, str]
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N, lock, unlock (bundle on Xvfb): the editor came back as a form without a
    prisoner and without the prisoner field, so nothing typed could ever be saved."""
    olga, _subject_id, _draft = file_of
    window = open_window(olga)
    assert window.new_observation()
    editor = window.pages["observation_editor"]
    assert isinstance(editor, ObservationEditorPage)
    assert not editor.picker.isHidden()
    session = window.ctx.session
    window.lock()
    lock_tests.assert_locked_and_empty(window, session)
    lock_tests.unlock(window, reason=False)
    assert window.current_key() == "observation_editor"
    assert not editor.picker.isHidden()
    assert "choose the prisoner" in editor.heading.text()
