"""The in-app user guide: every language file has every section; F1 targets exist."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from radprev_desktop.core.resources import resource_path
from radprev_desktop.gui.guide import SECTIONS, GuideWindow, guide_file


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for name in ("href", "src"):
            value = values.get(name)
            if value:
                (self.links if value.startswith("#") else self.external).append(value)


def test_every_language_has_every_section_and_nothing_from_outside() -> None:
    files = sorted(resource_path("guide").glob("*/guide.html"))
    assert files, "no guide shipped"
    for path in files:
        parser = _Ids()
        parser.feed(path.read_text(encoding="utf-8"))
        missing = set(SECTIONS) - parser.ids
        assert not missing, f"{path}: sections missing {sorted(missing)}"
        assert parser.links
        broken = [link for link in parser.links if link[1:] not in parser.ids]
        assert not broken, f"{path}: links to no section {broken}"
        assert parser.external == [], f"{path}: the guide must work offline"
        assert not re.search(r"<script", path.read_text(encoding="utf-8"), re.I)


def test_guide_window_opens_at_a_section_and_finds_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = GuideWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.source == guide_file("en")
    bar = window.browser.verticalScrollBar()
    window.show_section("audit")
    at_audit = bar.value()
    assert at_audit > 0
    window.show_section("top")
    assert bar.value() < at_audit / 10
    window.find_box.setText("fingerprint")
    assert window.find_next()
    assert window.browser.textCursor().selectedText().lower() == "fingerprint"


def test_a_language_without_its_guide_falls_back_to_english(tmp_path: Path) -> None:
    assert guide_file("xx") == resource_path("guide", "en", "guide.html")


def _sections(text: str) -> dict[str, str]:
    parts = re.split(r'<h2 id="([a-z_]+)">', text)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_language_describes_session_8_and_9s_changes() -> None:
    """F1 was not updated for session 8 (the anchor file's login warning, the report
    language and file name, the newer-version refusal): each language's guide says them
    where the screen is described (language-neutral markers)."""
    files = sorted(resource_path("guide").glob("*/guide.html"))
    assert files
    for path in files:
        sections = _sections(path.read_text(encoding="utf-8"))
        where = path.parent.name
        assert "<code>vault.anchor</code>" in sections["login"], where
        assert 'href="#problems"' in sections["login"], where
        assert re.search(r"<code>[a-z0-9-]+\.pdf</code>", sections["reports"]), where
        assert re.search(r"<code>[a-z0-9-]+\.pdf</code>", sections["training"]), where
        assert 'href="#reports"' in sections["training"], where
        assert sections["problems"].count("<li>") >= 5, where


def test_no_sentence_ends_in_an_ellipsis_and_a_period() -> None:
    """The guide's "… *Add prisoner…*." read "…." in several languages (ux9, session 9):
    a sentence ending in a menu entry's "…" is written so that the entry is not last."""
    files = sorted(resource_path("guide").glob("*/guide.html"))
    assert len(files) >= 8
    for path in files:
        shown = re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8"))  # as the reader sees it
        assert not re.search(r"…\s*\.", shown), f"{path}: {re.search(r'.{40}…\s*\.', shown)}"
