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


def set_many(con: Connection, items: dict[str, str]) -> None:
    """Keep every key = value of `items` (a new vault's facts)."""
    for key, value in items.items():
        set_meta(con, key, value)


def delete_meta(con: Connection, key: str) -> None:
    """Forget `key` (a finished step's marker)."""
    con.execute("DELETE FROM meta WHERE key = ?", (key,))
