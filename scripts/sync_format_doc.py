"""Rewrite the generated sections of docs/package-format.md from the record JSON Schemas.

    python scripts/sync_format_doc.py          # rewrite the document
    python scripts/sync_format_doc.py --check  # exit 1 when it is stale

The schemas live in radprev_desktop/core/services/*_sync.py and core/audit_schema.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from radprev_desktop.core.sync import format_doc
from radprev_desktop.core.sync.registry import sync_kinds

DOC = Path(__file__).resolve().parents[1] / "docs" / "package-format.md"


def main(argv: list[str]) -> int:
    current = DOC.read_text(encoding="utf-8")
    fresh = format_doc.update(current, list(sync_kinds().values()))
    if "--check" in argv:
        if fresh != current:
            print(f"{DOC} is stale: run python scripts/sync_format_doc.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
