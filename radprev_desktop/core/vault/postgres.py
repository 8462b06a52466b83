"""The one network connection radprev makes: the central office's PostgreSQL server.

A central office that outgrows one PC keeps its store on PostgreSQL
(docs/decisions/0011-postgresql-central-store.md). The connection is always
TLS with the server's certificate checked (`verify-full` by default, never
less than `require`) and SCRAM-SHA-256 with channel binding, so a server that
offers no TLS, or asks for a plain or MD5 password, is refused with a message
saying so. The password is never part of the address, the command line or a
log: it comes from a libpq password file (settings `passfile`, or PGPASSFILE)
or is typed in and handed over as bytes that are wiped after use.

`PgConnection` gives the services the same small interface a SQLCipher
connection has (`execute` with `?` placeholders, `executemany`, explicit
BEGIN/COMMIT/ROLLBACK), with `dialect` = POSTGRESQL for what differs.
"""

from __future__ import annotations

import itertools
import select
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

import psycopg
import psycopg.sql
from psycopg.conninfo import conninfo_to_dict

from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.dialect import POSTGRESQL, Dialect
from radprev_desktop.core.vault.pg_copy import COLUMN_TYPES_SQL, binary_types, first_row_fits
from radprev_desktop.core.vault.pg_errors import (
    CentralDatabaseError,
    ConstraintRefused,
    SessionEnded,
    explain,
)
from radprev_desktop.core.vault.pg_server import (  # noqa: F401  (importable from here too)
    bind_to_account,
    forced_row_security,
    import_role_may_copy,
    login_sees_everything,
    owns_database,
    server_state,
    session_name,
)
from radprev_desktop.core.vault.pg_settings import (  # noqa: F401  (importable from here too)
    DEFAULT_PORT,
    SAFE_SSLMODES,
    CentralDatabase,
    read_settings,
    settings_port,
)

CONNECT_TIMEOUT = 10

# What a row can make the server refuse; connection and permission failures are not these.
_REFUSALS = (psycopg.errors.IntegrityError, psycopg.errors.DataError, psycopg.errors.RaiseException)
# The server ended the session (pg_terminate_backend, shutdown) or the connection is gone.
_ENDED = (psycopg.errors.AdminShutdown, psycopg.errors.ConnectionFailure, psycopg.InterfaceError)


def parse_url(url: str, *, sslrootcert: str = "", passfile: str = "") -> CentralDatabase:
    """Read `postgresql://user@host:port/dbname?sslmode=…`; a password in it is refused."""
    if not url.startswith(("postgresql://", "postgres://")):
        raise CentralDatabaseError(
            QT_TRANSLATE_NOOP("errors", "The central database address must start with %1"),
            "postgresql://",
        )
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise CentralDatabaseError(
            QT_TRANSLATE_NOOP("errors", "The central database address is not valid.")
        ) from exc
    if "password" in parts:
        raise CentralDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Do not put the password in the database address (it would end up in shell "
                "history and process lists): put it in a password file (passfile) or type it "
                "when asked.",
            )
        )
    host, user, dbname = (str(parts.get(k) or "") for k in ("host", "user", "dbname"))
    if not host or not user or not dbname:
        raise CentralDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The central database address needs a user, a host and a database name: %1",
            ),
            "postgresql://user@host:5432/dbname",
        )
    return CentralDatabase(
        host=host,
        port=settings_port(parts.get("port")),
        dbname=dbname,
        user=user,
        sslmode=str(parts.get("sslmode") or "verify-full"),
        sslrootcert=str(parts.get("sslrootcert") or sslrootcert),
        passfile=str(parts.get("passfile") or passfile),
    )


def connect(
    db: CentralDatabase, password: SecretBytes | None = None, *, application: str = "radprev"
) -> PgConnection:
    """Open a TLS + SCRAM connection to the central store (CentralDatabaseError if not)."""
    params: dict[str, Any] = {
        "host": db.host,
        "port": db.port,
        "dbname": db.dbname,
        "user": db.user,
        "sslmode": db.sslmode,
        "channel_binding": "require",
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": application,
        "client_encoding": "UTF8",
    }
    if db.sslrootcert:
        params["sslrootcert"] = db.sslrootcert
    if db.passfile:
        params["passfile"] = db.passfile
    if password is not None:
        params["password"] = bytes(password.view()).decode("utf-8")
    try:
        raw = psycopg.connect(autocommit=True, **params)
    except psycopg.OperationalError as exc:
        raise explain(str(exc), db.describe(), db.dbname) from None
    finally:
        params.pop("password", None)
    con = PgConnection(raw, db)
    con.execute("SET TIME ZONE 'UTC'")
    return con


