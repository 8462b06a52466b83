"""Serbian Latin → Cyrillic: names, digraphs and foreign spellings, on the shipped training texts too."""

from __future__ import annotations

import re

import pytest

from radprev_desktop.core.training import library
from radprev_desktop.core.transliteration import to_cyrillic, to_latin

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Đorđević", "Ђорђевић"),
        ("Njegoš", "Његош"),
        ("Ljubljana LJUBLJANA", "Љубљана ЉУБЉАНА"),
        ("nadživeti", "надживети"),  # d + ž across a prefix, not џ
        ("injekcija", "инјекција"),
        ("Windows", "Windows"),
        # A Latin letter Serbian lacks keeps the whole word Latin: never "Зиелиńски".
        ("Marek Zieliński", "Марек Zieliński"),
        ("Attila Szabó, Szabóovi", "Аттила Szabó, Szabóovi"),
        ("Emre Aydın", "Емре Aydın"),
        ("Ryszard Zając", "Ryszard Zając"),
        ("Pjetër Gjokaj", "Pjetër Gjokaj"),
        # A grading code in parentheses is the screens' Latin code; a wing letter or an
        # initial is a letter of the text (Latin H would read as Cyrillic N).
        ("ocena (A) ili (B), inače (C); (P)", "оцена (A) или (B), иначе (C); (P)"),
        ("Paviljon C, Adnan H.", "Павиљон Ц, Аднан Х."),
        # Albanian spellings whose letters would read wrongly one by one (Схала).
        ("Besnik Shala, Besnika Shalu", "Бесник Shala, Бесника Shalu"),
        # File names stay as the folder shows them (the login's warning read "ваулт.анцхор").
        ("datoteka vault.anchor i vault.keys", "датотека vault.anchor и vault.keys"),
    ],
)
def test_names_and_words(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic
    assert to_latin(cyrillic) == latin


def _mixed_words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text) if _CYRILLIC.search(w) and _LATIN.search(w)]


def test_cyrillic_training_texts_never_mix_scripts_in_a_word() -> None:
    """Every Serbian Cyrillic scenario text is whole words of one script, and reads back as the Latin."""
    scenarios = library.shipped_library().in_language("sr_Cyrl")
    assert len(scenarios) == len(library.shipped_library().scenarios)
    checked = 0
    for scenario in scenarios:
        for text in (scenario.vignette, scenario.model.facts, scenario.model.assessment):
            cyrillic = scenario.text(text, "sr_Cyrl")
            assert _CYRILLIC.search(cyrillic), scenario.code
            assert _mixed_words(cyrillic) == [], scenario.code
            assert to_latin(cyrillic) == scenario.text(text, "sr_Latn"), scenario.code
            checked += 1
    assert checked == 3 * len(scenarios)
