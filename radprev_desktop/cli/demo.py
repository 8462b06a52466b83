"""`radprev demo`: fill a vault with synthetic prisoners, observations and demo accounts."""

from __future__ import annotations

import argparse
from typing import Any

from radprev_desktop.cli.arguments import COUNT
from radprev_desktop.cli.common import command, emit, eprint, logged_in
from radprev_desktop.cli.output import as_json, cli
from radprev_desktop.core import demo as demo_mod


def register(sub: Any) -> None:
    """Add `demo`."""
    p = command(sub, "demo", cmd_demo, "fill the vault with synthetic demo data")
    p.add_argument("--subjects", type=COUNT, default=200, help="how many synthetic prisoners")
    p.add_argument(
        "--observations", type=COUNT, default=5000, help="how many synthetic observations"
    )
    p.add_argument(
        "--seed", type=COUNT, default=1, help="random seed (the same seed gives the same data)"
    )
    p.add_argument("--no-accounts", action="store_true", help="do not add the demo accounts")


def cmd_demo(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        accounts = [] if args.no_accounts else demo_mod.create_demo_accounts(session)

        def progress(done: int, total: int, what: str) -> None:
            if not args.json and total >= 50_000:
                eprint(f"{what}: {done}/{total}")

        summary = demo_mod.generate(
            session,
            subjects=args.subjects,
            observations=args.observations,
            seed=args.seed,
            progress=progress,
        )
        data = {
            "summary": as_json(summary),
            "demo_accounts": [
                {"username": u, "password": p, "roles": [r.value for r in roles]}
                for u, p, roles in accounts
            ],
        }

        def text() -> str:
            lines = [
                cli.tr(
                    "Prisoners: %1, observations: %2 (%3 versions), reviews: %4.",
                    summary.subjects,
                    summary.observations,
                    summary.versions,
                    summary.reviews,
                )
            ]
            if accounts:
                lines.append(cli.tr("Demo accounts (for demonstrations only):"))
                lines += [
                    f"  {u} / {p} ({', '.join(cli.label(r) for r in roles)})"
                    for u, p, roles in accounts
                ]
            return "\n".join(lines)

        emit(args, data, text)
    return 0
