"""Where Save as and folder choices open: the folder last used for that kind of file, else
the user's Documents folder — never the process's current directory.

Each kind (PDF reports, export packages and receipts, the audit log's export, a person's
data, transfer bundles, certificates) remembers its last folder per user in the
workstation's INI file (gui/i18n.py): only the folder, never a file name, under a
pseudonym of the account (a hash of the username, not the name itself). Nothing of a
prisoner is written: file names are plain titles (decision 0031) and are not kept.
"""

from __future__ import annotations

import hashlib
from enum import Enum
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QFileDialog, QWidget

from radprev_desktop.gui import i18n

__all__ = ["SaveKind", "choose_folder", "remember", "save_file_name", "start_folder"]


class SaveKind(Enum):
    """Kinds of files whose folders are remembered apart."""

    REPORT = "report"  # PDF reports, the training record
    PACKAGE = "package"  # export packages, receipts, reference bundles
    AUDIT = "audit"  # the audit log's export
    PERSON_DATA = "person_data"  # a person's data (access request)
    BUNDLE = "bundle"  # transfer bundles
    CERTIFICATE = "certificate"  # the central office's certificate


def documents_folder() -> Path:
    """The user's Documents folder (platformdirs), else their home folder."""
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()


def _key(kind: SaveKind, username: str) -> str:
    account = hashlib.sha256(username.encode("utf-8")).hexdigest()[:16]
    return f"save_folders/{kind.value}_{account}"


def start_folder(kind: SaveKind, username: str) -> Path:
    """The folder a dialog for `kind` opens in for `username`."""
    value = i18n.workstation_settings().value(_key(kind, username))
    if value:
        folder = Path(str(value))
        if folder.is_dir():
            return folder
    return documents_folder()


def remember(kind: SaveKind, username: str, chosen: str | Path, *, is_folder: bool) -> None:
    """Keep the folder of what was chosen (a file's folder, or the folder itself)."""
    path = Path(chosen)
    folder = path if is_folder else path.parent
    settings = i18n.workstation_settings()
    settings.setValue(_key(kind, username), str(folder))
    settings.sync()


def save_file_name(
    parent: QWidget | None,
    kind: SaveKind,
    username: str,
    title: str,
    suggested: str,
    file_filter: str = "",
) -> str:
    """Qt's Save as, opening in the remembered folder with `suggested` as the name;
    '' when cancelled."""
    start = str(start_folder(kind, username) / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    if path:
        remember(kind, username, path, is_folder=False)
    return path


def choose_folder(parent: QWidget | None, kind: SaveKind, username: str, title: str) -> str:
    """Qt's folder choice, opening in the remembered folder; '' when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind, username)))
    if folder:
        remember(kind, username, folder, is_folder=True)
    return folder
