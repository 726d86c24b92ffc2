"""The shape of the house: import contracts, no import circles, a docstring per package.

The contracts themselves live in pyproject.toml (``[tool.importlinter]``) and
CI runs ``lint-imports`` after ruff; running it here as well means the README's
single test command also catches a forbidden import. The cycle check walks
grimp's graph of direct imports (function-level imports included, so a circle
cannot hide inside a function) and names every circle it finds.
"""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from tests.conftest import ROOT

PACKAGES = ("core", "desktop")


def test_the_import_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "lint-imports is missing: pip install -e '.[test]'"
    done = subprocess.run(
        [lint, "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "BROKEN" not in done.stdout
    assert " 0 broken" in done.stdout


def import_circles(imports: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other round in a circle (Tarjan).

    ``imports`` maps a module to the modules it imports directly. Each group is
    sorted; a module importing itself counts as a circle of one.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(start: str) -> None:
        # iterative depth-first search, so a long chain cannot hit the recursion limit
        work = [(start, iter(sorted(imports.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            module, pending = work[-1]
            child = next(pending, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(imports.get(child, ())))))
                elif child in on_stack:
                    low[module] = min(low[module], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
            if low[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1 or module in imports.get(module, ()):
                    circles.append(sorted(group))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    return sorted(circles)


@pytest.mark.parametrize(
    ("imports", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"a"}}, [["a"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        (
            {"a": {"b"}, "b": {"a", "c"}, "c": {"d"}, "d": {"c"}, "e": {"d"}},
            [["a", "b"], ["c", "d"]],
        ),
        ({"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": set()}, []),  # a diamond
    ],
)
def test_the_circle_finder_finds_exactly_the_circles(imports, expected):
    assert import_circles(imports) == expected


def test_a_long_chain_does_not_exhaust_the_stack():
    chain = {f"m{i}": {f"m{i + 1}"} for i in range(5000)}
    assert import_circles(chain) == []
    chain["m5000"] = {"m0"}
    assert [len(c) for c in import_circles(chain)] == [5001]


def test_no_core_module_imports_itself_round_in_a_circle():
    graph = grimp.build_graph("core", cache_dir=None)
    imports = {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}
    circles = import_circles(imports)
    assert circles == [], "import circles in core: " + "; ".join(
        " ↔ ".join(c) for c in circles
    )


def package_dirs() -> list[Path]:
    return sorted(
        init.parent for name in PACKAGES for init in (ROOT / name).rglob("__init__.py")
    )


def test_every_package_says_in_one_line_what_lives_there():
    assert len(package_dirs()) >= 2 + 7 + 7  # core, desktop and their sub-packages
    for package in package_dirs():
        where = package.relative_to(ROOT)
        tree = ast.parse((package / "__init__.py").read_text(encoding="utf-8"))
        doc = ast.get_docstring(tree, clean=True)
        assert doc, f"{where}/__init__.py has no docstring"
        lines = doc.splitlines()
        summary = lines[0]
        assert summary.endswith("."), f"{where}: the first line is not a sentence"
        assert len(lines) == 1 or not lines[1].strip(), (
            f"{where}: the summary runs on past its first line"
        )
        assert len(summary) <= 88, f"{where}: the summary line is too long"
