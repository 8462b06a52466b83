"""What every command shares: options, login, password input and output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.services.vault_access import VaultAccess, default_vault_folder
from radprev_desktop.core.session import Session

Handler = Callable[[argparse.Namespace], int]


def _global_options() -> argparse.ArgumentParser:
    """The global options, also accepted after the sub-command."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS)
    parent.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS)
    parent.add_argument("--password-file", metavar="FILE", default=argparse.SUPPRESS)
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    return parent


GLOBAL = _global_options()


def command(sub: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    """Add a sub-command that accepts the global options too."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, parents=[GLOBAL])
    parser.set_defaults(handler=handler)
    return parser


class UsageError(Exception):
    """Bad usage: exit code 2."""


def vault_from(args: argparse.Namespace) -> VaultAccess:
    """The vault named by --vault, RADPREV_VAULT or the default folder."""
    folder = Path(args.vault) if args.vault else default_vault_folder()
    return VaultAccess(folder)


def read_secret_file(path: str) -> str:
    """First line of a file, without its line ending."""
    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.readline()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
    return line.rstrip("\r\n")


def password_from(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    """--password-file, else a prompt on the terminal."""
    if getattr(args, "password_file", None):
        return read_secret_file(args.password_file)
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the password: use --password-file")
    return getpass.getpass(prompt)


def new_password_from(path: str | None, prompt: str = "New password") -> str:
    """A new password from a file, or typed twice at the prompt."""
    if path:
        return read_secret_file(path)
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the new password: use --new-password-file")
    first = getpass.getpass(f"{prompt}: ")
    second = getpass.getpass(f"{prompt} again: ")
    if first != second:
        raise ValidationError("The two passwords are not the same.", "password")
    return first


def username_from(args: argparse.Namespace) -> str:
    """--user, else RADPREV_USER, else a prompt."""
    name = args.user or os.environ.get("RADPREV_USER")
    if name:
        return str(name)
    if not sys.stdin.isatty():
        raise UsageError("no user given: use --user")
    return input("Username: ").strip()


@contextmanager
def logged_in(args: argparse.Namespace) -> Iterator[Session]:
    """Log in for one command; the session is closed (and audited) afterwards."""
    vault = vault_from(args)
    user = username_from(args)
    result = vault.login(user, password_from(args))
    session = result.session
    if result.failed_attempts_since_last_login:
        eprint(
            f"note: {result.failed_attempts_since_last_login} failed login attempts "
            "since your last login"
        )
    if not result.audit_check.ok:
        eprint(f"warning: audit log: {result.audit_check.reason} (recorded in the log)")
    for note in result.finished:
        eprint(f"note: {note}")
    try:
        yield session
    finally:
        session.close()


def eprint(message: str) -> None:
    """One line on stderr."""
    print(message, file=sys.stderr)


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[], str]) -> None:
    """JSON on stdout with --json, else the human text."""
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    else:
        print(text() if callable(text) else text)


def confirm(args: argparse.Namespace, question: str) -> bool:
    """--yes, or ask on the terminal."""
    if getattr(args, "yes", False):
        return True
    if not sys.stdin.isatty():
        raise UsageError(f"{question} Add --yes to confirm without a terminal.")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "t", "tak")


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command; map typed errors to exit codes and one-line messages."""
    try:
        return handler(args)
    except UsageError as exc:
        eprint(f"radprev: {exc}")
        return 2
    except RadprevError as exc:
        eprint(f"radprev: {exc}")
        return 1
    except KeyboardInterrupt:
        eprint("radprev: interrupted")
        return 1
