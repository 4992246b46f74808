"""What every response gets, whatever answered it (a page, the API, a static file, an error):
security headers, HEAD wherever GET is answered, and an access log in Combined Log Format.

These are plain ASGI layers wrapped around the whole application (`app._App`), so an error
page written by Starlette's outermost handler carries the same headers as a page.

The Content-Security-Policy allows scripts only from this server and no inline script at all;
the pages use none, and /docs loads Swagger UI and its initialiser (`static/docs.js`) as files.
Swagger UI sets inline styles and draws its icons as `data:` images, so /docs alone allows
those (`relaxed_paths`); nothing else does.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

STRICT_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
              "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
              "frame-ancestors 'none'")
"""Pages, API and files: only this origin, no inline script or style, never framed."""
DOCS_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; "
            "base-uri 'none'; frame-ancestors 'none'")
"""/docs: as strict for scripts, but Swagger UI's inline styles and data: icons are allowed."""

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",  # frame-ancestors for browsers that predate it
    "referrer-policy": "no-referrer",  # links to original articles leak nothing of ours
    "cross-origin-opener-policy": "same-origin",
}


class SecurityHeaders:
    """Add the Content-Security-Policy and `SECURITY_HEADERS` to every HTTP response (those
    a response sets itself are kept)."""

    def __init__(self, app: ASGIApp, *, relaxed_paths: Iterable[str] = ()) -> None:
        self.app = app
        self.relaxed_paths = frozenset(relaxed_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope.get("path") in self.relaxed_paths else STRICT_CSP
        extra = {"content-security-policy": csp, **SECURITY_HEADERS}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in extra.items()
                            if k.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """Answer HEAD as GET without the body (headers, Content-Length included, as GET sends
    them), so every GET route answers HEAD without being declared twice. A path that answers
    no GET answers no HEAD either (405, as for GET)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {"type": "http.response.body", "body": b"",
                           "more_body": message.get("more_body", False)}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def clf_time(when: datetime) -> str:
    """`[10/Oct/2000:13:55:36 -0700]`: the format's own month names, whatever the locale."""
    return (f"[{when.day:02d}/{_MONTHS[when.month - 1]}/{when.year:04d}:"
            f"{when:%H:%M:%S} {when:%z}]")


def clf_escape(value: str) -> str:
    """Quotes, backslashes and control or non-ASCII characters as `\\"`, `\\\\` and `\\xhh`
    (as Apache writes them), so one request is always one parseable line."""
    out = []
    for byte in value.encode("utf-8", "backslashreplace"):
        if byte in (0x22, 0x5C):
            out.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append(f"\\x{byte:02x}")
    return "".join(out)


def combined_line(scope: Scope, status: int, size: int, when: datetime) -> str:
    """One request in Combined Log Format:
    `host ident user [time] "request line" status bytes "referer" "user-agent"`."""
    headers = {k.decode("latin-1").lower(): v.decode("latin-1")
               for k, v in scope.get("headers", [])}
    client = scope.get("client")
    raw = scope.get("raw_path")
    path = raw.decode("latin-1") if isinstance(raw, bytes) else scope.get("path", "")
    query = scope.get("query_string", b"").decode("latin-1")
    target = f"{path}?{query}" if query else path
    request = f"{scope['method']} {target} HTTP/{scope.get('http_version', '1.1')}"

    def quoted(name: str) -> str:
        value = headers.get(name)
        return f'"{clf_escape(value)}"' if value else '"-"'

    return (f"{client[0] if client else '-'} - - {clf_time(when)} \"{clf_escape(request)}\" "
            f"{status} {size if size else '-'} {quoted('referer')} {quoted('user-agent')}")


class AccessLog:
    """Append one Combined Log Format line per HTTP request to `path` ("-": standard output)
    once the response is sent. The file is opened per line, so it can be rotated (moved
    away) while the server runs; a line is written whole, under a lock."""

    def __init__(self, app: ASGIApp, path: str) -> None:
        self.app = app
        self.path = path
        self._lock = threading.Lock()
        if path != "-":  # fail at start, not on the first request, if it cannot be written
            Path(path).open("a", encoding="utf-8").close()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state: dict[str, Any] = {"status": 500, "size": 0}

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
            elif message["type"] == "http.response.body":
                state["size"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            self.write(combined_line(scope, state["status"], state["size"],
                                     datetime.now().astimezone()))

    def write(self, line: str) -> None:
        with self._lock:
            if self.path == "-":
                sys.stdout.write(line + "\n")
                sys.stdout.flush()
                return
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
