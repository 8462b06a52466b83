"""Third parties redacted from what a person receives about themself (LED Art. 14/15).

The subject-access report and its machine-readable export give the person what
was written about them, but not other people's data: other prisoners named in
the text, a restricted source's identity, and the names of officers below the
rank the establishment chose (setting `access_report_staff_named`). Each
redaction is logged (where, what kind, how many words), never the redacted
value, so the data-protection officer can account for what was withheld.

Other prisoners are found by name: any capitalised word of the text that is a
folded family or given name of another prisoner in the vault (and not one of the
person's own names) is replaced. A common word that is also a name is redacted
too: withholding a word is safer than disclosing a third party.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.i18n import Translator
from radprev_desktop.core.model import Role, Subject, User
from radprev_desktop.core.services import search_index, subjects, users
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Source

#: Fields of the printed records that hold free text (redacted for other prisoners).
TEXT_FIELDS = frozenset(
    {
        "facts",
        "assessment",
        "description",
        "evidence",
        "action_taken",
        "own_account",
        "amendment_reason",
        "other_explanations",
        "context_notes",
        "summary",
        "comment",
        "reason",
        "place",
        "note",
        "outcome",
        "reason_facts",
        "reason_assessment",
        "justification",
    }
)
#: Fields naming a member of staff (a username or staff code).
STAFF_FIELDS = frozenset(
    {
        "recorded_by",
        "recorded_by_code",
        "reviewer",
        "by_user",
        "author",
        "author_code",
        "amended_by",
        "created_by",
        "made_by",
        "decided_by",
        "user",
        "referred_by",
        "updated_by",
    }
)
#: Who is named in an access report: roles at or above the chosen rank (the setting's value).
NAMED_ROLES: dict[str, frozenset[Role]] = {
    "everyone": frozenset(Role),
    "supervisors": frozenset(Role) - {Role.OFFICER},
    "nobody": frozenset(),
}

OTHER_PRISONER = QT_TRANSLATE_NOOP("reports", "[another prisoner]")
SOURCE_WITHHELD = QT_TRANSLATE_NOOP("reports", "[source withheld]")
STAFF_MEMBER = QT_TRANSLATE_NOOP("reports", "Officer %1")

#: Kinds of redaction, as the redaction log names them.
KIND_PRISONER = QT_TRANSLATE_NOOP("reports", "Another prisoner's name")
KIND_SOURCE = QT_TRANSLATE_NOOP("reports", "Identity of a restricted source")
KIND_STAFF = QT_TRANSLATE_NOOP("reports", "Name of an officer")

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Redacted:
    """One line of the redaction log: where, what kind, how many times."""

    place: str
    kind: Source
    count: int


class Redactor:
    """Redacts third parties from one person's records and keeps the log of what it did."""

    def __init__(self, session: Session, subject: Subject, reports: Translator) -> None:
        self._tr = self.reports = reports
        own = {search_index.fold(w) for w in _WORD.findall(subject.family_name)}
        own |= {search_index.fold(w) for w in _WORD.findall(subject.given_names)}
        others: set[str] = set()
        for family, given in subjects.names_of_others(session.con, subject.id):
            for word in _WORD.findall(f"{family} {given}"):
                if len(word) > 1:
                    others.add(search_index.fold(word))
        self._names = others - own
        chosen = str(
            session.setting(
                "access_report_staff_named", catalogue.default("access_report_staff_named")
            )
        )
        named = NAMED_ROLES.get(chosen, NAMED_ROLES["supervisors"])
        self._staff: dict[str, User] = {}
        for user in users.list_users(session, include_removed=True):
            self._staff[user.username] = user
            if user.staff_code:
                self._staff[user.staff_code] = user
        self._named = named
        self._aliases: dict[str, int] = {}
        self._log: Counter[tuple[str, Source]] = Counter()

    @property
    def log(self) -> list[Redacted]:
        """What was redacted, in the order first met."""
        return [Redacted(place, kind, n) for (place, kind), n in self._log.items()]

    def counts(self) -> dict[str, int]:
        """Redactions per kind (for the audit entry)."""
        total: Counter[str] = Counter()
        for (_, kind), n in self._log.items():
            total[str(kind)] += n
        return dict(total)

    def text(self, value: str, place: str) -> str:
        """`value` with other prisoners' names replaced (in the report's language)."""
        if not value or not self._names:
            return value
        found = 0

        def swap(match: re.Match[str]) -> str:
            nonlocal found
            word = match.group(0)
            if word[:1].isupper() and search_index.fold(word) in self._names:
                found += 1
                return "\x00"
            return word

        out = _WORD.sub(swap, value)
        if not found:
            return out
        self._log[(place, KIND_PRISONER)] += found
        # "Jan Kowalski" is one other prisoner: one mark for a run of redacted words.
        return re.sub(r"\x00(?:\s+\x00)*", lambda _: self._tr.tr(OTHER_PRISONER), out)

    def staff(self, who: str, place: str) -> str:
        """A member of staff as printed: the username, or 'Officer n' below the chosen rank
        (the same number for the same person throughout the report)."""
        if not who:
            return who
        user = self._staff.get(who)
        if user is not None and user.roles & self._named:
            return who
        key = user.username if user is not None else who
        if key not in self._aliases:
            self._aliases[key] = len(self._aliases) + 1
        self._log[(place, KIND_STAFF)] += 1
        return self._tr.tr(STAFF_MEMBER, self._aliases[key])

    def source(self, identity: str, place: str) -> str:
        """A restricted source's identity: never given (logged when there was one)."""
        if identity:
            self._log[(place, KIND_SOURCE)] += 1
            return self._tr.tr(SOURCE_WITHHELD)
        return identity

    def record(self, value: Any, place: str) -> Any:
        """A copy of a record (frozen dataclass, possibly nested) with its text fields,
        staff names and source identity redacted."""
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return value
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            current = getattr(value, f.name)
            if f.name == "source_identity" and isinstance(current, str):
                # Withheld upstream for a restricted source, or here: logged either way.
                withheld = current or getattr(value, "restricted", False)
                changes[f.name] = self.source(current or "", place) if current else ""
                if withheld and not current:
                    self._log[(place, KIND_SOURCE)] += 1
            elif f.name in STAFF_FIELDS and isinstance(current, str):
                changes[f.name] = self.staff(current, place)
            elif f.name in TEXT_FIELDS and isinstance(current, str):
                changes[f.name] = self.text(current, place)
            elif isinstance(current, tuple) and current and dataclasses.is_dataclass(current[0]):
                changes[f.name] = tuple(self.record(item, place) for item in current)
            elif f.name == "old_values" and isinstance(current, dict):
                changes[f.name] = {
                    k: self.text(v, place) if isinstance(v, str) else v for k, v in current.items()
                }
        return dataclasses.replace(value, **changes) if changes else value
