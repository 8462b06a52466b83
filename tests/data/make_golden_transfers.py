"""Write the golden transfer bundle of format version 1 (run once; commit the files).

    .venv/bin/python -m tests.data.make_golden_transfers

Signed with the TEST-ONLY central key of tests/data/make_golden.py and encrypted
to the TEST-ONLY transfer key of a workstation of PL-B below (published on
purpose, never to be used anywhere else). `v1-transfer-expected.json` holds the
manifest's transfer and recipient and every record line in readable JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pyrage import x25519

from radprev_desktop.core import crypto
from radprev_desktop.core.sync import container
from tests.data import make_golden as golden

HERE = Path(__file__).resolve().parent / "sync"

# TEST-ONLY: the transfer key of workstation 019a…b2 of PL-B.
RECEIVING_TRANSFER_IDENTITY = (
    "AGE-SECRET-KEY-1FRZT8MKM27JJE5F03QQ6ZQVHX74EYMVHVV02S39DFWTK9XFVPE0SX9SNM7"
)
RECEIVING_WORKSTATION = "019a0000-0000-7000-8000-0000000000b2"
SENDING_WORKSTATION = golden.WORKSTATION_ID
SUBJECT = "019a0000-1111-7000-8000-000000000010"
TRANSFER = "019a0000-3333-7000-8000-000000000011"
OBSERVATION = "019a0000-4444-7000-8000-000000000012"
REVIEW = "019a0000-5555-7000-8000-000000000013"
REFERRAL = "019a0000-6666-7000-8000-000000000014"
AT = "2026-11-25T09:00:00.000000Z"
FILE_NAME = "v1-transfer_PL-B_000001.age"

TRANSFER_ABOUT = {
    "id": TRANSFER,
    "subject_id": SUBJECT,
    "from_establishment": "PL-WAW1",
    "to_establishment": "PL-B",
    "transfer_date": "2026-11-20",
}


def _line(number: int, kind: str, record: dict[str, Any]) -> dict[str, Any]:
    return {
        "change": number,
        "kind": kind,
        "op": "upsert",
        "id": record["id"],
        "version": record["version"],
        "at": AT,
        "origin_workstation": SENDING_WORKSTATION,
        "record": record,
    }


def record_lines() -> list[dict[str, Any]]:
    subject = {
        "id": SUBJECT,
        "version": 2,
        "establishment_code": "PL-WAW1",
        "prison_number": "WAW-2026-0010",
        "family_name": "Wiśniewski",
        "given_names": "Łukasz",
        "birth_year": 1990,
        "unit_code": "A",
        "cell": "12",
        "status": "transferred",
        "review_due": "2027-11-20",
        "restricted": False,
        "anonymised": False,
        "created_at": "2026-11-01T08:00:00.000000Z",
        "created_by": "olga",
        "updated_at": "2026-11-20T08:00:00.000000Z",
    }
    transfer = {
        **TRANSFER_ABOUT,
        "version": 1,
        "note": "Court order.",
        "recorded_at": "2026-11-20T08:00:00.000000Z",
        "recorded_by": "olga",
        "recorded_by_code": "OLGA",
        "establishment_code": "PL-WAW1",
    }
    observation = {
        "id": OBSERVATION,
        "version": 1,
        "subject_id": SUBJECT,
        "establishment_code": "PL-WAW1",
        "unit_code": "A",
        "event_start": "2026-11-02T10:30",
        "event_end": None,
        "place": "Yard 2",
        "officer_duty": "Yard supervision",
        "recorded_at": "2026-11-02T11:00:00.000000Z",
        "recorded_by": "olga",
        "recorded_by_code": "OLGA",
        "facts": 'Handed out leaflets with a "join us" slogan in the yard.',
        "assessment": "May be recruiting; usually keeps to himself.",
        "source_type": "own_observation",
        "people": [{"category": "prisoner", "description": "two younger prisoners"}],
        "indicators": [],
        "protective_factors": ["regular family visits"],
        "grading": {
            "preset": "3x5x2",
            "source": "1",
            "information": "A",
            "handling": "P",
            "conditions": "",
        },
        "urgency": "priority",
        "action_taken": "Leaflets handed to the security office.",
        "own_account": "",
        "status": "accepted",
        "restricted": False,
        "amendment_reason": "",
        "created_at": "2026-11-02T11:00:00.000000Z",
        "submitted_at": "2026-11-02T11:05:00.000000Z",
    }
    review = {
        "id": REVIEW,
        "version": 1,
        "observation_id": OBSERVATION,
        "observation_version": 1,
        "reviewer": "stefan",
        "reviewer_code": "STEFAN",
        "decision": "accept",
        "comment": "Seen.",
        "at": "2026-11-03T09:00:00.000000Z",
        "establishment_code": "PL-WAW1",
        "grading": None,
    }
    referral = {
        "id": REFERRAL,
        "version": 2,
        "subject_id": SUBJECT,
        "programme": "mentoring",
        "referred_by": "olga",
        "referred_by_code": "OLGA",
        "referred_on": "2026-11-05",
        "reason_facts": "Asked about the mentoring scheme twice.",
        "reason_assessment": "A mentor may help him keep away from the group.",
        "status": "accepted",
        "history": [
            {"status": "proposed", "date": "2026-11-05", "by": "olga", "note": ""},
            {"status": "accepted", "date": "2026-11-06", "by": "stefan", "note": "Place offered."},
        ],
        "outcome": "",
        "changed_by": "stefan",
        "establishment_code": "PL-WAW1",
        "created_at": "2026-11-05T10:00:00.000000Z",
        "updated_at": "2026-11-06T10:00:00.000000Z",
    }
    return [
        _line(n, kind, rec)
        for n, (kind, rec) in enumerate(
            [
                ("subject", subject),
                ("transfer", transfer),
                ("observation", observation),
                ("review", review),
                ("referral", referral),
            ],
            start=1,
        )
    ]


def transfer_bundle() -> bytes:
    lines = record_lines()
    records_part = container.jsonl(lines)
    templates_part = b""
    private = bytes.fromhex(golden.CENTRAL_SIGNING_PRIVATE)
    manifest = {
        "format": container.FORMAT,
        "format_version": container.FORMAT_VERSION,
        "kind": "transfer",
        "sender": {
            "vault_id": golden.CENTRAL_VAULT,
            "establishment": "PL-CZ",
            "signing_key": crypto.ed25519_public(private).hex(),
        },
        "sequence": 1,
        "created_at": AT,
        "transfer": TRANSFER_ABOUT,
        "recipient": {"establishment": "PL-B", "workstations": [RECEIVING_WORKSTATION]},
        "counts": {
            "records": len(lines),
            "by_kind": {"observation": 1, "referral": 1, "review": 1, "subject": 1, "transfer": 1},
            "templates": 0,
        },
        "parts": {
            "records.jsonl": container.part_entry(records_part, len(lines)),
            "templates.jsonl": container.part_entry(templates_part, 0),
        },
    }
    tar = container.build(
        manifest, {"records.jsonl": records_part, "templates.jsonl": templates_part}, private
    )
    recipient = x25519.Identity.from_str(RECEIVING_TRANSFER_IDENTITY).to_public()
    return container.age_encrypt(tar, [recipient])


def main() -> None:
    (HERE / FILE_NAME).write_bytes(transfer_bundle())
    expected = {"transfer": TRANSFER_ABOUT, "records": record_lines()}
    (HERE / "v1-transfer-expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
