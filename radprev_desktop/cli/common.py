"""What every command shares: options, login, password input and output."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlcipher3.dbapi2 import DatabaseError

from radprev_desktop.cli.arguments import add_global_options
from radprev_desktop.cli.exit_codes import Exit
from radprev_desktop.cli.output import UsageError, cli, emit, eprint, fail
from radprev_desktop.core import safeguards
from radprev_desktop.core.crash import write_crash_file
from radprev_desktop.core.errors import (
    NotFound,
    RadprevError,
    SensitiveTermsNotConfirmed,
    TemplateInvalid,
    ValidationError,
    VaultDamaged,
)
from radprev_desktop.core.i18n import default_report_language
from radprev_desktop.core.logs import logger
from radprev_desktop.core.services import justification
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services.vault_access import (
    VaultAccess,
    default_vault_folder,
    vault_folder_problem,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates.model import in_language
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

__all__ = ["UsageError", "emit", "eprint"]  # re-exported for the command modules
Handler = Callable[[argparse.Namespace], int]
MAX_SECRET_BYTES = 4096
MAX_TEXT_BYTES = 1_000_000
MAX_IDENTITY_BYTES = 16_384  # an age identity file: a few comment lines and one key


def _global_options() -> argparse.ArgumentParser:
    """The global options, also accepted after the sub-command."""
    parent = argparse.ArgumentParser(add_help=False)
    add_global_options(parent, after_command=True)
    return parent


GLOBAL = _global_options()


def command(sub: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    """Add a sub-command that accepts the global options too."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, parents=[GLOBAL])
    parser.set_defaults(handler=handler)
    return parser


def vault_from(args: argparse.Namespace) -> VaultAccess:
    """The vault named by --vault, RADPREV_VAULT or the default folder (usable by this account)."""
    folder = Path(args.vault) if args.vault else default_vault_folder()
    problem = vault_folder_problem(folder)
    if problem is not None:
        raise RadprevError(problem)
    return VaultAccess(folder)


def _read_bytes(path: str, limit: int, *, first_line: bool) -> bytes:
    try:
        if path == "-":
            stream: Any = getattr(sys.stdin, "buffer", None)
            if stream is None:  # a text stream (tests, an embedding program)
                text = sys.stdin.readline(limit + 1) if first_line else sys.stdin.read(limit + 1)
                return text.encode("utf-8", "surrogateescape")
            return bytes(stream.readline(limit + 1) if first_line else stream.read(limit + 1))
        with open(path, "rb") as fh:
            return fh.readline(limit + 1) if first_line else fh.read(limit + 1)
    except OSError as exc:
        raise UsageError(cli.tr("cannot read %1: %2", path, exc.strerror or exc)) from exc


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is allowed), or one clear UsageError."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw[:2].count(b"\x00") == 1:
        raise UsageError(cli.tr("%1 is UTF-16 text; save it as UTF-8", name))
    if b"\x00" in raw:
        raise UsageError(cli.tr("%1 is not a text file", name))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(
            cli.tr(
                "%1 is not UTF-8 text (byte %2 cannot be read); save it as UTF-8",
                name,
                exc.start + 1,
            )
        ) from None


def read_secret_file(path: str) -> str:
    """First line of a file ('-': standard input), UTF-8, without its line ending."""
    name = cli.tr("standard input") if path == "-" else path
    raw = _read_bytes(path, MAX_SECRET_BYTES, first_line=True)
    if len(raw) > MAX_SECRET_BYTES:
        raise UsageError(cli.tr("the first line of %1 is too long for a password", name))
    line = decode_text(raw, name).rstrip("\r\n")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in line):
        raise UsageError(cli.tr("the first line of %1 holds control characters", name))
    return line


def read_identity_file(path: str) -> str:
    """An age identity file as age-keygen writes it (comment lines and the key), UTF-8."""
    name = cli.tr("standard input") if path == "-" else path
    return decode_text(_read_bytes(path, MAX_IDENTITY_BYTES, first_line=False), name)


def read_text_file(path: str, what: str) -> str:
    """A whole text file ('-': standard input), UTF-8, for a long text such as the facts."""
    name = cli.tr("standard input") if path == "-" else path
    raw = _read_bytes(path, MAX_TEXT_BYTES, first_line=False)
    if len(raw) > MAX_TEXT_BYTES:
        raise UsageError(
            cli.tr("%1 is too long for the %2 (at most %3 bytes)", name, what, MAX_TEXT_BYTES)
        )
    return decode_text(raw, name)


def password_from(args: argparse.Namespace, prompt: str = "") -> str:
    """--password-file, else a prompt on the terminal."""
    if getattr(args, "password_file", None):
        return read_secret_file(args.password_file)
    if not sys.stdin.isatty():
        raise UsageError(cli.tr("no terminal to ask for the password: use --password-file"))
    return getpass.getpass(prompt or cli.tr("Password: "))


def new_password_from(
    path: str | None, prompt: str = "", option: str = "--new-password-file"
) -> str:
    """A new password from a file (the command's `option`), or typed twice at the prompt."""
    if path:
        return read_secret_file(path)
    if not sys.stdin.isatty():
        raise UsageError(cli.tr("no terminal to ask for the new password: use %1", option))
    prompt = prompt or cli.tr("New password")
    first = getpass.getpass(f"{prompt}: ")
    second = getpass.getpass(cli.tr("%1 again: ", prompt))
    if first != second:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The two passwords are not the same."), field="password"
        )
    return first


