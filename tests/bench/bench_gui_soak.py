"""Soak benchmark: a whole shift in the real window, then 20,000 random keys and clicks.

The same driver as tests/gui/test_soak.py (tests/gui/shift.py) at full size:
login, 50 observations by keyboard, 5 checklists, 10 reviews, 2 reports, 5
locks and unlocks, a user switch, then random input. Reports events per
second and the peak memory (RSS of this process). BENCH_SCALE scales the
random events and the observations.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run() -> str:
    from PySide6.QtWidgets import QApplication

    from radprev_desktop.core.services.vault_access import VaultAccess
    from tests.conftest import FAST_KDF
    from tests.gui.shift import (
        OFFICER,
        OFFICER_PASSWORD,
        Shift,
        ShiftSize,
        check_after,
        prepare_vault,
    )

    scale = float(os.environ.get("BENCH_SCALE", "1.0"))
    size = ShiftSize(
        observations=max(5, int(50 * scale)),
        random_events=max(1000, int(20_000 * scale)),
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    os.environ.setdefault("RADPREV_CONFIG", str(Path(tempfile.mkdtemp()) / "desktop.ini"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        prisoners = prepare_vault(folder, FAST_KDF)
        shift = Shift(folder, size, prisoners)
        result = shift.play()
        problems = check_after(
            shift, lambda: VaultAccess(folder).login(OFFICER, OFFICER_PASSWORD).session
        )
        shift.close()
    del app
    scripted_seconds = result.seconds - result.random_seconds
    lines = [
        "## Soak: a shift in the desktop window (offscreen)",
        "",
        f"Scripted: {len(result.submitted)} observations typed and submitted, "
        f"{len(result.checklists)} checklists, {len(result.reviewed)} reviews, {size.reports} "
        f"reports, {size.locks} locks and unlocks, one user switch; then {result.random_events:,} "
        "random keys and clicks on whatever the window shows (dialogs dismissed).",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| scripted input events | {result.scripted_events:,} |",
        f"| scripted part, seconds | {scripted_seconds:.1f} |",
        f"| random events | {result.random_events:,} |",
        f"| random events per second | {result.random_events / max(result.random_seconds, 1e-9):.0f} |",
        f"| dialogs answered or dismissed | {result.dialogs_answered:,} |",
        f"| peak RSS, MB | {result.peak_rss_mb:.0f} |",
        f"| exceptions | {len(result.errors)} |",
        f"| problems after the shift (lock, records) | {len(problems)} |",
    ]
    for error in result.errors[:5] + problems[:5]:
        lines.append(f"\n- {error}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run())