#: Statements after which a table's columns may not be what a COPY learnt (`schema_changed`).
_RESHAPING = ("ALTER", "DROP", "ROLLBACK")


class PgConnection:
    """A psycopg connection with the interface the services use on SQLCipher."""

    dialect: Dialect = POSTGRESQL

    def __init__(self, raw: psycopg.Connection[Any], db: CentralDatabase) -> None:
        self.raw = raw
        self.database = db
        # Statements sent and not yet waited for (see `settle`); None when there are none.
        self._sent: AbstractContextManager[Any] | None = None
        # Tables whose row security applies to this login (it does not change while
        # connected: the login and the tables' policies are the office's own).
        self._secured: set[str] = set()
        # Secured tables the store's import role may COPY into (decision 0044; asked once).
        self._import_tables: set[str] = set()
        # Work of the caller's that needs no store (`meanwhile`), done while the server works.
        self._meanwhile: Iterator[object] | None = None
        # Temporary tables kept for the session that rows went through in the open
        # transaction: emptied after its COMMIT (`empty_after_commit`, decision 0039).
        self._used: set[str] = set()
        # What was sent without waiting is that emptying: it belongs to no transaction.
        self._after_commit = False
        # (table, columns) -> their type oids when a COPY sends them in binary form, else
        # None (`_copy_types`, decision 0049); forgotten when a statement may change them.
        self._copy_types: dict[tuple[str, tuple[str, ...]], list[int] | None] = {}

    def meanwhile(self, work: Iterator[object] | None) -> None:
        """While the server works on statements sent without waiting, advance `work` (short
        steps that touch no store) instead of sitting idle; None: stop (decision 0037)."""
        self._meanwhile = work

    def _fill_wait(self) -> None:
        """Steps of the `meanwhile` work until the server's first reply is readable."""
        work = self._meanwhile
        if work is None:
            return
        pgconn = self.raw.pgconn
        pgconn.send_flush_request()  # results as they come, not only at the end
        pgconn.flush()
        sock = pgconn.socket
        try:
            while not select.select([sock], [], [], 0)[0]:
                if next(work, None) is None:
                    self._meanwhile = None
                    return
        except Exception:
            # Not this statement's failure: the work's owner meets it again when it
            # finishes the work itself (LineChecks.all), in its own place.
            self._meanwhile = None

    def settle(self, *, discard: bool = False) -> None:
        """Wait for what `copy_rows` sent without waiting; raise its error (decision 0037).

        Every later use of the connection settles first — a savepoint's RELEASE too —, so
        an error surfaces inside the caller's savepoint before anything else is sent, and
        nothing runs after it in an aborted transaction. `discard`: the caller rolls back,
        which undoes what was sent (a lost connection is still raised, by the rollback).
        """
        sent, self._sent = self._sent, None
        self._after_commit = False
        if sent is None:
            return
        try:
            if not discard:
                self._fill_wait()
            sent.__exit__(None, None, None)
        except _REFUSALS as exc:
            if not discard:
                raise ConstraintRefused(str(exc).splitlines()[0]) from exc
        except _ENDED as exc:
            raise SessionEnded() from exc
        except psycopg.Error as exc:
            if self.raw.broken:  # the connection was lost while the server worked
                raise SessionEnded() from exc
            if not discard:
                raise

    def _cursor(self) -> psycopg.Cursor[Any]:
        self.settle()
        # A connection the server ended is closed by psycopg after the first failed
        # statement; every later one must say so too (logout, lock), not crash.
        try:
            return self.raw.cursor()
        except psycopg.OperationalError as exc:
            raise SessionEnded() from exc

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> psycopg.Cursor[Any]:
        """Run one statement written with `?` placeholders; returns the cursor."""
        if self._sent is not None:
            self.settle(discard=sql.lstrip()[:8].upper() == "ROLLBACK")
        cursor = self._cursor()
        try:
            cursor.execute(POSTGRESQL.sql(sql), tuple(params) if params is not None else None)
        except _REFUSALS as exc:
            raise ConstraintRefused(str(exc).splitlines()[0]) from exc
        except _ENDED as exc:
            raise SessionEnded() from exc
        if self._used:
            self._transaction_ended(sql.split(None, 2)[:2])
        if self._copy_types and sql.lstrip()[:8].upper().startswith(_RESHAPING):
            self.schema_changed()
        return cursor

    def schema_changed(self) -> None:
        """Forget the columns' types learnt for COPY (a table altered, dropped or taken
        back by a rollback; migrations call it after they ran)."""
        self._copy_types.clear()

    def empty_after_commit(self, table: str) -> None:
        """`table`, a temporary table kept for the session, is emptied after the open
        transaction commits (decision 0039: instead of ON COMMIT DELETE ROWS, which made
        every COMMIT wait ≈ 3 ms per such table — the server rebuilds its TOAST index)."""
        self._used.add(table)

    def _transaction_ended(self, words: list[str]) -> None:
        """After COMMIT: the kept temporary tables the transaction used are emptied by a
        TRUNCATE sent without waiting (the caller opens its next package meanwhile); it
        skips a table a rolled-back savepoint took back. After ROLLBACK: forgotten (their
        rows were undone; a later use empties them first)."""
        first = words[0].upper() if words else ""
        if first in ("COMMIT", "END"):
            names = psycopg.sql.SQL(", ").join(psycopg.sql.Literal(n) for n in sorted(self._used))
            self._used.clear()
            self._send(
                psycopg.sql.SQL(
                    "DO $$DECLARE kept TEXT; BEGIN SELECT string_agg(oid::regclass::TEXT, ', ') "
                    "INTO kept FROM pg_class WHERE relnamespace = pg_my_temp_schema() "
                    "AND relname = ANY (ARRAY[{}]); IF kept IS NOT NULL THEN "
                    "EXECUTE 'TRUNCATE ' || kept; END IF; END$$"
                ).format(names)
            )
            self._after_commit = True
        elif first == "ROLLBACK" and (len(words) < 2 or words[1].upper() != "TO"):
            self._used.clear()

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> psycopg.Cursor[Any]:
        """Run one statement for each row (pipelined by psycopg)."""
        cursor = self._cursor()
        try:
            cursor.executemany(POSTGRESQL.sql(sql), [tuple(r) for r in rows])
        except _REFUSALS as exc:
            raise ConstraintRefused(str(exc).splitlines()[0]) from exc
        except _ENDED as exc:
            raise SessionEnded() from exc
        return cursor

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """COPY `rows` into `table` (inside the caller's transaction); returns the count.

        The server refuses COPY FROM into a table whose row security applies to the
        login — every record table for the office's own login, which owns them but is
        no superuser (FORCE ROW LEVEL SECURITY, decision 0016 C). Rows for such a table
        are COPYed into a temporary table of the same columns (temporary tables have no
        row security) and moved in line order with one INSERT … SELECT, where the
        policies' checks, the triggers and the constraints apply to every row as they
        do to one-by-one inserts (decision 0024) — unless the store's import role may take
        the COPY straight into the table (`_as_import_role`, decision 0044).
        """
        ident, sql = psycopg.sql.Identifier, psycopg.sql.SQL
        names = sql(", ").join(ident(c) for c in columns)
        if self._sent is not None:
            # The server still works on the previous bulk write: build these rows meanwhile.
            rows = list(rows)
            self.settle()
        types = self._types_for(table, columns)
        straight = sql("COPY {} ({}) FROM STDIN").format(ident(table), names)
        if not self._row_security(table):
            return self._copy(straight, rows, types)
        if self._as_import_role(table):
            count = self._copy(straight, rows, types)
            # Back to the login's own role before anything else runs (sent without
            # waiting; after a refused COPY the caller's rollback takes the role back).
            self._send(sql("RESET ROLE").format())
            return count
        # Kept for the session (IF NOT EXISTS: a rollback drops it), emptied after each use
        # by a DELETE (no catalog work) and truncated after the commit (`empty_after_commit`)
        # — TRUNCATE after each use in autocommit.
        kept = self.in_transaction
        crc = zlib.crc32(",".join(columns).encode())
        name = f"copy_into_{table}_{crc:08x}{'_k' if kept else ''}"
        stage = ident(name)
        if kept:
            self.empty_after_commit(name)
        self._run(
            sql(
                "CREATE TEMP TABLE IF NOT EXISTS {} "
                "AS SELECT 0::bigint AS copy_line, {} FROM {} LIMIT 0"
            ).format(stage, names, ident(table))
        )
        staged = self._types_for(name, ("copy_line", *columns))
        count = self._copy(
            sql("COPY {} (copy_line, {}) FROM STDIN").format(stage, names),
            ((n, *row) for n, row in enumerate(rows)),
            staged,
        )
        # Sent without waiting: the policies, triggers and constraints run on the server
        # while the caller goes on; the next use of the connection settles (`settle`).
        self._send(
            sql("INSERT INTO {} ({}) SELECT {} FROM {} ORDER BY copy_line").format(
                ident(table), names, names, stage
            ),
            sql("DELETE FROM {}" if kept else "TRUNCATE {}").format(stage),
        )
        return count

    def _as_import_role(self, table: str) -> bool:
        """Inside a transaction, when the policies would let every row through (the bound
        account and the login see every establishment), switch to the store's import role
        (`CentralDatabase.import_role`, bypassing row security) for one COPY straight into
        `table` — SET LOCAL, so a rollback ends it too (decision 0044). No: stay."""
        role = self.database.import_role
        if not role or not self.in_transaction:
            return False
        if table not in self._import_tables:
            if not import_role_may_copy(self, role, table):
                return False
            self._import_tables.add(table)
        switched = self.execute(
            "SELECT set_config('role', ?, true) WHERE (SELECT radprev_sees_every_establishment())",
            (role,),
        ).fetchone()
        return switched is not None

    def _row_security(self, table: str) -> bool:
        """Whether row security applies to `table` for this login (asked once)."""
        if table not in self._secured:
            found = self.execute("SELECT row_security_active(?::regclass)", (table,)).fetchone()
            if not (found and found[0]):
                return False
            self._secured.add(table)
        return True

    def _send(self, *statements: psycopg.sql.Composed) -> None:
        """Send `statements` in pipeline mode without waiting for the server (`settle`)."""
        sent = self.raw.pipeline()
        sent.__enter__()
        self._sent = sent
        self._after_commit = False
        try:
            for statement in statements:
                self.raw.execute(statement)
        except psycopg.Error as exc:
            # A result came back failed: end the pipeline (what followed it was skipped).
            self.settle(discard=True)
            if isinstance(exc, _ENDED):
                raise SessionEnded() from exc
            if isinstance(exc, _REFUSALS):
                raise ConstraintRefused(str(exc).splitlines()[0]) from exc
            raise

    def _types_for(self, table: str, columns: Sequence[str]) -> list[int] | None:
        """The type oids of `table`'s `columns` when its COPY goes in binary form (each
        column's type named once: psycopg then formats a row without an adapter look-up
        per value, decision 0049); None: as text. Asked once per table and columns."""
        key = (table, tuple(columns))
        if key not in self._copy_types:
            found = self.execute(COLUMN_TYPES_SQL, (table,)).fetchall()
            self._copy_types[key] = binary_types(found, columns)
        return self._copy_types[key]

    def _copy(
        self,
        statement: psycopg.sql.Composed,
        rows: Iterable[Sequence[Any]],
        types: list[int] | None = None,
    ) -> int:
        """COPY `rows` (`statement`: COPY … FROM STDIN); in binary form with `types`, its
        columns' types, unless the first row does not fit them (then as text)."""
        count = 0
        rows = iter(rows)
        first = next(rows, None)
        if first is not None:
            rows = itertools.chain((first,), rows)
            if types is not None and not first_row_fits(first, types):
                types = None
        if types is not None:
            statement += psycopg.sql.SQL(" (FORMAT BINARY)")
        try:
            with self._cursor().copy(statement) as copy:
                if types is not None:
                    copy.set_types(types)
                for row in rows:
                    copy.write_row(row)
                    count += 1
        except _REFUSALS as exc:
            raise ConstraintRefused(str(exc).splitlines()[0]) from exc
        except _ENDED as exc:
            raise SessionEnded() from exc
        return count

    def _run(self, statement: psycopg.sql.Composed) -> None:
        self.settle()
        try:
            self.raw.execute(statement)
        except _REFUSALS as exc:
            raise ConstraintRefused(str(exc).splitlines()[0]) from exc

    def close(self) -> None:
        # Whatever was sent and not settled belongs to a transaction the close ends.
        self._sent = None
        self._used.clear()
        self.raw.close()

    @property
    def in_transaction(self) -> bool:
        if self._sent is not None:
            if not self._after_commit:
                return True  # statements on their way belong to the open transaction
            self.settle()  # the emptying after a COMMIT: no transaction is open
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    @property
    def closed(self) -> bool:
        return bool(self.raw.closed)
