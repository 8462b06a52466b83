"""Keyboard-only entry of a typical observation: how many keystrokes, how many to move around.

A typical observation (issue 10): facts of about 85 characters, an assessment
of about 55, one indicator with about 35 characters of evidence. The script
drives the real main window offscreen with key events only and counts every
key press: text keys, and navigation keys (Ctrl/Alt chords, Tab, Enter, Space,
and the letters typed to find the indicator). The goal is at most 15
navigation keystrokes. "Later in the shift" is the usual case: place and duty
are remembered from the officer's last observation.
"""

from __future__ import annotations

import os
import sys
import tempfile
import warnings
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FACTS = 'Told his cellmate "you will pay for this" and tore the unit notice off the wall twice.'
ASSESSMENT = "Usually calm; may be a debt dispute over the canteen list."
EVIDENCE = "Called staff the enemies of his group."
INDICATOR = "A3.1"


class Keys:
    """Sends key presses to the focused widget and counts them."""

    def __init__(self, window: object) -> None:
        self.window = window
        self.text = 0
        self.navigation = 0
        self.log: list[str] = []

    def _focus(self) -> object:
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget() or self.window

    def nav(self, key: object, mods: object = None, label: str = "") -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.navigation += 1
        self.log.append(label or str(key))
        QTest.keyClick(self._focus(), key, mods or Qt.KeyboardModifier.NoModifier)

    def find(self, letters: str) -> None:
        """Letters typed to jump (the indicator code): navigation, not content."""
        from PySide6.QtTest import QTest

        QTest.keyClicks(self._focus(), letters)
        self.navigation += len(letters)
        self.log.append(f"type {letters!r} to find")

    def type(self, text: str) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(self._focus(), text)
        self.text += len(text)


def enter_one(window: object, number: str, first: bool) -> Keys:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    keys = Keys(window)
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    keys.nav(Qt.Key.Key_N, ctrl, "Ctrl+N")
    keys.type(number)
    keys.nav(Qt.Key.Key_Return, label="Enter (choose the prisoner)")
    if first:
        keys.type("Wing A landing")
        keys.nav(Qt.Key.Key_Tab, label="Tab")
        keys.type("landing officer")
        keys.nav(Qt.Key.Key_Tab, label="Tab")
    keys.type(FACTS)
    keys.nav(Qt.Key.Key_Tab, label="Tab")
    keys.type(ASSESSMENT)
    keys.nav(Qt.Key.Key_M, alt, "Alt+M (indicators)")
    keys.find(INDICATOR)
    keys.nav(Qt.Key.Key_Space, label="Space (tick; the evidence line gets the focus)")
    keys.type(EVIDENCE)

    def confirm() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(10, confirm)
            return
        QTest.keyClick(modal, Qt.Key.Key_Return)
        keys.navigation += 1
        keys.log.append("Enter (confirm what is sealed)")

    QTimer.singleShot(0, confirm)
    keys.nav(Qt.Key.Key_Return, ctrl, "Ctrl+Enter")
    return keys


def run() -> str:
    from PySide6.QtWidgets import QApplication

    from radprev_desktop.core.model import Mode, Role
    from radprev_desktop.core.services import observations, subjects, users
    from radprev_desktop.core.services.vault_access import VaultAccess
    from radprev_desktop.gui.main_window import MainWindow
    from tests.conftest import FAST_KDF

    app = QApplication.instance() or QApplication(sys.argv[:1])
    os.environ.setdefault("RADPREV_CONFIG", str(Path(tempfile.mkdtemp()) / "desktop.ini"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        admin = VaultAccess(folder).create(
            mode=Mode.WORKSTATION, establishment_code="PL-KEYS", establishment_name="Keys",
            admin_username="admin", admin_password="admin-password-1",
            admin_display_name="Admin", kdf=FAST_KDF, units=[("A", "Wing A")],
        ).session  # fmt: skip
        users.add_user(admin, "olga", "olga-password-1", [Role.OFFICER], display_name="Olga",
                       staff_code="OLGA", units=["A"], must_change_password=False)  # fmt: skip
        admin.close()
        session = VaultAccess(folder).login("olga", "olga-password-1").session
        for i in range(2):
            subjects.create_subject(session, prison_number=f"PN-700{i}", family_name="Nowak",
                                    given_names=f"Jan {i}", unit="A")  # fmt: skip
        window = MainWindow(session)
        window.show()
        window.activateWindow()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
        app.processEvents()
        for number, first, name in (("PN-7000", True, "first of the shift"),
                                    ("PN-7001", False, "later in the shift")):  # fmt: skip
            keys = enter_one(window, number, first)
            app.processEvents()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                QApplication.setActiveWindow(window)
            subject = subjects.find_by_prison_number(session, number)
            [obs] = observations.list_for_subject(session, subject.id)
            stored = (
                obs.status.value == "submitted"
                and obs.facts == FACTS
                and obs.assessment == ASSESSMENT
                and [(i.code, i.evidence) for i in obs.indicators] == [(INDICATOR, EVIDENCE)]
            )
            rows.append((name, keys, stored))
        window._closing_for_switch = True
        window._end_session("logout")
        window.close()
    lines = [
        "## Keyboard-only observation entry",
        "",
        f"Facts {len(FACTS)} characters, assessment {len(ASSESSMENT)}, one indicator with "
        f"{len(EVIDENCE)} characters of evidence, entered with key presses only in the main "
        "window. Goal: at most 15 navigation keystrokes (issue 10 measured 234 keystrokes, "
        "30 of them navigation, before).",
        "",
        "| observation | keystrokes | of which text | navigation | stored as typed |",
        "|---|---:|---:|---:|---|",
    ]
    for name, keys, stored in rows:
        lines.append(
            f"| {name} | {keys.text + keys.navigation} | {keys.text} | {keys.navigation} | "
            f"{'yes' if stored else 'NO'} |"
        )
    lines += ["", "Navigation, later in the shift: " + "; ".join(rows[-1][1].log) + "."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run())
