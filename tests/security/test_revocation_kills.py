"""Removing or disabling a user survives a kill at any point (reduced run of `make torture`).

Each step boundary of the sequence (intent, rekey, commit, fresh backup, purge)
is hit exactly by a hook in the child; a few SIGKILLs at random moments follow.
See `revocation_checks.py` for what is checked after each kill.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.security.revocation_checks import (
    FILLER_ROWS_PER_MIB,
    one_kill,
    prepare_template,
    time_full_run,
)
from tests.security.revocation_helper import POINTS

FILLER_MIB = 2


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("revocation") / "template"
    return folder, prepare_template(folder, FILLER_MIB)


@pytest.mark.parametrize("action", ["remove", "disable"])
@pytest.mark.parametrize("point", POINTS)
def test_killed_at_each_step_is_detected_then_finished(
    template: tuple[Path, bytes], tmp_path: Path, action: str, point: str
) -> None:
    folder, saved = template
    outcome = one_kill(
        folder,
        tmp_path,
        saved,
        action,
        delay=None,
        point=point,
        filler_rows=FILLER_MIB * FILLER_ROWS_PER_MIB,
    )
    assert not outcome.finished
    # Past the intent, every boundary is an interrupted state that doctor reports.
    assert outcome.state == "interrupted" and outcome.doctor_failed, outcome


@pytest.mark.parametrize("action", ["remove", "disable"])
def test_killed_at_random_moments(
    template: tuple[Path, bytes], tmp_path: Path, action: str
) -> None:
    folder, saved = template
    full = time_full_run(folder, tmp_path, action)
    rng = random.Random(f"revocation-{action}")
    states = []
    for i in range(2):
        outcome = one_kill(
            folder,
            tmp_path,
            saved,
            action,
            delay=rng.uniform(0, full * 1.1),
            filler_rows=FILLER_MIB * FILLER_ROWS_PER_MIB,
            tag=str(i),
        )
        states.append(outcome.state)
    assert len(states) == 2
