"""The `accords` command line, driven in-process with Typer's CliRunner.

File names are given relative to a temporary working folder so that messages naming them stay
short (the console wraps long lines).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

import accords
from accords.cli import EXIT_PARTIAL, app
from accords.errors import InputError
from accords.ingest.documents import MAX_TEXT_BYTES
from accords.model import Record
from accords.nlp import MAX_CHUNK_CHARS

SENTENCE = "Chile and Peru signed an agreement on trade on Monday."
FRENCH = (
    "Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine. Les "
    "députés doivent en débattre dans les semaines qui viennent, alors que l'opposition "
    "critique des économies jugées trop sévères pour les hôpitaux et les écoles."
)
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def flat(text: str) -> str:
    """Output with the console's line wrapping undone."""
    return " ".join(text.split())


# --- extract ---------------------------------------------------------------------------------


@pytest.mark.model
def test_extract_prints_json_with_the_document_id(runner: CliRunner, workdir: Path) -> None:
    (workdir / "article.txt").write_text(SENTENCE, encoding="utf-8")
    result = runner.invoke(
        app, ["extract", "article.txt", "--id", "my-doc", "--published", "2024-03-07"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"]["id"] == "my-doc"
    assert data["document"]["published"] == "2024-03-07"
    record = Record.model_validate(data)
    assert [sorted(g.countries) for g in record.agreements] == [["CHL", "PER"]]


@pytest.mark.model
def test_extract_id_defaults_to_the_file_stem(runner: CliRunner, workdir: Path) -> None:
    (workdir / "chile-peru.txt").write_text(SENTENCE, encoding="utf-8")
    result = runner.invoke(app, ["extract", "chile-peru.txt", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    assert json.loads(lines[0])["document"]["id"] == "chile-peru"


@pytest.mark.model
def test_extract_table(runner: CliRunner, workdir: Path) -> None:
    (workdir / "article.txt").write_text(SENTENCE, encoding="utf-8")
    result = runner.invoke(app, ["extract", "article.txt", "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "Agreements" in result.stdout
    assert "Events" in result.stdout
    assert "CHL" in result.stdout


def test_extract_rejects_an_unknown_format(runner: CliRunner, workdir: Path) -> None:
    (workdir / "article.txt").write_text(SENTENCE, encoding="utf-8")
    result = runner.invoke(app, ["extract", "article.txt", "--format", "xml"])
    assert result.exit_code != 0
    assert "json" in flat(result.output)


@pytest.mark.model
def test_extract_jsonl_batch_skips_bad_lines(runner: CliRunner, workdir: Path) -> None:
    lines = [
        orjson.dumps({"id": "good-1", "text": SENTENCE, "published": "2024-03-07"}),
        b"this line is not JSON",
        orjson.dumps({"id": "no-text", "title": "A headline without an article"}),
        orjson.dumps({"id": "good-2", "text": "France and Germany will sign a defence pact."}),
    ]
    (workdir / "docs.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    result = runner.invoke(app, ["extract", "--input", "docs.jsonl", "--output", "out.jsonl"])
    assert result.exit_code == EXIT_PARTIAL, result.output  # done, but not all of it
    records = [
        Record.model_validate(json.loads(line))
        for line in (workdir / "out.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert [r.document.id for r in records] == ["good-1", "good-2"]
    assert records[0].document.published == "2024-03-07"
    message = flat(result.output)
    assert "docs.jsonl:2" in message, message
    assert "docs.jsonl:3" in message, message
    assert "docs.jsonl:1" not in message and "docs.jsonl:4" not in message, message
    assert "text" in message  # line 3 is missing 'text'


def test_extract_empty_file_is_a_clear_error(runner: CliRunner, workdir: Path) -> None:
    (workdir / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", "empty.txt"])
    assert result.exit_code != 0
    message = flat(result.output)
    assert "empty.txt" in message
    assert "empty" in message.replace("empty.txt", "")
    assert not result.stdout.strip().startswith("{")


def test_extract_binary_file_is_a_clear_error(runner: CliRunner, workdir: Path) -> None:
    (workdir / "picture.txt").write_bytes(PNG_HEADER)
    result = runner.invoke(app, ["extract", "picture.txt"])
    assert result.exit_code != 0
    message = flat(result.output)
    assert "picture.txt" in message
    assert "binary" in message
    assert "Traceback" not in result.output


def test_extract_missing_input_file(runner: CliRunner, workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "--input", "nowhere.jsonl"])
    assert result.exit_code != 0
    assert "nowhere.jsonl" in flat(result.output)


@pytest.mark.model
def test_extract_french_text_has_language_and_no_agreements(
    runner: CliRunner, workdir: Path
) -> None:
    (workdir / "budget.txt").write_text(FRENCH, encoding="utf-8")
    result = runner.invoke(app, ["extract", "budget.txt"])
    assert result.exit_code == 0, result.output
    record = Record.model_validate(json.loads(result.stdout))
    assert record.document.language == "fr"
    assert record.agreements == []
    assert record.events == []


@pytest.mark.model
def test_french_text_through_the_api() -> None:
    record = accords.extract(FRENCH, id="fr")
    assert record.document.language == "fr"
    assert record.agreements == []


# --- a long text -------------------------------------------------------------------------------


@pytest.mark.model
def test_long_text_keeps_exact_offsets(examples_dir: Path) -> None:
    """A paragraph of an example repeated 800 times (about 380 KB, parsed in four blocks), then
    the whole article: every offset, also those past the block joins, indexes the text exactly."""
    article = (examples_dir / "pak-blr-visit" / "article.txt").read_text(encoding="utf-8")
    paragraph = next(p for p in article.split("\n\n") if "special dinner" in p)
    text = "\n\n".join([paragraph] * 800) + "\n\n" + article
    assert len(text) > 3 * MAX_CHUNK_CHARS
    record = accords.extract(text, published="2025-04-12", id="long")
    Record.model_validate(record.to_dict())
    spans = [s for a in record.actors for s in a.mentions]
    spans += [s for e in record.events for s in e.evidence]
    spans += [s for g in record.agreements for s in g.evidence]
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text, span
    tail = len(text) - len(article)
    late = [g for g in record.agreements if g.evidence and g.evidence[0].start >= tail]
    assert late, "the article at the end of the long text yields its agreements"
    assert max(s.end for s in spans) > tail


@pytest.mark.model
def test_five_megabyte_text_is_refused_and_the_batch_goes_on(
    runner: CliRunner, workdir: Path
) -> None:
    """A 5 MB document is over the default limit: a clear error naming it and its line (the
    text is refused before parsing), and the documents around it are still extracted."""
    big = ("Pakistan and Belarus signed a roadmap on trade. " * 110_000)[: 5 * 1024 * 1024]
    assert len(big.encode("utf-8")) >= 5 * 1024 * 1024
    lines = [
        orjson.dumps({"id": "before", "text": SENTENCE}),
        orjson.dumps({"id": "huge", "text": big}),
        orjson.dumps({"id": "after", "text": "France and Germany will sign a defence pact."}),
    ]
    (workdir / "docs.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    result = runner.invoke(app, ["extract", "--input", "docs.jsonl", "--output", "out.jsonl"])
    assert result.exit_code == EXIT_PARTIAL, result.output
    ids = [json.loads(line)["document"]["id"]
           for line in (workdir / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == ["before", "after"]
    message = flat(result.output)
    assert "docs.jsonl:2" in message and "too large" in message, message
    assert f"{MAX_TEXT_BYTES:,}" in message, message
    (workdir / "big.txt").write_text(big, encoding="utf-8")
    result = runner.invoke(app, ["extract", "big.txt"])
    assert result.exit_code != 0
    assert "big.txt" in flat(result.output) and "too large" in flat(result.output)
    with pytest.raises(InputError, match="too large"):
        accords.extract(big, id="huge")
    # a raised limit lets a large text through (a short one here, to keep the test quick)
    with pytest.raises(InputError, match="too large"):
        accords.extract(SENTENCE, id="tiny-limit", max_bytes=10)
    assert accords.extract(SENTENCE, max_bytes=len(SENTENCE)).agreements


# --- schema ----------------------------------------------------------------------------------


def test_schema_is_a_json_schema(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert schema["type"] == "object"
    for key in ("document", "actors", "events", "agreements"):
        assert key in schema["properties"]


# --- eval --------------------------------------------------------------------------------------


@pytest.fixture
def two_examples(examples_dir: Path, workdir: Path) -> Path:
    gold = workdir / "gold"
    for name in ("pak-blr-visit", "reuters21578_07087"):
        if not (examples_dir / name).is_dir():
            pytest.skip(f"example {name} not present")
        shutil.copytree(examples_dir / name, gold / name)
    return gold


@pytest.mark.model
def test_eval_prints_a_table(runner: CliRunner, two_examples: Path) -> None:
    result = runner.invoke(app, ["eval", "gold"])
    assert result.exit_code == 0, result.output
    for word in ("agreements", "parties", "events", "actors"):
        assert word in result.stdout
    assert re.search(r"\b[01]\.\d{3}\b", result.stdout)


@pytest.mark.model
def test_eval_json(runner: CliRunner, two_examples: Path) -> None:
    result = runner.invoke(app, ["eval", "gold", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    for key in ("agreements", "parties", "events", "actors"):
        assert key in report
        for measure in ("precision", "recall", "f1"):
            assert 0.0 <= report[key][measure] <= 1.0
    assert report["agreements"]["tp"] >= 1


def test_eval_empty_folder_fails_naming_it(runner: CliRunner, workdir: Path) -> None:
    (workdir / "no-gold-here").mkdir()
    result = runner.invoke(app, ["eval", "no-gold-here"])
    assert result.exit_code != 0
    assert "no-gold-here" in flat(result.output)
    assert "Traceback" not in result.output
