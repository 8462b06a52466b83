"""`radprev template …` and `radprev checklist …` on a temp vault (in-process)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from radprev_desktop.core.model import Role
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.services import subjects, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.templates.sample import sample_data
from tests.cli.conftest import Run
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()
NEXT = (date.today() + timedelta(days=60)).isoformat()


@pytest.fixture
def with_officer(cli_vault: Path) -> str:
    """An officer account and one prisoner; returns the prison number."""
    session = VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session
    try:
        users.add_user(
            session,
            "olga",
            PASSWORD,
            [Role.OFFICER],
            display_name="Olga Nowak",
            staff_code="ON1",
            units=["A"],
            must_change_password=False,
        )
    finally:
        session.close()
    officer = VaultAccess(cli_vault).login("olga", PASSWORD).session
    try:
        subjects.create_subject(
            officer,
            prison_number="KR-778",
            family_name="Petrović",
            given_names="Марко",
            unit="A",
        )
    finally:
        officer.close()
    return "KR-778"


def test_template_list_and_import(radprev: Run, tmp_path: Path) -> None:
    listed = radprev("--json", "template", "list")
    assert listed.returncode == 0, listed.stderr
    assert [(t["code"], t["version"], t["active"]) for t in json.loads(listed.stdout)] == [
        ("FRONTLINE-OBS-SAMPLE", 2, True)
    ]
    d = sample_data()
    d["version"] = 3
    good = tmp_path / "v3.json"
    good.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    imported = radprev("template", "import", str(good))
    assert imported.returncode == 0, imported.stderr
    assert "FRONTLINE-OBS-SAMPLE version 3 (active)" in imported.stdout
    again = radprev("template", "import", str(good))
    assert again.returncode == 0 and "Already stored" in again.stdout
    shown = radprev("template", "show", "--language", "pl")
    assert shown.returncode == 0 and "Czynniki ochronne" in shown.stdout


def test_template_import_names_every_problem(radprev: Run, tmp_path: Path) -> None:
    d = sample_data()
    d["version"] = 4
    d["domains"][2]["items"][0]["label"]["pl"] = ""
    d["domains"][0]["items"][1]["code"] = "A1.1"
    d["protective_factors"]["items"][0]["label"]["en"] = "Goes to the mosque"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    result = radprev("template", "import", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    for path in (
        "$.domains[2].items[0].label.pl",
        "$.domains[0].items[1].code",
        "$.protective_factors.items[0].label.en",
    ):
        assert path in result.stderr
    as_json = radprev("--json", "template", "import", str(bad))
    assert as_json.returncode == 1
    assert len(json.loads(as_json.stdout)["problems"]) == 3
    notjson = tmp_path / "x.json"
    notjson.write_text("{oops", encoding="utf-8")
    result = radprev("template", "import", str(notjson))
    assert result.returncode == 1 and "not valid JSON" in result.stderr
    listed = json.loads(radprev("--json", "template", "list").stdout)
    assert [t["version"] for t in listed] == [2]


def test_officer_cannot_import(radprev: Run, with_officer: str) -> None:
    path = str(resource_path("templates", "frontline-observation-sample.json"))
    result = radprev("template", "import", path, user="olga", password=PASSWORD)
    assert result.returncode == 1 and "administrator" in result.stderr


def test_checklist_start_answer_complete_show(radprev: Run, with_officer: str) -> None:
    started = radprev(
        "checklist", "start", "--prison-number", with_officer, user="olga", password=PASSWORD
    )
    assert started.returncode == 0, started.stderr
    run_id = started.stdout.strip()
    refused = radprev(
        "checklist", "answer", run_id, "A3.4", "observed", user="olga", password=PASSWORD
    )
    assert refused.returncode == 1 and "A3.4" in refused.stderr
    saved = radprev(
        "checklist",
        "answer",
        run_id,
        "A3.4",
        "observed",
        "--evidence",
        "Chanted a slogan praising the mosque attackers at exercise.",
        "--date",
        YESTERDAY,
        user="olga",
        password=PASSWORD,
    )
    assert saved.returncode == 0, saved.stderr
    assert "necessary to describe the behaviour" in saved.stderr  # a nudge, not a refusal
    incomplete = radprev(
        "checklist",
        "complete",
        run_id,
        "--summary",
        "S.",
        "--next-review",
        NEXT,
        user="olga",
        password=PASSWORD,
    )
    assert incomplete.returncode == 1 and "Protective factors" in incomplete.stderr
    done = radprev(
        "checklist",
        "complete",
        run_id,
        "--summary",
        "Slogan at exercise.",
        "--next-review",
        NEXT,
        "--protective-none",
        "--none-identified",
        user="olga",
        password=PASSWORD,
    )
    # Sealing asks again, with the field and the word; the answer is --terms-necessary.
    assert done.returncode == 1 and "--terms-necessary" in done.stderr
    assert "mosque" in done.stderr
    done = radprev(
        "checklist",
        "complete",
        run_id,
        "--summary",
        "Slogan at exercise.",
        "--next-review",
        NEXT,
        "--protective-none",
        "--none-identified",
        "--terms-necessary",
        user="olga",
        password=PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    shown = radprev(
        "--json", "checklist", "show", run_id, "--reason", "review", user="olga", password=PASSWORD
    )
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["status"] == "completed"
    a3 = next(d for d in data["domains"] if d["domain"] == "A3")
    assert (a3["observed"], a3["unknown"]) == (1, 3)
    assert "score" not in shown.stdout and "total" not in shown.stdout
    _amend_list_and_drafts(radprev, run_id, with_officer)


def _amend_list_and_drafts(radprev: Run, run_id: str, prison_number: str) -> None:
    """A completed run is sealed: amended as version 2; a second draft is listed and discarded."""
    with_officer = prison_number
    edited = radprev(
        "checklist", "answer", run_id, "A1.1", "unknown", user="olga", password=PASSWORD
    )
    assert edited.returncode == 1 and "sealed" in edited.stderr
    amended = radprev(
        "checklist",
        "amend",
        run_id,
        "--reason",
        "Wrong summary",
        "--summary",
        "Corrected.",
        user="olga",
        password=PASSWORD,
    )
    assert amended.returncode == 0, amended.stderr
    listed = radprev(
        "--json",
        "checklist",
        "list",
        "--prison-number",
        with_officer,
        "--reason",
        "review",
        user="olga",
        password=PASSWORD,
    )
    assert [(r["version"], r["status"]) for r in json.loads(listed.stdout)] == [(2, "completed")]
    other = radprev(
        "checklist", "start", "--prison-number", with_officer, user="olga", password=PASSWORD
    ).stdout.strip()
    drafts = radprev("--json", "checklist", "drafts", user="olga", password=PASSWORD)
    assert [d["id"] for d in json.loads(drafts.stdout)] == [other]
    assert radprev("checklist", "discard", other, user="olga", password=PASSWORD).returncode == 0
    text = radprev(
        "checklist", "show", run_id, "--reason", "review", user="olga", password=PASSWORD
    )
    assert "not a risk assessment" in text.stdout and "Corrected." in text.stdout
