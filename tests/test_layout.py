"""The layout the README describes: one package per stage under `transforms/`, each saying what it takes and returns,
modules of one idea and at most 300 lines, and callers outside a package importing from the package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

CODE_DIRS = ("flows", "transforms", "warehouse")
MAX_LINES = 300
MODULES = sorted(p for d in CODE_DIRS for p in (ROOT / d).rglob("*.py"))
PACKAGES = {str(p.parent.relative_to(ROOT)).replace("/", ".") for p in (ROOT / "transforms").rglob("__init__.py")}


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_every_module_is_short_and_says_its_idea(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_LINES
    docstring = ast.get_docstring(ast.parse(source))
    assert docstring and docstring.split("\n")[0].strip(), "the first docstring line states the module's idea"


@pytest.mark.parametrize("package", sorted(PACKAGES - {"transforms"}))
def test_every_stage_package_names_its_entry_points(package: str) -> None:
    init = ROOT / package.replace(".", "/") / "__init__.py"
    tree = ast.parse(init.read_text(encoding="utf-8"))
    assert len(ast.get_docstring(tree) or "") > 80, "the docstring says what the stage takes and returns"
    assigned = {ast.unparse(node.targets[0]): node.value for node in tree.body if isinstance(node, ast.Assign)}
    exported = assigned.get("__all__")
    assert exported is not None and ast.literal_eval(exported), "the package exports its entry points"


def _own_package(path: Path) -> str:
    """The package a module belongs to (for `__init__.py`, the package itself)."""
    return ".".join(path.relative_to(ROOT).parts[:-1])


def test_callers_import_a_package_not_its_insides() -> None:
    """Outside a stage package, code (not tests, which may test a module directly) imports from the package."""
    reaching_in = []
    for path in MODULES:
        own = _own_package(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.module or node.module in PACKAGES:
                continue
            parent = node.module.rsplit(".", 1)[0]
            if parent in PACKAGES and parent != "transforms" and not (own == parent or own.startswith(parent + ".")):
                reaching_in.append(f"{_name(path)}: from {node.module} import ...")
    assert reaching_in == []
