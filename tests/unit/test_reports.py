"""Report furniture, sheets, blank checklist, fonts, labels and disclosure audit.

Every PDF is read back with pypdf: what a reader would see is what is tested.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pypdf
import pytest

from radprev_desktop.core import audit, crypto, languages
from radprev_desktop.core.errors import (
    LanguageNotAvailable,
    PermissionDenied,
    StorageError,
    TemplateInvalid,
    ValidationError,
)
from radprev_desktop.core.i18n import Translator, load_ts, report_translator
from radprev_desktop.core.model import ReportKind, Role
from radprev_desktop.core.reports import typography
from radprev_desktop.core.reports.blank_checklist import blank_checklist
from radprev_desktop.core.reports.disclosure import record_disclosure, save_report
from radprev_desktop.core.reports.enrolment_sheet import enrolment_sheet
from radprev_desktop.core.reports.recovery_sheet import recovery_sheet
from radprev_desktop.core.reports.requests import ReportRequest, available_kinds, generate
from radprev_desktop.core.reports.typography import ReportFontMissing
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.services import settings
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates.sample import sample_data

SAMPLE = resource_path("templates", "frontline-observation-sample.json")
UUID7 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page as pypdf extracts it."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def audit_actions(session: Session) -> list[tuple[str, str, str, str, dict[str, object]]]:
    return [
        (e.action, e.object_id, e.justification, e.recipient, e.details)
        for e in audit.read_entries(session.con)
    ]


# --- furniture on every page ----------------------------------------------------------------


def test_recovery_sheet_has_code_furniture_and_watermark(
    admin: Session, recovery_code: str
) -> None:
    report = recovery_sheet(admin, recovery_code.lower().replace("-", " "))
    text = pages_text(report.pdf)
    assert report.kind is ReportKind.RECOVERY_SHEET and report.pages == len(text) == 1
    page = text[0]
    groups = recovery_code.split("-")
    assert len(groups) > 4
    for group in groups:
        assert group in page
    assert admin.vault_id in page
    assert "Areszt Śledczy Testowo (PL-WAW1)" in page
    assert page.count("OFFICIAL-SENSITIVE") == 2  # top and bottom
    assert "Page 1 of 1" in page
    assert f"Document {report.document_id}" in page
    assert UUID7.fullmatch(report.document_id)
    assert "Printed by Administrator Testowy" in page
    # The watermark is the printing user's name, drawn diagonally on the page.
    assert page.count("Administrator Testowy") >= 2
    assert report.pdf.startswith(b"%PDF-") and b"%%EOF" in report.pdf[-64:]


def test_recovery_sheet_is_for_administrators_and_checks_the_code(
    admin: Session, officer: Session, recovery_code: str
) -> None:
    with pytest.raises(PermissionDenied):
        recovery_sheet(officer, recovery_code)
    with pytest.raises(ValidationError):
        recovery_sheet(admin, "not-a-code")


def test_marking_comes_from_the_setting(admin: Session, recovery_code: str) -> None:
    settings.set_setting(admin, "classification_marking", "ZASTRZEŻONE")
    page = pages_text(recovery_sheet(admin, recovery_code).pdf)[0]
    assert page.count("ZASTRZEŻONE") == 2
    assert "OFFICIAL-SENSITIVE" not in page


def test_enrolment_sheet_prints_fingerprints_in_groups_of_four(admin: Session) -> None:
    central = crypto.sha256_hex(b"central office key")
    report = enrolment_sheet(admin, central_fingerprint=central)
    page = flat(pages_text(report.pdf)[0])
    own = crypto.fingerprint(bytes.fromhex(admin.meta("signing_public") or ""))
    assert crypto.group_fingerprint(own) in page.replace(" ", " ")
    assert crypto.group_fingerprint(central) in page
    assert admin.workstation_id in page
    without = flat(pages_text(enrolment_sheet(admin).pdf)[0])
    assert "No central office certificate is trusted yet." in without
    with pytest.raises(ValidationError):
        enrolment_sheet(admin, central_fingerprint="xyz")


# --- blank checklist ------------------------------------------------------------------------


def test_blank_checklist_from_the_sample_file(officer: Session) -> None:
    report = blank_checklist(officer, SAMPLE)
    text = flat(" ".join(pages_text(report.pdf)))
    definition = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert definition["domains"] and definition["protective_factors"]["items"]
    for domain in definition["domains"]:
        assert domain["items"]
        for item in domain["items"]:
            assert item["code"] in text
    for item in definition["protective_factors"]["items"]:
        assert item["code"] in text
    assert "☐ observed" in text and "☐ not observed" in text and "☐ unknown" in text
    assert definition["non_indicators"]["en"][0].split()[0] in text
    assert f"Page 1 of {report.pages}" in text
    assert report.contains_personal_data is False


def test_blank_checklist_in_polish_from_a_dict(officer: Session) -> None:
    definition = sample_data()
    report = blank_checklist(officer, definition, language="pl")
    text = flat(" ".join(pages_text(report.pdf)))
    assert "Lista kontrolna (formularz papierowy)" in text
    assert "☐ zaobserwowano" in text
    assert f"Strona 1 z {report.pages}" in text
    if "pl" in definition["title"]:
        assert definition["title"]["pl"] in text


def test_blank_checklist_refuses_what_is_not_a_template(officer: Session, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    with pytest.raises(TemplateInvalid):
        blank_checklist(officer, bad)
    with pytest.raises(TemplateInvalid):
        blank_checklist(officer, {"code": "X", "domains": []})


def test_blank_checklist_through_a_request_uses_the_active_template(officer: Session) -> None:
    report = generate(officer, ReportRequest(kind=ReportKind.BLANK_CHECKLIST))
    assert "A1.1" in " ".join(pages_text(report.pdf))


# --- fonts ----------------------------------------------------------------------------------


def test_missing_font_is_a_clear_error(
    admin: Session, recovery_code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "resources"
    shutil.copytree(resource_path("translations"), fake / "translations")
    (fake / "fonts").mkdir()
    monkeypatch.setenv("RADPREV_RESOURCES", str(fake))
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ReportFontMissing, match=r"DejaVuSans\.ttf is missing"):
        recovery_sheet(admin, recovery_code)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing half-written


def test_damaged_font_is_a_clear_error(
    admin: Session, recovery_code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "resources" / "fonts"
    fake.mkdir(parents=True)
    for name in typography.FONT_FILES.values():
        (fake / name).write_bytes(b"not a font")
    monkeypatch.setenv("RADPREV_RESOURCES", str(fake.parent))
    monkeypatch.setattr(typography, "_registered", {})
    with pytest.raises(ReportFontMissing, match="cannot be read"):
        recovery_sheet(admin, recovery_code)


def test_fonts_are_embedded(admin: Session, recovery_code: str) -> None:
    reader = pypdf.PdfReader(io.BytesIO(recovery_sheet(admin, recovery_code).pdf))
    fonts = set()
    assert reader.pages
    for page in reader.pages:
        assert page["/Resources"]["/Font"]
        for font in page["/Resources"]["/Font"].values():
            obj = font.get_object()
            fonts.add(str(obj["/BaseFont"]))
            assert "/FontFile2" in obj["/FontDescriptor"].get_object()
    assert fonts and all("DejaVuSans" in f for f in fonts)


# --- labels ---------------------------------------------------------------------------------


def test_translator_fills_placeholders_and_refuses_unknown_languages() -> None:
    tr = Translator(languages.BY_CODE["pl"], {("reports", "Page %1 of %2", ""): "Strona %1 z %2"})
    assert tr.tr("Page %1 of %2", 3, 9) == "Strona 3 z 9"
    assert tr.tr("Not in the catalogue %1", "x") == "Not in the catalogue x"
    with pytest.raises(LanguageNotAvailable, match=r"Available: en .*pl"):
        report_translator("xx")
    assert report_translator("pl_PL").tr("Page %1 of %2", 1, 2) == "Strona 1 z 2"


# --- roles and disclosure -------------------------------------------------------------------


def test_available_kinds_follow_roles(
    officer: Session, supervisor: Session, auditor: Session, admin: Session
) -> None:
    assert ReportKind.OBSERVATION in available_kinds(officer.user)
    assert ReportKind.SUBJECT not in available_kinds(officer.user)
    assert ReportKind.SUBJECT in available_kinds(supervisor.user)
    assert ReportKind.UNIT in available_kinds(supervisor.user)
    assert available_kinds(auditor.user) == [
        ReportKind.BLANK_CHECKLIST,
        ReportKind.ACCESS,
        ReportKind.DATA_PROTECTION,
    ]
    assert ReportKind.RECOVERY_SHEET in available_kinds(admin.user)
    assert ReportKind.SUBJECT not in available_kinds(admin.user)


def test_record_disclosure_writes_the_audit_entry(supervisor: Session) -> None:
    record_disclosure(
        supervisor,
        "doc-1",
        ReportKind.SUBJECT,
        "subj-1",
        "review: weekly",
        "Security unit",
        "print",
    )
    action, object_id, why, recipient, details = audit_actions(supervisor)[-1]
    assert (action, object_id, why, recipient) == (
        "report_printed",
        "subj-1",
        "review: weekly",
        "Security unit",
    )
    assert details == {"document_id": "doc-1", "report": "subject"}
    record_disclosure(supervisor, "doc-1", ReportKind.SUBJECT, "subj-1", "review", "", "preview")
    assert audit_actions(supervisor)[-1][0] == "report_previewed"
    before = len(audit_actions(supervisor))
    with pytest.raises(ValidationError):
        record_disclosure(supervisor, "d", ReportKind.SUBJECT, "s", "", "X", "print")
    with pytest.raises(ValidationError):
        record_disclosure(supervisor, "d", ReportKind.SUBJECT, "s", "review", "", "save_pdf")
    assert len(audit_actions(supervisor)) == before


def test_save_report_is_atomic_and_audited(
    admin: Session, recovery_code: str, tmp_path: Path
) -> None:
    report = recovery_sheet(admin, recovery_code)
    out = tmp_path / "sheet.pdf"
    save_report(admin, report, out, justification="", recipient="safe")
    assert out.read_bytes() == report.pdf
    assert out.stat().st_mode & 0o077 == 0  # owner-only
    assert not list(tmp_path.glob("*.tmp"))
    action, object_id, _, recipient, details = audit_actions(admin)[-1]
    assert (action, object_id, recipient) == ("report_saved", report.document_id, "safe")
    assert details["report"] == "recovery-sheet"


def test_save_to_an_unwritable_place_changes_nothing(
    admin: Session, recovery_code: str, tmp_path: Path
) -> None:
    report = recovery_sheet(admin, recovery_code)
    before = len(audit_actions(admin))
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_bytes(b"x")
    # (Permissions cannot be relied on: the tests may run as root.)
    for target in (tmp_path / "missing-folder" / "x.pdf", not_a_folder / "x.pdf"):
        with pytest.raises(StorageError) as caught:
            save_report(admin, report, target, justification="", recipient="safe")
        assert target.parent.name in str(caught.value)
        assert "Nothing was changed" in str(caught.value)
        assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "vault"]
    assert len(audit_actions(admin)) == before


def test_sheets_refuse_other_roles(officer: Session, auditor: Session) -> None:
    with pytest.raises(PermissionDenied):
        enrolment_sheet(officer)
    with pytest.raises(PermissionDenied):
        generate(auditor, ReportRequest(kind=ReportKind.RECOVERY_SHEET, recovery_code="x"))
    assert Role.ADMINISTRATOR not in auditor.user.roles


def test_enrolment_sheets_show_the_central_certificate_both_sides(
    admin: Session, tmp_path: Path
) -> None:
    from radprev_desktop.core.model import Mode
    from radprev_desktop.core.sync import keys as sync_keys
    from tests.conftest import create_vault

    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CZ")
    try:
        before = flat(pages_text(enrolment_sheet(central).pdf)[0])
        assert "No central office certificate is trusted yet." in before
        data, fingerprint = sync_keys.make_certificate(central)
        own = flat(pages_text(enrolment_sheet(central).pdf)[0])
        assert crypto.group_fingerprint(fingerprint) in own
    finally:
        central.close()
    sync_keys.trust_central(admin, data, fingerprint)
    workstation = flat(pages_text(enrolment_sheet(admin).pdf)[0])
    assert crypto.group_fingerprint(fingerprint) in workstation


def test_ts_reader_skips_obsolete_and_empty_translations(tmp_path: Path) -> None:
    ts = tmp_path / "radprev_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="xx">'
        "<context><name>reports</name>"
        "<message><source>Page %1 of %2</source><translation>P %1/%2</translation></message>"
        '<message><source>Old</source><translation type="obsolete">Stary</translation></message>'
        '<message><source>Empty</source><translation type="unfinished"></translation></message>'
        '<message><source>Draft</source><translation type="unfinished">Szkic</translation>'
        "</message></context>"
        "<context><name>other</name><message><source>Page %1 of %2</source>"
        "<translation>ELSEWHERE</translation></message></context></TS>",
        encoding="utf-8",
    )
    assert load_ts(ts) == {
        ("reports", "Page %1 of %2", ""): "P %1/%2",
        ("reports", "Draft", ""): "Szkic",
        ("other", "Page %1 of %2", ""): "ELSEWHERE",
    }
