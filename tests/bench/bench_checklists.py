"""Checklist figures: template validation, a run from start to seal, reading a busy subject.

A run is timed as an officer would drive it through the service: start, one
partial save with every item answered, complete (each step its own
transaction, synchronous=FULL). Reading = `runs_for_subject` plus the per-domain
counts for a prisoner with many runs.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from radprev_desktop.core.demo_checklists import EVIDENCE
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import checklists, subjects, users
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.templates import ItemKind, validate_template
from radprev_desktop.core.templates.sample import sample_bytes
from tests.conftest import PASSWORD, create_vault

SCALE = float(os.environ.get("BENCH_SCALE", "1"))


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f} ms (p95 {sorted(values)[int(len(values) * 0.95) - 1] * 1000:.1f})"


def run() -> str:
    raw = sample_bytes()
    validations = []
    for _ in range(max(5, int(50 * SCALE))):
        start = time.perf_counter()
        validate_template(raw)
        validations.append(time.perf_counter() - start)
    with tempfile.TemporaryDirectory() as tmp:
        admin, _ = create_vault(Path(tmp) / "vault")
        users.add_user(
            admin, "olga", PASSWORD, [Role.OFFICER], units=["A"], must_change_password=False
        )
        officer = VaultAccess(admin.folder).login("olga", PASSWORD).session
        subject = subjects.create_subject(
            officer, prison_number="B-1", family_name="Zieliński", given_names="Ołeh", unit="A"
        )
        template = template_service.active_template(officer)
        rng = random.Random(5)
        yesterday = (date.today() - timedelta(days=1)).isoformat()
        review = (date.today() + timedelta(days=90)).isoformat()
        totals: list[float] = []
        n_runs = max(5, int(200 * SCALE))
        for _ in range(n_runs):
            start = time.perf_counter()
            r = checklists.start_run(officer, subject.id)
            answers = []
            for item in template.items():
                if item.kind is ItemKind.INDICATOR and rng.random() < 0.15:
                    text = rng.choice(EVIDENCE.get(item.domain, EVIDENCE["A1"]))
                    answers.append(AnswerInput(item.code, Answer.OBSERVED, text, yesterday))
                else:
                    answers.append(AnswerInput(item.code, Answer.NOT_OBSERVED))
            checklists.save_answers(
                officer,
                r.id,
                answers,
                Sections(protective_none_observed=True, other_explanations_none=True),
            )
            checklists.complete_run(officer, r.id, "Bench summary.", review)
            totals.append(time.perf_counter() - start)
        reads = []
        for _ in range(10):
            start = time.perf_counter()
            runs = checklists.runs_for_subject(officer, subject.id)
            for one in runs:
                checklists.domain_counts(one, template)
            reads.append(time.perf_counter() - start)
        officer.close()
        admin.close()
    return (
        "## Checklists\n\n"
        "Sample template (36 items), one officer, SQLCipher vault in a temp folder.\n\n"
        "| what | figure |\n|---|---|\n"
        f"| validate the sample template (schema + semantic checks) | {_ms(validations)} |\n"
        f"| one run: start, save 36 answers, complete ({n_runs} runs) | {_ms(totals)} |\n"
        f"| read {n_runs} runs of one prisoner with counts per domain | {_ms(reads)} |\n"
    )
