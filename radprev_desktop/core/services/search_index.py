"""The full-text index: how text is indexed and matched.

Text is folded by `fold()` (core/folding.py, re-exported here) before it is
indexed or searched: case-folded, diacritics removed, Cyrillic read as Latin
with Macedonian letters as their Serbian kin, so "Lukasz" finds "Łukasz",
"dordevic" finds "Đorđević" and "petrovic" finds "Петровић" and "Петровиќ". The FTS5 tables
`observation_search` (rowid = observations.row_no, current versions only) and
`subject_search` (rowid = subjects.rowid) hold only folded text and are kept
up to date by the services that write the records (`index_*` below), inside
the same transaction. core/services/search.py asks them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.folding import (
    fold,
    fold_key,
    name_variants,
    observation_subject_text,
    prison_number_key,
    subject_text,
)
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import SQLCIPHER, Dialect, terms

# The folding lives in core/folding.py (the schema migration re-folds stored text with
# it); the services keep reaching it here.
__all__ = [
    "fold",
    "fold_key",
    "index_observation",
    "index_subject",
    "match_query",
    "name_variants",
    "observation_subject_text",
    "prison_number_key",
    "reindex_subject_observations",
    "subject_text",
    "unindex_observation",
    "unindex_subject",
]


def match_query(query: str, dialect: Dialect = SQLCIPHER) -> str:
    """A match expression (FTS5 MATCH or tsquery): every word must occur as a prefix.

    The words are cut as the index cuts them (dialect.terms), so both stores
    look for the same words; operators typed by the user are ignored.
    """
    words = terms(fold(query))
    if not words:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Type at least one letter or digit to search for."),
            field="query",
        )
    return dialect.search_query(words)


# --- index maintenance (called by the services that own the rows) -------------


def index_subject(
    con: Connection, rowid: int, family_name: str, given_names: str, prison_number: str
) -> None:
    """(Re)index a subject's names and prison number."""
    con.execute("DELETE FROM subject_search WHERE rowid = ?", (rowid,))
    con.execute(
        "INSERT INTO subject_search(rowid, names, prison_number) VALUES (?, ?, ?)",
        (rowid, subject_text(family_name, given_names), fold(prison_number)),
    )


def unindex_subject(con: Connection, rowid: int) -> None:
    """Remove a subject from the search index."""
    con.execute("DELETE FROM subject_search WHERE rowid = ?", (rowid,))


def index_observation(
    con: Connection, row_no: int, facts: str, assessment: str, subject: str
) -> None:
    """(Re)index one observation version; `subject` from observation_subject_text()."""
    con.execute("DELETE FROM observation_search WHERE rowid = ?", (row_no,))
    con.execute(
        "INSERT INTO observation_search(rowid, facts, assessment, subject) VALUES (?, ?, ?, ?)",
        (row_no, fold(facts), fold(assessment), subject),
    )


def unindex_observation(con: Connection, row_no: int) -> None:
    """Remove one observation version from the index (older versions, erasure)."""
    con.execute("DELETE FROM observation_search WHERE rowid = ?", (row_no,))


def reindex_subject_observations(con: Connection, subject_id: str, subject: str) -> int:
    """After a subject's names change: index their indexed observations under the new names.

    The SQLCipher index keeps no copy of the text (migration 0026, decision 0047), so a row
    is replaced with all three columns, its facts and assessment folded again from the
    observation as index_observation() folds them; rows not in the index (an erased file's)
    stay out of it.
    """
    rows = con.execute(
        "SELECT x.rowid, o.facts, o.assessment FROM observations o "
        "JOIN observation_search x ON x.rowid = o.row_no "
        "WHERE o.subject_id = ? AND o.is_current = 1",
        (subject_id,),
    ).fetchall()
    con.executemany(
        "UPDATE observation_search SET facts = ?, assessment = ?, subject = ? WHERE rowid = ?",
        [(fold(facts), fold(assessment), subject, row_no) for row_no, facts, assessment in rows],
    )
    return len(rows)


def add_subject_index_rows(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Index many new subjects at once: rows of (rowid, subject_text(), fold(number))."""
    return bulk.insert_rows(con, "subject_search", ("rowid", "names", "prison_number"), rows)


def add_observation_index_rows(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Index many new current versions at once: rows of (row_no, folded facts, folded
    assessment, observation_subject_text())."""
    return bulk.insert_rows(
        con, "observation_search", ("rowid", "facts", "assessment", "subject"), rows
    )
