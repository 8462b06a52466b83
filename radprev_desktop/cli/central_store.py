"""The central office store on PostgreSQL in the CLI: `init --database …`, `restore … --into`.

The options are added to `init` and `restore` (cli/vault_admin.py); the work is
done by services/central_access.py and services/central_backup.py. No password
is ever taken from the command line: the database's comes from a libpq
password file, the administrator's from --password-file or a prompt.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from radprev_desktop.cli.common import (
    UsageError,
    admin_password_from,
    emit,
    read_identity_file,
    vault_from,
)
from radprev_desktop.cli.output import cli
from radprev_desktop.core.model import Mode
from radprev_desktop.core.services import central_access, central_backup


def add_init_options(p: Any) -> None:
    """`init`'s options for a central store on PostgreSQL."""
    p.add_argument(
        "--database",
        metavar="URL",
        help="central only: keep the store on PostgreSQL, postgresql://USER@HOST:PORT/DB "
        "(no password in it: the password comes from --passfile or PGPASSFILE)",
    )
    p.add_argument(
        "--database-settings",
        metavar="FILE",
        help="central only: a central.json settings file (host, port, dbname, user, sslrootcert, "
        "passfile) instead of --database",
    )
    p.add_argument(
        "--sslrootcert", default="", metavar="FILE", help="the server's CA certificate (TLS)"
    )
    p.add_argument(
        "--passfile", default="", metavar="FILE", help="libpq password file for the database user"
    )


def add_restore_options(p: Any) -> None:
    """`restore`'s options for a central store's backup."""
    p.add_argument(
        "--identity-file",
        metavar="FILE",
        help="central store on PostgreSQL: the offline backup key (AGE-SECRET-KEY-…)",
    )
    p.add_argument(
        "--into",
        metavar="SETTINGS",
        help="central store on PostgreSQL: central.json of the EMPTY database to restore into",
    )


def init_central(args: argparse.Namespace) -> int:
    """`init --mode central --database …`: a central office store on PostgreSQL."""
    if args.mode != Mode.CENTRAL.value:
        raise UsageError(
            cli.tr("--database is for --mode central only (workstations keep a vault file)")
        )
    if args.unit:
        raise UsageError(cli.tr("a central office has no units: leave out --unit"))
    if args.database_settings:
        database = central_access.read_settings(Path(args.database_settings))
    else:
        database = central_access.parse_url(
            args.database, sslrootcert=args.sslrootcert, passfile=args.passfile
        )
    folder = vault_from(args).folder
    password = admin_password_from(args)
    created = central_access.create_central(
        folder,
        database,
        establishment_code=args.establishment,
        establishment_name=args.establishment_name,
        admin_username=args.admin,
        admin_password=password,
    )
    session = created.session
    data = {
        "vault": str(folder),
        "vault_id": session.vault_id,
        "mode": session.mode.value,
        "store": "postgresql",
        "database": database.describe(),
    }
    session.close()
    emit(
        args,
        data,
        lambda: (
            cli.tr("Central store created on %1", database.describe())
            + "\n"
            + cli.tr("Settings (no password) in %1; use --vault %1 with every command.", folder)
            + "\n"
        ),
    )
    return 0


def restore_central(args: argparse.Namespace) -> int:
    """A pg_dump backup (age) into an empty PostgreSQL database; no login to the old store."""
    if not args.identity_file or not args.into:
        raise UsageError(cli.tr("a central store backup needs --identity-file and --into SETTINGS"))
    identity = read_identity_file(args.identity_file)  # as age-keygen wrote it
    database = central_access.read_settings(Path(args.into))
    central_backup.restore_backup(Path(args.file), identity, database)
    emit(
        args,
        {"restored": str(args.file), "database": database.describe()},
        cli.tr(
            "Backup %1 restored into %2; point central.json at it.", args.file, database.describe()
        ),
    )
    return 0
