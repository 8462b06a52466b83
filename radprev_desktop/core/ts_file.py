"""Reading and writing Qt Linguist `.ts` files without Qt (catalogue tooling and tests).

`pyside6-lupdate` collects the messages and Qt Linguist edits them; this module
is for what neither does: generating the derived catalogues (Serbian Cyrillic,
pseudo), taking translations in from a translator's TSV file, and checking a
catalogue is complete. It writes the same layout lupdate does, so a later
`make translations` leaves the file as it is.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from radprev_desktop.core.transliteration import KEEP_LATIN

#: Values a translation must keep exactly: Qt and Python placeholders, markup, entities.
PLACEHOLDERS = re.compile(
    r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}|<[^<>]+>|&(?:[A-Za-z]+|#\d+);"
)


@dataclass
class Message:
    """One message of a catalogue (a live view on its XML element)."""

    context: str
    element: ET.Element

    @property
    def source(self) -> str:
        return self.element.findtext("source") or ""

    @property
    def comment(self) -> str:
        """The disambiguation (`<comment>`), part of the message's identity."""
        return self.element.findtext("comment") or ""

    @property
    def note(self) -> str:
        """What the developer told the translator (`#:` comments in the code)."""
        return self.element.findtext("extracomment") or ""

    @property
    def numerus(self) -> bool:
        return self.element.get("numerus") == "yes"

    @property
    def where(self) -> str:
        """The first source location lupdate recorded ('' when it keeps none)."""
        location = self.element.find("location")
        if location is None:
            return ""
        return f"{location.get('filename', '')}:{location.get('line', '')}".strip(":")

    @property
    def _translation(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation")
        return found

    @property
    def state(self) -> str:
        """'' (finished), 'unfinished', 'obsolete' or 'vanished'."""
        return self._translation.get("type", "")

    @property
    def forms(self) -> list[str]:
        """The translation (one entry) or its plural forms."""
        translation = self._translation
        if self.numerus:
            return [f.text or "" for f in translation.findall("numerusform")]
        return [translation.text or ""]

    def set(self, forms: list[str], *, finished: bool = True) -> None:
        """Put a translation in (plural forms for a numerus message)."""
        translation = self._translation
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if self.numerus:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0] if forms else ""
        if finished:
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


class TsFile:
    """A `.ts` catalogue held in memory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ET.parse(path)
        self.root = self.tree.getroot()

    @property
    def language(self) -> str:
        return self.root.get("language", "")

    def messages(self, *, live_only: bool = True) -> Iterator[Message]:
        """Every message, in file order (obsolete and vanished ones left out by default)."""
        for ctx in self.root.iter("context"):
            name = ctx.findtext("name", default="")
            for element in ctx.iter("message"):
                message = Message(name, element)
                if live_only and message.state in ("obsolete", "vanished"):
                    continue
                yield message

    def by_key(self) -> dict[tuple[str, str, str], Message]:
        return {m.key: m for m in self.messages()}

    def save(self, path: Path | None = None) -> None:
        """Write the file in lupdate's layout (4-space indent, DOCTYPE)."""
        ET.indent(self.tree, space="    ")
        body = ET.tostring(self.root, encoding="unicode")
        text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
        (path or self.path).write_text(text, encoding="utf-8")


def derive(
    source: TsFile, target: Path, language: str, convert: Callable[[Message], list[str]]
) -> int:
    """Write `target` as a copy of `source` whose translations `convert` makes.

    `convert` gets each message and returns its forms ([] = not translated yet,
    left unfinished). Returns the number of messages written finished.
    """
    copy = TsFile(source.path)
    copy.root.set("language", language)
    done = 0
    for message in copy.messages():
        forms = convert(message)
        if forms and all(forms):
            message.set(forms)
            done += 1
        else:
            message.set([""] * (len(message.forms) or 1), finished=False)
    for message in list(copy.messages(live_only=False)):
        if message.state in ("obsolete", "vanished"):
            for ctx in copy.root.iter("context"):
                if message.element in list(ctx):
                    ctx.remove(message.element)
    copy.save(target)
    return done


def has_words(text: str) -> bool:
    """Whether `text` holds words a translator writes (not only placeholders, names, codes)."""
    bare = PLACEHOLDERS.sub(" ", text)
    return any(len(word) > 1 and word not in KEEP_LATIN for word in re.findall(r"[^\W\d_]+", bare))


def placeholders(text: str) -> list[str]:
    """The placeholders and markup of a message, sorted (what a translation must keep)."""
    return sorted(PLACEHOLDERS.findall(text))


def problems(
    path: Path, plural_forms: int, same_as_english: frozenset[tuple[str, str]] = frozenset()
) -> list[str]:
    """Why a catalogue is not complete: unfinished, empty, wrong plurals, placeholders changed,
    or a translation identical to English that is not allowed to be."""
    found: list[str] = []
    for message in TsFile(path).messages():
        where = f"{message.context}: {message.source!r}"
        if message.state == "unfinished":
            found.append(f"unfinished {where}")
            continue
        forms = message.forms
        if message.numerus and len(forms) != plural_forms:
            found.append(f"{len(forms)} plural forms instead of {plural_forms} {where}")
            continue
        if not all(f.strip() for f in forms):
            found.append(f"empty {where}")
            continue
        wanted = placeholders(message.source)
        for form in forms:
            have = placeholders(form)
            if message.numerus and "%n" not in have and "%n" in wanted:
                have = sorted([*have, "%n"])  # a plural form may spell the number out
            if have != wanted:
                found.append(f"placeholders differ {where}: {form!r}")
        if (
            not message.numerus
            and forms[0] == message.source
            and has_words(message.source)
            and (message.context, message.source) not in same_as_english
        ):
            found.append(f"same as English {where}")
    return found
