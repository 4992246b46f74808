"""The `accords` command: each command parses options, calls one library function, prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import click
import orjson
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperCommand, TyperGroup

from accords import __version__
from accords.errors import AccordsError, ArgumentError
from accords.ingest.documents import MAX_TEXT_BYTES
from accords.model import Record, jsonable, record_json_schema

EXIT_OK = 0
"""Everything asked for was done."""
EXIT_FAILED = 1
"""Nothing was done: the command could not run (a missing database, a broken install) or
every item of a batch failed."""
EXIT_USAGE = 2
"""The command line itself is wrong (an unknown option, a bad value): nothing was done."""
EXIT_PARTIAL = 3
"""A batch ran but some items failed; each was reported on standard error."""

def _plain_types(command: click.Command, ctx: click.Context) -> None:
    """Show each option's metavar (FILE, DATE, N) and nothing for flags and arguments, instead
    of Typer's type names (<str>, <bool>, <list[Path]>), which mean nothing to a user."""
    for param in command.get_params(ctx):
        shown = None if isinstance(param, click.Argument) or getattr(param, "is_flag", False) \
            else param.metavar
        param.display_type_rich = lambda ctx, shown=shown: shown  # type: ignore[union-attr]


class HelpCommand(TyperCommand):
    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        _plain_types(self, ctx)
        super().format_help(ctx, formatter)


class HelpGroup(TyperGroup):
    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        _plain_types(self, ctx)
        super().format_help(ctx, formatter)


app = typer.Typer(
    help="Accords: who agreed what with whom, when and where, from news text.",
    no_args_is_help=True,
    add_completion=False,
    cls=HelpGroup,
)
# wide enough for the agreements table when the output is a file or a pipe
out = Console(width=None if sys.stdout.isatty() else 150)
# messages are not hard-wrapped, so that a piped or logged error stays one line
err = Console(stderr=True, soft_wrap=True)


def error_line(message: object, console: Console | None = None) -> None:
    """Print one error line; the message is escaped, so "[E100]" or "accords[web]" in it is
    printed as written instead of being taken for rich markup and dropped."""
    (console or err).print(f"[red]error:[/red] {escape(str(message))}")


def warning_line(message: object, console: Console | None = None) -> None:
    (console or err).print(f"[yellow]warning:[/yellow] {escape(str(message))}")


def fail(message: object, code: int = EXIT_FAILED) -> NoReturn:
    """Report why the command cannot go on and end it with `code`."""
    error_line(message)
    raise typer.Exit(code)


def finish_batch(done: int, failed: int) -> None:
    """End a batch with the documented exit code: 1 if nothing was done, 3 if some failed."""
    if failed and not done:
        raise typer.Exit(EXIT_FAILED)
    if failed:
        raise typer.Exit(EXIT_PARTIAL)


def _version(value: bool) -> None:
    if value:
        print(f"accords {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, metavar="",
        help="Print the version and exit.")] = False,
) -> None:
    """Accords: who agreed what with whom, when and where, from news text.

    Exit codes: 0 done; 1 nothing done (an error, or every item failed); 2 a mistake on the
    command line; 3 some items of a batch failed.
    """


def country_option(value: str | None, option: str) -> str | None:
    """A country argument as an ISO alpha-3 code, or a usage error with a suggestion."""
    from accords.gazetteer import resolve_country_arg

    if value is None:
        return None
    try:
        return resolve_country_arg(value, option=option)
    except ArgumentError as exc:
        fail(exc, EXIT_USAGE)


def _dump(record: Record, fmt: str) -> str:
    if fmt == "jsonl":
        return orjson.dumps(record.to_dict()).decode()
    return json.dumps(record.to_dict(), indent=2, ensure_ascii=False)


