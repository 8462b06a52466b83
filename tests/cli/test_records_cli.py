"""The `radprev` records commands: subject, observe, search, review, retention, demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import users
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.cli.conftest import Run
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD


@pytest.fixture
def staffed(cli_vault: Path) -> Path:
    """The CLI vault with officer olga and supervisor stefan."""
    session = VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session
    for name, role in (("olga", Role.OFFICER), ("stefan", Role.SUPERVISOR)):
        users.add_user(session, name, PASSWORD, [role], units=["A"], must_change_password=False)
    session.close()
    return cli_vault


def test_subject_observe_search_review(radprev: Run, staffed: Path) -> None:
    added = radprev(
        "subject",
        "add",
        "--prison-number",
        "PL-501",
        "--family-name",
        "Đorđević",
        "--given-names",
        "Łukasz",
        "--birth-year",
        "1991",
        "--unit",
        "A",
        user="olga",
        password=PASSWORD,
    )
    assert added.returncode == 0, added.stderr
    subject_id = added.stdout.strip()
    dup = radprev(
        "subject",
        "add",
        "--prison-number",
        "pl 501",
        "--family-name",
        "X",
        "--given-names",
        "Y",
        user="olga",
        password=PASSWORD,
    )
    assert dup.returncode == 1 and "already recorded" in dup.stderr
    assert dup.stderr.startswith("radprev: ") and dup.stderr.count("\n") == 1
    obs_id = _observe_and_find(radprev, subject_id)
    _review_and_show(radprev, obs_id)


def _observe_and_find(radprev: Run, subject_id: str) -> str:
    """An immediate observation by the officer, found by the supervisor's search; its id."""
    observed = radprev(
        "observe",
        "--prison-number",
        "PL-501",
        "--facts",
        "Rozmawiał o Łodzi w świetlicy.",
        "--urgency",
        "immediate",
        "--source-type",
        "overheard",
        "--indicator",
        "A3.2=Said in the common room that only force would answer it",
        "--submit",
        user="olga",
        password=PASSWORD,
    )
    # The same safeguards as the form: an assessment and the other explanations first.
    assert observed.returncode == 1 and "assessment" in observed.stderr
    observed = radprev(
        "observe",
        "--prison-number",
        "PL-501",
        "--facts",
        "Rozmawiał o Łodzi w świetlicy.",
        "--assessment",
        "Może chodzić o konflikt z sąsiadem z celi.",
        "--other-explanations",
        "Konflikt o długi.",
        "--urgency",
        "immediate",
        "--source-type",
        "overheard",
        "--indicator",
        "A3.2=Said in the common room that only force would answer it",
        "--submit",
        user="olga",
        password=PASSWORD,
    )
    assert observed.returncode == 0, observed.stderr
    obs_id = observed.stdout.strip()
    assert "IMMEDIATE" in observed.stderr

    found = radprev(
        "--json", "search", "lodz", "--reason", "supervision", user="stefan", password=PASSWORD
    )
    assert found.returncode == 0, found.stderr
    data = json.loads(found.stdout)
    assert [o["id"] for o in data["observations"]["items"]] == [obs_id]
    by_name = json.loads(
        radprev(
            "search", "dordevic", "--json", "--reason", "review", user="olga", password=PASSWORD
        ).stdout
    )
    assert by_name["subjects"]["items"][0]["id"] == subject_id
    return obs_id


def _review_and_show(radprev: Run, obs_id: str) -> None:
    """Only a supervisor reviews; a regrade shows in the file; the officer lists prisoners."""
    own = radprev("review", "accept", obs_id, user="olga", password=PASSWORD)
    assert own.returncode == 1 and "supervisor" in own.stderr
    queue = json.loads(radprev("review", "list", "--json", user="stefan", password=PASSWORD).stdout)
    assert [o["id"] for o in queue["items"]] == [obs_id]
    regraded = radprev(
        "review",
        "regrade",
        obs_id,
        "--source-grade",
        "2",
        "--information-grade",
        "C",
        "--reason",
        "second hand",
        user="stefan",
        password=PASSWORD,
    )
    assert regraded.returncode == 0, regraded.stderr

    shown = radprev(
        "--json",
        "subject",
        "show",
        "PL-501",
        "--reason",
        "review",
        user="stefan",
        password=PASSWORD,
    )
    assert shown.returncode == 0, shown.stderr
    file = json.loads(shown.stdout)
    assert file["observations"][0]["current_grading"]["source"] == "2"
    assert file["observations"][0]["source_identity"] == ""

    listed = radprev("subject", "list", "--reason", "review", user="olga", password=PASSWORD)
    assert "PL-501" in listed.stdout
    unreasoned = radprev("subject", "list", user="olga", password=PASSWORD)
    assert unreasoned.returncode == 2 and "--reason" in unreasoned.stderr


