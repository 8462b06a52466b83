"""`radprev user units|grant|revoke|grants`: which prisoners an account reaches (issue #14).

Officers and supervisors reach the prisoners of their units; an administrator
assigns the units, and may grant the whole establishment (at the central
office: an establishment, or '*' for every one) with a reason that goes into
the audit log. Registered under `radprev user` by cli/vault_admin.py.
"""

from __future__ import annotations

import argparse
from typing import Any

from radprev_desktop.cli.common import UsageError, command, emit, logged_in
from radprev_desktop.cli.output import cli
from radprev_desktop.core.services import access_grants, users


def register(usub: Any) -> None:
    """Add the access sub-commands to `radprev user`."""
    p = command(usub, "units", cmd_user_units, "set the units an account works in")
    p.add_argument("username", help="the account")
    p.add_argument(
        "--unit",
        action="append",
        default=[],
        help="a unit the account works in; repeat for several (replaces the current list)",
    )
    p.add_argument(
        "--none", action="store_true", help="take every unit away (the account reaches no prisoner)"
    )
    for name, handler, help_text in (
        ("grant", cmd_user_grant, "let an account reach every prisoner of an establishment"),
        ("revoke", cmd_user_revoke, "withdraw a whole-establishment grant"),
    ):
        p = command(usub, name, handler, help_text)
        p.add_argument("username", help="the account")
        p.add_argument("--reason", required=True, help="why (recorded in the audit log)")
        p.add_argument(
            "--establishment",
            help="the establishment's code (default: this vault's; central office: a code or '*')",
        )
    command(usub, "grants", cmd_user_grants, "list whole-establishment grants")


def _access_json(user: users.User) -> dict[str, Any]:
    return {
        "username": user.username,
        "units": list(user.units),
        "establishments": list(user.establishments),
    }


def _access_line(user: users.User) -> str:
    units = ", ".join(user.units) or "none"
    whole = (
        f"; whole establishment: {', '.join(user.establishments)}" if user.establishments else ""
    )
    return f"{user.username}: units {units}{whole}"


def cmd_user_units(args: argparse.Namespace) -> int:
    if not args.unit and not args.none:
        raise UsageError(cli.tr("give --unit (repeat for several) or --none"))
    if args.unit and args.none:
        raise UsageError(cli.tr("--unit and --none cannot be used together"))
    with logged_in(args) as session:
        user = users.update_user(session, args.username, units=[] if args.none else args.unit)
        emit(args, _access_json(user), _access_line(user))
    return 0


def cmd_user_grant(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        user = access_grants.grant_establishment(
            session, args.username, args.reason, establishment_code=args.establishment
        )
        emit(args, _access_json(user), _access_line(user))
    return 0


def cmd_user_revoke(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        user = access_grants.revoke_establishment(
            session, args.username, args.reason, establishment_code=args.establishment
        )
        emit(args, _access_json(user), _access_line(user))
    return 0


def cmd_user_grants(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        grants = access_grants.list_grants(session)
        rows = [g.__dict__ for g in grants]
        emit(
            args,
            rows,
            lambda: (
                "\n".join(
                    f"{g.username:<20} {g.establishment_code:<10} since {g.granted_at[:10]} "
                    f"by {g.granted_by}: {g.reason}"
                    for g in grants
                )
                or "no whole-establishment grant"
            ),
        )
    return 0
