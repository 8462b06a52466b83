"""Login time and SQLCipher against the same engine unkeyed, on the same schema.

Login = Argon2id (calibrated as a real vault would be) + opening the database
+ the first query. The ratio compares 100,000 inserts in transactions of 1,000
and 100,000 point reads on SQLCipher (raw key, WAL, synchronous=FULL, 64 MiB
cache: the vault's own settings) and on a database opened by the same sqlcipher3
module without a key, with the same pragmas, in the same process (so with the same
per-process engine settings: only the encryption differs). Never stdlib sqlite3:
another SQLite version.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3

from radprev_desktop.core import crypto
from radprev_desktop.core.model import Mode
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault.connection import NEW_VAULTS, connect

SCALE = float(os.environ.get("BENCH_SCALE", "1"))
SCHEMA = (
    "CREATE TABLE rows (id INTEGER PRIMARY KEY, ref TEXT NOT NULL, body TEXT NOT NULL, "
    "at TEXT NOT NULL); CREATE INDEX rows_ref ON rows(ref);"
)


def _unkeyed(path: Path) -> Any:
    """The vault's pragmas on a database of the same engine opened without a key."""
    con = sqlcipher3.connect(str(path), isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA temp_store = MEMORY")
    con.execute("PRAGMA cache_size = -65536")
    return con


def _workload(con: object) -> tuple[float, float]:
    c = con  # a sqlcipher3 connection, keyed or not: same DB-API
    c.executescript(SCHEMA)  # type: ignore[attr-defined]
    n = int(100_000 * SCALE)
    rng = random.Random(7)
    body = "x" * 200
    start = time.perf_counter()
    for base in range(0, n, 1000):
        c.execute("BEGIN")  # type: ignore[attr-defined]
        c.executemany(  # type: ignore[attr-defined]
            "INSERT INTO rows(id, ref, body, at) VALUES (?, ?, ?, ?)",
            [
                (i + 1, f"ref-{i % 5000}", body, "2026-11-25")
                for i in range(base, min(n, base + 1000))
            ],
        )
        c.execute("COMMIT")  # type: ignore[attr-defined]
    inserts = time.perf_counter() - start
    ids = [rng.randint(1, n) for _ in range(n)]
    start = time.perf_counter()
    for i in ids:
        c.execute("SELECT body FROM rows WHERE id = ?", (i,)).fetchone()  # type: ignore[attr-defined]
    reads = time.perf_counter() - start
    return inserts, reads


def run() -> str:
    with tempfile.TemporaryDirectory(prefix="radprev-bench-") as tmp:
        folder = Path(tmp)
        params = crypto.calibrate_kdf().params
        created = VaultAccess(folder / "vault").create(
            mode=Mode.WORKSTATION,
            establishment_code="BENCH",
            establishment_name="Bench",
            admin_username="admin",
            admin_password="bench-password-1",
            kdf=params,
        )
        created.session.close()
        vault = VaultAccess(folder / "vault")
        times = []
        for _ in range(3):
            start = time.perf_counter()
            session = vault.login("admin", "bench-password-1").session
            session.con.execute("SELECT count(*) FROM users").fetchone()
            times.append(time.perf_counter() - start)
            session.close()
        login = statistics.median(times)
        cipher_con = connect(folder / "cipher.db", crypto.random_secret(), cipher=NEW_VAULTS)
        c_ins, c_read = _workload(cipher_con)
        cipher_con.close()
        unkeyed_con = _unkeyed(folder / "unkeyed.db")
        p_ins, p_read = _workload(unkeyed_con)
        unkeyed_con.close()
        if (folder / "unkeyed.db").read_bytes()[:16] != b"SQLite format 3\x00":
            raise RuntimeError("the baseline database is not unkeyed")
    n = int(100_000 * SCALE)
    return "\n".join(
        [
            "## Foundation: login and encryption overhead",
            "",
            f"Argon2id calibrated here to t={params.time_cost}, m={params.memory_kib // 1024} MiB, "
            f"p={params.parallelism} (target 0.5 s).",
            "",
            "| measure | sqlcipher3 unkeyed | SQLCipher | ratio (target ≤ 1.5) |",
            "|---|---|---|---|",
            f"| login (Argon2id + open + first query), median of 3 | – | {login * 1000:.0f} ms | – |",
            f"| {n:,} inserts, transactions of 1,000 | {p_ins:.2f} s | {c_ins:.2f} s | {c_ins / p_ins:.2f} |",
            f"| {n:,} point reads | {p_read:.2f} s | {c_read:.2f} s | {c_read / p_read:.2f} |",
        ]
    )
