"""Re-fold the text the vault stores folded, after the folding itself changed.

The services store folded keys (subjects.names_key, prison_number_key) and the
search indexes (subject_search, observation_search) hold folded text only. When
core/folding.py folds differently — Macedonian ќ and ѓ now fold as Serbian ć and
đ, and names gained Macedonian-Latin and Albanian spellings — rows written by an
older build would no longer be found by what a user types. The schema migration
named `search_folding` calls `refold` inside its own transaction, on SQLCipher and
PostgreSQL alike, so every stored key and index row is recomputed from the
records' own text exactly as the services would write it today. Only rows that
are indexed are rewritten: which rows the services index (current versions,
erased files left out) is theirs to decide and stays as it was.

Since migration 0026 (decision 0047) observation_search keeps no copy of its text: its
columns read as NULL, so every indexed observation is then written again (all three
columns, as a contentless index needs); before 0026, as at migration 0009, only the rows
whose folding changed are.
"""

from __future__ import annotations

from radprev_desktop.core import folding
from radprev_desktop.core.vault.connection import Connection


def refold(con: Connection) -> int:
    """Recompute every folded key and index row; returns how many rows changed.

    Rows whose folded form is already right (most: no Cyrillic, no South Slavic
    letter in the names) are read and left alone; the rest are written in batches.
    """
    changed = 0
    subjects = con.execute(
        "SELECT s.rowid, s.family_name, s.given_names, s.prison_number, s.names_key, "
        "s.prison_number_key, x.names, x.prison_number "
        "FROM subjects s LEFT JOIN subject_search x ON x.rowid = s.rowid"
    ).fetchall()
    keys, index = [], []
    for rowid, family, given, number, names_key, number_key, names, indexed_number in subjects:
        new_keys = (folding.fold_key(f"{family} {given}"), folding.prison_number_key(number))
        if new_keys != (names_key, number_key):
            keys.append((*new_keys, rowid))
        new_index = (folding.subject_text(family, given), folding.fold(number))
        if names is not None and new_index != (names, indexed_number):
            index.append((*new_index, rowid))
    if keys:
        con.executemany(
            "UPDATE subjects SET names_key = ?, prison_number_key = ? WHERE rowid = ?", keys
        )
    if index:
        con.executemany(
            "UPDATE subject_search SET names = ?, prison_number = ? WHERE rowid = ?", index
        )
    changed += len(keys) + len(index)
    numbers = con.execute(
        "SELECT establishment_code, prison_number_key, prison_number FROM subject_numbers"
    ).fetchall()
    moved = [
        (folding.prison_number_key(number), code, key)
        for code, key, number in numbers
        if folding.prison_number_key(number) != key
    ]
    if moved:
        con.executemany(
            "UPDATE subject_numbers SET prison_number_key = ? "
            "WHERE establishment_code = ? AND prison_number_key = ?",
            moved,
        )
    changed += len(moved)
    indexed = con.execute(
        "SELECT x.rowid, x.facts, x.assessment, x.subject, o.facts, o.assessment, "
        "s.family_name, s.given_names, s.prison_number "
        "FROM observation_search x JOIN observations o ON o.row_no = x.rowid "
        "JOIN subjects s ON s.id = o.subject_id"
    ).fetchall()
    rows = []
    for row_no, old_facts, old_assessment, old_subject, facts, assessment, *names in indexed:
        new = (
            folding.fold(facts),
            folding.fold(assessment),
            folding.observation_subject_text(*names),
        )
        if new != (old_facts, old_assessment, old_subject):
            rows.append((*new, row_no))
    if rows:
        con.executemany(
            "UPDATE observation_search SET facts = ?, assessment = ?, subject = ? WHERE rowid = ?",
            rows,
        )
    return changed + len(rows)
