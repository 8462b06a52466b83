"""`radprev-desktop --smoke`: log in from a password file, open every page, say what was seen.

For the bundle's smoke test (scripts/bundle_smoke.sh) and for IT staff checking a
fresh install, usually offscreen (QT_QPA_PLATFORM=offscreen). It goes through the
same login and main window as a user; it prints counts and page names only,
never record contents. Exit 0 when every page opened without an error notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QWidget

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.page_registry import PAGES


def read_password(path: str) -> str:
    """First line of a UTF-8 file ('-': standard input)."""
    if path == "-":
        return sys.stdin.readline().rstrip("\r\n")
    with open(path, encoding="utf-8-sig") as fh:
        return fh.readline().rstrip("\r\n")


def describe(page: QWidget) -> str:
    """What a page shows, in counts: lists with their rows, labels."""
    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisibleTo(page)]
    rows = [v.model().rowCount() for v in views if v.model() is not None]
    labels = [lb for lb in page.findChildren(QLabel) if lb.isVisibleTo(page) and lb.text()]
    lists = ", ".join(str(r) for r in rows) or "none"
    return f"{type(page).__name__}, {len(labels)} labels, lists with rows: {lists}"


class DialogCloser:
    """Answers every modal dialog with Cancel/Escape, as a user just looking around would."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.closed: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        widget = self.app.activeModalWidget()
        if widget is None:
            return
        self.closed.append(type(widget).__name__)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


def run_smoke(app: QApplication, folder: Path, username: str, password_file: str) -> int:
    """Log in, show each page this user may open, print one line per page; the exit code."""
    try:
        password = read_password(password_file)
        session = VaultAccess(folder).login(username, password).session
    except (OSError, UnicodeDecodeError, RadprevError) as exc:
        print(f"smoke: login failed: {exc}", file=sys.stderr)
        return 1
    closer = DialogCloser(app)
    window = MainWindow(session)
    window.show()
    app.processEvents()
    print(
        f"smoke: logged in as {username} ({', '.join(sorted(r.value for r in session.user.roles))})"
    )
    failures = 0
    shown = 0
    for spec in PAGES:
        page = window.page(spec.key)
        if page is None or not spec.in_navigation:
            continue
        window.notice_row.hide()
        window.show_page(spec.key)
        app.processEvents()
        shown += 1
        if closer.closed:
            print(f"smoke: page {spec.key}: dialog {', '.join(closer.closed)} cancelled")
            closer.closed.clear()
        if window.notice_row.isVisible():
            failures += 1
            print(f"smoke: page {spec.key}: FAILED ({window.notice.text()[:120]})")
        else:
            print(f"smoke: page {spec.key}: {describe(page)}")
    print(f"smoke: {shown} pages opened, {failures} failed")
    window.close()
    app.processEvents()
    return 0 if shown and not failures else 1
