"""Every mistake a user can make gets a clear answer and a documented exit code.

Driven in-process with Typer's CliRunner where that is faithful, and as real processes where the
point is the process itself (a module that cannot be imported, a port already taken).
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

import accords
from accords import errors
from accords.cli import EXIT_FAILED, EXIT_PARTIAL, EXIT_USAGE, app
from accords.errors import ArgumentError
from accords.gazetteer import resolve_country_arg
from accords.store import Store

ROOT = Path(__file__).resolve().parents[1]
ACCORDS = str(Path(sys.executable).with_name("accords"))
SENTENCE = "Chile and Peru signed an agreement on trade on Monday."
RUSSIAN = "Россия и Беларусь подписали соглашение о торговле в понедельник."


def flat(text: str) -> str:
    return " ".join(text.split())


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def empty_db(tmp_path: Path) -> str:
    path = str(tmp_path / "empty.db")
    Store(path).close()
    return path


# ---- exit codes, version, help ---------------------------------------------------------------

def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"accords {accords.__version__}"


COMMANDS = ["extract", "eval", "schema", "example", "ingest", "query", "dyad", "search",
            "export", "serve"]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_shows_no_raw_type_names(command: str | None) -> None:
    result = invoke(*([command] if command else []), "--help")
    assert result.exit_code == 0, result.output
    raw = re.findall(r"<[a-z][\w\[\], ]*>", result.stdout)
    assert raw == [], f"{command}: {raw}"


def test_every_error_code_is_documented() -> None:
    codes = {cls.code for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.AccordsError)}
    docs = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    missing = sorted(c for c in codes if f"`{c}`" not in docs)
    assert missing == [], f"docs/errors.md does not explain {missing}"


def test_exit_codes_are_documented_in_the_readme() -> None:
    readme = flat((ROOT / "README.md").read_text(encoding="utf-8"))
    for code in (0, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL):
        assert f"| {code} |" in readme, code


# ---- batches: one line per problem, the batch goes on ----------------------------------------

@pytest.mark.model
def test_ingest_names_each_bad_file_and_exits_3(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE, encoding="utf-8")
    import os

    os.mkfifo(folder / "b-pipe.txt")
    (folder / "c-link.txt").symlink_to("gone.txt")
    (folder / "d.txt").write_text("Kenya and Uganda agreed a rail link.", encoding="utf-8")
    result = invoke("ingest", str(folder), "--db", str(tmp_path / "a.db"), "--json")
    assert result.exit_code == EXIT_PARTIAL, result.output
    assert json.loads(result.stdout)["new"] == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 2, result.stderr
    assert "b-pipe.txt: not a regular file" in lines[0]
    assert "c-link.txt: broken link" in lines[1]


@pytest.mark.model
def test_batch_where_everything_failed_exits_1(tmp_path: Path) -> None:
    (tmp_path / "docs.jsonl").write_bytes(b"not json\n{}\n")
    result = invoke("extract", "--input", str(tmp_path / "docs.jsonl"))
    assert result.exit_code == EXIT_FAILED, result.output


def test_ingest_of_nothing_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = invoke("ingest", str(tmp_path / "empty"), "--db", str(tmp_path / "a.db"))
    assert result.exit_code == EXIT_FAILED
    assert "no documents found" in flat(result.stderr)


# ---- messages are printed as written ---------------------------------------------------------

def test_brackets_in_messages_are_printed(tmp_path: Path) -> None:
    missing = tmp_path / "[draft] notes.txt"
    result = invoke("extract", str(missing))
    assert result.exit_code == EXIT_FAILED
    assert f"[E100] {missing}: no such file or folder" in flat(result.stderr)


def run_without(modules: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    """`accords ARGS` in a fresh interpreter where `modules` cannot be imported, as after an
    install that left them out."""
    block = "".join(f"sys.modules[{m!r}] = None; " for m in modules)
    code = f"import sys; {block}from accords.cli import app; app({list(args)!r})"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)


def test_serve_without_the_web_extra_says_what_to_install(empty_db: str) -> None:
    result = run_without(["fastapi", "uvicorn"], "serve", "--db", empty_db)
    assert result.returncode == EXIT_FAILED
    assert result.stderr.strip() == (
        "error: accords serve needs the module 'uvicorn', which is not installed: "
        "pip install 'accords[web]'")


def test_html_without_its_cleaner_says_what_to_install(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><article><p>" + SENTENCE * 5 + "</p></article></body></html>",
                    encoding="utf-8")
    result = run_without(["lxml_html_clean", "lxml.html.clean"], "ingest", str(page),
                         "--db", str(tmp_path / "a.db"))
    assert result.returncode == EXIT_FAILED
    assert "Traceback" not in result.stderr
    assert f"error: [E201] {page}: reading HTML pages needs the module 'lxml_html_clean', " \
           "which is not installed: pip install 'lxml_html_clean'" in result.stderr


# ---- read-only commands never create a database ----------------------------------------------

@pytest.mark.parametrize("args", [["query", "agreements"], ["dyad", "PAK", "BLR"],
                                  ["search", "trade"], ["export", "--format", "jsonl"],
                                  ["serve"]])
def test_read_only_commands_refuse_a_missing_database(tmp_path: Path, args: list[str]) -> None:
    typo = tmp_path / "typo.db"
    result = invoke(*args, "--db", str(typo))
    assert result.exit_code == EXIT_FAILED, result.output
    assert f"no such database file: {typo}" in flat(result.stderr)
    assert not typo.exists()


# ---- countries -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["PAK", "pak", "PK", "pk", "Pakistan", "pakistan",
                                  "Pakistani", " Pakistan "])
def test_country_arguments_resolve(text: str) -> None:
    assert resolve_country_arg(text) == "PAK"


def test_country_argument_with_a_typo_gets_a_suggestion() -> None:
    with pytest.raises(ArgumentError, match=r"unknown country 'Pakistn'.*did you mean PAK"):
        resolve_country_arg("Pakistn")
    with pytest.raises(ArgumentError, match="unknown country 'XXX'"):
        resolve_country_arg("XXX")


def test_query_country_options(empty_db: str) -> None:
    ok = invoke("query", "agreements", "--country", "pakistan", "--with", "BY", "--db",
                empty_db, "--format", "json")
    assert ok.exit_code == 0, ok.output
    bad = invoke("query", "agreements", "--country", "Pakistn", "--db", empty_db)
    assert bad.exit_code == EXIT_USAGE
    assert "--country: unknown country 'Pakistn'" in flat(bad.stderr)
    assert "did you mean PAK (Pakistan)?" in flat(bad.stderr)


def test_dyad_accepts_names_and_codes_and_refuses_one_country_twice(empty_db: str) -> None:
    for a, b in (("PK", "BY"), ("Pakistan", "Belarus")):
        result = invoke("dyad", a, b, "--db", empty_db, "--format", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["countries"] == ["PAK", "BLR"]
    same = invoke("dyad", "PAK", "Pakistan", "--db", empty_db)
    assert same.exit_code == EXIT_USAGE
    assert "two different countries" in flat(same.stderr)


# ---- options that used to be ignored ---------------------------------------------------------

def test_extract_refuses_one_id_for_several_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    result = invoke("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--id", "X")
    assert result.exit_code == EXIT_USAGE
    assert "--id names one document" in flat(result.stderr)


def test_export_refuses_agreement_filters_for_event_formats(empty_db: str) -> None:
    result = invoke("export", "--format", "gdelt", "--instrument", "mou", "--db", empty_db)
    assert result.exit_code == EXIT_USAGE
    assert "--instrument selects agreements" in flat(result.stderr)


# ---- extract reads what ingest reads ---------------------------------------------------------

@pytest.mark.model
def test_extract_reads_html_and_the_metadata_beside_an_article(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Pact</title></head><body><article><p>" + SENTENCE +
                    "</p><p>Officials said the pact covers copper and fish.</p></article>"
                    "</body></html>", encoding="utf-8")
    result = invoke("extract", str(page), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    spans = [s["text"] for g in record["agreements"] for s in g["evidence"]]
    assert spans and not any("<" in s for s in spans), spans

    article = tmp_path / "visit"
    article.mkdir()
    (article / "article.txt").write_text(SENTENCE, encoding="utf-8")
    (article / "meta.json").write_bytes(orjson.dumps(
        {"id": "visit-1", "published": "2024-03-05", "title": "Trade pact"}))
    result = invoke("extract", str(article / "article.txt"), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)["document"]
    assert (document["id"], document["published"], document["title"]) == \
        ("visit-1", "2024-03-05", "Trade pact")


# ---- one language answer ---------------------------------------------------------------------

@pytest.mark.model
def test_language_is_one_answer_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    extracted = invoke("extract", str(tmp_path / "ru.txt"), "--format", "jsonl")
    assert extracted.exit_code == 0, extracted.output
    assert json.loads(extracted.stdout)["document"]["language"] == "ru"
    assert "warning: ru: skipped: the text is in 'ru', not English" in flat(extracted.stderr)
    db = str(tmp_path / "a.db")
    ingested = invoke("ingest", str(tmp_path / "ru.txt"), "--db", db, "--json")
    assert ingested.exit_code == 0, ingested.output
    assert json.loads(ingested.stdout)["not_english"] == 1
    assert "skipped: the text is in 'ru'" in flat(ingested.stderr)
    documents = invoke("query", "documents", "--db", db, "--format", "json")
    assert [d["language"] for d in json.loads(documents.stdout)] == ["ru"]


# ---- serve -----------------------------------------------------------------------------------

def test_serve_on_a_busy_port_says_so_and_nothing_else(empty_db: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run([ACCORDS, "serve", "--db", empty_db, "--port", str(port)],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == EXIT_FAILED
    assert "Accords on" not in result.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
