"""A `Session` is the open vault plus the logged-in user.

Every core service takes one and checks the user's role itself, so neither the
CLI nor the GUI can bypass a rule. The session also owns the transaction
helper, so a change and the audit entry that records it commit together.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from radprev_desktop.core import audit
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import PermissionDenied, VaultError
from radprev_desktop.core.model import Mode, Role, User
from radprev_desktop.core.vault.connection import Connection, connect

if TYPE_CHECKING:
    from radprev_desktop.core.vault.store import Vault


class Session:
    """An unlocked vault for one user. Close it (or lock) to drop the key."""

    def __init__(
        self,
        vault: Vault,
        user: User,
        con: Connection,
        key: SecretBytes,
        *,
        owns_key: bool = True,
    ) -> None:
        self.vault = vault
        self.user = user
        self._con: Connection | None = con
        self._key: SecretBytes | None = key
        self._owns_key = owns_key  # worker copies share the key and never wipe it
        self._depth = 0
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        self.vault_id: str = meta["vault_id"]
        self.mode = Mode(meta["mode"])
        self.workstation_id: str = meta["workstation_id"]
        self.establishment_code: str = meta["establishment_code"]
        self.justification: tuple[str, str] | None = None  # remembered for the session

    # --- connection and key -------------------------------------------------

    @property
    def con(self) -> Connection:
        """The session's database connection (this thread only)."""
        if self._con is None:
            raise VaultError("The vault is locked.")
        return self._con

    @property
    def is_open(self) -> bool:
        return self._con is not None

    @property
    def folder(self) -> Path:
        """The vault folder this session opened."""
        return self.vault.folder

    @property
    def vault_key(self) -> SecretBytes:
        """The vault key, for the vault's own mechanics (rekey, backups, slots) only."""
        if self._key is None or self._key.wiped:
            raise VaultError("The vault is locked.")
        return self._key

    def key_bytes(self) -> bytes:
        """The raw vault key as bytes (tests only; the application never copies it out)."""
        return bytes(self.vault_key.view())

    def worker_connection(self) -> Connection:
        """A new connection for another thread (SQLite objects stay on one thread)."""
        return connect(self.vault.db_path, bytes(self.vault_key.view()))

    def worker_copy(self) -> Session:
        """A session for another thread: same user and (shared) key, its own connection.

        Closing the copy never wipes the shared key; a rekey run on the copy
        gives the new key to this session too (see `reconnect`).
        """
        worker = Session(
            self.vault, self.user, self.worker_connection(), self.vault_key, owns_key=False
        )
        worker.justification = self.justification
        return worker

    def replace_key(self, key: SecretBytes) -> None:
        """After a rekey: every session sharing the key now holds the new one."""
        self.vault_key.replace_with(key)

    def replace_connection(self, con: Connection) -> None:
        """After a rekey: the connection opened with the new key replaces the old one."""
        if self._con is not None:
            self._con.close()
        self._con = con

    def detach_connection(self) -> None:
        """Close the connection but keep the key (while another thread rekeys the vault)."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def reconnect(self) -> None:
        """Open this session's connection again with the current (perhaps new) key."""
        con = connect(self.vault.db_path, bytes(self.vault_key.view()))
        self.replace_connection(con)

    def _wipe_key(self) -> None:
        if self._key is not None and self._owns_key:
            self._key.wipe()
        self._key = None

    def close(self, *, reason: str = "logout") -> None:
        """Record the end of the session, close the database and forget the key."""
        if self._con is None:
            self._wipe_key()
            return
        with contextlib.suppress(VaultError), self.transaction():
            self.audit(reason)
        self._con.close()
        self._con = None
        self._wipe_key()

    # --- rules -------------------------------------------------------------

    def require(self, *roles: Role) -> None:
        """Raise PermissionDenied unless the user has one of `roles`."""
        if not any(self.user.has(r) for r in roles):
            names = " or ".join(r.value for r in roles)
            raise PermissionDenied(f"This needs the {names} role.")

    def has(self, role: Role) -> bool:
        return self.user.has(role)

    # --- transactions and audit --------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT; nested uses join the outer transaction."""
        con = self.con
        if self._depth:
            self._depth += 1
            try:
                yield con
            finally:
                self._depth -= 1
            return
        con.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield con
        except BaseException:
            self._depth = 0
            con.execute("ROLLBACK")
            raise
        self._depth = 0
        con.execute("COMMIT")

    def audit(
        self,
        action: str,
        *,
        object_type: str = "",
        object_id: str = "",
        justification: str = "",
        recipient: str = "",
        details: dict[str, Any] | None = None,
    ) -> audit.AuditEntry:
        """Append an audit entry as this user (inside the caller's transaction)."""
        with self.transaction() as con:
            return audit.append(
                con,
                user=self.user.username,
                workstation=self.workstation_id,
                action=action,
                object_type=object_type,
                object_id=object_id,
                justification=justification,
                recipient=recipient,
                details=details,
            )

    # --- settings ----------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        """A vault-wide setting (JSON value)."""
        row = self.con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def meta(self, key: str) -> str | None:
        """A value from the vault's metadata."""
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])
