"""The installed `radprev` entry point, as a subprocess: the few things only it can show."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import Run
from tests.factories import ADMIN_PASSWORD

RADPREV = str(Path(sys.executable).parent / "radprev")


def test_version_and_help_from_the_installed_script() -> None:
    proc = subprocess.run([RADPREV, "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("radprev ")
    proc = subprocess.run([RADPREV, "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "observe" in proc.stdout and "verify-audit" not in proc.stdout


def test_password_from_standard_input(radprev_process: Run) -> None:
    result = radprev_process("--json", "user", "list", password=None, stdin=ADMIN_PASSWORD + "\n")
    assert result.returncode == 2 and "password" in result.stderr  # no --password-file: no prompt
    result = radprev_process(
        "--password-file",
        "-",
        "--json",
        "user",
        "list",
        password=None,
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert '"username": "admin"' in result.stdout


def test_a_closed_pipe_ends_quietly(cli_vault: Path, password_file) -> None:  # type: ignore[no-untyped-def]
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte (like `| head -c 0`)
    try:
        proc = subprocess.run(
            [
                RADPREV,
                "--vault",
                str(cli_vault),
                "--user",
                "admin",
                "--password-file",
                str(password_file(ADMIN_PASSWORD)),
                "--json",
                "user",
                "list",
            ],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert proc.returncode == 141  # Exit.CLOSED_PIPE, as shells report SIGPIPE
    assert proc.stderr == b""


def test_head_of_a_long_listing(cli_vault: Path, password_file, radprev: Run) -> None:  # type: ignore[no-untyped-def]
    """`radprev --json subject list | head -c 10`: ten bytes, no traceback."""
    # The 300 prisoners are made in-process (`main(argv)`, as the other CLI tests run it);
    # only the listing into the pipe needs the installed script.
    demo = radprev("demo", "--subjects", "300", "--observations", "0")
    assert demo.returncode == 0, demo.stderr
    pw = str(password_file(ADMIN_PASSWORD))
    base = [RADPREV, "--vault", str(cli_vault), "--user", "admin", "--password-file", pw]
    shell = subprocess.run(
        " ".join([*base, "--json", "subject", "list", "--reason", "review", "--limit", "300"])
        + " | head -c 10",
        shell=True,
        capture_output=True,
        timeout=300,
    )
    assert len(shell.stdout) == 10
    assert b"Traceback" not in shell.stderr and b"Error" not in shell.stderr


def test_version_imports_nothing_heavy() -> None:
    """`make bench` measures the time; this proves why it is short (no SQLCipher, ReportLab)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "radprev_desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert "sqlcipher3" not in proc.stderr and "reportlab" not in proc.stderr
