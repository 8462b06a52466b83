"""The PostgreSQL search documents built in one pass hold the same words as before.

Migration 0012 (decision 0019) replaced the triggers' per-column `radprev_terms`
(regexp_matches + DISTINCT aggregate, migration 0002) by one split of the joined
columns. The stored documents and every search depend on the words being the same:
here both forms are computed on a migrated store for the search-parity corpus and for
text with punctuation, digits, scripts folding leaves alone, empty and repeated words.
"""

from __future__ import annotations

from radprev_desktop.core.folding import fold, subject_text
from radprev_desktop.core.services import search_index
from radprev_desktop.core.vault.postgres import PgConnection
from tests.unit.test_search_parity import CORPUS

ODD_TEXT = [
    "",
    "   ",
    "a b a b a",
    "foo_bar baz-qux o'neil 12b 1.5 x²",
    "日本語 текст Ωμέγα ąę",
    "--- ;;; ...",
    "word",
]


def _texts() -> list[tuple[str, str, str]]:
    """(facts, assessment, subject) rows, folded as the index holds them."""
    rows = [
        (
            fold(facts),
            fold(assessment),
            search_index.observation_subject_text(family, given, number),
        )
        for number, family, given, facts, assessment in CORPUS
    ]
    rows.append(("", "", ""))
    rows += [(fold(text), fold(ODD_TEXT[i - 1]), fold(text)) for i, text in enumerate(ODD_TEXT)]
    return rows


def _old_document(con: PgConnection, *columns: str) -> str:
    parts = " || ".join("array_to_tsvector(radprev_terms(?))" for _ in columns)
    return str(con.execute(f"SELECT ({parts})::text", columns).fetchone()[0])


def test_observation_documents_hold_the_same_words(pg_con: PgConnection) -> None:
    rows = _texts()
    assert len(rows) == len(CORPUS) + 1 + len(ODD_TEXT)
    for rowid, (facts, assessment, subject) in enumerate(rows, start=1):
        search_index.index_observation(pg_con, rowid, facts, assessment, subject)
    stored = dict(pg_con.execute("SELECT rowid, document::text FROM observation_search").fetchall())
    assert len(stored) == len(rows)
    for rowid, (facts, assessment, subject) in enumerate(rows, start=1):
        folded_facts, folded_assessment = fold(facts), fold(assessment)
        assert stored[rowid] == _old_document(pg_con, folded_facts, subject, folded_assessment)
    assert "'lukasiewicz'" in stored[1] and "'podrozy'" in stored[1]
    assert stored[len(CORPUS) + 1] == ""  # empty text: no words


def test_subject_documents_hold_the_same_words(pg_con: PgConnection) -> None:
    names = [(family, given, number) for number, family, given, _, _ in CORPUS]
    names += [(text, text, text) for text in ODD_TEXT]
    assert names
    for rowid, (family, given, number) in enumerate(names, start=1):
        search_index.index_subject(pg_con, rowid, family, given, number)
    stored = dict(pg_con.execute("SELECT rowid, document::text FROM subject_search").fetchall())
    assert len(stored) == len(names)
    for rowid, (family, given, number) in enumerate(names, start=1):
        expected = _old_document(pg_con, subject_text(family, given), fold(number))
        assert stored[rowid] == expected
    assert "'dordevic'" in stored[3] and "'djordjevich'" in stored[3]
