"""Access by unit from the command line (issue #14), for each role.

Olga (officer, A), Piotr (officer, B), Stefan (supervisor, A), the data-protection
officer Aida and the administrator; the prisoner PL-B1 is in unit B. Listing,
searching, opening and writing reach him only for whom his unit (or a grant) covers;
`user units` / `grant` / `revoke` are the administrator's, and each grant is audited.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import subjects, users
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.cli.conftest import Run
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD

STAFF = (
    ("olga", Role.OFFICER, ["A"]),
    ("piotr", Role.OFFICER, ["B"]),
    ("stefan", Role.SUPERVISOR, ["A"]),
    ("aida", Role.AUDITOR, []),
)


@pytest.fixture
def units(cli_vault: Path) -> Path:
    """Staff of units A and B and one prisoner in each."""
    session = VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session
    for name, role, their_units in STAFF:
        users.add_user(
            session, name, PASSWORD, [role], units=their_units, must_change_password=False
        )
    for number, family, unit in (("PL-A1", "Nowakowski", "A"), ("PL-B1", "Zebrowski", "B")):
        subjects.create_subject(
            session, prison_number=number, family_name=family, given_names="Jan", unit=unit
        )
    session.close()
    return cli_vault


def _as(radprev: Run, user: str, *args: str):  # type: ignore[no-untyped-def]
    return radprev(*args, user=user, password=ADMIN_PASSWORD if user == "admin" else PASSWORD)


def _reaches(radprev: Run, user: str) -> dict[str, bool]:
    """Which ways of reading unit B's prisoner work for `user`."""
    listed = _as(radprev, user, "--json", "subject", "list", "--reason", "review")
    searched = _as(radprev, user, "--json", "search", "Zebrowski", "--reason", "review")
    shown = _as(radprev, user, "--json", "subject", "show", "PL-B1", "--reason", "review")
    numbers = (
        {s["prison_number"] for s in json.loads(listed.stdout)["items"]}
        if listed.returncode == 0
        else set()
    )
    found = json.loads(searched.stdout)["subjects"]["items"] if searched.returncode == 0 else []
    return {
        "list": "PL-B1" in numbers,
        "search": any(s["prison_number"] == "PL-B1" for s in found),
        "show": shown.returncode == 0,
    }


NOWHERE = {"list": False, "search": False, "show": False}
EVERYWHERE = {"list": True, "search": True, "show": True}
#: The auditor reaches every file (metadata) but never searches what officers wrote.
REGISTER = {"list": True, "search": False, "show": True}
#: The administrator keeps the register of prisoners; files are not his work.
ADMIN_ONLY_LIST = {"list": True, "search": False, "show": False}


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        ("olga", NOWHERE),
        ("stefan", NOWHERE),
        ("piotr", EVERYWHERE),
        ("aida", REGISTER),
        ("admin", ADMIN_ONLY_LIST),
    ],
)
def test_each_role_reaches_unit_b_only_where_it_should(
    radprev: Run, units: Path, user: str, expected: dict[str, bool]
) -> None:
    assert _reaches(radprev, user) == expected


def test_an_officer_cannot_write_about_another_units_prisoner(radprev: Run, units: Path) -> None:
    observed = _as(
        radprev, "olga", "observe", "--prison-number", "PL-B1",
        "--facts", "Shouted at staff in the corridor.",
    )  # fmt: skip
    assert observed.returncode == 1 and "No prisoner" in observed.stderr
    assert "Zebrowski" not in observed.stderr
    added = _as(
        radprev, "olga", "subject", "add", "--prison-number", "PL-B2",
        "--family-name", "Kowal", "--given-names", "Adam", "--unit", "B",
    )  # fmt: skip
    assert added.returncode == 1 and "unit B" in added.stderr
    # Without --unit, an officer of one unit adds the prisoner to it.
    added = _as(
        radprev, "olga", "subject", "add", "--prison-number", "PL-A2",
        "--family-name", "Kowal", "--given-names", "Adam",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr


def test_units_and_audited_grants(radprev: Run, units: Path) -> None:
    refused = _as(radprev, "olga", "user", "grant", "stefan", "--reason", "cover")
    assert refused.returncode == 1
    moved = _as(radprev, "admin", "--json", "user", "units", "stefan", "--unit", "A", "--unit", "B")
    assert moved.returncode == 0, moved.stderr
    assert json.loads(moved.stdout)["units"] == ["A", "B"]
    assert _reaches(radprev, "stefan") == EVERYWHERE
    _as(radprev, "admin", "user", "units", "stefan", "--none")
    assert _reaches(radprev, "stefan") == NOWHERE
    no_reason = _as(radprev, "admin", "user", "grant", "stefan")
    assert no_reason.returncode == 2  # --reason is required
    granted = _as(
        radprev, "admin", "--json", "user", "grant", "stefan", "--reason", "Acting head of security"
    )
    assert granted.returncode == 0, granted.stderr
    assert _reaches(radprev, "stefan") == EVERYWHERE
    listed = _as(radprev, "admin", "--json", "user", "grants")
    [grant] = json.loads(listed.stdout)
    assert grant["username"] == "stefan" and grant["reason"] == "Acting head of security"
    log = _as(radprev, "aida", "--json", "audit", "list", "--action", "access_granted")
    assert log.returncode == 0, log.stderr
    assert "Acting head of security" in log.stdout
    revoked = _as(radprev, "admin", "user", "revoke", "stefan", "--reason", "Back from leave")
    assert revoked.returncode == 0, revoked.stderr
    assert _reaches(radprev, "stefan")["show"] is False


def test_consulting_commands_need_a_reason(radprev: Run, units: Path) -> None:
    for args in (
        ("subject", "list"),
        ("subject", "show", "PL-A1"),
        ("search", "Nowakowski"),
        ("referral", "list", "PL-A1"),
        ("transfer", "list", "PL-A1"),
    ):
        done = _as(radprev, "olga", *args)
        assert done.returncode == 2 and "--reason" in done.stderr, args


def test_a_prisoner_s_referrals_and_transfers_are_consultations(radprev: Run, units: Path) -> None:
    """Listed from the command line (outside the file's own consultation), each is logged
    with the purpose given (issue #14 item 2: they were read without any entry)."""
    for args in (("referral", "list", "PL-A1"), ("transfer", "list", "PL-A1")):
        done = _as(radprev, "olga", *args, "--reason", "other", "--reason-text", "cell search")
        assert done.returncode == 0, done.stderr
    log = _as(radprev, "aida", "--json", "audit", "list", "--of-user", "olga")
    assert log.returncode == 0, log.stderr
    entries = {e["action"]: e["justification"] for e in json.loads(log.stdout)}
    assert entries["referrals_listed"] == entries["transfers_listed"] == "other: cell search"
