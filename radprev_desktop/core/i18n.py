"""Report labels in the user's language, read from Qt Linguist `.ts` files.

Core never imports Qt, so the catalogue is read straight from the XML that
Qt Linguist edits (`resources/translations/reports_<lang>.ts`). English is the
source language: a missing catalogue, message or translation falls back to the
English text. Placeholders follow Qt's convention (`%1`, `%2`, …), so
translators see the same notation as in the rest of the UI.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from radprev_desktop.core.resources import resource_path

if TYPE_CHECKING:
    from radprev_desktop.core.session import Session

SOURCE_LANGUAGE = "en"
_PLACEHOLDER = re.compile(r"%(\d+)")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?$")


def load_ts(path: Path, context: str | None = None) -> dict[str, str]:
    """Source → translation pairs of a `.ts` file (optionally one context only).

    Obsolete and vanished messages and empty translations are left out, so the
    English source shows instead of a blank.
    """
    root = ET.parse(path).getroot()
    catalogue: dict[str, str] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name", default="")
        if context is not None and name != context:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            text = translation.text or ""
            if text:
                catalogue[source] = text
    return catalogue


class Translator:
    """Translates report labels: `tr("Page %1 of %2", 3, 9)`."""

    def __init__(self, language: str, catalogue: dict[str, str] | None = None) -> None:
        self.language = language
        self._catalogue = catalogue or {}

    def __call__(self, source: str, *args: object) -> str:
        text = self._catalogue.get(source, source)
        if not args:
            return text
        values = [str(a) for a in args]

        def fill(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            return values[index] if 0 <= index < len(values) else match.group(0)

        return _PLACEHOLDER.sub(fill, text)

    def has(self, source: str) -> bool:
        """Whether the catalogue holds a translation of `source`."""
        return source in self._catalogue


def normalise_language(language: str | None) -> str:
    """'pl_PL' / 'pl-PL' / 'PL' → 'pl'; anything unusable → English."""
    if not language or not _LANGUAGE.match(language.strip()):
        return SOURCE_LANGUAGE
    return language.strip().lower().replace("-", "_").split("_")[0]


@lru_cache(maxsize=16)
def _cached(language: str, path: str, mtime: float) -> Translator:
    return Translator(language, load_ts(Path(path), context="reports"))


def report_translator(language: str | None) -> Translator:
    """The translator for report labels in `language` (English when none is shipped)."""
    lang = normalise_language(language)
    if lang == SOURCE_LANGUAGE:
        return Translator(lang)
    path = resource_path("translations", f"reports_{lang}.ts")
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return Translator(SOURCE_LANGUAGE)
    try:
        return _cached(lang, str(path), mtime)
    except ET.ParseError:
        # A damaged catalogue must not stop a report: print in English instead.
        return Translator(SOURCE_LANGUAGE)


def session_language(session: Session, explicit: str | None = None) -> str:
    """An explicit language, else the vault's `language` setting, else English."""
    if explicit:
        return normalise_language(explicit)
    return normalise_language(str(session.setting("language", SOURCE_LANGUAGE) or ""))


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for Qt Linguist in `context` without translating it (core has no Qt).

    Screens translate the text later with `QCoreApplication.translate(context, source)`;
    `lupdate` collects the marked strings from the core modules named in
    scripts/translations.sh.
    """
    del context
    return source
