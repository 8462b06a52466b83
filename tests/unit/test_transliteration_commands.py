"""`radprev` commands, and what they take (USER, FILE), stay as typed in Serbian Cyrillic.

Seen under Xvfb (soak9, Serbian Cyrillic, Administration → Backups): "… or with the
command radprev ресторе" — the generated catalogue spelt commands in Cyrillic
("radprev централ труст", "radprev доцтор", "radprev траининг старт"), which no one can
run; a folder name "(backups)" is left as it is in the Latin text too.
"""

from __future__ import annotations

import argparse
import io
import re

import pypdf

from radprev_desktop.cli.main import build_parser
from radprev_desktop.core import crypto
from radprev_desktop.core.i18n import catalogue_path
from radprev_desktop.core.reports.enrolment_sheet import enrolment_sheet
from radprev_desktop.core.reports.recovery_sheet import recovery_sheet
from radprev_desktop.core.session import Session
from radprev_desktop.core.transliteration import CLI_WORDS, to_cyrillic


def flat(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )


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


def test_what_a_command_or_an_option_takes_stays_as_typed() -> None:
    """Seen on the recovery sheet in Serbian Cyrillic: "radprev recover УСЕР"."""
    out = to_cyrillic(
        "lozinke: radprev recover USER. Ili radprev central trust FILE --fingerprint HEX"
    )
    assert "radprev recover USER." in out and "radprev central trust FILE --fingerprint HEX" in out
    assert out.startswith("лозинке") and "Или" in out
    assert to_cyrillic("zahteva --identity-file i --into SETTINGS") == (
        "захтева --identity-file и --into SETTINGS"
    )
    assert to_cyrillic("Kliknite OK ZA kraj") == "Кликните OK ЗА крај"  # capitals in prose turn


def test_the_recovery_and_enrolment_sheets_print_commands_as_typed(
    admin: Session, recovery_code: str
) -> None:
    """Both sheets read back from the PDF, in Serbian Cyrillic: the command to type is Latin."""
    recovery = flat(recovery_sheet(admin, recovery_code, language="sr_Cyrl").pdf)
    central = crypto.sha256_hex(b"central office key")
    enrolment = flat(enrolment_sheet(admin, central_fingerprint=central, language="sr_Cyrl").pdf)
    assert "radprev recover USER." in recovery and "УСЕР" not in recovery
    assert "лозинке" in recovery  # the sentence around it is Cyrillic
    assert "radprev central trust FILE --fingerprint HEX" in enrolment
    assert "ФИЛЕ" not in enrolment
