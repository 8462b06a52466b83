"""Drop the debugging information from the bundle's libraries (`make dist`, after PyInstaller).

Why: the build machine's Python (a pyenv build) and sqlcipher3's extension carry
DWARF debugging sections (`.debug_*`) that no user's run ever reads: 70 MB of the
bundle in session 11 (libpython 29.7 MB, of which 7.8 MB is code; sqlcipher3's
`_sqlite3` 21 MB, of which 9.2 MB), which put the bundle at 247 of its 250 MiB.
`strip --strip-debug` (binutils) removes those sections only: the code, the symbols
the libraries export and link by, and everything the loader reads stay as they were
(what Debian's own packages do with dh_strip). Only ELF files inside `_internal`
are touched: the two programs at the top are PyInstaller's loader with the
application appended, which a strip would cut off. Standard library only.

    python scripts/strip_debug.py dist/radprev
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def section_names(path: Path) -> list[str]:
    """The names of an ELF file's sections; [] for anything that is not ELF."""
    with path.open("rb") as f:
        ident = f.read(16)
        if len(ident) < 16 or ident[:4] != ELF_MAGIC or ident[4] not in (1, 2):
            return []
        wide = ident[4] == 2
        order = "<" if ident[5] == 1 else ">"
        header = f.read(48 if wide else 36)
        if wide:
            shoff = struct.unpack_from(order + "Q", header, 0x28 - 16)[0]
            entsize, count, names_at = struct.unpack_from(order + "HHH", header, 0x3A - 16)
        else:
            shoff = struct.unpack_from(order + "I", header, 0x20 - 16)[0]
            entsize, count, names_at = struct.unpack_from(order + "HHH", header, 0x2E - 16)
        if shoff == 0 or count == 0 or names_at >= count:
            return []
        f.seek(shoff)
        table = f.read(entsize * count)
        if len(table) < entsize * count:
            return []
        field = order + ("IIQQQQ" if wide else "IIIIII")
        headers = [struct.unpack_from(field, table, i * entsize) for i in range(count)]
        strings_offset, strings_size = headers[names_at][4], headers[names_at][5]
        f.seek(strings_offset)
        strings = f.read(strings_size)
    return [strings[h[0] : strings.find(b"\0", h[0])].decode("ascii", "replace") for h in headers]


def has_debug_info(path: Path) -> bool:
    """The file is ELF with DWARF debugging sections (plain or compressed)."""
    return any(n.startswith((".debug_", ".zdebug_")) for n in section_names(path))


def with_debug_info(bundle: Path) -> list[Path]:
    """The bundle's libraries (under `_internal`, symlinks not followed) that carry debug info."""
    internal = bundle / "_internal"
    if not internal.is_dir():
        return []
    return sorted(
        p for p in internal.rglob("*") if p.is_file() and not p.is_symlink() and has_debug_info(p)
    )


def strip_bundle(bundle: Path, strip: str = "strip") -> list[tuple[Path, int, int]]:
    """Strip the debug sections of every such library; (file, bytes before, bytes after)."""
    done = []
    for path in with_debug_info(bundle):
        before = path.stat().st_size
        subprocess.run([strip, "--strip-debug", "--preserve-dates", str(path)], check=True)
        done.append((path, before, path.stat().st_size))
    return done


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else "dist/radprev")
    strip = shutil.which("strip")
    if strip is None:
        print(
            "strip_debug: `strip` not found; install binutils (apt-get install binutils)",
            file=sys.stderr,
        )
        return 1
    done = strip_bundle(bundle, strip)
    saved = sum(before - after for _, before, after in done)
    print(
        f"strip_debug: {len(done)} libraries, {saved / 2**20:.1f} MiB of debug information removed"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
