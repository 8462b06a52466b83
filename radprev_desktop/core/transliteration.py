"""Serbian Latin ↔ Cyrillic: the rule set that generates the Cyrillic catalogues.

Serbian is written in both scripts with a one-to-one correspondence of letters,
so the Cyrillic catalogues, guide and template texts are generated from the
Latin ones and never edited by hand. Three things need care:

* **Digraphs that are not letters.** `lj`, `nj` and `dž` are usually one letter
  (љ, њ, џ), but not across a prefix or in some loanwords: *nadživeti*
  (над-живети), *injekcija* (инјекција), *konjunkcija*. `DIGRAPH_EXCEPTIONS`
  lists the stems where the pair is two letters.
* **What must stay Latin.** Placeholders (`%1`, `%n`, `{name}`), markup
  (`<b>`, `&amp;`), codes and file names (`A1.2`, `vault.db`, `--language`),
  a grade or handling code written in parentheses (`(B)`, `(P)`: the screens
  show the grading codes in Latin; a wing letter or an initial is converted),
  words with letters Serbian does not have (q, w, x, y, and any other Latin
  letter such as ś, ą, ó, ë, ı: *Windows*, *Zieliński*, *Szabó* — converting
  the rest of such a word would mix two scripts in it), and the foreign names
  and acronyms in `KEEP_LATIN` (PDF, USB, radprev, names spelt by another
  language's rules such as Albanian *Shala*…).
* **Case.** `Lj`/`LJ` → `Љ`; back to Latin, `Љ` is `LJ` inside a word in
  capitals and `Lj` otherwise, so a round trip gives the text back.

`to_cyrillic(to_latin(x)) == x` and `to_latin(to_cyrillic(x)) == x` hold for
the catalogues (tests/unit/test_transliteration.py checks every message).
"""

from __future__ import annotations

import re
import unicodedata

_LOWER = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е",
    "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м",
    "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у",
    "v": "в", "z": "з", "ž": "ж",
}  # fmt: skip
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}

LATIN_TO_CYRILLIC: dict[str, str] = {}
for _lat, _cyr in [*_LOWER.items(), *_DIGRAPHS.items()]:
    LATIN_TO_CYRILLIC[_lat] = _cyr
    LATIN_TO_CYRILLIC[_lat[0].upper() + _lat[1:]] = _cyr.upper()
    LATIN_TO_CYRILLIC[_lat.upper()] = _cyr.upper()

CYRILLIC_TO_LATIN: dict[str, str] = {}
for _lat, _cyr in [*_LOWER.items(), *_DIGRAPHS.items()]:
    CYRILLIC_TO_LATIN[_cyr] = _lat
    CYRILLIC_TO_LATIN[_cyr.upper()] = _lat[0].upper() + _lat[1:]

#: Stems (lower case) in which `lj`, `nj` or `dž` are two letters; `|` marks the split.
DIGRAPH_EXCEPTIONS: tuple[str, ...] = (
    "nad|živ",  # nadživeti, nadživjeti
    "nad|žnj",  # nadžnjeti
    "pod|žanr",
    "pod|žup",  # podžupan
    "pred|žet",  # predžetveni
    "od|žal",  # odžaliti (od + žaliti)
    "in|jekc",  # injekcija
    "in|jekt",  # injektirati
    "kon|jug",  # konjugacija
    "kon|junk",  # konjunkcija, konjunktura
    "van|jezi",  # vanjezički
)
_EXCEPTIONS = [(stem.replace("|", ""), stem.index("|")) for stem in DIGRAPH_EXCEPTIONS]