def print_table(record: Record) -> None:
    """A readable summary: agreements first, then events."""
    names = {a.id: a.name for a in record.actors}
    doc = record.document
    out.print(f"[bold]{escape(doc.id)}[/bold]  {escape(doc.title or '')}  "
              f"published {doc.published or '?'}")
    agreements = Table(title=f"Agreements ({len(record.agreements)})", show_lines=False)
    for col in ("id", "instrument", "subject", "parties", "countries", "sectors", "status",
                "date"):
        agreements.add_column(col)
    for g in record.agreements:
        date = ""
        if g.date and g.date.start:
            date = g.date.start if g.date.end in (None, g.date.start) else \
                f"{g.date.start}..{g.date.end}"
        _add_row(
            agreements, g.id, g.instrument, g.subject or "",
            " / ".join(names.get(p, p) for p in g.parties),
            ",".join(g.countries), ",".join(g.sectors),
            g.status or "" if g.modality == "asserted" else f"{g.status} ({g.modality})", date,
        )
    out.print(agreements)
    events = Table(title=f"Events ({len(record.events)})")
    for col in ("id", "event", "cameo", "actor", "recipient", "modality", "date", "place"):
        events.add_column(col)
    for e in record.events:
        _add_row(
            events, e.id, e.event + (f"/{e.mode}" if e.mode else ""), e.cameo or "",
            ", ".join(names.get(a, a) for a in e.actor),
            ", ".join(names.get(a, a) for a in e.recipient), e.modality,
            (e.date.start or "") if e.date else "", e.place.name if e.place else "",
        )
    out.print(events)

WorkersOption = Annotated[int | None, typer.Option(
    "--workers", min=1, metavar="N", help="Extract in this many local worker processes.")]
SchedulerOption = Annotated[str | None, typer.Option(
    "--scheduler", metavar="URL",
    help="Extract on a Dask cluster: its scheduler, e.g. tcp://host:8786.")]
MaxBytesOption = Annotated[int, typer.Option(
    "--max-bytes", min=1, metavar="BYTES", help="Refuse articles larger than this (UTF-8 bytes).")]


def _backend(workers: int | None, scheduler: str | None):  # type: ignore[no-untyped-def]
    from accords.scale import backend_for

    try:
        return backend_for(workers, scheduler)
    except (OSError, ValueError, ImportError) as exc:
        fail(f"cannot start the workers: {exc}")


