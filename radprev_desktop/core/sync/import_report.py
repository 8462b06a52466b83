"""The report of one package import (shown by the CLI and the Sync page)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class QuarantinedRecord:
    """A record kept aside, with the reason (shown in the import report)."""

    line: int
    part: str
    kind: str
    object_id: str
    reason: str
    field: str = ""


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

    @property
    def failed(self) -> bool:
        """The package's audit entries contradict the workstation's log the office holds:
        its records were kept, but the import counts as failed until someone looks."""
        return self.status == "failed"

    def summary(self) -> str:
        """One paragraph for the CLI and the GUI (English source text)."""
        head = f"{self.file_name}: workstation {self.establishment}/{self.workstation_id[-8:]} package {self.sequence}"
        if self.status == "already_imported":
            return f"{head} was already imported; nothing changed (replay or duplicate)."
        text = f"IMPORT FAILED: {self.audit_problem} " if self.failed else ""
        text += (
            f"{head} imported: {self.inserted} new, {self.duplicates} already known, "
            f"{self.conflicts} conflicts, {len(self.quarantined)} quarantined, "
            f"{self.audit_entries} audit entries."
        )
        if self.foreign:
            text += (
                f" {self.foreign} of the quarantined records touch another establishment's "
                "files and were refused (a workstation may send its own establishment's "
                "records only)."
            )
        if self.late:
            text += " It arrived after a later package (filled a gap)."
        if self.gaps:
            text += f" Still missing from this workstation: {_ranges(self.gaps)}."
        if self.failed:
            text += (
                " Its audit log contradicts the entries this office already holds for the "
                "workstation: the contradicting entries are kept in quarantine; ask the "
                "establishment and the data-protection officer (sync verify-audit)."
            )
        for q in self.quarantined[:20]:
            text += f"\n  quarantined line {q.line} ({q.kind} {q.object_id}): {q.reason}"
        return text

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
            "quarantined": [q.__dict__ for q in self.quarantined],
            "foreign": self.foreign,
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
