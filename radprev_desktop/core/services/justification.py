"""Reasons for access: every consultation of a subject's file is justified.

LED Art. 25 asks that consultation logs show the justification. The reason is
a short closed list (dropdown in the GUI, `--reason` in the CLI) plus an
optional text; "other" needs the text.
"""

from __future__ import annotations

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Justification, JustificationReason
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

#: The reasons a user chooses (the work queue is implied by the screen, never chosen).
CHOSEN: tuple[JustificationReason, ...] = tuple(
    r for r in JustificationReason if r is not JustificationReason.WORK_QUEUE
)

MAX_TEXT = 500


def make_justification(reason: JustificationReason | str, text: str = "") -> Justification:
    """Validate and build a justification; "other" requires a text."""
    try:
        code = JustificationReason(reason)
    except ValueError:
        known = ", ".join(r.value for r in JustificationReason)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown reason for access %1; choose one of %2."),
            repr(reason),
            known,
            field="justification",
        ) from None
    if code not in CHOSEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The reason %1 is implied by a screen and cannot be chosen."
            ),
            code.value,
            field="justification",
        )
    text = " ".join(text.split())
    if code is JustificationReason.OTHER and not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Say in a few words why you open this file (reason 'other')."
            ),
            field="justification",
        )
    if len(text) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason for access is limited to %1 characters."),
            MAX_TEXT,
            field="justification",
        )
    return Justification(code, text)


def check(justification: Justification | None) -> Justification:
    """A justification must be given; re-validate it (it may come from the GUI)."""
    if justification is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A reason for access is required to open a file."),
            field="justification",
        )
    return make_justification(justification.reason, justification.text)
