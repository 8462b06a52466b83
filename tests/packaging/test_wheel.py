"""The wheel is complete by construction: built, installed in a fresh venv, used.

The fresh venv gets only the wheel; its dependencies come from this venv's
site-packages through a .pth file (no download), and it runs from a folder far
from the source tree, so a resource missing from the wheel cannot be found by
accident.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Wheel-test-admin-1"


def _build_wheel(out: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheels = sorted(out.glob("radprev_desktop-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One wheel for both tests (building it is the slow part)."""
    return _build_wheel(tmp_path_factory.mktemp("wheel"))


def test_wheel_declares_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    # migrations inside the package; resources/ (top of the repository) installs as
    # the package radprev_desktop.resources
    needed = [
        p.relative_to(ROOT).as_posix()
        for p in ROOT.glob("radprev_desktop/core/vault/migrations*/*.sql")
    ]
    needed += [
        "radprev_desktop/" + p.relative_to(ROOT).as_posix()
        for pattern in (
            "fonts/*.ttf",
            "icons/*",
            "schemas/*.json",
            "templates/*.json",
            "templates/*/*.json",
            "training/scenarios/*.json",
            "translations/*.qm",
        )
        for p in (ROOT / "resources").glob(pattern)
    ]
    assert len(needed) > 12
    assert sorted(set(needed) - names) == []
    # core reads the compiled catalogues; the translators' .ts sources are not installed
    assert [n for n in names if n.endswith(".ts")] == []
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "License-Expression: LicenseRef-Proprietary" in text
    assert "Requires-Python: <3.14,>=3.12" in text


def _venv_with_the_wheel(wheel: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A fresh venv holding only the wheel (dependencies from this venv via a .pth)."""
    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=False)
    fresh_python = fresh / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(fresh_python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-compile",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (site / "zz-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return fresh_python, site


def _supervisor_prints_a_summary(
    radprev: Callable[..., subprocess.CompletedProcess[str]], work: Path
) -> None:
    """The demo supervisor lists a prisoner and prints the subject summary as a PDF."""
    sup = work / "sup"
    sup.write_text("demo-supervisor-pass\n", encoding="utf-8")
    listed = radprev(
        "--user",
        "demo.supervisor",
        "--password-file",
        str(sup),
        "--json",
        "subject",
        "list",
        "--limit",
        "1",
        "--reason",
        "supervision",
    )
    number = json.loads(listed.stdout)["items"][0]["prison_number"]
    out = work / "summary.pdf"
    report = radprev(
        "--user",
        "demo.supervisor",
        "--password-file",
        str(sup),
        "report",
        "subject",
        "--prison-number",
        number,
        "--out",
        str(out),
        "--reason",
        "supervision",
        "--recipient",
        "wheel test",
    )
    assert report.returncode == 0, report.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_fresh_venv_runs_init_demo_and_a_report(wheel: Path, tmp_path: Path) -> None:
    fresh_python, site = _venv_with_the_wheel(wheel, tmp_path)
    # console scripts are not made by --target: call the entry point the wheel declares
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "RADPREV"))}
    env["RADPREV_LOG_DIR"] = str(tmp_path / "logs")
    pw = work / "pw"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")

    def radprev(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                str(fresh_python),
                "-c",
                "from radprev_desktop.cli.main import run; run()",
                "--vault",
                str(work / "vault"),
                *args,
            ],
            capture_output=True,
            text=True,
            cwd=work,
            env=env,
            timeout=600,
        )

    where = subprocess.run(
        [str(fresh_python), "-c", "import radprev_desktop; print(radprev_desktop.__file__)"],
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        check=True,
    ).stdout
    assert where.startswith(str(site)), where
    made = radprev(
        "--password-file", str(pw), "init", "--establishment", "PL-WHL", "--admin", "admin"
    )
    assert made.returncode == 0, made.stderr
    filled = radprev(
        "--user",
        "admin",
        "--password-file",
        str(pw),
        "demo",
        "--subjects",
        "5",
        "--observations",
        "10",
    )
    assert filled.returncode == 0, filled.stderr
    _supervisor_prints_a_summary(radprev, work)
