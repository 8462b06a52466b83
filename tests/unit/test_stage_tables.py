"""The import's staging tables on SQLCipher (bulk.stage): kept for the connection and emptied,
never created and dropped per batch — a change of the TEMP schema makes SQLite expire every
prepared statement of the connection, so each batch had all the import's statements prepared
again (decision 0045). Real SQLCipher connections (a keyed file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.vault import bulk, connection
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.savepoint import savepoint

KEYS = (("n", "BIGINT"), ("id", "TEXT"))


@pytest.fixture
def con(tmp_path: Path) -> Iterator[Connection]:
    opened = connection.connect(tmp_path / "stage.db", SecretBytes(bytearray(range(32))))
    opened.execute("CREATE TABLE held(id TEXT PRIMARY KEY)")
    opened.executemany("INSERT INTO held VALUES (?)", [("a",), ("c",)])
    yield opened
    opened.close()


def _temp_schema_version(con: Connection) -> int:
    return int(con.execute("PRAGMA temp.schema_version").fetchone()[0])


def _staged(con: Connection) -> list[tuple[int, str]]:
    return [(int(n), str(i)) for n, i in con.execute("SELECT n, id FROM stage_keys ORDER BY n")]


def test_batches_reuse_the_staging_table_without_changing_the_temp_schema(
    con: Connection,
) -> None:
    join = "SELECT k.n FROM stage_keys k JOIN held h ON h.id = k.id ORDER BY k.n"
    con.execute("BEGIN IMMEDIATE")
    bulk.stage(con, "stage_keys", KEYS, [(1, "a"), (2, "b")])
    made = _temp_schema_version(con)
    assert [n for (n,) in con.execute(join)] == [1]
    for batch in range(5):
        bulk.drop_stage(con, "stage_keys")
        assert _staged(con) == []  # nothing of the batch before stays
        bulk.stage(con, "stage_keys", KEYS, [(10 + batch, "c"), (20 + batch, "d")])
        assert _staged(con) == [(10 + batch, "c"), (20 + batch, "d")]
        assert [n for (n,) in con.execute(join)] == [10 + batch]
    bulk.drop_stage(con, "stage_keys")
    con.execute("COMMIT")
    # Created once: dropping and creating it per batch moved the TEMP schema twice a batch.
    assert _temp_schema_version(con) == made


def test_a_staging_table_taken_back_by_a_rollback_is_made_again(con: Connection) -> None:
    bulk.drop_stage(con, "stage_keys")  # none yet: nothing to empty
    con.execute("BEGIN IMMEDIATE")
    with pytest.raises(RuntimeError), savepoint(con, "batch"):
        bulk.stage(con, "stage_keys", KEYS, [(1, "a")])
        raise RuntimeError("the batch is refused")
    bulk.drop_stage(con, "stage_keys")  # taken back with the savepoint: nothing to empty
    bulk.stage(con, "stage_keys", KEYS, [(2, "b")])
    assert _staged(con) == [(2, "b")]
    con.execute("ROLLBACK")
    bulk.stage(con, "stage_keys", KEYS, [(3, "c")])
    assert _staged(con) == [(3, "c")]
