"""Load check of `accords serve`: many concurrent clients against a real server on loopback.

Usage: python bench/serve.py --db PATH_OR_URL [--requests 2000] [--clients 16] [--port 0]
                             [--service]

The database should hold the Reuters corpus (`python bench/ingest.py --db reuters.db` builds
one). The server runs as a user would start it (`accords serve`, one process); the clients are
threads with their own HTTP connection, each taking the next request from a shared list that
mixes API listings, record pages, dyad and country summaries, the network, full-text search and
HTML pages. Prints the median and 99th-percentile latency, the request rate, and any response
that was not 200.

With 16 clients that each send their next request as soon as the last is answered, latency is
mostly queueing: about 16 / (requests per second), whatever the kind of request. What a kind
costs is its service time: `--service` also runs the same mix in this process, one request at
a time, and prints the CPU milliseconds each kind takes (the server's thread pool run inline),
a figure other work on the machine barely moves.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import threading
import time
from collections import Counter
from typing import Any

import httpx

from accords.store import Filters, Store
from accords.web.server import ServerError, running_server


def request_mix(db: str, n: int, seed: int = 7) -> list[str]:
    """`n` paths drawn from what an analyst and a script would ask, from the database's own
    ids so that every request finds something."""
    with Store(db) as store:
        agreements = store.agreements(Filters(limit=300))
        events = store.events(Filters(limit=300))
        docs = store.documents(Filters(limit=300))
        network = store.network()
    if not agreements or not docs:
        raise SystemExit(f"{db}: the database holds no agreements; ingest a corpus first")
    pairs = [(e["source"], e["target"]) for e in network["edges"][:50]] or [("USA", "JPN")]
    countries = sorted({c for pair in pairs for c in pair})
    words = ("oil", "trade", "agreement", "bank", "talks", "tariff", "debt", "coffee")
    rng = random.Random(seed)
    makers = [
        lambda: "/api/agreements?limit=20",
        lambda: f"/api/agreements?country={rng.choice(countries)}&limit=20",
        lambda: f"/api/agreements/{rng.choice(agreements).id}",
        lambda: f"/api/events?country={rng.choice(countries)}&limit=20",
        lambda: f"/api/events/{rng.choice(events).id}" if events else "/api/events",
        lambda: "/api/dyads/{}/{}".format(*rng.choice(pairs)),
        lambda: f"/api/countries/{rng.choice(countries)}",
        lambda: "/api/network",
        lambda: f"/api/search?q={rng.choice(words)}",
        lambda: "/",
        lambda: f"/agreements/{rng.choice(agreements).id}",
        lambda: "/dyads/{}/{}".format(*rng.choice(pairs)),
        lambda: f"/countries/{rng.choice(countries)}",
        lambda: f"/documents/{rng.choice(docs)['sources'][0]['id']}",
    ]
    return [rng.choice(makers)() for _ in range(n)]


def route(path: str) -> str:
    """The kind of request: `/api/agreements/g12` -> `/api/agreements/{id}`."""
    parts = path.split("?")[0].strip("/").split("/")
    keep = 2 if parts[0] == "api" else 1
    named = "/".join(parts[:keep])
    return "/" + named + ("/{...}" if len(parts) > keep else "")


def run_clients(base: str, paths: list[str], clients: int
                ) -> tuple[list[float], Counter, dict[str, list[float]]]:
    latencies: list[float] = []
    by_route: dict[str, list[float]] = {}
    statuses: Counter = Counter()
    lock = threading.Lock()
    cursor = iter(range(len(paths)))

    def client() -> None:
        with httpx.Client(base_url=base, timeout=60) as http:
            while True:
                with lock:
                    i = next(cursor, None)
                if i is None:
                    return
                started = time.perf_counter()
                try:
                    status = http.get(paths[i]).status_code
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    by_route.setdefault(route(paths[i]), []).append(elapsed)
                    statuses[(status, paths[i].split("?")[0].rsplit("/", 1)[0])
                             if status != 200 else 200] += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, statuses, by_route


def service_times(db: str, paths: list[str]) -> dict[str, dict[str, float]]:
    """CPU ms per request, by kind: the app driven in this process over ASGI, one request at
    a time, with the thread-pool hop run inline so that the endpoint's CPU is this thread's."""
    import asyncio

    import fastapi.routing
    import starlette.concurrency

    from accords.web.app import create_app

    async def inline(func: Any, *args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    starlette.concurrency.run_in_threadpool = inline  # type: ignore[assignment]
    fastapi.routing.run_in_threadpool = inline  # type: ignore[assignment]
    app = create_app(db)
    by_route: dict[str, list[float]] = {}

    async def run() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for path in paths[:50]:  # warm caches
                await client.get(path)
            for path in paths:
                started = time.process_time()
                await client.get(path)
                by_route.setdefault(route(path), []).append(time.process_time() - started)

    asyncio.run(run())
    app.state.store.close()
    return {r: {"n": len(v), "median_ms": round(statistics.median(v) * 1000, 1),
                "mean_ms": round(statistics.mean(v) * 1000, 1)}
            for r, v in sorted(by_route.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="database of the Reuters corpus")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--service", action="store_true",
                        help="also measure each kind's CPU ms per request, one at a time")
    args = parser.parse_args()
    paths = request_mix(args.db, args.requests)
    service = service_times(args.db, paths) if args.service else None
    try:
        with running_server(args.db, port=args.port) as base:
            run_clients(base, paths[:50], 4)  # warm caches and connections
            started = time.perf_counter()
            latencies, statuses, by_route = run_clients(base, paths, args.clients)
            wall = time.perf_counter() - started
    except ServerError as exc:
        raise SystemExit(str(exc)) from None
    ordered = sorted(latencies)
    figures = {
        "requests": len(latencies), "clients": args.clients,
        "median_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
        "requests_per_s": round(len(latencies) / wall, 1),
        "not_200": {str(k): v for k, v in statuses.items() if k != 200},
        "by_route_ms": {r: {"n": len(v), "median": round(statistics.median(v) * 1000, 1),
                            "p99": round(sorted(v)[int(0.99 * (len(v) - 1))] * 1000, 1)}
                        for r, v in sorted(by_route.items())},
    }
    if service is not None:
        figures["service_cpu_ms"] = service
        figures["service_mean_cpu_ms"] = round(
            sum(v["mean_ms"] * v["n"] for v in service.values()) / len(paths), 1)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"{figures['requests']} requests from {args.clients} clients in {wall:.1f} s "
          f"({figures['requests_per_s']} requests/s)")
    print(f"latency: median {figures['median_ms']} ms, p99 {figures['p99_ms']} ms, "
          f"max {figures['max_ms']} ms")
    print(f"responses other than 200: {figures['not_200'] or 'none'}")
    cpu = figures.get("service_cpu_ms", {})
    print(f"{'request':<24} {'n':>5} {'median ms':>10} {'p99 ms':>8}"
          + (f" {'CPU ms alone':>13}" if cpu else ""))
    for name, f in figures["by_route_ms"].items():
        alone = f" {cpu[name]['median_ms']:>13}" if name in cpu else ""
        print(f"{name:<24} {f['n']:>5} {f['median']:>10} {f['p99']:>8}{alone}")
    if cpu:
        print(f"mean CPU per request of the mix, alone: {figures['service_mean_cpu_ms']} ms "
              f"(so at most {1000 / figures['service_mean_cpu_ms']:.0f} requests/s on one "
              "core: the server is one process, and the GIL makes it one core)")


if __name__ == "__main__":
    main()
