"""A savepoint inside the caller's transaction, the same on both engines.

The import applies a batch, or one record, inside a savepoint: a refusal undoes
that part only and the package's transaction goes on (core/sync/import_records.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from radprev_desktop.core.vault.connection import Connection


@contextmanager
def savepoint(con: Connection, name: str) -> Iterator[None]:
    """Run the block in savepoint `name`; an exception rolls back to it and goes on up."""
    if not name.isidentifier():
        raise ValueError(f"not a savepoint name: {name!r}")
    con.execute(f"SAVEPOINT {name}")
    try:
        yield
        # Inside the try: on PostgreSQL the block's last bulk write may still be on the
        # server (PgConnection.settle); its error surfaces here and is the block's.
        con.execute(f"RELEASE {name}")
    except BaseException:
        con.execute(f"ROLLBACK TO {name}")
        con.execute(f"RELEASE {name}")
        raise
