"""A scripted shift in the real application, then random keys and clicks (the soak test).

`play_shift` logs in through the login window, records observations with the
keyboard (Ctrl+N, the prisoner, the facts, Ctrl+Enter, Enter), completes
checklists, reviews a colleague's observations, makes reports, locks and
unlocks, switches user and back, and then sends random key presses and mouse
clicks to whatever the window shows. Any dialog that opens is answered the way
the script wants (Enter) or dismissed (Escape) by `ModalGuard`. Used by
tests/gui/test_soak.py (reduced) and tests/bench/bench_gui_soak.py (full).
"""

from __future__ import annotations

import random
import resource
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import observations, subjects, users
from radprev_desktop.core.services.checklists import RunStatus
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui.app import Application
from radprev_desktop.gui.login import LoginWindow
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.review_queue import ReviewQueuePage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage

OFFICER, OFFICER_PASSWORD = "olga", "olga-password-1"
COLLEAGUE, COLLEAGUE_PASSWORD = "piotr", "piotr-password-1"
ADMIN, ADMIN_PASSWORD = "admin", "admin-password-1"
FAMILIES = ("Nowak", "Petrović", "Hoxha", "Dąbrowski", "Трајковски", "Kowalczyk", "Berisha")


def type_character(widget: QWidget, char: str) -> None:
    """One typed character, as a keyboard layout with that letter sends it.

    QTest.keyClicks maps characters through Latin-1 and aborts the process (a Qt
    assertion) on letters outside it such as 'ł' or 'Ђ'; a key event carrying the
    text is what a Polish or Serbian keyboard delivers.
    """
    if char.isascii():
        QTest.keyClicks(widget, char)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@dataclass(frozen=True)
class ShiftSize:
    observations: int = 50
    checklists: int = 5
    reviews: int = 10
    reports: int = 2
    locks: int = 5
    random_events: int = 20_000


REDUCED = ShiftSize(observations=4, checklists=2, reviews=2, reports=1, locks=2, random_events=1500)


@dataclass
class ShiftResult:
    scripted_events: int = 0
    random_events: int = 0
    seconds: float = 0.0
    random_seconds: float = 0.0
    peak_rss_mb: float = 0.0
    submitted: list[str] = field(default_factory=list)
    checklists: list[str] = field(default_factory=list)
    reviewed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs_answered: int = 0


def prepare_vault(folder: Path, kdf: object, prisoners: int = 12) -> list[str]:
    """A workstation vault with an officer-supervisor, a colleague, prisoners and work to review."""
    created = VaultAccess(folder).create(
        mode=Mode.WORKSTATION,
        establishment_code="PL-SOAK1",
        establishment_name="Areszt Śledczy Soak",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        admin_display_name="Administrator Soak",
        kdf=kdf,
        units=[("A", "Oddział A"), ("B", "Oddział B")],
    )
    admin = created.session
    for name, password, roles in (
        (OFFICER, OFFICER_PASSWORD, [Role.OFFICER, Role.SUPERVISOR]),
        (COLLEAGUE, COLLEAGUE_PASSWORD, [Role.OFFICER]),
    ):
        users.add_user(
            admin, name, password, roles, display_name=name.title(), staff_code=name.upper(),
            units=["A", "B"], must_change_password=False,
        )  # fmt: skip
    admin.close()
    colleague = VaultAccess(folder).login(COLLEAGUE, COLLEAGUE_PASSWORD).session
    ids = []
    for i in range(prisoners):
        s = subjects.create_subject(
            colleague, prison_number=f"PN-{7000 + i}", family_name=FAMILIES[i % len(FAMILIES)],
            given_names=f"Jan {i}", unit="A" if i % 2 else "B",
        )  # fmt: skip
        ids.append(s.prison_number)
        observations.record(
            colleague,
            observations.ObservationInput(
                subject_id=s.id, facts=f"Refused the meal and shouted at staff ({i}).",
                place="Wing A", officer_duty="landing", assessment="Usually calm on the wing.", other_explanations_none=True,
            ),
            submit_now=True,
        )  # fmt: skip
    colleague.close()
    return ids


