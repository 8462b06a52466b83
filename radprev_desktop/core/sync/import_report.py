"""The report of one package import (shown by the CLI and the Sync page)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Joined, Text


@dataclass(frozen=True)
class QuarantinedRecord:
    """A record kept aside, with the reason (shown in the import report).

    `reason` is the English text kept with the line and given by `--json`; `shown`,
    when the refusal was a message with its values, is that message, so the report
    says the reason in the reader's language."""

    line: int
    part: str
    kind: str
    object_id: str
    reason: str
    field: str = ""
    shown: Text | None = None

    def as_dict(self) -> dict[str, Any]:
        """The plain values (`--json`)."""
        return {
            "line": self.line,
            "part": self.part,
            "kind": self.kind,
            "object_id": self.object_id,
            "reason": self.reason,
            "field": self.field,
        }


@dataclass
class ImportReport:
    """What one package import did."""

    file_name: str
    workstation_id: str
    establishment: str
    sequence: int
    status: str  # "imported" | "already_imported" | "failed" (audit log contradicted)
    records: int = 0
    inserted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    audit_entries: int = 0
    audit_problem: str = ""
    late: bool = False
    quarantined: list[QuarantinedRecord] = field(default_factory=list)
    foreign: int = 0  # quarantined because they touch another establishment's files
    gaps: list[int] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)
    # Its lines were checked by the import's second process (files.import_packages).
    checked_ahead: bool = False

    @property
    def failed(self) -> bool:
        """The package's audit entries contradict the workstation's log the office holds:
        its records were kept, but the import counts as failed until someone looks."""
        return self.status == "failed"

    def summary(self) -> Joined:
        """One paragraph for the CLI and the GUI, translated where it is shown."""
        where = (
            self.file_name,
            f"{self.establishment}/{self.workstation_id[-8:]}",
            self.sequence,
        )
        if self.status == "already_imported":
            return Joined(
                [
                    Text(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "%1: workstation %2 package %3 was already imported; nothing changed "
                            "(replay or duplicate).",
                        ),
                        *where,
                    )
                ]
            )
        parts: list[object] = []
        if self.failed:
            parts.append(
                Text(QT_TRANSLATE_NOOP("messages", "IMPORT FAILED: %1"), self.audit_problem)
            )
        parts.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1: workstation %2 package %3 imported: %4 new, %5 already known, "
                    "%6 conflicts, %7 quarantined, %8 audit entries.",
                ),
                *where,
                self.inserted,
                self.duplicates,
                self.conflicts,
                len(self.quarantined),
                self.audit_entries,
            )
        )
        parts += self._notes()
        lines: list[object] = [Joined(parts)]
        for q in self.quarantined[:20]:
            lines.append(
                Text(
                    QT_TRANSLATE_NOOP("messages", "  quarantined line %1 (%2 %3): %4"),
                    q.line,
                    q.kind,
                    q.object_id,
                    q.reason if q.shown is None else q.shown,
                )
            )
        return Joined(lines, "\n")

    def _notes(self) -> list[object]:
        """What else the officer must know: refused records, a late package, gaps, a contradiction."""
        parts: list[object] = []
        if self.foreign:
            parts.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 of the quarantined records touch another establishment's files and "
                        "were refused (a workstation may send its own establishment's records "
                        "only).",
                    ),
                    self.foreign,
                )
            )
        if self.late:
            parts.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "messages", "It arrived after a later package (filled a gap)."
                    )
                )
            )
        if self.gaps:
            parts.append(
                Text(
                    QT_TRANSLATE_NOOP("messages", "Still missing from this workstation: %1."),
                    _ranges(self.gaps),
                )
            )
        if self.failed:
            parts.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Its audit log contradicts the entries this office already holds for the "
                        "workstation: the contradicting entries are kept in quarantine; ask the "
                        "establishment and the data-protection officer (sync verify-audit).",
                    )
                )
            )
        return parts

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "export",
            "file": self.file_name,
            "workstation_id": self.workstation_id,
            "establishment": self.establishment,
            "sequence": self.sequence,
            "status": self.status,
            "records": self.records,
            "inserted": self.inserted,
            "duplicates": self.duplicates,
            "conflicts": self.conflicts,
            "audit_entries": self.audit_entries,
            "audit_problem": self.audit_problem,
            "late": self.late,
            "gaps": self.gaps,
            "by_kind": self.by_kind,
            "quarantined": [q.as_dict() for q in self.quarantined],
            "foreign": self.foreign,
            "checked_ahead": self.checked_ahead,
        }


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = None
    for n in sorted(numbers):
        if start is None:
            start = prev = n
        elif prev is not None and n == prev + 1:
            prev = n
        else:
            out.append(f"{start}" if start == prev else f"{start}–{prev}")
            start = prev = n
    if start is not None:
        out.append(f"{start}" if start == prev else f"{start}–{prev}")
    return ", ".join(out)
