"""What the services ask the central office's PostgreSQL server about its logins and itself.

Plain SQL through the connection's `execute` (no psycopg here: only vault/postgres.py talks
to it, .importlinter); moved out of postgres.py to keep it one module's size. The names
stay importable from postgres.py.
"""

from __future__ import annotations

from radprev_desktop.core.vault.connection import Connection


def bind_to_account(con: Connection, user_id: str) -> None:
    """Name the connection after the application account and bind it on the server.

    The name lets an administrator's disabling of the account end it; the binding
    (`radprev_bind_session`, migration 0011_row_security_by_account) makes row-level security follow the
    account's establishment grants, and cannot be changed by any later SQL of this
    connection. A store from before that migration has no binding function yet.
    """
    con.execute("SELECT set_config('application_name', ?, false)", (session_name(user_id),))
    found = con.execute("SELECT to_regproc('radprev_bind_session') IS NOT NULL").fetchone()
    if found is not None and found[0]:
        con.execute("SELECT radprev_bind_session(?)", (user_id,))


def owns_database(con: Connection) -> bool:
    """Whether the connection's login owns its database (only the owner changes the schema)."""
    row = con.execute(
        "SELECT pg_get_userbyid(datdba) = current_user FROM pg_database "
        "WHERE datname = current_database()"
    ).fetchone()
    return bool(row and row[0])


def login_sees_everything(con: Connection) -> bool:
    """Whether the connection's database login reaches every establishment (its scope is
    '*' in db_role_scopes, or it bypasses row security), whatever account is bound."""
    row = con.execute(
        "SELECT rolsuper OR rolbypassrls OR EXISTS (SELECT 1 FROM db_role_scopes "
        "WHERE role_name = session_user AND establishment_code = '*') "
        "FROM pg_roles WHERE rolname = session_user"
    ).fetchone()
    return bool(row and row[0])


def session_name(user_id: str) -> str:
    """The server-side name of an account's connections (`application_name`)."""
    return f"radprev user {user_id}"[:63]


def server_state(con: Connection) -> tuple[str, bool, str]:
    """(server version, whether this connection uses TLS, the TLS version) for `doctor`."""
    shown = con.execute("SHOW server_version").fetchone()
    version = str(shown[0]) if shown else ""
    row = con.execute("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
    found = row.fetchone()
    if found is None:
        return version, False, ""
    return version, bool(found[0]), str(found[1] or "")


def forced_row_security(con: Connection, tables: list[str]) -> set[str]:
    """Those of `tables` whose row-level security is on and forced (for `doctor`)."""
    return {
        str(r[0])
        for r in con.execute(
            "SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity "
            "AND relname = ANY(?)",
            (tables,),
        ).fetchall()
    }


def import_role_may_copy(con: Connection, role: str, table: str) -> bool:
    """Whether this connection may COPY into `table` as `role`, the store's import role
    (decision 0044): a role that cannot log in, is no superuser and bypasses row security,
    which the login that owns the database may SET ROLE to (a member of it), and which may
    read and insert into `table`. Anything else (another login, an analysts' login that is
    no member, a role the DBA has not made so): no, and the import goes through a
    temporary table under the policies as before (decision 0024)."""
    row = con.execute(
        "SELECT r.rolbypassrls AND NOT r.rolcanlogin AND NOT r.rolsuper "
        "AND (SELECT pg_get_userbyid(datdba) = session_user FROM pg_database "
        "     WHERE datname = current_database()) "
        "AND CASE WHEN current_setting('server_version_num')::INT >= 160000 "
        "    THEN pg_has_role(session_user, r.oid, 'SET') "
        "    ELSE pg_has_role(session_user, r.oid, 'MEMBER') END "
        "AND has_table_privilege(r.oid, ?::regclass, 'INSERT') "
        "AND has_table_privilege(r.oid, ?::regclass, 'SELECT') "
        "FROM pg_roles r WHERE r.rolname = ?",
        (table, table, role),
    ).fetchone()
    return bool(row and row[0])
