"""The two stores: SQLCipher (workstations, small offices) and PostgreSQL (a central office).

Both are real: a SQLCipher file in tmp_path and the throw-away PostgreSQL
cluster of tests/pg_cluster.py (TLS, SCRAM, hostssl only).
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from radprev_desktop.core import crypto
from radprev_desktop.core.vault import migrations
from radprev_desktop.core.vault.connection import DatabaseError
from radprev_desktop.core.vault.connection import connect as connect_sqlcipher
from radprev_desktop.core.vault.dialect import POSTGRESQL, SQLCIPHER, dialect_of, terms
from radprev_desktop.core.vault.postgres import (
    CentralDatabase,
    CentralDatabaseError,
    PgConnection,
    connect,
    parse_url,
    read_settings,
)
from tests.pg_cluster import Cluster

# SQLite keeps a rowid on every table; the PostgreSQL twins spell it out where services read it.
PG_ONLY_COLUMNS = {("audit", "rowid"), ("subjects", "rowid")}
PG_ONLY_TABLES = {
    "db_role_scopes",  # row security by establishment (0007)
    "app_sessions",  # which account each connection is bound to (0011)
}


def sqlcipher_schema(tmp_path: Path) -> dict[str, set[str]]:
    con = connect_sqlcipher(tmp_path / "schema.db", crypto.random_secret())
    migrations.migrate(con)
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%search%'"
        ).fetchall()
    ]
    schema = {t: {r[1] for r in con.execute(f"PRAGMA table_info({t})").fetchall()} for t in tables}
    con.close()
    return schema


def postgresql_schema(con: PgConnection) -> dict[str, set[str]]:
    rows = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public'"
    ).fetchall()
    schema: dict[str, set[str]] = {}
    for table, column in rows:
        schema.setdefault(table, set()).add(column)
    return schema


def test_both_stores_have_the_same_numbered_migrations() -> None:
    lite, pg = migrations.available(SQLCIPHER), migrations.available(POSTGRESQL)
    assert lite
    assert [m.name for m in lite] == [m.name for m in pg]


def test_postgresql_schema_matches_sqlcipher(tmp_path: Path, pg_con: PgConnection) -> None:
    lite = sqlcipher_schema(tmp_path)
    pg = postgresql_schema(pg_con)
    assert migrations.current_version(pg_con) == migrations.latest_version()
    assert lite, "no tables read from SQLCipher"
    assert lite, "nothing to check"
    for table, columns in lite.items():
        assert table in pg, f"{table} is missing on PostgreSQL"
        extra = {c for c in pg[table] - columns if (table, c) not in PG_ONLY_COLUMNS}
        assert columns <= pg[table], f"{table}: {columns - pg[table]} missing on PostgreSQL"
        assert not extra, f"{table}: {extra} only on PostgreSQL"
    assert set(pg) - set(lite) - {"observation_search", "subject_search"} == PG_ONLY_TABLES
    # The FTS5 tables' twins: the same columns keyed by rowid (+ the document FTS5 keeps inside).
    assert pg["observation_search"] == {"rowid", "facts", "assessment", "subject", "document"}
    assert pg["subject_search"] == {"rowid", "names", "prison_number", "document"}


def test_migrating_twice_changes_nothing(pg_con: PgConnection) -> None:
    assert migrations.migrate(pg_con) == []
    assert migrations.current_version(pg_con) == migrations.latest_version()


def test_newer_postgresql_store_is_refused(pg_con: PgConnection) -> None:
    pg_con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(Exception, match="newer version"):
        migrations.migrate(pg_con)


def test_append_only_rules_hold_on_postgresql(pg_con: PgConnection) -> None:
    pg_con.execute(
        'INSERT INTO audit(seq, at, "user", workstation, action, prev_hash, hash) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (1, "2026-01-01T00:00:00.000000Z", "ana", "ws", "x", "0" * 64, "1" * 64),
    )
    for statement in ("UPDATE audit SET action = 'y'", "DELETE FROM audit", "TRUNCATE audit"):
        with pytest.raises(DatabaseError, match="append-only"):
            pg_con.execute(statement)
    assert pg_con.execute("SELECT action FROM audit").fetchall() == [("x",)]


def test_refused_rows_raise_the_same_error_on_both(tmp_path: Path, pg_con: PgConnection) -> None:
    """Services catch one DatabaseError (import quarantines one record) on either store."""
    lite = connect_sqlcipher(tmp_path / "e.db", crypto.random_secret())
    migrations.migrate(lite)
    for con in (lite, pg_con):
        con.execute("INSERT INTO settings(key, value) VALUES ('k', '1')")
        with pytest.raises(DatabaseError):
            con.execute("INSERT INTO settings(key, value) VALUES ('k', '2')")
        with pytest.raises(DatabaseError):
            con.execute("INSERT INTO settings(key, value) VALUES ('n', NULL)")
    lite.close()


def test_placeholders_are_translated_outside_quotes() -> None:
    assert POSTGRESQL.sql("SELECT ? WHERE a LIKE '%?' AND b = ?") == (
        "SELECT %s WHERE a LIKE '%%?' AND b = %s"
    )
    assert SQLCIPHER.sql("SELECT ?") == "SELECT ?"
    assert POSTGRESQL.sql("BEGIN IMMEDIATE") == "BEGIN"


def test_upsert_runs_on_both(tmp_path: Path, pg_con: PgConnection) -> None:
    lite = connect_sqlcipher(tmp_path / "u.db", crypto.random_secret())
    migrations.migrate(lite)
    for con in (lite, pg_con):
        dialect = dialect_of(con)
        sql = dialect.upsert("settings", ["key", "value"], ["key"], ["value"])
        con.execute(sql, ("colour", '"red"'))
        con.execute(sql, ("colour", '"blue"'))
        ignore = dialect.upsert("settings", ["key", "value"], ["key"])
        con.execute(ignore, ("colour", '"green"'))
        value = con.execute(
            f"SELECT {dialect.json_text('meta_json', 'k')} FROM "
            '(SELECT \'{"k": "v"}\' AS meta_json) AS j'
        ).fetchone()[0]
        assert value == "v"
        assert con.execute("SELECT value FROM settings WHERE key = 'colour'").fetchall() == [
            ('"blue"',)
        ]
        stamp = con.execute(f"SELECT {dialect.now()}").fetchone()[0]
        assert len(stamp) == len("2026-11-25T09:05:06.123456Z") and stamp.endswith("Z")
    lite.close()


def test_terms_cut_like_unicode61() -> None:
    assert terms("ana_maria o'neil 12/34-b") == ["ana", "maria", "o", "neil", "12", "34", "b"]


# --- the connection: TLS and SCRAM or nothing -------------------------------------------------


def test_password_in_the_address_is_refused() -> None:
    with pytest.raises(CentralDatabaseError, match="password file"):
        parse_url("postgresql://analyst:secret@db.example/central")
    db = parse_url("postgresql://analyst@db.example:5433/central?sslmode=require")
    assert (db.host, db.port, db.dbname, db.user, db.sslmode) == (
        "db.example",
        5433,
        "central",
        "analyst",
        "require",
    )
    assert "secret" not in db.to_json()


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_connection_without_tls_is_refused_before_connecting(mode: str) -> None:
    with pytest.raises(CentralDatabaseError, match="must use TLS"):
        parse_url(f"postgresql://analyst@db.example/central?sslmode={mode}")


def test_settings_file_round_trip_and_password_refused(tmp_path: Path) -> None:
    db = parse_url("postgresql://analyst@db.example/central", sslrootcert="/etc/ca.crt")
    path = tmp_path / "central.json"
    path.write_text(db.to_json())
    assert read_settings(path) == db
    path.write_text('{"host": "h", "dbname": "d", "user": "u", "password": "x"}')
    with pytest.raises(CentralDatabaseError, match="password"):
        read_settings(path)


def test_server_refuses_a_plain_connection(pg_cluster: Cluster) -> None:
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(
            host="127.0.0.1",
            port=pg_cluster.port,
            dbname="postgres",
            user="radprev_test_admin",
            password=pg_cluster.password,
            sslmode="disable",
        )


def test_unverified_certificate_is_refused(pg_cluster: Cluster, tmp_path: Path) -> None:
    other = tmp_path / "other-ca.crt"
    from tests.pg_cluster import self_signed

    cert, _ = self_signed(tmp_path)
    other.write_bytes(cert.read_bytes())
    db = CentralDatabase(
        host="127.0.0.1",
        port=pg_cluster.port,
        dbname="postgres",
        user="radprev_test_admin",
        sslrootcert=str(other),
    )
    with pytest.raises(CentralDatabaseError, match="certificate"):
        connect(db, crypto.SecretBytes(bytearray(pg_cluster.password.encode())))


def test_wrong_password_message_names_no_secret(pg_cluster: Cluster) -> None:
    with pytest.raises(CentralDatabaseError) as caught:
        pg_cluster.connect("postgres", password="not-the-password")
    assert "refused the password" in str(caught.value)
    assert "not-the-password" not in str(caught.value)


def test_tls_and_scram_are_what_the_session_uses(pg_cluster: Cluster) -> None:
    con = pg_cluster.admin()
    try:
        ssl, version = con.execute(
            "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
        assert ssl is True and version.startswith("TLSv1.")
        assert con.raw.pgconn.used_password
        method = con.execute("SHOW password_encryption").fetchone()[0]
        assert method == "scram-sha-256"
    finally:
        con.close()
