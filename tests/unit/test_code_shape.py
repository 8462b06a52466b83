"""Small modules, short functions, and every import at the top of its module.

CONVENTIONS: modules named for what they hold stay under about 500 lines and
functions under about 80, so a reader finds a feature by its name and reads
it whole. An import inside a function hides a dependency from the reader and
from import-linter; it is allowed only where start-up time needs it, and then
a comment right above it (or on its line) says so. These tests read the
source with `ast`, so they cover modules that no other test imports.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("radprev_desktop", "tests", "scripts")
MODULE_LIMIT = 500
FUNCTION_LIMIT = 80

# Declared data tables: a module or function that is one literal table (rows of
# data, not steps) may be longer; say what the table is. Keys are paths from the
# repository root, or "path::qualified.function".
DATA_TABLES: dict[str, str] = {
    # The golden transfer bundle's records: one literal record per kind, as version 1 wrote them.
    "tests/data/make_golden_transfers.py::record_lines": "golden transfer bundle records",
}


@dataclass(frozen=True)
class Oversize:
    where: str
    lines: int


def _sources() -> list[Path]:
    found = [
        path
        for folder in FOLDERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        if ".venv" not in path.parts
    ]
    assert len(found) > 200, "the sources were not found"
    return found


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _functions(tree: ast.AST) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Every function and method with its qualified name (Class.method, outer.inner)."""
    out: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                out.append((prefix + child.name, child))
                visit(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return out


def _length(node: ast.AST) -> int:
    end = node.end_lineno or node.lineno  # type: ignore[attr-defined]
    return end - node.lineno + 1  # type: ignore[attr-defined]


def oversized(path: Path, text: str) -> list[Oversize]:
    """The module and functions of one file that pass their limit."""
    name = _name(path)
    found: list[Oversize] = []
    lines = len(text.splitlines())
    if lines > MODULE_LIMIT and name not in DATA_TABLES:
        found.append(Oversize(name, lines))
    for qualname, node in _functions(ast.parse(text)):
        where = f"{name}::{qualname}"
        if _length(node) > FUNCTION_LIMIT and where not in DATA_TABLES:
            found.append(Oversize(where, _length(node)))
    return found


def uncommented_lazy_imports(text: str) -> list[int]:
    """Line numbers of imports inside a function with no comment saying why."""
    lines = text.splitlines()
    problems: list[int] = []
    for _, function in _functions(ast.parse(text)):
        imports = [
            n
            for n in ast.walk(function)
            if isinstance(n, ast.Import | ast.ImportFrom) and n in _own_statements(function)
        ]
        taken = {i for n in imports for i in range(n.lineno, _length(n) + n.lineno)}
        for node in imports:
            if "#" in lines[node.lineno - 1]:
                continue
            above = node.lineno - 1
            while above > 0 and (above in taken or not lines[above - 1].strip()):
                above -= 1
            if above == 0 or not lines[above - 1].strip().startswith("#"):
                problems.append(node.lineno)
    return problems


def _own_statements(function: ast.AST) -> set[ast.AST]:
    """Nodes of a function that are not inside a nested function (checked on their own)."""
    own: set[ast.AST] = set()
    todo = list(ast.iter_child_nodes(function))
    while todo:
        node = todo.pop()
        own.add(node)
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            todo += ast.iter_child_nodes(node)
    return own


def test_no_module_or_function_passes_its_size() -> None:
    found = [o for path in _sources() for o in oversized(path, path.read_text("utf-8"))]
    report = [f"{o.where}: {o.lines} lines" for o in found]
    assert not report, (
        f"split these (modules ≤ {MODULE_LIMIT}, functions ≤ {FUNCTION_LIMIT} lines; "
        "a declared data table goes in DATA_TABLES with a comment):\n" + "\n".join(report)
    )


def test_the_data_table_allowances_name_real_places() -> None:
    names = {_name(p) for p in _sources()}
    for key, why in DATA_TABLES.items():
        assert key.split("::")[0] in names, key
        assert why.strip(), key


def test_every_import_inside_a_function_says_why() -> None:
    sources = [p for p in _sources() if p.parts[len(ROOT.parts)] == "radprev_desktop"]
    assert sources, "no application module found"
    problems = {
        _name(p): lines
        for p in sources
        if (lines := uncommented_lazy_imports(p.read_text(encoding="utf-8")))
    }
    assert problems == {}, "move these imports to the top, or comment the start-up need"


def test_the_checkers_see_what_they_look_for() -> None:
    long_function = "def f():\n" + "    x = 1\n" * FUNCTION_LIMIT
    assert oversized(ROOT / "m.py", long_function) == [Oversize("m.py::f", FUNCTION_LIMIT + 1)]
    short = "def f():\n" + "    x = 1\n" * (FUNCTION_LIMIT - 1)
    assert oversized(ROOT / "m.py", short) == []
    method = "class C:\n    def g(self):\n" + "        x = 1\n" * FUNCTION_LIMIT
    assert [o.where for o in oversized(ROOT / "m.py", method)] == ["m.py::C.g"]
    assert oversized(ROOT / "m.py", "x = 1\n" * (MODULE_LIMIT + 1)) == [
        Oversize("m.py", MODULE_LIMIT + 1)
    ]
    lazy = "def f():\n    import json\n    return json\n"
    assert uncommented_lazy_imports(lazy) == [2]
    nested = "def f():\n    def g():\n        from os import path\n    return g\n"
    assert uncommented_lazy_imports(nested) == [3]
    commented = (
        "def f():\n    # start-up: json is slow to import\n"
        "    import json\n    from os import path\n\n    return json, path\n"
    )
    assert uncommented_lazy_imports(commented) == []
    inline = "def f():\n    import json  # start-up: rarely used\n    return json\n"
    assert uncommented_lazy_imports(inline) == []
    at_top = "import json\n\n\ndef f():\n    return json\n"
    assert uncommented_lazy_imports(at_top) == []
