"""The REST API under /api (filled in by the API work)."""

from fastapi import APIRouter

router = APIRouter(prefix="/api")
