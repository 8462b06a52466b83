"""SIGKILL `user remove` and `user disable` at ≥ 300 random moments (issue #11 item 2).

Each kill runs on a fresh copy of one vault (admin, olga, stefan, 2 MiB of
filler, two backups); the kill lands uniformly within the measured length of an
uninterrupted run. After every kill `revocation_checks` classifies the state,
requires doctor (run by a non-administrator) to fail on every interrupted one,
lets an administrator's login finish the job (re-running the command when it
had not started), and then requires that olga's saved vault.keys and password
open neither vault.db nor any backup. `TORTURE_KILLS` (default 300) sets the
number of random kills; each step boundary is also hit once by a hook.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.security.revocation_checks import (
    FILLER_ROWS_PER_MIB,
    Outcome,
    one_kill,
    prepare_template,
    time_full_run,
)
from tests.security.revocation_helper import POINTS

FILLER_MIB = 2


def run() -> str:
    kills = int(os.environ.get("TORTURE_KILLS", "300"))
    rng = random.Random(2)
    rows = FILLER_MIB * FILLER_ROWS_PER_MIB
    outcomes: list[Outcome] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="radprev-torture-revocation-") as tmp:
        work = Path(tmp)
        template = work / "template"
        saved = prepare_template(template, FILLER_MIB)
        full = {a: time_full_run(template, work, a) for a in ("remove", "disable")}
        for action in ("remove", "disable"):
            for point in POINTS:
                outcome = one_kill(
                    template, work, saved, action, delay=None, point=point, filler_rows=rows
                )
                assert outcome.state == "interrupted" and outcome.doctor_failed, outcome
        for i in range(kills):
            action = ("remove", "disable")[i % 2]
            outcomes.append(
                one_kill(
                    template,
                    work,
                    saved,
                    action,
                    delay=rng.uniform(0, full[action] * 1.1),
                    filler_rows=rows,
                    tag=str(i),
                )
            )
    elapsed = time.perf_counter() - started
    lines = [
        "## Killing `user remove` and `user disable`",
        "",
        f"{kills} random SIGKILLs plus {2 * len(POINTS)} at step boundaries "
        f"({', '.join(POINTS)}), on a vault with {FILLER_MIB} MiB of filler and two backups; "
        f"an uninterrupted run takes {full['remove']:.2f} s (remove), "
        f"{full['disable']:.2f} s (disable). {elapsed:.0f} s in all.",
        "",
        "| command | kills | finished first | untouched | interrupted (doctor failed) "
        "| done | re-run needed | opened by olga afterwards |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for action in ("remove", "disable"):
        mine = [o for o in outcomes if o.action == action]
        states = Counter(o.state for o in mine)
        failed = sum(1 for o in mine if o.state == "interrupted" and o.doctor_failed)
        lines.append(
            f"| {action} | {len(mine)} | {sum(o.finished for o in mine)} | "
            f"{states['untouched']} | {states['interrupted']} ({failed}) | {states['done']} | "
            f"{sum(o.rerun for o in mine)} | 0 |"
        )
    lines += [
        "",
        "After every kill an administrator's login (or re-running the command) finished the "
        "job; doctor was then clean, and olga's saved vault.keys and password opened neither "
        "vault.db nor any backup (any failure stops the run).",
        "",
    ]
    return "\n".join(lines)
