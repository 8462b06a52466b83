"""A `Session` is the open vault plus the logged-in user.

Every core service takes one and checks the user's role itself, so neither the
CLI nor the GUI can bypass a rule. The session also owns the transaction
helper, so a change and the audit entry that records it commit together; after
each commit that added audit entries, the new head of the log is sealed into
vault.anchor (the audit anchor that shows a log cut short; flushed at close).

A session opened with a password an administrator set is restricted until the
password is changed: its connection and transactions refuse every service
(`PasswordChangeRequired`), whichever front end holds it.

Sessions are made by `services/vault_access.py`.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from radprev_desktop.core import audit
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import PasswordChangeRequired, PermissionDenied, VaultError
from radprev_desktop.core.labels import role_list
from radprev_desktop.core.model import Mode, Role, User
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import (
    NEW_VAULTS,
    Connection,
    connect_recorded,
    settings_of,
)
from radprev_desktop.core.vault.dialect import dialect_of
from radprev_desktop.core.vault.keys import AuditAnchor
from radprev_desktop.core.vault.store import Vault


class Session:
    """An unlocked vault for one user. Close it (or lock) to drop the key."""

    #: A central store on a PostgreSQL server (CentralSession): no vault key, and what
    #: ends an account there is the server's, not a re-encryption (screens say which).
    is_server_store = False

    def __init__(
        self,
        vault: Vault,
        user: User,
        con: Connection,
        key: SecretBytes,
        *,
        owns_key: bool = True,
        password_change_pending: bool = False,
    ) -> None:
        self.vault = vault
        self.user = user
        self._con: Connection | None = con
        self._key: SecretBytes | None = key
        self._owns_key = owns_key  # worker copies share the key and never wipe it
        self._depth = 0
        self._new_head: AuditAnchor | None = None  # audit head written in this transaction
        self._force_anchor = False  # after a detected cut: the anchor restarts at the new head
        self._beside_commit: Callable[[], None] | None = None  # see beside_next_commit
        self.password_change_pending = password_change_pending
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        self.vault_id: str = meta["vault_id"]
        self.mode = Mode(meta["mode"])
        self.workstation_id: str = meta["workstation_id"]
        self.establishment_code: str = meta["establishment_code"]
        # A training vault (issue 17): practice only, never exported, imported or restored
        # over a real vault; its reports are marked TRAINING. Also sealed in vault.keys.
        self.training: bool = meta.get("purpose") == "training"
        self.justification: tuple[str, str] | None = None  # remembered for the session
        # The page settings new connections need (decision 0030), read here on the thread that
        # owns `con`: worker connections are opened from worker threads, which must not touch it.
        self._cipher = NEW_VAULTS if dialect_of(con).is_postgresql else settings_of(con)

    # --- connection and key -------------------------------------------------

    @property
    def con(self) -> Connection:
        """The session's database connection (this thread only)."""
        if self.password_change_pending:
            raise PasswordChangeRequired(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Your password was set by an administrator: choose a new one before you go on.",
                )
            )
        return self._open_con()

    def bookkeeping_connection(self) -> Connection:
        """The connection even before a required password change (the door's own reads)."""
        return self._open_con()

    def _open_con(self) -> Connection:
        if self._con is None:
            raise VaultError(QT_TRANSLATE_NOOP("errors", "The vault is locked."))
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
            raise VaultError(QT_TRANSLATE_NOOP("errors", "The vault is locked."))
        return self._key

    def worker_connection(self) -> Connection:
        """A new connection for another thread (SQLite objects stay on one thread)."""
        return connect_recorded(self.vault.db_path, self.vault_key, self._cipher)

    def worker_copy(self) -> Session:
        """A session for another thread: same user and (shared) key, its own connection.

        Closing the copy never wipes the shared key; a rekey run on the copy
        gives the new key to this session too (see `reconnect`).
        """
        worker = Session(
            self.vault,
            self.user,
            self.worker_connection(),
            self.vault_key,
            owns_key=False,
            password_change_pending=self.password_change_pending,
        )
        worker.justification = self.justification
        return worker

    def adopt_rekey(self, con: Connection, key: SecretBytes) -> None:
        """After a rekey: the new connection, and the new key for every session sharing it."""
        self.vault_key.replace_with(key)
        self._con = con
        self._cipher = settings_of(con)

    def detach_connection(self) -> None:
        """Close the connection but keep the key (while another thread rekeys the vault)."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def reconnect(self) -> None:
        """Open this session's connection again with the current (perhaps new) key."""
        # After a rekey in another thread the file has the settings of new vaults: the first
        # try fails and the second opens it (connect_recorded).
        con = connect_recorded(self.vault.db_path, self.vault_key, self._cipher)
        if self._con is not None:
            self._con.close()
        self._con = con
        self._cipher = settings_of(con)

    def _wipe_key(self) -> None:
        if self._key is not None and self._owns_key:
            self._key.wipe()
        self._key = None

    def discard(self) -> None:
        """Close without an audit entry (a login that failed half-way) and forget the key."""
        if self._con is not None:
            self._con.close()
            self._con = None
        self._wipe_key()

    def ended(self) -> VaultError | None:
        """Why this session can no longer reach its store (None while it can): a vault file
        stays reachable; a server store's connection can be closed by the server."""
        return None

    def close(self, *, reason: str = "logout") -> None:
        """Record the end of the session, close the database and forget the key."""
        if self._con is None:
            self._wipe_key()
            return
        with contextlib.suppress(VaultError), self.bookkeeping():
            self.audit(reason)
        if self._key is not None and not self._key.wiped:
            # The anchor's last writes reach the disk, and vault.keys records it (0033).
            self.vault.settle_anchor(self._key)
        self._con.close()
        self._con = None
        self._wipe_key()

    # --- rules -------------------------------------------------------------

    def require(self, *roles: Role) -> None:
        """Raise PermissionDenied unless the user has one of `roles`."""
        if not any(self.user.has(r) for r in roles):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "This needs the %1 role."), role_list(roles)
            )

    def has(self, role: Role) -> bool:
        return self.user.has(role)

    # --- transactions and audit --------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT; nested uses join the outer transaction."""
        with self._transaction(self.con) as con:
            yield con

    @contextlib.contextmanager
    def bookkeeping(self) -> Iterator[Connection]:
        """A transaction allowed even before a required password change.

        For the door's own entries (login, logout, the password change itself);
        services use `transaction()`.
        """
        with self._transaction(self._open_con()) as con:
            yield con

    @contextlib.contextmanager
    def _transaction(self, con: Connection) -> Iterator[Connection]:
        if self._depth:
            self._depth += 1
            try:
                yield con
            finally:
                self._depth -= 1
            return
        con.execute(dialect_of(con).begin_write())
        self._depth = 1
        self._new_head = None
        try:
            yield con
        except BaseException:
            self._depth = 0
            self._new_head = None
            self._force_anchor = False
            con.execute("ROLLBACK")
            raise
        self._depth = 0
        work, self._beside_commit = self._beside_commit, None
        if work is None:
            con.execute("COMMIT")
        else:
            _commit_beside(con, work)
        head, self._new_head = self._new_head, None
        force, self._force_anchor = self._force_anchor, False
        if head is not None:
            self.seal_audit_head(head, force=force)

    def beside_next_commit(self, work: Callable[[], None] | None) -> None:
        """Run `work` in a second thread while the next outermost COMMIT runs (once; None
        withdraws it). The engine writes and encrypts the committed pages without the
        interpreter lock, so store-free Python work — the many-package import's next package:
        the checks' answer unmarshalled, the file after it read and decrypted (decision 0048)
        — runs on the other core meanwhile instead of after it. `work` must touch no store and
        raise nothing; the commit returns when both are done."""
        self._beside_commit = work

    def seal_audit_head(self, head: AuditAnchor, *, force: bool) -> None:
        """Seal the new head of the log into vault.anchor (see module docstring)."""
        self.vault.write_anchor(self.vault_key, head, force=force)

    def force_anchor_at_commit(self) -> None:
        """Let this transaction's audit head replace the anchor even if it is lower.

        Only after the cut or rewrite the old anchor revealed is itself recorded
        in the log (`vault_access`), so the incident stays visible in the chain.
        """
        self._force_anchor = True

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
        # Joins the caller's transaction (a bookkeeping one too); alone, it is a
        # service call and meets the password-change restriction.
        with self._transaction(self._open_con() if self._depth else self.con) as con:
            entry = audit.append(
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
            self._new_head = AuditAnchor(entry.seq, entry.hash)
            return entry

    # --- settings ----------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        """A vault-wide setting (JSON value)."""
        row = self.con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def meta(self, key: str) -> str | None:
        """A value from the vault's metadata."""
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])


def _commit_beside(con: Connection, work: Callable[[], None]) -> None:
    """COMMIT while `work` runs in a second thread; both done when this returns."""
    helper = threading.Thread(target=work, name="radprev-beside-commit", daemon=True)
    helper.start()
    try:
        con.execute("COMMIT")
    finally:
        helper.join()
