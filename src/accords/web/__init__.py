"""The web application: a REST API under /api and server-rendered pages, over one store."""

from accords.web.app import create_app

__all__ = ["create_app"]
