"""Sorting names as people of the user's language read them (QCollator, not byte order).

Lists paged from the vault are ordered by core (folded names); lists the
screens sort themselves use `sorted_by_name`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale

T = TypeVar("T")


def collator() -> QCollator:
    """A collator for the current UI language: case-insensitive, numbers by value."""
    c = QCollator(QLocale())
    c.setCaseSensitivity(c.caseSensitivity().CaseInsensitive)
    c.setNumericMode(True)
    return c


def sorted_by_name(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """`items` in the language's alphabetical order of `key` ("Dąbrowski" before "Dushku")."""
    c = collator()
    return sorted(items, key=lambda item: c.sortKey(key(item)))
