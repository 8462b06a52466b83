"""What an officer writes in an observation, and the checks it must pass.

The limits here are also what screens count characters against. Checking is
the same for a draft and a sealed record except that an unfinished draft may
lack the facts, each indicator's evidence and handling C's conditions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from radprev_desktop.core.clock import now, now_iso
from radprev_desktop.core.errors import NotFound, ValidationError
from radprev_desktop.core.model import (
    Grading,
    IndicatorEvidence,
    Observation,
    PersonCategory,
    PersonInvolved,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import grading as grading_mod
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text

MAX_TEXT = 20_000
MAX_SHORT = 500
#: The longest text each field may hold, for screens that count characters as they are typed.
FIELD_LIMITS: dict[str, int] = {
    "place": 200,
    "officer_duty": 200,
    "facts": MAX_TEXT,
    "assessment": MAX_TEXT,
    "source_identity": MAX_SHORT,
    "people": MAX_SHORT,
    "indicators": MAX_SHORT * 4,
    "protective_factors": MAX_SHORT,
    "handling_conditions": 2000,
    "action_taken": MAX_TEXT,
    "own_account": MAX_TEXT,
    "reason": MAX_SHORT,
}
#: The shape of an indicator code (A3, A3.2, …); the sync schema uses it too.
INDICATOR_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,7}(\.[A-Z0-9]{1,8}){0,3}$")

#: Fields an author sets (in create_draft / update_draft / amend).
CONTENT_FIELDS = (
    "event_start",
    "event_end",
    "place",
    "officer_duty",
    "facts",
    "assessment",
    "source_type",
    "source_identity",
    "people",
    "indicators",
    "protective_factors",
    "grading",
    "urgency",
    "action_taken",
    "own_account",
    "restricted",
)


@dataclass(frozen=True)
class ObservationInput:
    """What the officer writes. `grading=None` takes the grade the source type proposes."""

    subject_id: str
    facts: str
    event_start: str | None = None  # ISO date or date-time; default: now
    event_end: str | None = None
    place: str = ""
    officer_duty: str = ""
    assessment: str = ""
    source_type: SourceType = SourceType.OWN_OBSERVATION
    source_identity: str = ""
    people: Sequence[PersonInvolved] = field(default_factory=tuple)
    indicators: Sequence[IndicatorEvidence] = field(default_factory=tuple)
    protective_factors: Sequence[str] = field(default_factory=tuple)
    grading: Grading | None = None
    urgency: Urgency = Urgency.ROUTINE
    action_taken: str = ""
    own_account: str = ""
    restricted: bool = False


# --- checks --------------------------------------------------------------------


def text_value(
    value: str, name: str, label: str | Text, *, required: bool = False, limit: int = MAX_TEXT
) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "%1 is required."), label, field=name)
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 is limited to %2 characters."), label, limit, field=name
        )
    return value


def _moment(value: str, name: str) -> str:
    """An event time: a date or a date-time, stored as given (minutes precision)."""
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "%1 is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM)."
            ),
            repr(value),
            field=name,
        ) from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    if parsed > now().replace(tzinfo=None) + timedelta(days=1):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The event cannot be in the future."), field=name
        )
    return parsed.date().isoformat() if len(value) == 10 else parsed.isoformat(timespec="minutes")


def active_indicator_codes(session: Session) -> set[str] | None:
    """Codes of the active checklist template (None when none is active)."""
    try:
        codes = template_service.active_indicator_codes(session)
    except NotFound:  # no active template: codes are checked for their format only
        return None
    return {str(c).upper() for c in codes} if codes else None


def _indicators(
    session: Session, items: Iterable[IndicatorEvidence], *, complete: bool = True
) -> tuple[IndicatorEvidence, ...]:
    known = None
    seen: set[str] = set()
    out: list[IndicatorEvidence] = []
    for item in items:
        code = item.code.strip().upper()
        if not INDICATOR_CODE.match(code):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "%1 is not an indicator code (like A3.2)."),
                repr(item.code),
                field="indicators",
            )
        if code in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Indicator %1 is listed twice."),
                code,
                field="indicators",
            )
        evidence = text_value(
            item.evidence,
            "indicators",
            Text(QT_TRANSLATE_NOOP("errors", "The evidence for %1"), code),
            required=complete,
            limit=FIELD_LIMITS["indicators"],
        )
        if known is None:
            known = active_indicator_codes(session) or set()
        if known and code not in known:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Indicator %1 is not in the active checklist template."
                ),
                code,
                field="indicators",
            )
        seen.add(code)
        out.append(IndicatorEvidence(code, evidence))
    return tuple(out)


def _people(items: Iterable[PersonInvolved]) -> tuple[PersonInvolved, ...]:
    out = []
    for p in items:
        try:
            category = PersonCategory(p.category)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "%1 is not a category of person."),
                repr(p.category),
                field="people",
            ) from None
        out.append(
            PersonInvolved(
                category,
                text_value(
                    p.description,
                    "people",
                    QT_TRANSLATE_NOOP("errors", "A description"),
                    limit=MAX_SHORT,
                ),
            )
        )
    return tuple(out)


def _factors(items: Iterable[str]) -> tuple[str, ...]:
    out = tuple(
        text_value(
            t,
            "protective_factors",
            QT_TRANSLATE_NOOP("errors", "A protective factor"),
            limit=MAX_SHORT,
        )
        for t in items
    )
    return tuple(t for t in out if t)


def _grading(
    session: Session, grading: Grading | None, source_type: SourceType, *, complete: bool = True
) -> Grading:
    if grading is None:
        return grading_mod.propose_grading(source_type, current_preset(session))
    if not complete and not grading.conditions.strip():
        # An unfinished draft may lack the conditions of handling C; submit asks for them.
        checked = grading_mod.validate_grading(replace(grading, conditions="-"))
        return replace(checked, conditions="")
    return grading_mod.validate_grading(grading)


def current_preset(session: Session) -> str:
    """The vault's grading preset (setting `grading_preset`)."""
    return str(session.setting("grading_preset", grading_mod.DEFAULT_PRESET))


