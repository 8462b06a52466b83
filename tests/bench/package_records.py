"""Synthetic records and audit entries of one workstation, drawn in bulk (issue 16 item 3).

What a wing's officers and supervisors make over two years, as the sync records the
product's kinds serialise (`subject`, `observation` with amended versions, `review`
with re-grades, `checklist_run` with amended versions) and the hash-chained audit
entries the services write for that work (`subject_created`, `subject_file_opened`,
`observation_created` + `observation_submitted`, `observation_amended`,
`observation_read_for_review` + `observation_reviewed`, `checklist_started`,
`checklist_saved`, `checklist_completed`, `checklist_amended`, and `export` after each
package). Texts and distributions are the demo generator's (demo_samples,
demo_observations, demo_checklists); synthetic people only. The same seed gives the same
records (ids are UUIDv7-shaped from the timeline and the seeded generator); only the
workstation's identity (its id in the audit entries, its keys) comes from its vault.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from radprev_desktop.core import audit
from radprev_desktop.core.demo_checklists import CONTEXT_NOTES, EVIDENCE, SUMMARIES
from radprev_desktop.core.demo_checklists import EXPLANATIONS as RUN_EXPLANATIONS
from radprev_desktop.core.demo_samples import (
    ASSESSMENTS,
    DUTIES,
    EXPLANATIONS,
    FACTORS,
    FACTS,
    NAMES,
    PLACES,
    SCRIPT_WEIGHTS,
    SOURCE_WEIGHTS,
    STATUS_WEIGHTS,
)
from radprev_desktop.core.services.grading import GradingPreset
from radprev_desktop.core.templates import ItemKind, Template

_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"
#: Where every workstation's timeline starts (two years of work follow).
EPOCH = datetime(2024, 1, 1, 6, 0, tzinfo=UTC)
#: Observations per prisoner: mean of the geometric draw (a few prisoners get many).
OBSERVATIONS_PER_SUBJECT = 8
#: The statuses a sealed observation travels with (drafts never travel).
SEALED = {k: v for k, v in STATUS_WEIGHTS.items() if k != "draft"}
REVIEWED = {"accepted": "accept", "returned": "return", "rejected": "reject"}
JUSTIFICATIONS = (
    "case_work: monthly review of the file",
    "supervision: observation to review",
    "security: incident follow-up",
)


@dataclass(frozen=True)
class Station:
    """What the records of one workstation are drawn from (its vault gives the last three)."""

    establishment: str
    workstation_id: str
    preset: GradingPreset
    template: Template
    indicator_codes: tuple[str, ...]
    officers: tuple[tuple[str, str], ...] = (
        ("officer.nowak", "OFF01"),
        ("officer.petrovic", "OFF02"),
        ("officer.krasniqi", "OFF03"),
        ("officer.stojanovski", "OFF04"),
        ("officer.wojcik", "OFF05"),
    )
    supervisors: tuple[tuple[str, str], ...] = (
        ("supervisor.lewandowska", "SUP01"),
        ("supervisor.jovanovic", "SUP02"),
    )
    units: tuple[str, ...] = ("A", "B")


@dataclass
class Lines:
    """The record lines and audit entries of one prisoner's history (or of a package)."""

    records: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.records) + len(self.audit)

    def extend(self, other: Lines) -> None:
        self.records.extend(other.records)
        self.audit.extend(other.audit)
        for kind, count in other.by_kind.items():
            self.by_kind[kind] = self.by_kind.get(kind, 0) + count


