"""Every page of every role in `pseudo` at 1366×768: nothing is clipped (issue 13 item 5).

Pseudo-localisation makes every string about 40 % longer, with accents and brackets,
so a label that only fits in English shows up here. The main window of each role is
given a 1366×768 screen (less the title bar and taskbar); on every page, and on each
report form and each state of a prisoner's file, every visible widget must have at
least its minimumSizeHint — a widget squeezed below it is cut off on screen — and the
page must fit the page area. Each page is also grabbed as a screenshot (real widgets,
offscreen); RADPREV_PSEUDO_SHOTS=<folder> keeps the PNGs for a person to look at.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMenu,
    QScrollBar,
    QSizePolicy,
    QTabBar,
    QWidget,
)

from radprev_desktop.core.model import Role
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD
from tests.gui.screen_fit import Fit, officer_with_a_file, walk_window
from tests.training_support import TRAINEE, TRAINER, create_training_vault

#: A 1366×768 screen at 100 %, less the title bar and the taskbar.
SCREEN = QSize(1366, 700)


@pytest.fixture
def pseudo() -> Iterator[None]:
    i18n.install_language("pseudo")
    yield
    i18n.remove_translations()


def _ignored(widget: QWidget, page_area: QWidget) -> bool:
    """Widgets that scroll their content, or are parts of a widget checked whole."""
    if isinstance(widget, (QMenu, QScrollBar, QAbstractScrollArea)):
        return True  # a text box or table lower than its hint scrolls; nothing is cut
    parent = widget.parentWidget()
    while parent is not None and parent is not page_area:  # the pages' own scroll area
        if isinstance(parent, (QAbstractScrollArea, QAbstractSpinBox, QComboBox)):
            return True  # header, viewport content, the line edit of a date or combo box
        parent = parent.parentWidget()
    policy = widget.sizePolicy()
    ignored = QSizePolicy.Policy.Ignored
    return policy.horizontalPolicy() == ignored and policy.verticalPolicy() == ignored


def clipped(window: MainWindow) -> tuple[int, list[str]]:
    """How many visible widgets were checked, and those that got less than their hint."""
    found: list[str] = []
    checked = 0
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _ignored(widget, window.page_area):
            continue
        checked += 1
        if isinstance(widget, QTabBar):
            # Its minimum makes room for scroll buttons; it is cut only if a tab is.
            for i in (i for i in range(widget.count()) if widget.isTabVisible(i)):
                rect, hint = widget.tabRect(i), widget.tabSizeHint(i)
                if rect.right() >= widget.width() or rect.width() < hint.width():
                    found.append(f"tab {widget.tabText(i)!r}: {rect.width()} < {hint.width()}")
            continue
        need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        if not need.isValid():
            continue
        size = widget.size()
        if size.width() < need.width() or size.height() < need.height():
            name = widget.objectName() or type(widget).__name__
            text = getattr(widget, "text", lambda: "")()
            label = f" {str(text)[:40]!r}" if isinstance(text, str) and text else ""
            found.append(
                f"{name}{label}: {size.width()}×{size.height()} < {need.width()}×{need.height()}"
            )
    return checked, found


class PseudoFit(Fit):
    """Fit's page check at 1366×768, plus every widget on the page and a screenshot."""

    def __init__(self, shots: Path) -> None:
        super().__init__()
        self.shots = shots
        self.grabbed = 0
        self.widgets = 0

    def page(self, window: MainWindow, where: str) -> None:
        super().page(window, where)
        QApplication.processEvents()
        checked, problems = clipped(window)
        assert checked > 10, f"{where}: only {checked} widgets looked at"
        self.widgets += checked
        self.problems.extend(f"{where}: {problem}" for problem in problems)
        image = window.grab()
        assert not image.isNull(), where
        name = re.sub(r"[^A-Za-z0-9]+", "-", where).strip("-").lower()
        assert image.save(str(self.shots / f"pseudo-{self.grabbed:02d}-{name}.png"))
        self.grabbed += 1


def test_every_page_fits_1366x768_in_pseudo(
    qtbot, pseudo: None, make_session: Callable[..., Session], admin: Session, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    shots = Path(os.environ.get("RADPREV_PSEUDO_SHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    fit = PseudoFit(shots)
    olga, file_id = officer_with_a_file(make_session)
    for session, role, subject_id in (
        (olga, "officer+supervisor", file_id),
        (admin, "administrator", None),
        (make_session(Role.AUDITOR, username="aida"), "auditor", None),
    ):
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        walk_window(fit, window, role, subject_id, SCREEN)
        window._closing_for_switch = True
        window._end_session("logout")
        window.close()
    # The training vault's roles: trainee and trainer (the Training page), its administrator.
    practice = tmp_path / "training"
    create_training_vault(practice).close()
    for who in (TRAINEE, TRAINER, ADMIN):
        password = ADMIN_PASSWORD if who == ADMIN else PASSWORD
        window = MainWindow(VaultAccess(practice).login(who, password).session)
        qtbot.addWidget(window)
        window.show()
        walk_window(fit, window, f"training {who}", None, SCREEN)
        window._closing_for_switch = True
        window._end_session("logout")
        window.close()
    assert fit.checked > 40 and fit.grabbed > 35 and fit.widgets > 500
    assert len(list(shots.glob("pseudo-*.png"))) == fit.grabbed
    assert fit.problems == [], "pseudo at 1366×768:\n" + "\n".join(fit.problems)


def test_a_squeezed_window_is_reported(qtbot, pseudo: None, admin: Session) -> None:  # type: ignore[no-untyped-def]
    """The check bites: a window far below its minimum leaves widgets below their hints."""
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.setMinimumSize(QSize(0, 0))
    window.show()
    window.resize(QSize(1366, 700))
    assert window.show_page("admin")
    QApplication.processEvents()
    checked, problems = clipped(window)
    assert checked > 10 and problems == []
    for widget in window.findChildren(QWidget):
        widget.setMinimumSize(QSize(0, 0))
    window.resize(QSize(320, 200))
    QApplication.processEvents()
    checked, problems = clipped(window)
    assert checked > 10 and problems, "a 320×200 window cut nothing?"
    window._closing_for_switch = True
    window._end_session("logout")
    window.close()
