"""Soak test (reduced): a scripted shift, then random keys and clicks; nothing breaks.

The full size (50 observations, 5 checklists, reviews, reports, locks, a user
switch and 20,000 random events) runs in `make bench` (bench_gui_soak.py),
which also reports events per second and the peak memory.
"""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from tests.conftest import FAST_KDF
from tests.gui.shift import OFFICER, OFFICER_PASSWORD, REDUCED, Shift, check_after, prepare_vault


def test_a_reduced_shift_leaves_everything_working(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    prisoners = prepare_vault(folder, FAST_KDF)
    shift = Shift(folder, REDUCED, prisoners)
    try:
        result = shift.play()
        assert result.errors == []
        assert len(result.submitted) == REDUCED.observations
        assert len(result.checklists) == REDUCED.checklists
        assert len(result.reviewed) == REDUCED.reviews
        assert result.random_events == REDUCED.random_events
        assert result.dialogs_answered > 0  # the confirmations were really shown

        def session() -> Session:
            return VaultAccess(folder).login(OFFICER, OFFICER_PASSWORD).session

        assert check_after(shift, session) == []
    finally:
        shift.close()
