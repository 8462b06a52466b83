"""Every vault-wide setting, declared once: key, label, kind, default, limits, who changes it.

The administrator's Settings screen and `radprev settings` render from this
list; services/settings.py checks a new value against its declaration before
it reaches the settings table; readers take the default from here. A new
setting is one more entry in `SETTINGS` (docs/architecture.md).

Labels are English source text marked for Qt Linguist (`QT_TRANSLATE_NOOP`
from core/i18n.py: core holds no Qt); screens translate them in the context
they name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.i18n import QT_TRANSLATE_NOOP
from radprev_desktop.core.languages import offered
from radprev_desktop.core.policy import Permission

#: Translation context of every label below (the Settings tab's own context).
CONTEXT = "AdminPage"


class SettingKind(StrEnum):
    """How a value looks, so a screen knows which field to show."""

    NUMBER = "number"  # a whole number between minimum and maximum
    TEXT = "text"  # one line, at most max_length characters
    CHOICE = "choice"  # one of `choices`
    FLAG = "flag"  # yes or no
    NUMBER_PER_PART = "number_per_part"  # {part: whole number}, e.g. months per kind of file
    CODE_LISTS = "code_lists"  # {list name: [entries]}, arrives with reference bundles
    LEVELS = "levels"  # an ordered list of names, lowest first ("A; B; C" on a form)


@dataclass(frozen=True)
class Choice:
    """One allowed value (or one part of a per-part setting) and what a screen calls it."""

    value: str
    label: str
    default: int = 0  # for NUMBER_PER_PART: the part's default


@dataclass(frozen=True)
class Setting:
    """One setting as the application knows it."""

    key: str
    label: str
    kind: SettingKind
    default: Any
    minimum: int = 0
    maximum: int = 0
    max_length: int = 0
    choices: tuple[Choice, ...] = ()
    changed_by: Permission = Permission.CHANGE_SETTINGS
    #: False: kept by another path (code lists arrive in reference bundles), not on the form.
    on_settings_form: bool = True

    def check(self, value: Any) -> Any:
        """The normalised value, or ValidationError naming what is wrong with it."""
        return _CHECKS[self.kind](self, value)

    def part_default(self, part: str) -> int:
        """For NUMBER_PER_PART: the default of one part."""
        for choice in self.choices:
            if choice.value == part:
                return choice.default
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no part %1 of %2."),
            part,
            self.key,
            field=self.key,
        )


def _whole_number(setting: Setting, value: Any, low: int, high: int) -> int:
    what = setting.label
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 must be a whole number."), what, field=setting.key
        ) from None
    if isinstance(value, bool) or (isinstance(value, float) and value != number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 must be a whole number."), what, field=setting.key
        )
    if not low <= number <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 must be between %2 and %3."),
            what,
            low,
            high,
            field=setting.key,
        )
    return number


def _number(setting: Setting, value: Any) -> int:
    return _whole_number(setting, value, setting.minimum, setting.maximum)


def _text(setting: Setting, value: Any) -> str:
    text = " ".join(str(value).split())
    shortest = 1 if setting.default else 0  # a setting empty by default may be emptied again
    if not shortest <= len(text) <= setting.max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 must be 1 to %2 characters."),
            setting.label,
            setting.max_length,
            field=setting.key,
        )
    return text


def _choice(setting: Setting, value: Any) -> str:
    text = str(value).strip()
    allowed = [c.value for c in setting.choices]
    if text not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 must be one of: %2."),
            setting.label,
            ", ".join(allowed),
            field=setting.key,
        )
    return text


def _flag(setting: Setting, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "yes", "true", "on"):
        return True
    if text in ("0", "no", "false", "off"):
        return False
    # The words typed are English whatever the language (`radprev settings set`): filled in.
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "%1 must be %2 or %3."),
        setting.label,
        "yes",
        "no",
        field=setting.key,
    )


def _number_per_part(setting: Setting, value: Any) -> dict[str, int]:
    if not isinstance(value, Mapping):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 are given per part."), setting.label, field=setting.key
        )
    parts = {c.value for c in setting.choices}
    checked: dict[str, int] = {}
    for part, number in value.items():
        if part not in parts:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "%1: there is no part %2."),
                setting.label,
                part,
                field=setting.key,
            )
        checked[part] = _whole_number(setting, number, setting.minimum, setting.maximum)
    return checked


MAX_CODE_LISTS = 100
MAX_CODELIST_ITEMS = 5000


def _code_lists(setting: Setting, value: Any) -> dict[str, list[str]]:
    if not isinstance(value, Mapping) or len(value) > MAX_CODE_LISTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Code lists must be an object of lists."), field=setting.key
        )
    out: dict[str, list[str]] = {}
    for name, items in value.items():
        if not isinstance(name, str) or not 0 < len(name) <= 64:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A code list name is not valid."), field=setting.key
            )
        if not isinstance(items, list) or len(items) > MAX_CODELIST_ITEMS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The code list %1 is not a list."),
                name,
                field=setting.key,
            )
        if not all(isinstance(i, str) and 0 < len(i) <= 200 for i in items):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The code list %1 holds bad entries."),
                name,
                field=setting.key,
            )
        out[name] = list(items)
    return out


#: The most levels a classification list holds, and the longest name of one.
MAX_LEVELS = 10
MAX_LEVEL_LENGTH = 60


def _levels(setting: Setting, value: Any) -> list[str]:
    """Names separated by ';' (or a list), lowest first: 1 to 10, each 1 to 60 characters,
    none twice (letter case aside)."""
    parts = value if isinstance(value, list | tuple) else str(value).split(";")
    names = [" ".join(str(p).split()) for p in parts]
    if names and not names[-1] and len(names) > 1:
        names.pop()  # "A; B;" — a closing separator
    if not 1 <= len(names) <= MAX_LEVELS or any(not 0 < len(n) <= MAX_LEVEL_LENGTH for n in names):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "%1: give 1 to %2 levels separated by ';', lowest first, each 1 to %3 characters.",
            ),
            setting.label,
            MAX_LEVELS,
            MAX_LEVEL_LENGTH,
            field=setting.key,
        )
    folded = [n.casefold() for n in names]
    twice = sorted({n for n, f in zip(names, folded, strict=True) if folded.count(f) > 1})
    if twice:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 names %2 twice."),
            setting.label,
            ", ".join(twice),
            field=setting.key,
        )
    return names


_CHECKS = {
    SettingKind.NUMBER: _number,
    SettingKind.TEXT: _text,
    SettingKind.CHOICE: _choice,
    SettingKind.FLAG: _flag,
    SettingKind.NUMBER_PER_PART: _number_per_part,
    SettingKind.CODE_LISTS: _code_lists,
    SettingKind.LEVELS: _levels,
}

# --- the settings ---------------------------------------------------------------------------

#: The grading presets of core/services/grading.py, as the administrator chooses them.
GRADING_PRESETS = (
    Choice(
        "3x5x2",
        QT_TRANSLATE_NOOP("AdminPage", "3x5x2 (source 1–3, information A–E, handling P/C)"),
    ),
    Choice("6x6", QT_TRANSLATE_NOOP("AdminPage", "Admiralty 6x6 (source A–F, information 1–6)")),
)
#: Languages a report can be printed in and the workstation's default: every offered
#: language (core/languages.py), by its own name, not translated.
REPORT_LANGUAGES = tuple(Choice(lang.code, lang.native_name) for lang in offered())
#: The administrator's default language of reports: none (each reader's own, the
#: screen's — core/i18n.py `default_report_language`) or one of them.
READERS_OWN_LANGUAGE = ""
DEFAULT_REPORT_LANGUAGES = (
    Choice(READERS_OWN_LANGUAGE, QT_TRANSLATE_NOOP("AdminPage", "Each reader's own language")),
    *REPORT_LANGUAGES,
)
#: After how many months a file is reviewed, per kind of file (core/services/retention.py).
RETENTION_KINDS = (
    Choice(
        "subject", QT_TRANSLATE_NOOP("AdminPage", "Review a prisoner's file after (months)"), 12
    ),
    Choice("released", QT_TRANSLATE_NOOP("AdminPage", "Review after release (months)"), 6),
    Choice("transferred", QT_TRANSLATE_NOOP("AdminPage", "Review after transfer (months)"), 12),
    # Not a file's review: a report a supervisor rejected is erased this long after (issue #14).
    Choice("rejected", QT_TRANSLATE_NOOP("AdminPage", "Erase a rejected report after (months)"), 6),
)
#: What a release handover to the probation service may hold (core/services/handovers.py).
HANDOVER_PARTS = (
    Choice(
        "open_referrals",
        QT_TRANSLATE_NOOP("AdminPage", "Handover: open referrals (1 = include, 0 = leave out)"),
        1,
    ),
    Choice(
        "closed_referrals",
        QT_TRANSLATE_NOOP("AdminPage", "Handover: closed referrals (1 = include, 0 = leave out)"),
        0,
    ),
    Choice(
        "observation_months",
        QT_TRANSLATE_NOOP(
            "AdminPage", "Handover: facts of reviewed observations of the last (months, 0 = none)"
        ),
        12,
    ),
    Choice(
        "protective_factors",
        QT_TRANSLATE_NOOP("AdminPage", "Handover: protective factors (1 = include, 0 = leave out)"),
        1,
    ),
    Choice(
        "assessments",
        QT_TRANSLATE_NOOP(
            "AdminPage", "Handover: officers' assessments (1 = include, 0 = leave out)"
        ),
        0,
    ),
)

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "auto_lock_minutes",
        QT_TRANSLATE_NOOP("AdminPage", "Lock after idle (minutes)"),
        SettingKind.NUMBER,
        5,
        minimum=1,
        maximum=120,
    ),
    Setting(
        "classification_marking",
        # The marking of pages that show no record, and the lowest marking of those that
        # do when it is one of the levels (services/classification.py, decision 0022).
        QT_TRANSLATE_NOOP("AdminPage", "Classification marking"),
        SettingKind.TEXT,
        "OFFICIAL-SENSITIVE",
        max_length=60,
    ),
    Setting(
        "classification_levels",
        QT_TRANSLATE_NOOP("AdminPage", "Classification levels (lowest first, separated by ;)"),
        SettingKind.LEVELS,
        ["OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED"],  # services/classification.py
    ),
    Setting(
        "grading_preset",
        QT_TRANSLATE_NOOP("AdminPage", "Grading preset"),
        SettingKind.CHOICE,
        "3x5x2",
        choices=GRADING_PRESETS,
    ),
    Setting(
        "language",
        QT_TRANSLATE_NOOP("AdminPage", "Default language of reports"),
        SettingKind.CHOICE,
        READERS_OWN_LANGUAGE,  # vaults made before session 8 keep the "en" they stored
        choices=DEFAULT_REPORT_LANGUAGES,
    ),
    Setting(
        "backups_kept",
        QT_TRANSLATE_NOOP("AdminPage", "Backups kept"),
        SettingKind.NUMBER,
        7,
        minimum=1,
        maximum=100,
    ),
    Setting(
        "clipboard_clear_seconds",
        QT_TRANSLATE_NOOP("AdminPage", "Clear copied text after (seconds)"),
        SettingKind.NUMBER,
        30,
        minimum=5,
        maximum=600,
    ),
    Setting(
        "export_interval_days",
        QT_TRANSLATE_NOOP("AdminPage", "Export to the central office every (days)"),
        SettingKind.NUMBER,
        7,
        minimum=1,
        maximum=90,
    ),
    Setting(
        "receipt_wait_days",
        QT_TRANSLATE_NOOP("AdminPage", "Wait for a receipt (days)"),
        SettingKind.NUMBER,
        14,
        minimum=1,
        maximum=180,
    ),
    Setting(
        "write_before_reading",
        QT_TRANSLATE_NOOP(
            "AdminPage", "Write new observations before seeing earlier reports (default)"
        ),
        SettingKind.FLAG,
        False,
    ),
    Setting(
        "search_terms_in_audit",
        QT_TRANSLATE_NOOP("AdminPage", "Search words in the audit log"),
        SettingKind.CHOICE,
        "hashed",
        choices=(
            Choice(
                "hashed",
                QT_TRANSLATE_NOOP(
                    "AdminPage", "Hashed (the data-protection officer can check a word)"
                ),
            ),
            Choice("stored", QT_TRANSLATE_NOOP("AdminPage", "Stored as typed")),
        ),
    ),
    Setting(
        "access_report_staff_named",
        QT_TRANSLATE_NOOP("AdminPage", "Staff named in a prisoner's access report"),
        SettingKind.CHOICE,
        "supervisors",
        choices=(
            Choice(
                "supervisors",
                QT_TRANSLATE_NOOP("AdminPage", "Supervisors and above (officers withheld)"),
            ),
            Choice("everyone", QT_TRANSLATE_NOOP("AdminPage", "Everyone")),
            Choice("nobody", QT_TRANSLATE_NOOP("AdminPage", "Nobody")),
        ),
    ),
    Setting(
        "access_report_information",
        QT_TRANSLATE_NOOP(
            "AdminPage", "Information for the person in an access report (empty: the default)"
        ),
        SettingKind.TEXT,
        "",
        max_length=1500,
    ),
    Setting(
        "retention_months",
        # A screen shows its parts' labels; `radprev settings list` shows this one.
        QT_TRANSLATE_NOOP("AdminPage", "Retention periods (months)"),
        SettingKind.NUMBER_PER_PART,
        {},  # nothing stored: each kind's own default (a reference bundle sends only set ones)
        minimum=1,
        maximum=600,
        choices=RETENTION_KINDS,
    ),
    Setting(
        "handover_policy",
        # Set by the central office's reference bundle or the CLI (which lists it).
        QT_TRANSLATE_NOOP("AdminPage", "Release handover policy"),
        SettingKind.NUMBER_PER_PART,
        {},  # nothing stored: each part's own default
        minimum=0,
        maximum=120,
        choices=HANDOVER_PARTS,
        on_settings_form=False,
    ),
    Setting(
        "code_lists",
        # Not on the form: they arrive with reference bundles (the CLI lists them).
        QT_TRANSLATE_NOOP("AdminPage", "Code lists"),
        SettingKind.CODE_LISTS,
        {},
        on_settings_form=False,
    ),
)

BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    """The declaration of `key`; ValidationError when there is no such setting."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no setting named %1."), key, field=key
        ) from None


def default(key: str) -> Any:
    """The value a vault that stores none of `key` uses."""
    return setting(key).default


#: What a new vault stores at creation (the plain values; structured ones stay unset).
DEFAULT_SETTINGS: dict[str, Any] = {
    s.key: s.default
    for s in SETTINGS
    if s.kind not in (SettingKind.NUMBER_PER_PART, SettingKind.CODE_LISTS)
}
