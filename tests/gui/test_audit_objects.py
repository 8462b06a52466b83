"""Every kind of object the services write to the audit log is shown in words, never as a code.

The pseudo screen walk showed "vault 01a22…" and "checklist template FRONTLINE…" in
English in the audit log: the kinds the services wrote had no entry in the table of
words (and "checklist_template" was listed as "template")."""

from __future__ import annotations

import re
from pathlib import Path

from radprev_desktop.gui import i18n
from radprev_desktop.gui.texts.audit_text import OBJECTS, object_text

PACKAGE = Path(__file__).resolve().parents[2] / "radprev_desktop"
_KIND = re.compile(r"object_type\s*=\s*\"([a-z_]+)\"")


def written_kinds() -> set[str]:
    kinds: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        kinds.update(_KIND.findall(path.read_text("utf-8")))
    return kinds


def test_every_object_kind_written_has_words() -> None:
    kinds = written_kinds()
    assert {"subject", "vault", "checklist_template"} <= kinds  # the scan finds them
    assert sorted(kinds - set(OBJECTS)) == []


def test_object_kinds_are_translated(qapp) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language("pseudo")
    try:
        assert OBJECTS, "nothing to check"
        for kind in OBJECTS:
            text = object_text(kind, "01a22c9c-f6fa")
            assert text.startswith("["), f"{kind}: {text!r} is not translated"
    finally:
        i18n.remove_translations()
