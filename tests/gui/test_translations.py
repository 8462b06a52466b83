"""The compiled catalogues match the .ts files, and lupdate finds no string they lack.

The completeness of each offered language is tests/unit/test_catalogues.py's job;
here: the .qm files the screens load say the same as the .ts files core reads,
plural forms follow Qt's rules as core/languages.py states them, and a run of
lupdate over every module (gui, core, cli) adds nothing to the catalogues — a
new string that nobody translated makes this fail.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from radprev_desktop.core import languages
from radprev_desktop.core.i18n import catalogue_path
from radprev_desktop.core.templates.model import pick
from radprev_desktop.core.templates.sample import sample_data
from radprev_desktop.core.transliteration import to_cyrillic
from radprev_desktop.core.ts_file import TsFile
from radprev_desktop.gui.texts.template_view import template_view

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "radprev_desktop"
OFFERED = [code for code in languages.OFFERED if code != languages.SOURCE]


def _lupdate() -> Path:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.fail(f"{lupdate} is missing; the test environment is incomplete")
    return lupdate


@pytest.mark.parametrize("code", [*OFFERED, languages.PSEUDO])
def test_catalogue_covers_every_string_in_the_code(tmp_path: Path, code: str) -> None:
    """lupdate over every module finds no string the committed catalogue lacks."""
    copy = tmp_path / f"radprev_{code}.ts"
    shutil.copy(catalogue_path(code), copy)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [str(_lupdate()), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    before = {m.key for m in TsFile(catalogue_path(code)).messages()}
    after = {m.key for m in TsFile(copy).messages()}
    assert before
    assert sorted(after - before) == [], "run `make translations` and translate the new strings"
    assert sorted(before - after) == [], "run `make translations`: strings left the code"


@pytest.mark.parametrize("code", [*OFFERED, languages.PSEUDO])
def test_compiled_catalogue_translates(qapp, code: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(catalogue_path(code).with_suffix(".qm")))
    language = languages.BY_CODE[code]
    messages = list(TsFile(catalogue_path(code)).messages())
    assert messages
    for message in messages:
        if message.numerus:
            forms = message.forms
            for n in (0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 101, 102, 111):
                got = translator.translate(
                    message.context, message.source, message.comment or None, n
                )
                expected = forms[min(language.plural(n), len(forms) - 1)]  # %n is filled later
                assert got == expected, (code, message.source, n)
            continue
        got = translator.translate(message.context, message.source, message.comment or None)
        assert got == message.forms[0], (code, message.context, message.source)


def test_english_plural_forms_are_complete() -> None:
    path = catalogue_path("en")
    messages = list(TsFile(path).messages())
    assert messages
    for message in messages:
        assert message.numerus and not message.state
        assert len(message.forms) == 2 and all(message.forms)


@pytest.mark.parametrize("code", OFFERED)
def test_checklist_screens_show_the_template_in_the_language(code: str) -> None:
    """The checklist runner's view of the sample: the language's words, Cyrillic from Latin."""
    definition = sample_data()
    view = template_view(definition, code)
    assert view.domains and view.protective and view.non_indicators
    english = template_view(definition, "en")
    assert view.domains[0].title != english.domains[0].title
    assert view.domains[0].items[0].label == pick(
        definition["domains"][0]["items"][0]["label"], code
    )
    assert view.non_indicators != english.non_indicators
    if code == "sr_Cyrl":
        assert view.domains[0].title == to_cyrillic(
            template_view(definition, "sr_Latn").domains[0].title
        )
