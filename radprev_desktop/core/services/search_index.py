"""The full-text index: how text is folded, indexed and matched.

Text is folded by `fold()` before it is indexed or searched: case-folded,
diacritics removed, letters that Unicode does not decompose mapped by hand
(ł→l, đ→d, ø→o, ß→ss …) and Serbian/Macedonian (and Russian) Cyrillic
transliterated to Latin, so "Lukasz" finds "Łukasz", "dordevic" finds
"Đorđević" and "petrovic" finds "Петровић". The FTS5 tables
`observation_search` (rowid = observations.row_no, current versions only) and
`subject_search` (rowid = subjects.rowid) hold only folded text and are kept
up to date by the services that write the records (`index_*` below), inside
the same transaction. core/services/search.py asks them.
"""

from __future__ import annotations

import re
import unicodedata

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import SQLCIPHER, Dialect, terms

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
    "ѓ": "g",
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
    "ќ": "k",
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


_FOLDED_CHARS: dict[str, str] = {}


def _fold_char(char: str) -> str:
    folded = _FOLDED_CHARS.get(char)
    if folded is None:
        decomposed = unicodedata.normalize("NFKD", char.translate(_TABLE))
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        _FOLDED_CHARS[char] = folded
    return folded


def fold(text: str) -> str:
    """Text as it is indexed and searched: lower case, Latin letters, no diacritics.

    Folded per character with a cache (the same result as folding the whole string,
    since combining marks are dropped anyway): import and indexing call this for
    every field, so it must be cheap. ASCII text only needs lower-casing.
    """
    if text.isascii():
        return text.lower()
    return "".join([_fold_char(c) for c in unicodedata.normalize("NFC", text).casefold()])


def fold_key(text: str) -> str:
    """A folded comparison key: words only, single spaces (for names)."""
    return " ".join(_WORD.findall(fold(text)))


def prison_number_key(number: str) -> str:
    """A prison number as compared: folded, without spaces, dashes, dots or slashes."""
    return "".join(_WORD.findall(fold(number))).replace("_", "")


def match_query(query: str, dialect: Dialect = SQLCIPHER) -> str:
    """A match expression (FTS5 MATCH or tsquery): every word must occur as a prefix.

    The words are cut as the index cuts them (dialect.terms), so both stores
    look for the same words; operators typed by the user are ignored.
    """
    words = terms(fold(query))
    if not words:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Type at least one letter or digit to search for."),
            field="query",
        )
    return dialect.search_query(words)


# --- index maintenance (called by the services that own the rows) -------------


#: English-style spellings of South Slavic letters ("Djordjevic", "Petrovich", "Zhivkovich").
_ALTERNATIVE = str.maketrans(
    {
        "đ": "dj", "ђ": "dj", "ć": "ch", "č": "ch", "ћ": "ch", "ч": "ch", "š": "sh", "ш": "sh",
        "ž": "zh", "ж": "zh", "џ": "dzh", "ǆ": "dzh", "ѓ": "gj", "ќ": "kj",
    }
)  # fmt: skip


def name_variants(text: str) -> str:
    """Folded names plus the English-style spelling of words that have đ, ć, č, š, ž.

    So "djordjevic" finds "Đorđević" as "dordevic" does, and "petrovich" finds
    "Петровић". Only names get the extra words (free text is folded once).
    """
    folded = fold(text)
    extra = []
    for word in _WORD.findall(unicodedata.normalize("NFC", text).casefold()):
        alternative = fold(word.translate(_ALTERNATIVE))
        if alternative != fold(word):
            extra.append(alternative)
    return " ".join([folded, *extra])


def subject_text(family_name: str, given_names: str) -> str:
    """The folded names of a subject as indexed (with alternative spellings)."""
    return name_variants(f"{family_name} {given_names}")


def index_subject(
    con: Connection, rowid: int, family_name: str, given_names: str, prison_number: str
) -> None:
    """(Re)index a subject's names and prison number."""
    con.execute("DELETE FROM subject_search WHERE rowid = ?", (rowid,))
    con.execute(
        "INSERT INTO subject_search(rowid, names, prison_number) VALUES (?, ?, ?)",
        (rowid, subject_text(family_name, given_names), fold(prison_number)),
    )


def index_subjects(con: Connection, subjects: list[tuple[int, str, str, str]]) -> None:
    """Index new subjects at once: (rowid, family name, given names, prison number) each,
    as `index_subject` does for one (the rows must not be indexed yet)."""
    bulk.insert_rows(
        con,
        "subject_search",
        ("rowid", "names", "prison_number"),
        [(rowid, subject_text(f, g), fold(number)) for rowid, f, g, number in subjects],
    )


def unindex_subject(con: Connection, rowid: int) -> None:
    """Remove a subject from the search index."""
    con.execute("DELETE FROM subject_search WHERE rowid = ?", (rowid,))


def observation_subject_text(family_name: str, given_names: str, prison_number: str) -> str:
    """The subject column of an observation's index row."""
    return f"{name_variants(f'{family_name} {given_names}')} {fold(prison_number)}"


def index_observation(
    con: Connection, row_no: int, facts: str, assessment: str, subject: str
) -> None:
    """(Re)index one observation version; `subject` from observation_subject_text()."""
    con.execute("DELETE FROM observation_search WHERE rowid = ?", (row_no,))
    con.execute(
        "INSERT INTO observation_search(rowid, facts, assessment, subject) VALUES (?, ?, ?, ?)",
        (row_no, fold(facts), fold(assessment), subject),
    )


def index_observations(con: Connection, rows: list[tuple[int, str, str, str]]) -> None:
    """Index new observation versions at once: (row_no, facts, assessment, subject text)
    each, as `index_observation` does for one (the rows must not be indexed yet)."""
    bulk.insert_rows(
        con,
        "observation_search",
        ("rowid", "facts", "assessment", "subject"),
        [(row_no, fold(f), fold(a), subject) for row_no, f, a, subject in rows],
    )


def unindex_observation(con: Connection, row_no: int) -> None:
    """Remove one observation version from the index (older versions, erasure)."""
    con.execute("DELETE FROM observation_search WHERE rowid = ?", (row_no,))


def reindex_subject_observations(con: Connection, subject_id: str, subject: str) -> int:
    """After a subject's names change: update the subject column of their observations."""
    cur = con.execute(
        "UPDATE observation_search SET subject = ? WHERE rowid IN "
        "(SELECT row_no FROM observations WHERE subject_id = ? AND is_current = 1)",
        (subject, subject_id),
    )
    return int(cur.rowcount)
