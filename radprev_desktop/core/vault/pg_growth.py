"""Which tables a connection's bulk writes have grown enough to take the planner's
statistics again (decision 0041).

The central import COPYs hundreds of thousands of rows into tables that were small when
the server last sampled them; autovacuum's ANALYZE comes at most once a minute, so until
then the planner reads a grown table as the small one it sampled. An analyst's listing
during and after an import then ran as a nested loop over every current observation
(353 ms at 200k lines, 78 ms on average through a 1M import, against a few ms with fresh
statistics), using the server's cores the import needs. Pure bookkeeping: the connection
(vault/postgres.py) asks the server and sends the ANALYZE.
"""

from __future__ import annotations

#: Rows written to a table since its last sampling before it is sampled again, at least.
MIN_ROWS = 1_000
#: ... and at least this share of the rows it held when last sampled (3.0: quadrupled). A
#: sampling of a large table costs the server ≈ 0.3–0.8 s (observations: 30,000 sampled rows
#: with their texts); estimates off by up to 4× still give the same plans.
GROWTH = 3.0


class Growth:
    """Rows written per table: in the open transaction, and committed since last sampled."""

    def __init__(self) -> None:
        self._held: dict[str, float] = {}  # rows at the last sampling (the server's reltuples)
        self._since: dict[str, int] = {}  # committed rows written since then
        self._open: dict[str, int] = {}  # rows written in the open transaction
        self._temporary: set[str] = set()

    def knows(self, table: str) -> bool:
        return table in self._held or table in self._temporary

    def meet(self, table: str, *, persistent: bool, rows: float) -> None:
        """What the server said of `table` when this connection first wrote into it."""
        if persistent:
            self._held[table] = max(rows, 0.0)
        else:
            self._temporary.add(table)  # staging tables are analysed where they are filled

    def wrote(self, table: str, count: int) -> None:
        if table in self._held and count > 0:
            self._open[table] = self._open.get(table, 0) + count

    @property
    def pending(self) -> bool:
        return bool(self._open)

    def committed(self) -> list[str]:
        """The tables to sample now that the open transaction committed (sorted)."""
        for table, count in self._open.items():
            self._since[table] = self._since.get(table, 0) + count
        self._open.clear()
        due = sorted(
            table
            for table, count in self._since.items()
            if count >= MIN_ROWS and count >= GROWTH * self._held[table]
        )
        for table in due:
            self._held[table] += self._since.pop(table)
        return due

    def rolled_back(self) -> None:
        self._open.clear()


def after_commit(kept: set[str], due: list[str]) -> list[str]:
    """The statements a connection sends, without waiting, after a COMMIT: the kept
    temporary tables it used emptied (decision 0039; a table a rolled-back savepoint took
    back is skipped) and the grown tables `due` sampled (SKIP_LOCKED: a table autovacuum or
    another importer samples now is left to them)."""
    for name in (*kept, *due):
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not an identifier: {name!r}")
    sent = []
    if kept:
        names = ", ".join(f"'{n}'" for n in sorted(kept))
        sent.append(
            "DO $$DECLARE kept TEXT; BEGIN SELECT string_agg(oid::regclass::TEXT, ', ') "
            "INTO kept FROM pg_class WHERE relnamespace = pg_my_temp_schema() "
            f"AND relname = ANY (ARRAY[{names}]); IF kept IS NOT NULL THEN "
            "EXECUTE 'TRUNCATE ' || kept; END IF; END$$"
        )
    if due:
        sent.append(f"ANALYZE (SKIP_LOCKED) {', '.join(due)}")
    return sent
