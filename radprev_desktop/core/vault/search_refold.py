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
"""

from __future__ import annotations

from radprev_desktop.core import folding
from radprev_desktop.core.vault.connection import Connection


def refold(con: Connection) -> int:
    """Recompute every folded key and index row; returns how many rows were rewritten."""
    changed = 0
    subjects = con.execute(
        "SELECT rowid, family_name, given_names, prison_number FROM subjects"
    ).fetchall()
    for rowid, family, given, number in subjects:
        names = f"{family} {given}"
        con.execute(
            "UPDATE subjects SET names_key = ?, prison_number_key = ? WHERE rowid = ?",
            (folding.fold_key(names), folding.prison_number_key(number), rowid),
        )
        con.execute(
            "UPDATE subject_search SET names = ?, prison_number = ? WHERE rowid = ?",
            (folding.subject_text(family, given), folding.fold(number), rowid),
        )
        changed += 1
    numbers = con.execute(
        "SELECT establishment_code, prison_number_key, prison_number FROM subject_numbers"
    ).fetchall()
    for code, key, number in numbers:
        new_key = folding.prison_number_key(number)
        if new_key != key:
            con.execute(
                "UPDATE subject_numbers SET prison_number_key = ? "
                "WHERE establishment_code = ? AND prison_number_key = ?",
                (new_key, code, key),
            )
            changed += 1
    indexed = con.execute(
        "SELECT o.row_no, o.facts, o.assessment, s.family_name, s.given_names, s.prison_number "
        "FROM observation_search x JOIN observations o ON o.row_no = x.rowid "
        "JOIN subjects s ON s.id = o.subject_id"
    ).fetchall()
    for row_no, facts, assessment, family, given, number in indexed:
        con.execute(
            "UPDATE observation_search SET facts = ?, assessment = ?, subject = ? WHERE rowid = ?",
            (
                folding.fold(facts),
                folding.fold(assessment),
                folding.observation_subject_text(family, given, number),
                row_no,
            ),
        )
        changed += 1
    return changed
