"""Every audit action the code base writes has words, in every offered language (issue 14).

The codes are read from the source (tests/audit_codes.py follows each write call's
action back to its text), so a new action without words in core/audit_words.py, or
words without their translations, fails here. The readers of the table — the audit
screen, the DPO's PDF, `radprev audit list`, the access report — are checked to say
an action that had no words before this table (`subjects_listed`).
"""

from __future__ import annotations

import io

import pypdf
import pytest

from radprev_desktop.core import audit_words, languages
from radprev_desktop.core.i18n import translator
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services.dpo_questions import DISCLOSURES
from radprev_desktop.core.session import Session
from tests.audit_codes import written_codes

#: Offered languages other than the source language.
TRANSLATED = [lang.code for lang in languages.offered() if lang.code != "en"]


def test_every_written_action_code_has_words_and_a_group() -> None:
    found = written_codes()
    assert not found.unresolved, f"audit actions the scan cannot follow: {found.unresolved}"
    assert len(found.codes) > 90  # 101 when this test was written
    missing = sorted(found.codes - set(audit_words.ACTIONS))
    assert not missing, f"give these words in core/audit_words.py: {missing}"
    stale = sorted(set(audit_words.ACTIONS) - found.codes)
    assert not stale, f"no code writes these any more; drop them from the table: {stale}"


def test_the_scan_follows_every_way_an_action_is_written() -> None:
    codes = written_codes().codes
    # a string; a branch of `if … else`; a module dict's entry; a module constant; a
    # parameter given by its callers (consultation.record, session.close's reason)
    expected = {
        "user_added",
        "package_import_failed",
        "user_removal_started",
        "audit_log_tampering_detected",
        "subjects_listed",
        "lock",
        "logout",
    }
    assert expected <= codes


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_action_s_words_are_translated(language: str) -> None:
    assert TRANSLATED and audit_words.ACTIONS
    tr = translator(language, "audit")
    untranslated = sorted(
        code for code, a in audit_words.ACTIONS.items() if not tr.has("audit", a.words)
    )
    assert not untranslated, f"{language}: {untranslated}"
    groups = {a.group for a in audit_words.ACTIONS.values()}
    assert groups and all(tr.has("reports", g) for g in groups), language
    kinds = [w for w in audit_words.OBJECTS.values() if not tr.has("audit", w)]
    assert not kinds, f"{language}: {kinds}"


def test_the_dpo_pdf_says_every_action_in_words(auditor: Session, supervisor: Session) -> None:
    supervisor.audit("subjects_listed", object_type="subjects", justification="")
    supervisor.audit("search", object_type="subjects", justification="other")
    day = str(auditor.con.execute("SELECT max(at) FROM audit").fetchone()[0])[:10]
    pdf = generate(
        auditor,
        ReportRequest(
            kind=ReportKind.DATA_PROTECTION,
            dpo_question="no-purpose",
            date_from=day,
            date_to=day,
            justification="annual check",
            language="pl",
        ),
    ).pdf
    text = " ".join(
        " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )
    tr = translator("pl", "audit")
    for code in ("subjects_listed", "search"):
        words = " ".join(tr.translate("audit", audit_words.ACTIONS[code].words).split())
        assert words in text, code
        assert audit_words.ACTIONS[code].words not in text


def test_the_dpo_s_disclosures_are_actions_the_code_writes() -> None:
    """The DPO's "exports per period" asks for these: a name no code writes (it once held
    `report_disclosed`) finds nothing, and a disclosure left out is never asked about."""
    codes = written_codes().codes
    assert DISCLOSURES
    assert codes >= DISCLOSURES, sorted(DISCLOSURES - codes)
    # every way the person's data leave: packages, handovers, transfer bundles, the
    # subject's own data, reports on paper and on file
    assert {"subject_access_exported", "transfer_bundle_issued", "report_printed"} <= DISCLOSURES
