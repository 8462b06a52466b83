"""What an operation changed, declared by the core operation itself.

A core operation that changes the vault is marked `@operation(Change.X | …)`.
Calling it works as before; `op.run(...)` also returns the change set with the
result, which is how a front end learns what to re-read: the GUI runs an
operation, broadcasts its `Change` and every page decides from it whether to
refresh (the way Anki's operations return `OpChanges`). No screen names what
changed by hand.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import Flag, auto
from typing import Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class Change(Flag):
    """Kinds of data an operation may change (a screen re-reads those it shows)."""

    NOTHING = 0
    SUBJECTS = auto()
    OBSERVATIONS = auto()
    REVIEWS = auto()
    CHECKLISTS = auto()
    TEMPLATES = auto()
    SETTINGS = auto()
    ACCOUNTS = auto()
    BACKUPS = auto()
    SYNC = auto()  # the outbox, exports, imports, receipts, trusted keys
    TRAINING = auto()  # exercises in a training vault (issue 17)
    REFERRALS = auto()  # programme referrals and their outcomes (issue 15)
    RECORDS = SUBJECTS | OBSERVATIONS | REVIEWS | CHECKLISTS | REFERRALS
    EVERYTHING = RECORDS | TEMPLATES | SETTINGS | ACCOUNTS | BACKUPS | SYNC | TRAINING


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """An operation's result and what it changed."""

    value: R
    changes: Change


class Operation(Generic[P, R]):
    """A core function that changes the vault, with the change set it declares."""

    def __init__(self, fn: Callable[P, R], changes: Change) -> None:
        self._fn = fn
        self.changes = changes
        functools.update_wrapper(self, fn)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self._fn(*args, **kwargs)

    def run(self, *args: P.args, **kwargs: P.kwargs) -> Outcome[R]:
        """Run the operation; its result with the change set (nothing changed on an error)."""
        return Outcome(self._fn(*args, **kwargs), self.changes)

    def __repr__(self) -> str:
        return f"<operation {self._fn.__module__}.{self._fn.__qualname__} {self.changes}>"


def operation(changes: Change) -> Callable[[Callable[P, R]], Operation[P, R]]:
    """Mark a core function as an operation that changes `changes`."""

    def mark(fn: Callable[P, R]) -> Operation[P, R]:
        return Operation(fn, changes)

    return mark
