"""What the store benchmarks share: CPU time of this process and of the PostgreSQL server
processes that serve it, statements counted per run, and a short profile summary.

On a machine other work shares, wall time measures the neighbours as much as the code: these
benchmarks also report CPU seconds, this process's and (for a local PostgreSQL server) those of
the server backends connected to the benchmark's database, which the neighbours barely move.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass
class Clock:
    """Wall and CPU seconds of a block (`with measured() as clock:`); `server_cpu_s` is the
    PostgreSQL backends' CPU over the same block (None on SQLite, or for a remote server)."""

    wall_s: float = 0.0
    cpu_s: float = 0.0
    server_cpu_s: float | None = None
    statements: int = 0

    @property
    def total_cpu_s(self) -> float:
        return self.cpu_s + (self.server_cpu_s or 0.0)


def backend_cpu(store: Any) -> dict[int, float] | None:
    """CPU seconds so far of each PostgreSQL backend connected to the store's database (the
    store's own connections: a benchmark database has no other clients), read from /proc;
    None on SQLite or when the server's processes cannot be read (another machine)."""
    if store.dialect != "postgresql":
        return None
    import psutil
    from sqlalchemy import text

    with store.engine.connect() as conn:
        pids = conn.execute(text("SELECT pid FROM pg_stat_activity "
                                 "WHERE datname = current_database()")).scalars().all()
    out: dict[int, float] = {}
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            return None
        out[pid] = times.user + times.system
    return out


@contextmanager
def measured(store: Any = None) -> Iterator[Clock]:
    """Time a block: wall, this process's CPU, the server's CPU, and the SQL statements the
    store's engine sent (an executemany counts once)."""
    from sqlalchemy import event

    clock = Clock()
    before = backend_cpu(store) if store is not None else None

    def count(*_: Any) -> None:
        clock.statements += 1

    if store is not None:
        event.listen(store.engine, "before_cursor_execute", count)
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield clock
    finally:
        clock.wall_s = time.perf_counter() - wall
        clock.cpu_s = time.process_time() - cpu
        if store is not None:
            event.remove(store.engine, "before_cursor_execute", count)
            after = backend_cpu(store)
            if before is not None and after is not None:
                clock.server_cpu_s = sum(t - before.get(pid, 0.0) for pid, t in after.items())


@contextmanager
def profiled(path: str | None, *, top: int = 25) -> Iterator[None]:
    """cProfile the block (CPU time, so neighbours do not count) into `path` and print the
    `top` functions by cumulative time to stderr; nothing without a path."""
    if not path:
        yield
        return
    import sys

    profile = cProfile.Profile(time.process_time)
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        profile.dump_stats(path)
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out)
        stats.sort_stats("cumulative").print_stats(top)
        stats.sort_stats("tottime").print_stats(top)
        sys.stderr.write(out.getvalue())
        sys.stderr.write(f"profile written to {path} (python -m pstats {path})\n")
