"""The README's server steps for IT staff (central office on PostgreSQL) run as written.

Session 11's release walk followed them literally: `radprev central certificate
--backup-recipient age1…` stopped with "the following arguments are required: --out",
and nothing said where `age-keygen` (whose key file the restore reads) comes from.
Every complete `radprev` command of the section is parsed here by the real parser.
"""

from __future__ import annotations

import re
import shlex

from radprev_desktop.cli.main import build_parser
from tests.cli.conftest import ROOT


def _server_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Central office on PostgreSQL (IT staff)", 1)[1]
    return section.split("\n## ", 1)[0]


def _complete_commands() -> list[str]:
    """Code spans that are whole commands: with options, no `[optional]` part, no `…` tail."""
    spans = [re.sub(r"\s+", " ", s) for s in re.findall(r"`([^`]+)`", _server_section())]
    return [
        s
        for s in spans
        if s.startswith("radprev ") and " --" in s and "[" not in s and " …" not in s
    ]


def test_every_complete_command_of_the_server_steps_parses() -> None:
    commands = _complete_commands()
    assert any(" init --mode central " in c for c in commands), commands
    assert any(" central certificate " in c for c in commands), commands
    assert any(" restore " in c for c in commands), commands
    refused = []
    for command in commands:
        try:
            build_parser().parse_args(shlex.split(command)[1:])
        except Exception as exc:  # the parser's own usage error, whatever its class
            refused.append((command, str(exc)))
    assert refused == []


def test_the_backup_key_is_made_as_the_steps_say() -> None:
    section = _server_section()
    assert "age-keygen -o backup-key.txt" in section
    assert "package `age`" in section
    assert "--identity-file KEYFILE" in section