@app.command(cls=HelpCommand)
def extract(
    files: Annotated[list[Path] | None, typer.Argument(
        metavar="PATH", help="Articles: text, HTML, RSS/Atom, JSONL or CSV files, or "
        "article folders (article.txt beside meta.json), read as `accords ingest` reads them.")
    ] = None,
    published: Annotated[str | None, typer.Option(
        metavar="DATE", help="Publication date, YYYY-MM-DD (over the file's own).")] = None,
    title: Annotated[str | None, typer.Option(metavar="TEXT", help="Headline.")] = None,
    dateline: Annotated[str | None, typer.Option(
        metavar="PLACE", help="Dateline place, e.g. MINSK.")] = None,
    id: Annotated[str | None, typer.Option(
        "--id", metavar="ID", help="Document id (one document only).")] = None,
    input: Annotated[Path | None, typer.Option(
        "--input", metavar="FILE", help="JSONL of documents: id, text, published, title, "
        "dateline, url, source.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", metavar="FILE",
        help="Write records here (JSONL) instead of standard output.")] = None,
    format: Annotated[str, typer.Option(
        "--format", metavar="FORMAT", help="json, jsonl or table.")] = "json",
    max_bytes: MaxBytesOption = MAX_TEXT_BYTES,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Extract actors, events and agreements from articles and print the records."""
    from accords.ingest.documents import SourceDocument, check_published, iter_jsonl
    from accords.ingest.sources import iter_sources
    from accords.store.ingest import not_english_message

    if format not in ("json", "jsonl", "table"):
        raise typer.BadParameter("--format must be json, jsonl or table")
    if not files and input is None:
        raise typer.BadParameter("give article files or --input docs.jsonl")
    if id is not None and (input is not None or len(files or []) != 1):
        fail("--id names one document: give exactly one file, or put the ids in the "
             "--input JSONL", EXIT_USAGE)
    try:
        published = check_published(published, "--published")
    except AccordsError as exc:
        fail(exc, EXIT_USAGE)
    items: list = []
    if input is not None:
        if not input.is_file():
            fail(f"{input}: no such file")
        items.extend(iter_jsonl(input, max_bytes=max_bytes))
    overrides = {k: v for k, v in (("published", published), ("title", title),
                                   ("dateline", dateline), ("id", id)) if v is not None}
    for path in files or []:
        found = list(iter_sources([path], max_bytes=max_bytes))
        if id is not None and sum(isinstance(i, SourceDocument) for i in found) > 1:
            fail(f"--id names one document, but {path} holds several", EXIT_USAGE)
        for item in found:
            if isinstance(item, SourceDocument) and overrides:
                item = SourceDocument(document=item.document.model_copy(update=overrides),
                                      text=item.text)
            items.append(item)
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
                    error_line(record, progress.console)
                    continue
                language = record.document.language
                if language not in (None, "en", "und"):
                    warning_line(not_english_message(record.document.id, language),
                                 progress.console)
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
    finish_batch(len(items) - failed, failed)


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


@app.command("eval", cls=HelpCommand)
def eval_(
    gold_dir: Annotated[Path, typer.Argument(
        metavar="FOLDER", help="Folder of NAME/article.txt, meta.json, gold.json.")],
    as_json: Annotated[bool, typer.Option("--json", metavar="",
                                          help="Print the report as JSON.")] = False,
    details: Annotated[bool, typer.Option("--details", metavar="",
                                          help="List misses and false positives.")] = False,
) -> None:
    """Score the extractor against gold records: precision, recall, F1 and accuracies."""
    from accords.evaluate import evaluate_dir, report_details, report_table

    try:
        report = evaluate_dir(gold_dir, progress=not as_json)
    except AccordsError as exc:
        fail(exc)
    if as_json:
        print(json.dumps(report, indent=2))
        return
    out.print(report_table(report))
    if details:
        out.print(report_details(report))


@app.command(cls=HelpCommand)
def schema() -> None:
    """Print the JSON Schema of the record."""
    print(json.dumps(record_json_schema(), indent=2))


@app.command(cls=HelpCommand)
def example(
    format: Annotated[str, typer.Option("--format", metavar="FORMAT",
                                        help="json, jsonl or table.")] = "table",
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
    "--db", envvar="ACCORDS_DB", metavar="DB",
    help="Database: a SQLite file (default accords.db) or postgresql://user@host/db.")]


def _open_store(db: str | None, *, create: bool = False):  # type: ignore[no-untyped-def]
    """The store, or exit 1 with the reason; only `ingest` and `watch` may create a database."""
    from accords.store import Store

    try:
        return Store(db, create=create)
    except AccordsError as exc:
        fail(exc)


@app.command(cls=HelpCommand)
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        metavar="PATH", help="Text, HTML, RSS/Atom, JSONL or CSV files; Reuters-21578 or "
        "BBC folders; other folders are walked.")],
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(
        metavar="DATE", help="Publication date for plain text files, YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(
        min=1, metavar="N", help="Stop after this many documents.")] = None,
    max_bytes: MaxBytesOption = MAX_TEXT_BYTES,
    as_json: Annotated[bool, typer.Option(
        "--json", metavar="", help="Print the summary as JSON.")] = False,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Extract and store documents; the same agreement from several sources becomes one."""
    from rich.progress import SpinnerColumn

    from accords.ingest.sources import iter_sources
    from accords.store.ingest import ingest as run_ingest

    store = _open_store(db, create=True)
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

            backend = _backend(workers, scheduler)
            try:
                summary = run_ingest(
                    store, items, on_item=advance, backend=backend,
                    on_error=lambda message: error_line(message, progress.console),
                    on_warning=lambda message: warning_line(message, progress.console))
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
            ("not English (nothing extracted)", summary.not_english),
            ("records added", summary.added), ("records merged", summary.merged),
            ("articles/s", f"{summary.rate:.1f}"),
        ):
            table.add_row(label, str(value))
        out.print(table)
    if summary.documents == 0:
        fail("no documents found in " + ", ".join(str(p) for p in paths))
    finish_batch(summary.documents - summary.failed, summary.failed)


