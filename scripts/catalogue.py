#!/usr/bin/env python3
"""The translators' tool: update, generate, list what is missing, take translations in, check.

    make translations                         # = catalogue.py update
    catalogue.py status                       # every language: complete or what is missing
    catalogue.py missing hr > hr.tsv          # every untranslated string of hr, with context
    catalogue.py apply hr hr.tsv              # put the filled-in translations back
    catalogue.py check hr                     # exit 1 and say what keeps hr from being offered
    catalogue.py skeleton hr                  # start hr's own files (English text to replace)
    catalogue.py split                        # move texts written inline into per-language files

`missing` writes one line per string: file, context, comment, English source,
translation (empty, or the unfinished draft), and a note (what the developer
said, where it is used, how many plural forms). Fill the translation column
(a spreadsheet or any editor that keeps tabs) and `apply` it; plural forms are
separated by " || ". Texts of the sample checklist template and of the training
scenarios come in the same file (file "template" or "scenario:<name>"); `apply`
writes them into the language's own files. Every language's texts live in files
of its own (resources/templates/<code>/, resources/training/scenarios/<code>/,
resources/training/<code>/wording.json, resources/safeguards/<code>/,
resources/guide/<code>/guide.html, resources/translations/radprev_<code>.ts), so
translators of different languages never edit the same file. Serbian Cyrillic
and pseudo are generated: translate Serbian Latin and run `generate`.
docs/translations.md explains the workflow and the terminology.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalogue_files import (  # noqa: E402
    at,
    overlay_as_inline,
    overlay_set,
    skeleton,
    split,
    text_sources,
)

from radprev_desktop.core import catalogue_status, language_files, languages  # noqa: E402
from radprev_desktop.core.i18n import catalogue_path  # noqa: E402
from radprev_desktop.core.pseudo import pseudo  # noqa: E402
from radprev_desktop.core.transliteration import to_cyrillic  # noqa: E402
from radprev_desktop.core.ts_file import Message, TsFile, derive, placeholders  # noqa: E402

PACKAGE = ROOT / "radprev_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
RESOURCES = ROOT / "resources"
TEMPLATE = RESOURCES / "templates" / "frontline-observation-sample.json"
SCENARIOS = RESOURCES / "training" / "scenarios"
WORDING = RESOURCES / "training" / "wording.json"
TERMS = RESOURCES / "safeguards" / "sensitive-terms.json"
GUIDE = ROOT / "resources" / "guide"
FORMS = " || "
COLUMNS = ("file", "context", "comment", "source", "translation", "note")
_VERBATIM = ("code", "kbd", "pre", "samp", "style", "script")


def tool(venv: Path, name: str) -> str:
    return str(venv / "bin" / name)


def sources() -> list[str]:
    """Every module whose strings lupdate collects (marked in gui, core and cli alike)."""
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def translated_languages() -> list[languages.Language]:
    """Languages translated by people (not English, not generated)."""
    return [
        lang
        for lang in languages.LANGUAGES
        if lang.code != languages.SOURCE and lang.derived_from is None
    ]


# --- update and generate ------------------------------------------------------------------


def update(venv: Path) -> None:
    """lupdate every translated catalogue, regenerate the derived ones, compile all."""
    files = sources()
    for lang in translated_languages():
        path = catalogue_path(lang.code)
        target = [] if path.exists() else ["-target-language", lang.ts_language]
        subprocess.run(
            [
                tool(venv, "pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                *target,
                *files,
                "-ts",
                str(catalogue_path(lang.code)),
            ],
            check=True,
            cwd=ROOT,
        )
    subprocess.run(
        [
            tool(venv, "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-pluralonly",
            "-locations",
            "none",
            *files,
            "-ts",
            str(catalogue_path("en")),
        ],
        check=True,
        cwd=ROOT,
    )
    generate(venv)


def _cyrillic(message: Message, latin: dict[tuple[str, str, str], Message]) -> list[str]:
    source = latin.get(message.key)
    if source is None or source.state:
        return []
    return [to_cyrillic(form) for form in source.forms]


def _pseudo(message: Message) -> list[str]:
    count = languages.BY_CODE[languages.PSEUDO].plural_forms if message.numerus else 1
    return [pseudo(message.source)] * count


def convert_html(text: str, convert: Any) -> str:
    """Convert the text of an HTML file, never its tags, attributes, code or key names."""
    out: list[str] = []
    verbatim = 0
    for part in re.split(r"(<[^>]+>)", text):
        if part.startswith("<"):
            name = re.match(r"</?\s*([A-Za-z0-9]+)", part)
            tag = name.group(1).lower() if name else ""
            if tag in _VERBATIM and not part.endswith("/>"):
                verbatim += -1 if part.startswith("</") else 1
            out.append(part)
        elif verbatim > 0 or not part.strip():
            out.append(part)
        else:
            out.append(convert(part))
    return "".join(out)


def _pseudo_html(text: str) -> str:
    lead = len(text) - len(text.lstrip())
    tail = len(text) - len(text.rstrip())
    core = text.strip()
    return text[:lead] + pseudo(core) + (text[len(text) - tail :] if tail else "")


def generate(venv: Path) -> None:
    """Serbian Cyrillic from Serbian Latin, pseudo from English; then compile every catalogue."""
    latin = TsFile(catalogue_path("sr_Latn"))
    by_key = latin.by_key()
    for lang in languages.LANGUAGES:
        if lang.derived_from == "sr_Latn":
            derive(
                latin, catalogue_path(lang.code), lang.ts_language, lambda m: _cyrillic(m, by_key)
            )
            source = catalogue_status.guide_path("sr_Latn")
            if source.is_file():
                target = catalogue_status.guide_path(lang.code)
                target.parent.mkdir(exist_ok=True)
                html = convert_html(source.read_text(encoding="utf-8"), to_cyrillic)
                target.write_text(
                    html.replace('lang="sr-Latn"', 'lang="sr-Cyrl"'), encoding="utf-8"
                )
        elif lang.code == languages.PSEUDO:
            derive(latin, catalogue_path(lang.code), lang.ts_language, _pseudo)
            english = catalogue_status.guide_path("en").read_text(encoding="utf-8")
            target = catalogue_status.guide_path(lang.code)
            target.parent.mkdir(exist_ok=True)
            target.write_text(convert_html(english, _pseudo_html), encoding="utf-8")
    for ts in sorted(TRANSLATIONS.glob("radprev_*.ts")):
        subprocess.run(
            [tool(venv, "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


# --- missing and apply --------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n"}.get(m.group(1), m.group(1)), text)


def _writable(code: str) -> languages.Language:
    lang = languages.BY_CODE.get(languages.canonical(code) or "")
    if lang is None:
        raise SystemExit(f"unknown language {code}; declared: {', '.join(languages.BY_CODE)}")
    if lang.derived_from:
        raise SystemExit(f"{lang.code} is generated from {lang.derived_from}: translate that one")
    if lang.code == languages.SOURCE:
        raise SystemExit("English is the source language")
    return lang


def missing(code: str) -> list[list[str]]:
    """Rows for every string of `code` that is unfinished or absent."""
    lang = _writable(code)
    rows: list[list[str]] = []
    for message in TsFile(catalogue_path(lang.code)).messages():
        forms = message.forms
        if not message.state and all(f.strip() for f in forms):
            continue
        notes = [n for n in (message.note, message.where) if n]
        if message.numerus:
            notes.append(f"{lang.plural_forms} plural forms separated by '{FORMS.strip()}'")
        rows.append(
            [
                "ts",
                message.context,
                message.comment,
                message.source,
                FORMS.join(forms) if any(forms) else "",
                "; ".join(notes),
            ]
        )
    for name, source in text_sources():
        data = json.loads(source.read_text(encoding="utf-8"))
        overlay = language_files.read_overlay(source, lang)
        done = language_files.extract(overlay_as_inline(data, overlay, lang), "x")
        for path, text in language_files.texts(data):
            english = text["en"]
            have = at(done, path)
            if isinstance(english, list):
                for index, line in enumerate(english):
                    current = have[index] if isinstance(have, list) and index < len(have) else ""
                    if not current.strip() or current == line:
                        rows.append([name, f"{path}[{index}]", "", line, "", "one line of a list"])
            elif not str(have or "").strip() or have == english:
                rows.append([name, path, "", english, "", name.split(":")[0]])
    return rows


def apply(code: str, path: Path) -> int:
    """Take a filled-in `missing` file back; returns the number of strings put in."""
    lang = _writable(code)
    ts = TsFile(catalogue_path(lang.code))
    by_key = ts.by_key()
    sources = dict(text_sources())
    done = 0
    refused: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        cells = line.split("\t")
        if not line.strip() or cells[0] == "file":
            continue
        cells += [""] * (len(COLUMNS) - len(cells))
        kind, context, comment, source, translation = (_unescape(c) for c in cells[:5])
        if not translation.strip():
            continue
        if kind in sources:
            overlay_set(sources[kind], lang, context.replace("$", "", 1), translation)
            done += 1
            continue
        message = by_key.get((context, source, comment))
        if message is None:
            refused.append(f"line {number}: no such string (was it changed?) {source!r}")
            continue
        forms = translation.split(FORMS) if message.numerus else [translation]
        wanted = placeholders(source)
        if any(
            sorted(set(placeholders(f)) - {"%n"}) != sorted(set(wanted) - {"%n"}) for f in forms
        ):
            refused.append(f"line {number}: placeholders differ from {source!r}")
            continue
        message.set(forms)
        done += 1
    ts.save()
    for reason in refused:
        print(reason, file=sys.stderr)
    return done


# --- command line -------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--venv", default=str(ROOT / ".venv"), help="virtual environment with PySide6"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="collect new strings into every catalogue, regenerate, compile")
    sub.add_parser("generate", help="regenerate Serbian Cyrillic and pseudo, compile")
    sub.add_parser("status", help="every declared language: complete, or how much is missing")
    p = sub.add_parser("missing", help="untranslated strings of a language as TSV")
    p.add_argument("language")
    p = sub.add_parser("apply", help="put translations from a TSV back")
    p.add_argument("language")
    p.add_argument("file", type=Path)
    p = sub.add_parser("check", help="what keeps a language from being offered")
    p.add_argument("language", nargs="+")
    p = sub.add_parser("skeleton", help="start a language's own files (English to replace)")
    p.add_argument("language")
    sub.add_parser("split", help="move texts written inline in shared files to per-language files")
    args = parser.parse_args(argv)
    venv = Path(args.venv)
    if args.command == "update":
        update(venv)
    elif args.command == "generate":
        generate(venv)
    elif args.command == "missing":
        rows = missing(args.language)
        print("\t".join(COLUMNS))
        for row in rows:
            print("\t".join(_escape(c) for c in row))
        print(f"{len(rows)} strings to translate", file=sys.stderr)
    elif args.command == "apply":
        count = apply(args.language, args.file)
        print(f"{count} strings put in; run `make translations` to regenerate and compile")
    elif args.command == "skeleton":
        for path in skeleton(_writable(args.language)):
            print(f"written {path}")
    elif args.command == "split":
        for path in split():
            print(f"written {path}")
    elif args.command == "status":
        for lang in languages.LANGUAGES:
            found = catalogue_status.problems(lang.code)
            training = catalogue_status.training_problems(lang.code)
            offered = "offered" if lang.code in languages.OFFERED else "not offered"
            state = "complete" if not found else f"{len(found)} problems"
            drill = "training complete" if not training else f"training: {len(training)} problems"
            print(f"{lang.code:8} {offered:12} {state:14} {drill}")
    elif args.command == "check":
        bad = False
        for code in args.language:
            found = catalogue_status.problems(languages.canonical(code) or code)
            for problem in found:
                print(f"{code}: {problem}")
            for problem in catalogue_status.training_problems(languages.canonical(code) or code):
                print(f"{code}: training: {problem}")
            bad = bad or bool(found)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
