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


@dataclass(frozen=True)
class GradingPreset:
    """One grading vocabulary: codes with plain-word labels for each axis."""

    name: str
    title: str
    source: dict[str, str]
    information: dict[str, str]
    handling: dict[str, str]
    proposals: dict[SourceType, tuple[str, str]]  # source type -> (source, information)
    default_handling: str = "P"


PRESET_3X5X2 = GradingPreset(
    name="3x5x2",
    title="3x5x2 (source 1–3, information A–E, handling P/C)",
    source={"1": "Reliable", "2": "Untested", "3": "Not reliable"},
    information={
        "A": "Known directly to the source",
        "B": "Known indirectly, corroborated",
        "C": "Known indirectly",
        "D": "Not known",
        "E": "Suspected to be false or malicious",
    },
    handling={"P": "Lawful sharing permitted", "C": "Lawful sharing permitted with conditions"},
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
    title="Admiralty 6x6 (source A–F, information 1–6)",
    source={
        "A": "Completely reliable",
        "B": "Usually reliable",
        "C": "Fairly reliable",
        "D": "Not usually reliable",
        "E": "Unreliable",
        "F": "Reliability cannot be judged",
    },
    information={
        "1": "Confirmed by other sources",
        "2": "Probably true",
        "3": "Possibly true",
        "4": "Doubtful",
        "5": "Improbable",
        "6": "Truth cannot be judged",
    },
    handling={"P": "Lawful sharing permitted", "C": "Lawful sharing permitted with conditions"},
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
            f"Unknown grading preset {name!r}; known presets: {known}.", "grading_preset"
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
            f"Source grade {grading.source!r} is not one of {', '.join(p.source)}.",
            "source_grade",
        )
    if information not in p.information:
        raise ValidationError(
            f"Information grade {grading.information!r} is not one of {', '.join(p.information)}.",
            "information_grade",
        )
    if handling not in p.handling:
        raise ValidationError(
            f"Handling code {grading.handling!r} is not one of {', '.join(p.handling)}.",
            "handling",
        )
    conditions = grading.conditions.strip()
    if handling == "C" and not conditions:
        raise ValidationError(
            "Handling C needs the conditions of sharing written out.", "handling_conditions"
        )
    if len(conditions) > 2000:
        raise ValidationError("The handling conditions are too long.", "handling_conditions")
    return Grading(p.name, source, information, handling, conditions)


def describe(grading: Grading) -> dict[str, str]:
    """Plain-word labels of each axis, for screens and reports (never a total)."""
    p = preset(grading.preset)
    return {
        "source": p.source.get(grading.source, grading.source),
        "information": p.information.get(grading.information, grading.information),
        "handling": p.handling.get(grading.handling, grading.handling),
    }
