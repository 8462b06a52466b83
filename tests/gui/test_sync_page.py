"""The Sync page on a real workstation and a real central vault (pytest-qt, offscreen)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLabel, QPushButton

from radprev_desktop.core import audit as audit_mod
from radprev_desktop.core import audit_schema, crypto
from radprev_desktop.core.model import Mode
from radprev_desktop.core.sync import container, importer, keys
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.pages.sync import SyncPage
from radprev_desktop.gui.trust_dialog import TrustDialog
from radprev_desktop.gui.workers import WorkerJob, WorkerRunner
from tests.conftest import create_vault
from tests.gui.modal import respond_to_modal
from tests.unit.test_sync_support import Pair, add_note, forge, note_line, notes, open_pair


@pytest.fixture
def pair(tmp_path: Path, pair_files: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path, pair_files)


def _page(qtbot, session) -> SyncPage:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.session = session
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def _cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_export_import_enrol_receipt_through_the_pages(
    qtbot, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    ws_page = _page(qtbot, pair.ws)
    assert ws_page.workstation_view.isVisible() and not ws_page.central_view.isVisible()
    assert "PL-CZ" in ws_page.central_label.text()
    assert ws_page.export_button.isEnabled()
    add_note(pair.ws, "Notatka — Ђорђе")
    add_note(pair.ws, "Arbër")
    ws_page.refresh()
    assert ws_page.pending_label.text() == "2"
    ws_page.export_to(pair.folder)
    packages = list(pair.folder.glob("*.age"))
    assert len(packages) == 1
    assert ws_page.history.rowCount() == 1
    assert "awaiting receipt" in _cells(ws_page.history)[0][5]
    assert "Package 1 written" in ws_page.report.toPlainText()

    central_page = _page(qtbot, pair.central)
    assert central_page.central_view.isVisible()
    monkeypatch.setattr(central_page, "confirm_fingerprint", lambda exc, *_: pair.ws_fingerprint)
    central_page.import_folder(pair.folder)
    assert "Workstation enrolled." in central_page.report.toPlainText()
    assert notes(pair.central) == notes(pair.ws)
    rows = _cells(central_page.workstations)
    assert rows[0][0] == "PL-WAW1" and rows[0][3] == "1"
    central_page.import_files(packages)
    assert "already imported" in central_page.report.toPlainText()

    central_page.write_receipt(pair.folder)
    receipt = next(pair.folder.glob("*.tar"))
    ws_page.import_files([receipt])
    assert "1 packages newly confirmed" in ws_page.report.toPlainText()
    assert "delivered" in _cells(ws_page.history)[0][5]

    ws_page.clear()
    assert ws_page.history.rowCount() == 0 and ws_page.central_label.text() == ""


def test_export_runs_in_a_worker_with_progress(qtbot, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, pair.ws)
    runner = WorkerRunner(page)
    page.ctx.run_in_worker = lambda fn, **kw: runner.run(fn, **kw)
    add_note(pair.ws, "w wątku")
    page.export_to(pair.folder)
    qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=20000)
    assert len(list(pair.folder.glob("*.age"))) == 1


def test_refused_package_is_reported(qtbot, pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    bad = pair.folder / "bad.age"
    bad.write_bytes(b"age-encryption.org/v1\nnonsense")
    page = _page(qtbot, pair.central)
    page.import_files([bad])
    assert "bad.age: refused" in page.report.toPlainText()


def test_trust_dialog_compares_groups(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[BaseException] = []
    monkeypatch.setattr("radprev_desktop.gui.pages.sync.show_error", lambda w, e: shown.append(e))
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CZ")
    ws, _ = create_vault(tmp_path / "ws")
    try:
        data, fp = keys.make_certificate(central)
        cert = keys.parse_certificate(data)
        dialog = TrustDialog(cert)
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.typed, "0000 " * 16)
        assert not ok.isEnabled() and "NOT match" in dialog.verdict.text()
        dialog.typed.clear()
        qtbot.keyClicks(dialog.typed, crypto.group_fingerprint(fp))
        assert ok.isEnabled() and "match" in dialog.verdict.text()

        path = tmp_path / "cert.json"
        path.write_bytes(data)
        page = _page(qtbot, ws)
        assert not page.export_button.isEnabled()
        assert not page.trust_certificate(path, typed="ab" * 32)
        assert keys.trusted_central(ws) is None
        assert "does not match" in str(shown[0])
        assert page.trust_certificate(path, typed=fp)
        assert page.export_button.isEnabled()
    finally:
        ws.close()
        central.close()


def test_consolidated_view(qtbot, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, pair.central)
    # Names of prisoners: the reason for access is asked first (cancelled: nothing shown).
    respond_to_modal(Qt.Key.Key_Escape)
    page.show_consolidated()
    assert pair.central.justification is None
    respond_to_modal(reason="review")  # a reason chosen, then Enter
    page.show_consolidated()
    assert pair.central.justification is not None
    assert page.consolidated.rowCount() == 0
    row = pair.central.con.execute(
        "SELECT count(*), max(justification) FROM audit WHERE action = 'consolidated_view'"
    ).fetchone()
    assert row[0] == 1 and row[1]


def test_failed_import_is_shown_as_failed(qtbot, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    """An import whose audit entries contradict the held log shows as FAILED on the page."""
    add_note(pair.ws, "first")
    first = pair.export()
    pair.import_(first.path)
    row = pair.central.con.execute(
        f"SELECT {audit_schema.COLUMNS} FROM imported_audit ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    entry = dict(zip(audit_schema.FIELDS, row, strict=True))
    entry["action"] = "logout" if entry["action"] == "login" else "login"  # rewritten
    entry["hash"] = audit_mod.entry_hash(
        entry["prev_hash"], *(entry[k] for k in audit_schema.HASHED)
    )
    forged = pair.folder / "radprev-export_PL-WAW1_forged_000002.age"
    forged.write_bytes(
        forge(
            pair,
            records=[note_line("01a00000-0000-7000-8000-000000000003", "second")],
            audit=container.jsonl([entry]),
            sequence=2,
            previous_hash=first.package_hash,
        )
    )
    page = _page(qtbot, pair.central)
    page.import_files([forged])
    text = page.report.toPlainText()
    assert "import FAILED" in text and "differs from the one received before" in text
    header = [
        page.workstations.horizontalHeaderItem(c).text()
        for c in range(page.workstations.columnCount())
    ]
    cells = _cells(page.workstations)
    assert len(cells) == 1
    assert cells[0][header.index("Failed imports")] == "2"


def test_asked_again_after_a_wrong_check_code_the_question_says_why(
    qtbot, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Two packages of a new workstation on the stick, a wrong check code typed for the
    first: the question for the second says the first code was refused and why (it read
    as the same question again)."""
    ws_page = _page(qtbot, pair.ws)
    for words in ("pierwsza", "druga"):
        add_note(pair.ws, words)
        ws_page.export_to(pair.folder)
    assert len(list(pair.folder.glob("*.age"))) == 2
    questions: list[str] = []
    answers = iter(["AAAA BBBB CCCC DDDD", pair.ws_fingerprint])

    def ask(self: QInputDialog) -> int:
        questions.append(self.labelText())
        self.setTextValue(next(answers))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QInputDialog, "exec", ask)
    central_page = _page(qtbot, pair.central)
    central_page.import_folder(pair.folder)
    assert len(questions) == 2
    assert "previous package was refused" not in questions[0]
    first, second = questions[1].split("\n\n", 1)[0], questions[1]
    assert "The check code typed for the previous package was refused" in first
    assert "does not match the workstation's key" in first  # core's reason, in words
    assert questions[0] in second  # then the same question
    report = central_page.report.toPlainText()
    assert "refused" in report and "Workstation enrolled." in report


