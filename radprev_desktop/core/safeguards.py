"""Bias safeguards for free text: the sensitive-term nudge and the non-indicators banner.

Officers describe behaviour; words about religion, ethnicity, nationality or
politics are rarely needed for that and are the usual route by which prejudice
enters a record. The GUI uses `sensitive_terms` to ask gently "is this necessary
to describe the behaviour?" — it never blocks: quoting what a person said can be
exactly the behaviour that matters. The template validator uses the same word
lists (religion and ethnicity/nationality only) to refuse checklist items about a
person's identity as such.

Matching works on stems, ignores case and diacritics, and reads Serbian and
Macedonian Cyrillic through a Latin transliteration, so one list covers both
scripts. The lists are deliberately short and plain; a false alarm costs one
click, a missed word costs nothing worse than today's paper form.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from radprev_desktop.core import languages
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Source


class Category(StrEnum):
    """What a sensitive word is about."""

    RELIGION = "religion"
    ETHNICITY = "ethnicity"  # includes nationality and "race"
    POLITICS = "politics"


TERMS_FILE = ("safeguards", "sensitive-terms.json")
SOURCE = "en"

# Cyrillic → Latin (Serbian and Macedonian letters), applied after lower-casing.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "ѓ": "g", "е": "e",
    "ж": "z", "з": "z", "ѕ": "dz", "и": "i", "ј": "j", "к": "k", "ќ": "k", "л": "l",
    "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz",
    "ш": "s", "й": "j", "ы": "y", "э": "e", "ю": "ju", "я": "ja", "ь": "", "ъ": "",
    "щ": "sc", "ё": "e", "і": "i", "ї": "i", "є": "e",
}  # fmt: skip
# Letters NFKD does not decompose.
_LATIN_EXTRA = {"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i"}

# Word lists: resources/safeguards/sensitive-terms.json (English) and
# resources/safeguards/<code>/sensitive-terms.json (one per language, the same
# three lists). "stem*" matches any word starting with the stem; a bare word
# matches only itself (short words that would otherwise match too much).


def _read_lists(path: Path) -> dict[Category, tuple[str, ...]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path.name} is not a JSON object")
    lists: dict[Category, tuple[str, ...]] = {}
    for category in Category:
        words = data.get(category.value)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
            raise ValueError(f"{path.parent.name}/{path.name}: {category.value} is not a word list")
        lists[category] = tuple(words)
    return lists


def terms_path(code: str) -> Path:
    """The sensitive-term file of a language code ('en' is the source file)."""
    source = resource_path(*TERMS_FILE)
    return source if code == SOURCE else source.parent / code / source.name


@lru_cache(maxsize=1)
def _terms() -> dict[str, dict[Category, tuple[str, ...]]]:
    """Every language's lists, read once (English and each `<code>/` folder)."""
    found = {SOURCE: _read_lists(terms_path(SOURCE))}
    for folder in sorted(p for p in terms_path(SOURCE).parent.iterdir() if p.is_dir()):
        path = folder / TERMS_FILE[1]
        if path.is_file():
            found[folder.name] = _read_lists(path)
    return found


def term_lists() -> tuple[str, ...]:
    """The language codes that have a sensitive-term list."""
    return tuple(_terms())


@dataclass(frozen=True)
class SensitiveMatch:
    """One word of the text that touches a sensitive category."""

    word: str  # as written in the text
    category: Category
    start: int  # character offsets in the original text, for highlighting
    end: int


def fold(text: str) -> str:
    """Lower-case, drop diacritics and transliterate Cyrillic: the form terms are matched in.

    Runs for every word a template check or the typing nudge reads: lower-cased ASCII is
    already folded, and other letters are folded once each (`_fold_letter`).
    """
    lowered = text.casefold()
    if lowered.isascii():
        return lowered
    return "".join([_fold_letter(ch) for ch in lowered])


