"""The Sync page speaks plain words: a key's fingerprint is its "check code" on screen.

Issue 10 (plain words): officers met "fingerprint" on the Sync page. The screens
now say check code (kod kontrolny); only the explanation that the printed
enrolment sheet calls it the fingerprint keeps the technical word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QTableWidget, QWidget

from radprev_desktop.core import crypto
from radprev_desktop.core.sync import keys
from radprev_desktop.gui import i18n
from radprev_desktop.gui.trust_dialog import TrustDialog
from tests.gui.test_lock_everywhere import _texts
from tests.gui.test_sync_page import _page
from tests.unit.test_sync_support import Pair, add_note, open_pair

TECHNICAL = re.compile(r"fingerprint|odcisk", re.IGNORECASE)
EXPLAINED = re.compile(
    r"the sheet calls it the fingerprint|na arkuszu nazywa się on odciskiem", re.IGNORECASE
)


@pytest.fixture
def pair(tmp_path: Path, pair_files: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path, pair_files)


def _everything_shown(widget: QWidget) -> list[str]:
    texts = _texts(widget)
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QTableWidget):
            texts.extend(
                w.horizontalHeaderItem(c).text()
                for c in range(w.columnCount())
                if w.horizontalHeaderItem(c) is not None
            )
        texts.extend([w.accessibleName(), w.toolTip()])
    return [t for t in texts if t]


def _jargon(texts: list[str]) -> list[str]:
    return [t for t in texts if TECHNICAL.search(EXPLAINED.sub("", t))]


@pytest.mark.parametrize("language", ["en", "pl"])
def test_sync_screens_say_check_code(
    qtbot, pair: Pair, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language(language)
    try:
        ws_page = _page(qtbot, pair.ws)
        add_note(pair.ws, "Notatka")
        ws_page.refresh()
        ws_page.export_to(pair.folder)
        central_page = _page(qtbot, pair.central)
        asked: list[str] = []
        monkeypatch.setattr(
            central_page, "confirm_fingerprint", lambda exc, *_: asked.append("?") or None
        )
        central_page.import_folder(pair.folder)  # not enrolled, the administrator declines
        assert asked
        refused = central_page.report.toPlainText()
        assert "check code" in refused or "kodu kontrolnego" in refused, refused
        monkeypatch.setattr(
            central_page, "confirm_fingerprint", lambda exc, *_: pair.ws_fingerprint
        )
        central_page.import_folder(pair.folder)
        assert central_page.workstations.rowCount() == 1
        shown = _everything_shown(ws_page) + _everything_shown(central_page)
        assert shown
        assert _jargon(shown) == []

        data, fp = keys.make_certificate(pair.central)
        dialog = TrustDialog(keys.parse_certificate(data))
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.typed, crypto.group_fingerprint(fp))
        in_dialog = _everything_shown(dialog)
        assert any(EXPLAINED.search(t) for t in in_dialog)  # the sheet's word, explained
        assert _jargon(in_dialog) == []
    finally:
        i18n.install_language("en")