#: Foreign names, acronyms and key names that Serbian Cyrillic text keeps in Latin.
KEEP_LATIN: frozenset[str] = frozenset(
    [
        "radprev",
        "PDF",
        "PDFs",
        "USB",
        "ID",
        "IDs",
        "OK",
        "CSV",
        "JSON",
        "HTML",
        "SQL",
        "SQLCipher",
        "SQLite",
        "PostgreSQL",
        "Qt",
        "PySide6",
        "Python",
        "Linguist",
        "AES",
        "GCM",
        "UTC",
        "ISO",
        "UUID",
        "UUIDv7",
        "RAN",
        "UNODC",
        "Ed25519",
        "X25519",
        "age",
        "Alt",
        "Ctrl",
        "Shift",
        "Enter",
        "Esc",
        "Tab",
        "Del",
        "Home",
        "End",
        "PgUp",
        "PgDn",
        "F1",
        "F2",
        "F3",
        "F5",
        "F6",
        "F7",
        "F8",
        "F9",
        "F10",
        "F11",
        "F12",
        "Linux",
        "macOS",
        "Windows",
        "DejaVu",
        "Sans",
        "argon2id",
        "ChaCha20",
        "Poly1305",
        "TLS",
        "LUKS",
        "KeePassXC",
        "CoE",
        "LED",
        "A4",
        "GiB",
        "MiB",
        "KiB",
        "UTF",
        "UTF-8",
        "ASCII",
        # Qt's print dialog: the international names of envelope sizes (DL, PRC 10, US 10…;
        # not DD or P: the date pattern ГГГГ-ММ-ДД and the handling code П/Ц are Serbian).
        "DL",
        "PRC",
        "US",
        "Chou",
        "Kaku",
        "Monarch",
        "Invite",
        "Italian",
        "Personal",
        # The backup folder's name, as it is on disk ("(backups)", not "(бацкупс)").
        "backups",
        # Synthetic names of the training scenarios spelt by Albanian rules (sh = š,
        # gj = đ): letter by letter they would read wrongly in Cyrillic (Схала).
        "Shala",
        "Shalu",
        "Gjokaj",
    ]
)

#: The words of `radprev` commands (every command and action of the CLI's parser;
#: tests/unit/test_transliteration_commands.py keeps the list whole). After "radprev"
#: they stay as typed: "komandom radprev central trust" once became "radprev централ
#: труст", a command no one can run.
CLI_WORDS = frozenset(
    [
        "accept",
        "access",
        "ack",
        "add",
        "amend",
        "answer",
        "audit",
        "backup",
        "blank-checklist",
        "bundle",
        "central",
        "certificate",
        "checklist",
        "complete",
        "conflicts",
        "data-protection",
        "decide",
        "demo",
        "disable",
        "discard",
        "dispute",
        "doctor",
        "drafts",
        "enable",
        "enrol",
        "enrolment-sheet",
        "establishment",
        "export",
        "export-data",
        "feedback",
        "find",
        "fingerprint",
        "grant",
        "grants",
        "handover",
        "import",
        "init",
        "link",
        "list",
        "national",
        "not-same",
        "observation",
        "observe",
        "overdue",
        "passwd",
        "programmes",
        "quarantine",
        "received",
        "reclassify",
        "record",
        "recover",
        "recovery-sheet",
        "rectification",
        "referral",
        "regrade",
        "reject",
        "rejected",
        "rekey",
        "remove",
        "report",
        "restore",
        "restrict",
        "results",
        "retention",
        "return",
        "review",
        "revoke",
        "same",
        "search",
        "set",
        "settings",
        "show",
        "start",
        "status",
        "subject",
        "suggest",
        "sync",
        "template",
        "training",
        "transfer",
        "trust",
        "undo",
        "unit",
        "units",
        "unrestrict",
        "update",
        "user",
        "verify",
        "verify-audit",
        "workstations",
    ]
)
_COMMAND = "|".join(sorted(CLI_WORDS, key=len, reverse=True))

#: What a command or an option takes, written in Latin capitals (`radprev recover USER`,
#: `--into SETTINGS`): the reader types it as printed, so never "УСЕР" or "СЕТТИНГС".
_METAVARIABLE = r"(?: [A-Z][A-Z_]+(?![\w-]))"

