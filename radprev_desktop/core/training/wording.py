"""The word lists exercise feedback reads answers with (resources/training/wording.json).

The English lists are in wording.json; each other language's in
`resources/training/<code>/wording.json` (the same keys and group names).

A term is one or more words; `stem*` matches any word that starts with the stem,
a bare word only itself. Text is compared folded (lower case, no diacritics,
Cyrillic read as Latin: `safeguards.fold`), so one list serves every script of
a language. Quoted speech is a fact about what someone said: assessment words
inside quotation marks are never held against the trainee.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from radprev_desktop.core import language_files
from radprev_desktop.core import languages as language_table
from radprev_desktop.core.errors import TrainingDataInvalid
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.safeguards import fold

FORMAT = "radprev-training-wording"
_WORD = re.compile(r"\w+(?:[-']\w+)*")
# Quotation marks of the region's languages (English, Polish „…”, Balkan „…“, guillemets).
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”“]*”|„[^”“]*[”“]|«[^»]*»|»[^«]*«|‘[^’]*’|‚[^‘’]*[‘’]")


@dataclass(frozen=True)
class Term:
    """One listed term: its words as written, and whether each is a stem."""

    text: str
    words: tuple[tuple[str, bool], ...]  # (folded word, is a stem)

    def matches_at(self, tokens: list[str], start: int) -> bool:
        if start + len(self.words) > len(tokens):
            return False
        for offset, (word, stem) in enumerate(self.words):
            token = tokens[start + offset]
            if not (token.startswith(word) if stem else token == word):
                return False
        return True


def parse_term(text: str) -> Term:
    """'appears to' → two words; 'radical*' → one stem."""
    words = []
    for raw in text.split():
        stem = raw.endswith("*")
        word = fold(raw.rstrip("*"))
        if not word:
            raise ValueError(f"empty word in term {text!r}")
        words.append((word, stem))
    if not words:
        raise ValueError("empty term")
    return Term(text, tuple(words))


def tokens(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return [fold(m.group(0)) for m in _WORD.finditer(text)]


def without_quotes(text: str) -> str:
    """`text` with quoted speech blanked out (each quote becomes a space)."""
    return _QUOTED.sub(" ", text)


@lru_cache(maxsize=256)
def _by_first_word(terms: tuple[Term, ...]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Where each term stands in `terms`, by its first word: bare words, and stems."""
    exact: dict[str, list[int]] = {}
    stems: dict[str, list[int]] = {}
    for index, term in enumerate(terms):
        word, stem = term.words[0]
        (stems if stem else exact).setdefault(word, []).append(index)
    return exact, stems


def find_terms(text: str, terms: tuple[Term, ...]) -> list[str]:
    """The words of `text` that match any term, as written in the text, each once, in order.

    At each word the terms are tried in their list's order and the first that matches
    wins, as before; only terms whose first word can match the word are tried (a
    training scenario's check tried every term at every word: ~1.5 s of CPU per library).
    """
    originals = [m.group(0) for m in _WORD.finditer(text)]
    folded = [fold(w) for w in originals]
    exact, stems = _by_first_word(terms)
    found: list[str] = []
    for i, token in enumerate(folded):
        candidates = list(exact.get(token, ()))
        for end in range(1, len(token) + 1):
            candidates.extend(stems.get(token[:end], ()))
        for index in sorted(candidates):
            term = terms[index]
            if term.matches_at(folded, i):
                phrase = " ".join(originals[i : i + len(term.words)])
                if phrase not in found:
                    found.append(phrase)
                break
    return found


def mentions(text: str, terms: tuple[Term, ...]) -> bool:
    """Whether `text` contains any of `terms`."""
    return bool(find_terms(text, terms))


@dataclass(frozen=True)
class Wording:
    """The lists for one language."""

    language: str
    assessment_words: tuple[Term, ...]
    alternative_signals: tuple[Term, ...]
    alternatives: dict[str, tuple[Term, ...]]
    context: dict[str, tuple[Term, ...]]
    protective: dict[str, tuple[Term, ...]]

    def assessment_words_in(self, text: str) -> list[str]:
        """Opinion words in a text meant for facts, leaving quoted speech aside."""
        return find_terms(without_quotes(text), self.assessment_words)


def _terms(raw: Any, where: str) -> tuple[Term, ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(t, str) for t in raw):
        raise ValueError(f"{where} is not a list of words")
    return tuple(parse_term(t) for t in raw)


