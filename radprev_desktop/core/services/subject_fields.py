"""What identifies a prisoner on paper, and the checks it must pass.

Names in any script (letters, combining accents, spaces, - ' .), never emoji
or symbols; prison numbers normalised to upper case; the unit must be an
active unit of the establishment (workstations). Screens use
`name_character_allowed` to refuse a character as it is typed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from radprev_desktop.core.clock import now
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Mode
from radprev_desktop.core.session import Session

_PRISON_NUMBER = re.compile(r"^[\w][\w ./-]{0,31}$")

# --- checks ------------------------------------------------------------------


NAME_LIMIT = 100


def name_character_allowed(char: str) -> bool:
    """Letters (any script), combining accents, digits, spaces and punctuation such as - ' .

    Control characters, emoji and other symbols are not part of a name; the
    screens use this to refuse them as they are typed.
    """
    if char in "\ufe0e\ufe0f\u200d":  # emoji presentation selectors and joiner
        return False
    category = unicodedata.category(char)
    return category[0] in "LMNP" or category == "Zs"


def clean_name(value: str, field: str, label: str) -> str:
    value = " ".join(unicodedata.normalize("NFC", value).split())
    if not value:
        raise ValidationError(f"The {label} is required.", field)
    if len(value) > NAME_LIMIT:
        raise ValidationError(f"The {label} is limited to {NAME_LIMIT} characters.", field)
    if any(unicodedata.category(c).startswith("C") for c in value):
        raise ValidationError(f"The {label} contains control characters.", field)
    if not all(name_character_allowed(c) for c in value):
        raise ValidationError(
            f"The {label} may hold letters, spaces and - ' . only (no emoji or symbols).", field
        )
    return value


def clean_prison_number(value: str) -> str:
    value = " ".join(unicodedata.normalize("NFC", value).split()).upper()
    if not _PRISON_NUMBER.match(value):
        raise ValidationError(
            "A prison number is 1–32 letters or digits (spaces, '.', '/', '-' allowed).",
            "prison_number",
        )
    return value


def clean_birth_year(value: int | None) -> int | None:
    if value is None:
        return None
    year = int(value)
    if not 1900 <= year <= now().year:
        raise ValidationError(
            f"The birth year must be between 1900 and {now().year}.", "birth_year"
        )
    return year


def clean_date(value: str, field: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValidationError(f"{value!r} is not a date (YYYY-MM-DD).", field) from None


def clean_unit(session: Session, unit: str | None) -> str:
    code = (unit or "").strip().upper()
    if not code or session.mode is Mode.CENTRAL:
        return code
    row = session.con.execute(
        "SELECT 1 FROM units u JOIN establishments e ON e.id = u.establishment_id "
        "WHERE e.code = ? AND upper(u.code) = ? AND u.active = 1",
        (session.establishment_code, code),
    ).fetchone()
    if row is None:
        raise ValidationError(f"There is no active unit {code} in this establishment.", "unit")
    return code


def clean_text(value: str, field: str, limit: int = 64) -> str:
    value = " ".join(value.split())
    if len(value) > limit:
        raise ValidationError(f"The {field} is limited to {limit} characters.", field)
    return value