QUERY_KINDS = ("agreements", "events", "actors", "documents")

CountryOption = Annotated[str | None, typer.Option(
    metavar="COUNTRY", help="A country taking part: a name, demonym or ISO code (PAK, PK).")]
WithOption = Annotated[str | None, typer.Option(
    "--with", metavar="COUNTRY", help="A second country taking part.")]
SectorOption = Annotated[str | None, typer.Option(
    metavar="SECTOR", help="Agreement sector, e.g. defence.")]
InstrumentOption = Annotated[str | None, typer.Option(
    metavar="KIND", help="Agreement instrument: mou, agreement, treaty, ...")]
StatusOption = Annotated[str | None, typer.Option(
    metavar="STATUS", help="Agreement status: signed, agreed, ratified, ...; with --since or "
    "--until, agreements that reached it in that period.")]
EventOption = Annotated[str | None, typer.Option(
    metavar="CODE", help="Event: PLOVER type or CAMEO code.")]
KindOption = Annotated[str | None, typer.Option(
    metavar="KIND", help="Actor kind: person, organization, ...")]
SinceOption = Annotated[str | None, typer.Option(
    metavar="DATE", help="From this date, YYYY-MM-DD.")]
UntilOption = Annotated[str | None, typer.Option(
    metavar="DATE", help="Up to this date, YYYY-MM-DD.")]
TextOption = Annotated[str | None, typer.Option(metavar="WORDS", help="Full-text search.")]


def _filters(*, country: str | None = None, with_: str | None = None,
             since: str | None = None, until: str | None = None, **rest: object):  # type: ignore[no-untyped-def]
    """The store's Filters from the options, checked: countries resolved, dates valid."""
    from accords.store import Filters

    for value, name in ((since, "--since"), (until, "--until")):
        _check_date(value, name)
    status = rest.get("status")
    if isinstance(status, str):
        from accords.model import STATUSES

        rest["status"] = status.lower()
        if rest["status"] not in STATUSES:
            raise typer.BadParameter(f"--status must be one of {', '.join(STATUSES)}")
    return Filters(country=country_option(country, "--country"),
                   with_country=country_option(with_, "--with"), since=since, until=until,
                   **rest)  # type: ignore[arg-type]


@app.command(cls=HelpCommand)
def query(
    what: Annotated[str, typer.Argument(
        metavar="WHAT", help="agreements, events, actors or documents.")],
    db: DbOption = None,
    country: CountryOption = None,
    with_: WithOption = None,
    sector: SectorOption = None,
    instrument: InstrumentOption = None,
    status: StatusOption = None,
    event: EventOption = None,
    kind: KindOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    text: TextOption = None,
    limit: Annotated[int, typer.Option(min=1, metavar="N", help="At most this many rows.")]
    = 50,
    format: Annotated[str, typer.Option(
        "--format", metavar="FORMAT", help="table, json or csv.")] = "table",
) -> None:
    """List stored agreements, events, actors or documents that match the filters."""
    if what not in QUERY_KINDS:
        raise typer.BadParameter(f"choose one of {', '.join(QUERY_KINDS)}")
    if format not in ("table", "json", "csv"):
        raise typer.BadParameter("--format must be table, json or csv")
    filters = _filters(country=country, with_=with_, sector=sector, instrument=instrument,
                       status=status, event=event, kind=kind, since=since, until=until,
                       text=text, limit=limit)
    store = _open_store(db)
    try:
        rows = getattr(store, what)(filters)
        names = _actor_names(store, rows) if what in ("agreements", "events") else {}
    finally:
        store.close()
    flat_rows = [_flat(what, r, names) for r in rows]
    if what == "agreements" and filters.status and (since or until):
        # when each reached the status asked for, in the period asked for
        for flat, r in zip(flat_rows, rows, strict=True):
            flat["reached"] = _reached(r.history, filters.status, since, until)
    if what == "agreements" and format == "csv":
        for flat, r in zip(flat_rows, rows, strict=True):
            flat["history"] = _lifecycle(r.history)
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
        out.print(f"{escape(title)}: none")
        return
    table = Table(title=escape(title))
    for col in rows[0]:
        table.add_column(col, overflow="fold")
    for row in rows:
        _add_row(table, *row.values())
    out.print(table)


