"""Each kind of outcome has its own exit code, the README's table and --help say so.

Scripts (backup jobs, the IT department's checks) need to tell "the password was
wrong" from "the audit log is broken" from "a bug": the catch-all used to be 1.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from radprev_desktop.cli import vault_admin
from radprev_desktop.cli.exit_codes import HELP, Exit
from tests.cli.conftest import ROOT, Run
from tests.factories import ADMIN, ADMIN_PASSWORD, login


def _readme_table() -> dict[int, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("**Exit codes**", 1)[1].split("\n\n", 2)[1]
    rows = re.findall(r"^\| (\d+) \| ([^|]+) \|", section, re.M)
    assert rows, "README has no exit-code table"
    return {int(code): meaning.strip() for code, meaning in rows}


def test_readme_and_help_list_every_code() -> None:
    documented = _readme_table()
    assert set(documented) == {int(code) for code in Exit}
    assert len(set(Exit)) == len(list(Exit))  # no two outcomes share a code
    for code in Exit:
        assert re.search(rf"\b{int(code)} ", HELP), code


def _one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


def test_every_code_is_reached_by_what_it_means(
    radprev: Run, cli_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert radprev("user", "list").returncode == Exit.OK
    wrong = radprev("user", "list", password="not-the-password")
    assert wrong.returncode == Exit.REFUSED
    assert "not right" in _one_line(wrong.stderr)
    usage = radprev("search", "x", "--from", "2024-13-45")
    assert usage.returncode == Exit.USAGE
    _one_line(usage.stderr)
    # A check that ran and failed: doctor before any backup exists.
    doctor = radprev("doctor", "--pre-login", user=None, password=None)
    assert doctor.returncode == Exit.CHECK_FAILED and "backup" in doctor.stdout

    def interrupted(args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(vault_admin, "cmd_user_list", interrupted)
    stopped = radprev("user", "list")
    assert stopped.returncode == Exit.INTERRUPTED
    assert _one_line(stopped.stderr) == "radprev: interrupted"

    def bug(args: argparse.Namespace) -> int:
        raise ZeroDivisionError

    monkeypatch.setattr(vault_admin, "cmd_user_list", bug)
    crashed = radprev("--json", "user", "list")
    assert crashed.returncode == Exit.INTERNAL
    error = json.loads(_one_line(crashed.stderr))["error"]
    assert error["exit_code"] == Exit.INTERNAL and error["kind"] == "internal"
    monkeypatch.undo()
    # A damaged database: the key file is gone.
    (cli_vault / "vault.keys").rename(cli_vault / "vault.keys.away")
    damaged = radprev("user", "list")
    assert damaged.returncode == Exit.DAMAGED
    assert "vault.keys" in _one_line(damaged.stderr)


def test_a_broken_audit_log_is_a_failed_check_not_a_refusal(radprev: Run, cli_vault: Path) -> None:
    assert radprev("audit", "verify").returncode == Exit.OK
    # An insider with the key edits one entry (the append-only triggers dropped first).
    session = login(cli_vault, ADMIN, ADMIN_PASSWORD)
    session.con.execute("DROP TRIGGER audit_no_update")
    session.con.execute("UPDATE audit SET details = '{\"x\": 2}' WHERE seq = 2")
    session.close()
    broken = radprev("audit", "verify")
    assert broken.returncode == Exit.CHECK_FAILED
    assert radprev("audit", "verify", password="wrong-password-here").returncode == Exit.REFUSED
