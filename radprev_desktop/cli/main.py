"""Argument parsing and dispatch for `radprev`.

Two steps keep `radprev --help` and `--version` fast (≤ 0.3 s, `make bench`):
the top-level parser is built from the declared table in cli/commands.py with
the standard library only; the command areas, which import SQLCipher, ReportLab
and the services, are imported only once a command word is present.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from radprev_desktop import __version__
from radprev_desktop.cli import output
from radprev_desktop.cli.arguments import add_global_options
from radprev_desktop.cli.commands import TOP_LEVEL
from radprev_desktop.cli.exit_codes import HELP as EXIT_CODES_HELP
from radprev_desktop.cli.exit_codes import Exit
from radprev_desktop.cli.output import UsageError, cli, fail
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.supported_versions import python_problem

DESCRIPTION = "Offline observation log for prison officers (command line)."
EPILOG = f"{EXIT_CODES_HELP} `radprev COMMAND --help` for more."


class Parser(argparse.ArgumentParser):
    """argparse that raises UsageError instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        where = self.prog.removeprefix("radprev").strip()
        raise UsageError(
            cli.tr("%1%2 (see %3 --help)", where + ": " if where else "", message, self.prog)
        )


def _areas() -> tuple[ModuleType, ...]:
    # Imported here, not at the top: they pull in SQLCipher, ReportLab and every service
    # (~0.8 s), which `radprev --version` and `radprev --help` never need.
    from radprev_desktop.cli import (
        checklists,
        demo,
        observations,
        reports,
        retention,
        settings,
        subjects,
        sync,
        training,
        transfers,
        vault_admin,
    )

    return (
        vault_admin,
        subjects,
        observations,
        retention,
        demo,
        checklists,
        reports,
        sync,
        settings,
        training,
        transfers,
    )


def _top_parser() -> Parser:
    parser = Parser(prog="radprev", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument(
        "--version", action="version", version=f"radprev {__version__}", help="show the version"
    )
    add_global_options(parser)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every command and option (help tests, shell completion)."""
    parser = _top_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True
    for area in _areas():
        area.register(sub)
    return parser


def _light_parser() -> argparse.ArgumentParser:
    parser = _top_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True
    for name, help_text in TOP_LEVEL:
        sub.add_parser(name, help=help_text, add_help=False)
    return parser


def _undecodable(argv: Sequence[str]) -> int | None:
    """Position of an argument that was not valid UTF-8 (Python keeps such bytes as surrogates)."""
    for index, arg in enumerate(argv, start=1):
        if any("\udc80" <= c <= "\udcff" or "\ud800" <= c <= "\udfff" for c in arg):
            return index
    return None


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse `argv`; `--help`/`--version` print and raise SystemExit(0)."""
    known, _rest = _light_parser().parse_known_args(argv)
    if not getattr(known, "command", None):
        raise UsageError(cli.tr("a command is needed (see radprev --help)"))
    return build_parser().parse_args(argv)


def _command_path(args: argparse.Namespace) -> str:
    parts = [str(args.command)]
    for key, value in vars(args).items():
        if key.endswith("_command") and isinstance(value, str):
            parts.append(value)
    return " ".join(parts)


def _asked_language(arguments: Sequence[str]) -> str | None:
    """The value of --language (before parsing: even usage errors speak it), else the env."""
    for index, arg in enumerate(arguments):
        if arg == "--":
            break
        if arg == "--language" and index + 1 < len(arguments):
            return arguments[index + 1]
        if arg.startswith("--language="):
            return arg.split("=", 1)[1]
    return os.environ.get("RADPREV_LANGUAGE") or None


def choose_language(arguments: Sequence[str]) -> None:
    """Speak the asked language, else this workstation's (refusing an unknown or incomplete one)."""
    # Imported here: reading the workstation's INI file is not needed for --help.
    from radprev_desktop.core import languages
    from radprev_desktop.core.workstation_config import stored_language

    asked = _asked_language(arguments)
    if asked is not None:
        cli.use(asked, chosen=True)
        return
    stored = stored_language()
    if stored and languages.is_available(stored):
        cli.use(stored)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `radprev` command in this process; returns its exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    output.set_json("--json" in arguments)
    cli.reset()
    try:
        choose_language(arguments)
    except RadprevError as exc:
        return fail(cli.text(exc.text), Exit.USAGE, "usage")
    unsupported = python_problem()
    if unsupported is not None:
        return fail(unsupported, Exit.REFUSED, "unsupported")
    bad = _undecodable(arguments)
    if bad is not None:
        return fail(cli.tr("argument %1 is not valid UTF-8 text", bad), Exit.USAGE, "usage")
    try:
        args = parse(arguments)
    except UsageError as exc:
        return fail(str(exc), Exit.USAGE, "usage")
    except SystemExit as exc:  # --help, --version: already printed
        return exc.code if isinstance(exc.code, int) else 0
    # Imported once a command is known to run, for the same start-up reason as _areas().
    from radprev_desktop.cli.common import run_handler
    from radprev_desktop.core.logs import logger, setup_logging

    setup_logging("radprev")
    started = time.monotonic()
    code = run_handler(args.handler, args)
    logger("cli").info(
        "%s exit %d in %.2f s", _command_path(args), code, time.monotonic() - started
    )
    return code


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the exit flush cannot fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def run() -> NoReturn:
    """Console-script entry: crash files for fatal errors, quiet on a closed pipe."""
    # Imported here so that `radprev --version` stays within its start-up budget.
    from radprev_desktop.core.crash import enable_faulthandler

    enable_faulthandler("radprev")
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # `radprev --json audit list | head -c 10`
        _quiet_stdout()
        code = Exit.CLOSED_PIPE
    raise SystemExit(code)
