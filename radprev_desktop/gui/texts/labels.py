"""Plain-word, translated labels for the closed sets of the records domain.

The words live in core/labels.py, the one table screens, reports and the
command line share (context "labels"); `label()` translates at display time so
a language switch applies.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from radprev_desktop.core import labels as table
from radprev_desktop.core.model import Grading
from radprev_desktop.core.services import grading as grading_service
from radprev_desktop.core.services import users
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import Source


def label(value: Enum | str) -> str:
    """The translated plain word for an enum member (the raw value if unknown)."""
    marked = table.word(value)
    return (
        QCoreApplication.translate(table.CONTEXT, marked) if isinstance(marked, Source) else marked
    )


def short_label(value: Enum) -> str:
    """A shorter word for table columns (falls back to `label`)."""
    return QCoreApplication.translate(table.CONTEXT, table.short_word(value))


def programme_text(code: str) -> str:
    """A programme in plain words (one of the six kinds), else its code as listed."""
    marked = table.programme_word(code)
    return (
        QCoreApplication.translate(table.CONTEXT, marked) if isinstance(marked, Source) else marked
    )


def words(text: str) -> str:
    """Translate a plain word that comes from a core table (grading presets)."""
    return QCoreApplication.translate(table.CONTEXT, text)


def grading_text(grading: Grading | None) -> str:
    """'Source: Reliable (1) · Information: Known indirectly (C) · Handling: …' — axes apart."""
    if grading is None:
        return ""
    described = grading_service.describe(grading)
    parts = [
        # Axis names as the grading widgets say them (messages of that context).
        f"{QCoreApplication.translate('GradingWidget', 'Source grade')}: "
        f"{words(described['source'])} ({grading.source})",
        f"{QCoreApplication.translate('GradingWidget', 'Information grade')}: "
        f"{words(described['information'])} ({grading.information})",
        f"{QCoreApplication.translate('GradingWidget', 'Handling')}: "
        f"{words(described['handling'])} ({grading.handling})",
    ]
    text = " · ".join(parts)
    if grading.conditions:
        text += " — " + grading.conditions
    return text


def person_name(session: Session, username: str) -> str:
    """A colleague's name instead of an account or staff code ('' stays '')."""
    return users.display_names(session, [username]).get(username, username)
