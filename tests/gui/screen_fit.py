"""Screen fit: every window fits 1024×768 at 100 % and 1366×768 at 150 % (issue 10).

Sizes are in Qt's logical pixels: at 150 % a 1366×768 screen offers 910×512 of
them; the taskbar and the title bar take about 45 more. So the main window of
each role must be usable at 910×465: its minimum size fits, and every page
(with each report and each state of a prisoner's file) fits the page area
without the safety scroll bars. Dialogs must fit the same space.

1024×768 at 150 % offers 683×467 for a window (less a taskbar): there a page may
scroll down but never sideways, and a dialog must fit the screen
(tests/gui/test_workstation_pages_narrow.py, test_central_pages_narrow.py).

Used by the every-language walk (tests/gui/test_keyboard.py), the training windows
(test_training.py) and the pseudo-language screens (test_pseudo_screens.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import observations, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.reports import ReportsPage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage

#: Logical pixels a window may use: 1024×768 at 100 % and 1366×768 at 150 %.
SCREENS = {"1024x768 at 100 %": QSize(1024, 700), "1366x768 at 150 %": QSize(910, 465)}
SMALLEST = QSize(910, 465)
#: 1024×768 at 150 %, less a taskbar: pages may scroll down here, never sideways.
NARROW = QSize(683, 467)


def too_big(size: QSize, room: QSize) -> bool:
    return size.width() > room.width() or size.height() > room.height()


class Fit:
    def __init__(self) -> None:
        self.checked = 0
        self.problems: list[str] = []

    def window(self, widget: QWidget, where: str) -> None:
        self.checked += 1
        hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        if too_big(hint, SMALLEST):
            self.problems.append(f"{where}: needs {hint.width()}×{hint.height()}")

    def page(self, window: MainWindow, where: str) -> None:
        """The shown page fits the page area of a window at the smallest size."""
        self.checked += 1
        QApplication.processEvents()
        page = window.page_stack.currentWidget()
        room = window.page_area.viewport().size()
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        if too_big(need, room):
            self.problems.append(
                f"{where}: page needs {need.width()}×{need.height()}, "
                f"has {room.width()}×{room.height()}"
            )


def walk_window(
    fit: Fit, window: MainWindow, role: str, subject_id: str | None, size: QSize = SMALLEST
) -> None:
    window.resize(size)
    QApplication.processEvents()
    fit.window(window, f"{role}: main window")
    for key in list(window.pages):
        if key in ("subject_detail", "observation_editor", "checklist_runner"):
            continue
        assert window.show_page(key)
        fit.page(window, f"{role}: {key}")
        page = window.pages[key]
        if isinstance(page, ReportsPage):
            for i in range(page.kind.count()):
                page.kind.setCurrentIndex(i)
                fit.page(window, f"{role}: reports / {page.kind.currentText()}")
    if subject_id is None:
        return
    detail = window.pages["subject_detail"]
    assert isinstance(detail, SubjectDetailPage)
    assert window.open_subject(subject_id)
    fit.page(window, f"{role}: prisoner's file")
    detail.new_observation()
    fit.page(window, f"{role}: new observation")
    detail.editor.clear()
    detail.show_file()
    detail.new_checklist_run()
    fit.page(window, f"{role}: checklist")
    detail.runner.clear()
    detail.show_file()
    detail.timeline.selectRow(0)
    detail.show_history()
    fit.page(window, f"{role}: history")


def officer_with_a_file(make_session: Callable[..., Session]) -> tuple[Session, str]:
    """Officer and supervisor olga, a prisoner with a long name in unit A and one submitted
    observation; the reason for access given (the screen-fit walks open that file)."""
    olga = make_session(Role.OFFICER, Role.SUPERVISOR, username="olga")
    subject = subjects.create_subject(
        olga, prison_number="PN-1", family_name="Wiśniewska-Dąbrowska", given_names="Anna Maria",
        unit="A",
    )  # fmt: skip
    observations.record(
        olga,
        observations.ObservationInput(
            subject_id=subject.id,
            facts="Shouted at staff",
            assessment="Upset after a phone call; usually calm.",
            other_explanations_none=True,
        ),
        submit_now=True,
    )
    olga.justification = ("review", "")
    return olga, subject.id
