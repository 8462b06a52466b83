"""Opening the SQLCipher database with a raw 32-byte key.

SQLCipher's own KDF is skipped (0.1 ms per connection instead of 100 ms); the
password KDF lives in the key slots. A wrong key only shows on the first read,
so a check query runs straight after keying.

Key hygiene (issue #11): PRAGMA statements take no bound parameters, so the
statement that carries the key is built character by character in a
`bytearray`, run once with `executescript` (never kept in the statement cache),
and the `str` handed to SQLite is zeroed afterwards; SQLCipher wipes its own
key material when it frees it. SQLite's wiping of everything else it frees
(`cipher_memory_security`: decrypted pages, statement text) is off by default
(decision 0026: it cost 4-12x on every read and write and protected little the
Python objects holding the same text do not leave behind); a site may turn it on
for every radprev process of a machine with the environment variable
RADPREV_WIPE_FREED_MEMORY=1.

Cipher settings (decision 0030): SQLCipher authenticates every page with an HMAC.
SQLCipher 4's default is HMAC-SHA512; new vaults use HMAC-SHA256 (a standard
integrity MAC with a 256-bit key, cheaper per page read on CPUs with SHA
instructions). A vault records its settings in vault.keys; every connection,
attachment (backup, rekey, upgrade) and check applies them before the first
read. A vault without the record is opened with SQLCipher 4's defaults, as before.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from radprev_desktop.core.crypto import SecretBytes, scrub_ascii
from radprev_desktop.core.errors import VaultDamaged, WrongPassword
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

DatabaseError = dbapi2.DatabaseError
Connection = Any  # sqlcipher3.dbapi2.Connection; the stubs are missing

_HEX = b"0123456789abcdef"
#: The machine setting that turns SQLite's wiping of freed memory on (decision 0026).
WIPE_FREED_MEMORY = "RADPREV_WIPE_FREED_MEMORY"
_process_settings_done = False


@dataclass(frozen=True)
class CipherSettings:
    """The SQLCipher page settings a vault was written with (its page HMAC algorithm).

    Page size, cipher and KDF stay SQLCipher 4's (the key is raw, so the KDF never
    runs); per-page HMACs stay on: page integrity is a security property.
    """

    hmac_algorithm: str = "HMAC_SHA512"

    def to_json(self) -> dict[str, str]:
        """The record kept in vault.keys (inside its HMAC)."""
        return {"hmac_algorithm": self.hmac_algorithm}

    @classmethod
    def from_json(cls, data: object) -> CipherSettings:
        """Settings from vault.keys; None (an older vault) means SQLCipher 4's defaults.

        ValueError for anything else than a known setting: the vault cannot be opened
        with a setting this program does not know.
        """
        if data is None:
            return SQLCIPHER4_DEFAULTS
        if not isinstance(data, dict) or set(data) != {"hmac_algorithm"}:
            raise ValueError("unknown cipher settings")
        algorithm = data["hmac_algorithm"]
        if algorithm not in HMAC_ALGORITHMS:
            raise ValueError(f"unknown page HMAC algorithm {algorithm!r}")
        return cls(str(algorithm))


#: The page HMACs a vault may use: SQLCipher 4's default and the one new vaults use.
HMAC_ALGORITHMS = ("HMAC_SHA512", "HMAC_SHA256")
#: What a vault without a record in vault.keys was written with (vaults made before 0030).
SQLCIPHER4_DEFAULTS = CipherSettings("HMAC_SHA512")
#: What every new vault, backup of a new vault and upgraded vault is written with.
NEW_VAULTS = CipherSettings("HMAC_SHA256")


def _apply(con: Connection, cipher: CipherSettings, schema: str = "") -> None:
    # After the key, before the first read of that database (SQLCipher reads the setting
    # when it first opens the pages). Only known values reach the statement.
    if cipher.hmac_algorithm not in HMAC_ALGORITHMS:
        raise ValueError("unknown page HMAC algorithm")
    if cipher != SQLCIPHER4_DEFAULTS:
        prefix = f"{schema}." if schema else ""
        con.execute(f"PRAGMA {prefix}cipher_hmac_algorithm = {cipher.hmac_algorithm}")


def settings_of(con: Connection, schema: str = "main") -> CipherSettings:
    """The settings an open connection reads `schema` with (to open it again alike)."""
    if not schema.isidentifier():
        raise ValueError("bad schema")
    row = con.execute(f"PRAGMA {schema}.cipher_hmac_algorithm").fetchone()
    if row is None:  # a database opened without a key (the benchmarks' baseline)
        return SQLCIPHER4_DEFAULTS
    return CipherSettings(str(row[0]))


def wiping_requested() -> bool:
    """Whether this machine asks SQLite to wipe what it frees (RADPREV_WIPE_FREED_MEMORY=1)."""
    return os.environ.get(WIPE_FREED_MEMORY, "").strip().lower() in ("1", "on", "yes", "true")


def _process_settings(con: Connection) -> None:
    # Both settings are per process: SQLCipher's stderr noise for wrong keys off;
    # wiping of freed memory only where the machine asks for it (once on, it stays on).
    global _process_settings_done
    if not _process_settings_done:
        con.execute("PRAGMA cipher_log_level = NONE")
        if wiping_requested():
            con.execute("PRAGMA cipher_memory_security = ON")
        _process_settings_done = True


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def run_keyed(con: Connection, before: str, key: SecretBytes, after: str = "") -> None:
    """Run `before "x'<key hex>'" after` once, leaving no copy of the key text behind.

    `before`/`after` are fixed SQL (a path literal at most); the key goes in as
    the `x'…'` raw-key literal SQLCipher expects, written straight into a buffer.
    """
    raw = key.view()
    if len(raw) != 32:
        raise ValueError("vault key must be 32 bytes")
    head = before.encode("ascii") + b"\"x'"
    tail = b"'\"" + after.encode("ascii") + b";"
    buffer = bytearray(len(head) + 64 + len(tail))
    buffer[: len(head)] = head
    at = len(head)
    for byte in raw:
        buffer[at] = _HEX[byte >> 4]
        buffer[at + 1] = _HEX[byte & 15]
        at += 2
    buffer[at:] = tail
    sql = buffer.decode("ascii")
    buffer[:] = bytes(len(buffer))
    try:
        con.executescript(sql)
    finally:
        scrub_ascii(sql)


def attach_keyed(
    con: Connection,
    path: Path,
    alias: str,
    key: SecretBytes,
    cipher: CipherSettings = SQLCIPHER4_DEFAULTS,
) -> None:
    """ATTACH `path` AS `alias` under `key` and `cipher` (for export into a new copy)."""
    if not alias.isidentifier():
        raise ValueError("bad alias")
    location = str(path)
    if not location.isascii():
        # The statement is built as ASCII so it can be wiped; a non-ASCII vault
        # path goes in as a hex blob literal cast to text instead.
        literal = "CAST(x'" + location.encode("utf-8").hex() + "' AS TEXT)"
    else:
        literal = _quote(location)
    run_keyed(con, f"ATTACH DATABASE {literal} AS {alias} KEY ", key)
    _apply(con, cipher, alias)


def connect(
    path: Path | str,
    key: SecretBytes,
    *,
    cipher: CipherSettings = SQLCIPHER4_DEFAULTS,
    cache_mib: int = 64,
    uri: bool = False,
) -> Connection:
    """Open `path` keyed with `key` under `cipher` and set the pragmas every connection needs.

    Raises WrongPassword when the key does not open the file, VaultDamaged when
    the file is not a database at all (truncated, overwritten).
    """
    con = sqlcipher3.connect(
        str(path), timeout=15, isolation_level=None, check_same_thread=True, uri=uri
    )
    try:
        _process_settings(con)
        run_keyed(con, "PRAGMA key = ", key)
        _apply(con, cipher)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            raise WrongPassword(
                QT_TRANSLATE_NOOP("errors", "The key does not open this vault.")
            ) from exc
        con.execute("PRAGMA temp_store = MEMORY")
        if uri:  # read-only checks of a copy (backups): no journal changes
            return con
        con.execute("PRAGMA foreign_keys = ON")
        con.execute(f"PRAGMA cache_size = {-1024 * cache_mib}")
        mode = con.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise VaultDamaged(
                QT_TRANSLATE_NOOP("errors", "The vault database could not be opened for writing.")
            )
        con.execute("PRAGMA synchronous = FULL")
    except BaseException:
        con.close()
        raise
    return con


def connect_recorded(
    path: Path | str, key: SecretBytes, recorded: CipherSettings, *, uri: bool = False
) -> Connection:
    """`connect` with the settings vault.keys records, else with the other known ones.

    A rekey (which writes the current settings) that stopped between switching the
    database and rewriting vault.keys leaves a database newer than its record; the key
    still authenticates every page, so trying the other setting gives nothing away.
    """
    order = [recorded] + [
        CipherSettings(a) for a in HMAC_ALGORITHMS if a != recorded.hmac_algorithm
    ]
    for cipher in order[:-1]:
        try:
            return connect(path, key, cipher=cipher, uri=uri)
        except WrongPassword:
            continue
    return connect(path, key, cipher=order[-1], uri=uri)


def connect_readonly(
    path: Path, key: SecretBytes, recorded: CipherSettings = SQLCIPHER4_DEFAULTS
) -> Connection:
    """Open a copy (a backup) read-only; WrongPassword when the key does not open it."""
    return connect_recorded(Path(path).resolve().as_uri() + "?mode=ro", key, recorded, uri=True)


def integrity_problems(con: Connection) -> list[str]:
    """SQLCipher page HMACs and SQLite structure; empty list when all is well."""
    problems: list[str] = []
    for (row,) in con.execute("PRAGMA cipher_integrity_check").fetchall():
        problems.append(f"cipher: {row}")
    result = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        problems.extend(f"sqlite: {r}" for r in result)
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    problems.extend(f"foreign key: {tuple(r)}" for r in fk)
    return problems


def cipher_version(con: Connection) -> str:
    """The SQLCipher library version string."""
    return str(con.execute("PRAGMA cipher_version").fetchone()[0])


def engine_versions() -> tuple[str, str]:
    """(SQLCipher, SQLite) versions of the engine this build carries (no vault opened)."""
    con = sqlcipher3.connect(":memory:")
    try:
        return cipher_version(con), str(con.execute("SELECT sqlite_version()").fetchone()[0])
    finally:
        con.close()
