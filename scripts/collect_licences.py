"""Write THIRD-PARTY-NOTICES.txt: the licence of every component the bundle carries.

Run with the venv the bundle is built from, after PyInstaller (`make dist` does):
    .venv/bin/python scripts/collect_licences.py OUT_FILE [--bundle dist/radprev]

The runtime distributions are found from radprev-desktop's own requirements (extras
excluded, markers evaluated for this platform), so a new dependency appears here
without anyone remembering it. A distribution whose wheel carries no licence text
must be covered by a named component below, or the script fails.
Components that are not Python distributions (Qt, PDFium, OpenSSL, SQLCipher, Python
itself, the fonts) have their texts in packaging/licences/ or in the installed files.
With --bundle, the libraries PyInstaller copied from the build machine (libstdc++,
fontconfig, ...) are listed too, each with its Debian package's copyright file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "packaging" / "licences"
PROJECT = "radprev-desktop"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


@dataclass
class Component:
    """One notice: what it is, its version, its licence and the full texts."""

    name: str
    version: str
    licence: str
    where: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (title, text)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions() -> dict[str, metadata.Distribution]:
    """radprev-desktop's run-time requirements, transitively, for this platform.

    The project's own extras are excluded; an extra a requirement asks for
    (`psycopg[binary]` pulls in psycopg-binary and the libpq it bundles) is followed.
    """
    env = default_environment()
    found: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, frozenset[str]]] = [(PROJECT, frozenset())]
    while todo:
        name, extras = todo.pop()
        dist = metadata.distribution(name)
        for line in dist.requires or []:
            req = Requirement(line)
            wanted = extras or frozenset({""})
            if req.marker is not None and not any(
                req.marker.evaluate({**env, "extra": extra}) for extra in wanted
            ):
                continue
            key = canonical(req.name)
            if key not in found:
                found[key] = metadata.distribution(req.name)
                todo.append((req.name, frozenset(req.extras)))
    return found


def _licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    declared = meta.get("License") or ""
    if declared and len(declared) < 80 and "\n" not in declared:
        return str(declared)
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    return ", ".join(classifiers) or "see text"


def _licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        parts = file.parts
        if ".dist-info" not in parts[0] or not LICENCE_FILE.search(file.name):
            continue
        path = Path(str(dist.locate_file(file)))
        if path.is_file():
            texts.append((file.name, path.read_text(encoding="utf-8", errors="replace")))
    return texts


def _text(name: str) -> tuple[str, str]:
    return name, (TEXTS / name).read_text(encoding="utf-8")


def _python_licence() -> tuple[str, str]:
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ]
    for path in candidates:
        if path.is_file():
            return "Python LICENSE.txt", path.read_text(encoding="utf-8", errors="replace")
    raise SystemExit(f"Python's LICENSE.txt not found (looked in {candidates})")


def _version(name: str) -> str:
    return metadata.version(name)


def named_components() -> list[Component]:
    """The components that are not (only) a Python distribution's own licence file."""
    qt = _version("PySide6-Essentials")
    fonts = ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    return [
        Component(
            "Python",
            sys.version.split()[0],
            "PSF-2.0 (with the licences of the code the standard library bundles)",
            "the interpreter and standard library in the program folder",
            [_python_licence()],
        ),
        Component(
            "Qt 6, PySide6, Shiboken6",
            qt,
            "LGPL-3.0-only",
            "_internal/PySide6, _internal/shiboken6 (shared libraries, replaceable)",
            [_text("Qt-relinking.txt"), _text("LGPL-3.0.txt"), _text("GPL-3.0.txt")],
        ),
        Component(
            "PDFium (inside Qt PDF)",
            qt,
            "BSD-3-Clause AND Apache-2.0",
            "_internal/PySide6 (libQt6Pdf)",
            [_text("PDFium.txt")],
        ),
        Component(
            "OpenSSL 3 (inside cryptography, and Python's ssl/hashlib)",
            "3",
            "Apache-2.0",
            "_internal (libcrypto/libssl, cryptography's Rust extension)",
            [_text("Apache-2.0.txt")],
        ),
        Component(
            "SQLCipher (inside sqlcipher3)",
            _version("sqlcipher3"),
            "BSD-3-Clause (SQLite: public domain)",
            "_internal/sqlcipher3",
            [_text("SQLCipher.txt")],
        ),
        Component(
            "DejaVu fonts",
            "(see text)",
            "Bitstream-Vera AND LicenseRef-DejaVu-public-domain",
            "_internal/radprev_desktop/resources/fonts",
            [("LICENSE-DejaVu.txt", fonts.read_text(encoding="utf-8"))],
        ),
    ]


