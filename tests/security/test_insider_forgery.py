"""An insider holding one workstation's keys cannot touch another establishment's files.

Workstation B (PL-KRK1) sends a prisoner's file to the central office. An insider at
workstation A (PL-WAW1) unwraps A's vault key with their own password, reads A's signing
key and signs packages whose records name B's prisoner, observation, review, checklist
run and file (rename, release, restriction, injected observation under B's officer's
name, a new version of B's observation, a review, a run, a tombstone). Every such record
is quarantined with a reason naming both establishments, the import report counts them,
and B's rows at the central office stay byte for byte the same; A's own records in the
same package still arrive.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import checklists, reviews, users
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, import_report, importer, keys
from radprev_desktop.core.sync.registry import sync_kinds
from tests.factories import ADMIN, ADMIN_PASSWORD, login
from tests.unit.records_support import subject, submitted
from tests.unit.test_sync_support import (
    Pair,
    copy_pair,
    forge,
    make_pair,
    make_workstation,
)

OTHER = "PL-KRK1"
TABLES_BY_ESTABLISHMENT = {
    "subjects": "establishment_code",
    "observations": "establishment_code",
    "reviews": "establishment_code",
    "checklist_runs": "establishment_code",
    "tombstones": "establishment_code",
}


def _login(ws: Session, name: str, role: Role) -> Session:
    users.add_user(
        ws, name, "officer-password-1", [role], units=["A", "B"], must_change_password=False
    )
    return VaultAccess(ws.folder).login(name, "officer-password-1").session


def _establishment_digest(central: Session, establishment: str) -> str:
    """SHA-256 over every row of one establishment in the tables records land in."""
    digest = hashlib.sha256()
    for table, column in TABLES_BY_ESTABLISHMENT.items():
        rows = central.con.execute(
            f"SELECT * FROM {table} WHERE {column} = ? ORDER BY 1", (establishment,)
        ).fetchall()
        digest.update(f"{table}:{len(rows)}".encode())
        for row in rows:
            digest.update(repr(tuple(row)).encode())
    for (row,) in central.con.execute(
        "SELECT count(*) FROM observation_indicators i JOIN observations o ON o.row_no = i.row_no "
        "WHERE o.establishment_code = ?",
        (establishment,),
    ):
        digest.update(str(row).encode())
    return digest.hexdigest()


class Scene:
    """Central office, workstation A (the insider's) and workstation B with a real file."""

    def __init__(self, tmp: Path) -> None:
        self.pair: Pair = make_pair(tmp)
        self.b = make_workstation(tmp / "b", self.pair.central, OTHER)
        officer = _login(self.b, "bozena", Role.OFFICER)
        supervisor = _login(self.b, "borys", Role.SUPERVISOR)
        try:
            self.subject = subject(officer, "KR-0042", "Petrović", "Đorđe")
            self.observation = submitted(officer, self.subject.id)
            self.review = reviews.accept(supervisor, self.observation, "Seen.").id
            run = checklists.start_run(officer, self.subject.id)
            yesterday = (date.today() - timedelta(days=1)).isoformat()
            checklists.save_answers(
                officer,
                run.id,
                [
                    AnswerInput("A2.2", Answer.OBSERVED, "Gave orders at exercise.", yesterday),
                    AnswerInput("P2", Answer.OBSERVED, "Attends the carpentry course."),
                ],
                Sections(other_explanations="Possibly a debt dispute."),
            )
            next_review = (date.today() + timedelta(days=90)).isoformat()
            self.run = checklists.complete_run(officer, run.id, "Leading role.", next_review)
        finally:
            officer.close()
            supervisor.close()
        folder = tmp / "usb-b"
        folder.mkdir()
        result = export.export_package(self.b, folder)
        report = importer.import_package(
            self.pair.central,
            result.path.read_bytes(),
            enrol_fingerprint=keys.own_workstation_fingerprint(self.b),
        )
        assert report.quarantined == [], report.summary()
        assert report.by_kind.keys() >= {"subject", "observation", "review", "checklist_run"}
        # Workstation A is enrolled by its own first (genuine, empty) package.
        first = self.pair.import_(self.pair.export().path)
        assert first.status == "imported"
        self.sequence = 2
        self.previous = first_hash(self.pair)

    FACTS = ("subject", "observation", "review", "run", "sequence", "previous")

    def facts(self) -> dict[str, Any]:
        """What a copy of the scene's folders needs besides its vaults (`reopened`)."""
        return {name: getattr(self, name) for name in self.FACTS}

    @classmethod
    def reopened(cls, pair: Pair, b: Session, facts: dict[str, Any]) -> Scene:
        """A scene on copies of a closed scene's three vaults (see `scene_files`)."""
        scene = cls.__new__(cls)
        scene.pair, scene.b = pair, b
        for name, value in facts.items():
            setattr(scene, name, value)
        return scene

    def b_record(self, kind: str, object_id: str, version: int = 1) -> dict[str, Any]:
        """A record of B's as the central office holds it (what an insider can learn or guess)."""
        return sync_kinds()[kind].serialize(self.b.con, object_id, version)

    def send(self, lines: list[dict[str, Any]]) -> import_report.ImportReport:
        """Sign the lines with workstation A's real key, as the insider does, and import."""
        data = forge(self.pair, records=lines, sequence=self.sequence, previous_hash=self.previous)
        report = self.pair.import_(data)
        assert report.status == "imported"
        self.previous = self.pair.central.con.execute(
            "SELECT package_hash FROM imports WHERE workstation_id = ? AND seq = ?",
            (self.pair.ws.workstation_id, self.sequence),
        ).fetchone()[0]
        self.sequence += 1
        return report

    def close(self) -> None:
        self.b.close()
        self.pair.ws.close()
        self.pair.central.close()


def first_hash(pair: Pair) -> str:
    row = pair.central.con.execute(
        "SELECT package_hash FROM imports WHERE workstation_id = ? AND seq = 1",
        (pair.ws.workstation_id,),
    ).fetchone()
    return str(row[0])


@pytest.fixture(scope="module")
def scene_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """One scene per test process and module (three new vaults, B's file sent), closed.

    Building it costs ~1.8 s of CPU; each test gets a copy of its folders (`scene`).
    """
    folder = tmp_path_factory.mktemp("insider-scene")
    s = Scene(folder)
    facts = s.facts()
    s.close()
    return folder, facts


@pytest.fixture
def scene(tmp_path: Path, scene_files: tuple[Path, dict[str, Any]]) -> Iterator[Scene]:
    template, facts = scene_files
    pair = copy_pair(template, tmp_path)
    shutil.copytree(template / "b", tmp_path / "b")
    s = Scene.reopened(pair, login(tmp_path / "b", ADMIN, ADMIN_PASSWORD), facts)
    yield s
    s.close()


def line(kind: str, record: dict[str, Any], op: str = "upsert") -> dict[str, Any]:
    return {
        "change": 1,
        "kind": kind,
        "op": op,
        "id": record["id"],
        "version": record["version"],
        "at": "2026-11-25T10:00:00.000000Z",
        "record": record,
    }


def forgeries(scene: Scene, own: str) -> dict[str, dict[str, Any]]:
    """Each forgery an insider at A can sign, by name. `own` is A's establishment code."""
    subject_b = scene.b_record("subject", scene.subject.id, scene.subject.version)
    obs_b = scene.b_record("observation", scene.observation)
    review_b = scene.b_record("review", scene.review)
    run_b = scene.b_record("checklist_run", scene.run.id, scene.run.version)
    newer = subject_b["version"] + 1
    injected_id = new_id()
    out = {
        # The file as B's: claims B's establishment outright.
        "rename claiming B": dict(subject_b, version=newer, family_name="Forged"),
        # The file under A's own code but B's subject id (the id is not secret at central).
        "rename under own code": dict(
            subject_b, version=newer, family_name="Forged", establishment_code=own
        ),
        "release": dict(subject_b, version=newer, status="released"),
        "restriction": dict(subject_b, version=newer, restricted=True),
        "observation injected under B's officer": dict(
            obs_b,
            id=injected_id,
            establishment_code=own,
            urgency="immediate",
            facts="Planned an attack (forged).",
        ),
        "observation injected claiming B": dict(
            obs_b, id=new_id(), urgency="immediate", facts="Planned an attack (forged)."
        ),
        "new version of B's observation": dict(
            obs_b, version=2, establishment_code=own, facts="Rewritten (forged)."
        ),
        "review of B's observation": dict(
            review_b, id=new_id(), establishment_code=own, decision="reject"
        ),
        "review reusing B's review id": dict(review_b, establishment_code=own),
        "checklist run on B's prisoner": dict(run_b, id=new_id(), establishment_code=own),
        "new version of B's run": dict(run_b, version=run_b["version"] + 1, establishment_code=own),
        "tombstone of B's file": {
            "id": new_id(),
            "version": 1,
            "object_kind": "subject",
            "object_id": scene.subject.id,
            "establishment_code": own,
            "erased_at": "2026-11-25T10:00:00.000000Z",
            "reason_code": "retention_expired",
            "observation_count": 1,
        },
        "tombstone claiming B": {
            "id": new_id(),
            "version": 1,
            "object_kind": "subject",
            "object_id": scene.subject.id,
            "establishment_code": OTHER,
            "erased_at": "2026-11-25T10:00:00.000000Z",
            "reason_code": "retention_expired",
            "observation_count": 1,
        },
    }
    return out


KIND_OF = {
    "rename claiming B": "subject",
    "rename under own code": "subject",
    "release": "subject",
    "restriction": "subject",
    "observation injected under B's officer": "observation",
    "observation injected claiming B": "observation",
    "new version of B's observation": "observation",
    "review of B's observation": "review",
    "review reusing B's review id": "review",
    "checklist run on B's prisoner": "checklist_run",
    "new version of B's run": "checklist_run",
    "tombstone of B's file": "tombstone",
    "tombstone claiming B": "tombstone",
}


def test_every_forgery_in_one_package_is_quarantined(scene: Scene) -> None:
    central = scene.pair.central
    own = scene.pair.ws.establishment_code
    before = _establishment_digest(central, OTHER)
    corpus = forgeries(scene, own)
    assert len(corpus) == len(KIND_OF) > 0
    # A's own genuine prisoner travels in the same package and must still arrive.
    mine = subject(scene.pair.ws, "WA-0007", "Nowak", "Ewa")
    mine_record = scene.pair.ws.con.execute("SELECT id FROM subjects").fetchone()[0]
    lines = [line(KIND_OF[name], record) for name, record in corpus.items()]
    lines.append(line("subject", sync_kinds()["subject"].serialize(scene.pair.ws.con, mine.id, 1)))
    report = scene.send(lines)
    assert report.inserted == 1, report.summary()
    assert report.foreign == len(corpus), report.summary()
    assert len(report.quarantined) == len(corpus)
    for q in report.quarantined:
        assert OTHER in q.reason and own in q.reason, q.reason
    assert "touch another establishment's files" in str(report.summary())
    assert _establishment_digest(central, OTHER) == before
    held = central.con.execute(
        "SELECT family_name, status, restricted FROM subjects WHERE id = ?", (scene.subject.id,)
    ).fetchone()
    assert tuple(held) == ("Petrović", "in_custody", 0)
    assert (
        central.con.execute("SELECT 1 FROM subjects WHERE id = ?", (mine_record,)).fetchone()
        is not None
    )
    stored = central.con.execute(
        "SELECT count(*) FROM quarantine WHERE reason LIKE ?", (f"%establishment {OTHER}%",)
    ).fetchone()[0]
    assert stored == len(corpus)


@pytest.mark.parametrize("name", sorted(KIND_OF))
def test_each_forgery_alone_leaves_the_other_establishment_unchanged(
    scene: Scene, name: str
) -> None:
    central = scene.pair.central
    before = _establishment_digest(central, OTHER)
    record = forgeries(scene, scene.pair.ws.establishment_code)[name]
    report = scene.send([line(KIND_OF[name], record)])
    assert report.inserted == 0 and report.foreign == 1, report.summary()
    assert _establishment_digest(central, OTHER) == before


def test_a_workstation_may_still_erase_its_own_prisoner(scene: Scene) -> None:
    """The binding does not block the genuine path: A's own tombstone purges A's file."""
    central = scene.pair.central
    mine = subject(scene.pair.ws, "WA-0008", "Krasniqi", "Arbër")
    record = sync_kinds()["subject"].serialize(scene.pair.ws.con, mine.id, 1)
    assert scene.send([line("subject", record)]).inserted == 1
    tombstone = {
        "id": new_id(),
        "version": 1,
        "object_kind": "subject",
        "object_id": mine.id,
        "establishment_code": scene.pair.ws.establishment_code,
        "erased_at": "2026-11-25T10:00:00.000000Z",
        "reason_code": "retention_expired",
        "observation_count": 0,
    }
    report = scene.send([line("tombstone", tombstone, op="tombstone")])
    assert report.inserted == 1 and report.foreign == 0, report.summary()
    assert central.con.execute("SELECT 1 FROM subjects WHERE id = ?", (mine.id,)).fetchone() is None


def test_manifest_naming_another_establishment_is_refused(scene: Scene) -> None:
    """The sender's establishment comes from enrolment, never from the package."""
    data = forge(
        scene.pair,
        records=[],
        sequence=scene.sequence,
        previous_hash=scene.previous,
        manifest_changes={
            "sender": {
                "workstation_id": scene.pair.ws.workstation_id,
                "vault_id": scene.pair.ws.vault_id,
                "establishment": OTHER,
                "signing_key": keys.signing_keys(scene.pair.ws)[1].hex(),
            }
        },
    )
    with pytest.raises(PackageRejected, match="enrolled for PL-WAW1"):
        scene.pair.import_(data)