def test_bad_usage_and_unknown_subject(radprev: Run, staffed: Path) -> None:
    missing = radprev(
        "observe", "--prison-number", "NOPE", "--facts", "x", user="olga", password=PASSWORD
    )
    assert missing.returncode == 1 and "NOPE" in missing.stderr
    bad = radprev("observe", "--prison-number", "X", user="olga", password=PASSWORD)
    assert bad.returncode == 2
    refused = radprev("retention", "overdue", user="olga", password=PASSWORD)
    assert refused.returncode == 1 and "role" in refused.stderr


def test_demo_and_retention(radprev: Run, staffed: Path) -> None:
    made = radprev("--json", "demo", "--subjects", "30", "--observations", "300", "--seed", "4")
    assert made.returncode == 0, made.stderr
    out = json.loads(made.stdout)
    assert out["summary"]["subjects"] == 30 and out["summary"]["observations"] == 300
    assert {a["username"] for a in out["demo_accounts"]} >= {"demo.officer", "demo.supervisor"}
    due = radprev(
        "--json", "retention", "overdue", "--limit", "1000", user="stefan", password=PASSWORD
    )
    assert due.returncode == 0, due.stderr
    items = json.loads(due.stdout)["items"]
    assert items, "the demo makes some files overdue"
    kept = radprev(
        "retention",
        "decide",
        items[0]["prison_number"],
        "--decision",
        "keep",
        "--reason",
        "ongoing",
        user="stefan",
        password=PASSWORD,
    )
    assert kept.returncode == 0, kept.stderr
    assert "next review" in kept.stdout


def test_restrict_and_lift_a_file(radprev: Run, staffed: Path) -> None:
    added = radprev(
        "subject", "add", "--prison-number", "PL-77", "--family-name", "Nowak",
        "--given-names", "Ewa", "--unit", "A", user="olga", password=PASSWORD,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    refused = radprev(
        "subject", "restrict", "PL-77", "--reason", "x y", user="olga", password=PASSWORD
    )
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    done = radprev(
        "subject", "restrict", "PL-77", "--reason", "Accuracy disputed by the prisoner.",
        user="stefan", password=PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Processing of PL-77 is restricted." in done.stdout
    lifted = radprev(
        "--json", "subject", "unrestrict", "PL-77", "--reason", "Corrected.",
        user="stefan", password=PASSWORD,
    )  # fmt: skip
    assert lifted.returncode == 0 and json.loads(lifted.stdout)["restricted"] is False
    job = radprev("retention", "rejected", "--dry-run", user="stefan", password=PASSWORD)
    assert job.returncode == 0, job.stderr
    assert "0 rejected report(s) rejected before" in job.stdout


def test_observe_and_checklist_start_say_what_is_never_an_indicator(
    radprev: Run, staffed: Path
) -> None:
    """The editor's and the runner's non-indicator banner, on the command line too (issue 14
    item 3), in the command's language, before anything is sealed (a refusal shows it too)."""
    added = radprev(
        "subject", "add", "--prison-number", "PL-502", "--family-name", "Hoxha",
        "--given-names", "Arben", "--unit", "A", user="olga", password=PASSWORD,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    refused = radprev(
        "observe", "--prison-number", "PL-502", "--facts", "Shouted at staff in the corridor.",
        "--submit", user="olga", password=PASSWORD,
    )  # fmt: skip
    assert refused.returncode == 1 and "assessment" in refused.stderr
    assert "These are NOT indicators and must never be ticked as such:" in refused.stderr
    assert "beard" in refused.stderr and "chaplain or imam" in refused.stderr
    observed = radprev(
        "--language", "pl", "observe", "--prison-number", "PL-502",
        "--facts", "Krzyczał na personel na korytarzu.",
        "--assessment", "Prawdopodobnie frustracja po odmowie widzenia.", "--none-identified",
        user="olga", password=PASSWORD,
    )  # fmt: skip
    assert observed.returncode == 0, observed.stderr
    assert "To NIE są wskaźniki i nigdy nie wolno ich tak zaznaczać:" in observed.stderr
    assert "broda" in observed.stderr.lower()
    started = radprev(
        "checklist", "start", "--prison-number", "PL-502", user="olga", password=PASSWORD
    )
    assert started.returncode == 0, started.stderr
    assert "These are NOT indicators" in started.stderr and "beard" in started.stderr
