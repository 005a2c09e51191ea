"""No import circles in lotrinh: a module never needs, even lazily, a module that needs it.

A circle hides itself behind a function-level import until someone moves that import; the
test reads every module's syntax tree (imports inside functions included, `TYPE_CHECKING`
blocks excluded: they never run) and fails on any strongly connected group of modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(tree: ast.Module, name: str, is_package: bool, modules: set[str]) -> set[str]:
    """The lotrinh modules a module imports, at any depth of its code."""
    found: set[str] = set()
    package = name if is_package else name.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {module for module in found if module in modules and module != name}


def import_graph() -> dict[str, set[str]]:
    """Module → the lotrinh modules it imports."""
    paths = {_module_name(path): path for path in SOURCE.rglob("*.py")}
    modules = set(paths)
    return {
        name: _imported(
            ast.parse(path.read_text(encoding="utf-8")),
            name,
            path.name == "__init__.py",
            modules,
        )
        for name, path in paths.items()
    }


def circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(frozenset(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_the_walk_sees_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [frozenset({"a", "b", "c"})]


def test_the_walk_reads_lazy_and_relative_imports() -> None:
    graph = import_graph()
    assert "lotrinh.core.check" in graph["lotrinh.core"]
    assert "lotrinh.core.values" in graph["lotrinh.core.check"]


def test_lotrinh_has_no_import_circle() -> None:
    found = circles(import_graph())
    assert found == [], "import circles: " + "; ".join(" ↔ ".join(sorted(g)) for g in found)


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The same imports between lotrinh's packages (core, loading, extract, render, …)."""

    def package(module: str) -> str:
        return ".".join(module.split(".")[:2])

    collapsed: dict[str, set[str]] = {package(module): set() for module in graph}
    for module, targets in graph.items():
        collapsed[package(module)].update(
            package(target) for target in targets if package(target) != package(module)
        )
    return collapsed


def test_lotrinh_packages_have_no_import_circle() -> None:
    """No exception is left: the source dispatch that closed loading → extract, excel →
    loading moved to `lotrinh.sources`, above all three."""
    found = circles(package_graph(import_graph()))
    assert found == [], "package circles: " + "; ".join(" ↔ ".join(sorted(g)) for g in found)


def test_the_package_walk_sees_a_circle_between_packages() -> None:
    graph = {"lotrinh.a.x": {"lotrinh.b.y"}, "lotrinh.b.y": {"lotrinh.a.z"}, "lotrinh.a.z": set()}
    assert circles(package_graph(graph)) == [frozenset({"lotrinh.a", "lotrinh.b"})]
