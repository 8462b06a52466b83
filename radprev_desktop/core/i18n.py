"""Translations for core: reports, command-line messages and errors, read from the Qt catalogues.

Core never imports Qt, so each language's compiled catalogue
(`resources/translations/radprev_<lang>.qm`, made by lrelease from the `.ts`
that Qt Linguist edits) is read by core/qm_file.py: the same file serves the
screens through a QTranslator, and the installed application carries no `.ts`
(issue 9's size budget). One catalogue per language
holds every context — the screens' own, `labels` (core/labels.py), `errors`
(core/errors.py), `reports` and `cli`. English is the source language.

A language must be offered (core/languages.py) before anything is printed in
it; a string missing from an offered language's catalogue shows in English —
and tests/unit/test_catalogues.py fails until a translator fills it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from radprev_desktop.core import labels as label_table
from radprev_desktop.core import languages
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.languages import Language
from radprev_desktop.core.qm_file import Messages, QmDamaged, load_qm
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Joined, Listing, Source, Text, fill

if TYPE_CHECKING:
    from radprev_desktop.core.session import Session

__all__ = ["QT_TRANSLATE_NOOP", "Source", "Text", "Translator"]

SOURCE_LANGUAGE = languages.SOURCE
CATALOGUE = "radprev"


def catalogue_path(code: str) -> Path:
    """The `.ts` file of a language (translators' source; not installed)."""
    return resource_path("translations", f"{CATALOGUE}_{code}.ts")


def compiled_path(code: str) -> Path:
    """The compiled `.qm` file of a language: what the screens and core read."""
    return resource_path("translations", f"{CATALOGUE}_{code}.qm")


def load_ts(path: Path) -> Messages:
    """Every translation of a `.ts` file, as lrelease compiles it for the screens.

    Obsolete and vanished messages and empty translations are left out (the
    English source shows instead of a blank); an unfinished draft is used, as
    Qt uses it, and an offered language's catalogue test names it.
    """
    root = ET.parse(path).getroot()
    messages: Messages = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name", default="")
        for message in ctx.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (name, source, message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.findall("numerusform"))
                if forms and all(forms):
                    messages[key] = forms
            elif translation.text:
                messages[key] = translation.text
    return messages


class Translator:
    """Translates core's display text into one language: `reports.tr("Page %1 of %2", 3, 9)`.

    `tr` uses the translator's own context (`reports` for PDFs, `cli` for the
    command line) — the name the translator object is called by is the context
    lupdate gives the string, so report code calls it `reports.tr(…)`.
    """

    def __init__(
        self, language: Language, messages: Messages | None = None, context: str = "reports"
    ) -> None:
        self.spec = language
        self.language = language.code
        self.context = context
        self._messages: Messages = messages or {}

    def with_context(self, context: str) -> Translator:
        """The same language, another default context."""
        return Translator(self.spec, self._messages, context)

    def lookup(self, context: str, source: str, disambiguation: str = "") -> str:
        """The translation of one message (English when the catalogue lacks it).

        As Qt's QTranslator: a message whose disambiguation lrelease left out (it
        was not needed to tell messages apart) is found without it.
        """
        found = self._messages.get((context, source, disambiguation))
        if found is None and disambiguation:
            found = self._messages.get((context, source, ""))
        if isinstance(found, tuple):
            return found[-1]
        return found if found else source

    def has(self, context: str, source: str) -> bool:
        """Whether the catalogue holds a translation of `source` in `context`."""
        return (context, source, "") in self._messages

    def translate(self, context: str, source: str, *args: object, n: int | None = None) -> str:
        """`source` of `context` translated, `%1`… filled (marked words translated too)."""
        if n is not None:
            forms = self._messages.get((context, source, ""))
            if isinstance(forms, tuple):
                index = min(self.spec.plural(abs(n)), len(forms) - 1)
                text = forms[index]
            else:
                text = source
            text = text.replace("%n", self.number(n))
        else:
            text = self.lookup(context, source)
        return fill(text, [self._value(a) for a in args])

    def _value(self, value: object) -> str:
        if isinstance(value, Text | Source | Listing | Joined):
            return self.text(value)
        return str(value)

    def tr(self, source: str, *args: object) -> str:
        """`source` in this translator's context (lupdate files it under the caller's name)."""
        return self.translate(
            source.context if isinstance(source, Source) else self.context, source, *args
        )

    __call__ = tr

    def tr_n(self, source: str, n: int, *args: object) -> str:
        """A message with a plural form chosen by `n` (`%n` is the number)."""
        return self.translate(self.context, source, *args, n=n)

    def text(self, message: Text | Listing | Joined | str) -> str:
        """A core Text (an error's message, a note) in this language."""
        if isinstance(message, Text | Listing | Joined):
            return message.render(self.lookup)
        if isinstance(message, Source):
            return self.lookup(message.context, str(message))
        return message

    def error(self, exc: RadprevError) -> str:
        """The message of a core error in this language."""
        return self.text(exc.text)

    def label(self, value: Enum | str) -> str:
        """The word for an enum member (core/labels.py) in this language."""
        marked = label_table.word(value)
        return self.lookup(label_table.CONTEXT, marked) if isinstance(marked, Source) else marked

    def short_label(self, value: Enum) -> str:
        """The short word for a table column."""
        marked = label_table.short_word(value)
        return self.lookup(label_table.CONTEXT, marked) if isinstance(marked, Source) else marked

    # --- formats -----------------------------------------------------------------------

    def number(self, value: int | float, decimals: int = 0) -> str:
        """A number with the language's separators (1.234,5 in Serbian)."""
        return format_number(self.spec, value, decimals)

    def date(self, value: date | str | None) -> str:
        """A date in the language's format ('' when absent)."""
        return format_date(self.spec, value)

    def datetime(self, value: datetime | str | None, *, with_time: bool = True) -> str:
        """A stored UTC time in local time, in the language's format ('' when absent)."""
        return format_datetime(self.spec, value, with_time=with_time)


@lru_cache(maxsize=32)
def _cached(code: str, path: str, mtime: float) -> Messages:
    return load_qm(Path(path))


def messages_of(code: str) -> Messages:
    """The translations of a language's compiled catalogue (cached; reloaded when rebuilt)."""
    if code == SOURCE_LANGUAGE:
        return {}
    path = compiled_path(code)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        raise RadprevError(
            QT_TRANSLATE_NOOP(
                "errors", "The translation file %1 is missing. Reinstall the application."
            ),
            path.name,
        ) from None
    try:
        return _cached(code, str(path), mtime)
    except QmDamaged:
        raise RadprevError(
            QT_TRANSLATE_NOOP(
                "errors", "The translation file %1 is damaged. Reinstall the application."
            ),
            path.name,
        ) from None


def translator(language: str | None, context: str = "reports") -> Translator:
    """The translator for an offered language; LanguageNotAvailable lists the offered ones."""
    spec = languages.require(language or SOURCE_LANGUAGE)
    return Translator(spec, messages_of(spec.code), context)


def report_translator(language: str | None) -> Translator:
    """The translator of report text (context `reports`)."""
    return translator(language, "reports")


def english() -> Translator:
    """The source language (no catalogue needed)."""
    return Translator(languages.BY_CODE[SOURCE_LANGUAGE], {}, "reports")


def session_language(session: Session, explicit: str | None = None) -> str:
    """The language to speak to this session's user in.

    An explicit choice (a report's `--language`) first, then the user's own
    preference, then the workstation's default (the vault's `language` setting),
    then English. Whatever is chosen must be offered: an explicit unknown or
    incomplete language is refused, never replaced.
    """
    if explicit:
        return languages.require(explicit).code
    return default_report_language(session)


def default_report_language(session: Session, reader: str | None = None) -> str:
    """The language of a report whose user chose none: the user's own preference, else
    the administrator's default language of reports when one is set, else the reader's
    (`reader`: the language the front end speaks, e.g. the screen's), else English.

    A supervisor working in Polish expects a Polish report unless the administrator set
    the establishment's reports in a language of its own (decision 0031).
    """
    preference = getattr(session.user, "language", "") or ""
    if preference and languages.is_available(preference):
        return languages.require(preference).code
    try:
        default = str(session.setting("language", "") or "")
    except RadprevError:  # a session that must change its password first reads no setting
        default = ""
    for candidate in (default, reader or ""):
        if candidate and languages.is_available(candidate):
            return languages.require(candidate).code
    return SOURCE_LANGUAGE


# --- formats (the core equivalent of QLocale, for PDFs and the terminal) ------------------

_QT_TO_STRFTIME = (("yyyy", "%Y"), ("MM", "%m"), ("dd", "%d"), ("HH", "%H"), ("mm", "%M"))


def _strftime_pattern(qt_pattern: str) -> str:
    out = qt_pattern
    for qt, py in _QT_TO_STRFTIME:
        out = out.replace(qt, py)
    return out


def format_number(language: Language, value: int | float, decimals: int = 0) -> str:
    """`value` with the language's decimal and grouping separators."""
    text = f"{value:,.{decimals}f}" if decimals else f"{round(value):,d}"
    return text.translate({ord(","): language.group, ord("."): language.decimal})


def format_date(language: Language, value: date | str | None) -> str:
    """A date (or an ISO date string) in the language's date format."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return value
    else:
        day = value
    return day.strftime(_strftime_pattern(language.date))


def format_datetime(
    language: Language, value: datetime | str | None, *, with_time: bool = True
) -> str:
    """A UTC time (a datetime or stored ISO text) in local time, in the language's format."""
    if not value:
        return ""
    if isinstance(value, str):
        if len(value) == 10:
            return format_date(language, value)
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    else:
        moment = value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    pattern = language.datetime if with_time else language.date
    return local.strftime(_strftime_pattern(pattern))
