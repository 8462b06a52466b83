"""A rectification of the prisoner's details cites a version that corrected who the
person is, made after the request (decision 0023): not the restriction's own version,
nor a move of cell — on both stores (the central office's SQLCipher vault and its
PostgreSQL store, `office` of tests/unit/test_records_on_both.py)."""

from __future__ import annotations

import pytest

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.services import data_requests, restriction, subjects
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.unit.test_records_on_both import Work, _as, office, work

__all__ = ["office", "work"]  # the fixtures, used by name


def test_a_details_request_cites_only_an_identity_correction_made_after_it(
    office: VaultAccess, work: Work
) -> None:
    sven = _as(office, "sven")  # a supervisor at the central office
    try:
        file_id = work.prisoners["Łukasiewicz"]
        before = subjects.update_subject(
            sven, file_id, reason="Typing error in the register.", given_names="Jan Paweł"
        )
        restricted = restriction.set_restriction(sven, file_id, True, "Accuracy disputed.")
        note = data_requests.record_request(
            sven, "subject", file_id, "rectification", "He says he was born in 1979."
        )
        assert data_requests.citable_versions(sven, note) == ()
        # The restriction's version and a correction made before the request are refused.
        for version in (restricted.version, before.version):
            with pytest.raises(ValidationError) as refused:
                data_requests.decide(sven, note.id, "rectified", version=version)
            assert "did not correct the prison number, names or birth year" in str(
                refused.value.message
            )
            assert refused.value.field == "version"
        moved = subjects.update_subject(sven, file_id, reason="Moved.", cell="C-9")
        corrected = subjects.update_subject(
            sven, file_id, reason="At the prisoner's request.", birth_year=1979
        )
        assert data_requests.citable_versions(sven, note) == (corrected.version,)
        [line] = [x for x in data_requests.request_lines(sven, file_id) if x.note.id == note.id]
        assert line.citable == (corrected.version,)
        with pytest.raises(ValidationError):
            data_requests.decide(sven, note.id, "rectified", version=moved.version)
        decided = data_requests.decide(sven, note.id, "rectified", version=corrected.version)
        assert (decided.outcome, decided.outcome_version) == ("rectified", corrected.version)
        # Recorded and decided at once (the correction came first): it may be cited.
        at_once = data_requests.record_request(
            sven,
            "subject",
            file_id,
            "rectification",
            "He says his given names are Jan Paweł.",
            outcome="rectified",
            version=before.version,
        )
        assert at_once.outcome_version == before.version
    finally:
        sven.close()
