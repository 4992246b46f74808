"""Server-rendered SVG charts: a sector and event timeline, and the country network.

Charts are drawn here, in Python, as inline SVG: the pages need no script, no third-party files
and no network, and what a chart shows is decided by the same context the JSON twin returns.
Every piece of text and every attribute value is escaped, because labels come from the corpus.
The layouts are deterministic, so a page renders the same bytes for the same data.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

from markupsafe import Markup

from accords.model import SECTORS

PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd",
    "#e6550d", "#31a354", "#756bb1", "#636363", "#a55194", "#6b6ecf", "#b5cf6b",
)
"""One colour per sector in `SECTORS` order; rows and tags carry the sector's name too, so
colour is never the only cue."""
EVENT_COLOUR = "#444444"
"""An event square whose quad class is unknown (no CAMEO code, an unknown type)."""
QUAD_COLOURS = {1: "#6baed6", 2: "#08519c", 3: "#fd8d3c", 4: "#a63603"}
"""Event squares by CAMEO/GDELT quad class: blues for cooperation, oranges for conflict,
light for verbal, dark for material (distinguishable without red-green vision); the legend
and every tooltip name the class, so colour is never the only cue."""
QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"}
QUAD_SHORT = {1: "verbal coop.", 2: "material coop.", 3: "verbal confl.", 4: "material confl."}


def _palette_index(sector: str) -> int:
    index = SECTORS.index(sector) if sector in SECTORS else len(SECTORS) + sum(map(ord, sector))
    return index % len(PALETTE)


def sector_colour(sector: str) -> str:
    """One colour per sector, the same on every page (by the sector's place in the code list)."""
    return PALETTE[_palette_index(sector)]


def sector_class(sector: str) -> str:
    """The class giving a tag its sector's colour (`.tag.c3` in style.css): pages carry no
    inline style."""
    return f"c{_palette_index(sector)}"


def _attrs(**values: Any) -> str:
    """Escaped attributes; a trailing underscore in a name becomes nothing, `_` becomes `-`."""
    parts = []
    for name, value in values.items():
        if value is None:
            continue
        name = name.rstrip("_").replace("_", "-")
        parts.append(f'{name}="{escape(str(value), quote=True)}"')
    return " ".join(parts)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


# ---- timeline ------------------------------------------------------------------------------

TIMELINE_WIDTH = 900
LABEL_WIDTH = 170
ROW_HEIGHT = 26
TOP = 28
AXIS_HEIGHT = 34
COLUMN_MAX = 60
"""Widest column of the timeline: with few months or years the chart narrows instead."""
MIN_PLOT = 360
"""Narrowest plot: room for the key above it."""


def quad_colour(quad: int | None) -> str:
    """The fill of an event of quad class `quad` (1-4; `EVENT_COLOUR` when unknown)."""
    return QUAD_COLOURS.get(quad or 0, EVENT_COLOUR)


def timeline(data: Mapping[str, Any], *, title: str = "Timeline") -> Markup:
    """Agreements and events over time, one row per sector (agreements, circles) or per event
    type and quad class (events, squares coloured by quad class, with a legend); a mark's size
    is its count and it links to the records it counts.

    `data` is the `timeline` of a page context: unit, bins (gap-free), rows and cells.
    """
    bins: Sequence[str] = data.get("bins", [])
    rows: Sequence[Mapping[str, Any]] = data.get("rows", [])
    cells: Sequence[Mapping[str, Any]] = data.get("cells", [])
    if not bins or not rows:
        return Markup('<p class="empty">Nothing dated to draw.</p>')
    has_events = any(r["kind"] == "event" for r in rows)
    # a few months get columns of a readable width, not the whole page: the chart stays
    # compact (its width attribute keeps the page from stretching it), its key moves left
    # and the quad classes take two lines
    plot = min(TIMELINE_WIDTH - LABEL_WIDTH - 16, max(len(bins) * COLUMN_MAX, MIN_PLOT))
    width = LABEL_WIDTH + plot + 16
    narrow = width < TIMELINE_WIDTH
    key_x = 8 if narrow else LABEL_WIDTH
    top = TOP + (QUAD_LEGEND * (2 if narrow else 1) if has_events else 0)
    height = top + ROW_HEIGHT * len(rows) + AXIS_HEIGHT
    step = plot / len(bins)
    column = {b: i for i, b in enumerate(bins)}
    biggest = max((c["count"] for c in cells), default=1)
    radius_max = max(3.0, min(ROW_HEIGHT / 2 - 2, step / 2 + 2))

    def x_of(b: str) -> float:
        return LABEL_WIDTH + (column[b] + 0.5) * step

    def y_of(row: int) -> float:
        return top + row * ROW_HEIGHT + ROW_HEIGHT / 2

    out = [f'<svg class="chart timeline" {_attrs(viewBox=f"0 0 {width} {height}")} '
           f'width="{width}" role="img" aria-label="{escape(title, quote=True)}" '
           f'xmlns="http://www.w3.org/2000/svg">',
           f"<title>{escape(title)}</title>",
           f'<g class="legend" transform="translate({key_x},14)">'
           '<circle class="key" cx="6" cy="0" r="5" fill="#777"/>'
           '<text x="16" y="4">agreements</text>'
           '<rect class="key" x="110" y="-5" width="10" height="10" fill="#777"/>'
           '<text x="126" y="4">events</text>'
           f'<text x="210" y="4">one column per {escape(str(data.get("unit", "")))}'
           f'{" · " + str(data["undated"]) + " undated not shown" if data.get("undated") else ""}'
           "</text></g>"]
    if has_events:
        out.append(_quad_legend(key_x, TOP + 8, per_line=2 if narrow else 4))
    types = Counter(r["label"] for r in rows if r["kind"] == "event")
    for i, row in enumerate(rows):
        y = y_of(i)
        if row["kind"] == "agreement":
            label = row["label"]
        elif types[row["label"]] > 1:  # REQUEST: appeals and demands
            label = f'{row["label"].lower()} ({QUAD_SHORT.get(row.get("quad") or 0, "other")})'
        else:
            label = f'{row["label"].lower()} (event)'
        out.append(f'<line class="row" x1="{LABEL_WIDTH}" x2="{width - 16}" '
                   f'y1="{_num(y)}" y2="{_num(y)}"/>'
                   f'<text class="row-label" x="{LABEL_WIDTH - 8}" y="{_num(y + 4)}" '
                   f'text-anchor="end">{escape(label.replace("_", " "))}</text>')
    every = max(1, math.ceil(len(bins) / 10))
    axis_y = top + ROW_HEIGHT * len(rows)
    out.append(f'<line class="axis" x1="{LABEL_WIDTH}" x2="{width - 16}" '
               f'y1="{axis_y}" y2="{axis_y}"/>')
    for i, b in enumerate(bins):
        if i % every == 0:
            x = x_of(b)
            out.append(f'<line class="tick" x1="{_num(x)}" x2="{_num(x)}" y1="{axis_y}" '
                       f'y2="{axis_y + 5}"/><text class="tick-label" x="{_num(x)}" '
                       f'y="{axis_y + 20}" text-anchor="middle">{escape(b)}</text>')
    for cell in cells:
        if cell["bin"] not in column or not 0 <= cell["row"] < len(rows):
            continue
        row = rows[cell["row"]]
        x, y = x_of(cell["bin"]), y_of(cell["row"])
        r = 3 + (radius_max - 3) * math.sqrt(cell["count"] / biggest)
        noun = "agreement" if row["kind"] == "agreement" else "event"
        quad = QUAD_LABELS.get(row.get("quad") or 0)
        tip = (f'{row["label"].replace("_", " ")}{f" ({quad})" if quad else ""}, '
               f'{cell["bin"]}: {cell["count"]} {noun}{"s" if cell["count"] != 1 else ""}')
        if row["kind"] == "agreement":
            shape = (f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}" '
                     f'fill="{sector_colour(row["label"])}">')
            end = "</circle>"
        else:
            shape = (f'<rect x="{_num(x - r)}" y="{_num(y - r)}" width="{_num(2 * r)}" '
                     f'height="{_num(2 * r)}" fill="{quad_colour(row.get("quad"))}" '
                     f'class="q{row.get("quad") or 0}">')
            end = "</rect>"
        mark = f"{shape}<title>{escape(tip)}</title>{end}"
        if cell.get("href"):
            mark = f'<a {_attrs(href=cell["href"])}>{mark}</a>'
        out.append(mark)
    out.append("</svg>")
    return Markup("".join(out))


