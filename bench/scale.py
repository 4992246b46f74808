"""Scale-out: the Reuters corpus ingested serially, with 2 local worker processes, and on a
2-worker `distributed.LocalCluster`, in one run.

Usage: python bench/scale.py [--corpus PATH] [--limit N] [--workers 2] [--json]

Each run ingests the same stories into a new SQLite file, as `accords ingest` does (this
process is the single writer; workers only extract). Prints articles/s, the speed-up over the
serial run, the peak resident memory of each worker process (sampled every 0.2 s, children of
children included, so Dask's nanny and worker are both seen), and whether each store equals
the serial one row for row. Model loading happens before timing starts (workers warm up when
they start), so the figures are the steady state an archive run sees.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from accords.ingest.corpora import iter_reuters
from accords.scale import DaskCluster, LocalProcesses, Serial
from accords.store import Filters, Store
from accords.store.ingest import ingest

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / \
    "reuters21578"
MIB = 1024 * 1024
console = Console(stderr=True)


@dataclass
class Run:
    backend: str
    workers: int
    documents: int
    seconds: float
    articles_per_s: float
    speedup: float = 1.0
    worker_peak_mib: list[float] = field(default_factory=list)
    writer_peak_mib: float = 0.0
    same_as_serial: bool = True
    writer_cpu_s: float = 0.0  # this process: reading, writing, and Dask's client and scheduler
    workers_cpu_s: float = 0.0  # every process below it: workers, nannies
    cpu_ms_per_document: float = 0.0  # both, per document


class MemorySampler:
    """Peak RSS of this process and of every process below it, sampled in a thread, and the
    CPU seconds each spent while sampled (a process's CPU when first seen, or at the start
    for one already running, to its last sample)."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.peaks: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self.cpu_first: dict[int, float] = {}
        self.cpu_last: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._sample()  # CPU of the processes already running counts from here
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            time.sleep(0.2)

    def _sample(self) -> None:
        for proc in [self.me, *self.me.children(recursive=True)]:
            try:
                rss = proc.memory_info().rss / MIB
                cpu = proc.cpu_times()
                self.names.setdefault(proc.pid, " ".join(proc.cmdline()[-2:]))
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0.0), rss)
            self.cpu_first.setdefault(proc.pid, cpu.user + cpu.system)
            self.cpu_last[proc.pid] = cpu.user + cpu.system

    def cpu(self, pid: int) -> float:
        return self.cpu_last.get(pid, 0.0) - self.cpu_first.get(pid, 0.0)

    def children_cpu(self) -> float:
        return sum(self.cpu(pid) for pid in self.cpu_last if pid != self.me.pid)

    def workers(self) -> list[float]:
        """Peaks of the processes that extracted: the heavy children (a worker holds the
        pipeline, hundreds of MiB; Dask's nanny and the resource tracker stay small)."""
        return sorted((round(v, 1) for pid, v in self.peaks.items()
                       if pid != self.me.pid and v > 250), reverse=True)


def snapshot(store: Store) -> tuple[Any, ...]:
    return (store.counts(),
            [g.model_dump(mode="json") for g in store.agreements(Filters(limit=None))],
            [e.model_dump(mode="json") for e in store.events(Filters(limit=None))])


def run_one(name: str, backend: Any, docs: list, workdir: Path) -> tuple[Run, Any]:
    db = workdir / f"{name}.db"
    with Store(str(db)) as store, MemorySampler() as memory:
        with Progress(TextColumn(f"{name:>13}"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                      console=console, transient=True) as progress:
            task = progress.add_task(name, total=len(docs), rate="")

            def tick(summary: Any) -> None:
                progress.update(task, completed=summary.documents,
                                rate=f"{summary.rate:.1f} articles/s")

            started = time.perf_counter()
            summary = ingest(store, docs, backend=None if name == "serial" else backend,
                             on_item=tick)
            seconds = time.perf_counter() - started
        result = Run(name, backend.capacity, summary.documents, round(seconds, 2),
                     round(summary.documents / seconds, 2))
        result.worker_peak_mib = memory.workers() if name != "serial" else []
        result.writer_peak_mib = round(memory.peaks.get(memory.me.pid, 0.0), 1)
        result.writer_cpu_s = round(memory.cpu(memory.me.pid), 2)
        result.workers_cpu_s = round(memory.children_cpu(), 2)
        result.cpu_ms_per_document = round(
            (result.writer_cpu_s + result.workers_cpu_s) * 1000 / max(1, summary.documents), 1)
        if summary.failed:
            console.print(f"[yellow]{name}: {summary.failed} failed[/yellow]")
        return result, snapshot(store)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000, help="stories (0: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: no Reuters-21578 corpus there")
    docs = list(iter_reuters(args.corpus, limit=args.limit or None))
    console.print(f"{len(docs)} stories from {args.corpus}")
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="accords-scale-") as tmp:
        workdir = Path(tmp)
        from accords.extract import warm_up

        warm_up()  # the serial run's model loads before its clock starts, as the workers'
        serial, reference = run_one("serial", Serial(), docs, workdir)
        runs.append(serial)
        for name, make in (("processes", lambda: LocalProcesses(args.workers)),
                           ("local-cluster", lambda: DaskCluster(workers=args.workers))):
            backend = make()
            try:
                if isinstance(backend, LocalProcesses):  # start and warm every worker
                    backend.warm()
                else:
                    backend.client.wait_for_workers(args.workers)
                run, rows = run_one(name, backend, docs, workdir)
            finally:
                backend.close()
            run.speedup = round(run.articles_per_s / serial.articles_per_s, 2)
            run.same_as_serial = rows == reference
            runs.append(run)
    if args.json:
        print(json.dumps([asdict(r) for r in runs], indent=2))
        return
    print(f"{len(docs)} Reuters stories, {args.workers} workers, one machine "
          f"({psutil.cpu_count()} cores)")
    print(f"{'backend':>14} {'articles/s':>11} {'speed-up':>9} {'seconds':>8}  "
          f"{'peak MiB per worker':<22} {'writer MiB':>10}  {'writer CPU s':>12} "
          f"{'workers CPU s':>13} {'CPU ms/doc':>10}  same store")
    for r in runs:
        peaks = ", ".join(f"{p:.0f}" for p in r.worker_peak_mib) or "-"
        print(f"{r.backend:>14} {r.articles_per_s:>11.1f} {r.speedup:>8.2f}x "
              f"{r.seconds:>8.1f}  {peaks:<22} {r.writer_peak_mib:>10.0f}  "
              f"{r.writer_cpu_s:>12.1f} {r.workers_cpu_s:>13.1f} {r.cpu_ms_per_document:>10.1f}"
              f"  {'yes' if r.same_as_serial else 'NO'}")
    print("CPU: seconds each side spent during the run (the writer's process holds Dask's "
          "client and scheduler); CPU ms/doc above the serial run's is what the backend "
          "costs, and with 2 workers on 2 cores it comes out of the speed-up.")


if __name__ == "__main__":
    main()
