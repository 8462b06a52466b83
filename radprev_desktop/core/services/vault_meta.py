"""The vault's own facts (`meta`: keys of the office, certificate times, receipts written).

Sessions read them (`Session.meta`); sync keeps its few facts here.
"""

from __future__ import annotations

from radprev_desktop.core.vault.connection import Connection


def set_meta(con: Connection, key: str, value: str) -> None:
    """Keep `key` = `value` (inside the caller's transaction)."""
    con.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
