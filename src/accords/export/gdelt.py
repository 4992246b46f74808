"""GDELT 2.0 event table: tab-separated, 61 columns in GDELT's order, no header by default.

Column names and order: "THE GDELT EVENT DATABASE DATA FORMAT CODEBOOK V2.0" (2/19/2015), as
restated field by field in linwoodc3/gdelt2HeaderRows (GDELT_2.0_Column_Labels_Header_Row
_Sep2016.csv, columns 0-60) and matching the header of GDELT 2.0 export samples.

Only events are exported: agreements are not GDELT events, and a signing is already an event
(SUPPORT / CAMEO 057). How each column is filled:

- One row per dyad: GDELT rows are Actor1-acts-on-Actor2, so an event with actors [A, B] and
  recipients [C] gives rows A->C and B->C (the classic CAMEO expansion of compound actors). An
  event with several actors and no recipient is reciprocal in PLOVER (a meeting, a signing):
  it gives every ordered pair, A->B and B->A, as CAMEO coders did. A lone actor gets an empty
  Actor2; with no actors, one row per recipient with Actor1 empty.
- GLOBALEVENTID: the row number, from `first_id` (1); our ids are strings, and one event may
  give several rows. SOURCEURL and the dates lead back to the record.
- SQLDATE/MonthYear/Year/FractionDate: every row has them. The event's own date; without one,
  the earliest publication date of its reports (GDELT too dates events by the articles that
  report them); when no report is dated either (the BBC corpus has no dates), the day of
  DATEADDED, the day the row enters this table. FractionDate is
  YYYY + ((month - 1) * 30 + day) / 365 to 4 places: the codebook writes (MONTH * 30 + DAY) /
  365, and GDELT's own rows (20190125 -> 2019.0685) show the month counted from 0.
- SQLDATEBasis (column 62, an Accords addition after SOURCEURL; `date_basis=False` leaves it
  out for tools that insist on exactly 61 columns): which date SQLDATE is, "event",
  "published" or "added", as above.
- Actor codes: CAMEO country (ISO alpha-3, Kosovo KSV) + type, e.g. "PAKGOV"; a country actor is
  just "PAK"; an intergovernmental body gets its Phoenix/CAMEO code from the gazetteer
  ("IGOUNO") with KnownGroupCode its last three letters ("UNO") and Type1Code "IGO". Type1Code is
  our sector (GOV, MIL, LEG, JUD, COP, SPY, PTY, BUS, MED = media, EDU, CVL, REL; UNK -> empty).
  Names are upper-case, as GDELT writes them. Ethnic/religion/Type2/Type3 codes stay empty.
- IsRootEvent: 1 when an evidence span starts within the first `LEAD_CHARS` characters of an
  article (the lead, which GDELT's flag approximates), else 0.
- EventCode: our CAMEO code, else the generic code of the PLOVER type ("040" for CONSULT,
  "180" for ASSAULT; every one of the 16 types has one); EventBaseCode its first three digits,
  EventRootCode its first two; QuadClass from the root (01-05 -> 1 verbal cooperation, 06-08
  -> 2 material cooperation, 09-13 -> 3 verbal conflict, 14-20 -> 4 material conflict);
  GoldsteinScale from `goldstein.GOLDSTEIN` (falling back to base, then root code), one
  decimal, -10.0 to 10.0.
- NumMentions: evidence spans over all reports (the record's own spans when it has no
  sources; at least one per report). NumSources and NumArticles: the number of reports
  (sources). AvgTone: empty (we do not score tone).
- Actor1Geo/Actor2Geo: empty, type 0 (we do not locate actors). ActionGeo: the event's place.
  Type 1 (country) when the place is its country, else 3 (US city) or 4 (world city);
  CountryCode is FIPS 10-4 (`codes.fips_country`); for a country match ADM1Code and FeatureID
  are that FIPS code, as in GDELT; GAUL ADM2 and GNS feature ids are unknown and left empty.
- DATEADDED: the export time, YYYYMMDDHHMMSS UTC (or `added`).
- SOURCEURL: the first report's web address, else its document id (GDELT allows "URL or
  citation"); never a local file path.
- Text fields lose tabs and line breaks (replaced by spaces) so every row keeps 61 columns.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from pathlib import Path

from accords.export._io import Destination, open_text
from accords.export.codes import (
    cameo_base,
    cameo_country,
    cameo_for,
    cameo_root,
    country_name,
    fips_country,
    goldstein,
    quad_class,
)
from accords.export.data import ExportData, earliest_published, evidence_spans
from accords.ingest.outlet import web_url
from accords.model import (
    Document,
    Place,
    Record,
    StoredActor,
    StoredAgreement,
    StoredEvent,
)

__all__ = ["DATE_BASIS_COLUMN", "GDELT_COLUMNS", "LEAD_CHARS", "event_date", "gdelt_rows",
           "write_gdelt"]

_ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)
_GEO_FIELDS = (
    "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
)
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)

DATE_BASIS_COLUMN = "SQLDATEBasis"
"""Column 62: which date SQLDATE holds ("event", "published" or "added")."""
LEAD_CHARS = 500
_NO_GEO = ["0", "", "", "", "", "", "", ""]


def _clean(value: object) -> str:
    """A TSV-safe cell: None -> '', tabs and line breaks -> spaces."""
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").splitlines())


@functools.cache
def _igo_code(name: str) -> str | None:
    """The Phoenix/CAMEO code of an intergovernmental body by name ("IGOUNO"), if known."""
    from accords.gazetteer import get_gazetteer

    body = get_gazetteer().international(name)
    return body["code"] if body else None


def _actor(actor: StoredActor | None, actor_id: str | None) -> list[str]:
    """The ten Actor fields for one actor (all empty when there is none)."""
    if actor_id is None:
        return [""] * len(_ACTOR_FIELDS)
    if actor is None:
        return ["", actor_id.upper()] + [""] * (len(_ACTOR_FIELDS) - 2)
    name = actor.name.upper()
    if actor.kind == "international":
        code = _igo_code(actor.name) or "IGO"
        group = code[-3:] if len(code) > 3 else ""
        return [code, name, "", group, "", "", "", "IGO", "", ""]
    country = cameo_country(actor.country)
    sector = actor.sector if actor.sector not in (None, "UNK", "IGO") else ""
    code = country if actor.kind == "country" else country + (sector or "")
    return [code, name, country, "", "", "", "", sector or "", "", ""]


def _action_geo(place: Place | None) -> list[str]:
    if place is None:
        return list(_NO_GEO)
    fips = fips_country(place.country)
    cname = country_name(place.country)
    is_country = place.country is not None and place.name.casefold() == cname.casefold()
    if is_country:
        return ["1", cname, fips, fips, "", _num(place.lat), _num(place.lon), fips]
    geo_type = "3" if place.country == "USA" else "4"
    full = f"{place.name}, {cname}" if cname else place.name
    return [geo_type, full, fips, "", "", _num(place.lat), _num(place.lon), ""]


def _num(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def _date_fields(iso: str | None) -> list[str]:
    """SQLDATE, MonthYear, Year, FractionDate from an ISO date (empty when unknown/partial)."""
    try:
        day = dt.date.fromisoformat(iso or "")
    except ValueError:
        return ["", "", "", ""]
    fraction = ((day.month - 1) * 30 + day.day) / 365
    return [
        day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
        f"{day.year + fraction:.4f}",
    ]


def _full_date(iso: str | None) -> str | None:
    try:
        return dt.date.fromisoformat(iso or "").isoformat()
    except ValueError:
        return None


def event_date(event: StoredEvent, added: dt.datetime) -> tuple[str, str]:
    """(ISO date, basis) for SQLDATE: the event's date, else its earliest report's, else the
    day it is added (UTC)."""
    own = _full_date(event.date.start if event.date else None)
    if own:
        return own, "event"
    published = _full_date(earliest_published(event))
    if published:
        return published, "published"
    return added.astimezone(dt.UTC).date().isoformat(), "added"


def _dyads(event: StoredEvent) -> list[tuple[str | None, str | None]]:
    if event.actor and event.recipient:
        return [(a, r) for a in event.actor for r in event.recipient]
    if len(event.actor) > 1:  # reciprocal: each actor acts on each other one
        return [(a, b) for a in event.actor for b in event.actor if a != b]
    if event.actor:
        return [(event.actor[0], None)]
    if event.recipient:
        return [(None, r) for r in event.recipient]
    return [(None, None)]


def gdelt_rows(
    data: ExportData, *, first_id: int = 1, added: dt.datetime | None = None,
    date_basis: bool = True,
) -> list[list[str]]:
    """Every event of `data` as GDELT 2.0 rows of 61 strings, plus SQLDATEBasis unless
    `date_basis` is False (see the module docstring)."""
    added = added or dt.datetime.now(dt.UTC)
    date_added = added.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")
    rows: list[list[str]] = []
    for event in data.events:
        when, basis = event_date(event, added)
        code = cameo_for(event.cameo, event.event) or ""
        scale = goldstein(code)
        spans = list(evidence_spans(event))
        n_sources = len(event.sources)
        per_source = sum(len(s.evidence) for s in event.sources)
        mentions = max(per_source or len(event.evidence), n_sources)
        root_event = "1" if any(s.start < LEAD_CHARS for s in spans) else "0"
        first = event.sources[0] if event.sources else None
        url = (web_url(first.url) or first.document) if first else ""
        action = _action_geo(event.place)
        for actor1, actor2 in _dyads(event):
            row = [
                str(first_id + len(rows)), *_date_fields(when),
                *_actor(data.actor(actor1) if actor1 else None, actor1),
                *_actor(data.actor(actor2) if actor2 else None, actor2),
                root_event, code, cameo_base(code), cameo_root(code),
                str(quad_class(code) or ""), "" if scale is None else f"{scale:.1f}",
                str(mentions), str(n_sources), str(n_sources), "",
                *_NO_GEO, *_NO_GEO, *action,
                date_added, url, *([basis] if date_basis else []),
            ]
            rows.append([_clean(v) for v in row])
    return rows


def write_gdelt(
    destination: Destination,
    *,
    records: Iterable[Record] | None = None,
    actors: Iterable[StoredActor] | None = None,
    events: Iterable[StoredEvent] | None = None,
    agreements: Iterable[StoredAgreement] | None = None,
    documents: Iterable[Document] | None = None,
    header: bool = False,
    first_id: int = 1,
    added: dt.datetime | None = None,
    date_basis: bool = True,
) -> list[Path]:
    """Write the events as a GDELT 2.0 TSV (`header=True` adds the column names as row one;
    `date_basis=False` leaves out the 62nd column, SQLDATEBasis)."""
    data = ExportData.collect(
        records=records, actors=actors, events=events, agreements=agreements, documents=documents
    )
    written: list[Path] = []
    with open_text(destination, written) as fh:
        if header:
            columns = (*GDELT_COLUMNS, DATE_BASIS_COLUMN) if date_basis else GDELT_COLUMNS
            fh.write("\t".join(columns) + "\n")
        for row in gdelt_rows(data, first_id=first_id, added=added, date_basis=date_basis):
            fh.write("\t".join(row) + "\n")
    return written