def _add_row(table: Table, *cells: object) -> None:
    """A table row of stored text, escaped: a subject or title with brackets stays whole."""
    table.add_row(*(escape(str(c)) for c in cells))


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


def _lifecycle(history) -> str:  # type: ignore[no-untyped-def]
    """An agreement's steps on one line, oldest first: "signed 2025-02-20 > ratified
    2025-09-12"; a planned step says so."""
    return " > ".join(
        f"{h.status}{'' if h.modality == 'asserted' else f' ({h.modality})'} "
        f"{h.date or h.published or '?'}" for h in history)


def _reached(history, status: str, since: str | None,  # type: ignore[no-untyped-def]
             until: str | None) -> str:
    """The first day in the period an agreement's history says it reached `status`."""
    days = sorted(d for h in history if h.status == status and h.modality == "asserted"
                  for d in (h.date or h.published,)
                  if d and (since is None or d >= since) and (until is None or d <= until))
    return days[0] if days else ""


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


@app.command(cls=HelpCommand)
def dyad(
    a: Annotated[str, typer.Argument(
        metavar="COUNTRY", help="A country: name, demonym or ISO code (PAK, PK, Pakistan).")],
    b: Annotated[str, typer.Argument(metavar="OTHER", help="The other country (e.g. BLR).")],
    db: DbOption = None,
    format: Annotated[str, typer.Option(
        "--format", metavar="FORMAT", help="table or json.")] = "table",
) -> None:
    """The relationship of two countries: agreements by year and sector, latest events,
    the institutions on each side and the sources."""
    if format not in ("table", "json"):
        raise typer.BadParameter("--format must be table or json")
    first, second = country_option(a, "first country"), country_option(b, "second country")
    if first == second:
        fail(f"a dyad needs two different countries: {a!r} and {b!r} are both {first}",
             EXIT_USAGE)
    a, b = str(first), str(second)
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
        _add_row(years, year, ", ".join(f"{s} {n}" for s, n in sectors.items()))
    out.print(years)
    ags = Table(title="Latest agreements")
    for col in ("id", "instrument", "subject", "parties", "status", "date", "sources"):
        ags.add_column(col, overflow="fold")
    for g in summary["latest_agreements"]:
        _add_row(ags, g.id, g.instrument, g.subject or "", "; ".join(names.get(p, p) for p in
                                                                    g.parties),
                    g.status or "", _when(g.date), str(len(g.sources)))
    out.print(ags)
    evs = Table(title="Latest events")
    for col in ("id", "event", "actor", "recipient", "date", "place"):
        evs.add_column(col, overflow="fold")
    for e in summary["latest_events"]:
        _add_row(evs, e.id, e.event + (f"/{e.mode}" if e.mode else ""),
                    "; ".join(names.get(x, x) for x in e.actor),
                    "; ".join(names.get(x, x) for x in e.recipient), _when(e.date),
                    e.place.name if e.place else "")
    out.print(evs)
    inst = Table(title="Institutions and people")
    inst.add_column("country")
    inst.add_column("who", overflow="fold")
    for country, people in summary["institutions"].items():
        _add_row(inst, country, "; ".join(
            p["name"] + (f" ({', '.join(p['titles'])})" if p["titles"] else "")
            for p in people))
    out.print(inst)
    srcs = Table(title="Sources")
    for col in ("document", "published", "title"):
        srcs.add_column(col, overflow="fold")
    for s in summary["sources"]:
        _add_row(srcs, s.document, s.published or "", s.title or "")
    out.print(srcs)


