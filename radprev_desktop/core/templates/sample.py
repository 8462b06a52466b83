"""The sample checklist template shipped with the application, put together from its files.

`resources/templates/frontline-observation-sample.json` holds the structure and
the English; each language's texts are in `resources/templates/<code>/` beside
it (core/language_files.py), so translators never edit the same file. The
application reads the merged template exactly as an imported one. A language
whose texts are incomplete, or would make the template invalid (an item that
names a religion in that language, say), is left out and named in
`sample_problems`: one translation never stops the sample for everybody.

A changed wording is a new version of the sample (a stored code and version never
changes). The versions shipped before are kept, as the exact bytes vaults stored,
in `resources/templates/earlier/<code>-<version>.json` (`earlier_sample_bytes`):
a workstation still on an older build may send runs made with one to a central
office that never stored it.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

from radprev_desktop.core import language_files, languages
from radprev_desktop.core.errors import TemplateInvalid
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.templates.validation import validate_template

SAMPLE_FILE = ("templates", "frontline-observation-sample.json")
EARLIER_FOLDER = ("templates", "earlier")


def sample_source() -> Path:
    """The English source file of the sample template."""
    return resource_path(*SAMPLE_FILE)


def _only(data: dict[str, Any], tags: list[str]) -> dict[str, Any]:
    kept: dict[str, Any] = language_files.strip(data, tuple(tags))
    kept["languages"] = tags
    return kept


def _valid(data: dict[str, Any]) -> bool:
    try:
        validate_template(language_files.dumps(data).encode("utf-8"))
    except TemplateInvalid:
        return False
    return True


@lru_cache(maxsize=4)
def _merged(source: Path, stamp: tuple[float, ...]) -> tuple[dict[str, Any], dict[str, list[str]]]:
    del stamp  # part of the cache key only: a changed file is read again
    data, problems = language_files.merged(source)
    tags = [str(t) for t in data.get("languages", [])]
    if len(tags) == 1 or _valid(data):
        return data, problems
    keep = tags[:1]
    for tag in tags[1:]:
        trial = _only(data, [*keep, tag])
        try:
            validate_template(language_files.dumps(trial).encode("utf-8"))
            keep.append(tag)
        except TemplateInvalid as exc:
            code = languages.canonical(tag) or tag
            problems[code] = [f"{path}: {reason}" for path, reason in exc.problems]
    return _only(data, keep), problems


def _stamp(source: Path) -> tuple[float, ...]:
    files = [
        source,
        *(language_files.overlay_path(source, lang) for lang in language_files.overlay_languages()),
    ]
    return tuple(p.stat().st_mtime if p.exists() else 0.0 for p in files)


def sample_data() -> dict[str, Any]:
    """The sample template as JSON data, with every usable language put in."""
    data, _ = _merged(sample_source(), _stamp(sample_source()))
    return copy.deepcopy(data)  # the cached merge stays as read


def sample_bytes() -> bytes:
    """The sample template as the file an administrator would import."""
    return language_files.dumps(sample_data()).encode("utf-8")


def sample_problems() -> dict[str, list[str]]:
    """Per language code, why its sample-template file is not used (no entry: it is)."""
    _, problems = _merged(sample_source(), _stamp(sample_source()))
    return copy.deepcopy(problems)


def sample_version() -> int:
    """The version of the shipped sample (read from the source file, without validating)."""
    data, _ = _merged(sample_source(), _stamp(sample_source()))
    return int(data["version"])  # read from the cached merge: no copy needed


def earlier_sample_bytes(code: str, version: int) -> bytes | None:
    """The exact file of a sample version shipped by an earlier build, if it is kept."""
    path = resource_path(*EARLIER_FOLDER, f"{code}-{int(version)}.json")
    return path.read_bytes() if path.is_file() else None
