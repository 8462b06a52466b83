"""Every shared library in a bundle belongs to a component named in its notices.

A new binary dependency (a Qt plugin's library, a new extension module) fails
the smoke test until THIRD-PARTY-NOTICES.txt covers it. A library is covered when
the notices name it (libraries from the build machine, listed with their Debian
package) or when a rule maps it to a component the notices hold.

    python scripts/check_bundle_licences.py dist/radprev
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# (pattern on the library's file name, text that must be in the notices)
RULES: tuple[tuple[str, str], ...] = (
    (r"(^|/)(lib)?(Qt6|qt6|Qt)\w*", "Qt 6, PySide6"),
    (r"(^|/)PySide6/.*\.(so|pyd|abi3\.so)", "Qt 6, PySide6"),
    (r"shiboken6", "Shiboken6"),
    (r"libpyside6|pyside6\.abi3|pyside6qml", "Qt 6, PySide6"),
    (r"(^|/)libicu|icu(uc|i18n|data)", "Qt 6, PySide6"),
    (r"(^|/)(libssl|libcrypto)", "OpenSSL"),
    (r"cryptography/", "cryptography"),
    (r"sqlcipher3/", "SQLCipher"),
    (r"(^|/)libpython3|python3\d*\.dll|(^|/)python3\d*\.dll", "Python"),
    (r"lib-dynload/|(^|/)_\w+\.cpython|\.pyd$", "Python"),
    (
        r"(^|/)(libffi|libz|libbz2|liblzma|libexpat|libmpdec|libsqlite3|libreadline|libncurses"
        r"|libtinfo|libuuid|libgdbm|libnsl|libtirpc|libcrypt)",
        "Python",
    ),
    (r"_cffi_backend", "cffi"),
    (r"argon2", "argon2-cffi-bindings"),
    (r"pyrage", "pyrage"),
    (r"rpds", "rpds-py"),
    (r"charset_normalizer", "charset-normalizer"),
    (r"reportlab/", "reportlab"),
    (r"PIL/|pillow", "pillow"),
    (r"fastjsonschema", "fastjsonschema"),
    # psycopg-binary's extension modules; the libraries in psycopg_binary.libs (libpq and
    # what it links) are named in the notices with the package that bundles them.
    (r"psycopg_binary", "psycopg-binary"),
    (r"(^|/)orjson/", "orjson"),
)
LIBRARY = re.compile(r"\.(so(\.\d+)*|dll|pyd|dylib)$")


def libraries(bundle: Path) -> list[str]:
    """Every shared library or extension module in the bundle, relative to it."""
    return sorted(
        p.relative_to(bundle).as_posix()
        for p in bundle.rglob("*")
        if p.is_file() and LIBRARY.search(p.name)
    )


def unattributed(bundle: Path, notices: str) -> list[str]:
    """Libraries that no rule covers, or whose rule's component the notices do not name."""
    lowered = notices.lower()
    left = []
    for lib in libraries(bundle):
        if Path(lib).name in notices:  # a system library listed with its package
            continue
        component = next((c for pattern, c in RULES if re.search(pattern, lib)), None)
        if component is None:
            left.append(f"{lib} (no rule, not listed)")
        elif component.lower() not in lowered:
            left.append(f"{lib} ({component} not in the notices)")
    return left


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else "dist/radprev")
    notices = (bundle / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    libs = libraries(bundle)
    left = unattributed(bundle, notices)
    for item in left:
        print(f"no licence notice: {item}", file=sys.stderr)
    print(f"{len(libs)} libraries, {len(left)} without a notice")
    return 1 if left or not libs else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
