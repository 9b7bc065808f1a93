"""The layers stay as DESIGN.md draws them, read with ``ast`` from the source under ``src/``.

* no import cycles between the package's modules (module-level and function-level imports,
  relative or absolute; imports under ``if TYPE_CHECKING:`` are left out, they never run);
* nothing outside the ``cli`` package imports it (but ``__main__``): the command line is the top;
* PySide6 / shiboken6 only under ``ui/``;
* the window's flows (``ui/flows/``) never import the main window, not even for type hints;
* no class under ``ui/`` longer than 500 lines.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "yhteistyo_desktop"
MAX_UI_CLASS_LINES = 500


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, tuple[Path, ast.Module]]:
    found = {}
    for path in sorted((SRC / PACKAGE).rglob("*.py")):
        found[_module_name(path)] = (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


SOURCES = _sources()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST):
    """Every Import/ImportFrom in ``tree`` (also inside functions), skipping ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _imported(module: str, path: Path, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The names of the modules ``node`` loads (outside ones included, as written)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names}
    if node.level:
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{node.module}" if node.module else package
    else:
        base = node.module or ""
    # ``from pkg import sub`` loads pkg (its __init__ runs first) and the module pkg.sub when there
    # is one, else takes names of pkg: a module of a package that imports it back is a cycle.
    return {base} | {f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in SOURCES}


def _graph() -> dict[str, set[str]]:
    return {module: {name for node in _import_nodes(tree) for name in _imported(module, path, node)}
            for module, (path, tree) in SOURCES.items()}


GRAPH = _graph()


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(start: str) -> None:  # iterative: the graph is deep enough to matter
        work = [(start, iter(sorted(graph[start] & graph.keys())))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child] & graph.keys()))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return groups


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_the_graph_is_read_from_the_source():
    """The rules below see real edges (so that they can fail): the window imports the store."""
    assert f"{PACKAGE}.ui.main_window" in GRAPH
    assert any(_in(name, f"{PACKAGE}.store") for name in GRAPH[f"{PACKAGE}.ui.main_window"])
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles():
    assert _cycles(GRAPH) == []


def test_nothing_below_imports_the_command_line():
    """Only the package's ``__main__`` (``python -m yhteistyo_desktop``, the build's entry point)
    stands above the command line."""
    cli = f"{PACKAGE}.cli"
    offenders = sorted(f"{module} -> {name}" for module, names in GRAPH.items()
                       if not _in(module, cli) and module != f"{PACKAGE}.__main__"
                       for name in names if _in(name, cli))
    assert offenders == []


def test_qt_only_under_ui():
    ui = f"{PACKAGE}.ui"
    offenders = sorted(f"{module} -> {name}" for module, names in GRAPH.items() if not _in(module, ui)
                       for name in names if name.split(".")[0] in ("PySide6", "shiboken6"))
    assert offenders == []


def test_flows_never_import_the_main_window():
    """A flow talks to the window through ``flows.host.Window``, also in its type hints."""
    window = f"{PACKAGE}.ui.main_window"
    offenders = sorted(f"{module} -> {window}" for module, (path, tree) in SOURCES.items()
                       if _in(module, f"{PACKAGE}.ui.flows")
                       for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                       if window in _imported(module, path, node))
    assert offenders == []


@pytest.mark.parametrize("module", sorted(m for m in SOURCES if _in(m, f"{PACKAGE}.ui")))
def test_no_long_class_in_ui(module):
    path, tree = SOURCES[module]
    long = [f"{node.name}: {node.end_lineno - node.lineno + 1} lines" for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_UI_CLASS_LINES]
    assert long == [], path