QUAD_LEGEND = 22
"""Height of the quad-class legend line under the timeline's key."""


def _quad_legend(x: float, y: float, per_line: int = 4) -> str:
    """The four quad classes as coloured squares with their names, `per_line` a line."""
    parts = [f'<g class="legend quads" transform="translate({_num(x)},{_num(y)})">']
    at = 0
    for n, (quad, label) in enumerate(QUAD_LABELS.items()):
        if n and n % per_line == 0:
            at = 0
        dy = (n // per_line) * QUAD_LEGEND
        parts.append(f'<rect class="key q{quad}" x="{at}" y="{dy - 5}" width="10" height="10" '
                     f'fill="{QUAD_COLOURS[quad]}"/><text x="{at + 16}" y="{dy + 4}">'
                     f"{escape(label)}</text>")
        at += 30 + 7 * len(label)
    parts.append("</g>")
    return "".join(parts)


# ---- network -------------------------------------------------------------------------------

NETWORK_SIZE = 800


def circular_layout(nodes: Sequence[Mapping[str, Any]],
                    size: int = NETWORK_SIZE) -> dict[str, tuple[float, float]]:
    """Node positions on a circle, busiest first from the top, clockwise: deterministic and
    cheap for any number of countries, unlike a force layout computed per request."""
    ordered = sorted(nodes, key=lambda n: (-n["agreements"], n["id"]))
    centre, radius = size / 2, size / 2 - 90
    n = max(len(ordered), 1)
    return {node["id"]: (centre + radius * math.sin(2 * math.pi * i / n),
                         centre - radius * math.cos(2 * math.pi * i / n))
            for i, node in enumerate(ordered)}


def network(nodes: Sequence[Mapping[str, Any]], edges: Iterable[Mapping[str, Any]], *,
            names: Mapping[str, str] | None = None, title: str = "Network") -> Markup:
    """Countries as nodes (size: agreements), agreements between two countries as edges
    (width: how many); nodes link to country pages, edges to dyad pages."""
    if not nodes:
        return Markup('<p class="empty">No agreements between countries match.</p>')
    names = names or {}
    pos = circular_layout(nodes)
    edges = [e for e in edges if e["source"] in pos and e["target"] in pos]
    heaviest = max((e["agreements"] for e in edges), default=1)
    busiest = max(n["agreements"] for n in nodes) or 1
    out = [f'<svg class="chart network" viewBox="0 0 {NETWORK_SIZE} {NETWORK_SIZE}" '
           f'role="img" aria-label="{escape(title, quote=True)}" '
           f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title><g class="edges">']
    for e in edges:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        width = 1 + 7 * math.sqrt(e["agreements"] / heaviest)
        a, b = e["source"], e["target"]
        tip = (f'{names.get(a, a)} – {names.get(b, b)}: {e["agreements"]} agreement'
               f'{"s" if e["agreements"] != 1 else ""}')
        coords = f'x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}"'
        link = _attrs(href=e.get("href") or f"/dyads/{a}/{b}", data_source=a, data_target=b)
        out.append(f'<a class="edge" {link}>'
                   f'<line class="hit" {coords}/>'
                   f'<line class="link" {coords} stroke-width="{_num(width)}">'
                   f"<title>{escape(tip)}</title></line></a>")
    out.append('</g><g class="nodes">')
    centre = NETWORK_SIZE / 2
    for node in nodes:
        iso = node["id"]
        x, y = pos[iso]
        r = 4 + 10 * math.sqrt(node["agreements"] / busiest)
        # labels outside the ring, anchored away from the centre
        dx, dy = x - centre, y - centre
        dist = math.hypot(dx, dy) or 1
        lx, ly = x + dx / dist * (r + 6), y + dy / dist * (r + 6) + 4
        anchor = "start" if dx > 1 else "end" if dx < -1 else "middle"
        tip = f'{names.get(iso, iso)}: {node["agreements"]} agreements'
        href = node.get("href") or f"/countries/{iso}"
        out.append(f'<a class="node" {_attrs(href=href, data_id=iso)}>'
                   f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}">'
                   f"<title>{escape(tip)}</title></circle>"
                   f'<text x="{_num(lx)}" y="{_num(ly)}" text-anchor="{anchor}">'
                   f"{escape(_short_label(node.get('name') or iso))}</text></a>")
    out.append("</g></svg>")
    return Markup("".join(out))


def _short_label(text: str, limit: int = 24) -> str:
    """A node label that fits beside the ring; the full name is in the node's tooltip."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---- world map -----------------------------------------------------------------------------

MAP_NONE = "#e3e7eb"
"""A country with no agreements to shade."""
MAP_SHADES = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
"""Light to dark blue, fewer to more agreements (one scale, readable without red-green)."""
MAP_FOCUS = "#d9480f"
"""The country whose page it is."""


def map_class(count: int, most: int) -> int:
    """The shade (1-5) of `count` agreements when the busiest country has `most`: on a log
    scale, so one big partner does not wash every other out; 0 for none."""
    if count <= 0 or most <= 0:
        return 0
    if most == 1:
        return len(MAP_SHADES)
    step = math.log(count + 1) / math.log(most + 1) * len(MAP_SHADES)
    return max(1, min(len(MAP_SHADES), math.ceil(step)))


def world_map(counts: Mapping[str, int], *, linked: Iterable[str] = (),
              focus: str | None = None, names: Mapping[str, str] | None = None,
              noun: str = "agreements", title: str = "World map") -> Markup:
    """Countries shaded by `counts` (ISO alpha-3 -> agreements), drawn from Natural Earth
    outlines (`worldmap`); those in `linked` (and `focus`) link to their country page, and
    `focus` is drawn in its own colour. Every shaded country names its count in a tooltip."""
    from accords.web import worldmap

    names = names or {}
    linked = set(linked) | ({focus} if focus else set())
    most = max(counts.values(), default=0)
    out = [f'<svg class="chart worldmap" viewBox="0 0 {worldmap.WIDTH} {worldmap.HEIGHT}" '
           f'role="img" aria-label="{escape(title, quote=True)}" '
           f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for country in worldmap.countries():
        iso = country.iso
        n = counts.get(iso, 0)
        shade = map_class(n, most)
        fill = MAP_FOCUS if iso == focus else (MAP_SHADES[shade - 1] if shade else MAP_NONE)
        name = names.get(iso) or country.name
        tip = f"{name}: this country" if iso == focus else \
            f"{name}: {n} {noun if n != 1 else noun.rstrip('s')}"
        shape = (f'<path class="land m{shade}{" focus" if iso == focus else ""}" '
                 f'data-iso="{iso}" d="{country.path}" fill="{fill}">'
                 f"<title>{escape(tip)}</title></path>")
        if iso in linked:
            shape = f'<a {_attrs(href=f"/countries/{iso}", data_iso=iso)}>{shape}</a>'
        out.append(shape)
    out.append("</svg>")
    return Markup("".join(out))


def map_legend(counts: Mapping[str, int], noun: str = "agreements") -> list[dict[str, Any]]:
    """The shades in use with the range of counts each stands for, for the key under a map."""
    most = max(counts.values(), default=0)
    ranges: dict[int, list[int]] = {}
    for n in counts.values():
        shade = map_class(n, most)
        if shade:
            ranges.setdefault(shade, []).append(n)
    return [{"shade": s, "colour": MAP_SHADES[s - 1], "low": min(v), "high": max(v),
             "noun": noun} for s, v in sorted(ranges.items())]
