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
from accords.model import Record, jsonable, record_json_schema

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

WorkersOption = Annotated[int | None, typer.Option(
    "--workers", min=1, help="Extract in this many local worker processes.")]
SchedulerOption = Annotated[str | None, typer.Option(
    "--scheduler", help="Extract on a Dask cluster: its scheduler, e.g. tcp://host:8786.")]


def _backend(workers: int | None, scheduler: str | None):  # type: ignore[no-untyped-def]
    from accords.scale import backend_for

    try:
        return backend_for(workers, scheduler)
    except (OSError, ValueError, ImportError) as exc:
        err.print(f"[red]error:[/red] cannot start the workers: {exc}")
        raise typer.Exit(2) from exc


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
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Extract actors, events and agreements from articles and print the records."""
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
            for _item, record in _extracted(items, max_bytes, workers, scheduler):
                progress.advance(task)
                if isinstance(record, BaseException):
                    failed += 1
                    err.print(f"[red]error:[/red] {record}")
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


def _extracted(items: list, max_bytes: int, workers: int | None,
               scheduler: str | None):  # type: ignore[no-untyped-def]
    """(item, record or error) for each item, in order; on workers when asked for."""
    from accords.scale import ordered_map
    from accords.store.ingest import DocumentExtractor

    run = DocumentExtractor(max_bytes=max_bytes)
    backend = _backend(workers, scheduler)
    try:
        yield from ordered_map(backend, run, items)
    finally:
        backend.close()


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

# ---- the corpus store ------------------------------------------------------------------------

DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="ACCORDS_DB",
    help="Database: a SQLite file (default accords.db) or postgresql://user@host/db.")]


def _open_store(db: str | None):  # type: ignore[no-untyped-def]
    from accords.store import Store

    try:
        return Store(db)
    except AccordsError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Text, HTML, RSS/Atom, JSONL or CSV files; Reuters-21578 or BBC folders; "
             "other folders are walked.")],
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(
        help="Publication date for plain text files, YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Stop after this many documents.")]
    = None,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", min=1, help="Refuse articles larger than this (UTF-8 bytes).")
    ] = MAX_TEXT_BYTES,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Extract and store documents; the same agreement from several sources becomes one."""
    from rich.progress import SpinnerColumn

    from accords.ingest.sources import iter_sources
    from accords.store.ingest import ingest as run_ingest

    store = _open_store(db)
    items = iter_sources(paths, max_bytes=max_bytes, published=published, limit=limit)
    columns = [SpinnerColumn(), TextColumn("{task.description}")]
    if limit:
        columns += [BarColumn(), MofNCompleteColumn()]
    columns += [TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
    try:
        with Progress(*columns, console=err, transient=True, disable=as_json) as progress:
            task = progress.add_task("ingesting", total=limit, rate="")

            def advance(summary) -> None:  # type: ignore[no-untyped-def]
                progress.update(task, completed=summary.documents,
                                description=f"ingesting: {summary.new} new, "
                                            f"{summary.known} known, {summary.failed} failed",
                                rate=f"{summary.rate:.1f} articles/s")

            def report(message: str) -> None:
                progress.console.print(f"[red]error:[/red] {message}")

            backend = _backend(workers, scheduler)
            try:
                summary = run_ingest(store, items, on_item=advance, on_error=report,
                                     backend=backend)
            finally:
                backend.close()
    finally:
        store.close()
    if as_json:
        print(json.dumps(summary.as_dict(), indent=2))
    else:
        table = Table(title="Ingest summary", show_header=False)
        table.add_column("what")
        table.add_column("count", justify="right")
        for label, value in (
            ("documents read", summary.documents), ("new", summary.new),
            ("already known", summary.known),
            ("same text, new id or URL", summary.duplicates), ("failed", summary.failed),
            ("near-duplicates (wire re-sends)", summary.near_duplicates),
            ("records added", summary.added), ("records merged", summary.merged),
            ("articles/s", f"{summary.rate:.1f}"),
        ):
            table.add_row(label, str(value))
        out.print(table)
    if summary.failed and summary.failed == summary.documents:
        raise typer.Exit(1)


QUERY_KINDS = ("agreements", "events", "actors", "documents")


@app.command()
def query(
    what: Annotated[str, typer.Argument(help="agreements, events, actors or documents.")],
    db: DbOption = None,
    country: Annotated[str | None, typer.Option(help="A country taking part (ISO alpha-3).")]
    = None,
    with_: Annotated[str | None, typer.Option(
        "--with", help="A second country taking part (ISO alpha-3).")] = None,
    sector: Annotated[str | None, typer.Option(help="Agreement sector, e.g. defence.")] = None,
    instrument: Annotated[str | None, typer.Option(help="mou, agreement, treaty, ...")] = None,
    status: Annotated[str | None, typer.Option(help="signed, agreed, ...")] = None,
    event: Annotated[str | None, typer.Option(help="PLOVER type or CAMEO code.")] = None,
    kind: Annotated[str | None, typer.Option(help="Actor kind: person, organization, ...")]
    = None,
    since: Annotated[str | None, typer.Option(help="From this date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, YYYY-MM-DD.")] = None,
    text: Annotated[str | None, typer.Option(help="Full-text search.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many rows.")] = 50,
    format: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
) -> None:
    """List stored agreements, events, actors or documents that match the filters."""
    from accords.store import Filters

    if what not in QUERY_KINDS:
        raise typer.BadParameter(f"choose one of {', '.join(QUERY_KINDS)}")
    if format not in ("table", "json", "csv"):
        raise typer.BadParameter("--format must be table, json or csv")
    for value, name in ((since, "--since"), (until, "--until")):
        _check_date(value, name)
    filters = Filters(country=country, with_country=with_, sector=sector,
                      instrument=instrument, status=status, event=event, kind=kind,
                      since=since, until=until, text=text, limit=limit)
    store = _open_store(db)
    try:
        rows = getattr(store, what)(filters)
        names = _actor_names(store, rows) if what in ("agreements", "events") else {}
    finally:
        store.close()
    flat_rows = [_flat(what, r, names) for r in rows]
    if format == "json":
        print(json.dumps([r if isinstance(r, dict) else r.model_dump(mode="json")
                          for r in rows], indent=2, ensure_ascii=False))
    elif format == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(flat_rows[0]) if flat_rows else
                                ["id"])
        writer.writeheader()
        writer.writerows(flat_rows)
    else:
        _print_rows(f"{what.capitalize()} ({len(rows)})", flat_rows)