# Distributions whose wheels carry no licence file, and the named component covering them.
COVERED_BY = {
    "pyside6-essentials": "Qt 6, PySide6, Shiboken6",
    "pyside6-pdf": "Qt 6, PySide6, Shiboken6",
    "shiboken6": "Qt 6, PySide6, Shiboken6",
}


def collect() -> list[Component]:
    """Every component, named ones first, then each runtime distribution by name."""
    components = named_components()
    names = {c.name for c in components}
    missing = []
    for key, dist in sorted(runtime_distributions().items()):
        texts = _licence_texts(dist)
        covered = COVERED_BY.get(key)
        if not texts and covered is None:
            missing.append(key)
        if covered is not None and covered not in names:
            missing.append(f"{key} (covered by the missing {covered})")
        vendored = sorted(f.name for f in dist.files or [] if f.parts[0].endswith(".libs"))
        where = "_internal (Python modules)"
        if vendored:  # auditwheel's copies of C libraries, covered by the package's licence file
            where += "; its bundled libraries: " + ", ".join(vendored)
        components.append(
            Component(
                f"{dist.metadata['Name']} (Python package)",
                dist.version,
                _licence_name(dist),
                where,
                texts or [("", f"Covered by the notice of {covered} above.")],
            )
        )
    if missing:
        raise SystemExit("no licence text for: " + ", ".join(missing))
    return components


def _package_of(library: str) -> str | None:
    """The Debian package that installed a library of this name, if dpkg knows one."""
    proc = subprocess.run(
        ["dpkg", "-S", f"*/{library}"], capture_output=True, text=True, check=False
    )
    for line in proc.stdout.splitlines():
        package = line.split(":", 1)[0].split(",")[0].strip()
        if package and not package.startswith("diversion"):
            return package
    return None


def system_libraries(bundle: Path) -> list[Component]:
    """Libraries copied from the build machine, grouped by their Debian package."""
    if shutil.which("dpkg") is None:
        return []
    internal = bundle / "_internal"
    by_package: dict[str, list[str]] = {}
    for path in sorted(internal.glob("*.so*")):
        package = _package_of(path.name)
        if package is not None:
            by_package.setdefault(package, []).append(path.name)
    found = []
    for package, libraries in sorted(by_package.items()):
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        text = (
            copyright_file.read_text(encoding="utf-8", errors="replace")
            if copyright_file.is_file()
            else f"See the Debian package {package}."
        )
        version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        found.append(
            Component(
                f"System libraries from {package}",
                version or "?",
                "see text",
                "_internal: " + ", ".join(libraries),
                [(str(copyright_file), text)],
            )
        )
    return found


def render(components: list[Component]) -> str:
    """The notices file: an index, then each component's texts in full."""
    rule = "=" * 78
    lines = [
        "radprev — third-party components and their licences",
        "",
        "radprev itself: LicenseRef-Proprietary (LICENSE). It bundles the components below,",
        "each under its own licence, reproduced in full after the index.",
        "",
        f"{'COMPONENT':<58} {'VERSION':<12} LICENCE",
    ]
    for c in components:
        lines.append(f"{c.name:<58} {c.version:<12} {c.licence}")
    for c in components:
        lines += ["", rule, f"{c.name} {c.version} — {c.licence}", f"Where: {c.where}", rule]
        for title, text in c.texts:
            if title:
                lines += ["", f"--- {title} ---"]
            lines += ["", text.rstrip()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 3) or (len(argv) == 3 and argv[1] != "--bundle"):
        print("usage: collect_licences.py OUT_FILE [--bundle DIR]", file=sys.stderr)
        return 2
    out = Path(argv[0])
    components = collect()
    if len(argv) == 3:
        components += system_libraries(Path(argv[2]))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(components), encoding="utf-8")
    print(f"{len(components)} components written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
