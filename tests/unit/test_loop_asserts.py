"""A test that asserts inside a loop first asserts that the loop has something to check.

Otherwise an empty collection (a query that found nothing, a list built wrong)
lets the test pass without checking anything. Read with `ast`: a `for` loop in a
test whose body asserts must follow an assert naming what it iterates, unless it
iterates a literal or is listed below with the reason it may be empty.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

# "path::test" → why its loop needs no separate non-empty check.
MAY_BE_EMPTY: dict[str, str] = {
    "security/test_house_rules.py::test_no_qt_network_module_anywhere": (
        "inner loop over one file's imports (a file may import nothing); the files are asserted"
    ),
    "unit/test_import_parity.py::test_same_packages_same_content": (
        "zip(strict=True) of two row lists; COMPARED is asserted and strict zip fails on a gap"
    ),
    "unit/test_policy.py::test_core_asks_roles_only_through_the_policy": (
        "lines of each core file, which may hold none of the pattern"
    ),
    "unit/test_reports.py::test_fonts_are_embedded": "each page's font resources, per page",
    "unit/test_safeguards.py::test_never_fails_on_any_text": (
        "hypothesis text: most texts match nothing, which is the point"
    ),
    "unit/test_training_feedback.py::test_made_to_order_mistakes_are_each_caught": (
        "per scenario (parametrized): a scenario may have no tempting item or protective factor"
    ),
    "unit/test_training_reports.py::"
    "test_every_report_from_a_training_vault_carries_the_mark_on_every_page": (
        "pages of each report; the reports are asserted"
    ),
    "unit/test_catalogues.py::test_incomplete_language_is_refused_with_the_offered_ones": (
        "offered languages, asserted in the loop's own message check"
    ),
    "unit/test_checklists.py::test_random_answers_save_whole_or_not_at_all": (
        "hypothesis answers: a random run may keep no observed indicator"
    ),
    "unit/test_code_shape.py::test_the_data_table_allowances_name_real_places": (
        "the data-table allowances, empty when nothing needs one"
    ),
    "unit/test_handover.py::test_the_handover_holds_only_what_the_policy_allows": (
        "CANARIES, a literal tuple at the top of the module"
    ),
    "unit/test_language_files.py::test_offered_language_has_a_sensitive_term_list_of_its_own": (
        "the members of the safeguards.Category enum"
    ),
    "unit/test_language_files.py::test_every_language_file_lines_up_with_its_source": (
        "SOURCES, a literal tuple at the top of the module"
    ),
    "unit/test_templates.py::test_sample_items_never_name_religion_ethnicity_or_nationality": (
        "each domain's or item's own texts (an item may have no help); the parts are asserted"
    ),
    "unit/test_language_files.py::test_shared_sources_hold_english_only": (
        "SOURCES, a literal tuple at the top of the module"
    ),
}


def _base(node: ast.expr) -> ast.expr:
    """`x` for `x.items()`, `x.values()`, `x.keys()`, `list(x)`, `sorted(x)`."""
    if not isinstance(node, ast.Call):
        return node
    func = node.func
    if (
        not node.args
        and isinstance(func, ast.Attribute)
        and func.attr in {"items", "values", "keys"}
    ):
        return func.value
    if node.args and isinstance(func, ast.Name) and func.id in {"list", "sorted", "enumerate"}:
        return node.args[0]
    return node


def unchecked_loops(source: str) -> list[tuple[str, int]]:
    """(test name, line) of each loop that asserts without a prior non-empty check."""
    tree = ast.parse(source)
    found: list[tuple[str, int]] = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test_"):
            continue
        asserts = [n for n in ast.walk(fn) if isinstance(n, ast.Assert)]
        for loop in ast.walk(fn):
            if not isinstance(loop, ast.For):
                continue
            if not any(isinstance(n, ast.Assert) for n in ast.walk(loop)):
                continue
            target = _base(loop.iter)
            if isinstance(target, ast.Tuple | ast.List | ast.Set | ast.Constant):
                continue
            if isinstance(target, ast.Call) and getattr(target.func, "id", "") == "range":
                continue
            text = ast.unparse(target)
            if not any(a.lineno < loop.lineno and text in ast.unparse(a) for a in asserts):
                found.append((fn.name, loop.lineno))
    return found


def test_every_loop_that_asserts_has_something_to_check() -> None:
    files = sorted(TESTS.rglob("test_*.py"))
    assert len(files) > 50, "the tests were not found"
    problems = [
        f"{key}:{line}"
        for path in files
        for name, line in unchecked_loops(path.read_text(encoding="utf-8"))
        if (key := f"{path.relative_to(TESTS).as_posix()}::{name}") not in MAY_BE_EMPTY
    ]
    assert not problems, "assert the collection is not empty first:\n" + "\n".join(problems)


def test_the_allowances_name_real_tests() -> None:
    assert MAY_BE_EMPTY
    for key, why in MAY_BE_EMPTY.items():
        path, _, name = key.partition("::")
        assert f"def {name}(" in (TESTS / path).read_text(encoding="utf-8"), key
        assert why.strip(), key


def test_the_checker_sees_an_unchecked_loop() -> None:
    bad = "def test_x(rows):\n    for r in rows:\n        assert r\n"
    assert unchecked_loops(bad) == [("test_x", 2)]
    good = "def test_x(rows):\n    assert rows\n    for r in rows.items():\n        assert r\n"
    assert unchecked_loops(good) == []
    literal = "def test_x():\n    for r in (1, 2):\n        assert r\n"
    assert unchecked_loops(literal) == []
