"""Every third-party module the project imports is a direct dependency.

An extra of another package can vanish in its next release (lxml 6 dropped `html_clean`, which
trafilatura's boilerplate removal imports), and then a fresh install breaks although nothing
here changed. So the package, its tests, benches and scripts may only import what
pyproject.toml names itself, and what the HTML path needs at run time must import.
"""

from __future__ import annotations

import ast
import importlib
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> dict[str, set[str]]:
    """Normalised distribution names per group ("core", or the extra's name)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    groups = {"core": project["dependencies"], **project["optional-dependencies"]}

    def norm(spec: str) -> str:
        name = re.split(r"[\s\[<>=!~;]", spec, maxsplit=1)[0]
        return re.sub(r"[-_.]+", "-", name).lower()

    return {g: {norm(s) for s in specs} for g, specs in groups.items()}


def _imports(folder: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], path)
    return found


def _undeclared(folder: str, allowed: set[str]) -> list[str]:
    dists = packages_distributions()
    # the folder's own modules (a bench importing another bench) are local too
    local = {"accords"} | {p.stem for p in (ROOT / folder).glob("*.py")}
    problems = []
    for module, path in sorted(_imports(ROOT / folder).items()):
        if module in sys.stdlib_module_names or module in local or module.startswith("_"):
            continue
        names = {re.sub(r"[-_.]+", "-", d).lower() for d in dists.get(module, [])}
        if not names:
            problems.append(f"{module} (imported in {path.relative_to(ROOT)}) is not installed")
        elif not names & allowed:
            problems.append(f"{module} (imported in {path.relative_to(ROOT)}) comes from "
                            f"{sorted(names)}, which pyproject.toml does not name")
    return problems


def test_the_package_imports_only_core_and_extra_dependencies():
    declared = _declared()
    allowed = set().union(*declared.values())
    assert _undeclared("src/accords", allowed) == []


def test_tests_benches_and_scripts_import_only_declared_dependencies():
    declared = _declared()
    allowed = set().union(*declared.values())
    problems = []
    for folder in ("tests", "bench", "scripts"):
        problems += _undeclared(folder, allowed)
    assert problems == []


def test_the_html_path_imports_on_a_fresh_install():
    # trafilatura -> justext -> lxml.html.clean: fails when lxml_html_clean is not installed
    for module in ("lxml.html.clean", "trafilatura", "accords.ingest.html"):
        importlib.import_module(module)
    assert "lxml-html-clean" in _declared()["core"]