class Workstation:
    """Draws one workstation's history, prisoner after prisoner, on a forward timeline;
    keeps the audit chain's head and the outbox's change numbers between packages."""

    def __init__(self, station: Station, seed: int, head: tuple[int, str]) -> None:
        self.s = station
        self.rng = random.Random(f"{seed}:{station.establishment}")
        self.clock = EPOCH + timedelta(hours=self.rng.randrange(24 * 30))
        self.seq, self.prev_hash = head
        self.change = 0
        self.number = 100000 + self.rng.randrange(800000)
        self.lines = Lines()

    # -- time, ids, audit ---------------------------------------------------------------

    def _tick(self, mean_seconds: float = 240.0) -> datetime:
        self.clock += timedelta(microseconds=int(self.rng.expovariate(1 / mean_seconds) * 1e6))
        return self.clock

    def _id(self, at: datetime) -> str:
        """A UUIDv7-shaped id: the time in ms, then seeded random bits (variant 10)."""
        ms = int(at.timestamp() * 1000)
        bits = self.rng.getrandbits(74)
        hexed = f"{ms:012x}7{bits >> 62:03x}{0x8 | (bits >> 60) & 0x3:x}{bits & (2**60 - 1):015x}"
        return f"{hexed[:8]}-{hexed[8:12]}-{hexed[12:16]}-{hexed[16:20]}-{hexed[20:]}"

    def _audit(
        self,
        at: datetime,
        user: str,
        action: str,
        object_type: str = "",
        object_id: str = "",
        justification: str = "",
        recipient: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        """The next entry of the chain, as `audit.append` writes it."""
        self.seq += 1
        stamp = at.strftime(_TIME)
        details_json = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
        values = (stamp, user, self.s.workstation_id, action, object_type, object_id)
        digest = audit.entry_hash(
            self.prev_hash, self.seq, *values, justification, recipient, details_json
        )
        self.lines.audit.append(
            {
                "seq": self.seq,
                "at": stamp,
                "user": user,
                "workstation": self.s.workstation_id,
                "action": action,
                "object_type": object_type,
                "object_id": object_id,
                "justification": justification,
                "recipient": recipient,
                "details": details_json,
                "prev_hash": self.prev_hash,
                "hash": digest,
            }
        )
        self.prev_hash = digest

    def _record(self, kind: str, at: datetime, record: dict[str, Any]) -> None:
        """A line of records.jsonl as `export.collect` writes it (the outbox's change)."""
        self.change += 1
        self.lines.records.append(
            {
                "change": self.change,
                "kind": kind,
                "op": "upsert",
                "id": record["id"],
                "version": record["version"],
                "at": at.strftime(_TIME),
                "record": record,
            }
        )
        self.lines.by_kind[kind] = self.lines.by_kind.get(kind, 0) + 1

    def take(self) -> Lines:
        """The lines drawn since the last call."""
        lines, self.lines = self.lines, Lines()
        return lines

    def exported(self, sequence: int, package: dict[str, Any], recipient: str) -> None:
        """The export's own audit entry, as `export.record` writes it (it travels in the
        next package); `package` is the audit entry's details."""
        self._audit(
            self._tick(60),
            "admin",
            "export",
            "package",
            str(sequence),
            "transfer to the central office",
            recipient,
            package,
        )

    # -- one prisoner's history ---------------------------------------------------------

    def prisoner(self) -> None:
        """A new prisoner's file, the observations about him (with versions and reviews),
        perhaps a completed checklist run; each with the audit entries of its making."""
        subject_id = self._subject()
        unit = self.lines.records[-1]["record"]["unit_code"]
        count = min(200, int(self.rng.expovariate(1 / OBSERVATIONS_PER_SUBJECT)) + 1)
        for _ in range(count):
            self._observation(subject_id, unit)
        if self.rng.random() < 0.24:  # the demo: 40 % of prisoners get a run, 60 % completed
            self._checklist_run(subject_id)

    def _subject(self) -> str:
        rng, at = self.rng, self._tick()
        group = rng.choices(list(SCRIPT_WEIGHTS), weights=list(SCRIPT_WEIGHTS.values()))[0]
        families, givens = NAMES[group]
        given = rng.choice(givens)
        if rng.random() < 0.15:
            given = f"{given} {rng.choice(givens)}"
        self.number += 1 + rng.randrange(7)
        officer = rng.choice(self.s.officers)
        stamp = at.strftime(_TIME)
        subject_id = self._id(at)
        record = {
            "id": subject_id,
            "version": 1,
            "establishment_code": self.s.establishment,
            "prison_number": f"{self.s.establishment[:2]}-{self.number}",
            "family_name": rng.choice(families),
            "given_names": given,
            "birth_year": rng.randrange(1960, 2005),
            "unit_code": rng.choice(self.s.units),
            "cell": str(rng.randrange(1, 300)),
            "status": rng.choices(["in_custody", "transferred", "released"], [80, 10, 10])[0],
            "review_due": (at + timedelta(days=rng.randrange(30, 366))).date().isoformat(),
            "restricted": rng.random() < 0.01,
            "anonymised": False,
            "created_at": stamp,
            "created_by": officer[0],
            "updated_at": stamp,
        }
        self._audit(
            at, officer[0], "subject_created", "subject", subject_id, details={"version": 1}
        )
        self._record("subject", at, record)
        reason = rng.choice(JUSTIFICATIONS)
        self._audit(
            self._tick(30),
            officer[0],
            "subject_file_opened",
            "subject",
            subject_id,
            justification=reason,
            details={"reason": reason.split(":")[0]},
        )
        return subject_id

    def _observation(self, subject_id: str, unit: str) -> None:
        """One observation: its sealed versions (5 % amended), then perhaps its review."""
        rng, s = self.rng, self.s
        recorded = self._tick()
        event = recorded - timedelta(minutes=rng.randrange(10, 2880))
        officer = rng.choice(s.officers)
        source = rng.choices(list(SOURCE_WEIGHTS), list(SOURCE_WEIGHTS.values()))[0]
        source_grade, info_grade = s.preset.proposals[source]
        if rng.random() < 0.1:
            source_grade = rng.choice(list(s.preset.source))
            info_grade = rng.choice(list(s.preset.information))
        handling, conditions = (
            ("C", "Security department only") if rng.random() < 0.1 else ("P", "")
        )
        status = rng.choices(list(SEALED), list(SEALED.values()))[0]
        said = rng.sample(FACTS, rng.randrange(1, 4))
        codes = rng.sample(s.indicator_codes, rng.choices([0, 1, 2, 3], [40, 35, 18, 7])[0])
        explanation = rng.choice(EXPLANATIONS) if rng.random() < 0.8 else ""
        stamp = recorded.strftime(_TIME)
        obs_id = self._id(recorded)
        versions = 1 if rng.random() >= 0.05 else (2 if rng.random() < 0.8 else 3)
        base = {
            "id": obs_id,
            "subject_id": subject_id,
            "establishment_code": s.establishment,
            "unit_code": unit,
            "event_start": event.strftime("%Y-%m-%dT%H:%M"),
            "event_end": None,
            "place": rng.choice(PLACES),
            "officer_duty": rng.choice(DUTIES),
            "recorded_at": stamp,
            "recorded_by": officer[0],
            "recorded_by_code": officer[1],
            "assessment": rng.choice(ASSESSMENTS),
            "source_type": source.value,
            "people": [{"category": rng.choice(["prisoner", "visitor", "staff", "other", "unknown"]),
                        "description": "another person"}] if rng.random() < 0.3 else [],
            "indicators": [{"code": c, "evidence": rng.choice(said)} for c in codes],
            "protective_factors": [rng.choice(FACTORS)] if rng.random() < 0.4 else [],
            "grading": {"preset": s.preset.name, "source": source_grade,
                        "information": info_grade, "handling": handling,
                        "conditions": conditions},
            "urgency": rng.choices(["routine", "priority", "immediate"], [85, 12, 3])[0],
            "action_taken": "Reported to the wing manager.",
            "own_account": "",
            "restricted": False,
            "created_at": stamp,
            "submitted_at": stamp,
            "other_explanations": explanation,
            "other_explanations_none": not explanation,
            "sensitive_terms": [],
            "template_code": s.template.code if codes else None,
            "template_version": s.template.version if codes else None,
            "classification": "",
        }  # fmt: skip
        user = officer[0]
        self._audit(recorded, user, "observation_created", "observation", obs_id,
                    details={"version": 1, "subject_id": subject_id, "indicators": len(codes)})  # fmt: skip
        self._audit(recorded, user, "observation_submitted", "observation", obs_id,
                    details={"version": 1, "urgency": base["urgency"]})  # fmt: skip
        facts = " ".join(said)
        at = recorded
        for version in range(1, versions + 1):
            current = version == versions
            if version > 1:
                at = self._tick(600)
                self._audit(at, user, "observation_amended", "observation", obs_id,
                            details={"version": version, "fields": ["facts", "place"]})  # fmt: skip
            record = {
                **base,
                "version": version,
                "facts": facts if current else facts + " (first wording)",
                "status": status if current else "submitted",
                "amendment_reason": "" if version == 1 else "Corrected the place and time.",
            }
            self._record("observation", at, record)
        if status in REVIEWED:
            self._review(obs_id, versions, REVIEWED[status])

    def _review(self, obs_id: str, version: int, decision: str) -> None:
        """The supervisor reads the observation for review, then decides (10 % re-grades)."""
        rng, preset = self.rng, self.s.preset
        supervisor, code = rng.choice(self.s.supervisors)
        if decision == "accept" and rng.random() < 0.1:
            decision = "regrade"
        at = self._tick()
        reason = "supervision: observation to review"
        self._audit(at, supervisor, "observation_read_for_review", "observation", obs_id,
                    justification=reason, details={"versions": version})  # fmt: skip
        review_id = self._id(at)
        grading = None
        if decision == "regrade":
            grading = {"preset": preset.name, "source": rng.choice(list(preset.source)),
                       "information": rng.choice(list(preset.information)),
                       "handling": "P", "conditions": ""}  # fmt: skip
        self._audit(at, supervisor, "observation_reviewed", "observation", obs_id,
                    details={"version": version, "decision": decision, "review_id": review_id})  # fmt: skip
        record = {
            "id": review_id,
            "version": 1,
            "observation_id": obs_id,
            "observation_version": version,
            "reviewer": supervisor,
            "reviewer_code": code,
            "decision": decision,
            "comment": "" if decision == "accept" else "Please see the comment in the file.",
            "at": at.strftime(_TIME),
            "establishment_code": self.s.establishment,
            "grading": grading,
        }
        self._record("review", at, record)

    def _answers(self, today: datetime) -> list[dict[str, Any]]:
        """One answer per item answered, as demo_checklists draws them."""
        rng, answers = self.rng, []
        for item in self.s.template.items():
            roll, answer, evidence, when = rng.random(), "", "", None
            if item.kind is ItemKind.INDICATOR:
                if roll < 0.12:
                    answer = "observed"
                    evidence = rng.choice(EVIDENCE.get(item.domain, EVIDENCE["A1"]))
                    when = (today - timedelta(days=rng.randint(1, 60))).date().isoformat()
                elif roll < 0.9:
                    answer = "not_observed" if roll < 0.75 else "unknown"
            elif item.kind is ItemKind.PROTECTIVE:
                if roll < 0.35:
                    answer, evidence = "observed", rng.choice(EVIDENCE["P"])
                elif roll < 0.8:
                    answer = "not_observed"
            else:
                answer = "observed" if roll < 0.2 else "unknown"
            if answer:
                answers.append(
                    {"item_code": item.code, "answer": answer, "evidence": evidence,
                     "evidence_date": when}
                )  # fmt: skip
        return answers

    def _checklist_run(self, subject_id: str) -> None:
        """A completed run (15 % amended once), with the audit entries of its making."""
        rng, t = self.rng, self.s.template
        author, code = rng.choice(self.s.officers)
        started = self._tick()
        run_id = self._id(started)
        answers = self._answers(started)
        protective = {i.code for i in t.protective_factors}
        seen = any(a["answer"] == "observed" and a["item_code"] in protective for a in answers)
        explained = rng.random() < 0.7
        completed = self._tick(600)
        self._audit(started, author, "checklist_started", "checklist_run", run_id,
                    details={"subject_id": subject_id, "template": t.code,
                             "template_version": t.version})  # fmt: skip
        self._audit(started, author, "checklist_saved", "checklist_run", run_id,
                    details={"answers": len(answers), "version": 1})  # fmt: skip
        self._audit(completed, author, "checklist_completed", "checklist_run", run_id,
                    details={"version": 1, "subject_id": subject_id})  # fmt: skip
        record = {
            "id": run_id,
            "version": 1,
            "subject_id": subject_id,
            "template_code": t.code,
            "template_version": t.version,
            "template_sha256": t.sha256,
            "establishment_code": self.s.establishment,
            "author": author,
            "author_code": code,
            "protective_none_observed": not seen,
            "other_explanations": rng.choice(RUN_EXPLANATIONS) if explained else "",
            "other_explanations_none": not explained,
            "context_notes": rng.choice(CONTEXT_NOTES) if rng.random() < 0.3 else "",
            "summary": rng.choice(SUMMARIES),
            "next_review_date": (completed + timedelta(days=rng.choice((30, 60, 90, 180))))
            .date()
            .isoformat(),
            "amendment_reason": "",
            "amended_by": "",
            "created_at": started.strftime(_TIME),
            "completed_at": completed.strftime(_TIME),
            "sensitive_terms": [],
            "answers": answers,
        }
        self._record("checklist_run", completed, record)
        if rng.random() < 0.15:
            amended = self._tick(600)
            self._audit(amended, author, "checklist_amended", "checklist_run", run_id,
                        details={"version": 2, "amends": 1})  # fmt: skip
            record = {
                **record,
                "version": 2,
                "summary": rng.choice(SUMMARIES),
                "amendment_reason": "Summary reworded after checking the wing diary.",
                "amended_by": author,
                "completed_at": amended.strftime(_TIME),
            }
            self._record("checklist_run", amended, record)


def histories(ws: Workstation) -> Iterator[Lines]:
    """One prisoner's history after another, endlessly (the caller stops)."""
    while True:
        ws.prisoner()
        yield ws.take()
