"""Every audit action code the code base writes, found by reading the source (ast).

An action reaches the log through `session.audit(action, …)` or
`audit.append(con, action=…)`. The first argument is followed back to where its
text is written: a string, either branch of `a if c else b`, a variable assigned
in the function or the module, an entry of a module-level dict (`_DONE[kind]`), a
module constant (`audit.TAMPER_ACTION`), or a parameter, whose default and every
call of its function (`consultation.record(session, "search")`,
`session.close(reason="lock")`) are followed in turn. An argument that cannot be
followed is reported, so a new way of writing an action fails the tests that use
this module instead of escaping them.
"""

from __future__ import annotations

import ast
import functools
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import radprev_desktop

PACKAGE = Path(radprev_desktop.__file__).parent


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)
    calls: list[ast.Call] = field(default_factory=list)  # in `ast.walk` order


@dataclass
class Found:
    """The codes, and what could not be followed (file:line and the expression)."""

    codes: set[str] = field(default_factory=set)
    unresolved: list[str] = field(default_factory=list)


def _modules() -> list[_Module]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _Module(path, ast.parse(path.read_text(encoding="utf-8")))
        todo: deque[ast.AST] = deque([module.tree])
        while todo:  # ast.walk's order, each node's children listed once
            node = todo.popleft()
            if isinstance(node, ast.Call):
                module.calls.append(node)
            for child in ast.iter_child_nodes(node):
                module.parents[child] = node
                todo.append(child)
        modules.append(module)
    return modules


def _name_of(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _base_of(func: ast.expr) -> str:
    if not isinstance(func, ast.Attribute):
        return ""
    return _name_of(func.value)


class _Reader:
    def __init__(self) -> None:
        self.modules = _modules()
        self.found = Found()
        self.seen: set[int] = set()
        # Every call of the package by the called name, in module and walk order: following a
        # parameter asks for the calls of one function, and walking every tree for each
        # parameter was most of the scan's time.
        self.calls: dict[str, list[tuple[_Module, ast.Call]]] = {}
        for module in self.modules:
            for call in module.calls:
                self.calls.setdefault(_name_of(call.func), []).append((module, call))

    def _enclosing(self, module: _Module, node: ast.AST) -> ast.FunctionDef | None:
        while node in module.parents:
            node = module.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                return node  # type: ignore[return-value]
        return None

    def resolve(self, module: _Module, node: ast.expr, where: ast.AST) -> None:
        key = id(node)  # the trees live as long as the reader: ids are stable
        if key in self.seen:
            return
        self.seen.add(key)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            self.found.codes.add(node.value)
        elif isinstance(node, ast.IfExp):
            self.resolve(module, node.body, where)
            self.resolve(module, node.orelse, where)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            self._dict_values(module, node.value.id, node)
        elif isinstance(node, ast.Attribute):
            self._constant_anywhere(node.attr, node)
        elif isinstance(node, ast.Name):
            self._name(module, node.id, where, node)
        else:
            self._unresolved(module, node)

    def _unresolved(self, module: _Module, node: ast.expr) -> None:
        rel = module.path.relative_to(PACKAGE.parent)
        self.found.unresolved.append(f"{rel}:{node.lineno}: {ast.unparse(node)}")

    def _assigned(self, scope: ast.AST, name: str) -> list[ast.expr]:
        values = []
        for node in ast.walk(scope):
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            ) or (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.target.id == name
                and node.value is not None
            ):
                values.append(node.value)
        return values

    def _dict_values(self, module: _Module, name: str, node: ast.expr) -> None:
        dicts = [v for v in self._assigned(module.tree, name) if isinstance(v, ast.Dict)]
        if not dicts:
            self._unresolved(module, node)
        for d in dicts:
            for value in d.values:
                self.resolve(module, value, value)

    def _constant_anywhere(self, name: str, node: ast.expr) -> None:
        hits = [
            (m, v)
            for m in self.modules
            for stmt in m.tree.body
            if isinstance(stmt, ast.Assign | ast.AnnAssign)
            for v in self._assigned(stmt, name)
        ]
        if not hits:
            self.found.unresolved.append(f"{ast.unparse(node)} (no module constant)")
        for m, v in hits:
            self.resolve(m, v, v)

    def _name(self, module: _Module, name: str, where: ast.AST, node: ast.expr) -> None:
        function = self._enclosing(module, where)
        if function is not None:
            params = [*function.args.posonlyargs, *function.args.args]
            kwonly = function.args.kwonlyargs
            names = [a.arg for a in params]
            if name in names or name in [a.arg for a in kwonly]:
                self._parameter(module, function, name)
                return
            local = self._assigned(function, name)
            if local:
                for value in local:
                    self.resolve(module, value, value)
                return
        values = [v for s in module.tree.body for v in self._assigned(s, name)]
        if not values:
            self._unresolved(module, node)
        for value in values:
            self.resolve(module, value, value)

    def _parameter(self, module: _Module, function: ast.FunctionDef, name: str) -> None:
        """A parameter: its default, and the argument every call of the function gives."""
        args = function.args
        positional = [*args.posonlyargs, *args.args]
        index = (
            [a.arg for a in positional].index(name) if name in [a.arg for a in positional] else -1
        )
        defaults = dict(zip([a.arg for a in positional][::-1], args.defaults[::-1], strict=False))
        defaults |= {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d}
        if name in defaults:
            self.resolve(module, defaults[name], defaults[name])
        method = bool(positional) and positional[0].arg in ("self", "cls")
        stem = module.path.stem
        for other, call in self.calls.get(function.name, []):
            base = _base_of(call.func)
            same_file = other.path == module.path
            if not (base == stem or (same_file and base in ("", "self", "cls"))):
                continue
            for kw in call.keywords:
                if kw.arg == name:
                    self.resolve(other, kw.value, call)
            at = index - (1 if method and isinstance(call.func, ast.Attribute) else 0)
            if index >= 0 and 0 <= at < len(call.args):
                self.resolve(other, call.args[at], call)


def written_codes() -> Found:
    """Every action code written anywhere in radprev_desktop, and what could not be followed.

    The scan (~1.5 s of CPU) runs once per test process: the source does not change during a
    run, and five tests plus a parametrisation at collection ask for it. Each caller gets
    its own copy.
    """
    found = _scan()
    return Found(set(found.codes), list(found.unresolved))


@functools.cache
def _scan() -> Found:
    reader = _Reader()
    for module in reader.modules:
        for call in module.calls:
            name = _name_of(call.func)
            if name == "audit" and call.args and isinstance(call.func, ast.Attribute):
                reader.resolve(module, call.args[0], call)
            elif name == "append" and _base_of(call.func) == "audit":
                for kw in call.keywords:
                    if kw.arg == "action":
                        reader.resolve(module, kw.value, call)
    return reader.found
