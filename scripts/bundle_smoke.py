"""Smoke test of the frozen bundle (`make smoke`, run by .ci/run after `make test`).

Uses dist/radprev as an IT department would, not the source tree: every command
listed by `radprev --help`; a workstation vault created, filled with demo data,
reported on (PDF read back by its header), exported; a central vault that trusts
nothing until told, enrols the workstation and imports the package; audit chains
verified; `doctor --pre-login`; the desktop program started offscreen with
`--smoke` for three roles; the licence notices, stripped libraries and the size budget checked.
Standard library only; prints one line per step and exits non-zero on the first
failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_MIB = 250
PASSWORD = "Smoke-test-admin-1"
DEMO = {"supervisor": "demo-supervisor-pass", "auditor": "demo-auditor-pass"}
sys.path.insert(0, str(ROOT))
from radprev_desktop.cli.commands import TOP_LEVEL  # noqa: E402  (names only, stdlib)
from scripts.check_bundle_licences import unattributed  # noqa: E402
from scripts.strip_debug import with_debug_info  # noqa: E402


class SmokeFailed(Exception):
    """A step of the smoke test did not do what a user would expect."""


class Bundle:
    """The two programs of a bundle, run with a clean environment in a scratch folder."""

    def __init__(self, folder: Path, work: Path) -> None:
        self.folder = folder
        self.work = work
        suffix = ".exe" if os.name == "nt" else ""
        self.cli = folder / f"radprev{suffix}"
        self.gui = folder / f"radprev-desktop{suffix}"
        keep = ("PATH", "SYSTEMROOT", "LANG", "TMPDIR", "TEMP", "TMP")
        self.env = {k: v for k, v in os.environ.items() if k in keep}
        self.env.update(
            HOME=str(work / "home"),
            RADPREV_LOG_DIR=str(work / "logs"),
            QT_QPA_PLATFORM="offscreen",
            LC_ALL="C.UTF-8",
        )

    def secret(self, name: str, text: str) -> Path:
        path = self.work / f"{name}.pw"
        path.write_text(text + "\n", encoding="utf-8")
        return path

    def run(self, *args: str, program: Path | None = None, ok: bool = True) -> str:
        argv = [str(program or self.cli), *args]
        proc = subprocess.run(
            argv, capture_output=True, text=True, env=self.env, timeout=600, cwd=self.work
        )
        if "Traceback" in proc.stderr or "Traceback" in proc.stdout:
            raise SmokeFailed(f"traceback from {' '.join(args[:4])}:\n{proc.stderr[-2000:]}")
        if ok and proc.returncode != 0:
            raise SmokeFailed(f"{' '.join(args)} exited {proc.returncode}: {proc.stderr[-1500:]}")
        return proc.stdout

    def as_user(self, vault: Path, user: str, pw: Path, *args: str, ok: bool = True) -> str:
        return self.run(
            "--vault", str(vault), "--user", user, "--password-file", str(pw), *args, ok=ok
        )


def step(text: str) -> None:
    print(f"smoke: {text}", flush=True)


def check_cli_surface(b: Bundle) -> None:
    version = (b.folder / "VERSION").read_text(encoding="utf-8").strip()
    out = b.run("--version")
    if out.strip() != f"radprev {version}":
        raise SmokeFailed(f"--version said {out!r}, VERSION file {version!r}")
    started = time.monotonic()
    help_text = b.run("--help")
    missing = [name for name, _ in TOP_LEVEL if f"    {name}" not in help_text]
    if len(TOP_LEVEL) < 20 or missing:
        raise SmokeFailed(f"radprev --help lacks {missing}")
    step(
        f"--version {version}; --help lists all {len(TOP_LEVEL)} commands "
        f"({time.monotonic() - started:.2f} s)"
    )
    for name, _ in TOP_LEVEL:  # each command's own parser loads inside the bundle
        if "usage: radprev" not in b.run(name, "--help"):
            raise SmokeFailed(f"radprev {name} --help printed no usage")
    step("every command's --help works inside the bundle")


def _supervisor_report(b: Bundle, ws: Path) -> None:
    """The demo supervisor prints a subject summary from the bundle's CLI."""
    sup = b.secret("supervisor", DEMO["supervisor"])
    listed = json.loads(
        b.as_user(
            ws,
            "demo.supervisor",
            sup,
            "--json",
            "subject",
            "list",
            "--limit",
            "1",
            "--reason",
            "supervision",
        )
    )
    number = (
        listed["items"][0]["prison_number"]
        if isinstance(listed, dict)
        else listed[0]["prison_number"]
    )
    pdf = b.work / "summary.pdf"
    b.as_user(
        ws,
        "demo.supervisor",
        sup,
        "report",
        "subject",
        "--prison-number",
        number,
        "--out",
        str(pdf),
        "--reason",
        "supervision",
        "--recipient",
        "smoke test",
    )
    if not pdf.read_bytes().startswith(b"%PDF-") or pdf.stat().st_size < 2000:
        raise SmokeFailed("report subject wrote no PDF")
    step(f"report subject written ({pdf.stat().st_size} bytes)")