def clean_values(
    session: Session, values: dict[str, Any], *, complete: bool = True
) -> dict[str, Any]:
    """Validate every content field; returns the values as stored (typed).

    `complete=False` (an unfinished draft) skips what only a finished record
    needs: the facts, each indicator's evidence, handling C's conditions.
    Types and lengths are checked always.
    """
    source_type = enum_value(SourceType, values["source_type"], "source_type")
    start = _moment(values["event_start"] or now_iso()[:16], "event_start")
    end = _moment(values["event_end"], "event_end") if values.get("event_end") else None
    if end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The event cannot end before it starts."), field="event_end"
        )
    return {
        "event_start": start,
        "event_end": end,
        "place": text_value(
            values["place"],
            "place",
            QT_TRANSLATE_NOOP("errors", "The place"),
            limit=FIELD_LIMITS["place"],
        ),
        "officer_duty": text_value(
            values["officer_duty"],
            "officer_duty",
            QT_TRANSLATE_NOOP("errors", "The duty"),
            limit=FIELD_LIMITS["officer_duty"],
        ),
        "facts": text_value(
            values["facts"],
            "facts",
            QT_TRANSLATE_NOOP("errors", "What was seen or heard"),
            required=complete,
        ),
        "assessment": text_value(
            values["assessment"], "assessment", QT_TRANSLATE_NOOP("errors", "The assessment")
        ),
        "source_type": source_type,
        "source_identity": text_value(
            values["source_identity"],
            "source_identity",
            QT_TRANSLATE_NOOP("errors", "The source identity"),
            limit=MAX_SHORT,
        ),
        "people": _people(values["people"]),
        "indicators": _indicators(session, values["indicators"], complete=complete),
        "protective_factors": _factors(values["protective_factors"]),
        "grading": _grading(session, values["grading"], source_type, complete=complete),
        "urgency": enum_value(Urgency, values["urgency"], "urgency"),
        "action_taken": text_value(
            values["action_taken"], "action_taken", QT_TRANSLATE_NOOP("errors", "The action taken")
        ),
        "own_account": text_value(
            values["own_account"],
            "own_account",
            QT_TRANSLATE_NOOP("errors", "The prisoner's account"),
        ),
        "restricted": bool(values["restricted"]),
    }


def enum_value(kind: Any, value: Any, name: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        known = ", ".join(k.value for k in kind)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 is not one of %2."), repr(value), known, field=name
        ) from None


def content_of(obs: Observation) -> dict[str, Any]:
    """The content fields of a version by their ObservationInput names (forms, amendments)."""
    return {name: getattr(obs, name) for name in CONTENT_FIELDS}
