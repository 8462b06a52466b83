"""`radprev training …` run in-process through main(argv) on real training vaults."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from radprev_desktop.cli.main import main
from radprev_desktop.core.reports.furniture import TRAINING_MARK
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.conftest import ADMIN_PASSWORD, PASSWORD, create_vault
from tests.training_support import TRAINEE, TRAINER

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    """`cli(*argv, user=…, password=…)` → (exit code, stdout, stderr)."""

    def run(*argv: str, user: str | None = None, password: str = PASSWORD) -> tuple[int, str, str]:
        full = list(argv)
        if user:
            secret = tmp_path / f"pw-{user}"
            secret.write_text(password + "\n", encoding="utf-8")
            full = ["--user", user, "--password-file", str(secret), *full]
        capsys.readouterr()
        code = main(full)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def practice(tmp_path: Path, training_vault_files: Path) -> Path:
    folder = tmp_path / "training"
    shutil.copytree(training_vault_files, folder)  # create_training_vault's, made once
    return folder


def test_init_makes_a_training_vault_in_the_training_folder(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RADPREV_VAULT", str(tmp_path / "real"))  # never used by training
    monkeypatch.setenv("RADPREV_TRAINING_VAULT", str(tmp_path / "practice"))
    code, out, err = cli(
        "training", "init", "--admin", "trainer_admin", "--json", user="x", password=ADMIN_PASSWORD
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["training"] is True and data["vault"] == str(tmp_path / "practice")
    assert VaultAccess(tmp_path / "practice").is_training()
    assert not (tmp_path / "real").exists()
    code, _, err = cli("training", "init", "--admin", "again", user="x", password=ADMIN_PASSWORD)
    assert code == 1 and "already exists" in err


def test_list_start_observe_feedback_results_report(
    cli: Cli, practice: Path, tmp_path: Path
) -> None:
    vault = ["--vault", str(practice)]
    code, out, _ = cli("training", "list", "--language", "pl")
    assert code == 0 and "S01-RAMADAN-FAST" in out and "Nietknięty obiad" in out
    code, out, err = cli(*vault, "training", "start", "S08", "--json", user=TRAINEE)
    assert code == 0, err
    started = json.loads(out)
    assert started["prison_number"].startswith("TR-") and "Perić" in started["vignette"]
    code, _, err = cli(*vault, "training", "feedback", user=TRAINEE)
    assert code == 1 and "submit" in err
    code, _, err = cli(
        *vault, "observe", "--prison-number", started["prison_number"],
        "--facts", "Perić is obviously running an extremist gang at the canteen.",
        "--indicator", "A5.2=Club crest tattooed on his forearm",
        "--assessment", "He runs the canteen.", "--none-identified",
        "--urgency", "priority", "--submit", user=TRAINEE,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = cli(*vault, "training", "feedback", "--json", user=TRAINEE)
    assert code == 0, err
    result = json.loads(out)
    kinds = {(p["outcome"], p["kind"]) for p in result["points"]}
    assert ("improve", "assessment_words_in_facts") in kinds
    assert ("improve", "indicator_missed") in kinds
    assert ("improve", "indicator_wrong") in kinds
    assert ("good", "urgency_right") in kinds
    code, out, _ = cli(*vault, "training", "feedback", started["id"], user=TRAINEE)
    assert code == 0 and "[To improve]" in out and "Model observation" in out
    code, out, _ = cli(*vault, "training", "list", user=TRAINEE)
    assert started["id"] in out and "completed" in out
    code, out, err = cli(*vault, "training", "results", "--json", user=TRAINER)
    assert code == 0, err
    results = json.loads(out)
    assert results["trainees"][0]["username"] == TRAINEE
    assert any(m["kind"] == "indicator_missed" for m in results["common_mistakes"])
    code, _, err = cli(*vault, "training", "results", user=TRAINEE)
    assert code == 1 and "trainer" in err
    pdf = tmp_path / "record.pdf"
    code, _, err = cli(
        *vault, "training", "report", "--trainee", TRAINEE, "--out", str(pdf), user=TRAINER
    )
    assert code == 0, err
    pages = pypdf.PdfReader(str(pdf)).pages
    assert pages and all(TRAINING_MARK in (p.extract_text() or "") for p in pages)


def test_a_real_vault_refuses_training_and_a_training_vault_refuses_export(
    cli: Cli, practice: Path, tmp_path: Path
) -> None:
    real = tmp_path / "real"
    session, _ = create_vault(real)
    session.close()
    code, _, err = cli(
        "--vault", str(real), "training", "start", "S01", user="admin", password=ADMIN_PASSWORD
    )
    assert code == 1 and "real vault" in err
    code, _, err = cli(
        "--vault",
        str(practice),
        "export",
        "--to",
        str(tmp_path),
        user="admin",
        password=ADMIN_PASSWORD,
    )
    assert code == 1 and "never done in a training vault" in err
    code, _, err = cli("--vault", str(practice), "training", "start", "S99", user=TRAINEE)
    assert code == 1 and "S99" in err


def test_init_speaks_the_chosen_language(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RADPREV_TRAINING_VAULT", str(tmp_path / "vezba"))
    code, out, err = cli(
        "--language",
        "sr_Latn",
        "training",
        "init",
        "--admin",
        "a",
        user="x",
        password=ADMIN_PASSWORD,
    )
    assert code == 0, err
    assert out.startswith(f"Baza za obuku je napravljena u {tmp_path / 'vezba'}\n")
    assert "Kod za oporavak baze za obuku:" in out and "Recovery code" not in out
    assert f"radprev --vault {tmp_path / 'vezba'} user add NAME --role officer --unit TR" in out


def test_start_speaks_the_chosen_language(cli: Cli, practice: Path) -> None:
    code, out, err = cli(
        "--language", "sq", "--vault", str(practice), "training", "start", "S01", user=TRAINEE
    )
    assert code == 0, err
    assert "Personi i burgosur: Mehmedović, Tarik — numri i regjistrimit TR-" in out
    assert "Regjistroni vëzhgimin tuaj si në detyrë" in out
    assert "Prisoner:" not in out and "Record your observation" not in out
