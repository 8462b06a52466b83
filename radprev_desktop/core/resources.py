"""Where the shipped resources (fonts, templates, schemas, translations) are.

The source tree keeps them in `resources/` beside the package; a frozen build
(PyInstaller) puts them under `sys._MEIPASS/resources`; `RADPREV_RESOURCES`
overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding fonts/, templates/, schemas/, translations/."""
    override = os.environ.get("RADPREV_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource file."""
    return resources_dir().joinpath(*parts)
