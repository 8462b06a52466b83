"""pyproject.toml lists the packages by hand (resources/ sits outside the code folder).

A package added to the source tree but not to the list would be missing from the
wheel and the bundle; this test names it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]


def test_listed_packages_are_the_source_tree_plus_resources() -> None:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "radprev_desktop").rglob("__init__.py")
    }
    assert "radprev_desktop.core" in found
    assert set(_setuptools()["packages"]) == found | {"radprev_desktop.resources"}


def test_resources_package_is_the_top_level_folder() -> None:
    folder = ROOT / _setuptools()["package-dir"]["radprev_desktop.resources"]
    assert folder == ROOT / "resources"
    assert (folder / "templates" / "frontline-observation-sample.json").is_file()
    assert not (ROOT / "radprev_desktop" / "resources").exists()
