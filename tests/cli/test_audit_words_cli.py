"""`radprev audit list` says each action in the command's language (core/audit_words.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from radprev_desktop.core import audit_words
from radprev_desktop.core.i18n import translator
from tests.cli.conftest import Run

OWN = "aida-own-password-5"


def test_audit_list_says_actions_in_the_chosen_language(
    radprev: Run, password_file: Callable[[str], Path]
) -> None:
    radprev(
        "user",
        "add",
        "aida",
        "--role",
        "auditor",
        "--new-password-file",
        str(password_file("Temp-password-77")),
    )
    changed = radprev(
        "user", "passwd", "aida", "--new-password-file", str(password_file(OWN)),
        user="aida", password="Temp-password-77",
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    listed = radprev("--json", "--language", "pl", "audit", "list", user="aida", password=OWN)
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert entries
    tr = translator("pl", "audit")
    for e in entries:
        words = tr.translate("audit", audit_words.ACTIONS[e["action"]].words)
        assert e["action_words"] == words and words != audit_words.ACTIONS[e["action"]].words
    text = radprev("--language", "pl", "audit", "list", user="aida", password=OWN)
    assert text.returncode == 0, text.stderr
    assert tr.translate("audit", audit_words.ACTIONS["user_added"].words) in text.stdout
    assert "(user_added)" in text.stdout