# Kept as they are: placeholders, markup, entities, and code-like tokens (digits, dots,
# underscores, slashes, options, e-mail and web addresses, radprev commands).
_PROTECTED = re.compile(
    r"radprev(?: (?:"
    + _COMMAND
    + r")(?![\w-]))+"  # a command: radprev central trust
    + _METAVARIABLE
    + "*"  # and what it takes: FILE
    + r"|%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}"  # placeholders
    r"|<[^<>]+>"  # markup
    r"|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"  # entities (a mnemonic '&' is left alone)
    r"|https?://\S+"
    r"|(?<=\+)[A-Za-z](?![^\W\d_])"  # the key of a shortcut: Ctrl+F
    r"|(?<!\w)--[A-Za-z][\w-]*"  # command-line options…
    + _METAVARIABLE
    + "?"  # …and what one takes: --into SETTINGS
    + r"|(?<!\w)-[A-Za-z](?!\w)"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|[\w-]+\.(?:db|keys|anchor|lock|json|pdf|tar|age|ts|qm|html|ini|txt|tsv|csv|log|sh|py)\b"
    r"|(?<!\w)(?:[A-Za-z]:)?[\\/][\w.\\/-]+"  # absolute paths
    r"|[A-Za-z_]*[0-9_][A-Za-z0-9_]*(?:[./:-][A-Za-z0-9_]+)*"  # tokens with digits or _
    r"|\([A-EP]\)"  # a grade or handling code, "(B)", "(P)": the screens show them in Latin
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_FOREIGN_LETTERS = set("qwxyQWXY")
_LATIN_LETTERS = set("".join(_LOWER) + "".join(_LOWER).upper())


def _foreign(word: str) -> bool:
    """Whether `word` has a Latin letter the Serbian alphabet lacks (w, ś, ó, ë, ı…)."""
    return any(
        char in _FOREIGN_LETTERS
        or (char not in _LATIN_LETTERS and unicodedata.name(char, "").startswith("LATIN"))
        for char in word
    )


def _word_to_cyrillic(word: str) -> str:
    if word in KEEP_LATIN or _foreign(word):
        return word
    if not set(word) & _LATIN_LETTERS:
        return word  # already Cyrillic, or another script
    lowered = word.lower()
    splits: set[int] = set()
    for stem, cut in _EXCEPTIONS:
        start = lowered.find(stem)
        while start != -1:
            splits.add(start + cut)
            start = lowered.find(stem, start + 1)
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if len(pair) == 2 and pair.lower() in _DIGRAPHS and (i + 1) not in splits:
            out.append(LATIN_TO_CYRILLIC.get(pair, _DIGRAPHS[pair.lower()]))
            i += 2
            continue
        out.append(LATIN_TO_CYRILLIC.get(word[i], word[i]))
        i += 1
    return "".join(out)


def _convert_plain(text: str) -> str:
    return _WORD.sub(lambda m: _word_to_cyrillic(m.group(0)), text)


def to_cyrillic(text: str) -> str:
    """Serbian Latin text in Serbian Cyrillic, keeping placeholders, markup and codes."""
    out: list[str] = []
    last = 0
    for match in _PROTECTED.finditer(text):
        out.append(_convert_plain(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_convert_plain(text[last:]))
    return "".join(out)


def to_latin(text: str) -> str:
    """Serbian (or Macedonian-free) Cyrillic text in Serbian Latin."""
    out: list[str] = []
    for index, char in enumerate(text):
        latin = CYRILLIC_TO_LATIN.get(char)
        if latin is None:
            out.append(char)
            continue
        if len(latin) == 2 and char.isupper():
            after = text[index + 1] if index + 1 < len(text) else ""
            before = text[index - 1] if index > 0 else ""
            if after.isupper() or (not after.isalpha() and before.isupper()):
                latin = latin.upper()
        out.append(latin)
    return "".join(out)
