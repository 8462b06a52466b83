"""Every offered language is complete; incomplete ones are refused, never offered.

Parametrised over core/languages.py: adding Croatian later means filling its
catalogues (scripts/catalogue.py missing hr) and adding "hr" to OFFERED — these
tests then hold it to the same standard. A developer who adds a string makes the
catalogue test fail until the string is translated in every offered language.
"""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

from radprev_desktop.core import catalogue_status, languages
from radprev_desktop.core.errors import LanguageNotAvailable
from radprev_desktop.core.i18n import catalogue_path, translator
from radprev_desktop.core.pseudo import is_pseudo
from radprev_desktop.core.ts_file import TsFile, placeholders

PACKAGE = Path(__file__).resolve().parents[2] / "radprev_desktop"
OFFERED = [code for code in languages.OFFERED if code != languages.SOURCE]
NOT_OFFERED = [lang.code for lang in languages.LANGUAGES if lang.code not in languages.ACCEPTED]


@pytest.mark.parametrize("code", OFFERED)
def test_offered_language_catalogue_is_complete(code: str) -> None:
    """No unfinished or empty message, plural forms right, placeholders kept, not English."""
    language = languages.BY_CODE[code]
    messages = list(TsFile(catalogue_path(code)).messages())
    assert len(messages) > 1500
    assert catalogue_status.catalogue_problems(language) == []


@pytest.mark.parametrize("code", OFFERED)
def test_offered_language_has_template_guide_and_safeguards(code: str) -> None:
    assert catalogue_status.problems(code) == []


# Every declared language may be offered one day; the refusal is then shown on one taken out.
@pytest.mark.parametrize("code", NOT_OFFERED or ["mk"])
def test_incomplete_language_is_refused_with_the_offered_ones(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if code in languages.ACCEPTED:  # all are offered: withdraw this one for the test
        monkeypatch.setattr(languages, "OFFERED", tuple(c for c in languages.OFFERED if c != code))
        monkeypatch.setattr(languages, "ACCEPTED", (*languages.OFFERED, languages.PSEUDO))
    with pytest.raises(LanguageNotAvailable) as refused:
        translator(code)
    for offered in languages.offered():
        assert offered.native_name in str(refused.value)
    assert not languages.is_available(code)


def test_unknown_language_is_refused_never_english() -> None:
    for asked in ("xx", "de", "", "sr-Latn-XX"):
        with pytest.raises(LanguageNotAvailable, match="Available: en"):
            translator(asked or "??")


def test_every_declared_language_has_a_catalogue_with_every_message() -> None:
    """The not-yet-offered catalogues exist for translators and hold the same messages."""
    keys = {m.key for m in TsFile(catalogue_path("sr_Latn")).messages()}
    assert keys
    assert languages.LANGUAGES, "nothing to check"
    for language in languages.LANGUAGES:
        if language.code == languages.SOURCE:
            continue
        assert {m.key for m in TsFile(catalogue_path(language.code)).messages()} == keys


def test_pseudo_catalogue_translates_every_message() -> None:
    messages = list(TsFile(catalogue_path(languages.PSEUDO)).messages())
    assert messages
    for message in messages:
        assert not message.state, message.source
        assert message.forms, "nothing to check"
        for form in message.forms:
            assert placeholders(form) == placeholders(message.source)
            if any(c.isalpha() for c in message.source) and " " in message.source.strip():
                assert is_pseudo(form), (message.source, form)


def test_serbian_cyrillic_is_generated_from_latin() -> None:
    """sr_Cyrl is never edited by hand: it equals the transliteration of sr_Latn."""
    from radprev_desktop.core.transliteration import to_cyrillic

    latin = TsFile(catalogue_path("sr_Latn")).by_key()
    cyrillic = list(TsFile(catalogue_path("sr_Cyrl")).messages())
    assert cyrillic
    for message in cyrillic:
        source = latin[message.key]
        assert message.forms == [to_cyrillic(f) for f in source.forms], message.source


# --- every marked string reaches lupdate ------------------------------------------------


def _single_quoted_marks(path: Path) -> list[str]:
    """`reports.tr('…')`-style calls: lupdate reads only double-quoted strings."""
    found: list[str] = []
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline))
    for index, token in enumerate(tokens):
        if token.type != tokenize.NAME or token.string not in ("tr", "QT_TRANSLATE_NOOP"):
            continue
        nxt = tokens[index + 1 : index + 5]
        strings = [t for t in nxt if t.type == tokenize.STRING]
        if strings and strings[0].string.lstrip("rRbBuU").startswith("'"):
            found.append(f"{path.name}:{token.start[0]}")
    return found


def test_marked_strings_are_double_quoted_for_lupdate() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert files
    bad = [hit for path in files for hit in _single_quoted_marks(path)]
    assert bad == []


_ERRORS = {
    "AccountDisabled", "AuditChainBroken", "Conflict", "LanguageNotAvailable", "LoginDelayed",
    "NotFound", "PackageRejected", "PasswordChangeRequired", "PermissionDenied", "RadprevError",
    "ReportFontMissing", "StorageError", "ValidationError", "VaultBusy", "VaultDamaged",
    "VaultError", "VaultExists", "VaultNotFound", "VaultNotWritable", "VaultTooNew",
    "WeakPassword", "WrongPassword",
}  # fmt: skip


def test_errors_raised_in_core_and_cli_carry_a_marked_message() -> None:
    """A literal error message must be QT_TRANSLATE_NOOP("errors", …) so every language gets it."""
    unmarked: list[str] = []
    files = sorted((PACKAGE / "core").rglob("*.py")) + sorted((PACKAGE / "cli").rglob("*.py"))
    assert files
    for path in files:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in _ERRORS:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant | ast.JoinedStr | ast.BinOp):
                unmarked.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert unmarked == []
