"""Grading presets: how reliable the source is and how the information is known.

The two axes and the handling code are always kept as separate fields and are
never combined into a score (domain research (c); LED Art. 7(2)). Each vault
selects a preset with the setting `grading_preset`; the default is the
College of Policing 3x5x2, the Admiralty/NATO 6x6 is the alternative. Labels
are plain words so a frontline officer can choose without a manual.
"""

from __future__ import annotations

from dataclasses import dataclass

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Grading, SourceType
from radprev_desktop.core.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class GradingPreset:
    """One grading vocabulary: codes with plain-word labels for each axis."""

    name: str
    title: str
    source: dict[str, str]  # code → plain words, marked for translation (context "labels")
    information: dict[str, str]
    handling: dict[str, str]
    proposals: dict[SourceType, tuple[str, str]]  # source type -> (source, information)
    default_handling: str = "P"


PRESET_3X5X2 = GradingPreset(
    name="3x5x2",
    title=QT_TRANSLATE_NOOP("labels", "3x5x2 (source 1–3, information A–E, handling P/C)"),
    source={
        "1": QT_TRANSLATE_NOOP("labels", "Reliable"),
        "2": QT_TRANSLATE_NOOP("labels", "Untested"),
        "3": QT_TRANSLATE_NOOP("labels", "Not reliable"),
    },
    information={
        "A": QT_TRANSLATE_NOOP("labels", "Known directly to the source"),
        "B": QT_TRANSLATE_NOOP("labels", "Known indirectly, corroborated"),
        "C": QT_TRANSLATE_NOOP("labels", "Known indirectly"),
        "D": QT_TRANSLATE_NOOP("labels", "Not known"),
        "E": QT_TRANSLATE_NOOP("labels", "Suspected to be false or malicious"),
    },
    handling={
        "P": QT_TRANSLATE_NOOP("labels", "Lawful sharing permitted"),
        "C": QT_TRANSLATE_NOOP("labels", "Lawful sharing permitted with conditions"),
    },
    proposals={
        SourceType.OWN_OBSERVATION: ("1", "A"),
        SourceType.ITEM_FOUND: ("1", "A"),
        SourceType.TOLD_BY_STAFF: ("1", "C"),
        SourceType.OVERHEARD: ("2", "C"),
        SourceType.TOLD_BY_PRISONER: ("2", "C"),
    },
)

PRESET_ADMIRALTY = GradingPreset(
    name="6x6",
    title=QT_TRANSLATE_NOOP("labels", "Admiralty 6x6 (source A–F, information 1–6)"),
    source={
        "A": QT_TRANSLATE_NOOP("labels", "Completely reliable"),
        "B": QT_TRANSLATE_NOOP("labels", "Usually reliable"),
        "C": QT_TRANSLATE_NOOP("labels", "Fairly reliable"),
        "D": QT_TRANSLATE_NOOP("labels", "Not usually reliable"),
        "E": QT_TRANSLATE_NOOP("labels", "Unreliable"),
        "F": QT_TRANSLATE_NOOP("labels", "Reliability cannot be judged"),
    },
    information={
        "1": QT_TRANSLATE_NOOP("labels", "Confirmed by other sources"),
        "2": QT_TRANSLATE_NOOP("labels", "Probably true"),
        "3": QT_TRANSLATE_NOOP("labels", "Possibly true"),
        "4": QT_TRANSLATE_NOOP("labels", "Doubtful"),
        "5": QT_TRANSLATE_NOOP("labels", "Improbable"),
        "6": QT_TRANSLATE_NOOP("labels", "Truth cannot be judged"),
    },
    handling={
        "P": QT_TRANSLATE_NOOP("labels", "Lawful sharing permitted"),
        "C": QT_TRANSLATE_NOOP("labels", "Lawful sharing permitted with conditions"),
    },
    proposals={
        SourceType.OWN_OBSERVATION: ("B", "1"),
        SourceType.ITEM_FOUND: ("B", "2"),
        SourceType.TOLD_BY_STAFF: ("B", "3"),
        SourceType.OVERHEARD: ("F", "3"),
        SourceType.TOLD_BY_PRISONER: ("F", "3"),
    },
)

PRESETS: dict[str, GradingPreset] = {p.name: p for p in (PRESET_3X5X2, PRESET_ADMIRALTY)}
DEFAULT_PRESET = PRESET_3X5X2.name


def preset(name: str) -> GradingPreset:
    """The preset called `name`; ValidationError for an unknown one."""
    try:
        return PRESETS[name]
    except KeyError:
        known = ", ".join(PRESETS)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown grading preset %1; known presets: %2."),
            repr(name),
            known,
            field="grading_preset",
        ) from None


def propose_grading(source_type: SourceType | str, preset_name: str = DEFAULT_PRESET) -> Grading:
    """The default grade a source type suggests (own observation → directly known, …).

    The officer may change it; the reviewer confirms or re-grades.
    """
    p = preset(preset_name)
    source, information = p.proposals[SourceType(source_type)]
    return Grading(p.name, source, information, p.default_handling, "")


def validate_grading(grading: Grading) -> Grading:
    """Check each axis against the preset; conditions are required for handling C."""
    p = preset(grading.preset)
    source = grading.source.strip().upper()
    information = grading.information.strip().upper()
    handling = grading.handling.strip().upper()
    if source not in p.source:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Source grade %1 is not one of %2."),
            repr(grading.source),
            ", ".join(p.source),
            field="source_grade",
        )
    if information not in p.information:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Information grade %1 is not one of %2."),
            repr(grading.information),
            ", ".join(p.information),
            field="information_grade",
        )
    if handling not in p.handling:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Handling code %1 is not one of %2."),
            repr(grading.handling),
            ", ".join(p.handling),
            field="handling",
        )
    conditions = grading.conditions.strip()
    if handling == "C" and not conditions:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Handling C needs the conditions of sharing written out."),
            field="handling_conditions",
        )
    if len(conditions) > 2000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The handling conditions are too long."),
            field="handling_conditions",
        )
    return Grading(p.name, source, information, handling, conditions)


def describe(grading: Grading) -> dict[str, str]:
    """Plain-word labels of each axis, for screens and reports (never a total)."""
    p = preset(grading.preset)
    return {
        "source": p.source.get(grading.source, grading.source),
        "information": p.information.get(grading.information, grading.information),
        "handling": p.handling.get(grading.handling, grading.handling),
    }
