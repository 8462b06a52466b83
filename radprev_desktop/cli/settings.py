"""`radprev settings …`: the vault-wide settings, listed and changed from core's declarations.

What a setting is called, what it may hold and who may change it come from
core/settings_catalogue.py, the same list the Settings screen is drawn from;
this module only turns words on the command line into values.
"""

from __future__ import annotations

import argparse
from typing import Any

from radprev_desktop.cli.common import UsageError, command, emit, logged_in
from radprev_desktop.cli.output import cli
from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.services import settings
from radprev_desktop.core.settings_catalogue import Setting, SettingKind
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, fill


def register(sub: Any) -> None:
    """Add `radprev settings …`."""
    top = sub.add_parser("settings", help="vault-wide settings (an administrator changes them)")
    ssub = top.add_subparsers(dest="settings_command", metavar="ACTION")
    ssub.required = True
    command(ssub, "list", cmd_list, "every setting with its value, default and allowed values")
    p = command(ssub, "set", cmd_set, "change one setting (administrator; audited)")
    p.add_argument(
        "key", metavar="KEY", choices=[s.key for s in catalogue.SETTINGS], help="the setting"
    )
    p.add_argument(
        "values",
        metavar="VALUE",
        nargs="+",
        help="the new value; for a value per part, PART=NUMBER pairs (subject=24 released=6)",
    )


# What a setting may hold, in the words of `radprev settings list` (context "cli": lupdate
# collects them here, where a call through a variable would hide them from it).
TEXT_LENGTH = QT_TRANSLATE_NOOP("cli", "text, 1–%1 characters")
# The command takes the English words yes and no: they are filled in, never translated.
EITHER = QT_TRANSLATE_NOOP("cli", "%1 or %2")
LEVEL_NAMES = QT_TRANSLATE_NOOP("cli", "names separated by ;, lowest first")
EACH_PART = QT_TRANSLATE_NOOP("cli", "%1: %2–%3 each")
FROM_BUNDLES = QT_TRANSLATE_NOOP("cli", "arrives with reference bundles")


def allowed(setting: Setting, *, translated: bool = False) -> str:
    """What a setting may hold, in a few words (English for --json, else the user's language)."""
    say = cli.tr if translated else fill_english
    if setting.kind is SettingKind.NUMBER:
        return f"{setting.minimum}–{setting.maximum}"
    if setting.kind is SettingKind.TEXT:
        return say(TEXT_LENGTH, setting.max_length)
    if setting.kind is SettingKind.CHOICE:
        return ", ".join(c.value for c in setting.choices)
    if setting.kind is SettingKind.FLAG:
        return say(EITHER, "yes", "no")
    if setting.kind is SettingKind.LEVELS:
        return say(LEVEL_NAMES)
    if setting.kind is SettingKind.NUMBER_PER_PART:
        parts = ", ".join(c.value for c in setting.choices)
        return say(EACH_PART, parts, setting.minimum, setting.maximum)
    return say(FROM_BUNDLES)


def fill_english(source: str, *args: object) -> str:
    """The English text of a message (machine-readable output stays English)."""
    return fill(source, [str(a) for a in args])


def cmd_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        values = settings.all_settings(session)
    rows = [
        {
            "key": s.key,
            "label": s.label,
            "value": values.get(s.key, s.default),
            "default": s.default,
            "allowed": allowed(s),
        }
        for s in catalogue.SETTINGS
    ]

    def text() -> str:
        lines = []
        for row in rows:
            declared = catalogue.setting(str(row["key"]))
            lines.append(f"{row['key']}: {_shown(row['value'])}   ({cli.text(declared.label)})")
            lines.append(
                "    "
                + cli.tr(
                    "default %1; allowed: %2",
                    _shown(row["default"]),
                    allowed(declared, translated=True),
                )
            )
        return "\n".join(lines)

    emit(args, rows, text)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    declared = catalogue.setting(args.key)
    value = _parse(declared, list(args.values))
    with logged_in(args) as session:
        if declared.kind is SettingKind.NUMBER_PER_PART:
            # One part changed; the others keep what they hold.
            value = {**(settings.get_setting(session, declared.key) or {}), **value}
        stored = settings.set_setting(session, declared.key, value)
    emit(args, {"key": declared.key, "value": stored}, f"{declared.key} = {_shown(stored)}")
    return 0


def _parse(setting: Setting, words: list[str]) -> Any:
    """The value the words give; the service checks it against the declaration."""
    if setting.kind is SettingKind.CODE_LISTS:
        raise UsageError(
            cli.tr("%1 arrives with reference bundles; it is not set by hand", setting.key)
        )
    if setting.kind is SettingKind.NUMBER_PER_PART:
        parts: dict[str, str] = {}
        for word in words:
            part, sep, number = word.partition("=")
            if not sep or not part or not number:
                raise UsageError(
                    cli.tr("%1 takes PART=NUMBER pairs, not %2", setting.key, repr(word))
                )
            parts[part] = number
        return parts
    if len(words) != 1 and setting.kind not in (SettingKind.TEXT, SettingKind.LEVELS):
        raise UsageError(cli.tr("%1 takes one value", setting.key))
    return " ".join(words)


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return cli.tr("yes") if value else cli.tr("no")
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in sorted(value.items())) or cli.tr(
            "(each part's default)"
        )
    return str(value)