def _groups(raw: Any, where: str) -> dict[str, tuple[Term, ...]]:
    if not isinstance(raw, dict) or not raw:
        raise ValueError(f"{where} is not an object")
    return {str(k): _terms(v, f"{where}.{k}") for k, v in raw.items()}


def parse_wording(data: Any) -> dict[str, Wording]:
    """Every language's lists; ValueError naming the broken part."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a training wording file")
    if data.get("format_version") != 1:
        raise ValueError("unknown wording format version")
    languages = data.get("languages")
    if not isinstance(languages, dict) or not languages:
        raise ValueError("no languages")
    out: dict[str, Wording] = {}
    for lang, block in languages.items():
        if not isinstance(block, dict):
            raise ValueError(f"{lang} is not an object")
        out[lang] = Wording(
            language=lang,
            assessment_words=_terms(block.get("assessment_words"), f"{lang}.assessment_words"),
            alternative_signals=_terms(
                block.get("alternative_signals"), f"{lang}.alternative_signals"
            ),
            alternatives=_groups(block.get("alternatives"), f"{lang}.alternatives"),
            context=_groups(block.get("context"), f"{lang}.context"),
            protective=_groups(block.get("protective"), f"{lang}.protective"),
        )
    return out


WORDING_FILE = ("training", "wording.json")
_BLOCK_KEYS = ("assessment_words", "alternative_signals", "alternatives", "context", "protective")
_GROUPED = ("alternatives", "context", "protective")


def _block_problems(block: Any, english: dict[str, Any]) -> list[str]:
    """What keeps a language's block from being used: missing lists or other group names."""
    if not isinstance(block, dict):
        return ["not an object"]
    found = [f"{key}: missing" for key in _BLOCK_KEYS if not block.get(key)]
    for key in _GROUPED:
        if isinstance(block.get(key), dict):
            missing = sorted(set(english[key]) - set(block[key]))
            extra = sorted(set(block[key]) - set(english[key]))
            found += [f"{key}.{name}: missing" for name in missing]
            found += [f"{key}.{name}: not in the English lists" for name in extra]
    try:
        parse_wording({"format": FORMAT, "format_version": 1, "languages": {"xx": block}})
    except ValueError as exc:
        found.append(str(exc))
    return found


def wording_data() -> tuple[dict[str, Any], dict[str, list[str]]]:
    """wording.json (English) with each language's `training/<code>/wording.json` put in.

    A language file that lacks a list, or names its groups differently from the
    English, is left out (the scenarios refer to the group names); the second
    value says why, per language code.
    """
    source = resource_path(*WORDING_FILE)
    data: dict[str, Any] = json.loads(source.read_text("utf-8"))
    english = data["languages"][language_files.SOURCE_TAG]
    problems: dict[str, list[str]] = {}
    for language in language_files.overlay_languages():
        block = language_files.read_overlay(source, language)
        if block is None:
            problems[language.code] = [f"no file training/{language.code}/{source.name}"]
            continue
        found = _block_problems(block, english)
        if found:
            problems[language.code] = found
        else:
            data["languages"][language.code] = block
    return data, problems


@lru_cache(maxsize=1)
def all_wording() -> dict[str, Wording]:
    """The shipped lists, read once; TrainingDataInvalid when the file is broken."""
    try:
        data, _ = wording_data()
        return parse_wording(data)
    except (OSError, ValueError, KeyError) as exc:
        raise TrainingDataInvalid([(WORDING_FILE[1], str(exc))]) from exc


def _list_language(language: str) -> str:
    """The language whose lists `language` reads with (Serbian Cyrillic reads Serbian Latin's)."""
    code = language_table.canonical(language) or language
    spec = language_table.BY_CODE.get(code)
    return spec.derived_from if spec is not None and spec.derived_from else code


def wording_for(language: str) -> Wording:
    """The lists of `language`; TrainingDataInvalid when the language has none (never English instead)."""
    lists = all_wording()
    code = _list_language(language)
    if code not in lists:
        raise TrainingDataInvalid(
            [("wording.json", f"no training word lists for the language {language!r}")]
        )
    return lists[code]


def wording_languages() -> tuple[str, ...]:
    """Languages the feedback can read answers in (generated ones with their source)."""
    codes = tuple(all_wording())
    derived = tuple(
        lang.code
        for lang in language_table.LANGUAGES
        if lang.derived_from in codes and not lang.hidden and lang.code not in codes
    )
    return codes + derived
