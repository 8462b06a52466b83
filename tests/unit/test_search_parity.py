"""One corpus, two stores: the same searches find the same records on SQLCipher and PostgreSQL.

The corpus has Polish, Serbian (Latin and Cyrillic), Albanian and Macedonian
names and free text with diacritics, so folding (ł→l, đ→d, Cyrillic → Latin with
Macedonian ќ/ѓ as Serbian ć/đ, accents dropped) and the names' other spellings
(Djordjevic, Gjorgjevikj, Gjorgjeviq) are exercised on both. Rows are written with the real index
maintenance (search_index.index_*) and read back with the real search service.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from radprev_desktop.core.central_session import CentralSession, open_connection
from radprev_desktop.core.model import Role, User
from radprev_desktop.core.services import central_access, search, search_index
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import migrations
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF
from tests.pg_cluster import Cluster
from tests.unit.test_central_store import central_database

# (prison number, family name, given names, facts, assessment)
CORPUS = [
    ("PL-1/2024/0012", "Łukasiewicz", "Łukasz", "Rozmawiał o podróży; żółta kartka", "spokojny"),
    ("PL-1/2024/0013", "Wójcik", "Zofia", "Odmówił posiłku w świetlicy", "bez zmian"),
    ("RS-7", "Đorđević", "Đorđe", "Crtao simbole na zidu ćelije", "zabrinut"),
    ("RS-8", "Петровић", "Милош", "Говорио о путовању у иностранство", "мирно"),
    ("RS-9", "Živković", "Čedomir", "Šaputao sa posetiocem", "nejasno"),
    ("AL-3", "Hoxha", "Ëndrit", "Refuzoi të flasë me oficerin; çanta e re", "qetë"),
    ("MK-4", "Трајковски", "Ѓорѓи", "Зборуваше за ѕидот и ќелијата", "загрижен"),
    ("PL-2/0001", "Nowak", "Anna-Maria", "Ćwiczył w celi nr 12b", "O'Neil wspomniany"),
    ("MK-9", "Петровиќ", "Џемаил", "Побара ново ќебе", "мирен"),
]

QUERIES = [
    "lukasz",
    "Łukasz",
    "lukasiewicz podrozy",
    "zolta",
    "dordevic",
    "djordjevic",
    "Đorđe",
    "petrovic",
    "petrovich",
    "Милош",
    "milos putovanju",
    "zivkovic",
    "cedomir saputao",
    "endrit",
    "flase",
    "canta",
    "trajkovski",
    "gjorgji",
    "dordi",
    "Ђорђи",
    "dzidot",
    "celijata",
    "ќелијата",
    "petrovikj",
    "petroviq",
    "Петровиќ",
    "xhemail",
    "Ѓорѓевиќ",
    "gjorgjeviq",
    "cebe",
    "anna maria",
    "12b",
    "o neil",
    "2024",
    "PL-1/2024/0013",
    "celi",
    "swietlicy",
    "zabrinut",
    "nobody-matches-this",
]


def load_corpus(con: object) -> None:
    """The corpus rows and their index entries, the same SQL on both stores."""
    run = con.execute  # type: ignore[attr-defined]
    run("BEGIN")
    for n, (number, family, given, facts, assessment) in enumerate(CORPUS, start=1):
        sid, oid = f"subj-{n:02d}", f"obs-{n:02d}"
        run(
            "INSERT INTO subjects(id, establishment_code, prison_number, prison_number_key, "
            "family_name, given_names, names_key, review_due, created_at, created_by, "
            "updated_at, origin_workstation) VALUES (?, 'PL-CO', ?, ?, ?, ?, ?, '2027-01-01', "
            "'2026-01-01T00:00:00.000000Z', 'admin', '2026-01-01T00:00:00.000000Z', 'ws')",
            (
                sid,
                number,
                search_index.prison_number_key(number),
                family,
                given,
                search_index.fold_key(f"{family} {given}"),
            ),
        )
        rowid = run("SELECT rowid FROM subjects WHERE id = ?", (sid,)).fetchone()[0]
        search_index.index_subject(con, rowid, family, given, number)  # type: ignore[arg-type]
        run(
            "INSERT INTO observations(id, version, subject_id, establishment_code, "
            "origin_workstation, event_start, recorded_at, recorded_by, facts, assessment, "
            "source_type, grading_preset, source_grade, information_grade, handling, status, "
            "created_at, updated_at) VALUES (?, 1, ?, 'PL-CO', 'ws', ?, ?, 'olga', ?, ?, "
            "'own_observation', '3x5x2', 'A', '1', 'P', 'submitted', ?, ?)",
            (oid, sid, f"2026-01-{n:02d}T10:00", f"2026-01-{n:02d}T11:00:00.000000Z", facts,
             assessment, "2026-01-01T00:00:00.000000Z", "2026-01-01T00:00:00.000000Z"),
        )  # fmt: skip
        row_no = run("SELECT row_no FROM observations WHERE id = ?", (oid,)).fetchone()[0]
        search_index.index_observation(
            con,  # type: ignore[arg-type]
            row_no,
            facts,
            assessment,
            search_index.observation_subject_text(family, given, number),
        )
    run("COMMIT")


def found(session: Session, query: str) -> tuple[set[str], set[str]]:
    results = search.search(session, query, limit=1000, with_total=True)
    observations = {o.id for o in results.observations.items}
    assert results.observations.total == len(observations)
    return observations, {s.id for s in results.subjects.items}


@pytest.fixture
def central_supervisor(pg_cluster: Cluster, pg_database: str, tmp_path: Path) -> CentralSession:
    folder = tmp_path / "central"
    created = central_access.create_central(
        folder,
        central_database(pg_cluster, pg_database, tmp_path),
        establishment_code="PL-CO",
        establishment_name="Central office",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        kdf=FAST_KDF,
    )
    created.session.close()
    user = User(
        "u-1",
        "sara",
        "Sara",
        "S1",
        frozenset({Role.SUPERVISOR}),
        True,
        False,
        establishments=("*",),
    )
    con = open_connection(folder)
    session = CentralSession(folder, created.session.database, user, con)
    session.justification = ("supervision", "search parity test")  # searches are audited
    return session


def test_same_queries_find_the_same_records(
    supervisor: Session, central_supervisor: CentralSession
) -> None:
    load_corpus(supervisor.con)
    load_corpus(central_supervisor.con)
    for session in (supervisor, central_supervisor):
        session.justification = ("supervision", "search parity test")  # searches are audited
    # The corpus is filed under establishment PL-CO with no unit: the workstation supervisor
    # is given that establishment (as the central one holds every establishment).
    supervisor.user = replace(supervisor.user, establishments=("PL-CO",))
    nonempty = 0
    assert list(QUERIES), "nothing to check"
    for query in QUERIES:
        lite = found(supervisor, query)
        pg = found(central_supervisor, query)
        assert lite == pg, f"{query!r}: SQLCipher {lite} PostgreSQL {pg}"
        nonempty += bool(lite[0] or lite[1])
    # The corpus is not trivially empty: nearly every query finds something, one finds nothing.
    assert nonempty == len(QUERIES) - 1
    assert found(central_supervisor, "nobody-matches-this") == (set(), set())
    # Serbian and Macedonian Cyrillic and every Latin spelling find both Petrovićs.
    assert found(central_supervisor, "petrovich")[1] == {"subj-04", "subj-09"}
    assert found(central_supervisor, "Петровиќ")[1] == {"subj-04", "subj-09"}
    assert found(central_supervisor, "gjorgjeviq")[1] == {"subj-03"}
    assert found(central_supervisor, "Đorđe")[0] == {"obs-03"}
    central_supervisor.close()


def test_a_renamed_prisoners_observations_are_found_alike(
    supervisor: Session, central_supervisor: CentralSession
) -> None:
    """A renaming writes an observation's index row again whole (SQLCipher's index keeps no
    copy of its text since 0026): the new names find it, the old ones no longer do, its own
    words still do — the same on both stores."""
    supervisor.user = replace(supervisor.user, establishments=("PL-CO",))
    for session in (supervisor, central_supervisor):
        load_corpus(session.con)
        session.justification = ("supervision", "search parity test")
        session.con.execute("BEGIN")
        names = search_index.observation_subject_text("Kowalczyk", "Zofia", "PL-1/2024/0013")
        assert search_index.reindex_subject_observations(session.con, "subj-02", names) == 1
        session.con.execute("COMMIT")
    for query, expected in (
        ("kowalczyk", {"obs-02"}),
        ("wojcik", set()),
        ("swietlicy", {"obs-02"}),
    ):
        assert found(supervisor, query)[0] == found(central_supervisor, query)[0] == expected, query
    central_supervisor.close()


def test_server_side_folding_matches_for_raw_sql(central_supervisor: CentralSession) -> None:
    """unaccent + simple (radprev_fold) turn what an analyst types into the stored words."""
    load_corpus(central_supervisor.con)
    con = central_supervisor.con
    rows = con.execute(
        "SELECT rowid FROM observation_search "
        "WHERE document @@ plainto_tsquery('radprev_fold', 'Šaputao posetiocem')"
    ).fetchall()
    assert len(rows) == 1
    central_supervisor.close()


def test_migration_refolds_an_older_postgresql_store(
    central_supervisor: CentralSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search_folding migration re-folds what an older build stored, as on SQLCipher."""
    load_corpus(central_supervisor.con)
    con = central_supervisor.con
    # What the older folding stored for the Macedonian rows (ќ→k, ѓ→g), at schema version 8.
    con.execute("BEGIN")
    con.execute(
        "UPDATE subject_search SET names = 'petrovik dzemail' WHERE rowid = "
        "(SELECT rowid FROM subjects WHERE id = 'subj-09')"
    )
    con.execute(
        "UPDATE observation_search SET facts = 'pobara novo kebe' WHERE rowid = "
        "(SELECT row_no FROM observations WHERE id = 'obs-09')"
    )
    con.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
    con.execute("COMMIT")
    assert found(central_supervisor, "petroviq")[1] == {"subj-04"}
    assert found(central_supervisor, "cebe") == (set(), set())

    # The build that introduced the new folding knew migrations up to 9; the later ones
    # (0010 data protection) are already in this vault and must not run twice here.
    known = migrations.available
    monkeypatch.setattr(
        migrations, "available", lambda *a: [m for m in known(*a) if m.version <= 9]
    )
    assert migrations.migrate(con) == [9]
    monkeypatch.undo()
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(len(known())),))
    assert found(central_supervisor, "petroviq") == ({"obs-04", "obs-09"}, {"subj-04", "subj-09"})
    assert found(central_supervisor, "cebe") == ({"obs-09"}, set())
    central_supervisor.close()


def test_the_server_folds_what_an_analyst_types_as_the_application_does(
    central_supervisor: CentralSession,
) -> None:
    """radprev_fold_text (migration 9) matches core/folding.fold on the corpus and the queries."""
    con = central_supervisor.con
    words = [w for row in CORPUS for w in row] + QUERIES + ["ЉЊЏЅ Ђорђе ЌЕРКА Ѓорѓи Łódź Ærø"]
    assert words, "nothing to check"
    for text in words:
        server = con.execute("SELECT radprev_fold_text(?)", (text,)).fetchone()[0]
        assert server == search_index.fold(text), text
    load_corpus(con)
    rows = con.execute(
        "SELECT rowid FROM subject_search "
        "WHERE document @@ plainto_tsquery('radprev_fold', radprev_fold_text('Петровиќ'))"
    ).fetchall()
    assert len(rows) == 2  # Петровић and Петровиќ
    central_supervisor.close()