@app.command(cls=HelpCommand)
def brief(
    a: Annotated[str, typer.Argument(
        metavar="COUNTRY", help="A country: name, demonym or ISO code (PAK, PK, Pakistan).")],
    b: Annotated[str, typer.Argument(metavar="OTHER", help="The other country (e.g. BLR).")],
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(
        metavar="DATE", help="Also list what changed from this date, YYYY-MM-DD.")] = None,
    format: Annotated[str, typer.Option(
        "--format", metavar="FORMAT", help="md (Markdown) or html (one standalone page).")
    ] = "md",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write here (default: standard output).")
    ] = None,
    base_url: Annotated[str, typer.Option(
        "--base-url", metavar="URL", help="Where `accords serve` runs, to make the record "
        "and document links absolute (e.g. http://127.0.0.1:8000).")] = "",
) -> None:
    """One page on two countries for an analyst: the relationship in numbers, agreements by
    status with their lifecycle, institutions and people on each side, the latest cooperation
    and conflict, what changed since --since; every line with its source and evidence."""
    from accords.export.brief import build_brief, render_html, render_markdown

    if format not in ("md", "html"):
        raise typer.BadParameter("--format must be md or html")
    _check_date(since, "--since")
    first, second = country_option(a, "first country"), country_option(b, "second country")
    if first == second:
        fail(f"a brief needs two different countries: {a!r} and {b!r} are both {first}",
             EXIT_USAGE)
    store = _open_store(db)
    try:
        made = build_brief(store, str(first), str(second), since=since,
                           base=base_url.rstrip("/"))
    finally:
        store.close()
    if not made["numbers"]["agreements"] and not made["numbers"]["events"]:
        warning_line(f"the store holds no agreement or event between {first} and {second}")
    text = render_markdown(made) if format == "md" else render_html(made)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@app.command(cls=HelpCommand)
def search(
    text: Annotated[str, typer.Argument(metavar="WORDS", help="Words to look for.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(
        min=1, metavar="N", help="At most this many of each kind.")] = 20,
    format: Annotated[str, typer.Option(
        "--format", metavar="FORMAT", help="table or json.")] = "table",
) -> None:
    """Full-text search over stored articles, agreements and events."""
    from accords.store import Filters

    if format not in ("table", "json"):
        raise typer.BadParameter("--format must be table or json")
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


AGREEMENT_FILTERS = ("--sector", "--instrument", "--status")