class ModalGuard:
    """Answers every modal dialog: Enter while `accept` is set, Escape otherwise."""

    def __init__(self, result: ShiftResult) -> None:
        self.accept = False
        self.result = result
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        self.result.dialogs_answered += 1
        reason = modal.findChild(QComboBox, "reason")
        if self.accept and reason is not None and reason.currentIndex() < 0:
            reason.setCurrentIndex(0)  # the reason for access: none is pre-selected
        QTest.keyClick(modal, Qt.Key.Key_Return if self.accept else Qt.Key.Key_Escape)

    def stop(self) -> None:
        self.timer.stop()


class Shift:
    def __init__(self, folder: Path, size: ShiftSize, prisoners: list[str], seed: int = 10):
        self.folder = folder
        self.size = size
        self.prisoners = prisoners
        self.rng = random.Random(seed)
        self.result = ShiftResult()
        self.app = QApplication.instance()
        assert isinstance(self.app, QApplication)
        self.guard = ModalGuard(self.result)
        self.controller = Application(folder)

    # --- helpers --------------------------------------------------------------------

    def settle(self, rounds: int = 3) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def key(
        self,
        widget: QWidget | None,
        key: Qt.Key,
        mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        if QApplication.activeWindow() is None and self.controller.window is not None:
            self.activate(self.window)  # offscreen: a closed dialog takes the activation along
        target = widget or QApplication.focusWidget() or self.window
        QTest.keyClick(target, key, mods)
        self.result.scripted_events += 1

    def type(self, text: str) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        if text.isascii():
            QTest.keyClicks(target, text)
        else:
            for char in text:
                type_character(target, char)
        self.result.scripted_events += len(text)

    @property
    def window(self) -> MainWindow:
        window = self.controller.window
        assert isinstance(window, MainWindow), "not logged in"
        return window

    def activate(self, widget: QWidget) -> None:
        window = widget.window()
        window.raise_()
        window.activateWindow()
        with warnings.catch_warnings():  # offscreen: nothing activates windows but this
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
        self.settle()

    def login(self, username: str, password: str) -> None:
        login = self.controller.login
        assert isinstance(login, LoginWindow)
        self.activate(login)
        login.username.setFocus()
        login.username.clear()
        self.type(username)
        self.key(login.username, Qt.Key.Key_Return)
        self.type(password)
        self.key(login.password, Qt.Key.Key_Return)
        self.settle()
        self.activate(self.window)

    # --- the scripted shift -------------------------------------------------------------

    def observe(self, number: str, n: int) -> None:
        """Ctrl+N, the prisoner, facts and assessment, Ctrl+Enter, Enter: all by keyboard."""
        self.key(None, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        self.settle()
        editor = self.window.pages["observation_editor"]
        assert isinstance(editor, ObservationEditorPage)
        self.type(number)
        self.key(None, Qt.Key.Key_Return)
        self.settle()
        assert editor.subject_id is not None, f"prisoner {number} not chosen"
        if QApplication.focusWidget() is editor.place:  # the first one: no place to remember
            self.type("Wing A landing")
            self.key(None, Qt.Key.Key_Tab)
            self.type("landing officer")
            self.key(None, Qt.Key.Key_Tab)
        self.type(f'Said "the list is on the wall" and pointed at staff, shift note {n}.')
        self.key(None, Qt.Key.Key_Tab)
        self.type("Usually quiet; may be about the canteen debt.")
        self.key(None, Qt.Key.Key_Tab)  # other explanations: required to seal (issue #14)
        self.type("A quarrel over the canteen list with the cellmate.")
        self.guard.accept = True
        self.key(None, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        self.settle()
        self.guard.accept = False
        assert editor.observation_id is not None, editor.messages.text()
        self.result.submitted.append(editor.observation_id)

    def checklist(self, number: str) -> None:
        session = self.window.ctx.require_session()
        subject = subjects.find_by_prison_number(session, number)
        self.guard.accept = True  # the reason for access, the first time
        assert self.window.open_subject(subject.id)
        self.guard.accept = False
        detail = self.window.pages["subject_detail"]
        assert isinstance(detail, SubjectDetailPage)
        detail.new_checklist_run()
        runner = detail.runner
        assert runner.run is not None
        for code in list(runner.rows)[:3]:
            runner.item_row(code).not_observed.setChecked(True)
            self.result.scripted_events += 1
        runner.protective_none.setChecked(True)
        runner.other_none.setChecked(True)
        runner.summary.setPlainText("Nothing of concern this week.")
        self.guard.accept = True  # "Complete and seal?"
        self.key(runner.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        self.settle()
        self.guard.accept = False
        assert runner.run.status is RunStatus.COMPLETED, runner.messages.text()
        self.result.checklists.append(runner.run.id)
        runner.close_runner()

    def review(self, count: int) -> None:
        self.guard.accept = True
        assert self.window.show_page("review_queue")
        page = self.window.pages["review_queue"]
        assert isinstance(page, ReviewQueuePage)
        if page.gate.isVisible():  # no names before the reason for access
            QTest.mouseClick(page.gate.button, Qt.MouseButton.LeftButton)
            self.result.scripted_events += 1
        page.refresh()
        for _ in range(count):
            if page.model.rowCount() == 0:
                break
            page.view.selectRow(0)
            self.settle()
            if page.current is None:
                break
            self.result.reviewed.append(page.current.id)
            assert page.accept(), page.message.text()
            self.result.scripted_events += 1
        self.guard.accept = False

    def report(self, number: str) -> None:
        window = self.window
        assert window.show_page("reports")
        page = window.pages["reports"]
        session = window.ctx.require_session()
        page.show_for_subject(subjects.find_by_prison_number(session, number).id)
        page.reason_text.setText("weekly review")
        page.generate_report()
        deadline = time.monotonic() + 60
        while window.workers.busy and time.monotonic() < deadline:
            self.settle()
        self.settle()
        assert page.report is not None, "no report was made"
        self.result.scripted_events += 3

    def lock_and_unlock(self) -> None:
        self.key(None, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        self.settle()
        assert self.window.locked, "Ctrl+L did not lock"
        self.guard.accept = True  # a file on screen asks the reason again
        self.window.lock_screen.password.setFocus()
        self.type(OFFICER_PASSWORD)
        self.key(self.window.lock_screen.password, Qt.Key.Key_Return)
        self.settle()
        self.guard.accept = False
        assert not self.window.locked, self.window.lock_screen.message.text()

    def switch_user_and_back(self) -> None:
        self.window.switch_user()
        self.settle()
        self.login(ADMIN, ADMIN_PASSWORD)
        assert self.window.username == ADMIN
        self.lock_and_unlock_as(ADMIN_PASSWORD)
        self.window.switch_user()
        self.settle()
        self.login(OFFICER, OFFICER_PASSWORD)
        assert self.window.username == OFFICER

    def lock_and_unlock_as(self, password: str) -> None:
        self.window.lock()
        self.window.lock_screen.password.setText(password)
        self.key(self.window.lock_screen.password, Qt.Key.Key_Return)
        self.settle()
        assert not self.window.locked

    # --- random keys and clicks -----------------------------------------------------------

    SAFE_KEYS = (
        Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left,
        Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Space,
        Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp,
        Qt.Key.Key_Backspace,
    )  # fmt: skip

    def random_events(self, count: int) -> None:
        """Keys and clicks on what is shown (no Ctrl/Alt shortcuts that quit or switch user)."""
        window = self.window
        started = time.perf_counter()
        for n in range(count):
            if window.locked:  # the idle lock may come during a long run
                self.lock_screen_unlock()
            shown = [
                w
                for w in window.page_stack.currentWidget().findChildren(QWidget)
                if w.isVisible() and w.isEnabled() and w.width() > 0
            ] or [window.nav]
            target = self.rng.choice(shown)
            roll = self.rng.random()
            if roll < 0.45:
                focus = QApplication.focusWidget() or target
                if focus.window() is not window:
                    focus = target
                QTest.keyClick(focus, self.rng.choice(self.SAFE_KEYS))
            elif roll < 0.7:
                focus = QApplication.focusWidget()
                if isinstance(focus, QLineEdit | QPlainTextEdit) and focus.window() is window:
                    type_character(focus, self.rng.choice(("a", "ł", "Ђ", "7", " ", "x")))
                else:
                    QTest.keyClick(target, Qt.Key.Key_Tab)
            elif roll < 0.85:
                pos = QPoint(self.rng.randrange(max(1, target.width())),
                             self.rng.randrange(max(1, target.height())))  # fmt: skip
                QTest.mouseMove(target, pos)
            else:
                pos = QPoint(self.rng.randrange(max(1, target.width())),
                             self.rng.randrange(max(1, target.height())))  # fmt: skip
                if not isinstance(target, QAbstractButton) or target.text().replace(
                    "&", ""
                ) not in (
                    "Quit",
                    "Switch user…",
                ):
                    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=pos)
            self.result.random_events += 1
            if n % 50 == 0:
                self.settle(1)
            if n % 500 == 0 and self.rng.random() < 0.5:
                window.show_nav_index(self.rng.randrange(0, 8))
        self.result.random_seconds = time.perf_counter() - started

    def lock_screen_unlock(self) -> None:
        self.window.lock_screen.password.setText(OFFICER_PASSWORD)
        self.window.unlock(OFFICER_PASSWORD)

    # --- the whole shift ------------------------------------------------------------------

    def play(self) -> ShiftResult:
        started = time.perf_counter()
        previous_hook = sys.excepthook
        sys.excepthook = self._record_exception
        try:
            self.controller.start()
            self.settle()
            self.login(OFFICER, OFFICER_PASSWORD)
            size = self.size
            for n in range(size.observations):
                self.observe(self.prisoners[n % len(self.prisoners)], n)
                if size.locks and n % max(1, size.observations // size.locks) == 0:
                    self.lock_and_unlock()
            for n in range(size.checklists):
                self.checklist(self.prisoners[n % len(self.prisoners)])
            self.review(size.reviews)
            for n in range(size.reports):
                self.report(self.prisoners[n])
            self.switch_user_and_back()
            self.random_events(size.random_events)
            self.guard.accept = False
            self.settle()
        finally:
            sys.excepthook = previous_hook
            self.guard.stop()
        self.result.seconds = time.perf_counter() - started
        self.result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return self.result

    def _record_exception(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self.result.errors.append(f"{kind.__name__}: {value}")

    def close(self) -> None:
        window = self.controller.window
        if isinstance(window, MainWindow):
            window._closing_for_switch = True
            window._end_session("logout")
            window.close()
            window.deleteLater()
        for other in (self.controller.login, self.controller.wizard):
            if other is not None:
                other.close()
                other.deleteLater()
        self.settle()


def check_after(shift: Shift, session_for: Callable[[], Session]) -> list[str]:
    """What must hold after the shift: lock works and leaves nothing; every record is there."""
    problems: list[str] = []
    window = shift.window
    window.lock()
    if not window.locked:
        problems.append("the lock failed after the shift")
    for page in window.pages.values():
        for edit in page.findChildren(QLineEdit):
            if edit.objectName() == "qt_spinbox_lineedit":
                continue  # dates and numbers of filters, no vault data
            if edit.text().strip():
                problems.append(f"{page.objectName()} keeps {edit.objectName()!r} after the lock")
    session = session_for()
    try:
        for obs_id in shift.result.submitted:
            obs = observations.get_observation(session, obs_id)
            if obs.status.value == "draft":
                problems.append(f"submitted observation {obs_id} is a draft")
    finally:
        session.close()
    return problems
