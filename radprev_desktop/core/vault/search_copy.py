"""Migration 0026's step: the observations' FTS5 index stops keeping a copy of its text.

FTS5 stored every indexed observation's folded facts, assessment and prisoner's names a
second time, in its content table (observation_search_content), which no statement reads:
searches match and rank (bm25) from the index itself and show no snippet. Each saved
observation wrote that row, about one encrypted 4 KiB page more per save (decision 0047).

The index is made again contentless (content = '') with contentless_delete = 1, so rows can
still be deleted and replaced, from the copy it held, row for row (in rowid order, no sort):
the same rows, words, columns and positions (the old index is first renamed away, its copy
read under its new name). Then the old index is dropped and the new one merged into one
segment ('optimize'): without that, one of the first saves after the upgrade paid FTS5's
merge of the rebuilt segments (2,647 pages at 1M). Measured at 1M (unkeyed): 8.1 s CPU and 1.6 s for the merge, 105 MB peak RSS; the old index's pages
(≈ 430 MB) stay in the file as free pages, reused by later writes. Moving the copy to a plain
table first was worse (412 MB RSS, a larger file). Runs once, on SQLCipher only; a vault whose
index is already contentless is left alone (the step is repeatable).
"""

from __future__ import annotations

from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of

CONTENTLESS = (
    "CREATE VIRTUAL TABLE observation_search USING fts5("
    "facts, assessment, subject, content = '', contentless_delete = 1, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)


def drop_text_copy(con: Connection) -> bool:
    """Rebuild observation_search without its content table; False if there was none."""
    if dialect_of(con).is_postgresql:
        return False  # an ordinary table feeding its tsvector there (0002, 0012)
    found = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'observation_search_content'"
    ).fetchone()
    if found is None:
        return False
    con.execute("ALTER TABLE observation_search RENAME TO observation_search_old")
    con.execute(CONTENTLESS)
    con.execute(
        "INSERT INTO observation_search(rowid, facts, assessment, subject) "
        "SELECT id, c0, c1, c2 FROM observation_search_old_content ORDER BY id"
    )
    con.execute("DROP TABLE observation_search_old")
    con.execute("INSERT INTO observation_search(observation_search) VALUES ('optimize')")
    return True
