"""Which folder holds the vault: the installed machine-wide one, never a silent fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core import vault_folder


def test_the_installed_machine_folder_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    machine = tmp_path / "var-lib-radprev"
    monkeypatch.delenv("RADPREV_VAULT", raising=False)
    monkeypatch.setattr(vault_folder, "machine_vault_folder", lambda: machine)
    assert vault_folder.default_vault_folder() != machine  # not installed: user's folder
    machine.mkdir()
    machine.chmod(0o2770)
    assert vault_folder.default_vault_folder() == machine
    monkeypatch.setenv("RADPREV_VAULT", str(tmp_path / "other"))
    assert vault_folder.default_vault_folder() == tmp_path / "other"


def test_problems_are_named(tmp_path: Path) -> None:
    assert vault_folder.access_problem(tmp_path) is None
    assert vault_folder.access_problem(tmp_path / "new" / "vault") is None  # creatable
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert "is not a folder" in str(vault_folder.access_problem(a_file) or "")


def test_machine_folder_message_names_the_group(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    machine = tmp_path / "radprev"
    machine.mkdir()
    monkeypatch.setattr(vault_folder, "machine_vault_folder", lambda: machine)
    monkeypatch.setattr(vault_folder.os, "access", lambda *_: False)
    reason = str(vault_folder.access_problem(machine) or "")
    assert "'radprev' group" in reason and "adduser" in reason
