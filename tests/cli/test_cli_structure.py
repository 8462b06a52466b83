"""The command table, help for every option, and the fast path of --help/--version."""

from __future__ import annotations

import argparse
import sys

import pytest

from radprev_desktop.cli.commands import TOP_LEVEL
from radprev_desktop.cli.main import build_parser, main


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert len(found) == 1
    return found[0]


def test_the_declared_table_is_exactly_what_the_areas_register() -> None:
    sub = _subparsers(build_parser())
    registered = [(a.dest, a.help) for a in sub._choices_actions]
    assert len(registered) == 29
    assert registered == list(TOP_LEVEL)


def _walk(parser: argparse.ArgumentParser, path: str, found: list[str]) -> int:
    count = 0
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, child in action.choices.items():
                if not helps.get(name):
                    found.append(f"{path} {name} (command)")
                count += _walk(child, f"{path} {name}", found)
        elif not isinstance(action, argparse._HelpAction):
            count += 1
            if not action.help:
                found.append(f"{path} {action.option_strings or action.dest}")
    return count


def test_every_command_and_option_has_help() -> None:
    missing: list[str] = []
    options = _walk(build_parser(), "radprev", missing)
    assert options > 300
    assert missing == []


def test_help_lists_every_command_without_importing_the_areas(
    capsys: pytest.CaptureFixture[str],
) -> None:
    heavy = [
        m
        for m in sys.modules
        if m.startswith("radprev_desktop.cli.") and m.endswith(("subjects", "observations", "sync"))
    ]
    for name in heavy:
        del sys.modules[name]
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert TOP_LEVEL
    for name, help_text in TOP_LEVEL:
        assert f"    {name}" in out and help_text in out
    assert "radprev_desktop.cli.subjects" not in sys.modules
    assert "radprev_desktop.cli.observations" not in sys.modules


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from radprev_desktop import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"radprev {__version__}\n"


def test_command_help_shows_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["observe", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--facts-file FILE" in out and "--password-file" in out and "--debug" in out