@lru_cache(maxsize=4096)
def _fold_letter(ch: str) -> str:
    """One lower-cased letter in folded form (Cyrillic transliterated, diacritics dropped)."""
    if ch in _CYRILLIC:
        return _CYRILLIC[ch]
    if ch in _LATIN_EXTRA:
        return _LATIN_EXTRA[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Lexicon:
    stems: dict[str, tuple[tuple[str, Category], ...]]  # by their first 3 letters
    words: dict[str, Category]


def _build(languages: tuple[str, ...]) -> _Lexicon:
    stems: list[tuple[str, Category]] = []
    words: dict[str, Category] = {}
    for lang in languages:
        for category, terms in _terms()[lang].items():
            for term in terms:
                term = fold(term)
                if term.endswith("*"):
                    stems.append((term[:-1], category))
                else:
                    words.setdefault(term, category)
    stems.sort(key=lambda s: -len(s[0]))
    by_prefix: dict[str, list[tuple[str, Category]]] = {}
    for stem, category in stems:
        if len(stem) < _PREFIX:
            raise ValueError(f"stem {stem!r} is shorter than {_PREFIX} letters")
        by_prefix.setdefault(stem[:_PREFIX], []).append((stem, category))
    return _Lexicon({k: tuple(v) for k, v in by_prefix.items()}, words)


_CACHE: dict[tuple[str, ...], _Lexicon] = {}
_PREFIX = 3  # stems are indexed by their first letters; every stem is at least this long
_WORD = re.compile(r"\w+(?:-\w+)*")


def list_for(tag: str) -> str:
    """The code of the word list a language tag reads with ('sr-Cyrl' -> 'sr_Latn'); ValueError if none."""
    code = languages.canonical(tag) or tag.strip()
    spec = languages.BY_CODE.get(code)
    if spec is not None and spec.derived_from:
        code = spec.derived_from
    if code not in _terms():
        raise ValueError(f"No sensitive-term list for language {tag!r}.")
    return code


def normalise_languages(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Map language tags onto the word lists; ValueError for a language we have no list for."""
    result: list[str] = []
    for tag in tags:
        key = list_for(tag)
        if key not in result:
            result.append(key)
    return tuple(result)


def _lexicon(languages: tuple[str, ...]) -> _Lexicon:
    key = normalise_languages(languages)
    if key not in _CACHE:
        _CACHE[key] = _build(key)
    return _CACHE[key]


def _classify(folded: str, lexicon: _Lexicon) -> Category | None:
    if folded in lexicon.words:
        return lexicon.words[folded]
    for stem, category in lexicon.stems.get(folded[:_PREFIX], ()):
        if folded.startswith(stem):
            return category
    return None


def sensitive_matches(
    text: str,
    tags: tuple[str, ...] | list[str] | None = None,
    categories: frozenset[Category] | None = None,
) -> list[SensitiveMatch]:
    """Every word of `text` about religion, ethnicity/nationality or politics, in order.

    `tags` chooses the languages' lists; None reads with every list there is.
    """
    lexicon = _lexicon(tuple(tags) if tags is not None else term_lists())
    found: list[SensitiveMatch] = []
    for match in _WORD.finditer(text):
        token = match.group(0)
        # "far-right" is listed whole; "neo-nazi" is caught by its parts.
        parts = [token, *token.split("-")] if "-" in token else [token]
        for part in parts:
            category = _classify(fold(part), lexicon)
            if category is not None and (categories is None or category in categories):
                found.append(SensitiveMatch(token, category, match.start(), match.end()))
                break
    return found


def sensitive_terms(text: str, tags: tuple[str, ...] | list[str] | None = None) -> list[str]:
    """The sensitive words of `text` as written, each once, in order of appearance.

    An empty list means no nudge. The GUI asks "Is this necessary to describe the
    behaviour?" and lets the officer keep the text unchanged.
    """
    seen: list[str] = []
    for m in sensitive_matches(text, tags):
        if m.word not in seen:
            seen.append(m.word)
    return seen


#: The gentle question (context "safeguards" of the catalogues).
NUDGE = QT_TRANSLATE_NOOP("safeguards", "Is this necessary to describe the behaviour?")

#: Shown when no template is installed yet (and the reference wording); translated
#: through the catalogues (context "safeguards").
NON_INDICATORS: tuple[Source, ...] = (
    QT_TRANSLATE_NOOP("safeguards", "Religious conversion or a change to a different faith"),
    QT_TRANSLATE_NOOP("safeguards", "More religious practice, prayer or attendance at worship"),
    QT_TRANSLATE_NOOP("safeguards", "Fasting, diet or food rules"),
    QT_TRANSLATE_NOOP("safeguards", "A beard, head covering or style of dress"),
    QT_TRANSLATE_NOOP("safeguards", "Having religious books or objects"),
    QT_TRANSLATE_NOOP("safeguards", "The language a person speaks"),
    QT_TRANSLATE_NOOP("safeguards", "Nationality, ethnicity or skin colour"),
    QT_TRANSLATE_NOOP("safeguards", "Lawful political opinions that do not advocate violence"),
    QT_TRANSLATE_NOOP(
        "safeguards",
        "Prayer, alone or with others, religious teaching, worship or contact with a chaplain "
        "or imam",
    ),
)


# --- the same safeguards on every form (issue #14) --------------------------------------------


@dataclass(frozen=True)
class SensitiveFinding:
    """A free-text field whose words touch religion, ethnicity or politics."""

    field: str
    categories: tuple[Category, ...]
    words: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "field": self.field,
            "categories": [c.value for c in self.categories],
            "words": list(self.words),
        }


def sensitive_findings(texts: dict[str, str]) -> list[SensitiveFinding]:
    """Per free-text field (in the order given): the sensitive words it holds, if any.

    Every form runs it over every free-text field — facts, assessment, other
    explanations, indicator evidence, protective factors, notes, summaries — and
    asks "is this necessary to describe the behaviour?" before a record is sealed.
    """
    found: list[SensitiveFinding] = []
    for field_name, text in texts.items():
        matches = sensitive_matches(text or "")
        if not matches:
            continue
        categories = tuple(dict.fromkeys(m.category for m in matches))
        words = tuple(dict.fromkeys(m.word for m in matches))
        found.append(SensitiveFinding(field_name, categories, words[:12]))
    return found


def unconfirmed(
    findings: list[SensitiveFinding], confirmed_before: tuple[object, ...] = ()
) -> list[SensitiveFinding]:
    """The findings not already answered "necessary" for an earlier version of the record.

    An amendment that keeps words the writer confirmed before is not asked again;
    a new word, or a word in another field, is.
    """
    before = {
        (f.field, w) for f in confirmed_before if isinstance(f, SensitiveFinding) for w in f.words
    }
    return [f for f in findings if any((f.field, w) not in before for w in f.words)]


def findings_from_json(raw: object) -> tuple[SensitiveFinding, ...]:
    """Stored findings (a sealed record's `sensitive_terms`) back as values."""
    out: list[SensitiveFinding] = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        categories = tuple(
            Category(c) for c in item.get("categories", []) if c in Category._value2member_map_
        )
        out.append(
            SensitiveFinding(
                str(item.get("field", "")), categories, tuple(str(w) for w in item.get("words", []))
            )
        )
    return tuple(out)


#: Stand-ins for evidence, not evidence (compared folded, without end punctuation).
_PLACEHOLDER_TEXTS = (
    "see the facts", "see facts", "see above", "as above", "see description", "see text",
    "see report", "see observation", "as described", "ditto", "idem", "same", "same as above",
    "n/a", "na", "none", "-", "x", "?", "tbc", "todo", "evidence",
    "patrz fakty", "patrz wyżej", "jak wyżej", "jw", "j.w", "j w", "jak powyżej",
    "vidi gore", "isto", "kao gore", "vidi činjenice", "види горе", "исто",
    "shih më lart", "shih faktet", "njësoj", "види погоре", "исто како погоре",
)  # fmt: skip
PLACEHOLDER_EVIDENCE = frozenset(fold(text) for text in _PLACEHOLDER_TEXTS)
#: The fewest words an example in the officer's own words can have.
MIN_EVIDENCE_WORDS = 3


def evidence_problem(evidence: str, item_texts: tuple[str, ...] = ()) -> str | None:
    """Why an indicator's evidence is not a concrete example in the officer's own words.

    None when it is. Refused: a placeholder ("see the facts", "as above"), fewer
    than three words, or the item's own wording copied back (the label says what
    to look for; the evidence says what was seen).
    """
    text = " ".join(evidence.split())
    folded = fold(text).strip(" .,:;!-")
    if not folded or folded in PLACEHOLDER_EVIDENCE:
        return "placeholder"
    if len(_WORD.findall(text)) < MIN_EVIDENCE_WORDS:
        return "too_short"
    for item_text in item_texts:
        label = fold(" ".join(item_text.split())).strip(" .,:;!-")
        if label and (folded == label or (len(folded) > 20 and folded in label)):
            return "copied_label"
    return None
