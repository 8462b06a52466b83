"""The Polish UI catalogue is complete, matches the code and compiles; English plurals exist."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "radprev_desktop" / "resources" / "translations"
GUI = ROOT / "radprev_desktop" / "gui"
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}|%n|%\d")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    found = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name", default="")
        for message in ctx.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((name, message))
    return found


def _problems(path: Path, forms: int) -> list[str]:
    problems = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        if translation.get("type") == "unfinished":
            problems.append(f"unfinished {where}")
            continue
        if message.get("numerus") == "yes":
            texts = [f.text or "" for f in translation.findall("numerusform")]
            if len(texts) != forms or not all(t.strip() for t in texts):
                problems.append(f"plural forms missing {where}")
                continue
        else:
            texts = [translation.text or ""]
            if not texts[0].strip():
                problems.append(f"empty {where}")
                continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"placeholders differ {where}: {text!r}")
    return problems


def test_polish_catalogue_is_complete() -> None:
    path = TRANSLATIONS / "radprev_pl.ts"
    assert len(_messages(path)) > 300
    assert _problems(path, forms=3) == []


def test_english_plural_forms_are_complete() -> None:
    path = TRANSLATIONS / "radprev_en.ts"
    assert _messages(path)
    assert _problems(path, forms=2) == []


def test_catalogue_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over the GUI finds no string the committed catalogue lacks."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.fail(f"{lupdate} is missing; the test environment is incomplete")
    copy = tmp_path / "radprev_pl.ts"
    shutil.copy(TRANSLATIONS / "radprev_pl.ts", copy)
    core_ui = (ROOT / "scripts" / "core_ui_text.txt").read_text("utf-8").split()
    assert core_ui  # core modules whose labels screens show (scripts/translations.sh)
    sources = sorted(str(p) for p in GUI.rglob("*.py")) + [str(ROOT / p) for p in core_ui]
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert [p for p in _problems(copy, forms=3) if p.startswith("unfinished")] == []


def test_compiled_catalogue_translates(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "radprev_pl.qm"))
    assert translator.translate("LoginWindow", "&Log in") == "&Zaloguj"
    assert translator.translate("MainWindow", "Prisoners") == "Osadzeni"
    messages = list(_messages(TRANSLATIONS / "radprev_pl.ts"))
    assert messages
    for context, message in messages:
        if message.get("numerus") == "yes":
            continue
        source = message.findtext("source") or ""
        expected = message.find("translation").text  # type: ignore[union-attr]
        comment = message.findtext("comment") or None
        assert translator.translate(context, source, comment) == expected, (context, source)
