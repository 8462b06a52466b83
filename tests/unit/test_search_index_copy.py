"""The observations' search index keeps no copy of the text it indexes (migration 0026,
decision 0047): searches find and rank the same, a saved observation writes no content row,
and a vault of the schema before is migrated with exactly the words, columns and positions it had
indexed (SQLCipher; PostgreSQL's observation_search is unchanged)."""

from __future__ import annotations

from typing import Any

import pytest

from radprev_desktop.core.folding import observation_subject_text
from radprev_desktop.core.services import observations, search, search_index, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import migrations
from tests.factories import observation_input, subject, submitted

MIGRATION = next(m for m in migrations.available() if m.name.endswith("search_index_without_copy"))


def _words(con: Any) -> list[tuple[Any, ...]]:
    """Every indexed word: (row, column, position, word), as FTS5 holds them."""
    con.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.observation_words "
        "USING fts5vocab(main, observation_search, instance)"
    )
    rows = con.execute("SELECT doc, col, offset, term FROM temp.observation_words").fetchall()
    return sorted(tuple(r) for r in rows)


def _found(session: Session, query: str) -> list[str]:
    return [o.id for o in search.search(session, query).observations.items]


def test_a_saved_observation_is_indexed_without_a_copy_of_its_text(officer: Session) -> None:
    s = subject(officer, family="Zieliński")
    obs_id = submitted(officer, s.id, facts="Painted a mural in the chapel.")
    con = officer.con
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "observation_search" in tables and "observation_search_content" not in tables
    assert con.execute("SELECT facts, assessment, subject FROM observation_search").fetchall() == [
        (None, None, None)
    ]
    for query in ("mural", "zielinski", "debt", "chapel zielinski"):
        assert _found(officer, query) == [obs_id], query
    assert {w[3] for w in _words(con)} >= {"painted", "mural", "chapel", "zielinski", "debt"}


def _as_schema_before(con: Any) -> None:
    """The index as the schema before kept it: FTS5 with its own copy of the folded text, each row
    written as the services wrote it."""
    rows = con.execute(
        "SELECT x.rowid, o.facts, o.assessment, s.family_name, s.given_names, s.prison_number "
        "FROM observation_search x JOIN observations o ON o.row_no = x.rowid "
        "JOIN subjects s ON s.id = o.subject_id"
    ).fetchall()
    con.execute("BEGIN")
    con.execute("DROP TABLE observation_search")
    con.execute(
        "CREATE VIRTUAL TABLE observation_search USING fts5("
        "facts, assessment, subject, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for row_no, facts, assessment, *names in rows:
        text = observation_subject_text(*names)
        search_index.index_observation(con, row_no, facts, assessment, text)
    before = MIGRATION.version - 1
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(before),))
    con.execute("COMMIT")
    con.execute(f"PRAGMA user_version = {before}")


def test_migration_keeps_every_indexed_word_and_only_the_indexed_rows(
    officer: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = officer.con
    petrovic = subject(officer, family="Петровић", given="Ђорђе")
    hoxha = subject(officer, number="PL-1002", family="Hoxha")
    kept = [
        submitted(officer, petrovic.id, facts="Rozmawiał o nagraniach z Łodzi."),
        submitted(officer, petrovic.id, facts="Drew a symbol on the wall of the cell."),
        submitted(officer, hoxha.id, facts="Asked about the library's opening hours."),
    ]
    left_out = submitted(officer, hoxha.id, facts="Spoke about a mattress.")
    _as_schema_before(con)
    # A row the services left out of the index (as an erased file's) stays out of it.
    row_no = con.execute("SELECT row_no FROM observations WHERE id = ?", (left_out,)).fetchone()[0]
    con.execute("BEGIN")
    search_index.unindex_observation(con, row_no)
    con.execute("COMMIT")
    assert con.execute("SELECT count(*) FROM observation_search_content").fetchone()[0] == 3
    words, queries = _words(con), ("petrovic", "dordevic", "lodz", "symbol wall", "mattress")
    results = {q: _found(officer, q) for q in queries}
    ranked = con.execute(
        "SELECT rowid, bm25(observation_search, 2.0, 1.0, 1.5) FROM observation_search "
        "WHERE observation_search MATCH 'petrovic' ORDER BY 2"
    ).fetchall()

    known = migrations.available
    monkeypatch.setattr(
        migrations, "available", lambda *a: [m for m in known(*a) if m.version <= MIGRATION.version]
    )
    assert migrations.migrate(con) == [MIGRATION.version]
    monkeypatch.undo()

    assert "observation_search_content" not in {
        r[0] for r in con.execute("SELECT name FROM sqlite_master")
    }
    assert _words(con) == words
    assert {q: _found(officer, q) for q in queries} == results
    assert results["symbol wall"] == [kept[1]] and results["mattress"] == []
    assert (
        con.execute(
            "SELECT rowid, bm25(observation_search, 2.0, 1.0, 1.5) FROM observation_search "
            "WHERE observation_search MATCH 'petrovic' ORDER BY 2"
        ).fetchall()
        == ranked
    )
    assert con.execute("SELECT count(*) FROM observation_search").fetchone()[0] == 3


def test_every_change_of_an_indexed_row_still_works(officer: Session) -> None:
    """Draft edits replace a row, a discarded draft deletes it, a renamed prisoner's rows are
    written again whole: a contentless index refuses an update of some columns only."""
    s = subject(officer, family="Kowalski")
    draft = observations.create_draft(officer, observation_input(s.id, facts="Sketched a bridge."))
    observations.update_draft(officer, draft.id, facts="Sketched a tower.")
    assert _found(officer, "bridge") == [] and _found(officer, "tower") == [draft.id]
    subjects.update_subject(officer, s.id, reason="spelling", family_name="Kovač")
    assert _found(officer, "kovac tower") == [draft.id] and _found(officer, "kowalski") == []
    observations.discard_draft(officer, draft.id)
    assert _found(officer, "tower") == [] and _words(officer.con) == []
