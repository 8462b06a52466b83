"""Every CLI path ends in one clear line and exit 1 (refused) or 2 (bad usage)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from radprev_desktop.cli import vault_admin
from radprev_desktop.cli.output import dumps, for_terminal
from radprev_desktop.core.model import Role
from tests.cli.conftest import Run
from tests.factories import ADMIN_PASSWORD, PASSWORD, add_account, login


def _one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_bad_dates_and_numbers_are_bad_usage(radprev: Run) -> None:
    cases = [
        ("search", "x", "--reason", "review", "--from", "2024-13-45"),
        ("search", "x", "--reason", "review", "--to", "yesterday"),
        ("search", "x", "--reason", "review", "--offset", "9223372036854775808"),
        ("search", "x", "--reason", "review", "--limit", "-1"),
        (
            "subject",
            "add",
            "--prison-number",
            "P1",
            "--family-name",
            "A",
            "--given-names",
            "B",
            "--birth-year",
            "١٩٨٠",
        ),
        ("observe", "--prison-number", "P1", "--facts", "x", "--when", "2024-02-30"),
        (
            "retention",
            "decide",
            "P1",
            "--decision",
            "keep",
            "--reason",
            "r",
            "--new-review-date",
            "31.12.2030",
        ),
    ]
    assert cases
    for args in cases:
        result = radprev(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "see radprev" in _one_line(result.stderr)


def test_json_errors_are_json_objects(radprev: Run) -> None:
    usage = radprev("--json", "search", "x", "--reason", "review", "--from", "nope")
    refused = radprev("--json", "audit", "list")  # the admin is no auditor
    for result, code, kind in ((usage, 2, "usage"), (refused, 1, "refused")):
        assert result.returncode == code and result.stdout == ""
        error = json.loads(_one_line(result.stderr))["error"]
        assert error["exit_code"] == code and error["kind"] == kind and error["message"]


def test_password_files_that_are_not_utf8_text(radprev: Run, tmp_path: Path) -> None:
    files = {
        "utf16.txt": ADMIN_PASSWORD.encode("utf-16") + b"\n",
        "utf16-no-bom.txt": ADMIN_PASSWORD.encode("utf-16-le"),
        "latin1.txt": "Pässwörd-1\n".encode("latin-1"),
        "binary.bin": bytes(range(256)) * 40,
    }
    assert files
    assert files, "nothing to check"
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = radprev("--password-file", str(path), "user", "list", password=None)
        assert result.returncode == 2, name
        line = _one_line(result.stderr)
        assert name in line and ("UTF-8" in line or "text" in line), line


def test_utf8_password_file_with_a_byte_order_mark_works(radprev: Run, tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ADMIN_PASSWORD.encode() + b"\r\n")
    result = radprev("--password-file", str(path), "user", "list", password=None)
    assert result.returncode == 0, result.stderr


def test_password_from_stdin(radprev: Run) -> None:
    result = radprev(
        "--password-file", "-", "user", "list", password=None, stdin=ADMIN_PASSWORD + "\n"
    )
    assert result.returncode == 0, result.stderr
    assert "admin" in result.stdout


def test_arguments_that_are_not_utf8(radprev: Run) -> None:
    result = radprev("subject", "find", "--family-name", "Kowalsk\udcff")
    assert result.returncode == 2
    assert "not valid UTF-8" in _one_line(result.stderr)


def test_backup_to_an_existing_file_is_refused(radprev: Run, tmp_path: Path) -> None:
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"%PDF keep me")
    result = radprev("backup", "--to", str(existing))
    assert result.returncode == 2 and "must be a folder" in _one_line(result.stderr)
    assert existing.read_bytes() == b"%PDF keep me"


def test_deeply_nested_template_is_refused(radprev: Run, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = radprev("template", "import", str(path))
    assert result.returncode == 1, result.stderr
    assert "nested too deeply" in result.stderr and "Traceback" not in result.stderr


def test_facts_from_a_file_and_from_stdin(radprev: Run, tmp_path: Path, cli_vault: Path) -> None:
    added = radprev(
        "subject",
        "add",
        "--prison-number",
        "PL-1",
        "--family-name",
        "Hoxha",
        "--given-names",
        "Ëndrit",
        "--unit",
        "A",
    )
    assert added.returncode == 0, added.stderr
    admin = login(cli_vault, "admin", ADMIN_PASSWORD)
    add_account(admin, "olga", Role.OFFICER)
    admin.close()
    facts = tmp_path / "facts.txt"
    facts.write_text("Gave away his food ration twice.\nSecond line.", encoding="utf-8")
    by_file = radprev(
        "--json",
        "observe",
        "--prison-number",
        "PL-1",
        "--facts-file",
        str(facts),
        user="olga",
        password=PASSWORD,
    )
    assert by_file.returncode == 0, by_file.stderr
    assert json.loads(by_file.stdout)["facts"] == facts.read_text(encoding="utf-8")
    by_stdin = radprev(
        "--json",
        "observe",
        "--prison-number",
        "PL-1",
        "--facts-file",
        "-",
        "--assessment",
        "calm",
        user="olga",
        password=PASSWORD,
        stdin="Refused to go to work.",
    )
    assert by_stdin.returncode == 0, by_stdin.stderr
    assert json.loads(by_stdin.stdout)["facts"] == "Refused to go to work."
    both = radprev("observe", "--prison-number", "PL-1", "--facts", "a", "--facts-file", "-")
    assert both.returncode == 2 and "not allowed with" in both.stderr


def test_unexpected_errors_are_one_line_with_a_crash_file(
    radprev: Run, monkeypatch: pytest.MonkeyPatch, _logs_in_tmp: Path
) -> None:
    secret = "-".join(["Kowalski", "Jan", "PL", "1001"])  # only in the exception's message

    def broken(args: argparse.Namespace) -> int:
        raise ValueError(secret)

    monkeypatch.setattr(vault_admin, "cmd_user_list", broken)
    result = radprev("user", "list")
    assert result.returncode == 70  # Exit.INTERNAL: a bug, told apart from a refusal
    line = _one_line(result.stderr)
    assert "internal error (ValueError)" in line and "--debug" in line
    crashes = sorted(_logs_in_tmp.glob("crash-radprev-*.txt"))
    assert len(crashes) == 1 and str(crashes[0]) in line
    text = crashes[0].read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "in broken" in text
    assert "Kowalski" not in text and "1001" not in text
    debug = radprev("--debug", "user", "list")
    assert debug.returncode == 70 and "Traceback" in debug.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_control_characters_are_stripped_on_a_terminal_only() -> None:
    hostile = "Kowal\x1b[2J\x1b]0;pwned\x07ski\u202eevil\x9b31m"
    assert for_terminal(hostile, _Terminal()) == "Kowal[2J]0;pwnedskievil31m"
    assert for_terminal(hostile, io.StringIO()) == hostile
    assert for_terminal("line 1\n\tline 2", _Terminal()) == "line 1\n\tline 2"


def test_json_escapes_c1_controls() -> None:
    text = dumps({"family_name": "Esc\x9bape\u202e", "ok": "Łucja Ђорђе"})
    assert "\x9b" not in text and "\u202e" not in text
    assert "\\u009b" in text and "Łucja Ђорђе" in text
    assert json.loads(text)["family_name"] == "Esc\x9bape\u202e"
