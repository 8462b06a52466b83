"""Reading compiled Qt catalogues (`.qm`) without Qt, for core's reports, CLI and errors.

The installed application carries only the compiled catalogues (the `.ts`
sources are for translators and the tests; issue 9's size budget). Core never
imports Qt, so it reads the same `.qm` files the screens load into a
QTranslator. `lrelease` writes every message with its context, source text and
comment (it is run without `-compress`/`-idbased`), so a message is found by the
same key as in the `.ts`: tests/unit/test_qm_file.py checks that for every
catalogue this reader gives exactly what `i18n.load_ts` gives.

Format (qtbase/src/corelib/kernel/qtranslator.cpp): a 16-byte magic number,
then sections (one tag byte, a 32-bit big-endian length, the data). The
Messages section is a run of messages; each is a run of tagged fields ended by
`Tag_End`: translations (UTF-16BE, one per plural form), source text, context
and comment (UTF-8).
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
SECTION_MESSAGES = 0x69

TAG_END = 1
TAG_TRANSLATION = 3
TAG_OBSOLETE1 = 5
TAG_SOURCE_TEXT = 6
TAG_CONTEXT = 7
TAG_COMMENT = 8

NULL_STRING = 0xFFFFFFFF

#: (context, source, comment) → translation, or the plural forms of a numerus message.
Messages = dict[tuple[str, str, str], str | tuple[str, ...]]


class QmDamaged(ValueError):
    """The file is not a compiled catalogue Qt would read."""


def load_qm(path: Path) -> Messages:
    """Every translated message of a `.qm` file (empty translations left out, as Qt does)."""
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise QmDamaged(f"{path.name}: not a compiled catalogue")
    messages: Messages = {}
    for tag, body in _sections(data, len(MAGIC)):
        if tag == SECTION_MESSAGES:
            for key, forms in _messages(body):
                if forms and all(forms):
                    messages[key] = forms[0] if len(forms) == 1 else tuple(forms)
    return messages


def _sections(data: bytes, at: int) -> list[tuple[int, bytes]]:
    found = []
    while at < len(data):
        if at + 5 > len(data):
            raise QmDamaged("a section header is cut short")
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        start = at + 5
        if start + length > len(data):
            raise QmDamaged("a section is cut short")
        found.append((tag, data[start : start + length]))
        at = start + length
    return found


def _field(body: bytes, at: int) -> tuple[bytes | None, int]:
    """A length-prefixed field at `at`: its bytes (None for Qt's null string) and the next offset."""
    if at + 4 > len(body):
        raise QmDamaged("a message is cut short")
    (length,) = struct.unpack_from(">I", body, at)
    at += 4
    if length == NULL_STRING:
        return None, at
    if at + length > len(body):
        raise QmDamaged("a message is cut short")
    return body[at : at + length], at + length


def _messages(body: bytes) -> list[tuple[tuple[str, str, str], list[str]]]:
    out = []
    at = 0
    while at < len(body):
        forms: list[str] = []
        context = source = comment = ""
        while True:
            if at >= len(body):
                raise QmDamaged("a message has no end")
            tag = body[at]
            at += 1
            if tag == TAG_END:
                break
            if tag == TAG_OBSOLETE1:
                at += 4
                continue
            if tag not in (TAG_TRANSLATION, TAG_SOURCE_TEXT, TAG_CONTEXT, TAG_COMMENT):
                raise QmDamaged(f"unknown message field {tag}")
            value, at = _field(body, at)
            if tag == TAG_TRANSLATION:
                forms.append(value.decode("utf-16-be") if value is not None else "")
            elif tag == TAG_SOURCE_TEXT:
                source = (value or b"").decode("utf-8")
            elif tag == TAG_CONTEXT:
                context = (value or b"").decode("utf-8")
            else:
                comment = (value or b"").decode("utf-8")
        out.append(((context, source, comment), forms))
    return out
