"""Screens run core operations through `ctx.perform` (or announce them after a worker).

A direct call of an operation would change the vault without telling the
other pages, which is what the hand-written `data_changed` strings used to get
wrong. This reads the GUI's source: a call `module.operation(...)` on a core
module is allowed only inside a function that also hands the operation itself
on (to `ctx.perform`, to a worker that announces it, or as `….changes`).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from radprev_desktop.core.change_set import Change, Operation

GUI = Path(__file__).resolve().parents[2] / "radprev_desktop" / "gui"
#: Before any page exists or where nothing a page shows changes (one's own password).
ALLOWED = {
    ("change_password.py", "change_own_password"),
    ("training_setup.py", "initialise"),  # a new training vault, before its first login
}


def _core_modules(tree: ast.Module) -> dict[str, object]:
    """Names bound to core modules by `from radprev_desktop.core… import x [as y]`."""
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "radprev_desktop.core"
        ):
            for alias in node.names:
                try:
                    module = importlib.import_module(f"{node.module}.{alias.name}")
                except ModuleNotFoundError:
                    continue  # a name inside a module, not a module
                found[alias.asname or alias.name] = module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("radprev_desktop.core") and alias.asname:
                    found[alias.asname] = importlib.import_module(alias.name)
    return found


def _named_without_call(function: ast.AST) -> set[str]:
    """`module.op` written as a value (handed to perform, to a worker, `.changes`)."""
    called = {id(n.func) for n in ast.walk(function) if isinstance(n, ast.Call)}
    return {
        ast.unparse(n)
        for n in ast.walk(function)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and id(n) not in called
    }


def _direct_calls(path: Path) -> list[str]:
    """Calls of an operation that no enclosing function hands on or announces."""
    tree = ast.parse(path.read_text("utf-8"))
    modules = _core_modules(tree)
    problems: list[str] = []

    def visit(node: ast.AST, enclosing: list[set[str]]) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            enclosing = [*enclosing, _named_without_call(node)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id in modules:
                name = f"{owner.id}.{node.func.attr}"
                target = getattr(modules[owner.id], node.func.attr, None)
                handled = any(name in names for names in enclosing)
                allowed = (path.name, node.func.attr) in ALLOWED
                if isinstance(target, Operation) and not handled and not allowed:
                    problems.append(f"{path.name}:{node.lineno} calls {name}")
        for child in ast.iter_child_nodes(node):
            visit(child, enclosing)

    visit(tree, [])
    return problems


def test_screens_run_operations_through_perform() -> None:
    sources = sorted(GUI.rglob("*.py"))
    assert sources
    problems = [p for path in sources for p in _direct_calls(path)]
    assert problems == []


def test_the_check_finds_a_direct_call(tmp_path: Path) -> None:
    page = tmp_path / "page.py"
    page.write_text(
        "from radprev_desktop.core.services import subjects\n"
        "def save(session):\n"
        "    subjects.create_subject(session, prison_number='PL-1')\n"
        "def announced(ctx, session):\n"
        "    def job():\n"
        "        subjects.create_subject(session, prison_number='PL-2')\n"
        "    ctx.run(job, then=lambda: ctx.announce(subjects.create_subject.changes))\n",
        "utf-8",
    )
    assert _direct_calls(page) == ["page.py:3 calls subjects.create_subject"]
    assert Change.SUBJECTS in Change.RECORDS
