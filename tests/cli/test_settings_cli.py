"""`radprev settings …`: listed and changed from core's declared settings."""

from __future__ import annotations

import json
from pathlib import Path

from radprev_desktop.core import audit, languages
from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import users
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.cli.conftest import Run
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD


def stored(vault: Path) -> dict[str, object]:
    session = VaultAccess(vault).login(ADMIN, ADMIN_PASSWORD).session
    try:
        return dict(session.con.execute("SELECT key, json(value) FROM settings").fetchall())
    finally:
        session.close()


def test_list_shows_every_declared_setting(radprev: Run) -> None:
    result = radprev("--json", "settings", "list")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["key"] for r in rows] == [s.key for s in catalogue.SETTINGS]
    lock = next(r for r in rows if r["key"] == "auto_lock_minutes")
    assert lock == {
        "key": "auto_lock_minutes",
        "label": "Lock after idle (minutes)",
        "value": 5,
        "default": 5,
        "allowed": "1–120",
    }
    text = radprev("settings", "list").stdout
    assert "grading_preset: 3x5x2" in text and "allowed: 3x5x2, 6x6" in text


def test_set_checks_the_value_and_keeps_the_other_parts(radprev: Run, cli_vault: Path) -> None:
    assert radprev("settings", "set", "auto_lock_minutes", "12").returncode == 0
    assert radprev("settings", "set", "write_before_reading", "yes").stdout.strip() == (
        "write_before_reading = yes"
    )
    assert radprev("settings", "set", "retention_months", "subject=24").returncode == 0
    assert radprev("settings", "set", "retention_months", "released=3").returncode == 0
    assert radprev("settings", "set", "classification_marking", "TAJNE", "SŁUŻBOWE").returncode == 0
    values = stored(cli_vault)
    assert values["auto_lock_minutes"] == "12"
    assert values["write_before_reading"] == "true"
    assert json.loads(str(values["retention_months"])) == {"subject": 24, "released": 3}
    assert json.loads(str(values["classification_marking"])) == "TAJNE SŁUŻBOWE"

    bad = radprev("settings", "set", "auto_lock_minutes", "500")
    assert bad.returncode == 1
    assert bad.stderr.strip() == "radprev: Lock after idle (minutes) must be between 1 and 120."
    usage = radprev("settings", "set", "retention_months", "24")
    assert usage.returncode == 2 and "PART=NUMBER" in usage.stderr
    assert radprev("settings", "set", "code_lists", "x").returncode == 2
    assert stored(cli_vault)["auto_lock_minutes"] == "12"


def test_only_an_administrator_changes_settings(radprev: Run, cli_vault: Path) -> None:
    admin = VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session
    users.add_user(admin, "olga", PASSWORD, [Role.OFFICER], must_change_password=False)
    before = len(audit.read_entries(admin.con, action="settings_changed"))
    admin.close()
    assert radprev("settings", "list", user="olga", password=PASSWORD).returncode == 0
    denied = radprev("settings", "set", "language", "pl", user="olga", password=PASSWORD)
    assert denied.returncode == 1 and "administrator" in denied.stderr
    admin = VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session
    try:
        assert len(audit.read_entries(admin.con, action="settings_changed")) == before
    finally:
        admin.close()


#: The English words of what each kind of setting may hold (cli/settings.py), and the
#: labels of the settings only the command line lists.
ALLOWED_ENGLISH = (
    *("characters", " or no", "lowest first", " each", "arrives with"),
    *("Retention periods", "Release handover policy", "Code lists"),
)


def test_allowed_values_are_said_in_polish(radprev: Run) -> None:
    text = radprev("--language", "pl", "settings", "list").stdout
    assert "classification_marking: OFFICIAL-SENSITIVE" in text
    for polish in (
        "tekst, 1–60 znaków",  # classification_marking
        "yes lub no",  # the words the command takes stay as typed
        "nazwy rozdzielone znakiem ;, od najniższej",  # classification_levels
        "subject, released, transferred, rejected: każda 1–600",  # retention_months, per part
        "przychodzi w pakietach referencyjnych",  # code_lists
        "(Okresy przechowywania (miesiące))",  # the labels no screen shows
        "(Zasady przekazania po zwolnieniu)",
        "(Listy kodów)",
    ):
        assert polish in text, polish
    assert ALLOWED_ENGLISH
    for english in ALLOWED_ENGLISH:
        assert english not in text, english
    refused = radprev("--language", "pl", "settings", "set", "write_before_reading", "tak")
    assert refused.returncode == 1 and "dozwolone yes lub no" in refused.stderr, refused.stderr
    rows = json.loads(radprev("--json", "--language", "pl", "settings", "list").stdout)
    flags = [r["allowed"] for r in rows if r["key"] == "write_before_reading"]
    assert flags == ["yes or no"]  # machine-readable output stays English


def test_allowed_values_are_said_in_every_language(radprev: Run) -> None:
    offered = [lang.code for lang in languages.offered() if lang.code != languages.SOURCE]
    assert len(offered) >= 8
    english = radprev("settings", "list").stdout
    assert all(e in english for e in ALLOWED_ENGLISH)
    for code in offered:
        text = radprev("--language", code, "settings", "list").stdout
        assert "classification_levels" in text, code
        for phrase in ALLOWED_ENGLISH:
            assert phrase not in text, (code, phrase)
