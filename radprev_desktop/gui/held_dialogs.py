"""What was typed in a prisoner's details dialog or requests window, kept across the lock.

Also the *Add prisoner* dialog (a `HeldDetails` without a prisoner) and the requests
window a correction's guard opens (`HeldCorrection`).

The lock rejects every open dialog and clears the pages; the words an administrator or
supervisor was typing — a correction of the details, a person's request, the reason of a
decision — would be lost. The page that opened the dialog watches it (`DialogWatch`); at
the lock it takes the typed values out into these plain records (memory only, never
written anywhere, as `unsaved_work` does for corrections), and after unlock the same
dialog is opened again on the same prisoner with the values put back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtWidgets import QDialog


@dataclass(frozen=True)
class HeldDetails:
    """*Edit details…* as typed (field → value, with the reason for the change)."""

    subject_id: str  # '' for *Add prisoner*
    values: dict[str, Any]


@dataclass(frozen=True)
class HeldRequests:
    """*Requests and disputes…* as typed: the new request and the decision's fields."""

    subject_id: str
    about: tuple[str, str]  # the record the new request is about: (kind, id)
    kind: str
    words: str
    selected: str  # the request whose decision was being typed ('' for none)
    outcome: str
    version: int
    reason: str


@dataclass(frozen=True)
class HeldCorrection:
    """The requests window a correction's guard opened (*Amend…*, *Correct (amend)…* on a
    restricted file) as typed: after unlock it opens again, and once the request is
    recorded the correction opens, as it would have before the lock."""

    target: tuple[str, str, str]  # the record to correct: (kind, id, label)
    requests: HeldRequests

    @property
    def subject_id(self) -> str:
        return self.requests.subject_id


HeldDialog = HeldDetails | HeldRequests | HeldCorrection


class TypedDialog(Protocol):
    """A dialog that can say what was typed in it and give it back as plain values."""

    def has_typed(self) -> bool: ...

    def held(self) -> HeldDialog: ...


class DialogWatch:
    """The details or requests dialog a page has open, whose typed words the lock holds."""

    def __init__(self) -> None:
        self.current: TypedDialog | None = None
        self.correcting: tuple[str, str, str] | None = None

    def run(self, dialog: QDialog, correcting: tuple[str, str, str] | None = None) -> int:
        """Run `dialog` (dropped afterwards: nothing typed stays under the page);
        `correcting`: the record (kind, id, label) whose correction waits for the request."""
        assert hasattr(dialog, "held") and hasattr(dialog, "has_typed")
        self.current, self.correcting = dialog, correcting
        try:
            return dialog.exec()
        finally:
            self.current, self.correcting = None, None
            dialog.setParent(None)
            dialog.deleteLater()

    def has_typed(self) -> bool:
        """Whether the open dialog holds words not yet saved."""
        return self.current is not None and self.current.has_typed()

    def hold(self) -> HeldDialog | None:
        """The open dialog's typed values (the lock calls this before closing it)."""
        if self.current is None or not self.current.has_typed():
            return None
        held = self.current.held()
        if self.correcting is not None and isinstance(held, HeldRequests):
            return HeldCorrection(self.correcting, held)
        return held