@app.command("export", cls=HelpCommand)
def export_(
    format: Annotated[str, typer.Option(
        "--format", metavar="FORMAT", help="jsonl, merged-jsonl, csv, parquet, plover or "
        "gdelt.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="PATH", help="File (jsonl, plover, gdelt; default standard "
        "output) or folder (csv, parquet).")] = None,
    db: DbOption = None,
    country: CountryOption = None,
    with_: WithOption = None,
    sector: SectorOption = None,
    instrument: InstrumentOption = None,
    status: StatusOption = None,
    event: EventOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    text: TextOption = None,
    header: Annotated[bool, typer.Option(
        "--header/--no-header", metavar="", help="gdelt: write a header row.")] = False,
    all_actors: Annotated[bool, typer.Option(
        "--all-actors", metavar="", help="Actor tables: every stored actor (of --country), "
        "not only those the exported records name.")] = False,
) -> None:
    """Export the store: the contract's JSONL, flat CSV or Parquet tables, PLOVER JSONL or a
    GDELT 2.0 style event table. The filters are those of `accords query`: --sector,
    --instrument and --status select agreements (no events are exported with them), --event
    selects events (no agreements); jsonl writes the documents that report a selected record.
    """
    from accords.export import EXPORTERS, FORMATS, export, store_data

    exporter = EXPORTERS.get(format)
    if exporter is None:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if exporter.target == "directory" and output is None:
        raise typer.BadParameter(f"--format {format} writes a folder: give --output DIR")
    if header and format != "gdelt":
        fail("--header is for --format gdelt only", EXIT_USAGE)
    agreement_filters = [n for n, v in zip(AGREEMENT_FILTERS, (sector, instrument, status),
                                           strict=True) if v]
    if agreement_filters and event:
        fail(f"{agreement_filters[0]} selects agreements and --event selects events: "
             "export them one at a time", EXIT_USAGE)
    if agreement_filters and format in ("plover", "gdelt"):
        fail(f"{agreement_filters[0]} selects agreements, but --format {format} exports "
             "events only", EXIT_USAGE)
    filters = _filters(country=country, with_=with_, sector=sector, instrument=instrument,
                       status=status, event=event, since=since, until=until, text=text,
                       limit=None)
    filtered = any(v is not None for v in (country, with_, sector, instrument, status, event,
                                           since, until, text))
    options = {"header": header} if format == "gdelt" else {}
    if all_actors and format not in ("csv", "parquet", "merged-jsonl"):
        fail(f"--all-actors is for the formats with actors (csv, parquet, merged-jsonl), "
             f"not {format}", EXIT_USAGE)
    store = _open_store(db)
    try:
        data: dict = store_data(store, filters, all_actors=all_actors)
        if event:
            data["agreements"] = []
        if agreement_filters:
            data["events"] = []
        if (event or agreement_filters) and not all_actors:  # only the actors still named
            ids = {i for g in data["agreements"] for i in g.parties + g.signatories}
            ids |= {i for e in data["events"] for i in e.actor + e.recipient}
            data["actors"] = list(store.actors_by_id(ids).values())
        if format == "jsonl":
            records = store.records()
            if filtered:
                wanted = {s.document for r in [*data["agreements"], *data["events"]]
                          for s in r.sources}
                records = (r for r in records if r.document.id in wanted)
            data = {"records": records}
        destination = output if output is not None else sys.stdout
        written = export(format, destination, **data, **options)
    except (ValueError, OSError, AccordsError) as exc:
        fail(exc)
    finally:
        store.close()
    if output is not None:
        err.print(escape(f"wrote {', '.join(str(p) for p in written) or output}"))


@app.command(cls=HelpCommand)
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Address to listen on.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(
        min=0, max=65535, metavar="PORT", help="Port to listen on (0: any free port).")]
    = 8000,
    access_log: Annotated[Path | None, typer.Option(
        "--access-log", metavar="FILE",
        help="Append one line per request to FILE (Combined Log Format).")] = None,
) -> None:
    """Serve the web UI and the REST API (OpenAPI at /docs) over a database.
    POST /api/ingest needs the token in ACCORDS_API_TOKEN."""
    import socket

    from accords.errors import missing_module_message

    try:
        import uvicorn

        from accords.web import create_app
    except ImportError as exc:
        fail(missing_module_message(exc, "accords serve"))
    store = _open_store(db)
    try:
        application = create_app(store=store,
                                 access_log=str(access_log) if access_log else None)
    except AccordsError as exc:
        store.close()
        fail(exc)
    # bind before saying where: a busy port is one clear error, and the address printed is
    # one that already accepts connections
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        store.close()
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    bound = sock.getsockname()[1]
    err.print(escape(f"Accords on http://{host}:{bound}/  (API docs at /docs)"))
    server = uvicorn.Server(uvicorn.Config(application, log_level="warning"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        store.close()


@app.command(cls=HelpCommand)
def watch(
    sources: Annotated[list[str], typer.Argument(
        metavar="SOURCE", help="RSS/Atom feed or page URLs (http, https), files or folders.")],
    every: Annotated[str, typer.Option(
        metavar="DURATION", help="Time between polls: 30s, 15m, 2h, 1d.")] = "15m",
    db: DbOption = None,
    country: CountryOption = None,
    with_: WithOption = None,
    sector: Annotated[str | None, typer.Option(
        metavar="SECTOR", help="Only agreements of this sector, e.g. defence.")] = None,
    event: Annotated[str | None, typer.Option(
        metavar="CODE", help="Only events of this PLOVER type or CAMEO code, e.g. ACCUSE.")]
    = None,
    alerts: Annotated[Path | None, typer.Option(
        metavar="FILE", help="Append each alert to FILE as a JSON line.")] = None,
    webhook: Annotated[str | None, typer.Option(
        metavar="URL", help="POST each alert as JSON to URL.")] = None,
    once: Annotated[bool, typer.Option(
        "--once", metavar="", help="Poll once and exit.")] = False,
    timeout: Annotated[str, typer.Option(
        metavar="DURATION", help="Give up on a request after this long: 30s.")] = "30s",
    retries: Annotated[int, typer.Option(
        min=0, max=10, metavar="N", help="Tries after a failed request, with back-off.")] = 2,
    max_bytes: MaxBytesOption = MAX_TEXT_BYTES,
) -> None:
    """Poll feeds, pages and folders; store what is new; alert on new or changed agreements
    and events that match the filters. Ctrl-C stops after the current document."""
    import signal

    from accords.ingest.fetch import Retrying
    from accords.watch import Source, Watcher, WatchFilters, parse_duration

    try:
        interval = parse_duration(every, "--every")
        wait = parse_duration(timeout, "--timeout")
        watched = [Source.parse(s) for s in sources]
        filters = WatchFilters(country=country_option(country, "--country"),
                               with_country=country_option(with_, "--with"),
                               sector=sector, event=event)
        if webhook is not None and not webhook.lower().startswith(("http://", "https://")):
            raise ArgumentError(f"--webhook: {webhook!r} is not an http(s) URL")
    except ArgumentError as exc:
        fail(exc, EXIT_USAGE)
    store = _open_store(db, create=True)
    try:
        watcher = Watcher(
            store, watched, filters, alerts_file=alerts, webhook=webhook, timeout=wait,
            retrying=Retrying(retries=retries), max_bytes=max_bytes,
            on_alert=lambda alert: out.print(escape(alert.line), soft_wrap=True),
            on_error=error_line)
    except AccordsError as exc:
        store.close()
        fail(exc, EXIT_USAGE if isinstance(exc, ArgumentError) else EXIT_FAILED)
    polls: list = []

    def report(summary) -> None:  # type: ignore[no-untyped-def]
        polls.append(summary)
        err.print(escape(f"polled {summary.sources} sources: {summary.unchanged} unchanged, "
                         f"{summary.failed} failed, {summary.documents} new documents, "
                         f"{summary.alerts} alerts") + ("; stopped" if summary.stopped else ""))

    def interrupt(signum: int, _frame: object) -> None:
        if watcher.stopping:  # a second Ctrl-C: stop now
            raise KeyboardInterrupt
        err.print("stopping after the current document (Ctrl-C again to stop now)")
        watcher.stop()

    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        if not once:
            err.print(escape(f"watching {len(watched)} sources every {every} "
                             f"(watch {filters.key}); Ctrl-C to stop"))
        watcher.run(interval, once=once, on_poll=report)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        watcher.close()
        store.close()
    if once and polls:
        failed = polls[-1].failed
        finish_batch(polls[-1].sources - failed, failed)


def main() -> None:  # pragma: no cover - console entry point
    app()
