"""The side-by-side import bench deals whole workstations to lanes, in order.

A workstation's packages must be imported in sequence (each names the one before), so
they may never be split over two importing programs; within a lane they keep the
set's order.
"""

from __future__ import annotations

from pathlib import Path

from tests.bench.bench_central_pg_lanes import lanes_of


def test_a_workstation_stays_in_one_lane_in_order() -> None:
    order = [
        (Path(f"usb/{ws}/{n:03d}.age"), ws, "fp" if n == 1 else None)
        for n in range(1, 4)
        for ws in ("ws-a", "ws-b", "ws-c")
    ]
    lanes = lanes_of(order, 2)
    assert [len(lane) for lane in lanes] == [6, 3]
    for lane in lanes:
        assert lane
        stations = {Path(f).parent.name for f, _ in lane}
        assert stations
        for ws in stations:
            mine = [(f, fp) for f, fp in lane if Path(f).parent.name == ws]
            assert [f for f, _ in mine] == sorted(f for f, _ in mine)
            assert [fp for _, fp in mine] == ["fp", None, None]
    assert {Path(f).parent.name for f, _ in lanes[0]} == {"ws-a", "ws-c"}
    assert lanes_of(order, 1) == [[(str(p), fp) for p, _, fp in order]]
