"""Time in one place, so tests can move it and every record uses UTC."""

from __future__ import annotations

import time
from datetime import UTC, datetime


def now() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def now_iso() -> str:
    """The current time as ISO 8601 UTC with microseconds, e.g. 2026-11-25T09:05:06.123456Z."""
    return now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def monotonic_wall() -> float:
    """Seconds since the epoch, for delays that must survive a restart."""
    return time.time()
