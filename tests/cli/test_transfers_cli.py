"""`radprev transfer`, `bundle --transfer`, `import --prison-number`, `referral`, `link`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pyrage import x25519

from radprev_desktop.core.services import reviews, subjects
from radprev_desktop.core.sync import handover
from tests.cli.conftest import Run
from tests.factories import PASSWORD, add_account, subject, submitted
from tests.transfers_support import Network


def test_a_transfer_through_the_command_line(
    tmp_path: Path, radprev: Run, copied_network: Callable[..., Network]
) -> None:
    net = copied_network(tmp_path, "PL-A", "PL-B")
    try:
        a, b = net.prisons["PL-A"], net.prisons["PL-B"]
        prisoner = subject(a.officer, "A-123", "Wiśniewska", "Łucja")
        submitted(a.officer, prisoner.id, facts="Seen at A.")
        a_dir, b_dir, c_dir = a.admin.folder, b.admin.folder, net.central.folder

        def at(folder: Path, user: str, *args: str) -> dict:  # type: ignore[type-arg]
            done = radprev("--json", *args, vault=folder, user=user, password=PASSWORD)
            assert done.returncode == 0, done.stderr
            return json.loads(done.stdout)  # type: ignore[no-any-return]

        made = at(
            a_dir, "olga", "transfer", "record", "A-123", "--to", "pl-b", "--date", "2026-01-15"
        )
        assert made["to_establishment"] == "PL-B"
        chain = at(a_dir, "olga", "transfer", "list", "A-123", "--reason", "review")
        assert [(t["from_establishment"], t["to_establishment"]) for t in chain] == [
            ("PL-A", "PL-B")
        ]
        net.deliver("PL-A")
        waiting = at(c_dir, "ana", "transfer", "list", "--reason", "supervision")
        assert [(w["prison_number"], w["to_establishment"]) for w in waiting] == [("A-123", "PL-B")]
        issued = at(c_dir, "ana", "bundle", "--transfer", "PL-A:A-123", "--to", str(net.usb))
        assert issued["to_establishment"] == "PL-B" and len(issued["workstations"]) == 1
        assert at(c_dir, "ana", "transfer", "list", "--reason", "supervision") == []

        refused = radprev("import", issued["path"], vault=a_dir, user="admin", password=None)
        assert refused.returncode == 2  # no password given: usage
        taken = radprev(
            "import", issued["path"], "--prison-number", "B-77", "--unit", "A", vault=b_dir
        )
        assert taken.returncode == 0, taken.stderr
        assert "arrived from PL-A" in taken.stdout and "B-77" in taken.stdout
        shown = radprev(
            "subject",
            "show",
            "B-77",
            "--reason",
            "review",
            vault=b_dir,
            user="olga",
            password=PASSWORD,
        )
        assert shown.returncode == 0, shown.stderr
        assert "Seen at A." in shown.stdout
        received = at(b_dir, "stefan", "transfer", "received")
        assert [r["from"] for r in received] == ["PL-A"]

        _a_referral_at_b(radprev, b_dir)
    finally:
        net.close()


def _a_referral_at_b(radprev: Run, b_dir: Path) -> None:
    """A referral made at the receiving prison, its steps checked."""

    def at(*args: str) -> Any:
        done = radprev("--json", *args, vault=b_dir, user="olga", password=PASSWORD)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    rid = radprev(
        "referral",
        "add",
        "B-77",
        "--programme",
        "education",
        "--facts",
        "Asked to join the literacy class.",
        "--date",
        "2026-01-16",
        vault=b_dir,
        user="olga",
        password=PASSWORD,
    )
    assert rid.returncode == 0, rid.stderr
    referral_id = rid.stdout.strip()
    moved = at("referral", "update", referral_id, "--status", "accepted")
    assert moved["status"] == "accepted" and moved["version"] == 2
    bad = radprev(
        "referral",
        "update",
        referral_id,
        "--status",
        "completed",
        vault=b_dir,
        user="olga",
        password=PASSWORD,
    )
    assert bad.returncode == 1 and "cannot become completed" in bad.stderr
    listed = at("referral", "list", "B-77", "--reason", "review")
    assert [r["programme"] for r in listed] == ["education"]
    assert "education" in at("referral", "programmes")


def test_analysts_link_two_files_of_one_person(
    tmp_path: Path, radprev: Run, copied_network: Callable[..., Network]
) -> None:
    net = copied_network(tmp_path, "PL-A", "PL-B")
    try:
        for code, number in (("PL-A", "A-5"), ("PL-B", "B-9")):
            officer = net.prisons[code].officer
            subjects.create_subject(
                officer,
                prison_number=number,
                family_name="Трајковски",
                given_names="Ѓорѓи",
                birth_year=1990,
                unit="A",
            )
            net.deliver(code)
        add_account(net.central, "ana2", *net.analyst.user.roles)
        c_dir = net.central.folder
        found = radprev("--json", "link", "suggest", vault=c_dir, user="ana", password=PASSWORD)
        assert found.returncode == 0, found.stderr
        pairs = json.loads(found.stdout)
        assert [(p["first"]["prison_number"], p["second"]["prison_number"]) for p in pairs] in (
            [("A-5", "B-9")],
            [("B-9", "A-5")],
        )
        no_reason = radprev(
            "link", "same", "PL-A:A-5", "PL-B:B-9", vault=c_dir, user="ana", password=PASSWORD
        )
        assert no_reason.returncode == 2
        linked = radprev(
            "link",
            "same",
            "PL-A:A-5",
            "PL-B:B-9",
            "--reason",
            "Same birth date on the warrant.",
            vault=c_dir,
            user="ana",
            password=PASSWORD,
        )
        assert linked.returncode == 0, linked.stderr
        again = radprev("--json", "link", "suggest", vault=c_dir, user="ana", password=PASSWORD)
        assert json.loads(again.stdout) == []
        decided = radprev("--json", "link", "list", vault=c_dir, user="ana", password=PASSWORD)
        assert json.loads(decided.stdout)[0]["decision"] == "same_person"
        audit = net.central.con.execute(
            "SELECT justification FROM audit WHERE action = 'subject_files_linked'"
        ).fetchall()
        assert audit == [("Same birth date on the warrant.",)]
        officer_refused = radprev("link", "suggest", vault=net.prisons["PL-A"].admin.folder)
        assert officer_refused.returncode == 1
    finally:
        net.close()


def test_a_release_handover_through_the_command_line(
    tmp_path: Path, radprev: Run, copied_network: Callable[..., Network]
) -> None:
    net = copied_network(tmp_path, "PL-A")
    try:
        a = net.prisons["PL-A"]
        prisoner = subject(a.officer, "A-300", "Nowak", "Zofia")
        seen = submitted(a.officer, prisoner.id, facts="Read aloud to the group in class.")
        reviews.accept(a.supervisor, seen)
        probation = x25519.Identity.generate()
        key = tmp_path / "probation.pub"
        key.write_text(f"{probation.to_public()}\n", encoding="utf-8")
        out = tmp_path / "handover"
        out.mkdir()
        args = [
            "handover",
            "--subject",
            "A-300",
            "--recipient-key",
            str(key),
            "--recipient",
            "Probation office Kraków",
            "--reason",
            "Release on 2026-12-01",
            "--out",
            str(out),
        ]
        officer = radprev(*args, vault=a.admin.folder, user="olga", password=PASSWORD)
        assert officer.returncode == 1 and "supervisor" in officer.stderr.lower()
        assert list(out.iterdir()) == []
        # Still in custody: refused until the supervisor says the prisoner is due for release.
        in_custody = radprev(*args, vault=a.admin.folder, user="stefan", password=PASSWORD)
        assert in_custody.returncode == 1 and "due for release" in in_custody.stderr
        assert "Traceback" not in in_custody.stderr and list(out.iterdir()) == []
        args.append("--due-for-release")
        done = radprev("--json", *args, vault=a.admin.folder, user="stefan", password=PASSWORD)
        assert done.returncode == 0, done.stderr
        made = json.loads(done.stdout)
        assert made["counts"]["observations"] == 1
        _, body = handover.read_handover(Path(made["package"]).read_bytes(), probation)
        assert body["observations"][0]["facts"] == "Read aloud to the group in class."
        assert Path(made["pdf"]).read_bytes().startswith(b"%PDF")
        missing = radprev(
            *args[:3],
            "--recipient-key",
            str(tmp_path / "none.pub"),
            *args[5:],
            vault=a.admin.folder,
            user="stefan",
            password=PASSWORD,
        )
        assert missing.returncode == 2 and "cannot read" in missing.stderr
    finally:
        net.close()