def _print_rows(title: str, rows: list[dict[str, str]]) -> None:
    if not rows:
        out.print(f"{title}: none")
        return
    table = Table(title=title)
    for col in rows[0]:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*[str(v) for v in row.values()])
    out.print(table)


def _actor_names(store, rows) -> dict[str, str]:  # type: ignore[no-untyped-def]
    ids = {i for r in rows for field in ("parties", "signatories", "actor", "recipient")
           for i in getattr(r, field, [])}
    return {k: v.name for k, v in store.actors_by_id(ids).items()}


def _check_date(value: str | None, name: str) -> None:
    from datetime import date

    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{name} must be a date such as 2025-04-12") from None


def _flat(what: str, r, names: dict[str, str]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    def who(ids: list[str]) -> str:
        return "; ".join(names.get(i, i) for i in ids)

    if what == "agreements":
        return {"id": r.id, "instrument": r.instrument, "subject": r.subject or "",
                "sectors": ", ".join(r.sectors), "countries": "-".join(r.countries),
                "parties": who(r.parties), "status": r.status or "",
                "date": _when(r.date), "sources": str(len(r.sources))}
    if what == "events":
        return {"id": r.id, "event": r.event + (f"/{r.mode}" if r.mode else ""),
                "cameo": r.cameo or "", "actor": who(r.actor), "recipient": who(r.recipient),
                "modality": r.modality, "date": _when(r.date),
                "place": r.place.name if r.place else "", "sources": str(len(r.sources))}
    if what == "actors":
        return {"id": r.id, "kind": r.kind, "name": r.name, "country": r.country or "",
                "titles": "; ".join(dict.fromkeys(x.title for x in r.roles)),
                "documents": str(r.documents)}
    return {"id": ", ".join(s["id"] for s in r["sources"]), "title": r["title"] or "",
            "published": r["published"] or "", "language": r["language"] or "",
            "sources": str(len(r["sources"]))}


def _when(d) -> str:  # type: ignore[no-untyped-def]
    if d is None or not d.start:
        return ""
    return d.start if not d.end or d.end == d.start else f"{d.start}..{d.end}"


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="A country, ISO alpha-3 (e.g. PAK).")],
    b: Annotated[str, typer.Argument(help="The other country (e.g. BLR).")],
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """The relationship of two countries: agreements by year and sector, latest events,
    the institutions on each side and the sources."""
    store = _open_store(db)
    try:
        summary = store.dyad(a, b)
    finally:
        store.close()
    names = {k: v.name for k, v in summary.pop("actors").items()}
    if format == "json":
        print(json.dumps(jsonable(summary), indent=2, ensure_ascii=False))
        return
    a, b = summary["countries"]
    n = len(summary["sources"])
    out.print(f"[bold]{a}–{b}[/bold]: {summary['agreements']} agreements, "
              f"{summary['events']} events, {n} source{'s' if n != 1 else ''}")
    years = Table(title="Agreements by year and sector")
    years.add_column("year")
    years.add_column("sectors")
    for year, sectors in summary["by_year"].items():
        years.add_row(year, ", ".join(f"{s} {n}" for s, n in sectors.items()))
    out.print(years)
    ags = Table(title="Latest agreements")
    for col in ("id", "instrument", "subject", "parties", "status", "date", "sources"):
        ags.add_column(col, overflow="fold")
    for g in summary["latest_agreements"]:
        ags.add_row(g.id, g.instrument, g.subject or "", "; ".join(names.get(p, p) for p in
                                                                    g.parties),
                    g.status or "", _when(g.date), str(len(g.sources)))
    out.print(ags)
    evs = Table(title="Latest events")
    for col in ("id", "event", "actor", "recipient", "date", "place"):
        evs.add_column(col, overflow="fold")
    for e in summary["latest_events"]:
        evs.add_row(e.id, e.event + (f"/{e.mode}" if e.mode else ""),
                    "; ".join(names.get(x, x) for x in e.actor),
                    "; ".join(names.get(x, x) for x in e.recipient), _when(e.date),
                    e.place.name if e.place else "")
    out.print(evs)
    inst = Table(title="Institutions and people")
    inst.add_column("country")
    inst.add_column("who", overflow="fold")
    for country, people in summary["institutions"].items():
        inst.add_row(country, "; ".join(
            p["name"] + (f" ({', '.join(p['titles'])})" if p["titles"] else "")
            for p in people))
    out.print(inst)
    srcs = Table(title="Sources")
    for col in ("document", "published", "title"):
        srcs.add_column(col, overflow="fold")
    for s in summary["sources"]:
        srcs.add_row(s.document, s.published or "", s.title or "")
    out.print(srcs)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to look for.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many of each kind.")] = 20,
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Full-text search over stored articles, agreements and events."""
    from accords.store import Filters

    store = _open_store(db)
    try:
        f = Filters(text=text, limit=limit)
        found = {"documents": store.documents(f), "agreements": store.agreements(f),
                 "events": store.events(f)}
        names = _actor_names(store, found["agreements"] + found["events"])
    finally:
        store.close()
    if format == "json":
        print(json.dumps(jsonable(found), indent=2, ensure_ascii=False))
        return
    for what, rows in found.items():
        _print_rows(f"{what.capitalize()} matching {text!r} ({len(rows)})",
                    [_flat(what, r, names) for r in rows])


@app.command("export")
def export_(
    format: Annotated[str, typer.Option(
        "--format", help="jsonl, merged-jsonl, csv, parquet, plover or gdelt.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="File (jsonl, plover, gdelt; default standard output) or "
        "folder (csv, parquet).")] = None,
    db: DbOption = None,
    country: Annotated[str | None, typer.Option(help="Only records involving this country.")]
    = None,
    since: Annotated[str | None, typer.Option(help="From this date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, YYYY-MM-DD.")] = None,
    header: Annotated[bool, typer.Option(help="gdelt: write a header row.")] = False,
) -> None:
    """Export the store: the contract's JSONL, flat CSV or Parquet tables, PLOVER JSONL or a
    GDELT 2.0 style event table."""
    from accords.export import EXPORTERS, FORMATS, export
    from accords.store import Filters

    exporter = EXPORTERS.get(format)
    if exporter is None:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if exporter.target == "directory" and output is None:
        raise typer.BadParameter(f"--format {format} writes a folder: give --output DIR")
    for value, name in ((since, "--since"), (until, "--until")):
        _check_date(value, name)
    options = {"header": header} if format == "gdelt" else {}
    store = _open_store(db)
    try:
        if format == "jsonl":
            data: dict = {"records": store.records()}
        else:
            f = Filters(country=country, since=since, until=until, limit=None)
            agreements = store.agreements(f)
            events = store.events(f)
            ids = {i for g in agreements for i in g.parties + g.signatories}
            ids |= {i for e in events for i in e.actor + e.recipient}
            data = {"agreements": agreements, "events": events,
                    "actors": list(store.actors_by_id(ids).values())}
        destination = output if output is not None else sys.stdout
        written = export(format, destination, **data, **options)
    except (ValueError, OSError, AccordsError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if output is not None:
        err.print(f"wrote {', '.join(str(p) for p in written) or output}")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web UI and the REST API (OpenAPI at /docs) over a database.
    POST /api/ingest needs the token in ACCORDS_API_TOKEN."""
    try:
        import uvicorn

        from accords.web import create_app
    except ImportError as exc:
        err.print(f"[red]error:[/red] the web extra is not installed ({exc.name}); "
                  "pip install 'accords[web]'")
        raise typer.Exit(2) from exc
    try:
        application = create_app(db)
    except AccordsError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    err.print(f"Accords on http://{host}:{port}/  (API docs at /docs)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


def main() -> None:  # pragma: no cover - console entry point
    app()
