"""The languages radprev knows, declared once: codes, names, formats, alphabets, plural rules.

Screens, reports, the command line, templates and the user guide all ask here.
A language is *declared* when its catalogues may exist and *offered* when they
are complete (tests/unit/test_catalogues.py holds every offered language to
that). An unknown or incomplete language is refused with the list of offered
ones — never a silent fall back to English.

Serbian Cyrillic is never translated by hand: its catalogues are generated from
Serbian Latin (core/transliteration.py). `pseudo` is the pseudo-localisation of
English (core/pseudo.py): accepted everywhere for testing, listed nowhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from radprev_desktop.core.errors import LanguageNotAvailable
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text

SOURCE = "en"
PSEUDO = "pseudo"

PluralRule = Callable[[int], int]


def _english(n: int) -> int:
    return 0 if n == 1 else 1


def _polish(n: int) -> int:
    if n == 1:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19 else 2


def _croatian(n: int) -> int:
    # Qt's rule for Serbian, Croatian, Bosnian and Montenegrin (one, few, other).
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19 else 2


def _macedonian(n: int) -> int:
    # Qt's rule for Macedonian: ends in 1, ends in 2, other.
    if n % 10 == 1:
        return 0
    return 1 if n % 10 == 2 else 2


@dataclass(frozen=True)
class Language:
    """One language as every part of radprev needs it."""

    code: str  # the catalogue code: radprev_<code>.ts, guide/<code>/guide.html
    native_name: str  # how its speakers call it (shown untranslated in language lists)
    qt_locale: str  # QLocale / QCollator name (dates, numbers, sorting in the GUI)
    ts_language: str  # the `language` attribute of its .ts file (Qt's plural rules)
    template_tags: tuple[str, ...]  # the keys templates use for it, best first
    date: str  # Qt date pattern, shared by screens and PDFs
    datetime: str
    decimal: str
    group: str  # thousands separator
    alphabet: str  # collation order, letters separated by spaces (digraphs are letters)
    plural: PluralRule
    safeguard_list: str  # whose sensitive-term list it reads with (resources/safeguards/<code>/)
    derived_from: str | None = None  # generated from that language's catalogues, never edited
    hidden: bool = False  # accepted when asked for, never listed (pseudo-localisation)

    @property
    def plural_forms(self) -> int:
        """How many plural forms the catalogue holds (Qt's rules)."""
        return len({self.plural(n) for n in range(0, 200)})


_LATIN_SR = "a b c č ć d dž đ e f g h i j k l lj m n nj o p q r s š t u v w x y z ž"
_CYRILLIC_SR = "а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш"
_ISO = ("yyyy-MM-dd", "yyyy-MM-dd HH:mm")
_DOTTED = ("dd.MM.yyyy.", "dd.MM.yyyy. HH:mm")  # Serbian, Bosnian, Croatian, Montenegrin
_PLAIN_DOTTED = ("dd.MM.yyyy", "dd.MM.yyyy HH:mm")  # Albanian, Macedonian

LANGUAGES: tuple[Language, ...] = (
    Language(
        "en",
        "English",
        "en_GB",
        "en",
        ("en",),
        *_ISO,
        ".",
        ",",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        _english,
        "en",
    ),
    Language(
        "pl",
        "Polski",
        "pl_PL",
        "pl",
        ("pl",),
        *_ISO,
        ",",
        "\u00a0",
        "a ą b c ć d e ę f g h i j k l ł m n ń o ó p q r s ś t u v w x y z ź ż",
        _polish,
        "pl",
    ),
    Language(
        "sr_Latn",
        "Srpski (latinica)",
        "sr_Latn_RS",
        "sr_Latn_RS",
        ("sr-Latn", "sr"),
        *_DOTTED,
        ",",
        ".",
        _LATIN_SR,
        _croatian,
        "sr_Latn",
    ),
    Language(
        "sr_Cyrl",
        "Српски (ћирилица)",
        "sr_Cyrl_RS",
        "sr_Cyrl_RS",
        ("sr-Cyrl",),
        *_DOTTED,
        ",",
        ".",
        _CYRILLIC_SR,
        _croatian,
        "sr_Latn",
        derived_from="sr_Latn",
    ),
    Language(
        "bs",
        "Bosanski",
        "bs_Latn_BA",
        "bs",
        ("bs",),
        *_DOTTED,
        ",",
        ".",
        _LATIN_SR,
        _croatian,
        "bs",
    ),
    Language(
        "hr",
        "Hrvatski",
        "hr_HR",
        "hr",
        ("hr",),
        *_DOTTED,
        ",",
        ".",
        _LATIN_SR,
        _croatian,
        "hr",
    ),
    Language(
        "cnr",
        "Crnogorski",
        # Qt has no Montenegrin locale: Serbian Latin as used in Montenegro.
        "sr_Latn_ME",
        "sr_ME",
        ("cnr",),
        *_DOTTED,
        ",",
        ".",
        "a b c č ć d dž đ e f g h i j k l lj m n nj o p q r s š ś t u v w x y z ž ź",
        _croatian,
        "cnr",
    ),
    Language(
        "sq",
        "Shqip",
        "sq_AL",
        "sq",
        ("sq",),
        *_PLAIN_DOTTED,
        ",",
        "\u00a0",
        "a b c ç d dh e ë f g gj h i j k l ll m n nj o p q r rr s sh t th u v w x xh y z zh",
        _english,
        "sq",
    ),
    Language(
        "mk",
        "Македонски",
        "mk_MK",
        "mk",
        ("mk",),
        *_PLAIN_DOTTED,
        ",",
        ".",
        "а б в г д ѓ е ж з ѕ и ј к л љ м н њ о п р с т ќ у ф х ц ч џ ш",
        _macedonian,
        "mk",
    ),
    Language(
        PSEUDO,
        "[Ƥšéûðö]",
        "en_GB",
        "en",
        ("en",),
        *_ISO,
        ".",
        ",",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        _english,
        "en",
        derived_from="en",
        hidden=True,
    ),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}

#: The languages whose catalogues (UI, reports, command line, errors, sample template,
#: training scenarios and word lists, sensitive-term list, user guide) are complete: the
#: only ones a user is offered. A translator uncomments their own line once
#: `scripts/catalogue.py check CODE` passes (one line each, with a comment line between,
#: so two translators' lands never touch the same lines).
OFFERED: tuple[str, ...] = (
    "en",
    "pl",
    "sr_Latn",
    "sr_Cyrl",
    # Bosnian (tr_hrbs):
    "bs",
    # Croatian (tr_hrbs):
    "hr",
    # Montenegrin (tr_cnrmk):
    "cnr",
    # Albanian (languages):
    "sq",
    # Macedonian (tr_cnrmk):
    "mk",
    # end of the list
)

#: Hidden languages accepted on request (tests, translators' previews).
ACCEPTED: tuple[str, ...] = (*OFFERED, PSEUDO)

_ALIASES = {
    "sr": "sr_Latn",
    "sr_latn": "sr_Latn",
    "sr_latn_rs": "sr_Latn",
    "sr_rs": "sr_Latn",
    "sr_cyrl": "sr_Cyrl",
    "sr_cyrl_rs": "sr_Cyrl",
    "sr_me": "cnr",
    "sr_latn_me": "cnr",
    "cnr_me": "cnr",
    "bs_ba": "bs",
    "bs_latn": "bs",
    "bs_latn_ba": "bs",
    "hr_hr": "hr",
    "sq_al": "sq",
    "sq_xk": "sq",
    "mk_mk": "mk",
    "pl_pl": "pl",
    "en_gb": "en",
    "en_us": "en",
}


def canonical(code: str) -> str | None:
    """The declared code for a tag as people write it ('sr-Latn', 'sr_RS', 'PL'), or None."""
    tag = code.strip().replace("-", "_")
    if tag in BY_CODE:
        return tag
    lowered = tag.lower()
    for known in BY_CODE:
        if known.lower() == lowered:
            return known
    return _ALIASES.get(lowered)


def offered() -> tuple[Language, ...]:
    """The languages a user may choose, in the order lists show them."""
    return tuple(BY_CODE[code] for code in OFFERED)


def available_list() -> str:
    """'en (English), pl (Polski), …' — what a refusal lists."""
    return ", ".join(f"{lang.code} ({lang.native_name})" for lang in offered())


def require(code: str | None) -> Language:
    """The language `code` names, or LanguageNotAvailable listing the offered ones.

    A declared language whose catalogues are not complete yet is refused like an
    unknown one: a half-translated report must not be printed.
    """
    tag = canonical(code or "")
    if tag is None:
        raise LanguageNotAvailable(
            QT_TRANSLATE_NOOP("errors", "There is no language %1. Available: %2."),
            (code or "").strip() or "''",
            available_list(),
            field="language",
        )
    if tag not in ACCEPTED:
        raise LanguageNotAvailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The translation into %1 is not complete yet, so it cannot be used. Available: %2.",
            ),
            BY_CODE[tag].native_name,
            available_list(),
            field="language",
        )
    return BY_CODE[tag]


def is_available(code: str | None) -> bool:
    """Whether `code` names a language that may be used (offered or hidden)."""
    tag = canonical(code or "")
    return tag is not None and tag in ACCEPTED


def refusal(code: str) -> Text | None:
    """Why `code` cannot be used (None when it can)."""
    try:
        require(code)
    except LanguageNotAvailable as exc:
        return exc.text
    return None
