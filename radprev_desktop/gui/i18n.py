"""Languages of the user interface: Qt translators, the locale, the workstation's choice.

The vault cannot be read before login, so the language chosen on the login
screen is stored per workstation (a small INI file in the user's configuration
folder, `RADPREV_CONFIG` overrides it). It holds no vault data.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
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

from radprev_desktop.core.resources import resource_path

LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("pl", "Polski"))
#: One date and one date-time format per language, used by every list, field and
#: PDF alike (ISO order: unambiguous across the region, and what the reports print).
DATE_FORMATS: dict[str, tuple[str, str]] = {
    "en": ("yyyy-MM-dd", "yyyy-MM-dd HH:mm"),
    "pl": ("yyyy-MM-dd", "yyyy-MM-dd HH:mm"),
}
CATALOGUES = ("radprev", "reports")

_installed: list[QTranslator] = []
_current = "en"


def config_path() -> Path:
    """The workstation's INI file (language, last user name)."""
    override = os.environ.get("RADPREV_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("radprev", "radprev")) / "desktop.ini"


def workstation_settings() -> QSettings:
    return QSettings(str(config_path()), QSettings.Format.IniFormat)


def stored_language() -> str | None:
    """The language chosen on this workstation, or None when never chosen."""
    value = workstation_settings().value("language")
    codes = {code for code, _ in LANGUAGES}
    return str(value) if value in codes else None


def store_language(code: str) -> None:
    settings = workstation_settings()
    settings.setValue("language", code)
    settings.sync()


def startup_language() -> str:
    """The stored choice, else the system language when we have it, else English."""
    stored = stored_language()
    if stored:
        return stored
    system = QLocale.system().name().split("_")[0]
    return system if system in {code for code, _ in LANGUAGES} else "en"


def current_language() -> str:
    return _current


def install_language(code: str) -> None:
    """Load the UI catalogues (and Qt's own for standard buttons) for `code`."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = code if code in {c for c, _ in LANGUAGES} else "en"
    QLocale.setDefault(QLocale(_current))
    folder = resource_path("translations")
    for name in CATALOGUES:
        # English is the source language; radprev_en.qm holds only its plural forms.
        translator = QTranslator(app)
        if translator.load(str(folder / f"{name}_{_current}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
    if _current == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{_current}", qt_dir):
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
    """The Qt date format of the current language (fields and lists)."""
    return DATE_FORMATS.get(_current, DATE_FORMATS["en"])[0]


def datetime_format() -> str:
    """The Qt date-and-time format of the current language."""
    return DATE_FORMATS.get(_current, DATE_FORMATS["en"])[1]


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
