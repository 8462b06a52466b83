"""A command finding vault.anchor gone says so in the command's language (decision 0033)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.conftest import Run


def test_a_deleted_anchor_file_is_reported_by_the_next_command(
    radprev: Run, cli_vault: Path
) -> None:
    (cli_vault / "vault.anchor").unlink()
    copy = cli_vault.parent / "copy"
    shutil.copytree(cli_vault, copy)
    listed = radprev("--language", "pl", "user", "list")
    assert listed.returncode == 0, listed.stderr
    assert "ostrzeżenie: plik vault.anchor" in listed.stderr, listed.stderr
    assert "zapisano w dzienniku" in listed.stderr
    # `audit verify` on the untouched copy fails, naming the file; later ones name the incident.
    first = radprev("audit", "verify", vault=copy)
    assert first.returncode != 0 and "vault.anchor" in first.stdout + first.stderr
    later = radprev("audit", "verify")
    assert later.returncode != 0 and "tampering" in later.stdout + later.stderr
    again = radprev("user", "list")
    assert again.returncode == 0 and "vault.anchor" not in again.stderr
