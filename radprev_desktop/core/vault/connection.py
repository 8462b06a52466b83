"""Opening the SQLCipher database with a raw 32-byte key.

SQLCipher's own KDF is skipped (0.1 ms per connection instead of 100 ms); the
password KDF lives in the key slots. A wrong key only shows on the first read,
so a check query runs straight after keying. PRAGMA statements take no bound
parameters: the key string is built only from `bytes.hex()`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from radprev_desktop.core.errors import VaultDamaged, WrongPassword

DatabaseError = dbapi2.DatabaseError
Connection = Any  # sqlcipher3.dbapi2.Connection; the stubs are missing

_logging_silenced = False


def _silence_cipher_log(con: Connection) -> None:
    # SQLCipher prints "hmac check failed" to stderr for wrong keys; the setting is per process.
    global _logging_silenced
    if not _logging_silenced:
        con.execute("PRAGMA cipher_log_level = NONE")
        _logging_silenced = True


def key_pragma(key: bytes) -> str:
    """`x'…'` literal for PRAGMA key / rekey / ATTACH … KEY, from bytes only."""
    if len(key) != 32:
        raise ValueError("vault key must be 32 bytes")
    return "\"x'" + key.hex() + "'\""


def connect(path: Path, key: bytes, *, cache_mib: int = 64) -> Connection:
    """Open `path` keyed with `key` and set the pragmas every connection needs.

    Raises WrongPassword when the key does not open the file, VaultDamaged when
    the file is not a database at all (truncated, overwritten).
    """
    con = sqlcipher3.connect(str(path), timeout=15, isolation_level=None, check_same_thread=True)
    try:
        _silence_cipher_log(con)
        con.execute(f"PRAGMA key = {key_pragma(key)}")
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            raise WrongPassword("The key does not open this vault.") from exc
        con.execute("PRAGMA temp_store = MEMORY")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute(f"PRAGMA cache_size = {-1024 * cache_mib}")
        mode = con.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise VaultDamaged("The vault database could not be opened for writing.")
        con.execute("PRAGMA synchronous = FULL")
    except BaseException:
        con.close()
        raise
    return con


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
