"""A session on a central office store kept on PostgreSQL (issue 16).

The same `Session` the services take everywhere, with what differs on a
server: there is no vault key (the server keeps the data; TLS protects it on
the wire, LUKS on the server's disk — docs/decisions/0011-…), each thread gets
its own connection to the server, and the head of the audit log is not sealed
into a local vault.keys (the log's rows are append-only on the server, and
concurrent analysts extend one chain under the dialect's lock: core/audit.py).
The folder is where `central.json` (the connection settings, no password)
lives; it is what `--vault` names for the CLI and the login window.
"""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import VaultError
from radprev_desktop.core.model import User
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import postgres
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.keys import AuditAnchor
from radprev_desktop.core.vault.postgres import CentralDatabase
from radprev_desktop.core.vault.store import Vault

SETTINGS_FILE = "central.json"


def settings_path(folder: Path) -> Path:
    """Where a central office folder keeps its PostgreSQL connection settings."""
    return Path(folder) / SETTINGS_FILE


def is_central_folder(folder: Path) -> bool:
    """True when `folder` points at a PostgreSQL central store instead of holding a vault."""
    return settings_path(folder).is_file()


def open_connection(folder: Path, password: SecretBytes | None = None) -> Connection:
    """A new connection to the store named by `folder`'s settings (TLS + SCRAM)."""
    return postgres.connect(postgres.read_settings(settings_path(folder)), password)


class CentralSession(Session):
    """A logged-in analyst or administrator on the PostgreSQL central store."""

    def __init__(
        self,
        folder: Path,
        database: CentralDatabase,
        user: User,
        con: Connection,
        *,
        password_change_pending: bool = False,
    ) -> None:
        # The Vault object only names the folder; it has no vault.db or vault.keys here.
        super().__init__(
            Vault(folder),
            user,
            con,
            SecretBytes(bytearray(32)),  # replaced by None below: nothing to wipe
            password_change_pending=password_change_pending,
        )
        self._key = None  # no vault key exists for a server store
        self.database = database

    @property
    def vault_key(self) -> SecretBytes:
        raise VaultError(
            "The central store on PostgreSQL has no vault key: key changes and vault backups "
            "are done on the server (radprev central backup, docs/decisions/0011-…)."
        )

    def worker_connection(self) -> Connection:
        return postgres.connect(self.database, application="radprev-worker")

    def worker_copy(self) -> Session:
        worker = CentralSession(
            self.folder,
            self.database,
            self.user,
            self.worker_connection(),
            password_change_pending=self.password_change_pending,
        )
        worker.justification = self.justification
        return worker

    def reconnect(self) -> None:
        con = self.worker_connection()
        if self.is_open:
            self._open_con().close()
        self._con = con

    def seal_audit_head(self, head: AuditAnchor, *, force: bool) -> None:
        """Nothing to seal: the server's log is shared by every analyst (see module doc)."""
        del head, force
