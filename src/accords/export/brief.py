"""The dyad brief: one printable page on two countries, written from the stored records only.

`build_brief` gathers what an analyst reads before a meeting: the relationship in numbers,
the agreements by status with their lifecycle (`history`, where the store has it), the
institutions and people on each side, the latest cooperation and conflict events, and what
changed since a date. Every line carries the store id of its record, a link to its page, the
document that reported it (with the original's URL where known) and the evidence sentence, so
nothing in the brief is text that a source does not back. The words it adds are labels (the
status, the instrument, a field's name) and the one-line event sentence of `phrases`, made
from the record's own fields.

`accords brief` (Markdown or HTML) and the page `/dyads/A/B/brief` (and its `.json` and `.md`
twins) all render the same dict: `render_markdown` here, `render_html` or the page's template
for HTML.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from accords.export.codes import QUAD_NAMES, event_quad
from accords.export.phrases import event_sentence
from accords.ingest.outlet import describe, web_url
from accords.model import Span, StoredActor, StoredAgreement, StoredEvent
from accords.store.reader import Filters

__all__ = ["STATUS_ORDER", "build_brief", "render_html", "render_markdown"]

STATUS_ORDER = ("in_force", "ratified", "signed", "initialled", "agreed", "negotiating",
                "extended", "amended", "suspended", "terminated")
"""Agreements grouped by status, the most binding first; an agreement with no reported
status comes last."""
LATEST_EVENTS = 10
"""Cooperation events and conflict events listed, each."""
PEOPLE_SHOWN = 25
"""Institutions and people listed per side (the most mentioned)."""
RECORDS_PER_ACTOR = 6
"""Records linked beside each institution or person."""
INSTRUMENT_NAMES = {"mou": "MoU", "letter_of_intent": "Letter of intent"}
TEMPLATES = Path(__file__).resolve().parent.parent / "web" / "templates"


def _label(code: str | None) -> str:
    return (code or "").replace("_", " ")


def _instrument(code: str) -> str:
    return INSTRUMENT_NAMES.get(code) or code.replace("_", " ").capitalize()


def _doc_href(base: str, document: str, record: str | None) -> str:
    href = f"{base}/documents/{quote(document, safe='/')}"
    if record:
        href += f"?{urlencode({'highlight': record})}#{quote(record, safe='')}"
    return href


def _evidence(spans: Sequence[Span]) -> str | None:
    return " ".join(spans[0].text.split()) if spans else None


def _source(rec: StoredAgreement | StoredEvent, base: str, document: str | None = None,
            evidence: Sequence[Span] | None = None) -> dict[str, Any]:
    """The report a line rests on: its document (the record's first report, or `document`),
    the outlet, the original's URL, the evidence sentence and a link to it in the text."""
    ref = next((s for s in rec.sources if document is None or s.document == document),
               rec.sources[0] if rec.sources else None)
    if ref is None:
        return {"document": document, "evidence": _evidence(evidence or rec.evidence)}
    outlet = describe(ref.document, ref.source, ref.url)
    return {"document": ref.document, "title": " ".join((ref.title or ref.document).split()),
            "published": ref.published, "outlet": outlet.label, "url": web_url(outlet.url),
            "href": _doc_href(base, ref.document, ref.record),
            "evidence": _evidence(evidence if evidence else ref.evidence or rec.evidence)}


def _date_of(rec: StoredAgreement | StoredEvent) -> str | None:
    if rec.date and rec.date.start:
        return rec.date.start
    return next((s.published for s in rec.sources if s.published), None)


def _date_text(rec: StoredAgreement | StoredEvent) -> str:
    d = rec.date
    if d and d.start:
        return d.start if not d.end or d.end == d.start else f"{d.start} – {d.end}"
    published = _date_of(rec)
    return f"reported {published}" if published else "undated"


def _agreement_item(g: StoredAgreement, names: Mapping[str, str], base: str) -> dict[str, Any]:
    steps = []
    for step in getattr(g, "history", None) or []:
        when = step.date or step.published
        steps.append({"status": step.status, "label": _label(step.status), "date": when,
                      "modality": step.modality,
                      "source": _source(g, base, step.document, step.evidence)})
    return {"id": g.id, "href": f"{base}/agreements/{g.id}",
            "name": _instrument(g.instrument) + (f" on {g.subject}" if g.subject else ""),
            "status": g.status, "modality": g.modality, "date": _date_text(g),
            "place": g.place.name if g.place else None,
            "parties": [names.get(p, p) for p in g.parties],
            "signatories": [names.get(p, p) for p in g.signatories],
            "sectors": [_label(s) for s in g.sectors], "sources": len(g.sources),
            "steps": steps, "source": _source(g, base)}


def _event_item(e: StoredEvent, actors: Mapping[str, StoredActor], base: str,
                country_name: Callable[[str], str]) -> dict[str, Any]:
    quad = event_quad(e.cameo, e.event)
    return {"id": e.id, "href": f"{base}/events/{e.id}",
            "line": event_sentence(e, actors, country_name), "event": e.event,
            "cameo": e.cameo, "quad": quad, "class": QUAD_NAMES.get(quad or 0),
            "modality": e.modality, "date": _date_text(e), "sources": len(e.sources),
            "source": _source(e, base)}


def _changed(rec: StoredAgreement | StoredEvent, since: str) -> bool:
    """Placed on or after `since`, or reported again since then (a new source on an older
    record is news too)."""
    return (_date_of(rec) or "") >= since or any((s.published or "") >= since
                                                  for s in rec.sources)


def _newest(records: Iterable[Any]) -> list[Any]:
    return sorted(records, key=lambda r: (_date_of(r) or "", r.id), reverse=True)


def build_brief(store: Any, a: str, b: str, *, since: str | None = None, base: str = "",
                country_name: Callable[[str], str] | None = None,
                today: dt.date | None = None) -> dict[str, Any]:
    """The brief on countries `a` and `b` (ISO alpha-3) from `store` (a `Store`); `since`
    (YYYY, YYYY-MM or YYYY-MM-DD) selects what is new; `base` prefixes the links (empty: the
    web UI's own paths)."""
    if country_name is None:
        from accords.gazetteer import get_gazetteer

        country_name = get_gazetteer().country_name
    a, b = a.upper(), b.upper()
    ags = _newest(store.agreements(Filters(country=a, with_country=b, limit=None)))
    evs = _newest(store.events(Filters(country=a, with_country=b, limit=None)))
    ids = {i for g in ags for i in g.parties + g.signatories}
    ids |= {i for e in evs for i in e.actor + e.recipient}
    actors: dict[str, StoredActor] = store.actors_by_id(sorted(ids))
    names = {k: " ".join(v.name.split()) for k, v in actors.items()}

    by_status: dict[str | None, list[StoredAgreement]] = defaultdict(list)
    for g in ags:
        by_status[g.status if g.status in STATUS_ORDER else None].append(g)
    groups = [{"status": s, "label": _label(s) if s else "status not reported",
               "agreements": [_agreement_item(g, names, base) for g in by_status[s]]}
              for s in (*STATUS_ORDER, None) if by_status.get(s)]

    quads = Counter(event_quad(e.cameo, e.event) for e in evs)
    cooperation = [e for e in evs if event_quad(e.cameo, e.event) in (1, 2)]
    conflict = [e for e in evs if event_quad(e.cameo, e.event) in (3, 4)]

    appears: dict[str, list[str]] = defaultdict(list)
    for rec in [*ags, *evs]:
        people = (rec.parties + rec.signatories if isinstance(rec, StoredAgreement)
                  else rec.actor + rec.recipient)
        for i in dict.fromkeys(people):
            appears[i].append(rec.id)
    sides: dict[str, list[dict[str, Any]]] = {a: [], b: []}
    for actor in sorted(actors.values(), key=lambda x: (-len(appears[x.id]), x.name)):
        if actor.kind != "country" and actor.country in sides:
            sides[actor.country].append({
                "id": actor.id, "href": f"{base}/actors/{actor.id}", "name": names[actor.id],
                "kind": actor.kind, "titles": list(dict.fromkeys(r.title for r in actor.roles)),
                "records": [{"id": r, "href": f"{base}/{'agreements' if r[0] == 'g' else 'events'}"
                             f"/{r}"} for r in appears[actor.id][:RECORDS_PER_ACTOR]]})
    institutions = {side: {"total": len(people), "shown": people[:PEOPLE_SHOWN]}
                    for side, people in sides.items()}

    documents = {s.document for rec in [*ags, *evs] for s in rec.sources}
    dated = sorted(d for d in (_date_of(r) for r in [*ags, *evs]) if d)
    numbers = {
        "agreements": len(ags), "events": len(evs), "sources": len(documents),
        "first": dated[0] if dated else None, "last": dated[-1] if dated else None,
        "by_status": {(_label(s) if s else "not reported"): len(by_status[s])
                      for s in (*STATUS_ORDER, None) if by_status.get(s)},
        "by_sector": dict(Counter(_label(s) for g in ags for s in g.sectors).most_common()),
        "by_year": dict(sorted(Counter((_date_of(g) or "undated")[:4] for g in ags).items())),
        "cooperation": len(cooperation), "conflict": len(conflict),
        "by_class": {QUAD_NAMES[q]: quads[q] for q in sorted(QUAD_NAMES) if quads.get(q)},
        "institutions": {side: len(people) for side, people in sides.items()},
    }

    changes = None
    if since:
        new_ags = [g for g in ags if _changed(g, since)]
        new_evs = [e for e in evs if _changed(e, since)]
        steps = []
        for g in ags:
            item = None
            for step in getattr(g, "history", None) or []:
                when = step.date or step.published
                if when and when >= since:
                    item = item or _agreement_item(g, names, base)
                    steps.append({"agreement": item["id"], "href": item["href"],
                                  "name": item["name"], "status": step.status,
                                  "label": _label(step.status), "date": when,
                                  "modality": step.modality,
                                  "source": _source(g, base, step.document, step.evidence)})
        steps.sort(key=lambda s: (s["date"], s["agreement"]), reverse=True)
        changes = {"since": since,
                   "agreements": [_agreement_item(g, names, base) for g in new_ags],
                   "steps": steps,
                   "events": [_event_item(e, actors, base, country_name) for e in new_evs]}

    return {
        "countries": [a, b], "names": {a: country_name(a), b: country_name(b)},
        "since": since, "date": (today or dt.date.today()).isoformat(), "base": base,
        "dyad_href": f"{base}/dyads/{a}/{b}", "numbers": numbers,
        "agreements_by_status": groups,
        "cooperation": [_event_item(e, actors, base, country_name)
                        for e in cooperation[:LATEST_EVENTS]],
        "conflict": [_event_item(e, actors, base, country_name)
                     for e in conflict[:LATEST_EVENTS]],
        "institutions": institutions, "changes": changes,
    }


# ---- Markdown -----------------------------------------------------------------------------------

def _md(text: Any) -> str:
    """Text from the corpus made inert in Markdown: no markup, links or HTML get through."""
    out = str(text)
    for ch in "\\`*_{}[]()<>#|!":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _md_source(src: Mapping[str, Any]) -> list[str]:
    lines = []
    if src.get("href"):
        where = f"[{_md(src['title'])}]({src['href']})"
        if src.get("published"):
            where += f", {src['published']}"
        if src.get("outlet"):
            where += f", {_md(src['outlet'])}"
        if src.get("url"):
            where += f" ([original]({src['url']}))"
        lines.append(f"  Source: {where}")
    if src.get("evidence"):
        lines.append(f"  > {_md(src['evidence'])}")
    return lines


def _md_agreement(g: Mapping[str, Any]) -> list[str]:
    head = f"- [{g['id']}]({g['href']}) **{_md(g['name'])}**: {_md(g['status'] or 'no status')}"
    head += f", {_md(g['date'])}"
    if g["place"]:
        head += f", {_md(g['place'])}"
    if g["modality"] != "asserted":
        head += f" ({g['modality']})"
    lines = [head]
    if g["parties"]:
        lines.append(f"  Parties: {_md('; '.join(g['parties']))}")
    if g["signatories"]:
        lines.append(f"  Signed by: {_md('; '.join(g['signatories']))}")
    if g["sectors"]:
        lines.append(f"  Sectors: {_md(', '.join(g['sectors']))}")
    if g["steps"]:
        lines.append("  Lifecycle:")
        for s in g["steps"]:
            step = f"  - {_md(s['label'])}, {_md(s['date'] or 'undated')}"
            if s["modality"] != "asserted":
                step += f" ({s['modality']})"
            lines.append(step)
            lines += ["  " + line for line in _md_source(s["source"])]
    else:
        lines += _md_source(g["source"])
    return lines


def _md_event(e: Mapping[str, Any]) -> list[str]:
    line = f"- [{e['id']}]({e['href']}) {_md(e['date'])}: {_md(e['line'])}"
    if e["class"]:
        line += f" ({e['class']})"
    return [line, *_md_source(e["source"])]


def render_markdown(brief: Mapping[str, Any]) -> str:
    """The brief as Markdown: headings, one bullet per record with its source and evidence."""
    a, b = brief["countries"]
    names, n = brief["names"], brief["numbers"]
    out = [f"# {_md(names[a])} – {_md(names[b])}: brief", "",
           f"Written {brief['date']} from the records of the Accords store "
           f"([dyad page]({brief['dyad_href']})). Every line names its record, its source "
           "and the evidence.", "", "## In numbers", "",
           f"- {_count(n['agreements'], 'agreement')}, {_count(n['events'], 'event')}, "
           f"{_count(n['sources'], 'source document')}"
           + (f", from {n['first']} to {n['last']}" if n["first"] else "")]
    if n["by_status"]:
        out.append("- Agreements by status: " + ", ".join(
            f"{_md(s)} {c}" for s, c in n["by_status"].items()))
    if n["by_sector"]:
        out.append("- Agreements by sector: " + ", ".join(
            f"{_md(s)} {c}" for s, c in n["by_sector"].items()))
    if n["by_year"]:
        out.append("- Agreements by year: " + ", ".join(
            f"{y} {c}" for y, c in n["by_year"].items()))
    out.append(f"- Events: {n['cooperation']} cooperation, {n['conflict']} conflict"
               + (" (" + ", ".join(f"{k} {v}" for k, v in n["by_class"].items()) + ")"
                  if n["by_class"] else ""))
    out.append(f"- Institutions and people: {n['institutions'][a]} of {_md(names[a])}, "
               f"{n['institutions'][b]} of {_md(names[b])}")
    if brief["changes"] is not None:
        c = brief["changes"]
        out += ["", f"## Since {c['since']}", ""]
        if not (c["agreements"] or c["steps"] or c["events"]):
            out.append("Nothing recorded since then.")
        for s in c["steps"]:
            out.append(f"- [{s['agreement']}]({s['href']}) {_md(s['name'])}: "
                       f"{_md(s['label'])}, {_md(s['date'])}")
            out += _md_source(s["source"])
        for g in c["agreements"]:
            if not any(s["agreement"] == g["id"] for s in c["steps"]):
                out += _md_agreement(g)
        for e in c["events"]:
            out += _md_event(e)
    out += ["", "## Agreements by status", ""]
    if not brief["agreements_by_status"]:
        out.append("No agreements recorded.")
    for group in brief["agreements_by_status"]:
        out += [f"### {_md(group['label']).capitalize()} ({len(group['agreements'])})", ""]
        for g in group["agreements"]:
            out += _md_agreement(g)
        out.append("")
    out += ["## Institutions and people", ""]
    for side in (a, b):
        inst = brief["institutions"][side]
        out += [f"### {_md(names[side])} ({inst['total']})", ""]
        if not inst["shown"]:
            out.append("None recorded.")
        for p in inst["shown"]:
            titles = f" ({_md(', '.join(p['titles']))})" if p["titles"] else ""
            records = ", ".join(f"[{r['id']}]({r['href']})" for r in p["records"])
            out.append(f"- [{_md(p['name'])}]({p['href']}){titles}, {p['kind']}: {records}")
        out.append("")
    for key, title in (("cooperation", "Latest cooperation"), ("conflict", "Latest conflict")):
        out += [f"## {title}", ""]
        if not brief[key]:
            out.append("None recorded.")
        for e in brief[key]:
            out += _md_event(e)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_html(brief: Mapping[str, Any]) -> str:
    """The brief as one standalone HTML document (the page's template, with its print style
    inline instead of the site's navigation)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape())
    style = (TEMPLATES.parent / "static" / "style.css").read_text(encoding="utf-8")
    return env.get_template("brief.html").render(
        **brief, layout="brief_standalone.html", style=style)
