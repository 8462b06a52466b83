"""Row-level security by establishment on the PostgreSQL central store.

A database login limited to one establishment cannot read or write another's
rows, whatever SQL it sends through its connection (SET ROLE, set_config,
editing its own scope); the office's own login sees every establishment.
"""

from __future__ import annotations

import psycopg
import pytest

from radprev_desktop.core.services import checklist_rows, templates
from radprev_desktop.core.services.checklist_rules import Answer, ItemAnswer
from radprev_desktop.core.templates import ItemKind
from radprev_desktop.core.templates.sample import sample_version
from radprev_desktop.core.vault.postgres import ConstraintRefused, PgConnection
from tests.pg_cluster import Cluster


def add_subject(con: PgConnection, sid: str, establishment: str) -> None:
    con.execute(
        "INSERT INTO subjects(id, establishment_code, prison_number, prison_number_key, "
        "family_name, given_names, names_key, review_due, created_at, created_by, updated_at, "
        "origin_workstation) VALUES (?, ?, ?, ?, 'Nowak', 'Jan', 'nowak jan', '2027-01-01', "
        "'2026-01-01T00:00:00.000000Z', 'a', '2026-01-01T00:00:00.000000Z', 'ws')",
        (sid, establishment, sid, sid),
    )
    con.execute(
        "INSERT INTO observations(id, version, subject_id, establishment_code, "
        "origin_workstation, event_start, recorded_at, recorded_by, facts, source_type, "
        "grading_preset, source_grade, information_grade, handling, status, created_at, "
        "updated_at) VALUES (?, 1, ?, ?, 'ws', '2026-01-01T10:00', '2026-01-01T10:00:00Z', "
        "'olga', 'widział', 'own_observation', '3x5x2', 'A', '1', 'P', 'submitted', 'x', 'x')",
        (f"obs-{sid}", sid, establishment),
    )
    row_no = con.execute("SELECT row_no FROM observations WHERE id = ?", (f"obs-{sid}",))
    con.execute(
        "INSERT INTO observation_search(rowid, facts, assessment, subject) VALUES (?, ?, '', '')",
        (row_no.fetchone()[0], "widzial"),
    )


@pytest.fixture
def scoped(pg_cluster: Cluster, pg_database: str, pg_con: PgConnection) -> PgConnection:
    """A login limited to PL-WAW1 (its rows added by the office's own login first)."""
    add_subject(pg_con, "waw-1", "PL-WAW1")
    add_subject(pg_con, "gda-1", "PL-GDA3")
    role = f"scoped_{pg_database[-8:]}"
    pg_cluster.create_role(role, "scoped-password-1")
    pg_con.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
    pg_con.execute("INSERT INTO db_role_scopes(role_name, establishment_code) VALUES (?, ?)",
                   (role, "PL-WAW1"))  # fmt: skip
    return pg_cluster.connect(pg_database, user=role, password="scoped-password-1")


def codes(con: PgConnection, sql: str) -> list[str]:
    return sorted(r[0] for r in con.execute(sql).fetchall())


def test_office_login_sees_every_establishment(pg_con: PgConnection, scoped: PgConnection) -> None:
    assert codes(pg_con, "SELECT establishment_code FROM subjects") == ["PL-GDA3", "PL-WAW1"]
    scoped.close()


