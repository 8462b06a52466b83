"""The CLI fuzz corpus (tests/data/cli_fuzz/*.json): hostile input, zero tracebacks.

Each case gives the arguments (with {tmp} for a temp folder and {file:NAME} for a
file made from base64 content, or "@nest:N" for N nested JSON arrays), the
expected exit code (1 refused, 2 bad usage) and whether it runs with the
admin's login. Every case must end in exactly that code, one line on stderr (a
JSON object with --json), nothing on stdout (except an import's summary,
"stdout_summary"), and no crash file: the catch-all
for bugs must never be what answers.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from tests.cli.conftest import Run

CORPUS = Path(__file__).resolve().parents[1] / "data" / "cli_fuzz"
CASES = sorted(CORPUS.glob("*.json"))


def test_the_corpus_is_there() -> None:
    assert len(CASES) >= 40


def _content(spec: str) -> bytes:
    if spec.startswith("@nest:"):
        depth = int(spec.split(":")[1])
        return b"[" * depth + b"]" * depth
    return base64.b64decode(spec)


def _argv(case: dict, tmp: Path) -> list[str]:  # type: ignore[type-arg]
    files = {}
    for name, spec in case.get("files", {}).items():
        path = tmp / name
        path.write_bytes(_content(spec))
        files[name] = str(path)
    out = []
    for arg in case["argv"]:
        for name, path in files.items():
            arg = arg.replace(f"{{file:{name}}}", path)
        out.append(arg.replace("{tmp}", str(tmp)))
    return out


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fuzz_case_ends_in_one_clear_line(
    path: Path, radprev: Run, tmp_path: Path, _logs_in_tmp: Path
) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    work = tmp_path / "case"
    work.mkdir()
    result = radprev(
        *_argv(case, work),
        user="admin" if case.get("user", True) else None,
        password="admin-password-1" if case.get("password", True) else None,
        stdin=case.get("stdin"),
    )
    both = result.stdout + result.stderr
    assert "Traceback" not in both and "Error:" not in both.replace("error:", "")
    assert result.returncode == case["exit"], result.stderr
    if not case.get("stdout_summary"):  # an import's summary of what it refused may stay
        assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    if case.get("json"):
        assert json.loads(lines[0])["error"]["exit_code"] == case["exit"]
    else:
        assert lines[0].startswith("radprev: ")
    assert list(_logs_in_tmp.glob("crash-*")) == []
