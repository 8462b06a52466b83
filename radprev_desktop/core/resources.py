"""Where the shipped resources (fonts, icons, templates, schemas, translations) are.

They live inside the package (`radprev_desktop/resources/`), declared as package
data, so the source tree, an installed wheel and the frozen bundle (which keeps
the package layout under `sys._MEIPASS`) all find them at the same place
relative to this module. `RADPREV_RESOURCES` overrides it (tests of a missing
resource).
"""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding fonts/, templates/, schemas/, translations/."""
    override = os.environ.get("RADPREV_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource file."""
    return resources_dir().joinpath(*parts)
