"""What identifies a prisoner on paper, and the checks it must pass.

Names in any script (letters, combining accents, spaces, - ' .), never emoji
or symbols; prison numbers normalised to upper case; the unit must be an
active unit of the establishment (workstations). Screens use
`name_character_allowed` to refuse a character as it is typed.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from typing import Any

from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.clock import now
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Mode, SubjectStatus
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text

_PRISON_NUMBER = re.compile(r"^[\w][\w ./-]{0,31}$")

# --- checks ------------------------------------------------------------------


NAME_LIMIT = 100
#: The names of the name fields as errors say them (in the user's language).
NAME_LABELS: dict[str, Text | str] = {
    "family_name": QT_TRANSLATE_NOOP("errors", "family name"),
    "given_names": QT_TRANSLATE_NOOP("errors", "given names"),
}


def name_character_allowed(char: str) -> bool:
    """Letters (any script), combining accents, digits, spaces and punctuation such as - ' .

    Control characters, emoji and other symbols are not part of a name; the
    screens use this to refuse them as they are typed.
    """
    if char in "\ufe0e\ufe0f\u200d":  # emoji presentation selectors and joiner
        return False
    category = unicodedata.category(char)
    return category[0] in "LMNP" or category == "Zs"


def clean_name(value: str, field: str, label: str | Text) -> str:
    """The name in NFC with single spaces; ValidationError naming `label` otherwise."""
    value = " ".join(unicodedata.normalize("NFC", value).split())
    if not value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 is required."), label, field=field
        )
    if len(value) > NAME_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 is limited to %2 characters."),
            label,
            NAME_LIMIT,
            field=field,
        )
    if any(unicodedata.category(c).startswith("C") for c in value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 contains control characters."), label, field=field
        )
    if not all(name_character_allowed(c) for c in value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The %1 may hold letters, spaces and - ' . only (no emoji or symbols)."
            ),
            label,
            field=field,
        )
    return value


def clean_prison_number(value: str) -> str:
    """The prison number in upper case with single spaces."""
    value = " ".join(unicodedata.normalize("NFC", value).split()).upper()
    if not _PRISON_NUMBER.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A prison number is 1–32 letters or digits (spaces, '.', '/', '-' allowed).",
            ),
            field="prison_number",
        )
    return value


def clean_birth_year(value: int | None) -> int | None:
    """A plausible birth year, or None when not given."""
    if value is None:
        return None
    year = int(value)
    if not 1900 <= year <= now().year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The birth year must be between 1900 and %1."),
            now().year,
            field="birth_year",
        )
    return year


def clean_date(value: str, field: str) -> str:
    """An ISO date (YYYY-MM-DD)."""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 is not a date (YYYY-MM-DD)."), repr(value), field=field
        ) from None


def clean_unit(session: Session, unit: str | None) -> str:
    """An active unit of this establishment (any code at the central office)."""
    code = (unit or "").strip().upper()
    if not code or session.mode is Mode.CENTRAL:
        return code
    row = session.con.execute(
        "SELECT 1 FROM units u JOIN establishments e ON e.id = u.establishment_id "
        "WHERE e.code = ? AND upper(u.code) = ? AND u.active = 1",
        (session.establishment_code, code),
    ).fetchone()
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no active unit %1 in this establishment."),
            code,
            field="unit",
        )
    return code


def clean_text(value: str, field: str, limit: int = 64) -> str:
    """A short one-line text (the cell) with single spaces."""
    value = " ".join(value.split())
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 is limited to %2 characters."),
            QT_TRANSLATE_NOOP("errors", "cell"),
            limit,
            field=field,
        )
    return value


def clean_changes(session: Session, changes: dict[str, Any]) -> dict[str, Any]:
    """Each changed field of a prisoner checked and normalised as when it was first recorded."""
    new: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "prison_number":
            new[name] = clean_prison_number(value)
        elif name in ("family_name", "given_names"):
            new[name] = clean_name(value, name, NAME_LABELS[name])
        elif name == "birth_year":
            new[name] = clean_birth_year(value)
        elif name == "unit_code":
            new[name] = clean_unit(session, value)
        elif name == "cell":
            new[name] = clean_text(value or "", "cell")
        elif name == "status":
            new[name] = SubjectStatus(value).value
        elif name == "review_due":
            new[name] = clean_date(value, "review_due")
        elif name == "restricted":
            new[name] = bool(value)
    return new


DEFAULT_RETENTION_MONTHS: dict[str, int] = {c.value: c.default for c in catalogue.RETENTION_KINDS}


# --- dates -----------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def retention_months(session: Session, kind: str) -> int:
    """The administrator's period for `kind` (setting `retention_months`), else the default."""
    configured = session.setting("retention_months", {}) or {}
    value = configured.get(kind, DEFAULT_RETENTION_MONTHS.get(kind, 12))
    return max(1, int(value))


def default_review_due(session: Session, status: SubjectStatus = SubjectStatus.IN_CUSTODY) -> str:
    """Today plus the retention period for a subject in `status`."""
    kind = "subject" if status is SubjectStatus.IN_CUSTODY else status.value
    return add_months(now().date(), retention_months(session, kind)).isoformat()
