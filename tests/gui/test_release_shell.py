"""The desktop program as IT support meets it: --smoke, crash messages, About, Qt messages."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType
from PySide6.QtWidgets import QPushButton

from radprev_desktop import __version__
from radprev_desktop.core.crash import install_excepthooks
from radprev_desktop.core.session import Session
from radprev_desktop.gui import crash
from radprev_desktop.gui.about import AboutDialog, about_facts
from tests.factories import ADMIN_PASSWORD

DESKTOP = str(Path(sys.executable).parent / "radprev-desktop")


def test_smoke_logs_in_and_opens_every_page(admin: Session, tmp_path: Path) -> None:
    folder = admin.folder
    admin.close()
    pw = tmp_path / "pw"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RADPREV_LOG_DIR": str(tmp_path / "logs")}
    proc = subprocess.run(
        [DESKTOP, "--vault", str(folder), "--smoke", "--user", "admin", "--password-file", str(pw)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("smoke: page ")]
    assert lines
    keys = {line.split()[2].rstrip(":") for line in lines}
    assert {"dashboard", "reports", "sync", "admin"} <= keys
    assert "FAILED" not in proc.stdout and "0 failed" in proc.stdout
    pw.write_text("not-the-password\n", encoding="utf-8")
    proc = subprocess.run(
        [DESKTOP, "--vault", str(folder), "--smoke", "--user", "admin", "--password-file", str(pw)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 1 and "login failed" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_error_in_a_slot_writes_a_crash_file_and_tells_the_user(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RADPREV_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[Path | None] = []
    install_excepthooks("radprev-desktop", shown.append)
    secret = "".join(["Hoxha", " ", "Ëndrit"])
    button = QPushButton("go")
    qtbot.addWidget(button)

    def broken() -> None:
        raise KeyError(secret)

    button.clicked.connect(broken)
    button.click()
    assert len(shown) == 1 and shown[0] is not None
    report = shown[0].read_text(encoding="utf-8")
    assert "builtins.KeyError" in report and "in broken" in report
    assert "Hoxha" not in report and "Ëndrit" not in report
    text = crash.crash_text(shown[0])
    assert str(shown[0]) in text and "IT support" in text


def test_qt_messages_are_logged_by_category_only(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="radprev"):
        crash._qt_message(QtMsgType.QtWarningMsg, QMessageLogContext(), "cannot open Kowalski.pdf")
    assert caplog.records
    assert all("Kowalski" not in r.getMessage() for r in caplog.records)


def test_about_names_versions_and_folders(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    facts = dict(about_facts(str(tmp_path / "vault")))
    assert facts["Version"] == __version__
    assert facts["Database folder"] == str(tmp_path / "vault")
    assert facts["Python"].count(".") == 2 and "PySide6" in facts["Qt"]
    assert facts["SQLCipher"][0].isdigit() and "SQLite" in facts["SQLCipher"]
    dialog = AboutDialog(str(tmp_path / "vault"))
    qtbot.addWidget(dialog)
    assert dialog.values["Version"].text() == __version__
