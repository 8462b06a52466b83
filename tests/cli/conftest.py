"""Run the `radprev` command as a subprocess on a temp vault."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PASSWORD, create_vault

ROOT = Path(__file__).resolve().parents[2]
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    """A vault made with cheap Argon2 (the CLI keeps the vault's own parameters)."""
    folder = tmp_path / "vault"
    session, _ = create_vault(folder)
    session.close()
    return folder


@pytest.fixture
def password_file(tmp_path: Path) -> Callable[[str], Path]:
    def make(password: str = ADMIN_PASSWORD) -> Path:
        path = tmp_path / f"pw-{abs(hash(password))}"
        path.write_text(password + "\n", encoding="utf-8")
        path.chmod(0o600)
        return path

    return make


@pytest.fixture
def radprev(cli_vault: Path, password_file: Callable[[str], Path]) -> Run:
    """`radprev(*args, user="admin", password=...)` with --vault and --password-file set."""

    def run(
        *args: str,
        user: str | None = "admin",
        password: str | None = ADMIN_PASSWORD,
        vault: Path | None = None,
        stdin: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "radprev_desktop", "--vault", str(vault or cli_vault)]
        if user:
            argv += ["--user", user]
        if password is not None:
            argv += ["--password-file", str(password_file(password))]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("RADPREV_USER", None)
        return subprocess.run(
            [*argv, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            input=stdin,
            timeout=300,
        )

    return run
