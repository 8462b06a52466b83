"""The workstation's small settings file: the language chosen here, the last user name.

The vault cannot be read before login, so what the login screen and the command
line need first lives in an INI file in the user's configuration folder
(`RADPREV_CONFIG` overrides it). It holds no vault data. The GUI writes it
(gui/i18n.py, through QSettings); core and the CLI only read it.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

import platformdirs


def config_path() -> Path:
    """The workstation's INI file."""
    override = os.environ.get("RADPREV_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("radprev", "radprev")) / "desktop.ini"


def stored_language() -> str | None:
    """The language last chosen on this workstation (raw; the caller checks it is offered)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(config_path(), encoding="utf-8")
    except (OSError, configparser.Error):
        return None
    value = parser.get("General", "language", fallback="").strip()
    return value or None
