"""Where the central office's PostgreSQL store is: the settings of `central.json`.

No password ever: it comes from a libpq password file or is typed in (vault/postgres.py).
Moved out of postgres.py to keep it one module's size; the names stay importable from there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.pg_errors import CentralDatabaseError

DEFAULT_PORT = 5432
SAFE_SSLMODES = ("verify-full", "verify-ca", "require")


@dataclass(frozen=True)
class CentralDatabase:
    """Where the central store is and how to reach it safely (no password here)."""

    host: str
    dbname: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "verify-full"
    sslrootcert: str = ""  # the CA (or the server's self-signed certificate) to trust
    passfile: str = ""  # libpq password file; empty: PGPASSFILE or a typed password
    # A role without login that bypasses row security, which the DBA granted to this login
    # alone: the import COPYs into the record tables as it (decision 0044); empty: none.
    # Only ever passed to the server as a value (a parameter), never spliced into SQL.
    import_role: str = ""

    def __post_init__(self) -> None:
        if self.sslmode not in SAFE_SSLMODES:
            raise CentralDatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The central database connection must use TLS: sslmode '%1' is not allowed "
                    "(use one of %2).",
                ),
                self.sslmode,
                ", ".join(SAFE_SSLMODES),
            )
        if not self.host or self.host.startswith("/"):
            raise CentralDatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The central database must be reached over TCP with TLS (a host name or "
                    "address, not a local socket folder).",
                )
            )
        if not 0 < self.port < 65536:
            raise CentralDatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors", "The central database port must be a number from 1 to 65535, not %1."
                ),
                self.port,
            )

    def describe(self) -> str:
        """The address without any secret, for messages and logs."""
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.dbname}"

    def to_json(self) -> str:
        """The settings file's content (no password ever)."""
        body = {
            "host": self.host,
            "port": self.port,
            "dbname": self.dbname,
            "user": self.user,
            "sslmode": self.sslmode,
            "sslrootcert": self.sslrootcert,
            "passfile": self.passfile,
        }
        if self.import_role:
            body["import_role"] = self.import_role
        return json.dumps(body, indent=2, sort_keys=True) + "\n"


def read_settings(path: Path) -> CentralDatabase:
    """The settings file written at `radprev init --mode central` (JSON, no password)."""
    try:
        body = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise CentralDatabaseError(
            QT_TRANSLATE_NOOP("errors", "The central database settings in %1 cannot be read."),
            path,
        ) from exc
    if not isinstance(body, dict) or "password" in body:
        raise CentralDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The central database settings in %1 are not valid (a password never belongs "
                "in them: use a password file).",
            ),
            path,
        )
    try:
        return CentralDatabase(
            host=str(body["host"]),
            port=settings_port(body.get("port")),
            dbname=str(body["dbname"]),
            user=str(body["user"]),
            sslmode=str(body.get("sslmode", "verify-full")),
            sslrootcert=str(body.get("sslrootcert", "")),
            passfile=str(body.get("passfile", "")),
            import_role=str(body.get("import_role", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CentralDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "The central database settings in %1 lack host, dbname or user."
            ),
            path,
        ) from exc


def settings_port(value: object) -> int:
    """The port of an address or settings file; a typed refusal for anything not a port."""
    if value is None or value == "":
        return DEFAULT_PORT
    try:
        return int(str(value))
    except ValueError:
        raise CentralDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "The central database port must be a number from 1 to 65535, not %1."
            ),
            str(value)[:40],
        ) from None
