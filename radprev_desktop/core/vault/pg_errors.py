"""What the central office's PostgreSQL server or its connection refused, in words.

The services catch these (`ConstraintRefused` is the SQLCipher store's DatabaseError
too); `explain` turns libpq's refusal of a connection into a message an
administrator can act on (translated, no secret). Only vault/postgres.py
talks to psycopg (the one network connection, .importlinter).
"""

from __future__ import annotations

import re

from radprev_desktop.core.errors import VaultError
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import DatabaseError


class CentralDatabaseError(VaultError):
    """The central office's PostgreSQL server cannot be used as configured."""


class ConstraintRefused(DatabaseError):
    """The server refused a row (constraint, trigger, bad value), as SQLCipher's DatabaseError.

    Services catch `vault.connection.DatabaseError` to quarantine one record
    (import) or to report a refused change; the same code then works on both stores.
    """


class SessionEnded(CentralDatabaseError):
    """The server closed this connection: the account was disabled or removed by an
    administrator (its sessions are ended), or the server was shut down."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The central store ended this session: the account was disabled or removed, "
                "or its server was stopped or restarted. What was saved before is kept. Type "
                "your password to log in again; while the server is down, the login says so.",
            )
        )


def explain(text: str, where: str, dbname: str) -> CentralDatabaseError:
    """libpq's refusal as a message an administrator can act on (translated, no secret)."""
    if "no encryption" in text or "SSL off" in text:
        return CentralDatabaseError(
            QT_TRANSLATE_NOOP("errors", "The server at %1 refused a connection without TLS."),
            where,
        )
    if "server does not support SSL" in text:
        return CentralDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server at %1 does not offer TLS; radprev never sends analysts' data over an "
                "unencrypted connection.",
            ),
            where,
        )
    if "channel binding" in text:
        return CentralDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server at %1 did not authenticate with SCRAM-SHA-256 and channel binding; "
                "set password_encryption = scram-sha-256 and use scram-sha-256 in pg_hba.conf "
                "(hostssl lines).",
            ),
            where,
        )
    missing = re.search(r'root certificate file "([^"]*)"', text)
    if missing:
        return CentralDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The TLS certificate file %1 (sslrootcert) cannot be read: give the path of the "
                "certificate that signed the server's in the central database settings.",
            ),
            missing.group(1),
        )
    if "certificate" in text or "SSL" in text:
        return CentralDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "The TLS certificate of the server at %1 could not be verified."
            ),
            where,
        )
    if "no password supplied" in text:
        return CentralDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No password for %1: put it in the libpq password file (passfile) named in the "
                "central database settings.",
            ),
            where,
        )
    if "password authentication failed" in text:
        return CentralDatabaseError(
            QT_TRANSLATE_NOOP("errors", "The central database refused the password for %1."),
            where,
        )
    if f'database "{dbname}" does not exist' in text:
        return CentralDatabaseError(
            QT_TRANSLATE_NOOP("errors", "The server at %1 has no database named %2."),
            where,
            dbname,
        )
    return CentralDatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The central database at %1 cannot be reached: check that the server is running "
            "and that the host and port are right.",
        ),
        where,
    )
