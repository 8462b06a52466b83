"""Each observation carries a classification level from the establishment's list.

The administrator keeps the list (setting `classification_levels`, lowest
first; e.g. OFFICIAL, OFFICIAL-SENSITIVE, RESTRICTED). An officer chooses a level
for each observation (the lowest unless chosen); it is changed afterwards only
by an amendment (a new version, reviewed again) or by a supervisor with a reason
(`reclassify`, audited, sent to the central office again). A printed page
carries the highest level among the records it shows, never lower than the
vault's own marking (`classification_marking`, the marking of pages without
records) when that marking is one of the levels (decision 0022).
"""

from __future__ import annotations

from collections.abc import Iterable

from radprev_desktop.core import policy
from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Observation
from radprev_desktop.core.outbox import record_change
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import observation_rows as obs_rows
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

KEY = "classification_levels"
MAX_REASON = 500


def levels(session: Session) -> list[str]:
    """The establishment's levels, lowest first (the declared default when none is set)."""
    held = session.setting(KEY, None)
    return list(held) if held else list(catalogue.default(KEY))


def lowest(session: Session) -> str:
    """The level a new observation takes unless the officer chooses another."""
    return levels(session)[0]


def check_level(session: Session, value: str | None) -> str:
    """The level as the list spells it ('' or None: the lowest); ValidationError naming the
    list when `value` is not one of its levels."""
    wanted = " ".join((value or "").split())
    known = levels(session)
    if not wanted:
        return known[0]
    for level in known:
        if level.casefold() == wanted.casefold():
            return level
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "The classification must be one of: %1."),
        ", ".join(known),
        field="classification",
    )


def rank(known: list[str], level: str) -> int:
    """A level's place in the list; a level no longer listed ranks above every listed one
    (a record is never printed under a lower marking than it was given)."""
    folded = [k.casefold() for k in known]
    try:
        return folded.index(level.casefold())
    except ValueError:
        return len(known)


def marking(session: Session, held: Iterable[str]) -> str:
    """The page marking of a document showing records of the levels `held`.

    The highest of those levels and the vault's marking when the marking is one of the
    levels; the vault's marking alone when no record is shown (or the marking is free
    text outside the list and no record has a level).
    """
    known = levels(session)
    floor = " ".join(str(session.setting("classification_marking", "") or "").split())
    shown = [" ".join(h.split()) for h in held if h and h.strip()]
    if not shown:
        return floor
    candidates = shown + ([floor] if floor and rank(known, floor) < len(known) else [])
    return max(candidates, key=lambda level: (rank(known, level), level))


@operation(Change.OBSERVATIONS | Change.SYNC)
def reclassify(session: Session, observation_id: str, level: str, reason: str) -> Observation:
    """A supervisor changes the level of the current version of a sealed observation.

    The reason is required and, with the old and new level, goes into the audit log
    (`observation_reclassified`); the version is queued again so the central office
    holds the new level. The text is not touched, so no new version is made (an
    author who corrects the record changes the level in the amendment instead).
    """
    policy.require(session, Permission.REVIEW)
    why = " ".join((reason or "").split())
    if not why or len(why) > MAX_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason for the new classification."),
            field="reason",
        )
    row_no, obs = obs_rows.load(session.con, observation_id)
    policy.require_reach(session, obs, Permission.REVIEW)
    policy.require_made_here(session, obs.establishment_code)
    new = check_level(session, level)
    if not obs.sealed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A draft's author chooses its classification."),
            field="classification",
        )
    if new == obs.classification:
        return obs
    with session.transaction() as con:
        obs_rows.set_classification(con, row_no, new)
        record_change(con, "observation", obs.id, obs.version)
        session.audit(
            "observation_reclassified",
            object_type="observation",
            object_id=obs.id,
            justification=why,
            details={
                "version": obs.version,
                "from": obs.classification,
                "to": new,
                "subject_id": obs.subject_id,
            },
        )
    return obs_rows.load(session.con, observation_id)[1]
