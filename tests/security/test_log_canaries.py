"""No personal data in logs or crash files: canaries through every path, then grep.

Canary values go where personal data goes — prisoners' names, facts, an
assessment, usernames, passwords, file and folder names, search words, bad
arguments, an exception's message — through the CLI (success, refusal, bad
usage, internal error) and the desktop program (--smoke with a wrong account,
an error in a slot). Afterwards no file in the log folder may contain any of
them, in any encoding.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from radprev_desktop.cli import observations as search_commands
from radprev_desktop.core.crash import install_excepthooks
from radprev_desktop.core.model import Role
from tests.cli.conftest import Run, cli_vault, password_file, radprev
from tests.factories import ADMIN_PASSWORD, PASSWORD, add_account, login

__all__ = ["cli_vault", "password_file", "radprev"]  # the CLI fixtures, used here too

CANARIES = {
    "family": "Canaryowski",
    "given": "Kanarek",
    "number": "CANARY-4471",
    "facts": "canaryfacts shouted about the canary plan",
    "assessment": "canaryassessment seems calm",
    "search": "canarysearchword",
    "folder": "canary-folder-Zażółć",
    "user": "canary.user",
    "password": "Canary-Password-99",
    "error": "canary-exception-message",
}


def _assert_clean(folder: Path) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files, "nothing was logged at all"
    assert any(p.name.endswith(".log") for p in files)
    for path in files:
        data = path.read_bytes()
        for name, canary in CANARIES.items():
            for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
                assert encoded not in data, f"{name} canary in {path.name}"


def _observe_canaries(radprev: Run, out: Path, officer: dict[str, str]) -> None:
    """The canary observation, its facts read from a file in the canary-named folder."""
    c = CANARIES
    facts = out / "facts.txt"
    facts.write_text(c["facts"], encoding="utf-8")
    assert (
        radprev(
            "observe",
            "--prison-number",
            c["number"],
            "--facts-file",
            str(facts),
            "--assessment",
            c["assessment"],
            "--other-explanations",
            c["assessment"],
            "--submit",
            **officer,
        ).returncode
        == 0
    )


def test_cli_paths_log_no_personal_data(
    radprev: Run,
    cli_vault: Path,
    tmp_path: Path,
    _logs_in_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = login(cli_vault, "admin", ADMIN_PASSWORD)
    add_account(admin, "olga", Role.OFFICER)
    add_account(admin, "stefan", Role.SUPERVISOR)
    admin.close()
    c = CANARIES
    out = tmp_path / c["folder"]
    out.mkdir()
    officer = {"user": "olga", "password": PASSWORD}
    assert (
        radprev(
            "subject",
            "add",
            "--prison-number",
            c["number"],
            "--family-name",
            c["family"],
            "--given-names",
            c["given"],
            "--unit",
            "A",
            **officer,
        ).returncode
        == 0
    )
    _observe_canaries(radprev, out, officer)
    assert radprev("search", c["search"], "--reason", "review", **officer).returncode == 0
    assert radprev("subject", "find", "--family-name", c["family"], **officer).returncode == 0
    report = radprev(
        "report",
        "subject",
        "--prison-number",
        c["number"],
        "--out",
        str(out / f"{c['family']}.pdf"),
        "--reason",
        "supervision",
        "--recipient",
        c["given"],
        user="stefan",
        password=PASSWORD,
    )
    assert report.returncode == 0, report.stderr
    assert radprev("user", "list", user=c["user"], password=c["password"]).returncode == 1
    assert radprev("user", "list", password=c["password"]).returncode == 1
    assert (
        radprev(
            "search", c["search"], "--reason", "review", "--from", c["error"], **officer
        ).returncode
        == 2
    )
    assert radprev("backup", "--to", str(out / "new" / c["family"])).returncode == 0

    def broken(args: argparse.Namespace) -> int:
        raise RuntimeError(CANARIES["error"] + " " + CANARIES["family"])

    monkeypatch.setattr(search_commands, "cmd_search", broken)
    assert radprev("search", c["search"], "--reason", "review", **officer).returncode == 70
    assert list(_logs_in_tmp.glob("crash-*"))
    _assert_clean(_logs_in_tmp)


def test_desktop_paths_log_no_personal_data(
    qtbot, cli_vault: Path, tmp_path: Path, _logs_in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    c = CANARIES
    pw = tmp_path / c["folder"]
    pw.write_text(c["password"] + "\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RADPREV_LOG_DIR": str(_logs_in_tmp)}
    desktop = str(Path(sys.executable).parent / "radprev-desktop")
    failed = subprocess.run(
        [
            desktop,
            "--vault",
            str(cli_vault),
            "--smoke",
            "--user",
            c["user"],
            "--password-file",
            str(pw),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert failed.returncode == 1
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    ok = subprocess.run(
        [
            desktop,
            "--vault",
            str(cli_vault),
            "--smoke",
            "--user",
            "admin",
            "--password-file",
            str(pw),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert ok.returncode == 0, ok.stderr
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[Path | None] = []
    install_excepthooks("radprev-desktop", shown.append)
    button = QPushButton("x")
    qtbot.addWidget(button)
    message = c["error"] + " " + c["family"]

    def slot() -> None:
        raise ValueError(message)

    button.clicked.connect(slot)
    button.click()
    assert shown and shown[0] is not None
    _assert_clean(_logs_in_tmp)
