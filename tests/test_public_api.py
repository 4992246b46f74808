"""The public surface: `accords.__all__`, the commands and their help, and the README."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import accords
from accords.cli import app

COMMANDS = ("extract", "eval", "schema", "example", "ingest", "query", "dyad", "search",
            "export", "serve")
README = Path(__file__).resolve().parents[1] / "README.md"


def _group():
    """The Click group behind the Typer app (Typer may bundle its own Click: no isinstance)."""
    group = typer.main.get_command(app)
    assert hasattr(group, "commands"), type(group)
    return group


def test_all_is_sorted_and_unique() -> None:
    assert list(accords.__all__) == sorted(accords.__all__)
    assert len(set(accords.__all__)) == len(accords.__all__)


@pytest.mark.parametrize("name", accords.__all__)
def test_every_public_name_is_importable(name: str) -> None:
    module = importlib.import_module("accords")
    assert getattr(module, name) is not None
    assert name in dir(module)


def test_store_is_public() -> None:
    assert {"Store", "Filters"} <= set(accords.__all__)


def test_extract_is_public() -> None:
    assert "extract" in accords.__all__
    assert "Record" in accords.__all__
    assert callable(accords.extract)


def test_the_commands_exist() -> None:
    assert set(COMMANDS) <= set(_group().commands)


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    for name in _group().commands:
        assert name in result.output, name


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_has_help(name: str) -> None:
    command = _group().commands[name]
    assert (command.help or "").strip(), f"`accords {name}` has no help text"
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert command.help.strip().split("\n")[0][:30] in " ".join(result.output.split())
    for param in command.params:
        if param.param_type_name == "option" and param.name != "help":
            assert (param.help or "").strip(), f"`accords {name}` option {param.opts} has no help"


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_mentions_every_command(name: str) -> None:
    if not README.is_file():
        pytest.fail(f"{README} is missing")
    text = README.read_text(encoding="utf-8")
    assert f"accords {name}" in text, f"README.md does not mention `accords {name}`"
