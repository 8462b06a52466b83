"""Display text before it is translated: marked source strings and messages with values.

Core holds no Qt, yet its display text (labels, report strings, error messages,
command-line messages) is collected by Qt's `pyside6-lupdate` into the same
catalogues as the screens. Two pieces make that work:

* `QT_TRANSLATE_NOOP(context, source)` — named like Qt's macro so lupdate
  collects it, it returns the English `source` unchanged, as a `Source` (a str
  that remembers its context), so a table of labels stays a table of strings.
* `Text(source, *args)` — a message with its values, translated only when it is
  shown: the GUI in the screen's language, the CLI in the command's, a report in
  the report's. `str()` of a Text is the English rendering (logs, tests).

Placeholders follow Qt (`%1`, `%2`, …) so translators see one notation. This
module imports nothing of the project: errors.py builds on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

PLACEHOLDER = re.compile(r"%(\d+)")

#: Translates (context, source) into the reader's language; the identity is English.
Lookup = Callable[[str, str], str]


class Source(str):
    """An English source string that knows its translation context."""

    context: str

    def __new__(cls, text: str, context: str) -> Source:
        made = super().__new__(cls, text)
        made.context = context
        return made

    def __reduce__(self) -> tuple[object, ...]:  # pickles (process pools) keep the context
        return (Source, (str(self), self.context))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Source:
    """Mark `source` for Qt Linguist in `context`; returns it untranslated (a `Source`)."""
    return Source(source, context)


#: A placeholder and the full stop right after it ("%1." ends a sentence with a value).
_PLACEHOLDER_STOP = re.compile(r"%(\d+)(\.(?!\.))?")


def fill(text: str, values: Sequence[str]) -> str:
    """Put `values` into the `%1`, `%2`… of `text` (an unknown number stays as written).

    A value that already ends with a dot takes the place of the sentence's full
    stop after it: a Serbian, Bosnian, Croatian or Montenegrin date is written
    "07.06.2026." and must not end a sentence as "07.06.2026.." (nor "itd.." an
    abbreviation).
    """
    if not values:
        return text

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(values):
            return match.group(0)
        value, stop = values[index], match.group(2) or ""
        if stop and value.endswith(".") and not value.endswith(".."):
            return value
        return value + stop

    return _PLACEHOLDER_STOP.sub(one, text)


_NAMED_STOP = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}(\.(?!\.))?")


def named(text: str, **values: str) -> str:
    """`text` with its `{name}` fields filled, by the rule of `fill`: a value that
    ends with a dot (a dotted date) takes the place of the full stop after it."""

    def one(match: re.Match[str]) -> str:
        if match.group(1) not in values:
            return match.group(0)
        value, stop = values[match.group(1)], match.group(2) or ""
        if stop and value.endswith(".") and not value.endswith(".."):
            return value
        return value + stop

    return _NAMED_STOP.sub(one, text)


def english(context: str, source: str) -> str:
    """The identity lookup: the English source text."""
    del context
    return source


class Text:
    """A message to show: a marked source string and its values, translated late.

    A value may itself be a Text or a marked `Source` (a label inside a
    sentence); it is translated in the same language. Other values are shown as they are (names, numbers,
    codes — format numbers and dates for the reader before passing them).
    """

    __slots__ = ("args", "context", "source")

    def __init__(self, source: str, *args: object, context: str | None = None) -> None:
        if context is None:
            context = source.context if isinstance(source, Source) else "errors"
        self.context = context
        self.source = str(source)
        self.args = args

    def render(self, lookup: Lookup) -> str:
        """The message in the language of `lookup`."""
        values = [_value(a, lookup) for a in self.args]
        return fill(lookup(self.context, self.source), values)

    def __str__(self) -> str:
        return self.render(english)

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {self.source!r}, {self.args!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return (self.context, self.source, self.args) == (
                other.context,
                other.source,
                other.args,
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.context, self.source, self.args))


class Listing:
    """Several values shown as one ('officer, supervisor or auditor'), each translated.

    `last` is the marked pattern joining the last two ("%1 or %2", "%1 and %2"),
    so each language says its own conjunction.
    """

    __slots__ = ("items", "last")

    def __init__(self, items: Sequence[object], last: Source) -> None:
        self.items = tuple(items)
        self.last = last

    def render(self, lookup: Lookup) -> str:
        """The values in the language of `lookup`."""
        values = [_value(v, lookup) for v in self.items]
        if len(values) < 2:
            return "".join(values)
        return fill(lookup(self.last.context, str(self.last)), [", ".join(values[:-1]), values[-1]])

    def __str__(self) -> str:
        return self.render(english)


class Joined:
    """Several messages shown one after the other (sentences of a report paragraph)."""

    __slots__ = ("parts", "separator")

    def __init__(self, parts: Sequence[object], separator: str = " ") -> None:
        self.parts = tuple(parts)
        self.separator = separator

    def render(self, lookup: Lookup) -> str:
        """The sentences in the language of `lookup`."""
        return self.separator.join(_value(p, lookup) for p in self.parts)

    def __str__(self) -> str:
        return self.render(english)


def _value(value: object, lookup: Lookup) -> str:
    if isinstance(value, Text | Listing | Joined):
        return value.render(lookup)
    if isinstance(value, Source):  # a marked word (a label, a field name): translated too
        return lookup(value.context, str(value))
    return str(value)


def as_text(value: str | Text) -> Text:
    """A Text for `value` (a plain str becomes a message without values)."""
    return value if isinstance(value, Text) else Text(value)
