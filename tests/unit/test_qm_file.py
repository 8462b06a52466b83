"""Core reads the compiled catalogues (.qm) the installed application carries (issue 9).

The `.ts` files are the translators' sources and are not installed; these tests
hold the pure-Python `.qm` reader to them: every language's compiled catalogue
gives exactly the `.ts` translations, and a damaged or missing one is refused
with a message fit to show, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core import i18n, languages
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.i18n import catalogue_path, compiled_path, load_ts, translator
from radprev_desktop.core.qm_file import MAGIC, QmDamaged, load_qm

CODES = [code for code in languages.ACCEPTED if code != languages.SOURCE]


@pytest.mark.parametrize("code", CODES)
def test_compiled_catalogue_holds_every_translation_of_its_source(code: str) -> None:
    """Same messages, same translations (plural forms included) as the `.ts` says.

    lrelease leaves out a disambiguation no other message needs; the translator
    then finds the message without it, as Qt does (Translator.lookup).
    """
    source = load_ts(catalogue_path(code))
    compiled = load_qm(compiled_path(code))
    assert len(source) > 1000
    assert len(compiled) == len(source), "the .qm is stale: run scripts/catalogue.py update"
    for (context, text, comment), translation in source.items():
        found = compiled.get((context, text, comment), compiled.get((context, text, "")))
        assert found == translation, (context, text, comment)
    assert any(isinstance(t, tuple) for t in compiled.values()), "no plural forms read"


def test_a_message_whose_disambiguation_lrelease_dropped_is_still_translated() -> None:
    polish = translator("pl", "cli")
    assert polish.lookup("cli", "Awaiting receipt: %1", ", ") != "Awaiting receipt: %1"
    assert polish.lookup("cli", "Awaiting receipt: %1", ", ") == polish.lookup(
        "cli", "Awaiting receipt: %1"
    )


def test_core_translates_from_the_compiled_catalogue_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With only the .qm beside it (as installed), core still speaks Polish."""
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "radprev_pl.qm").write_bytes(compiled_path("pl").read_bytes())
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert not i18n.catalogue_path("pl").exists()
    polish = translator("pl", "reports")
    assert polish.tr("Page %1 of %2", 3, 9) == "Strona 3 z 9"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"not a catalogue",
        lambda data: data[: len(data) // 2],
        lambda data: MAGIC + b"\x69\x00\x00\x00\x10" + b"\x07\xff" * 8,
    ],
    ids=["not-qm", "cut-short", "bad-field"],
)
def test_a_damaged_compiled_catalogue_is_refused_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    broken = folder / "radprev_pl.qm"
    broken.write_bytes(damage(compiled_path("pl").read_bytes()))  # type: ignore[operator]
    with pytest.raises(QmDamaged):
        load_qm(broken)
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(RadprevError) as caught:
        translator("pl")
    assert "radprev_pl.qm is damaged" in str(caught.value.text)


def test_a_missing_compiled_catalogue_is_refused_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(RadprevError) as caught:
        translator("pl")
    assert "radprev_pl.qm is missing" in str(caught.value.text)
