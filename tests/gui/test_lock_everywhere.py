"""The lock cannot fail: after every page, every dialog, every checklist state.

Issue 10: once a checklist had been opened, Ctrl+L and auto-lock did nothing
(a dead widget made `clear()` raise). Here the lock is tried after each page
and dialog in turn; afterwards no widget of any page may show a secret, the
session is closed, and unlocking returns to the same page and record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import observations, subjects
from radprev_desktop.core.services.checklists import RunStatus
from radprev_desktop.core.session import Session
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.page import RecordKind
from radprev_desktop.gui.pages.checklist_runner import ChecklistRunnerPage
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from tests.conftest import ADMIN_PASSWORD, PASSWORD
from tests.gui.modal import respond_to_modal

SECRETS = ["Kowalczyk", "PN-4711", "leaflet", "Wiśniewska"]


def _texts(widget: QWidget) -> list[str]:
    """Every text a user could read in `widget` and below."""
    found: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel | QLineEdit):
            found.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextBrowser):
            found.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            found.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QListWidget):
            found.extend(w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QTreeWidget):
            root = w.invisibleRootItem()
            stack = [root.child(i) for i in range(root.childCount())]
            while stack:
                item = stack.pop()
                found.extend(item.text(c) for c in range(item.columnCount()))
                stack.extend(item.child(i) for i in range(item.childCount()))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListWidget | QTreeWidget):
            model = w.model()
            if model is not None:
                for r in range(model.rowCount()):
                    found.extend(
                        str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())
                    )
    return found


def assert_locked_and_empty(window: MainWindow, session: Session) -> None:
    assert window.locked, "the lock did not happen"
    assert window.ctx.session is None and not session.is_open
    assert window.outer.currentWidget() is window.lock_screen
    pages = list(window.pages.values())
    assert pages
    for page in pages:
        for text in _texts(page):
            for secret in SECRETS:
                assert secret not in text, (page.objectName(), secret, text[:80])
    for view in window.findChildren(QTableView):
        model = view.model()
        assert model is None or model.rowCount() == 0, view.objectName()


def unlock(window: MainWindow, password: str = PASSWORD, *, reason: bool = True) -> Session:
    """Unlock; a file shown before the lock asks the reason again (answered with Enter)."""
    if reason:
        respond_to_modal(reason="review")
    window.unlock(password)
    assert not window.locked
    assert window.ctx.session is not None
    return window.ctx.session


@pytest.fixture
def file_of(make_session: Callable[..., Session]) -> tuple[Session, str, str]:
    """An officer-supervisor with a prisoner, a submitted observation and a draft."""
    olga = make_session(Role.OFFICER, Role.SUPERVISOR, username="olga")
    subject = subjects.create_subject(
        olga, prison_number="PN-4711", family_name="Kowalczyk", given_names="Jan", unit="A"
    )
    other = subjects.create_subject(
        olga, prison_number="PN-4712", family_name="Wiśniewska", given_names="Anna", unit="A"
    )
    observations.record(
        olga,
        observations.ObservationInput(
            subject_id=subject.id,
            facts="Read a leaflet aloud",
            assessment="Usually calm on the wing.",
            other_explanations_none=True,
        ),
        submit_now=True,
    )
    draft = observations.create_draft(
        olga,
        observations.ObservationInput(
            subject_id=other.id,
            facts="Tore the leaflet",
            assessment="Usually calm on the wing.",
            other_explanations_none=True,
        ),
    )
    olga.justification = ("review", "")
    return olga, subject.id, draft.id


def test_lock_after_every_page_returns_to_it(
    qtbot, open_window, file_of: tuple[Session, str, str]
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, draft_id = file_of
    window = open_window(olga)
    keys = list(window.pages)
    assert {"dashboard", "subjects", "search", "review_queue", "subject_detail"} <= set(keys)
    for key in keys:
        if key == "subject_detail":
            assert window.open_subject(subject_id)
        elif key == "observation_editor":
            assert window.open_observation(draft_id)
        elif key == "checklist_runner":
            continue  # opened from a file below (each checklist state)
        else:
            assert window.show_page(key), key
        window.pages["search"].query.setText("leaflet")
        before = window.location()
        session = window.ctx.session
        window.lock()
        assert_locked_and_empty(window, session)
        unlock(window)
        assert window.current_key() == before.key, (key, window.current_key())
        assert window.location() == before


def test_unlock_returns_to_the_same_record(
    qtbot, open_window, file_of: tuple[Session, str, str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, draft_id = file_of
    window = open_window(olga)
    assert window.open_observation(draft_id)
    editor = window.pages["observation_editor"]
    assert isinstance(editor, ObservationEditorPage)
    editor.facts.setPlainText("")  # now unfinished: no facts
    editor.assessment.setPlainText("Usually calm.")
    window.lock()
    assert_locked_and_empty(window, olga)
    unlock(window)
    assert window.current_key() == "observation_editor"
    assert editor.observation_id == draft_id
    assert editor.assessment.toPlainText() == "Usually calm."
    assert "What was seen or heard is required" in editor.messages.text()
    # A file: the reason is asked again before anything is drawn (here: given).
    monkeypatch.setattr(
        "radprev_desktop.gui.pages.subject_detail.ensure_justification",
        lambda session, *_a, **_k: ("review", ""),
    )
    assert window.open_subject(subject_id)
    detail = window.pages["subject_detail"]
    assert isinstance(detail, SubjectDetailPage)
    detail.tabs.setCurrentIndex(0)
    session = window.ctx.session
    window.lock()
    assert_locked_and_empty(window, session)
    unlock(window)
    assert window.current_key() == "subject_detail"
    assert detail.subject is not None and detail.subject.id == subject_id


def test_lock_after_each_checklist_state(
    qtbot, open_window, file_of: tuple[Session, str, str]
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, _draft = file_of
    window = open_window(olga)
    assert window.open_subject(subject_id)
    detail = window.pages["subject_detail"]
    assert isinstance(detail, SubjectDetailPage)
    runner = detail.runner
    assert isinstance(runner, ChecklistRunnerPage)

    def lock_and_back() -> None:
        session = window.ctx.session
        assert session is not None
        window.lock()
        assert_locked_and_empty(window, session)
        fresh = unlock(window)
        assert fresh.is_open
        assert window.current_key() == "subject_detail"
        assert detail.stack.currentWidget() is detail.runner
        assert runner.run is not None and runner.run.id == run_id

    detail.new_checklist_run()  # new
    run_id = runner.run.id
    lock_and_back()
    runner.item_row("A1.1").not_observed.setChecked(True)  # half
    runner.item_row("A1.2").observed.setChecked(True)
    runner.item_row("A1.2").evidence.setText("Stopped going to work")
    lock_and_back()
    assert runner.item_row("A1.2").evidence.text() == "Stopped going to work"
    runner.protective_none.setChecked(True)  # complete
    runner.other_none.setChecked(True)
    runner.summary.setPlainText("Nothing more this month.")
    assert runner.complete(), runner.messages.text()
    lock_and_back()
    assert runner.run.status is RunStatus.COMPLETED
    detail.show_file()  # reopened
    runner.load(run_id)
    detail.stack.setCurrentWidget(runner)
    lock_and_back()
    assert runner.run.status is RunStatus.COMPLETED


def test_lock_while_a_dialog_is_open_closes_it(
    qtbot, open_window, make_session, admin: Session, file_of
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, _draft = file_of
    window = open_window(olga)
    opened: list[str] = []

    def lock_soon() -> None:
        def fire() -> None:
            modal = QApplication.activeModalWidget()
            opened.append(modal.objectName() if modal is not None else "")
            window.lock()

        QTimer.singleShot(100, fire)

    # Add a prisoner (modal dialog): auto-lock fires while it is open.
    window.show_page("subjects")
    lock_soon()
    window.pages["subjects"].add_subject()
    assert opened[-1] == "SubjectDialog"
    assert_locked_and_empty(window, olga)
    session = unlock(window, reason=False)  # back on the Prisoners list: nothing to answer
    # The reason for access (modal): a new session asks again.
    assert session.justification is None
    lock_soon()
    window.open_subject(subject_id)
    assert opened[-1] == "JustificationDialog"
    assert_locked_and_empty(window, session)
    session = unlock(window, reason=False)
    # Change password (window-modal, opened with open()).
    window.change_password()
    assert window.change_password_dialog.isVisible()
    window.lock()
    assert not window.change_password_dialog.isVisible()
    assert_locked_and_empty(window, session)
    unlock(window)
    # The administrator's add-account dialog.
    admin_window = open_window(admin)
    admin_window.show_page("admin")
    users_tab = admin_window.pages["admin"].users_tab
    users_tab.add_user()
    dialog = users_tab.dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    admin_window.lock()
    assert not dialog.isVisible()
    assert admin_window.locked
    admin_window.unlock(ADMIN_PASSWORD)
    assert not admin_window.locked


def test_a_page_whose_clear_fails_is_rebuilt_and_logged(
    qtbot, open_window, file_of, caplog
) -> None:  # type: ignore[no-untyped-def]
    olga, subject_id, _draft = file_of
    window = open_window(olga)
    assert window.open_subject(subject_id)
    broken = window.pages["subject_detail"]

    def fails() -> None:
        raise RuntimeError("Internal C++ object (QCheckBox) already deleted.")

    broken.clear = fails  # type: ignore[method-assign]
    with caplog.at_level(logging.ERROR):
        window.lock()
    assert window.pages["subject_detail"] is not broken
    assert_locked_and_empty(window, olga)
    assert any("subject_detail" in r.getMessage() for r in caplog.records)
    assert any(r.exc_info for r in caplog.records)  # with its traceback, never silent
    unlock(window)


def test_leaving_the_editor_keeps_the_draft(qtbot, open_window, file_of) -> None:  # type: ignore[no-untyped-def]
    """Issue 10: Ctrl+N, type facts, Ctrl+1 → gone, no prompt."""
    olga, subject_id, _draft = file_of
    window = open_window(olga)
    window.new_observation()
    editor = window.pages["observation_editor"]
    assert isinstance(editor, ObservationEditorPage)
    editor.new_for_subject(subject_id)
    editor.facts.setPlainText("Shouted at the landing officer")
    window.show_nav_index(0)  # Ctrl+1
    assert window.current_key() == "dashboard"
    drafts = [
        o for o in observations.list_for_subject(olga, subject_id) if o.facts.startswith("Shouted")
    ]
    assert len(drafts) == 1
    dashboard = window.pages["dashboard"]
    texts = [
        dashboard.drafts.table.item(r, 5).text() for r in range(dashboard.drafts.table.rowCount())
    ]
    assert "Shouted at the landing officer" in texts


def test_closing_an_editor_goes_back_where_the_user_came_from(qtbot, open_window, file_of) -> None:  # type: ignore[no-untyped-def]
    olga, _subject_id, draft_id = file_of
    window = open_window(olga)
    window.show_page("dashboard")
    assert window.open_observation(draft_id)
    editor = window.pages["observation_editor"]
    assert isinstance(editor, ObservationEditorPage)
    assert editor.submit()
    assert window.current_key() == "dashboard"
    # From the review queue to a file and back with Alt+Left.
    window.show_page("review_queue")
    assert window.open_subject(_subject_id)
    assert window.location().record.kind is RecordKind.SUBJECT
    window.go_back()
    assert window.current_key() == "review_queue"


def test_one_minute_warning_before_the_lock(qtbot, open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    window = open_window(admin)
    now = [1000.0]
    window.idle._clock = lambda: now[0]
    window.idle.set_minutes(5)
    window.idle.restart()
    now[0] += 4 * 60 + 5
    window.idle.check()
    assert window.notice_row.isVisible()
    assert "locks in 55 seconds" in window.notice.text()
    window.actions_.update_countdown()
    assert window.lock_status.text() == "Locks in 55 s"
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # activity
    window.idle.check()
    assert not window.notice_row.isVisible()
    assert not window.locked


def test_f1_opens_the_guide_at_the_current_page(qtbot, open_window, file_of) -> None:  # type: ignore[no-untyped-def]
    olga, _subject_id, _draft = file_of
    window = open_window(olga)
    window.show_page("search")
    window.show_guide()
    assert window.guide is not None and window.guide.isVisible()
    bar = window.guide.browser.verticalScrollBar()
    at_search = bar.value()
    window.show_page("dashboard")
    window.show_guide()
    assert bar.value() < at_search and bar.value() > 0
    assert window.actions_.guide.shortcut().toString() == "F1"
