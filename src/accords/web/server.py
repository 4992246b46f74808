"""`accords serve` as a separate process, for scripts, benchmarks and tests that must talk to a
real server over HTTP (not an in-process test client)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx


class ServerError(RuntimeError):
    """The server process ended, or did not answer in time."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: str, *, port: int = 0, timeout: float = 60,
                   env: Mapping[str, str] | None = None,
                   access_log: str | None = None) -> Iterator[str]:
    """Start `accords serve --db DB` on loopback (a free port unless `port`; with
    `--access-log FILE` if `access_log`), wait until it answers, yield its base URL, and stop
    it on the way out."""
    port = port or free_port()
    script = Path(sys.executable).with_name("accords")
    command = [str(script), "serve", "--db", db, "--port", str(port)]
    if access_log is not None:
        command += ["--access-log", access_log]
    proc = subprocess.Popen(command,
                            env=dict(env) if env is not None else os.environ.copy(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise ServerError(f"accords serve ended (status {proc.returncode}): "
                                  f"{err[-2000:]}")
            try:
                if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise ServerError(f"accords serve did not answer within {timeout:.0f} s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
