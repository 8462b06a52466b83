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

import json
from pathlib import Path

from radprev_desktop.core import crypto
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.crypto import KdfParams, SecretBytes
from radprev_desktop.core.errors import LoginDelayed, VaultError, WrongPassword
from radprev_desktop.core.model import User
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import postgres
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.keys import AuditAnchor, failure_delay
from radprev_desktop.core.vault.pg_errors import SessionEnded
from radprev_desktop.core.vault.postgres import CentralDatabase
from radprev_desktop.core.vault.store import Vault

SETTINGS_FILE = "central.json"
_VERIFIER_LABEL = b"radprev central login v1"
_WRONG = QT_TRANSLATE_NOOP("errors", "The username or password is not right.")


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

    is_server_store = True

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
            QT_TRANSLATE_NOOP(
                "errors",
                "The central store on PostgreSQL has no vault key: key changes and vault backups "
                "are done on the server (radprev backup; "
                "docs/decisions/0011-postgresql-central-store.md).",
            )
        )

    def worker_connection(self) -> Connection:
        con = postgres.connect(self.database, application="radprev-worker")
        # The same account on the server as the session's own connection (row security,
        # ending its sessions when it is disabled).
        postgres.bind_to_account(con, self.user.id)
        return con

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

    def ended(self) -> VaultError | None:
        """SessionEnded once the server closed this session's connection (stopped or
        restarted, or the account disabled): every later statement would fail the same way,
        so the window locks and the password logs in again (a new connection)."""
        con = self._con
        if isinstance(con, postgres.PgConnection) and con.raw.closed:
            return SessionEnded()
        return None

    def reconnect(self) -> None:
        con = self.worker_connection()
        if self.is_open:
            self._open_con().close()
        self._con = con

    def seal_audit_head(self, head: AuditAnchor, *, force: bool) -> None:
        """Nothing to seal: the server's log is shared by every analyst (see module doc)."""
        del head, force


# --- logins: a server store has no key slots (services/central_access.py) -------------


def _derive(password: str, salt: bytes, kdf: KdfParams) -> SecretBytes:
    secret = crypto.secret_from_text(password)
    try:
        return crypto.derive_kek(secret, salt, kdf)
    finally:
        secret.wipe()


def set_login_password(con: Connection, username: str, password: str, kdf: KdfParams) -> None:
    """Store the Argon2id verifier of `username`'s password (inside the caller's transaction)."""
    salt = crypto.random_secret()
    salt_bytes = bytes(salt.view()[:16])
    salt.wipe()
    derived = _derive(password, salt_bytes, kdf)
    try:
        verifier = crypto.mac_hex(derived, _VERIFIER_LABEL)
    finally:
        derived.wipe()
    con.execute(
        "INSERT INTO central_logins(username, kdf, salt, verifier, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(username) DO UPDATE SET kdf = excluded.kdf, "
        "salt = excluded.salt, verifier = excluded.verifier, failed = 0, "
        "updated_at = excluded.updated_at",
        (username, json.dumps(kdf.to_json()), salt_bytes.hex(), verifier, now_iso()),
    )


def login_kdf(con: Connection) -> KdfParams:
    """The Argon2id parameters calibrated when the store was created."""
    row = con.execute("SELECT value FROM meta WHERE key = 'central_login_kdf'").fetchone()
    return KdfParams.from_json(json.loads(row[0])) if row else crypto.calibrate_kdf().params


def check_login_password(con: Connection, username: str, password: str) -> int:
    """Check a central store login (growing delay after failures); failures since last login."""
    row = con.execute(
        "SELECT kdf, salt, verifier, failed, failed_since_login, last_failed_at "
        "FROM central_logins WHERE username = ?",
        (username,),
    ).fetchone()
    if row is None:
        raise WrongPassword(_WRONG)
    kdf_json, salt_hex, verifier, failed, since_login, last_failed = row
    delay = failure_delay(int(failed))
    if delay and last_failed:
        waited = con.execute(f"SELECT {_seconds_since('?')}", (last_failed,)).fetchone()[0] or 0.0
        if float(waited) < delay:
            raise LoginDelayed(
                QT_TRANSLATE_NOOP("errors", "Too many failed attempts: wait %1 s."),
                int(delay - float(waited)) + 1,
                seconds=delay - float(waited),
            )
    derived = _derive(password, bytes.fromhex(salt_hex), KdfParams.from_json(json.loads(kdf_json)))
    try:
        ok = crypto.mac_matches(derived, _VERIFIER_LABEL, verifier)
    finally:
        derived.wipe()
    if not ok:
        con.execute(
            "UPDATE central_logins SET failed = failed + 1, "
            "failed_since_login = failed_since_login + 1, last_failed_at = ? WHERE username = ?",
            (now_iso(), username),
        )
        raise WrongPassword(_WRONG)
    con.execute(
        "UPDATE central_logins SET failed = 0, failed_since_login = 0 WHERE username = ?",
        (username,),
    )
    return int(since_login)


def _seconds_since(mark: str) -> str:
    return f"extract(epoch FROM (clock_timestamp() - ({mark})::timestamptz))"


def forget_login(con: Connection, username: str) -> None:
    """The account's password verifier is deleted: its password opens nothing any more."""
    con.execute("DELETE FROM central_logins WHERE username = ?", (username,))
