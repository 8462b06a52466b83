"""`radprev` on a vault a later version wrote: one line in the user's language, "made by a
newer version … install that version or newer", from any command and from `doctor`
(before and after login); never "wrong password", and nothing written (decision 0034)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run
from tests.conftest import ADMIN_PASSWORD
from tests.unit.test_vault_from_a_newer_version import from_the_future, snapshot

POLISH = "Ten sejf utworzyła nowsza wersja radprev"


def test_every_command_says_the_vault_is_newer_in_the_users_language(
    radprev: Run, cli_vault: Path
) -> None:
    from_the_future(cli_vault, {"version": 3, "page_format": {"kdf": "argon2id-v2"}})
    before = snapshot(cli_vault)
    runs = {
        "user list": radprev("--language", "pl", "user", "list"),
        "wrong password": radprev("--language", "pl", "user", "list", password="nope-nope"),
        "doctor": radprev("--language", "pl", "doctor"),
        "doctor --pre-login": radprev("--language", "pl", "doctor", "--pre-login", user=None),
        "english": radprev("user", "list", password=ADMIN_PASSWORD),
    }
    assert runs
    for what, result in runs.items():
        assert result.returncode == 1, (what, result.stderr)  # refused, not "damaged"
        words = POLISH if what != "english" else "made by a newer version of radprev"
        assert words in result.stderr, (what, result.stderr)
        assert "format 3" in result.stderr, what
        assert "hasło" not in result.stderr and "password" not in result.stderr, what
        assert len(result.stderr.strip().splitlines()) == 1, what
    assert snapshot(cli_vault) == before
