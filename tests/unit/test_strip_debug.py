"""`make dist` strips the libraries' debug information and nothing else (scripts/strip_debug.py).

A real shared library (one of this Python's own extension modules) is given a DWARF
section with objcopy (binutils, as strip is), put in a bundle-shaped folder, stripped,
and still loads; the programs at the bundle's top, symlinks and data files are left alone.
"""

from __future__ import annotations

import _json
import ctypes
import shutil
import subprocess
from pathlib import Path

from scripts import strip_debug


def _library_with_debug_info(tmp_path: Path, target: Path) -> None:
    """A copy of a real extension module, its own debug info dropped, then one DWARF section."""
    source = Path(_json.__file__)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    subprocess.run(["strip", "--strip-debug", str(target)], check=True)
    dwarf = tmp_path / "dwarf.bin"
    dwarf.write_bytes(b"\x00" * 300_000)
    subprocess.run(
        [
            "objcopy",
            "--add-section",
            f".debug_info={dwarf}",
            "--set-section-flags",
            ".debug_info=noload,readonly",
            str(target),
        ],
        check=True,
    )


def test_debug_sections_are_found_and_stripped_and_the_library_still_loads(
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "radprev"
    lib = bundle / "_internal" / "lib-dynload" / "_json.so"
    _library_with_debug_info(tmp_path, lib)
    program = bundle / "radprev"  # PyInstaller's loader + archive: never stripped
    _library_with_debug_info(tmp_path, program)
    (bundle / "_internal" / "link.so").symlink_to(lib)
    (bundle / "_internal" / "notes.txt").write_text("not ELF", encoding="utf-8")
    assert ".debug_info" in strip_debug.section_names(lib)
    assert ".text" in strip_debug.section_names(lib)
    assert strip_debug.with_debug_info(bundle) == [lib]
    before = lib.stat().st_size
    program_bytes = program.read_bytes()

    done = strip_debug.strip_bundle(bundle)

    assert [(path, size) for path, size, _ in done] == [(lib, before)]
    assert lib.stat().st_size <= before - 300_000
    assert not strip_debug.has_debug_info(lib)
    assert ".text" in strip_debug.section_names(lib)
    assert strip_debug.with_debug_info(bundle) == []
    assert program.read_bytes() == program_bytes
    assert (bundle / "_internal" / "notes.txt").read_text(encoding="utf-8") == "not ELF"
    loaded = ctypes.CDLL(str(lib))
    assert loaded.PyInit__json is not None


def test_what_is_not_elf_has_no_sections(tmp_path: Path) -> None:
    for name, data in (("empty", b""), ("text", b"hello world" * 10), ("short", b"\x7fELF\x02")):
        (tmp_path / name).write_bytes(data)
    assert [strip_debug.section_names(tmp_path / n) for n in ("empty", "text", "short")] == [
        [],
        [],
        [],
    ]
    assert strip_debug.with_debug_info(tmp_path / "no-bundle-here") == []
