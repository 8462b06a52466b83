"""How names and free text are folded for searching: one form for every script and spelling.

Text is case-folded, diacritics are removed, letters that Unicode does not
decompose are mapped by hand (ł→l, đ→d, ø→o, ß→ss …) and Serbian, Macedonian
(and Russian/Ukrainian) Cyrillic is read as Latin. The Macedonian letters follow
the Serbian ones they correspond to (ќ as ћ/ć, ѓ as ђ/đ, џ as dž, љ as lj, њ as
nj, ј as j), so "petrovic" finds "Petrović", "Петровић" and "Петровиќ" alike.
Names are also indexed under the spellings officers type without the letters:
English style (Djordjevic, Petrovich), Macedonian Latin (Gjorgjiev, Petrovikj) and
Albanian (Gjorgjeviq, Petroviq, Xhaferović → Xhaferoviq).

Pure Python, importing nothing of the project: the services index with it and the
schema migration that re-folds stored text (core/vault/search_refold.py) uses the
same functions. FOLDING_VERSION says which folding the stored keys were made with.
"""

from __future__ import annotations

import re
import unicodedata

#: Bumped whenever the folding of stored text changes (a migration then re-folds it).
FOLDING_VERSION = 2

_LETTERS = {
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ø": "o",
    "Ø": "o",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ß": "ss",
    "ı": "i",
    "ħ": "h",
    "Ħ": "h",
    "þ": "th",
    "Þ": "th",
    "ð": "d",
    "Ð": "d",
    "ŀ": "l",
    "Ŀ": "l",
}
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "ђ": "d",
    "ѓ": "d",  # Macedonian ѓ is Serbian ђ/đ: "Ѓорѓиев" folds like "Đorđev"
    "е": "e",
    "ё": "e",
    "є": "je",
    "ж": "z",
    "з": "z",
    "ѕ": "dz",
    "и": "i",
    "і": "i",
    "ї": "ji",
    "й": "j",
    "ј": "j",
    "к": "k",
    "ќ": "c",  # Macedonian ќ is Serbian ћ/ć: "Петровиќ" folds like "Petrović"
    "л": "l",
    "љ": "lj",
    "м": "m",
    "н": "n",
    "њ": "nj",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "ћ": "c",
    "у": "u",
    "ў": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "c",
    "џ": "dz",
    "ш": "s",
    "щ": "sc",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "ju",
    "я": "ja",
    "ґ": "g",
}
_TABLE = str.maketrans({**_LETTERS, **_CYRILLIC})
_WORD = re.compile(r"\w+")


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.translate(_TABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _FoldedChars(dict[int, str]):
    """Code point → its folded text, worked out on first use (a `str.translate` table)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDED_CHARS = _FoldedChars()


def fold(text: str) -> str:
    """Text as it is indexed and searched: lower case, Latin letters, no diacritics.

    Folded per character through a table filled on first use (the same result as
    folding the whole string, since combining marks are dropped anyway), in one
    `str.translate`: import and indexing call this for every field, so it must be
    cheap. ASCII text only needs lower-casing.
    """
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFC", text).casefold().translate(_FOLDED_CHARS)


def fold_key(text: str) -> str:
    """A folded comparison key: words only, single spaces (for names)."""
    return " ".join(_WORD.findall(fold(text)))


def prison_number_key(number: str) -> str:
    """A prison number as compared: folded, without spaces, dashes, dots or slashes."""
    return "".join(_WORD.findall(fold(number))).replace("_", "")


#: Other spellings of South Slavic letters a name is also found under: English style
#: ("Djordjevic", "Petrovich", "Zhivkovich"), Macedonian Latin ("Gjorgjiev", "Petrovikj")
#: and Albanian ("Gjorgjeviq", "Petroviq", "Xhemail"). The Macedonian and Serbian
#: letters that sound alike get the same spellings.
_ALTERNATIVES = (
    str.maketrans(
        {
            "đ": "dj", "ђ": "dj", "ѓ": "dj", "ć": "ch", "ћ": "ch", "ќ": "ch", "č": "ch",
            "ч": "ch", "š": "sh", "ш": "sh", "ž": "zh", "ж": "zh", "џ": "dzh", "ǆ": "dzh",
        }
    ),
    str.maketrans({"đ": "gj", "ђ": "gj", "ѓ": "gj", "ć": "kj", "ћ": "kj", "ќ": "kj"}),
    str.maketrans(
        {
            "đ": "gj", "ђ": "gj", "ѓ": "gj", "ć": "q", "ћ": "q", "ќ": "q", "č": "ç", "ч": "ç",
            "š": "sh", "ш": "sh", "ž": "zh", "ж": "zh", "џ": "xh", "ǆ": "xh",
        }
    ),
)  # fmt: skip
_DZ = re.compile("d[žж]")  # the Latin digraph dž is one letter, like џ


def name_variants(text: str) -> str:
    """Folded names plus their other spellings (words that have đ, ć, č, š, ž and kin).

    So "djordjevic", "gjorgjevic" and "dordevic" find "Đorđević", and "petrovich",
    "petrovikj" and "petroviq" find "Петровић" and "Петровиќ". Only names get the
    extra words (free text is folded once).
    """
    folded = fold(text)
    extra: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFC", text).casefold()):
        plain = fold(word)
        joined = _DZ.sub("ǆ", word)
        for table in _ALTERNATIVES:
            alternative = fold(joined.translate(table))
            if alternative != plain and alternative not in extra:
                extra.append(alternative)
    return " ".join([folded, *extra])


def subject_text(family_name: str, given_names: str) -> str:
    """The folded names of a subject as indexed (with alternative spellings)."""
    return name_variants(f"{family_name} {given_names}")


def observation_subject_text(family_name: str, given_names: str, prison_number: str) -> str:
    """The subject column of an observation's index row."""
    return f"{name_variants(f'{family_name} {given_names}')} {fold(prison_number)}"
