"""The bare bulk inserts the central import is measured against (decision 0024).

PostgreSQL: the rows the import wrote COPYed back into the same tables, emptied inside a
transaction that is rolled back (same constraints, foreign keys, triggers, indexes), or
into twins with the indexes only (the baseline of sessions 4–5). SQLCipher: executemany
into twins made from the tables' own CREATE statements (indexes and triggers included).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

from radprev_desktop.core.vault.postgres import PgConnection

#: Every table the import writes records into (the baselines copy their rows).
TABLES = (
    "subjects",
    "subject_numbers",
    "subject_search",
    "observations",
    "observation_indicators",
    "observation_search",
    "grade_history",
    "reviews",
    "checklist_runs",
    "checklist_answers",
    "imported_audit",
)


def backend_cpu(con: PgConnection) -> float:
    """CPU seconds the server process behind `con` has used (0 when it cannot be read)."""
    pid = int(con.execute("SELECT pg_backend_pid()").fetchone()[0])
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


#: Triggers refusing a row under a sealed parent (answers of a completed checklist run).
#: The import inserts a run as a draft, its answers, then completes it; a bare insert of
#: the same rows gives each row in its final state, which these guards refuse — so the
#: baselines leave them out (the import pays them and the run's update on top).
SEALED_GUARDS = {"checklist_answers": "checklist_answers_sealed_insert"}

#: Rows fetched and COPYed at once by the bare baselines (bounds their memory at 1M).
CHUNK = 100_000


def _copy_back(con: PgConnection, into: dict[str, str]) -> dict[str, float]:
    """COPY the rows of each table in `into` (kept aside first) into its target, in
    chunks; only the COPYs are timed (wall, this thread's CPU + the server backend's)."""
    for table in TABLES:
        con.execute(
            f"CREATE TEMP TABLE keep_{table} AS SELECT row_number() OVER () AS k, * FROM {table}"
        )
    if into[TABLES[0]] == TABLES[0]:
        # The same tables, emptied inside this (rolled back) transaction; CASCADE empties
        # what refers to them too (nothing the import wrote: it is all in TABLES).
        con.execute(f"TRUNCATE {', '.join(TABLES)} CASCADE")
        for table, trigger in SEALED_GUARDS.items():
            con.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
    wall = cpu = on_server = 0.0
    rows = 0
    for table in TABLES:
        (count,) = con.execute(f"SELECT count(*) FROM keep_{table}").fetchone()
        for low in range(0, int(count), CHUNK):
            chunk = con.execute(
                f"SELECT * FROM keep_{table} WHERE k > ? AND k <= ?", (low, low + CHUNK)
            ).fetchall()
            start, thread, server = time.perf_counter(), time.thread_time(), backend_cpu(con)
            with con.raw.cursor().copy(f"COPY {into[table]} FROM STDIN") as copy:
                for row in chunk:
                    copy.write_row(row[1:])
            wall += time.perf_counter() - start
            on_server += backend_cpu(con) - server
            cpu += time.thread_time() - thread
            rows += len(chunk)
    return {"s": wall, "cpu": cpu + on_server, "server_cpu": on_server, "rows": float(rows)}


def bare_copy(con: PgConnection, same_tables: bool = True) -> dict[str, float]:
    """COPY the rows the import wrote, in one transaction that is then rolled back.

    `same_tables` (the baseline the ratio is taken against, decision 0024): into the
    import's own tables, emptied first — the same definitions, CHECK and foreign-key
    constraints, triggers (the search documents) and indexes the import paid for.
    Otherwise into empty twins `LIKE … INCLUDING DEFAULTS INCLUDING INDEXES` (no foreign
    keys, no triggers: the baseline of sessions 4 and 5, kept for comparison).
    """
    con.execute("BEGIN")
    try:
        if not same_tables:
            for table in TABLES:
                con.execute(
                    f"CREATE TABLE bare_{table} (LIKE {table} INCLUDING DEFAULTS INCLUDING INDEXES)"
                )
        return _copy_back(con, {t: (t if same_tables else f"bare_{t}") for t in TABLES})
    finally:
        con.execute("ROLLBACK")


def _twins(con: Any) -> None:
    """Empty twins `bare_<table>` from the tables' own CREATE statements (indexes and
    triggers renamed with them; foreign keys still name the import's tables)."""
    for table in TABLES:
        for (sql,) in con.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
            "AND type IN ('table', 'index', 'trigger') ORDER BY type != 'table'",
            (table,),
        ).fetchall():
            if "_search_" in sql.split("(")[0]:
                continue  # the FTS5 table's own shadow tables
            if SEALED_GUARDS.get(table, "?") in sql.split("\n")[0]:
                continue
            sql = re.sub(r"^(CREATE (?:UNIQUE )?(?:INDEX|TRIGGER) )(\w+)", r"\1bare_\2", sql)
            con.execute(re.sub(rf"\b{table}\b", f"bare_{table}", sql))


def bare_executemany(con: Any) -> dict[str, float]:
    """executemany the rows the SQLCipher import wrote into empty twins in the same vault
    (same definitions: the tables', indexes' and triggers' own CREATE statements, renamed;
    foreign keys point at the import's tables, which hold the same parent rows), in one
    transaction, CHUNK rows per call; only the inserts and the commit are timed."""
    _twins(con)
    wall = cpu = 0.0
    rows = 0
    con.execute("BEGIN")
    for table in TABLES:
        rowid = "rowid, " if table.endswith("_search") else ""
        source = con.cursor()
        source.execute(f"SELECT {rowid}* FROM {table}")
        names = ", ".join(d[0] for d in source.description)
        marks = ", ".join("?" for _ in source.description)
        while chunk := source.fetchmany(CHUNK):
            start, thread = time.perf_counter(), time.thread_time()
            con.executemany(f"INSERT INTO bare_{table}({names}) VALUES ({marks})", chunk)
            wall += time.perf_counter() - start
            cpu += time.thread_time() - thread
            rows += len(chunk)
    start, thread = time.perf_counter(), time.thread_time()
    con.execute("COMMIT")
    figures = {
        "s": wall + time.perf_counter() - start,
        "cpu": cpu + time.thread_time() - thread,
        "rows": float(rows),
    }
    for table in TABLES:
        con.execute(f"DROP TABLE bare_{table}")
    return figures
