"""`radprev` commands stay as typed in Serbian Cyrillic.

Seen under Xvfb (soak9, Serbian Cyrillic, Administration → Backups): "… or with the
command radprev ресторе" — the generated catalogue spelt commands in Cyrillic
("radprev централ труст", "radprev доцтор", "radprev траининг старт"), which no one can
run; a folder name "(backups)" is left as it is in the Latin text too.
"""

from __future__ import annotations

import argparse
import re

from radprev_desktop.cli.main import build_parser
from radprev_desktop.core.i18n import catalogue_path
from radprev_desktop.core.transliteration import CLI_WORDS, to_cyrillic


def _command_words() -> set[str]:
    words: set[str] = set()

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    words.add(name)
                    walk(sub)

    walk(build_parser())
    return words


def test_every_command_word_of_the_cli_is_kept() -> None:
    words = _command_words()
    assert len(words) > 50
    assert words <= CLI_WORDS, sorted(words - CLI_WORDS)


def test_a_command_stays_latin_and_the_sentence_turns_cyrillic() -> None:
    text = "ili komandom radprev restore. Pokrenite radprev central trust i radprev je spreman."
    out = to_cyrillic(text)
    assert "radprev restore." in out
    assert "radprev central trust и" in out
    assert out.startswith("или командом")
    assert "radprev је спреман" in out  # prose after the name is Serbian, not a command


def _command_after_radprev(words: list[str]) -> str:
    taken: list[str] = []
    for word in words:
        if word not in CLI_WORDS:
            break
        taken.append(word)
    return " ".join(taken)


def test_the_generated_catalogue_keeps_every_command() -> None:
    def translations(code: str) -> list[str]:
        text = catalogue_path(code).read_text(encoding="utf-8")
        return re.findall(r"<translation[^>]*>(.*?)</translation>", text, re.S)

    cyrillic = "\n".join(translations("sr_Cyrl"))
    pattern = re.compile(r"radprev((?: [a-z][a-z-]*)+)")
    commands = {
        _command_after_radprev(m.group(1).split())
        for text in translations("sr_Latn")
        for m in pattern.finditer(text)
    } - {""}
    assert commands  # the catalogue names commands (radprev restore, radprev doctor…)
    for command in commands:
        assert f"radprev {command}" in cyrillic, command