def workstation_round_trip(b: Bundle) -> tuple[Path, Path]:
    ws, central, usb = b.work / "workstation", b.work / "central", b.work / "usb"
    usb.mkdir()
    admin_pw = b.secret("admin", PASSWORD)
    b.run(
        "--vault",
        str(ws),
        "--password-file",
        str(admin_pw),
        "init",
        "--establishment",
        "PL-SMK1",
        "--admin",
        "admin",
        "--unit",
        "A=Wing A",
    )
    b.as_user(ws, "admin", admin_pw, "demo", "--subjects", "40", "--observations", "200")
    step("workstation vault created, demo data and demo accounts added")
    _supervisor_report(b, ws)

    b.run(
        "--vault",
        str(central),
        "--password-file",
        str(admin_pw),
        "init",
        "--mode",
        "central",
        "--establishment",
        "PL-CZ",
        "--admin",
        "admin",
    )
    cert = b.work / "central.json"
    made = json.loads(
        b.as_user(
            central, "admin", admin_pw, "--json", "central", "certificate", "--out", str(cert)
        )
    )
    b.as_user(
        ws, "admin", admin_pw, "central", "trust", str(cert), "--fingerprint", made["fingerprint"]
    )
    package = Path(b.as_user(ws, "admin", admin_pw, "export", "--to", str(usb)).strip())
    for _ in range(2):  # more work, more packages: the central import takes them all at once
        b.as_user(ws, "admin", admin_pw, "demo", "--subjects", "5", "--observations", "20")
        b.as_user(ws, "admin", admin_pw, "export", "--to", str(usb))
    fingerprint = json.loads(b.as_user(ws, "admin", admin_pw, "--json", "sync", "fingerprint"))[
        "fingerprint"
    ]
    # A folder of packages: the next one is checked in a second process of the bundle
    # (multiprocessing's spawn, freeze_support in the entry point) while one applies.
    out = b.as_user(
        central, "admin", admin_pw, "--json", "import", str(usb), "--enrol", fingerprint
    )
    reports = json.loads(out[out.index("[") :])
    if len(reports) != 3 or any(r.get("status") != "imported" for r in reports):
        raise SmokeFailed(f"central import said: {out}")
    if "Traceback" in out or "usage:" in out:
        raise SmokeFailed(f"the import's checking process failed: {out}")
    step(f"export {package.name} and two more imported at the central vault in one run")
    for vault in (ws, central):
        if "intact" not in b.as_user(vault, "admin", admin_pw, "audit", "verify"):
            raise SmokeFailed(f"audit verify failed for {vault.name}")
    b.as_user(central, "admin", admin_pw, "sync", "verify-audit")
    step("audit chains verified (workstation, central, imported)")
    doctor = b.run("--vault", str(ws), "doctor", "--pre-login", ok=False)
    if "vault files" not in doctor or "SQLCipher" not in doctor:
        raise SmokeFailed(f"doctor --pre-login said: {doctor}")
    step("doctor --pre-login runs without a password")
    return ws, admin_pw


