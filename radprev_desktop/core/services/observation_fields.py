"""What an officer writes in an observation, and the checks it must pass.

The limits here are also what screens count characters against. Checking is
the same for a draft and a sealed record except that an unfinished draft may
lack the facts, each indicator's evidence and handling C's conditions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from radprev_desktop.core import labels, safeguards
from radprev_desktop.core.clock import now, now_iso
from radprev_desktop.core.errors import NotFound, SensitiveTermsNotConfirmed, ValidationError
from radprev_desktop.core.model import (
    Grading,
    IndicatorEvidence,
    Observation,
    PersonCategory,
    PersonInvolved,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import classification
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
    "other_explanations": MAX_TEXT,
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
    "other_explanations",
    "other_explanations_none",
    "classification",
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
    #: Other explanations considered (debt, conflict, illness, bad news…), or "none
    #: identified" — required, like the assessment, before the record is sealed.
    other_explanations: str = ""
    other_explanations_none: bool = False
    #: A level of the establishment's list (services/classification.py); "" = the lowest.
    classification: str = ""


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


def _item_texts(session: Session, code: str) -> tuple[str, ...]:
    """The active template's wording of an item, every language (to refuse copying it)."""
    try:
        item = template_service.active_template(session).item(code)
    except NotFound:
        return ()
    return tuple(item.label.values()) if item is not None else ()


def _evidence_in_own_words(session: Session, code: str, evidence: str) -> None:
    problem = safeguards.evidence_problem(evidence, _item_texts(session, code))
    if problem is None:
        return
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Write the evidence for %1 in your own words: what you saw or heard, when and "
            "where — a sentence, not 'see the facts' and not the checklist's wording.",
        ),
        code,
        field="indicators",
    )


def _indicators(
    session: Session,
    items: Iterable[IndicatorEvidence],
    *,
    complete: bool = True,
    own_words: bool = False,
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
        if own_words:
            _evidence_in_own_words(session, code, evidence)
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
    session: Session, values: dict[str, Any], *, complete: bool = True, sealing: bool = False
) -> dict[str, Any]:
    """Validate every content field; returns the values as stored (typed).

    `complete=False` (an unfinished draft) skips what only a finished record
    needs: the facts, each indicator's evidence, handling C's conditions.
    Types and lengths are checked always. `sealing=True` (submit, amend) adds
    what a sealed record must hold: the assessment, the other explanations and
    each indicator's evidence in the officer's own words.
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
        "source_type": source_type,
        "source_identity": text_value(
            values["source_identity"],
            "source_identity",
            QT_TRANSLATE_NOOP("errors", "The source identity"),
            limit=MAX_SHORT,
        ),
        "people": _people(values["people"]),
        "indicators": _indicators(
            session, values["indicators"], complete=complete, own_words=sealing
        ),
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
        **_considered(values, required=sealing),
        "classification": classification.check_level(session, values.get("classification")),
    }


def _considered(values: dict[str, Any], *, required: bool) -> dict[str, Any]:
    """The assessment and the other explanations: both required before sealing.

    The same rule as the checklist's: an officer says why it may matter and what
    else could explain it ("none identified" only after considering it).
    """
    assessment = text_value(
        values["assessment"], "assessment", QT_TRANSLATE_NOOP("errors", "The assessment")
    )
    explained = text_value(
        values.get("other_explanations") or "",
        "other_explanations",
        QT_TRANSLATE_NOOP("errors", "The other explanations"),
    )
    none = bool(values.get("other_explanations_none"))
    if required and not assessment:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Write your assessment: why it may matter, and the person's usual behaviour "
                "before.",
            ),
            field="assessment",
        )
    if required and not explained and not none:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Other possible explanations are required: describe them (debt, conflict, "
                "illness, bad news…), or answer 'none identified' after considering them.",
            ),
            field="other_explanations",
        )
    if explained and none:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Other explanations are described and also marked 'none identified'."
            ),
            field="other_explanations_none",
        )
    return {
        "assessment": assessment,
        "other_explanations": explained,
        "other_explanations_none": none,
    }


def sensitive_texts(values: dict[str, Any]) -> dict[str, str]:
    """Every free-text field of an observation, as the sensitive-term question reads it.

    Not the restricted source's identity: its findings would copy words about the
    informant into the record's findings, which travel unrestricted and are shown to
    supervisors (tests/unit/test_sensitive_every_field.py names it with that reason)."""
    grading = values.get("grading")
    return {
        "facts": values["facts"],
        "assessment": values["assessment"],
        "other_explanations": values.get("other_explanations") or "",
        "place": values["place"],
        "officer_duty": values["officer_duty"],
        "action_taken": values["action_taken"],
        "own_account": values["own_account"],
        "people": "\n".join(p.description for p in values["people"]),
        "indicators": "\n".join(i.evidence for i in values["indicators"]),
        "protective_factors": "\n".join(values["protective_factors"]),
        "handling_conditions": grading.conditions if grading is not None else "",
    }


def sensitive_findings(data: ObservationInput) -> list[safeguards.SensitiveFinding]:
    """The free-text fields of `data` that hold sensitive words (the form asks before sealing)."""
    values = {name: getattr(data, name) for name in CONTENT_FIELDS}
    texts = sensitive_texts({**values, "people": list(data.people)})
    return safeguards.sensitive_findings(texts)


def confirmed_findings(
    values: dict[str, Any],
    confirmed: bool,
    extra: dict[str, str] | None = None,
    before: tuple[object, ...] = (),
) -> str:
    """The sensitive-term findings of a record about to be sealed, as stored (JSON).

    SensitiveTermsNotConfirmed until the writer confirms the words are needed to
    describe the behaviour (the question is asked; the answer never blocks).
    `before`: the findings confirmed for the version an amendment corrects.
    """
    findings = safeguards.sensitive_findings({**sensitive_texts(values), **(extra or {})})
    if safeguards.unconfirmed(findings, before) and not confirmed:
        raise SensitiveTermsNotConfirmed(tuple(findings), labels.field_word)
    return json.dumps([f.as_json() for f in findings], ensure_ascii=False)


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
