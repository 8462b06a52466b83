"""Nothing in the application is loaded by name, and every module is reachable.

PyInstaller (and any reader) follows `import` statements only: a module loaded
with `__import__`/`importlib`, or skipped by a `try: import … except ImportError`
probe, is silently missing from the bundle. These tests read the source with
`ast`, so they cover modules no other test imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

import radprev_desktop

PACKAGE = Path(radprev_desktop.__file__).parent
PROBE_ERRORS = {"ImportError", "ModuleNotFoundError"}
ENTRY_POINTS = ("radprev_desktop.cli.main", "radprev_desktop.gui.app", "radprev_desktop.__main__")
# Modules the running application never needs (developer tools run from scripts/).
NOT_IN_THE_APP = {
    "radprev_desktop.core.sync.format_doc",  # writes docs/package-format.md (scripts/)
    "radprev_desktop.core.catalogue_status",  # scripts/catalogue.py and the catalogue tests
    "radprev_desktop.core.ts_file",  # scripts/catalogue.py and the catalogue tests
    "radprev_desktop.core.demo_central",  # make bench's national sample (tests/bench)
    "radprev_desktop.core.services.table_owners",  # which service writes which table (tests)
}


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _caught_names(handler: ast.ExceptHandler) -> set[str]:
    node = handler.type
    items = node.elts if isinstance(node, ast.Tuple) else [node] if node else []
    return {i.id if isinstance(i, ast.Name) else getattr(i, "attr", "") for i in items}


def _by_name_loads(tree: ast.AST) -> list[str]:
    problems: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            problems += [f"import {a.name}" for a in node.names if a.name.startswith("importlib")]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("importlib"):
            problems.append(f"from {node.module} import …")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"__import__", "import_module"}
        ):
            problems.append(f"{node.func.id}(…)")
        elif isinstance(node, ast.ExceptHandler) and _caught_names(node) & PROBE_ERRORS:
            problems.append(f"except {sorted(_caught_names(node) & PROBE_ERRORS)}")
    return problems


def _imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            targets = [base] + [f"{base}.{a.name}" for a in node.names]
        for target in targets:
            parts = target.split(".")
            # a module counts, and so does every package on its way
            for i in range(1, len(parts) + 1):
                candidate = ".".join(parts[:i])
                if candidate in known:
                    out.add(candidate)
    return out


def test_no_module_is_loaded_by_name() -> None:
    modules = _modules()
    assert len(modules) > 50, "the application's modules were not found"
    problems = {
        name: found
        for name, path in modules.items()
        if (found := _by_name_loads(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert problems == {}


def test_the_checker_sees_each_kind_of_by_name_load() -> None:
    samples = [
        "import importlib",
        "from importlib import import_module",
        "x = __import__('radprev_desktop.cli.sync')",
        "try:\n    import foo\nexcept ImportError:\n    foo = None",
        "try:\n    import foo\nexcept (OSError, ModuleNotFoundError):\n    pass",
    ]
    assert samples, "nothing to check"
    for sample in samples:
        assert _by_name_loads(ast.parse(sample)), sample
    assert _by_name_loads(ast.parse("import json\nfrom pathlib import Path")) == []


def test_every_module_is_reachable_from_an_entry_point_by_import_statements() -> None:
    modules = _modules()
    known = set(modules)
    assert all(entry in known for entry in ENTRY_POINTS)
    seen: set[str] = set()
    todo = list(ENTRY_POINTS)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo += sorted(_imports_of(name, modules[name], known) - seen)
    assert known >= NOT_IN_THE_APP, "a listed developer module no longer exists"
    assert sorted(known - seen - NOT_IN_THE_APP) == []
