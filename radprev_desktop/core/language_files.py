"""Texts of a shared source kept one file per language, so translators never share a file.

The sample checklist template, each training scenario and the training word
lists are written in English in one source file; every other language's texts
live in a file of that language's own folder beside it (an *overlay*):

    resources/templates/frontline-observation-sample.json        (English, the structure)
    resources/templates/<code>/frontline-observation-sample.json (the texts in <code>)
    resources/training/scenarios/s01-….json  and  scenarios/<code>/s01-….json

An overlay mirrors its source: the same keys and list positions, with a plain
string (or a list of strings) where the source has a language object
(`{"en": "…"}`); item codes may be repeated to help the reader and must then
match. Everything else (numbers, names, codes' order) comes from the source only.
`merge` puts the overlays into the source as the application has always read
it (`{"en": "…", "pl": "…"}`); a language whose overlay misses a text is not
added, and `overlay_problems` names what is missing, for the tests and
`scripts/catalogue.py check`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from radprev_desktop.core import languages
from radprev_desktop.core.languages import Language

SOURCE_TAG = "en"
#: Keys an overlay may repeat from its source for orientation (they must match).
_ORIENTATION = ("code",)


def is_text(node: Any) -> bool:
    """A language object: a dict holding the English text (a string or a list of strings)."""
    if not isinstance(node, dict) or SOURCE_TAG not in node:
        return False
    english = node[SOURCE_TAG]
    return isinstance(english, str) or (
        isinstance(english, list) and all(isinstance(s, str) for s in english)
    )


def texts(node: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every language object under `node`, with its JSON path ('$.domains[0].title')."""
    if is_text(node):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from texts(value, f"{path}[{index}]")


def _has_text(node: Any) -> bool:
    return any(True for _ in texts(node))


def extract(source: Any, tag: str, *, fill: str | None = None) -> Any:
    """The overlay of `tag` held inline in `source` (texts it lacks become `fill`, or "")."""
    if is_text(source):
        value = source.get(tag)
        if value is None or value == "" or value == []:
            english = source[SOURCE_TAG]
            if fill == SOURCE_TAG:
                return english
            return [""] * len(english) if isinstance(english, list) else ""
        return value
    if isinstance(source, dict):
        out: dict[str, Any] = {}
        for key, value in source.items():
            if key in _ORIENTATION and isinstance(value, str):
                out[key] = value
            elif _has_text(value):
                out[key] = extract(value, tag, fill=fill)
        return out
    if isinstance(source, list):
        return [extract(v, tag, fill=fill) if _has_text(v) else {} for v in source]
    return None


def strip(source: Any, keep: tuple[str, ...] = (SOURCE_TAG,)) -> Any:
    """`source` with only the `keep` languages in its language objects."""
    if is_text(source):
        return {k: v for k, v in source.items() if k in keep}
    if isinstance(source, dict):
        return {k: strip(v, keep) for k, v in source.items()}
    if isinstance(source, list):
        return [strip(v, keep) for v in source]
    return source


def _filled(value: Any, english: Any) -> bool:
    if isinstance(english, list):
        return (
            isinstance(value, list)
            and len(value) == len(english)
            and all(isinstance(v, str) and v.strip() for v in value)
        )
    return isinstance(value, str) and bool(value.strip())


def overlay_problems(source: Any, overlay: Any, path: str = "$") -> list[str]:
    """Where the overlay lacks a text of the source, or does not line up with it."""
    if is_text(source):
        english = source[SOURCE_TAG]
        if not _filled(overlay, english):
            if isinstance(english, list) and isinstance(overlay, list):
                return [f"{path}: {len(overlay)} lines where English has {len(english)}"]
            return [f"{path}: missing"]
        if overlay == english:
            return [f"{path}: still the English text"]
        return []
    if isinstance(source, dict):
        if not isinstance(overlay, dict):
            return [f"{path}: missing"] if _has_text(source) else []
        found: list[str] = []
        for key in overlay:
            if key not in source:
                found.append(f"{path}.{key}: not in the English source")
            elif key in _ORIENTATION and overlay[key] != source[key]:
                found.append(f"{path}.{key}: {overlay[key]!r} where the source has {source[key]!r}")
        for key, value in source.items():
            if _has_text(value):
                found += overlay_problems(value, overlay.get(key), f"{path}.{key}")
        return found
    if isinstance(source, list):
        if not isinstance(overlay, list) or len(overlay) != len(source):
            return [f"{path}: missing"] if _has_text(source) else []
        found = []
        for index, (value, over) in enumerate(zip(source, overlay, strict=True)):
            found += overlay_problems(value, over, f"{path}[{index}]")
        return found
    return []


def _put(source: Any, overlay: Any, tag: str) -> Any:
    if is_text(source):
        return {**source, tag: overlay}
    if isinstance(source, dict):
        return {
            k: _put(v, overlay[k], tag) if _has_text(v) and k in overlay else v
            for k, v in source.items()
        }
    if isinstance(source, list):
        return [
            _put(v, o, tag) if _has_text(v) else v for v, o in zip(source, overlay, strict=True)
        ]
    return source


def overlay_path(source: Path, language: Language) -> Path:
    """Where the texts of `language` for `source` live: `<folder>/<code>/<file name>`."""
    return source.parent / language.code / source.name


def overlay_languages() -> tuple[Language, ...]:
    """Languages that have overlays: every declared language written by people (not English)."""
    return tuple(
        lang
        for lang in languages.LANGUAGES
        if lang.code != languages.SOURCE and lang.derived_from is None
    )


def read_overlay(source: Path, language: Language) -> Any:
    """The language's overlay of `source`, or None when there is none yet."""
    path = overlay_path(source, language)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def merged(source: Path) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The source with every complete overlay put in, and what each incomplete one lacks.

    A language is added (to the texts and to the file's `languages` list, under
    its first template tag) only when its overlay has every text: a half-done
    translation is never shown, and the problems say what is missing.
    """
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    problems: dict[str, list[str]] = {}
    for language in overlay_languages():
        overlay = read_overlay(source, language)
        if overlay is None:
            where = f"{source.parent.name}/{language.code}/{source.name}"
            problems[language.code] = [f"no file {where}"]
            continue
        found = overlay_problems(data, overlay)
        if found:
            problems[language.code] = found
            continue
        tag = language.template_tags[0]
        data = _put(data, overlay, tag)
        if isinstance(data.get("languages"), list) and tag not in data["languages"]:
            data["languages"] = [*data["languages"], tag]
    return data, problems


def dumps(data: Any) -> str:
    """How overlay and source files are written (UTF-8 text, two-space indent, final newline)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
