"""The same search as `memory_probe`, through the real login window and Ctrl+L.

`python -m tests.security.gui_memory_probe FOLDER` (password on stdin) types the
password into the login window, opens the main window, locks it with Ctrl+L
and scans the process. Counts are printed as JSON: right after typing (the
field holds the password: positive control), before the lock (the session holds
the key: positive control) and after the lock.
"""

from __future__ import annotations

import gc
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui.login import LoginWindow
from radprev_desktop.gui.main_window import MainWindow
from tests.factories import ADMIN
from tests.security.memory_probe import count, scrub_caller_text


def main(folder: str) -> None:
    app = QApplication.instance() or QApplication([])
    raw = bytearray(512)
    size = sys.stdin.buffer.raw.readinto(raw)  # unbuffered: no copy in a reader buffer
    password = str(memoryview(raw)[: size - 1], "utf-8")
    raw[:] = bytes(len(raw))
    cut = len(password) // 2
    parts = [
        (password[:cut].encode(enc), password[cut:].encode(enc))
        for enc in ("utf-8", "utf-16-le", "utf-32-le")
    ]
    login = LoginWindow(VaultAccess(folder))
    login.show()
    got: list[Session] = []
    login.logged_in.connect(lambda session, failed: got.append(session))
    QTest.keyClicks(login.username, ADMIN)
    if password.isascii():
        for char in password:
            QTest.keyClick(login.password, char)
    else:  # keyClicks cannot type non-ASCII text (pytest-qt pitfall)
        login.password.insert(password)
    scrub_caller_text(password)  # the probe's own copy; the field keeps its own
    del password
    typed = count(parts)
    QTest.keyClick(login.password, Qt.Key.Key_Return)
    app.processEvents()
    if not got:
        raise SystemExit(f"login failed: {login.message.text()}")
    window = MainWindow(got[0])
    window.show()
    login.close()
    login.deleteLater()
    app.processEvents()
    view = got[0].vault_key.view()
    low, high = bytes(view[:16]), bytes(view[16:])
    del view
    key_parts = [(low, high), (low.hex().encode(), high.hex().encode())]
    before = {"key": count(key_parts), "password": count(parts)}
    wiping = str(got[0].con.execute("PRAGMA cipher_memory_security").fetchone()[0])
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()
    if not window.locked:
        raise SystemExit("Ctrl+L did not lock the window")
    got.clear()
    for _ in range(3):
        app.processEvents()
    gc.collect()
    after = {"key": count(key_parts), "password": count(parts)}
    print(json.dumps({"typed": typed, "before": before, "after": after, "wiping": wiping}))


if __name__ == "__main__":
    main(sys.argv[1])