def admin_password_from(args: argparse.Namespace) -> str:
    """The first administrator's password for `init`: --password-file, or typed twice."""
    return new_password_from(
        getattr(args, "password_file", None),
        cli.tr("Administrator password"),
        option="--password-file",
    )


def username_from(args: argparse.Namespace) -> str:
    """--user, else RADPREV_USER, else a prompt."""
    name = args.user or os.environ.get("RADPREV_USER")
    if name:
        return str(name)
    if not sys.stdin.isatty():
        raise UsageError(cli.tr("no user given: use --user"))
    return input(cli.tr("Username: ")).strip()


@contextmanager
def logged_in(args: argparse.Namespace) -> Iterator[Session]:
    """Log in for one command; the session is closed (and audited) afterwards."""
    vault = vault_from(args)
    user = username_from(args)
    result = vault.login(user, password_from(args))
    session = result.session
    if not cli.chosen:
        # The user's own language, else the administrator's language of reports, else the
        # language this workstation speaks (chosen at its login window), else English; the
        # messages and the reports of the command then agree (decision 0031, session 9).
        cli.use(default_report_language(session, cli.code))
    if result.failed_attempts_since_last_login:
        eprint(
            cli.tr(
                "note: %1 failed login attempts since your last login",
                result.failed_attempts_since_last_login,
            )
        )
    if result.audit_check.kind.startswith("anchor_file"):
        eprint(
            cli.tr(
                "warning: the file vault.anchor, which guards the audit log against being cut "
                "short, is missing, damaged or an older copy (recorded in the log; tell the "
                "administrator and the auditor)"
            )
        )
    if not result.audit_check.ok:
        eprint(cli.tr("warning: audit log: %1 (recorded in the log)", result.audit_check.reason))
    for note in result.finished:
        eprint(cli.tr("note: %1", cli.text(note.text())))
    try:
        yield session
    finally:
        session.close()


def use_reason(session: Session, args: argparse.Namespace) -> None:
    """Give the session the command's reason for access (checked as the GUI checks it)."""
    checked = justification.make_justification(args.reason_code, args.reason_text)
    session.justification = (checked.reason.value, checked.text)


def non_indicator_banner(session: Session) -> str:
    """What is never an indicator, as the observation editor's banner says it: the active
    template's list in the command's language, else the built-in one (issue #14 item 3:
    the same safeguards on every form, the command line included)."""
    try:
        listed = list(
            in_language(template_service.active_template(session).non_indicators, cli.code) or ()
        )
    except NotFound:
        listed = []
    if not listed:
        listed = [cli.text(item) for item in safeguards.NON_INDICATORS]
    return cli.tr(
        "These are NOT indicators and must never be ticked as such: %1", "; ".join(listed)
    )


def confirm(args: argparse.Namespace, question: str) -> bool:
    """--yes, or ask on the terminal."""
    if getattr(args, "yes", False):
        return True
    if not sys.stdin.isatty():
        raise UsageError(cli.tr("%1 Add --yes to confirm without a terminal.", question))
    answer = input(cli.tr("%1 [y/N] ", question)).strip().lower()
    yes = cli.tr("yes").lower()
    return answer in ("y", "yes", "t", "tak", yes, yes[:1])


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command; every outcome is an exit code and at most one line on stderr.

    Typed errors carry a message fit to show. Anything else is a bug: it is not
    hidden but reported as one line naming a crash file (frames only, no data),
    with the traceback on stderr under --debug.
    """
    try:
        return handler(args)
    except UsageError as exc:
        return fail(str(exc), Exit.USAGE, "usage")
    except TemplateInvalid as exc:
        problems = "; ".join(f"{path}: {cli.text(reason)}" for path, reason in exc.problems)
        return fail(
            cli.tr("The checklist template is not valid: %1", problems), Exit.REFUSED, "refused"
        )
    except VaultDamaged as exc:
        return fail(cli.text(exc.text), Exit.DAMAGED, "damaged")
    except SensitiveTermsNotConfirmed as exc:
        # The question, never a block: the same command with --terms-necessary keeps the words.
        return fail(f"{cli.text(exc.text)} (--terms-necessary)", Exit.REFUSED, "refused")
    except RadprevError as exc:
        return fail(cli.text(exc.text), Exit.REFUSED, "refused")
    except KeyboardInterrupt:
        return fail(cli.tr("interrupted"), Exit.INTERRUPTED, "interrupted")
    except DatabaseError as exc:  # a damaged page, a full disk under SQLite, a lock held
        return fail(
            cli.tr("the vault's database cannot be used (%1); `radprev doctor` says more", exc),
            Exit.DAMAGED,
            "damaged",
        )
    except BrokenPipeError:
        raise  # the reader went away: cli/main.py ends quietly
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        return fail(f"{exc.strerror or type(exc).__name__}{where}", Exit.REFUSED, "refused")
    except Exception as exc:
        logger("cli").error("unexpected %s", type(exc).__name__)
        crash = write_crash_file("radprev", exc)
        if getattr(args, "debug", False):
            traceback.print_exc()
        where = cli.tr("; a crash report was written to %1", crash) if crash else ""
        return fail(
            cli.tr(
                "internal error (%1)%2. Run the command again with --debug to see the details.",
                type(exc).__name__,
                where,
            ),
            Exit.INTERNAL,
            "internal",
        )
