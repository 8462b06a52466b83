"""`make bench` rewrites docs/benchmarks.md without erasing the hand-kept record below KEEP."""

from __future__ import annotations

from pathlib import Path

from tests.bench.run_all import KEEP, merged

ROOT = Path(__file__).resolve().parents[2]

OLD = f"""# Benchmarks

## Records

old generated table

{KEEP}

**Session 9, idle machine.** save 1.43×

### Session 8

save 1.49×

## Sync

old sync table

## Retired area

figures of a module that no longer exists
"""


def test_a_rewrite_keeps_what_lies_below_keep_and_replaces_the_rest() -> None:
    new = merged(["## Records\n\nnew generated table\n", "## Sync\n\nnew sync table\n"], OLD)
    records, sync, retired = new
    assert records.startswith("## Records\n\nnew generated table\n")
    assert "old generated table" not in records
    assert records.index(KEEP) > records.index("new generated table")
    assert "**Session 9, idle machine.** save 1.43×" in records
    assert "### Session 8\n\nsave 1.49×" in records
    assert sync == "## Sync\n\nnew sync table\n"
    assert retired.startswith("## Retired area\n\nfigures of a module")


def test_rewriting_twice_gives_the_same_file() -> None:
    sections = ["## Records\n\nnew generated table\n", "## Sync\n\nnew sync table\n"]
    once = "# Benchmarks\n\n" + "\n\n".join(merged(sections, OLD)) + "\n"
    twice = "# Benchmarks\n\n" + "\n\n".join(merged(sections, once)) + "\n"
    assert twice == once
    assert once.count(KEEP) == 1


def test_every_subsection_of_the_real_record_lies_below_keep() -> None:
    text = (ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8")
    sections = ["## " + part for part in text.split("\n## ")[1:]]
    with_subsections = [s for s in sections if "\n### " in s]
    assert with_subsections
    for section in with_subsections:
        heading = section.split("\n", 1)[0]
        assert KEEP in section, heading
        assert section.index(KEEP) < section.index("\n### "), heading
