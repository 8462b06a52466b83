"""Per-language files for scripts/catalogue.py: where each language's texts live, split, skeleton.

Every language's template, scenario, word-list and sensitive-term texts are
files of its own (core/language_files.py); these helpers find the English
sources, fill a language's file from a TSV row, move inline texts out of a
shared file (`split`) and start a new language's files (`skeleton`).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from radprev_desktop.core import catalogue_status, language_files, languages, safeguards  # noqa: E402

PACKAGE = ROOT / "radprev_desktop"
RESOURCES = ROOT / "resources"
TEMPLATE = RESOURCES / "templates" / "frontline-observation-sample.json"
SCENARIOS = RESOURCES / "training" / "scenarios"
WORDING = RESOURCES / "training" / "wording.json"
TERMS = RESOURCES / "safeguards" / "sensitive-terms.json"


def text_sources() -> list[tuple[str, Path]]:
    """Every English source whose texts translators put in per-language files."""
    found = [("template", TEMPLATE)]
    found += [(f"scenario:{p.stem}", p) for p in sorted(SCENARIOS.glob("*.json"))]
    return found


def steps(path: str) -> list[str | int]:
    return [int(n) if n else k for k, n in re.findall(r"\.([A-Za-z_]+)|\[(\d+)\]", path)]


def at(node: Any, path: str) -> Any:
    for step in steps(path):
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def overlay_as_inline(data: Any, overlay: Any, lang: languages.Language) -> Any:
    """The source with the overlay's texts put in under the key "x" (complete or not)."""
    if overlay is None:
        return data
    if language_files.is_text(data):
        return {**data, "x": overlay} if overlay not in (None, "", []) else data
    if isinstance(data, dict) and isinstance(overlay, dict):
        return {k: overlay_as_inline(v, overlay.get(k), lang) for k, v in data.items()}
    if isinstance(data, list) and isinstance(overlay, list):
        return [
            overlay_as_inline(v, overlay[i] if i < len(overlay) else None, lang)
            for i, v in enumerate(data)
        ]
    return data


def skeleton_of(source: Path) -> Any:
    data = json.loads(source.read_text(encoding="utf-8"))
    return language_files.extract(data, "-", fill="en")


def overlay_set(source: Path, lang: languages.Language, path: str, value: str) -> None:
    target = language_files.overlay_path(source, lang)
    overlay = language_files.read_overlay(source, lang)
    if overlay is None:
        overlay = skeleton_of(source)
    parts = steps(path)  # a list text's line ends in its index: "$.non_indicators[3]"
    node = overlay
    for step in parts[:-1]:
        node = node[step]
    node[parts[-1]] = value
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(language_files.dumps(overlay), encoding="utf-8")


# --- per-language files ------------------------------------------------------------------


def language_of_tag(tag: str) -> languages.Language | None:
    code = languages.canonical(tag)
    lang = languages.BY_CODE.get(code or "")
    if lang is None or lang.code == languages.SOURCE or lang.derived_from:
        return None
    return lang


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(language_files.dumps(data), encoding="utf-8")


def split() -> list[str]:
    """Move every non-English text written inline in a shared source into its language's file.

    For a translator who wrote texts into the template, a scenario or
    wording.json before they were split: the inline texts win over the
    language's file where both have one. Returns the files written.
    """
    written: list[str] = []
    for _, source in text_sources():
        data = json.loads(source.read_text(encoding="utf-8"))
        tags = {tag for _, text in language_files.texts(data) for tag in text} - {"en"}
        for tag in sorted(tags):
            lang = language_of_tag(tag)
            if lang is None:
                continue
            inline = language_files.extract(data, tag)
            old = language_files.read_overlay(source, lang)
            if old is not None:
                keep = language_files.extract(overlay_as_inline(data, old, lang), "x")
                inline = prefer(inline, keep)
            write_json(language_files.overlay_path(source, lang), inline)
            written.append(str(language_files.overlay_path(source, lang).relative_to(ROOT)))
        stripped = language_files.strip(data)
        if isinstance(stripped.get("languages"), list):
            stripped["languages"] = ["en"]
        if stripped != data:
            source.write_text(
                json.dumps(stripped, ensure_ascii=False, indent=indent(source)) + "\n",
                encoding="utf-8",
            )
    words = json.loads(WORDING.read_text(encoding="utf-8"))
    moved = [t for t in words["languages"] if t != "en" and language_of_tag(t) is not None]
    for tag in moved:
        lang = language_of_tag(tag)
        assert lang is not None
        write_json(language_files.overlay_path(WORDING, lang), words["languages"].pop(tag))
        written.append(str(language_files.overlay_path(WORDING, lang).relative_to(ROOT)))
    if moved:
        WORDING.write_text(json.dumps(words, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return written


def indent(path: Path) -> int:
    second = path.read_text(encoding="utf-8").splitlines()[1:2]
    return len(second[0]) - len(second[0].lstrip()) if second else 2


def prefer(new: Any, old: Any) -> Any:
    """`new` where it has a text, else `old`."""
    if isinstance(new, dict) and isinstance(old, dict):
        return {k: prefer(v, old.get(k)) for k, v in new.items()}
    if isinstance(new, list) and isinstance(old, list) and len(new) == len(old):
        return [prefer(n, o) for n, o in zip(new, old, strict=True)]
    if new in ("", None) or (isinstance(new, list) and not any(new)):
        return old if old is not None else new
    return new


def skeleton(lang: languages.Language) -> list[str]:
    """Start a language's own files with the English text in place, to be replaced.

    Files that exist are left alone. Texts still identical to English are
    reported by `check` until they are translated.
    """
    written: list[str] = []
    for _, source in text_sources():
        target = language_files.overlay_path(source, lang)
        if not target.exists():
            write_json(target, skeleton_of(source))
            written.append(str(target.relative_to(ROOT)))
    target = language_files.overlay_path(WORDING, lang)
    if not target.exists():
        write_json(target, json.loads(WORDING.read_text(encoding="utf-8"))["languages"]["en"])
        written.append(str(target.relative_to(ROOT)))
    target = safeguards.terms_path(lang.code)
    if not target.exists():
        english = json.loads(TERMS.read_text(encoding="utf-8"))
        write_json(target, {c.value: english[c.value] for c in safeguards.Category})
        written.append(str(target.relative_to(ROOT)))
    guide = catalogue_status.guide_path(lang.code)
    if not guide.exists():
        guide.parent.mkdir(parents=True, exist_ok=True)
        html = catalogue_status.guide_path("en").read_text(encoding="utf-8")
        guide.write_text(
            html.replace('lang="en"', f'lang="{lang.template_tags[0]}"'), encoding="utf-8"
        )
        written.append(str(guide.relative_to(ROOT)))
    return written