def test_a_workstation_enrolled_for_its_first_package_is_not_asked_again(
    qtbot, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A stick with three packages of a new workstation: the check code typed for the
    first enrols it and the other two are imported without the question (it came back
    for every package, with the code to type again each time: seen under Xvfb)."""
    ws_page = _page(qtbot, pair.ws)
    for words in ("pierwsza", "druga", "trzecia"):
        add_note(pair.ws, words)
        ws_page.export_to(pair.folder)
    assert len(list(pair.folder.glob("*.age"))) == 3
    questions: list[str] = []

    def ask(self: QInputDialog) -> int:
        questions.append(self.labelText())
        self.setTextValue(pair.ws_fingerprint)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QInputDialog, "exec", ask)
    central_page = _page(qtbot, pair.central)
    central_page.import_folder(pair.folder)
    qtbot.waitUntil(lambda: "package 3" in central_page.report.toPlainText())
    assert len(questions) == 1
    report = central_page.report.toPlainText()
    assert report.count("Workstation enrolled.") == 1 and "refused" not in report
    assert [f"package {n} imported" in report for n in (1, 2, 3)] == [True] * 3


def test_a_package_imported_after_its_enrolment_runs_in_the_worker(
    qtbot, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The import that follows the check-code question ran on the window's thread: the
    window froze about 3.5 s per package of 2,400 records, without the progress window
    (seen under Xvfb on PostgreSQL). It runs in the worker now, like every import."""
    ws_page, central_page = _page(qtbot, pair.ws), _page(qtbot, pair.central)
    for words in ("pierwsza", "druga"):
        add_note(pair.ws, words)
        ws_page.export_to(pair.folder)
    runner = WorkerRunner(central_page)
    central_page.ctx.run_in_worker = lambda fn, **kw: runner.run(fn, **kw)
    monkeypatch.setattr(central_page, "confirm_fingerprint", lambda *a: pair.ws_fingerprint)
    on_the_window = []
    real_import = importer.import_package

    def where(*args, **kwargs):  # type: ignore[no-untyped-def]
        on_the_window.append(threading.current_thread() is threading.main_thread())
        return real_import(*args, **kwargs)

    monkeypatch.setattr(importer, "import_package", where)
    central_page.import_folder(pair.folder)
    qtbot.waitUntil(
        lambda: "package 2 imported" in central_page.report.toPlainText(), timeout=30000
    )
    assert len(on_the_window) == 4  # each file refused first, then imported after enrolment
    assert not any(on_the_window)
    assert central_page.report.toPlainText().count("Workstation enrolled.") == 1


def test_a_folder_imports_in_a_worker_and_cancel_stops_before_the_next_file(
    qtbot, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    ws_page, central_page = _page(qtbot, pair.ws), _page(qtbot, pair.central)
    add_note(pair.ws, "pierwsza")
    ws_page.export_to(pair.folder)
    monkeypatch.setattr(central_page, "confirm_fingerprint", lambda *a: pair.ws_fingerprint)
    central_page.import_folder(pair.folder)
    assert "Workstation enrolled." in central_page.report.toPlainText()
    for n in range(3):
        add_note(pair.ws, f"notatka {n}")
        ws_page.export_to(pair.folder)
    assert len(list(pair.folder.glob("*.age"))) == 4
    runner = WorkerRunner(central_page)
    central_page.ctx.run_in_worker = lambda fn, **kw: runner.run(fn, **kw)
    seen: list[tuple[int, int, str]] = []
    on_progress = WorkerJob._on_progress

    def progress(self, done: int, total: int, what: str) -> None:  # type: ignore[no-untyped-def]
        seen.append((done, total, what))
        on_progress(self, done, total, what)

    monkeypatch.setattr(WorkerJob, "_on_progress", progress)
    real_import = importer.import_package

    def then_cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        report = real_import(*args, **kwargs)
        if report.status == "imported":
            central_page.job.cancel()  # the user presses Cancel while the first new one runs
        return report

    monkeypatch.setattr(importer, "import_package", then_cancel)
    central_page.job = None
    central_page.import_folder(pair.folder)
    job = central_page.job
    assert job is not None
    assert [b.text() for b in job.dialog.findChildren(QPushButton)] == ["Cancel"]
    qtbot.waitUntil(lambda: not job.is_running, timeout=30000)
    names = sorted(p.name for p in pair.folder.glob("*.age"))
    assert [(d, t, w) for d, t, w in seen] == [(0, 4, names[0]), (1, 4, names[1])]
    text = central_page.report.toPlainText()
    # The first file was already held, the second imported; Cancel stopped before the third.
    assert "already imported" in text
    assert "Stopped: 2 file(s) were not imported." in text
    (count,) = pair.central.con.execute("SELECT count(*) FROM imports").fetchone()
    assert count == 2


def test_the_check_code_question_fits_a_small_screen(qtbot, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    """At 1024×768 with 150 % scaling the question's long line ran off the screen with the
    OK button (QInputDialog.getText does not wrap; bundle walk, session 9): it wraps now."""
    page = _page(qtbot, pair.central)
    question = "The check code typed for the previous package was refused: " + "word " * 60
    dialog = page.check_code_dialog(question)
    qtbot.addWidget(dialog)
    dialog.show()
    room = dialog.screen().availableGeometry().width()
    assert dialog.width() <= room and dialog.sizeHint().width() <= room
    labels = [label for label in dialog.findChildren(QLabel) if "refused" in label.text()]
    assert labels and all(label.wordWrap() for label in labels)
    assert labels[0].height() > labels[0].fontMetrics().height()  # more than one line
