"""Where extraction runs: in this process, in N local processes, or on a Dask cluster.

Extraction is the expensive step (the parser), and it is a pure function of one document, so
it is the only step sent away: workers extract, records come back, and one writer in this
process merges them into the store in input order. The store therefore sees exactly the writes
a serial run makes, on SQLite as on PostgreSQL, and results are identical to a serial run.

Each backend submits one task per document and hands results back in submission order, with at
most `window` tasks in flight so that memory stays flat on archives of any size. A worker that
dies takes its tasks with it: local processes are restarted and the lost documents submitted
again; Dask's scheduler reschedules a dead worker's tasks by itself. The spaCy pipeline loads
once per worker process (`accords.nlp.load_pipeline` is cached per process), not per document.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_ATTEMPTS = 3
"""A document whose worker died this many times is reported as failed, not retried forever
(a text that crashes the parser would otherwise take every worker down in turn)."""


class WorkerLost(RuntimeError):
    """The worker running a task died more than MAX_ATTEMPTS times."""


class Backend(Protocol):
    """Runs `fn(arg)` somewhere; `result` waits for it. `capacity` is the number of workers."""

    name: str
    capacity: int
    batch: int

    def submit(self, fn: Callable[[Any], Any], arg: Any) -> Any: ...
    def result(self, handle: Any) -> Any: ...
    def done(self, handle: Any) -> bool: ...
    def close(self) -> None: ...


class Serial:
    """In this process: what a plain `accords ingest` does."""

    name = "serial"
    capacity = 1
    batch = 1

    def submit(self, fn: Callable[[Any], Any], arg: Any) -> Any:
        try:
            return ("ok", fn(arg))
        except Exception as exc:  # handed to the caller at result(), as the others do
            return ("error", exc)

    def result(self, handle: Any) -> Any:
        kind, value = handle
        if kind == "error":
            raise value
        return value

    def done(self, handle: Any) -> bool:
        return True

    def close(self) -> None:
        pass


def _warm_worker() -> None:
    """Load the pipeline when a worker starts, not inside the first document's time."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from accords.extract import warm_up

    warm_up()


def _pause(seconds: float) -> None:
    import time

    time.sleep(seconds)


@dataclass(eq=False)
class _LocalHandle:
    fn: Callable[[Any], Any]
    arg: Any
    future: Future = field(repr=False)  # type: ignore[type-arg]
    attempts: int = 1


