"""The HTML pages and their JSON twins (filled in by the pages work)."""

from fastapi import APIRouter

router = APIRouter()
