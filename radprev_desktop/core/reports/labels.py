"""Grading as reports print it; the words of the closed sets come from core/labels.py."""

from __future__ import annotations

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.i18n import Translator
from radprev_desktop.core.model import Grading
from radprev_desktop.core.services import grading as grading_service
from radprev_desktop.core.text import Source


def grading_code(grading: Grading) -> str:
    """'1 / A / P' — the three axes shown apart, never combined."""
    return f"{grading.source} / {grading.information} / {grading.handling}"


def grading_words(reports: Translator, grading: Grading) -> str:
    """Each axis in plain words: 'Source: Reliable; Information: …; Handling: …'."""
    words: dict[str, str | Source]
    try:
        words = dict(grading_service.describe(grading))
    except ValidationError:  # an unknown preset (from another vault) prints its codes
        words = {"source": grading.source, "information": grading.information, "handling": ""}
    parts = [
        reports.tr("Source %1: %2", grading.source, reports.text(words["source"])),
        reports.tr("Information %1: %2", grading.information, reports.text(words["information"])),
        reports.tr("Handling %1: %2", grading.handling, reports.text(words["handling"])),
    ]
    text = "; ".join(parts)
    if grading.conditions:
        text += "; " + reports.tr("Conditions: %1", grading.conditions)
    return text