class LocalProcesses:
    """N worker processes on this machine (`accords ingest --workers N`).

    Workers are spawned, not forked: a fork would copy this process's threads and open
    database connections. When a worker dies the pool breaks; it is rebuilt and every
    unfinished task submitted again (at most MAX_ATTEMPTS times each)."""

    name = "processes"
    batch = 2

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.capacity = workers
        self._context = multiprocessing.get_context("spawn")
        self._pool = self._new_pool()
        self._outstanding: set[_LocalHandle] = set()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.capacity, mp_context=self._context,
                                   initializer=_warm_worker)

    def warm(self) -> None:
        """Start every worker and let it load the pipeline now (benchmarks time the steady
        state; a normal run simply pays this on its first documents)."""
        list(self._pool.map(_pause, [0.5] * (self.capacity * 2)))

    def submit(self, fn: Callable[[Any], Any], arg: Any) -> _LocalHandle:
        handle = _LocalHandle(fn, arg, self._pool.submit(fn, arg))
        self._outstanding.add(handle)
        return handle

    def done(self, handle: _LocalHandle) -> bool:
        return handle.future.done()

    def result(self, handle: _LocalHandle) -> Any:
        while True:
            try:
                value = handle.future.result()
            except BrokenProcessPool:
                self._restart()
                if handle.attempts > MAX_ATTEMPTS:
                    self._outstanding.discard(handle)
                    raise WorkerLost(f"a worker died {MAX_ATTEMPTS} times on this document")\
                        from None
                continue
            except BaseException:
                self._outstanding.discard(handle)
                raise
            self._outstanding.discard(handle)
            return value

    def _restart(self) -> None:
        """A worker died: a new pool, and every unfinished task submitted to it again."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()
        for h in self._outstanding:
            if not h.future.done() or isinstance(h.future.exception(), BrokenProcessPool):
                h.attempts += 1
                if h.attempts <= MAX_ATTEMPTS:
                    h.future = self._pool.submit(h.fn, h.arg)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster:
    """A Dask cluster: an existing scheduler (`--scheduler tcp://host:8786`), or a
    `distributed.LocalCluster` of `workers` processes made here."""

    name = "dask"
    batch = 8
    """Documents per task: a task's round trip through the scheduler costs a few ms."""

    def __init__(self, scheduler: str | Any | None = None, *, workers: int | None = None,
                 memory_limit: str = "2GiB", connect_timeout: str = "10s") -> None:
        import dask
        from distributed import Client, LocalCluster

        # the workers' statistical profiler samples the task thread every 10 ms: a cost paid
        # on every document for a dashboard nobody looks at during a batch run
        dask.config.set({"distributed.worker.profile.enabled": False,
                         # nor need the memory monitor or the loop watchdog run so often,
                         # nor the system monitor read every process's counters twice a second
                         "distributed.worker.memory.monitor-interval": "1s",
                         "distributed.admin.tick.interval": "200ms",
                         "distributed.admin.system-monitor.interval": "5s",
                         "distributed.admin.system-monitor.disk": False,
                         # tasks of one size on workers of one kind: moving queued batches
                         # between workers only adds round trips
                         "distributed.scheduler.work-stealing": False})
        self._cluster = None
        if scheduler is None:
            self._cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1,
                                         processes=True, dashboard_address=None,
                                         memory_limit=memory_limit)
            scheduler = self._cluster
        self.client = Client(scheduler, timeout=connect_timeout)
        self.client.register_worker_callbacks(_warm_worker)
        self.capacity = max(1, sum(self.client.nthreads().values()))

    def submit(self, fn: Callable[[Any], Any], arg: Any) -> Any:
        # pure=False: the same document submitted twice (a rerun) is computed, not deduplicated
        # by key against a stale result; lost tasks are recomputed by the scheduler itself
        return self.client.submit(fn, arg, pure=False)

    def done(self, handle: Any) -> bool:
        return bool(handle.done())

    def result(self, handle: Any) -> Any:
        from distributed import KilledWorker

        try:
            return handle.result()
        except KilledWorker as exc:
            raise WorkerLost(str(exc)) from None
        finally:
            handle.release()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def backend_for(workers: int | None = None, scheduler: str | None = None) -> Backend:
    """The backend the command-line options ask for."""
    if scheduler:
        return DaskCluster(scheduler)
    if workers and workers > 1:
        return LocalProcesses(workers)
    return Serial()


def ordered_map(backend: Backend, fn: Callable[[T], R], items: Iterable[T], *,
                window: int | None = None,
                batch: int | None = None) -> Iterator[tuple[T, R | BaseException]]:
    """`fn` over `items` on `backend`, yielding (item, result or exception) in input order.

    Items travel in batches of `batch` (default: the backend's `batch`), so that a cluster's
    per-task cost (scheduling, a network round trip) is paid once per batch, not per
    document; at most `window` batches are in flight."""
    from collections import deque

    size = max(1, batch or getattr(backend, "batch", 1))
    limit = window or max(4, backend.capacity * 4)
    task = _Batch(fn)
    pending: deque[tuple[list[T], Any]] = deque()
    for chunk in _chunks(items, size):
        pending.append((chunk, backend.submit(task, chunk)))
        while len(pending) >= limit or (pending and backend.done(pending[0][1])):
            yield from _take(backend, pending.popleft())
    while pending:
        yield from _take(backend, pending.popleft())


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True)
class _Batch:
    """Runs `fn` on each item of a batch on the worker; one item's exception is its result,
    so the other items of the batch are not lost with it."""

    fn: Callable[[Any], Any]

    def __call__(self, chunk: list[Any]) -> list[tuple[bool, Any]]:
        out: list[tuple[bool, Any]] = []
        for item in chunk:
            try:
                out.append((True, self.fn(item)))
            except Exception as exc:
                out.append((False, exc))
        return out


def _take(backend: Backend, entry: tuple[list[Any], Any]) -> Iterator[tuple[Any, Any]]:
    chunk, handle = entry
    try:
        results = backend.result(handle)
    except Exception as exc:  # the whole batch was lost (a worker died too often)
        for item in chunk:
            yield item, exc
        return
    for item, (_ok, value) in zip(chunk, results, strict=True):
        yield item, value
