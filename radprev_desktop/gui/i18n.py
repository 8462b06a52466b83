"""Languages of the user interface: Qt translators, the locale, the workstation's choice.

The languages, their date formats and locales are declared once in
core/languages.py; a language is offered once its catalogues are complete.
The vault cannot be read before login, so the language chosen on the login
screen is stored per workstation (core/workstation_config.py: a small INI file
in the user's configuration folder, `RADPREV_CONFIG` overrides it); after login
the user's own preference, else the workstation default set by the
administrator, applies. The file holds no vault data. A language named by the
administrator for the whole machine or session (`--language`, else the environment's
`RADPREV_LANGUAGE`) wins over both the remembered choice and the vault's default.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)

from radprev_desktop.core import languages
from radprev_desktop.core import workstation_config as config
from radprev_desktop.core.i18n import compiled_path
from radprev_desktop.gui import qt_strings  # noqa: F401 - Qt's own words, in our catalogues

#: (code, native name) of every offered language, in the order lists show them.
LANGUAGES: tuple[tuple[str, str], ...] = tuple(
    (lang.code, lang.native_name) for lang in languages.offered()
)

_log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = "en"


def config_path() -> Path:
    """The workstation's INI file (language, last user name)."""
    return config.config_path()


def workstation_settings() -> QSettings:
    return QSettings(str(config_path()), QSettings.Format.IniFormat)


def stored_language() -> str | None:
    """The language chosen on this workstation, or None when never chosen (or no longer offered)."""
    value = workstation_settings().value("language")
    if value is None or not languages.is_available(str(value)):
        return None
    return languages.require(str(value)).code


def store_language(code: str) -> None:
    settings = workstation_settings()
    settings.setValue("language", code)
    settings.sync()


def environment_language() -> str | None:
    """The language `RADPREV_LANGUAGE` names (an administrator's setting), or None.

    A value that is not an offered language is ignored (the window still opens, in the
    language it would otherwise speak) and said in the log.
    """
    value = os.environ.get("RADPREV_LANGUAGE", "").strip()
    if not value:
        return None
    if not languages.is_available(value):
        _log.warning("RADPREV_LANGUAGE=%r is not an offered language; ignored", value)
        return None
    return languages.require(value).code


def startup_language() -> str:
    """`RADPREV_LANGUAGE` when it names an offered language (it wins over the choice
    remembered from the last session), else the stored choice, else the system language
    when we have it, else English."""
    asked = environment_language()
    if asked:
        return asked
    stored = stored_language()
    if stored:
        return stored
    system = languages.canonical(QLocale.system().name())
    return system if system in languages.OFFERED else languages.SOURCE


def current_language() -> str:
    return _current


def locale_of(code: str) -> QLocale:
    """The QLocale of a language (numbers, month names, collation)."""
    return QLocale(languages.BY_CODE[code].qt_locale)


def install_language(code: str) -> None:
    """Load the UI catalogue (and Qt's own for its dialogs) for `code`.

    `code` must be available (offered, or `pseudo` for tests): an unknown or
    incomplete language raises LanguageNotAvailable instead of showing English.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        return
    language = languages.require(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language.code
    QLocale.setDefault(locale_of(_current))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    # Qt's own dialogs first; ours (installed after, so asked first) overrides them.
    if _current != languages.SOURCE and qt_own.load(f"qtbase_{language.qt_locale}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    # English is the source language; radprev_en.qm holds only its plural forms.
    translator = QTranslator(app)
    if translator.load(str(compiled_path(_current))):
        app.installTranslator(translator)
        _installed.append(translator)


def remove_translations() -> None:
    """Back to the bare source text (no catalogue at all); used by tests."""
    global _current
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    QLocale.setDefault(QLocale("en"))


def date_format() -> str:
    """The Qt date format of the current language (fields, lists and PDFs alike)."""
    return languages.BY_CODE[_current].date


def datetime_format() -> str:
    """The Qt date-and-time format of the current language."""
    return languages.BY_CODE[_current].datetime


def format_date(day: QDate) -> str:
    return day.toString(date_format())


def format_datetime(iso: str, *, with_time: bool = True) -> str:
    """A stored UTC ISO timestamp in local time, in the language's one format."""
    if not iso:
        return ""
    if len(iso) == 10:  # a date without time (YYYY-MM-DD)
        day = QDate.fromString(iso, Qt.DateFormat.ISODate)
        return format_date(day) if day.isValid() else iso
    try:
        parsed = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    value = QDateTime.fromMSecsSinceEpoch(int(parsed.timestamp() * 1000))
    local = value.toLocalTime()
    if with_time:
        return local.toString(datetime_format())
    return format_date(local.date())