def test_scoped_login_reads_only_its_establishment(scoped: PgConnection) -> None:
    assert codes(scoped, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
    assert codes(scoped, "SELECT establishment_code FROM observations") == ["PL-WAW1"]
    assert len(scoped.execute("SELECT rowid FROM observation_search").fetchall()) == 1
    # Raw SQL through the same connection does not widen it.
    scoped.execute("SELECT set_config('radprev.establishments', '*', false)")
    scoped.execute("SET ROLE NONE")
    assert codes(scoped, "SELECT establishment_code FROM subjects") == ["PL-WAW1"]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        scoped.execute("INSERT INTO db_role_scopes VALUES (session_user, '*')")
    scoped.close()


def test_scoped_login_cannot_write_another_establishment(scoped: PgConnection) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        add_subject(scoped, "gda-2", "PL-GDA3")
    assert scoped.execute("UPDATE subjects SET cell = 'X' WHERE id = 'gda-1'").rowcount == 0
    assert scoped.execute("DELETE FROM observations WHERE id = 'obs-gda-1'").rowcount == 0
    scoped.close()


def test_the_policy_is_worked_out_once_per_statement(
    pg_cluster: Cluster, pg_database: str, pg_con: PgConnection, scoped: PgConnection
) -> None:
    """The establishments a connection may see are computed once per statement (an
    InitPlan), not once per row: per row the policy only compares codes (migration
    0017). Counted with the server's own function statistics for this transaction."""
    for n in range(40):
        add_subject(pg_con, f"waw-x{n}", "PL-WAW1")
        add_subject(pg_con, f"gda-x{n}", "PL-GDA3")
    role = scoped.execute("SELECT session_user").fetchone()[0]
    scoped.close()
    pg_con.execute(f"ALTER ROLE {role} SET track_functions = 'all'")
    con = pg_cluster.connect(pg_database, user=role, password="scoped-password-1")
    try:
        con.execute("BEGIN")
        seen = codes(con, "SELECT establishment_code FROM observations")
        assert seen == ["PL-WAW1"] * 41  # only its own, 41 rows read through the policy
        calls = con.execute(
            "SELECT coalesce(sum(calls), 0) FROM pg_stat_xact_user_functions "
            "WHERE funcname LIKE 'radprev%'"
        ).fetchone()[0]
        assert 1 <= calls <= 3, calls
        con.execute("ROLLBACK")
    finally:
        con.close()


def _run(con: PgConnection, run_id: str, status: str) -> int:
    row = con.execute(
        "INSERT INTO checklist_runs(id, version, subject_id, template_code, template_version, "
        "establishment_code, origin_workstation, status, author, created_at, updated_at) "
        "VALUES (?, 1, 'waw-1', ?, ?, 'PL-WAW1', 'ws', ?, 'olga', 'x', 'x') RETURNING row_no",
        (run_id, templates.SAMPLE_CODE, sample_version(), status),
    )
    return int(row.fetchone()[0])


def test_a_completed_runs_answers_stay_sealed(pg_con: PgConnection) -> None:
    """An answer added to a completed checklist run is refused, alone or among others in
    one INSERT … SELECT (the import's bulk form); a draft run takes answers."""
    add_subject(pg_con, "waw-1", "PL-WAW1")
    templates.install_shipped(pg_con, templates.SAMPLE_CODE, sample_version(), "test")
    done, draft = _run(pg_con, "run-done", "completed"), _run(pg_con, "run-draft", "draft")
    answer = "INSERT INTO checklist_answers(row_no, item_code, kind, domain, answer) VALUES "
    pg_con.execute(answer + "(?, 'i1', 'indicator', 'd', 'observed')", (draft,))
    with pytest.raises(ConstraintRefused, match="sealed"):
        pg_con.execute(answer + "(?, 'i1', 'indicator', 'd', 'observed')", (done,))
    with pytest.raises(ConstraintRefused, match="sealed"):
        pg_con.execute(
            "INSERT INTO checklist_answers(row_no, item_code, kind, domain, answer) "
            "SELECT n, 'i2', 'indicator', 'd', 'unknown' FROM unnest(?::bigint[]) AS n",
            ([draft, done],),
        )
    held = pg_con.execute("SELECT row_no, item_code FROM checklist_answers").fetchall()
    assert held == [(draft, "i1")]


def test_a_runs_answers_written_in_one_statement(pg_con: PgConnection) -> None:
    """`write_answers` on the server (one INSERT … SELECT per run, decision 0039) leaves what
    one upsert per answer leaves: new answers inserted, held ones updated, of two answers
    to one item the later; on a completed run the whole write is refused, nothing kept."""
    add_subject(pg_con, "waw-1", "PL-WAW1")
    templates.install_shipped(pg_con, templates.SAMPLE_CODE, sample_version(), "test")
    done, draft = _run(pg_con, "run-done", "completed"), _run(pg_con, "run-draft", "draft")

    def answer(code: str, said: Answer, evidence: str = "", date: str | None = None) -> ItemAnswer:
        return ItemAnswer(code, ItemKind.INDICATOR, "d", said, evidence, date)

    checklist_rows.write_answers(
        pg_con, draft, [answer("i1", Answer.UNKNOWN), answer("i2", Answer.NOT_OBSERVED)]
    )
    checklist_rows.write_answers(
        pg_con,
        draft,
        [
            answer("i2", Answer.UNKNOWN),
            answer("i3", Answer.OBSERVED, "widział", "2026-11-30"),
            answer("i2", Answer.OBSERVED, "słyszał", "2026-11-29"),
        ],
    )
    held = pg_con.execute(
        "SELECT item_code, answer, evidence, evidence_date FROM checklist_answers "
        "WHERE row_no = ? ORDER BY item_code",
        (draft,),
    ).fetchall()
    assert held == [
        ("i1", "unknown", "", None),
        ("i2", "observed", "słyszał", "2026-11-29"),
        ("i3", "observed", "widział", "2026-11-30"),
    ]
    with pytest.raises(ConstraintRefused, match="sealed"):
        checklist_rows.write_answers(
            pg_con, done, [answer("i1", Answer.UNKNOWN), answer("i2", Answer.UNKNOWN)]
        )
    refused = pg_con.execute("SELECT count(*) FROM checklist_answers WHERE row_no = ?", (done,))
    assert refused.fetchone()[0] == 0
