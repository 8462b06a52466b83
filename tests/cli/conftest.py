"""Run the `radprev` command in-process (`main(argv)`) on a temp vault.

`radprev(...)` returns what a subprocess would (args, returncode, stdout, stderr)
without starting an interpreter per call; `radprev_process(...)` really starts
the installed entry point, for the few tests that prove it (test_entry_point.py).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from radprev_desktop.cli.main import main
from tests.factories import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    """What one run of `radprev` did (the fields of subprocess.CompletedProcess)."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


Run = Callable[..., Result]


def _stdin(data: str | bytes | None) -> io.TextIOWrapper:
    raw = data.encode("utf-8") if isinstance(data, str) else (data or b"")
    return io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")


def run_in_process(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str | bytes | None
) -> Result:
    """`main(argv)` with stdin, stdout and stderr captured."""
    out, err = io.StringIO(), io.StringIO()
    with monkeypatch.context() as patch:
        patch.setattr(sys, "stdin", _stdin(stdin))
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv)
    return Result(argv, code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli_vault(tmp_path: Path, new_vault_files: tuple[Path, str]) -> Path:
    """A new vault made with cheap Argon2 (the CLI keeps the vault's own parameters).

    A copy of the test process's one new vault (tests/conftest.py `new_vault_files`).
    """
    folder = tmp_path / "vault"
    shutil.copytree(new_vault_files[0], folder)
    return folder


@pytest.fixture
def password_file(tmp_path: Path) -> Callable[[str], Path]:
    def make(password: str = ADMIN_PASSWORD) -> Path:
        path = tmp_path / f"pw-{abs(hash(password))}"
        path.write_text(password + "\n", encoding="utf-8")
        path.chmod(0o600)
        return path

    return make


def _argv(
    args: tuple[str, ...],
    vault: Path,
    user: str | None,
    password: str | None,
    password_file: Callable[[str], Path],
) -> list[str]:
    argv = ["--vault", str(vault)]
    if user:
        argv += ["--user", user]
    if password is not None:
        argv += ["--password-file", str(password_file(password))]
    return [*argv, *args]


@pytest.fixture
def radprev(
    cli_vault: Path, password_file: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> Run:
    """`radprev(*args, user="admin", password=...)` with --vault and --password-file set."""
    monkeypatch.delenv("RADPREV_USER", raising=False)

    def run(
        *args: str,
        user: str | None = "admin",
        password: str | None = ADMIN_PASSWORD,
        vault: Path | None = None,
        stdin: str | bytes | None = None,
    ) -> Result:
        argv = _argv(args, vault or cli_vault, user, password, password_file)
        return run_in_process(argv, monkeypatch, stdin)

    return run


@pytest.fixture
def radprev_process(cli_vault: Path, password_file: Callable[[str], Path]) -> Run:
    """The real `radprev` entry point of the venv in a subprocess (a handful of tests)."""

    def run(
        *args: str,
        user: str | None = "admin",
        password: str | None = ADMIN_PASSWORD,
        vault: Path | None = None,
        stdin: str | bytes | None = None,
    ) -> Result:
        argv = [str(Path(sys.executable).parent / "radprev")]
        argv += _argv(args, vault or cli_vault, user, password, password_file)
        env = {k: v for k, v in os.environ.items() if k != "RADPREV_USER"}
        proc = subprocess.run(
            argv,
            capture_output=True,
            env=env,
            cwd=ROOT,
            input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
            timeout=300,
        )
        return Result(
            argv,
            proc.returncode,
            proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"),
        )

    return run
