"""The revised sample template (version 2) and the way a vault of an earlier build gets it.

A stored code + version never changes, so the revised wording (issue #14: fasting and
religious holidays, grouping by language, lawful protest, songs and chants, symbols
described without an unshipped list, families of returned fighters, prayer) is a new
version; runs made with version 1 stay tied to it (decision 0015).
"""

from __future__ import annotations

import json

import pytest

from radprev_desktop.core.model import Subject
from radprev_desktop.core.services import checklists
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates import Template, validate_template
from radprev_desktop.core.templates.sample import (
    earlier_sample_bytes,
    sample_bytes,
    sample_version,
)
from tests.unit.checklist_support import checklist_prisoner, complete

CODE = template_service.SAMPLE_CODE
#: What vaults of the earlier builds stored for version 1 (its sha256 is in their runs).
VERSION_1_SHA256 = "9a4e187538beca684ae1cf4b1b4d8eea8fca9ff2190959ec4813214b8202dfe6"
#: The items issue #14 asked to be reworded, and the words each English help must hold.
REVISED_HELP = {
    "A1.1": ("fasting", "religious holiday"),
    "A2.1": ("languages", "normal"),
    "A2.4": ("collective complaints", "hunger strikes"),
    "A3.4": ("Religious phrases", "nationalist songs", "football chants"),
    "A5.2": ("everyday meanings",),
    "A6.1": ("repatriated foreign fighters", "protective"),
}


def _items(template: Template) -> dict[str, object]:
    return {item.code: item for domain in template.domains for item in domain.items}


def test_revised_wording_in_every_language() -> None:
    revised = validate_template(sample_bytes())
    first = template_service.shipped_template(CODE, 1)
    assert first is not None and revised.version == 2 == sample_version()
    assert revised.languages == first.languages and len(revised.languages) == 8
    new, old = _items(revised), _items(first)
    assert REVISED_HELP and revised.languages
    for code, words in REVISED_HELP.items():
        assert words
        help_text = new[code].help  # type: ignore[attr-defined]
        for lang in revised.languages:
            assert help_text[lang], (code, lang)
        for word in words:
            assert word in help_text["en"], (code, word)
    for lang in revised.languages:  # A5.2 no longer rests on an unshipped reference list
        assert new["A5.2"].label[lang] != old["A5.2"].label[lang]  # type: ignore[attr-defined]
        assert new["A2.4"].label[lang] != old["A2.4"].label[lang]  # type: ignore[attr-defined]
    assert "reference list" in old["A5.2"].label["en"]  # type: ignore[attr-defined]
    assert "reference list" not in new["A5.2"].label["en"]  # type: ignore[attr-defined]
    prayer = revised.non_indicators["en"][-1]
    assert prayer.startswith("Prayer, alone or with others") and "Authorised" not in prayer
    assert not any("Authorised" in text for text in revised.non_indicators["en"])


def test_version_1_is_kept_exactly_as_vaults_stored_it() -> None:
    data = earlier_sample_bytes(CODE, 1)
    assert data is not None and json.loads(data)["version"] == 1
    first = template_service.shipped_template(CODE, 1)
    assert first is not None and first.sha256 == VERSION_1_SHA256
    assert template_service.shipped_template(CODE, 7) is None
    assert template_service.shipped_template("OTHER", 1) is None


def _run_on_version_1(officer: Session) -> tuple[Subject, str]:
    prisoner = checklist_prisoner(officer)
    run = checklists.start_run(officer, prisoner.id)
    assert run.template_version == 1
    complete(officer, run.id)
    return prisoner, run.id


def test_a_vault_of_an_earlier_build_gets_the_revised_sample(
    officer: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    version_1 = earlier_sample_bytes(CODE, 1)
    assert version_1 is not None
    with monkeypatch.context() as earlier:
        earlier.setattr(template_service, "sample_version", lambda: 1)
        earlier.setattr(template_service, "sample_bytes", lambda: version_1)
        prisoner, old_run = _run_on_version_1(officer)
        assert template_service.active_template(officer).version == 1
    # The new build: the next use installs version 2, active as version 1 was.
    active = template_service.active_template(officer)
    assert (active.code, active.version) == (CODE, 2)
    listed = [(t.version, t.origin, t.active) for t in template_service.list_templates(officer)]
    assert listed == [(2, "builtin", True), (1, "builtin", False)]
    installs = officer.con.execute(
        "SELECT object_id FROM audit WHERE action = 'template_installed' ORDER BY seq"
    ).fetchall()
    assert [r[0] for r in installs] == [f"{CODE}:1", f"{CODE}:2"]
    # The old run keeps the wording its author saw; a new one uses the revision.
    kept = checklists.get_run(officer, old_run)
    assert kept.template_version == 1
    stored_1 = template_service.template_for_run(officer.con, CODE, 1)
    assert stored_1 is not None and stored_1.sha256 == VERSION_1_SHA256
    assert checklists.start_run(officer, prisoner.id).template_version == 2
    assert template_service.ensure_sample_installed(officer) is False


def test_an_administrators_own_template_stays_active(
    admin: Session, officer: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    version_1 = earlier_sample_bytes(CODE, 1)
    assert version_1 is not None
    with monkeypatch.context() as earlier:
        earlier.setattr(template_service, "sample_version", lambda: 1)
        earlier.setattr(template_service, "sample_bytes", lambda: version_1)
        template_service.list_templates(admin)  # the earlier build installed version 1
        local = json.loads(version_1)
        local["code"], local["version"] = "PL-LOCAL", 1
        template_service.import_template(admin, json.dumps(local, ensure_ascii=False).encode())
    assert template_service.ensure_sample_installed(officer) is True
    active = template_service.active_template(officer)
    assert (active.code, active.version) == ("PL-LOCAL", 1)
    stored = {(t.code, t.version): t.active for t in template_service.list_templates(admin)}
    assert stored == {("PL-LOCAL", 1): True, (CODE, 2): False, (CODE, 1): False}


def test_a_vault_without_the_sample_is_left_alone(admin: Session) -> None:
    local = json.loads(sample_bytes())
    local["code"] = "PL-LOCAL"
    template_service.import_template(admin, json.dumps(local, ensure_ascii=False).encode())
    assert template_service.ensure_sample_installed(admin) is False
    assert [t.code for t in template_service.list_templates(admin)] == ["PL-LOCAL"]
