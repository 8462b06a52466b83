"""Macedonian and Serbian letters fold alike, names are found in every spelling, and the
migration that changed the folding re-folds what older builds stored (SQLCipher here;
PostgreSQL in test_search_parity.py)."""

from __future__ import annotations

import pytest

from radprev_desktop.core import folding
from radprev_desktop.core.services import observations, search, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import migrations


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Петровиќ", "Petrović"),  # ќ ≈ ć
        ("Петровић", "Petrović"),
        ("Ѓорѓиевски", "Đorđievski"),  # ѓ ≈ đ
        ("Џафери", "Džaferi"),  # џ ≈ dž
        ("Љубица", "Ljubica"),
        ("Његош", "Njegoš"),
        ("Јанкуловски", "Jankulovski"),
    ],
)
def test_macedonian_and_serbian_letters_fold_alike(cyrillic: str, latin: str) -> None:
    assert folding.fold(cyrillic) == folding.fold(latin)
    assert folding.name_variants(cyrillic) == folding.name_variants(latin)


def test_names_are_also_indexed_under_macedonian_latin_and_albanian_spellings() -> None:
    words = folding.name_variants("Петровиќ Ѓорѓи").split()
    assert {"petrovic", "petrovich", "petrovikj", "petroviq"} <= set(words)
    assert {"dordi", "djordji", "gjorgji"} <= set(words)
    assert "xhafer" in folding.name_variants("Џафер").split()
    assert folding.name_variants("Hoxha") == "hoxha"  # nothing to add to a plain name


NAMES = [
    ("MK-1", "Петровиќ", "Ѓорѓи"),
    ("RS-2", "Đorđević", "Milica"),
    ("RS-3", "Живковић", "Љубиша"),
    ("MK-4", "Džaferi", "Njomza"),
]
QUERIES = {
    "petrovic": {"MK-1"},  # Latin without diacritics finds the Macedonian Cyrillic name
    "Petrović": {"MK-1"},
    "Петровић": {"MK-1"},  # Serbian Cyrillic finds Macedonian Cyrillic
    "petrovikj": {"MK-1"},  # Macedonian Latin transliteration
    "petroviq": {"MK-1"},  # Albanian spelling
    "gjorgji": {"MK-1"},
    "Ђорђи": {"MK-1"},
    "Ѓорѓевиќ": {"RS-2"},  # Macedonian Cyrillic finds the Serbian Latin name
    "djordjevic": {"RS-2"},
    "gjorgjeviq": {"RS-2"},
    "zivkovic ljubisa": {"RS-3"},
    "Ljubiša": {"RS-3"},
    "Џафери": {"MK-4"},
    "xhaferi": {"MK-4"},
    "Њомза": {"MK-4"},
}


def _found(session: Session, query: str) -> set[str]:
    return {s.prison_number for s in search.search(session, query).subjects.items}


def _observations(session: Session, query: str) -> set[str]:
    return {o.id for o in search.search(session, query).observations.items}


def test_search_finds_a_name_typed_in_the_other_script_or_spelling(supervisor: Session) -> None:
    for number, family, given in NAMES:
        subjects.create_subject(
            supervisor, prison_number=number, family_name=family, given_names=given, unit="A"
        )
    supervisor.justification = ("review", "")
    assert QUERIES, "nothing to check"
    for query, expected in QUERIES.items():
        assert _found(supervisor, query) == expected, query


def test_migration_refolds_what_an_older_build_stored(
    supervisor: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vault written before the folding changed is re-folded when it is opened."""
    subject = subjects.create_subject(
        supervisor, prison_number="MK-7", family_name="Трајковиќ", given_names="Ѓорѓи", unit="A"
    )
    obs = observations.record(
        supervisor,
        observations.ObservationInput(
            subject_id=subject.id,
            facts="Го скина ќебето во ќелијата",
            assessment="May be about the cold cell; usually calm.",
            other_explanations_none=True,
        ),
        submit_now=True,
    )
    con = supervisor.con
    rowid = con.execute("SELECT rowid FROM subjects WHERE id = ?", (subject.id,)).fetchone()[0]
    row_no = con.execute("SELECT row_no FROM observations WHERE id = ?", (obs.id,)).fetchone()[0]
    # What the older folding stored (ќ→k, ѓ→g, no Albanian spelling), at schema version 8.
    con.execute("BEGIN")
    con.execute("UPDATE subjects SET names_key = 'trajkovik gorgi' WHERE rowid = ?", (rowid,))
    con.execute(
        "UPDATE subject_search SET names = 'trajkovik gorgi trajkovikj gjorgji' WHERE rowid = ?",
        (rowid,),
    )
    # The index keeps no copy of its text (0026): a row is written with all its columns.
    con.execute(
        "UPDATE observation_search SET facts = 'go skina kebeto vo kelijata', "
        "assessment = 'may be about the cold cell usually calm', "
        "subject = 'trajkovik gorgi mk 7' WHERE rowid = ?",
        (row_no,),
    )
    con.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
    con.execute("DELETE FROM meta WHERE key = 'search_folding'")
    con.execute("COMMIT")
    con.execute("PRAGMA user_version = 8")
    supervisor.justification = ("review", "")
    assert _found(supervisor, "trajkovic") == set()  # stale: the old folding hides it
    assert _observations(supervisor, "cebeto") == set()

    # The build that introduced the new folding knew migrations up to 9; the later ones
    # (0010 data protection) are already in this vault and must not run twice here.
    known = migrations.available
    monkeypatch.setattr(
        migrations, "available", lambda *a: [m for m in known(*a) if m.version <= 9]
    )
    assert migrations.migrate(con) == [9]
    monkeypatch.undo()
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(len(known())),))
    con.execute(f"PRAGMA user_version = {len(known())}")
    assert _found(supervisor, "trajkovic") == {"MK-7"}
    assert _found(supervisor, "trajkoviq gjorgji") == {"MK-7"}
    assert _observations(supervisor, "ќебето ćelijata") == {obs.id}  # free text, either script
    assert _observations(supervisor, "petroviq trajkoviq") == set()
    row = con.execute("SELECT names_key FROM subjects WHERE rowid = ?", (rowid,)).fetchone()
    assert row[0] == "trajkovic dordi"
    assert con.execute("SELECT value FROM meta WHERE key = 'search_folding'").fetchone()[0] == "2"
