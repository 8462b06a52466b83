"""Pseudo-localisation: English made longer, accented and bracketed, to test layouts.

`pseudo` is a generated language (core/languages.py): every message becomes
`[Ŝàvé ŕéçöŕð ·····]` — 40 % longer, with accented letters (so a font or an
encoding that loses them shows), between brackets (so a clipped end shows).
Text that is not translated stays plain English and stands out on a screenshot
or in a PDF; tests look for it. Placeholders, markup, entities and the letter
after a mnemonic `&` stay as they are, so the pseudo catalogue behaves like a
real one (the same `%1`, the same Alt+letter).
"""

from __future__ import annotations

import math
import re

GROWTH = 0.4
OPEN, CLOSE = "[", "]"
PAD = "·"

_ACCENTED = str.maketrans(
    "abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ",
    "àƀçðéĝĥîķļñöŕšţûŵýžÅƁÇÐÉĜĤÎĶĻÑÖŔŠŢÛŴÝŽ",
)
_KEEP = re.compile(
    r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}"  # placeholders
    r"|<[^<>]+>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"  # markup and entities
    r"|&&|&\w"  # a literal '&&' and a mnemonic with its letter
    r"|https?://\S+|\n"
)
# Text that is only a shortcut, a code or a number is not language: left alone.
_NOT_LANGUAGE = re.compile(r"^[\W\d_]*$|^(?:Ctrl|Alt|Shift|F\d+)(?:\+\S+)*$")


def pseudo(text: str) -> str:
    """The pseudo-localised form of one English message."""
    if not text or _NOT_LANGUAGE.match(text):
        return text
    out: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTED))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    body = "".join(out)
    visible = len(_KEEP.sub("", text))
    padding = max(1, math.ceil(visible * GROWTH) - 2)
    if "\n" in text.strip():
        return f"{OPEN}{body}{PAD * padding}{CLOSE}"
    return f"{OPEN}{body} {PAD * (padding - 1)}{CLOSE}" if padding > 1 else f"{OPEN}{body}{CLOSE}"


def is_pseudo(text: str) -> bool:
    """Whether `text` went through `pseudo` (for tests that look for untranslated text)."""
    stripped = text.strip().replace("&", "")
    return stripped.startswith(OPEN) and stripped.endswith(CLOSE)