def desktop_smoke(b: Bundle, ws: Path, admin_pw: Path) -> None:
    users = [
        ("admin", admin_pw),
        ("demo.supervisor", b.secret("sup", DEMO["supervisor"])),
        ("demo.auditor", b.secret("aud", DEMO["auditor"])),
    ]
    for user, pw in users:
        out = b.run(
            "--vault", str(ws), "--smoke", "--user", user, "--password-file", str(pw), program=b.gui
        )
        pages = [line for line in out.splitlines() if line.startswith("smoke: page ")]
        if not pages or "0 failed" not in out:
            raise SmokeFailed(f"radprev-desktop --smoke as {user}:\n{out}")
        step(f"desktop as {user}: {len(pages)} pages opened")


def check_catalogues(b: Bundle) -> None:
    """Core speaks the user's language from the compiled catalogues; no `.ts` is installed."""
    sources = sorted(p.name for p in b.folder.rglob("radprev_*.ts"))
    if sources:
        raise SmokeFailed(f"translators' .ts sources in the bundle: {sources}")

    def stderr_of(language: str) -> str:
        proc = subprocess.run(
            # A reason for access comes first (issue 14): without it the refusal names --reason.
            [
                str(b.cli),
                "--language",
                language,
                "--vault",
                str(b.work / "none"),
                "subject",
                "list",
                "--reason",
                "supervision",
            ],
            capture_output=True,
            text=True,
            env=b.env,
            timeout=120,
            cwd=b.work,
        )
        return proc.stderr

    if "nie podano użytkownika" not in stderr_of("pl"):
        raise SmokeFailed("--language pl did not speak Polish inside the bundle")
    if "Available: en (English), pl (Polski)" not in stderr_of("xx"):
        raise SmokeFailed("an unknown language was not refused with the available ones")
    step("no .ts in the bundle; the CLI speaks Polish from the .qm; unknown languages refused")


def check_bundle_files(b: Bundle) -> None:
    notices = b.folder / "THIRD-PARTY-NOTICES.txt"
    text = notices.read_text(encoding="utf-8")
    for needed in (
        "LGPL",
        "Relinking",
        "PDFium",
        "OpenSSL",
        "SQLCipher",
        "ReportLab",
        "Python",
        "DejaVu",
    ):
        if needed.lower() not in text.lower():
            raise SmokeFailed(f"THIRD-PARTY-NOTICES.txt does not mention {needed}")
    left = unattributed(b.folder, text)
    if left:
        raise SmokeFailed(f"bundled libraries with no licence notice: {left[:10]}")
    if not (b.folder / "completion" / "radprev.bash").is_file():
        raise SmokeFailed("no bash completion in the bundle")
    debug = with_debug_info(b.folder)
    if debug:
        raise SmokeFailed(
            f"libraries still carry debug information (make dist strips it): {debug[:5]}"
        )
    # symlinks (PyInstaller links Qt's libraries into place) take no space of their own
    size = sum(p.lstat().st_size for p in b.folder.rglob("*") if p.is_file() and not p.is_symlink())
    mib = size / 2**20
    if mib > BUDGET_MIB:
        raise SmokeFailed(f"bundle is {mib:.0f} MiB, over the {BUDGET_MIB} MiB budget")
    step(
        f"licence notices cover every bundled library; no debug information; "
        f"size {mib:.0f} MiB (budget {BUDGET_MIB} MiB)"
    )
    crashes = list((b.work / "logs").glob("crash-*"))
    if crashes:
        raise SmokeFailed(f"crash files were written: {[c.name for c in crashes]}")


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "dist/radprev").resolve()
    if not (folder / "radprev").exists() and not (folder / "radprev.exe").exists():
        print(f"smoke: no bundle in {folder} (run make dist)", file=sys.stderr)
        return 1
    work = Path(os.environ.get("SMOKE_WORK", ROOT / "build" / "smoke"))
    shutil.rmtree(work, ignore_errors=True)
    (work / "home").mkdir(parents=True)
    bundle = Bundle(folder, work)
    started = time.monotonic()
    try:
        check_cli_surface(bundle)
        check_catalogues(bundle)
        ws, admin_pw = workstation_round_trip(bundle)
        desktop_smoke(bundle, ws, admin_pw)
        check_bundle_files(bundle)
    except SmokeFailed as exc:
        print(f"smoke: FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke: finished in {time.monotonic() - started:.0f} s")
    print("smoke: 5 passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
