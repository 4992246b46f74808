"""The `accords` command: each command parses options, calls one library function, prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from accords.errors import AccordsError
from accords.ingest.documents import MAX_TEXT_BYTES
from accords.model import Record, record_json_schema

app = typer.Typer(
    help="Accords: who agreed what with whom, when and where, from news text.",
    no_args_is_help=True,
    add_completion=False,
)
# wide enough for the agreements table when the output is a file or a pipe
out = Console(width=None if sys.stdout.isatty() else 150)
err = Console(stderr=True)


def _dump(record: Record, fmt: str) -> str:
    if fmt == "jsonl":
        return orjson.dumps(record.to_dict()).decode()
    return json.dumps(record.to_dict(), indent=2, ensure_ascii=False)


def print_table(record: Record) -> None:
    """A readable summary: agreements first, then events."""
    names = {a.id: a.name for a in record.actors}
    doc = record.document
    out.print(f"[bold]{doc.id}[/bold]  {doc.title or ''}  published {doc.published or '?'}")
    agreements = Table(title=f"Agreements ({len(record.agreements)})", show_lines=False)
    for col in ("id", "instrument", "subject", "parties", "countries", "sectors", "status",
                "date"):
        agreements.add_column(col)
    for g in record.agreements:
        date = ""
        if g.date and g.date.start:
            date = g.date.start if g.date.end in (None, g.date.start) else \
                f"{g.date.start}..{g.date.end}"
        agreements.add_row(
            g.id, g.instrument, g.subject or "", " / ".join(names.get(p, p) for p in g.parties),
            ",".join(g.countries), ",".join(g.sectors),
            g.status or "" if g.modality == "asserted" else f"{g.status} ({g.modality})", date,
        )
    out.print(agreements)
    events = Table(title=f"Events ({len(record.events)})")
    for col in ("id", "event", "cameo", "actor", "recipient", "modality", "date", "place"):
        events.add_column(col)
    for e in record.events:
        events.add_row(
            e.id, e.event + (f"/{e.mode}" if e.mode else ""), e.cameo or "",
            ", ".join(names.get(a, a) for a in e.actor),
            ", ".join(names.get(a, a) for a in e.recipient), e.modality,
            (e.date.start or "") if e.date else "", e.place.name if e.place else "",
        )
    out.print(events)


@app.command()
def extract(
    files: Annotated[list[Path] | None, typer.Argument(help="Article text files.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    title: Annotated[str | None, typer.Option(help="Headline.")] = None,
    dateline: Annotated[str | None, typer.Option(help="Dateline place, e.g. MINSK.")] = None,
    id: Annotated[str | None, typer.Option("--id", help="Document id.")] = None,
    input: Annotated[Path | None, typer.Option(
        "--input", help="JSONL of documents: id, text, published, title, dateline, url, "
        "source.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", help="Write records here (JSONL) instead of standard output.")] = None,
    format: Annotated[str, typer.Option(
        "--format", help="json, jsonl or table.")] = "json",
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", min=1, help="Refuse articles larger than this (UTF-8 bytes).")
    ] = MAX_TEXT_BYTES,
) -> None:
    """Extract actors, events and agreements from articles and print the records."""
    from accords.extract import extract as run_extract
    from accords.ingest.documents import iter_jsonl, read_text_file

    if format not in ("json", "jsonl", "table"):
        raise typer.BadParameter("--format must be json, jsonl or table")
    if not files and input is None:
        raise typer.BadParameter("give article files or --input docs.jsonl")
    items: list = []
    if input is not None:
        if not input.exists():
            err.print(f"[red]error:[/red] {input}: no such file")
            raise typer.Exit(2)
        items.extend(iter_jsonl(input, max_bytes=max_bytes))
    for path in files or []:
        try:
            items.append(read_text_file(path, published=published, title=title,
                                        dateline=dateline, id=id if len(files or []) == 1
                                        else None, max_bytes=max_bytes))
        except AccordsError as exc:
            items.append(exc)
    sink = output.open("w", encoding="utf-8") if output else None
    failed = 0
    batch = len(items) > 1
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err, disable=not batch,
                      transient=True) as progress:
            task = progress.add_task("extracting", total=len(items))
            for item in items:
                progress.advance(task)
                if isinstance(item, AccordsError):
                    failed += 1
                    err.print(f"[red]error:[/red] {item}")
                    continue
                d = item.document
                try:
                    record = run_extract(item.text, published=d.published, title=d.title,
                                         dateline=d.dateline, id=d.id, source=d.source,
                                         url=d.url, max_bytes=max_bytes)
                except AccordsError as exc:
                    failed += 1
                    err.print(f"[red]error:[/red] {exc}")
                    continue
                if sink is not None:
                    sink.write(_dump(record, "jsonl") + "\n")
                elif format == "table":
                    print_table(record)
                else:
                    out.print_json(_dump(record, "json")) if format == "json" and \
                        sys.stdout.isatty() else print(_dump(record, format))
    finally:
        if sink is not None:
            sink.close()
    if batch or failed:
        err.print(f"{len(items) - failed} extracted, {failed} failed")
    if failed and failed == len(items):
        raise typer.Exit(1)


@app.command("eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME/article.txt, meta.json, "
                                                  "gold.json.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    details: Annotated[bool, typer.Option("--details",
                                          help="List misses and false positives.")] = False,
) -> None:
    """Score the extractor against gold records: precision, recall, F1 and accuracies."""
    from accords.evaluate import evaluate_dir, report_details, report_table

    try:
        report = evaluate_dir(gold_dir, progress=not as_json)
    except AccordsError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps(report, indent=2))
        return
    out.print(report_table(report))
    if details:
        out.print(report_details(report))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    print(json.dumps(record_json_schema(), indent=2))


@app.command()
def example(
    format: Annotated[str, typer.Option("--format", help="json, jsonl or table.")] = "table",
) -> None:
    """Extract the article bundled with the package (see accords/examples/SOURCE.md)."""
    from importlib.resources import files

    from accords.extract import extract as run_extract

    base = files("accords") / "examples"
    meta = json.loads((base / "pak-blr-visit.json").read_text(encoding="utf-8"))
    text = (base / "pak-blr-visit.txt").read_text(encoding="utf-8")
    record = run_extract(text, published=meta["published"], title=meta.get("title"),
                         dateline=meta.get("dateline"), id=meta["id"])
    if format == "table":
        print_table(record)
    else:
        print(_dump(record, format))


def main() -> None:  # pragma: no cover - console entry point
    app()
