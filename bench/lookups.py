"""How fast the per-mention lookups are: gazetteer load, geocoding, date resolution.

They run for every mention of every article, so they must stay far below the parser's cost;
timings live here rather than in the tests, where a loaded machine would make them flaky.

    python bench/lookups.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from accords.gazetteer import Gazetteer
from accords.resolve.dates import resolve_date
from accords.resolve.places import geocode


def median_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> None:
    geocode("Minsk")  # build the place index once
    resolve_date("3 p.m.", "1987-03-22")  # warm dateparser's imports
    load = median_seconds(Gazetteer)
    places = ("Minsk", "PEKING", "Tanzania", "Washington")
    geo = median_seconds(lambda: [geocode(p) for _ in range(500) for p in places])
    exprs = ("on Tuesday", "April 10-11", "in October", "last year", "two-day")
    dates = median_seconds(lambda: [resolve_date(e, f"1987-02-{d:02d}")
                                    for d in range(1, 29) for e in exprs])
    print(f"gazetteer load            {load * 1000:8.1f} ms (median of 5)")
    print(f"geocode, per lookup       {geo / 2000 * 1e6:8.1f} us")
    print(f"resolve_date, per call    {dates / 140 * 1e6:8.1f} us")


if __name__ == "__main__":
    main()
