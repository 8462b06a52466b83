"""Where the shipped resources (fonts, icons, templates, schemas, translations) are.

In the repository they sit at the top (`resources/`); a wheel installs them as
the package `radprev_desktop.resources` and the frozen bundle keeps that layout
under `sys._MEIPASS`, so an installed copy finds them beside this package and a
source checkout (plain or editable install) at the top of the repository.
`RADPREV_RESOURCES` overrides both (tests of a missing resource).
"""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding fonts/, templates/, schemas/, translations/."""
    override = os.environ.get("RADPREV_RESOURCES")
    if override:
        return Path(override)
    package = Path(__file__).resolve().parents[1]
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource file."""
    return resources_dir().joinpath(*parts)
