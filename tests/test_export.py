"""Exports: JSONL, CSV, Parquet, PLOVER and GDELT written from hand-built records, read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from accords.export import (
    EXPORTERS,
    FORMATS,
    GDELT_COLUMNS,
    PARQUET_SCHEMAS,
    ExportData,
    export,
    iter_records,
    read_merged,
    store_data,
)
from accords.export.codes import (
    cameo_country,
    fips_country,
    goldstein,
    plover_country,
    quad_class,
)
from accords.export.gdelt import DATE_BASIS_COLUMN
from accords.export.plover import REQUIRED_FIELDS
from accords.export.tables import as_date
from accords.ingest.outlet import Outlet, describe, looks_like_path
from accords.model import (
    Actor,
    Agreement,
    DateRange,
    Document,
    Event,
    Place,
    Record,
    Role,
    SourceRef,
    Span,
    StoredActor,
    StoredAgreement,
    StoredEvent,
)

VISIT_TEXT = "Prime Minister Shehbaz Sharif arrived in Minsk on Thursday for a two-day visit."
ROADMAP_TEXT = "The two sides signed a roadmap on military-technical cooperation."
WIRE_TEXT = "Belarus and Pakistan agreed a roadmap for defence industry cooperation."
KOS_TEXT = "Kosovo will sign a memorandum with Albania and the European Union next month."
ADDED = dt.datetime(2025, 4, 12, 9, 30, tzinfo=dt.UTC)
MINSK = Place(name="Minsk", country="BLR", lat=53.9, lon=27.57)


def _src(doc: str, published: str, url: str | None, record: str, span: Span) -> SourceRef:
    return SourceRef(
        document=doc, record=record, title=f"Report {doc}", published=published,
        source="Wire", url=url, evidence=[span],
    )


@pytest.fixture
def store() -> dict[str, list]:
    """A small merged store: Pakistan-Belarus (two reports) and Kosovo-Albania-EU (one)."""
    actors = [
        StoredActor(
            id="a1", kind="person", name="Shehbaz Sharif", country="PAK", sector="GOV",
            roles=[Role(title="Prime Minister", country="PAK")], aliases=["Shahbaz Sharif"],
            mentions=[Span(start=15, end=29, text="Shehbaz Sharif")], documents=2,
            confidence=0.95,
        ),
        StoredActor(id="a2", kind="country", name="Belarus", country="BLR", documents=2),
        StoredActor(
            id="a3", kind="organization", name="Ministry of Defence Production", country="PAK",
            sector="GOV", documents=1,
        ),
        StoredActor(
            id="a4", kind="organization", name="State Authority for Military Industry",
            country="BLR", sector="MIL", documents=2,
        ),
        StoredActor(id="a5", kind="country", name="Kosovo", country="XKX", documents=1),
        StoredActor(id="a6", kind="country", name="Albania", country="ALB", documents=1),
        StoredActor(
            id="a7", kind="international", name="European Union", sector="IGO", documents=1,
        ),
        StoredActor(
            id="a8", kind="person", name="Vjosa Osmani", country="XKX", sector="GOV",
            roles=[Role(title="President", country="XKX")], documents=1,
        ),
    ]
    visit = Span(start=0, end=len(VISIT_TEXT), text=VISIT_TEXT)
    roadmap = Span(start=120, end=120 + len(ROADMAP_TEXT), text=ROADMAP_TEXT)
    wire = Span(start=40, end=40 + len(WIRE_TEXT), text=WIRE_TEXT)
    kos = Span(start=900, end=900 + len(KOS_TEXT), text=KOS_TEXT)
    events = [
        StoredEvent(
            id="e1", event="CONSULT", mode="visit", cameo="042", context=["diplomatic"],
            actor=["a1"], recipient=["a2"],
            date=DateRange(start="2025-04-10", end="2025-04-11"), place=MINSK,
            agreements=["g1"], evidence=[visit], confidence=0.9,
            sources=[
                _src("pak-blr-visit", "2025-04-12", "https://example.org/pak-blr", "e1", visit),
                _src("blr-wire", "2025-04-11", "https://example.org/blr-wire", "e2", wire),
            ],
        ),
        StoredEvent(
            id="e2", event="SUPPORT", cameo="057", actor=["a8"], recipient=["a6", "a7"],
            modality="future", agreements=["g2"], confidence=0.7,
            sources=[_src("kos-alb", "2024-03-02", None, "e1", kos)],
        ),
        StoredEvent(
            id="e3", event="AGREE", actor=["a5"], context=["diplomatic"],
            date=DateRange(start="2024-02-28", end="2024-02-28"),
            place=Place(name="Kosovo", country="XKX", lat=42.58, lon=20.89), confidence=0.6,
            sources=[_src("kos-alb", "2024-03-02", "https://example.org/kos-alb", "e2", kos)],
        ),
    ]
    agreements = [
        StoredAgreement(
            id="g1", instrument="roadmap", subject="military-technical cooperation",
            sectors=["defence", "industry"], parties=["a3", "a4"], signatories=["a1"],
            countries=["BLR", "PAK"], status="signed",
            date=DateRange(start="2025-04-10", end="2025-04-11"), place=MINSK, occasion="e1",
            confidence=0.8,
            sources=[
                _src("pak-blr-visit", "2025-04-12", "https://example.org/pak-blr", "g1", roadmap),
                _src("blr-wire", "2025-04-11", "https://example.org/blr-wire", "g1", wire),
            ],
        ),
        StoredAgreement(
            id="g2", instrument="mou", sectors=["diplomacy"], parties=["a5", "a6"],
            countries=["ALB", "XKX"], status="agreed", modality="future", confidence=0.6,
            sources=[_src("kos-alb", "2024-03-02", None, "g1", kos)],
        ),
    ]
    return {"actors": actors, "events": events, "agreements": agreements}


@pytest.fixture
def record() -> Record:
    """One article's record, as the extractor emits it (local ids a1, e1, g1)."""
    visit = Span(start=0, end=len(VISIT_TEXT), text=VISIT_TEXT)
    return Record(
        document=Document(
            id="pak-blr-visit", title="Sharif in Minsk", published="2025-04-12",
            dateline="MINSK", source="APP", url="https://example.org/pak-blr",
        ),
        actors=[
            Actor(id="a1", kind="person", name="Shehbaz Sharif", country="PAK", sector="GOV",
                  roles=[Role(title="Prime Minister", country="PAK")]),
            Actor(id="a2", kind="country", name="Belarus", country="BLR"),
            Actor(id="a3", kind="organization", name="Ministry of Defence Production",
                  country="PAK", sector="GOV"),
        ],
        events=[
            Event(id="e1", event="CONSULT", mode="visit", cameo="042", actor=["a1"],
                  recipient=["a2"], date=DateRange(start="2025-04-10", end="2025-04-11"),
                  place=MINSK, agreements=["g1"], evidence=[visit], confidence=0.9),
        ],
        agreements=[
            Agreement(id="g1", instrument="roadmap", sectors=["defence"], parties=["a3", "a2"],
                      countries=["BLR", "PAK"], status="signed", occasion="e1",
                      evidence=[visit], confidence=0.8),
        ],
    )


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _csv(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


# ---- registry -----------------------------------------------------------------------------------


def test_registry_lists_every_format() -> None:
    assert FORMATS == ("jsonl", "merged-jsonl", "csv", "parquet", "plover", "gdelt")
    assert set(EXPORTERS) == set(FORMATS)
    assert EXPORTERS["csv"].target == "directory"
    assert EXPORTERS["gdelt"].id == "accords.export.gdelt.v1"


def test_unknown_format_and_option_are_refused(tmp_path: Path, store: dict) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export("xml", tmp_path / "x", **store)
    with pytest.raises(ValueError, match="header"):
        export("plover", tmp_path / "p.jsonl", header=True, **store)
    with pytest.raises(ValueError, match="directory"):
        export("csv", io.StringIO(), **store)


# ---- JSONL --------------------------------------------------------------------------------------


def test_records_jsonl_round_trips(tmp_path: Path, record: Record) -> None:
    other = record.model_copy(update={"document": Document(id="empty-doc")}, deep=True)
    path = tmp_path / "out" / "records.jsonl"
    assert export("jsonl", path, records=[record, other]) == [path]
    lines = _lines(path)
    assert len(lines) == 2
    assert Record.model_validate(orjson.loads(lines[0])) == record
    assert orjson.loads(lines[1])["document"]["id"] == "empty-doc"
    assert list(iter_records(path)) == [record, other]


def test_records_jsonl_needs_records(tmp_path: Path, store: dict) -> None:
    with pytest.raises(ValueError, match="merged-jsonl"):
        export("jsonl", tmp_path / "r.jsonl", events=store["events"])


def test_merged_jsonl_types_and_round_trip(tmp_path: Path, store: dict) -> None:
    path = tmp_path / "merged.jsonl"
    export("merged-jsonl", path, **store)
    objs = [orjson.loads(line) for line in _lines(path)]
    assert [o["type"] for o in objs] == ["actor"] * 8 + ["event"] * 3 + ["agreement"] * 2
    assert objs[0]["documents"] == 2
    assert StoredAgreement.model_validate({k: v for k, v in objs[-2].items() if k != "type"}) \
        == store["agreements"][0]
    back = read_merged(path)
    assert list(back.actors) == store["actors"]
    assert list(back.events) == store["events"]
    assert list(back.agreements) == store["agreements"]


# ---- CSV ----------------------------------------------------------------------------------------


def test_csv_tables(tmp_path: Path, store: dict) -> None:
    written = export("csv", tmp_path / "csv", **store)
    assert sorted(p.name for p in written) == ["actors.csv", "agreement_history.csv",
                                               "agreements.csv", "events.csv"]
    for name in ("agreements", "events", "actors", "agreement_history"):
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == PARQUET_SCHEMAS[name].names

    g = _csv(tmp_path / "csv" / "agreements.csv")
    assert set(g) == {"g1", "g2"}
    g1 = g["g1"]
    assert g1["parties"] == "Ministry of Defence Production;State Authority for Military Industry"
    assert g1["party_ids"] == "a3;a4"
    assert g1["party_countries"] == "PAK;BLR"
    assert g1["signatories"] == "Shehbaz Sharif"
    assert g1["sectors"] == "defence;industry"
    assert g1["countries"] == "BLR;PAK"
    assert (g1["date_start"], g1["date_end"]) == ("2025-04-10", "2025-04-11")
    assert g1["published"] == "2025-04-11"
    assert (g1["place_name"], g1["place_country"]) == ("Minsk", "BLR")
    assert float(g1["place_lat"]) == 53.9 and float(g1["place_lon"]) == 27.57
    assert g1["occasion"] == "e1"
    assert float(g1["confidence"]) == 0.8
    assert g1["n_sources"] == "2"
    assert g1["documents"] == "pak-blr-visit;blr-wire"
    assert g1["urls"] == "https://example.org/pak-blr;https://example.org/blr-wire"
    assert g1["evidence"] == ROADMAP_TEXT  # no own evidence: the first source's
    g2 = g["g2"]
    assert g2["countries"] == "ALB;XKX"
    assert g2["party_countries"] == "XKX;ALB"
    assert g2["date_start"] == "" and g2["place_name"] == "" and g2["place_lat"] == ""
    assert g2["urls"] == "" and g2["subject"] == ""

    e = _csv(tmp_path / "csv" / "events.csv")
    assert e["e1"]["actors"] == "Shehbaz Sharif"
    assert e["e1"]["recipients"] == "Belarus"
    assert e["e1"]["recipient_countries"] == "BLR"
    assert e["e1"]["cameo"] == "042" and e["e1"]["mode"] == "visit"
    assert e["e1"]["agreements"] == "g1"
    assert e["e1"]["evidence"] == VISIT_TEXT
    assert e["e2"]["recipients"] == "Albania;European Union"
    assert e["e2"]["recipient_countries"] == "ALB;"  # the EU has no country
    assert e["e2"]["date_start"] == "" and e["e2"]["modality"] == "future"

    a = _csv(tmp_path / "csv" / "actors.csv")
    assert len(a) == 8
    assert a["a1"]["titles"] == "Prime Minister"
    assert a["a1"]["aliases"] == "Shahbaz Sharif"
    assert a["a1"]["n_documents"] == "2"
    assert a["a5"]["country"] == "XKX" and a["a5"]["kind"] == "country"
    assert a["a7"]["country"] == "" and a["a7"]["sector"] == "IGO"


def test_csv_from_per_document_records(tmp_path: Path, record: Record) -> None:
    export("csv", tmp_path, records=[record])
    g = _csv(tmp_path / "agreements.csv")
    row = g["pak-blr-visit/g1"]
    assert row["party_ids"] == "pak-blr-visit/a3;pak-blr-visit/a2"
    assert row["parties"] == "Ministry of Defence Production;Belarus"
    assert row["occasion"] == "pak-blr-visit/e1"
    assert row["documents"] == "pak-blr-visit"
    assert row["urls"] == "https://example.org/pak-blr"
    assert row["n_sources"] == "1"
    e = _csv(tmp_path / "events.csv")
    assert e["pak-blr-visit/e1"]["agreements"] == "pak-blr-visit/g1"
    assert _csv(tmp_path / "actors.csv")["pak-blr-visit/a1"]["n_documents"] == "1"


def test_documents_fill_missing_source_urls(tmp_path: Path, store: dict) -> None:
    doc = Document(id="kos-alb", title="Kosovo and Albania", url="https://example.org/kos")
    export("csv", tmp_path, documents=[doc], **store)
    assert _csv(tmp_path / "agreements.csv")["g2"]["urls"] == "https://example.org/kos"
    # a URL the source already has is kept
    assert _csv(tmp_path / "events.csv")["e3"]["urls"] == "https://example.org/kos-alb"


def test_unresolved_actor_id_is_kept(tmp_path: Path, store: dict) -> None:
    store["agreements"][1] = store["agreements"][1].model_copy(update={"parties": ["a5", "a99"]})
    export("csv", tmp_path, **store)
    row = _csv(tmp_path / "agreements.csv")["g2"]
    assert row["parties"] == "Kosovo;a99"
    assert row["party_countries"] == "XKX;"


# ---- Parquet ------------------------------------------------------------------------------------


def test_parquet_tables(tmp_path: Path, store: dict) -> None:
    written = export("parquet", tmp_path / "pq", **store)
    assert len(written) == 4
    tables = {name: pq.read_table(tmp_path / "pq" / f"{name}.parquet") for name in PARQUET_SCHEMAS}
    for name, table in tables.items():
        assert table.schema.equals(PARQUET_SCHEMAS[name]), name

    g = {row["id"]: row for row in tables["agreements"].to_pylist()}
    assert g["g1"]["sectors"] == ["defence", "industry"]
    assert g["g1"]["party_countries"] == ["PAK", "BLR"]
    assert g["g1"]["place_lat"] == 53.9 and g["g1"]["place_lon"] == 27.57
    assert g["g1"]["n_sources"] == 2
    assert g["g1"]["confidence"] == 0.8
    assert g["g1"]["documents"] == ["pak-blr-visit", "blr-wire"]
    assert g["g2"]["place_lat"] is None and g["g2"]["date_start"] is None
    assert g["g2"]["countries"] == ["ALB", "XKX"]
    # dates are dates, not strings: they sort, compare and filter as dates in any reader
    assert (g["g1"]["date_start"], g["g1"]["date_end"]) == (dt.date(2025, 4, 10),
                                                             dt.date(2025, 4, 11))
    assert g["g1"]["published"] == dt.date(2025, 4, 11)  # the earliest report
    for name in ("agreements", "events"):
        for column in ("date_start", "date_end", "published"):
            assert tables[name].schema.field(column).type == pa.date32(), (name, column)

    e = {row["id"]: row for row in tables["events"].to_pylist()}
    assert e["e2"]["recipient_countries"] == ["ALB", None]
    assert e["e1"]["context"] == ["diplomatic"]
    assert e["e3"]["place_country"] == "XKX"

    a = {row["id"]: row for row in tables["actors"].to_pylist()}
    assert a["a1"]["titles"] == ["Prime Minister"]
    assert a["a1"]["n_documents"] == 2 and a["a1"]["confidence"] == 0.95
    assert a["a7"]["country"] is None


# ---- PLOVER -------------------------------------------------------------------------------------


def test_plover_lines(tmp_path: Path, store: dict) -> None:
    path = tmp_path / "plover.jsonl"
    export("plover", path, coded_date="2025-05-01", **store)
    lines = {obj["id"]: obj for obj in map(orjson.loads, _lines(path))}
    assert set(lines) == {"e1", "e2", "e3"}  # events only
    for obj in lines.values():
        for name in REQUIRED_FIELDS:
            assert obj[name], (obj["id"], name)
        assert obj["coded_date"] == "2025-05-01"
        assert obj["coder"] == "accords.coder.rules.v1"

    e1 = lines["e1"]
    assert (e1["date"], e1["enddate"], e1["date_basis"]) == ("2025-04-10", "2025-04-11", "event")
    assert e1["event"] == ["CONSULT"] and e1["mode"] == ["visit"]
    assert e1["quad_code"] == 1
    (src,) = e1["source"]
    assert (src["code"], src["sector"], src["office"]) == ("PAK", "GOV", "Prime Minister")
    assert src["actor_text"] == "Shehbaz Sharif" and src["accords_id"] == "a1"
    assert [r["code"] for r in e1["recipient"]] == ["BLR"]
    assert e1["event_loc"] == {"name": "Minsk", "latitude": 53.9, "longitude": 27.57,
                               "country_code": "BY", "cc3": "BLR"}
    assert e1["event_text"] == [VISIT_TEXT, WIRE_TEXT]
    assert e1["cite_info"]["url"] == "https://example.org/pak-blr"
    assert e1["cite_info"]["publication"] == "Wire"
    assert e1["cite_info"]["codebook"] == "plover-0.8"
    assert len(e1["sources"]) == 2

    e2 = lines["e2"]
    assert [s["code"] for s in e2["source"]] == ["KOS"]  # Kosovo: XKX -> KOS
    assert [(r["code"], r["sector"]) for r in e2["recipient"]] == [("ALB", None), ("IGO", None)]
    assert (e2["date"], e2["date_basis"]) == ("2024-03-02", "published")
    assert "future" in e2["context"]
    assert e2["event_loc"] is None and e2["mode"] == []

    e3 = lines["e3"]
    assert e3["event_loc"]["cc3"] == "KOS" and e3["event_loc"]["country_code"] == "XK"
    assert e3["enddate"] is None and e3["recipient"] == []


def test_plover_to_a_stream(store: dict) -> None:
    out = io.StringIO()
    assert export("plover", out, **store) == []
    assert len(out.getvalue().splitlines()) == 3


# ---- GDELT --------------------------------------------------------------------------------------

# GDELT 2.0 event codebook (V2.0, 2/19/2015), columns 0-60, written out by hand.
CODEBOOK_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]


def _gdelt(path: Path, *, basis: bool = True) -> list[dict[str, str]]:
    columns = [*GDELT_COLUMNS, DATE_BASIS_COLUMN] if basis else list(GDELT_COLUMNS)
    rows = [line.split("\t") for line in _lines(path)]
    for row in rows:
        assert len(row) == len(columns), row
    return [dict(zip(columns, row, strict=True)) for row in rows]


def test_gdelt_columns_follow_the_codebook() -> None:
    assert list(GDELT_COLUMNS) == CODEBOOK_COLUMNS
    assert len(GDELT_COLUMNS) == 61


def test_gdelt_rows(tmp_path: Path, store: dict) -> None:
    path = tmp_path / "events.tsv"
    export("gdelt", path, added=ADDED, **store)
    rows = _gdelt(path)
    # e1: one dyad; e2: Osmani -> Albania and Osmani -> EU; e3: Kosovo alone
    assert [r["GLOBALEVENTID"] for r in rows] == ["1", "2", "3", "4"]
    for r in rows:
        assert len(r["SQLDATE"]) == 8 and r["SQLDATE"].isdigit()
        assert dt.datetime.strptime(r["SQLDATE"], "%Y%m%d")
        assert r["MonthYear"] == r["SQLDATE"][:6] and r["Year"] == r["SQLDATE"][:4]
        assert r["DATEADDED"] == "20250412093000"
        assert r["Actor1Geo_Type"] == "0" and r["Actor2Geo_Type"] == "0"
        assert r["AvgTone"] == ""

    e1 = rows[0]
    assert (e1["SQLDATE"], e1["FractionDate"]) == ("20250410", "2025.2740")
    assert (e1["Actor1Code"], e1["Actor1Name"]) == ("PAKGOV", "SHEHBAZ SHARIF")
    assert (e1["Actor1CountryCode"], e1["Actor1Type1Code"]) == ("PAK", "GOV")
    assert (e1["Actor2Code"], e1["Actor2CountryCode"], e1["Actor2Type1Code"]) == (
        "BLR", "BLR", "")
    assert (e1["EventCode"], e1["EventBaseCode"], e1["EventRootCode"]) == ("042", "042", "04")
    assert (e1["QuadClass"], float(e1["GoldsteinScale"])) == ("1", 1.9)
    assert (e1["NumSources"], e1["NumArticles"], e1["NumMentions"]) == ("2", "2", "2")
    assert e1["IsRootEvent"] == "1"
    assert (e1["ActionGeo_Type"], e1["ActionGeo_CountryCode"]) == ("4", "BO")  # FIPS Belarus
    assert e1["ActionGeo_FullName"] == "Minsk, Belarus"
    assert (float(e1["ActionGeo_Lat"]), float(e1["ActionGeo_Long"])) == (53.9, 27.57)
    assert e1["SOURCEURL"] == "https://example.org/pak-blr"

    to_alb, to_eu = rows[1], rows[2]
    for r in (to_alb, to_eu):
        assert (r["Actor1Code"], r["Actor1CountryCode"]) == ("KSVGOV", "KSV")  # Kosovo
        assert r["SQLDATE"] == "20240302"  # no event date: the report's
        assert (r["EventCode"], r["EventRootCode"], r["QuadClass"]) == ("057", "05", "1")
        assert float(r["GoldsteinScale"]) == 8.0
        assert r["IsRootEvent"] == "0"  # evidence far below the lead
        assert r["ActionGeo_Type"] == "0" and r["ActionGeo_CountryCode"] == ""
        assert r["SOURCEURL"] == "kos-alb"  # no URL: the document id as citation
    assert to_alb["Actor2Code"] == "ALB"
    assert (to_eu["Actor2Code"], to_eu["Actor2KnownGroupCode"]) == ("IGOEUREEC", "EEC")
    assert (to_eu["Actor2CountryCode"], to_eu["Actor2Type1Code"]) == ("", "IGO")

    e3 = rows[3]
    assert (e3["Actor1Code"], e3["Actor2Code"]) == ("KSV", "")
    assert (e3["EventCode"], e3["EventRootCode"]) == ("030", "03")  # from PLOVER AGREE
    assert float(e3["GoldsteinScale"]) == 4.0
    assert (e3["ActionGeo_Type"], e3["ActionGeo_CountryCode"]) == ("1", "KV")  # FIPS Kosovo
    assert e3["ActionGeo_FeatureID"] == "KV"


def test_gdelt_reciprocal_event_gives_both_directions(tmp_path: Path, store: dict) -> None:
    signing = StoredEvent(
        id="e9", event="SUPPORT", cameo="057", actor=["a2", "a6", "a5"],
        date=DateRange(start="2025-01-31"),
    )
    path = tmp_path / "events.tsv"
    export("gdelt", path, actors=store["actors"], events=[signing], added=ADDED)
    pairs = [(r["Actor1Code"], r["Actor2Code"]) for r in _gdelt(path)]
    assert pairs == [("BLR", "ALB"), ("BLR", "KSV"), ("ALB", "BLR"), ("ALB", "KSV"),
                     ("KSV", "BLR"), ("KSV", "ALB")]
    assert {r["SQLDATE"] for r in _gdelt(path)} == {"20250131"}
    assert {r["NumSources"] for r in _gdelt(path)} == {"0"}


def test_gdelt_header_and_first_id(tmp_path: Path, store: dict) -> None:
    path = tmp_path / "events.tsv"
    export("gdelt", path, header=True, first_id=1000, added=ADDED, **store)
    lines = _lines(path)
    assert lines[0].split("\t") == [*CODEBOOK_COLUMNS, "SQLDATEBasis"]
    assert [line.split("\t")[0] for line in lines[1:]] == ["1000", "1001", "1002", "1003"]
    # tools that insist on GDELT's 61 columns get exactly those
    strict = tmp_path / "strict.tsv"
    export("gdelt", strict, header=True, date_basis=False, added=ADDED, **store)
    assert _lines(strict)[0].split("\t") == CODEBOOK_COLUMNS
    assert len(_gdelt(strict, basis=False)) == 5


def test_gdelt_every_row_has_a_date_and_says_which(tmp_path: Path, store: dict) -> None:
    """35 of 136 rows had an empty SQLDATE: events without a date of their own in undated
    reports (the BBC corpus). The event's date, else the report's, else the day added."""
    undated = StoredEvent(id="e8", event="CONSULT", cameo="040", actor=["a2"],
                          recipient=["a6"], sources=[SourceRef(document="bbc_politics_015")])
    partial = StoredEvent(id="e7", event="CONSULT", cameo="040", actor=["a2"],
                          date=DateRange(start="2025-04"),
                          sources=[SourceRef(document="x", published="2025-04-20")])
    path = tmp_path / "events.tsv"
    export("gdelt", path, actors=store["actors"], events=[*store["events"], undated, partial],
           added=ADDED)
    rows = _gdelt(path)
    assert all(re.fullmatch(r"\d{8}", r["SQLDATE"]) for r in rows)
    assert all(r["MonthYear"] and r["Year"] and r["FractionDate"] for r in rows)
    basis = [(r["SQLDATE"], r["SQLDATEBasis"]) for r in rows]
    assert basis == [("20250410", "event"), ("20240302", "published"),
                     ("20240302", "published"), ("20240228", "event"),
                     ("20250412", "added"), ("20250420", "published")]


def test_gdelt_cells_never_break_a_row(tmp_path: Path, store: dict) -> None:
    store["actors"][0] = store["actors"][0].model_copy(update={"name": "Shehbaz\tSharif\nPM"})
    path = tmp_path / "events.tsv"
    export("gdelt", path, added=ADDED, **store)
    rows = _gdelt(path)
    assert rows[0]["Actor1Name"] == "SHEHBAZ SHARIF PM"


# ---- codes --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "scale", "quad"),
    [
        ("010", 0.0, 1), ("0311", 5.2, 1), ("036", 4.0, 1), ("042", 1.9, 1), ("043", 2.8, 1),
        ("046", 7.0, 1), ("051", 3.4, 1), ("057", 8.0, 1), ("061", 6.4, 2), ("0874", 10.0, 2),
        ("090", -2.0, 3), ("100", -5.0, 3), ("130", -4.4, 3), ("163", -8.0, 4),
        ("0871", 9.0, 2), ("140", -6.5, 4), ("1213", -4.0, 3), ("176", -7.0, 4),
        ("190", -10.0, 4), ("155", -7.2, 4),  # 155 is unscored: root 15 fallback
    ],
)
def test_goldstein_and_quad_class(code: str, scale: float, quad: int) -> None:
    assert goldstein(code) == scale
    assert quad_class(code) == quad


def test_country_code_conventions() -> None:
    def codes(iso3: str) -> tuple[str, str | None, str]:
        return cameo_country(iso3), plover_country(iso3), fips_country(iso3)

    assert codes("XKX") == ("KSV", "KOS", "KV")
    assert codes("DEU") == ("DEU", "DEU", "GM")
    assert fips_country("SUN") == "" and cameo_country(None) == ""


def test_export_data_collects_both_inputs(store: dict, record: Record) -> None:
    data = ExportData.collect(records=[record], **store)
    assert len(data.actors) == 8 + 3 and len(data.events) == 3 + 1
    assert data.actor("pak-blr-visit/a2").name == "Belarus"
    assert data.names(["a1", "nobody"]) == ["Shehbaz Sharif", "nobody"]


# ---- dates in tables ----------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "end", "expected"), [
    ("2025-04-10", False, dt.date(2025, 4, 10)), ("2025-04-10T09:30:00Z", False,
                                                  dt.date(2025, 4, 10)),
    ("2025-04", False, dt.date(2025, 4, 1)), ("2025-04", True, dt.date(2025, 4, 30)),
    ("2024-02", True, dt.date(2024, 2, 29)), ("1987", True, dt.date(1987, 12, 31)),
    ("1987", False, dt.date(1987, 1, 1)), (None, False, None), ("", False, None),
    ("April", False, None), ("2025-13", False, None),
])
def test_table_dates(value: str | None, end: bool, expected: dt.date | None) -> None:
    assert as_date(value, end=end) == expected


# ---- outlets ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("document", "source", "url", "expected"), [
    # an outlet the input named (feed title, site name, JSONL/CSV `source`) is kept
    ("d1", "Dawn", "https://www.dawn.com/news/1", Outlet("Dawn", "https://www.dawn.com/news/1")),
    ("d2", "BBC News - World", None, Outlet("BBC News - World")),
    ("d3", "Dawn.com", None, Outlet("Dawn.com")),
    # a local path is never an outlet: the URL's host, else nothing
    ("d4", "/work/shared/examples/pak-blr-visit/article.txt", None, Outlet()),
    ("d5", "/srv/feeds/world.xml", "https://www.example.org/a/1",
     Outlet("example.org", "https://www.example.org/a/1")),
    ("d6", "C:\\news\\a.txt", None, Outlet()), ("d7", "page.html", None, Outlet()),
    ("d8", None, "javascript:alert(1)", Outlet()),
    # corpus stories: their corpus and story id, as ingest and the examples store them
    ("reuters21578_01515", "Arthur-sauvage/Reuter data/reut2-001.sgm (Reuters-21578 "
     "NEWID=1515 OLDID=17933)", None, Outlet("Reuters", None, "Reuters-21578", "1515")),
    ("reuters21578_00042", "/data/reut2-000.sgm", None,
     Outlet("Reuters", None, "Reuters-21578", "42")),
    ("bbc_business_080", "dejanbatanjac/bbc-article-classify-bert bbc/business/080.txt (BBC "
     "News dataset, Greene & Cunningham 2006; corpus covers 2004-2005)", None,
     Outlet("BBC News", None, "BBC News corpus (Greene & Cunningham 2006)", "business/080")),
    ("bbc_sport_101", "bbc/sport/101.txt", None,
     Outlet("BBC News", None, "BBC News corpus (Greene & Cunningham 2006)", "sport/101")),
    # an id that looks like a corpus story's but with its own outlet is that outlet's
    ("bbc_business_080", "Financial Times", None, Outlet("Financial Times")),
])
def test_outlet_of_a_report(document: str, source: str | None, url: str | None,
                            expected: Outlet) -> None:
    assert describe(document, source, url) == expected


def test_outlet_labels_and_paths() -> None:
    reuters = describe("reuters21578_01515", "reut2-001.sgm (Reuters-21578 NEWID=1515)", None)
    assert reuters.label == "Reuters · Reuters-21578, story 1515"
    assert describe("x", "Dawn", None).label == "Dawn" and Outlet().label is None
    assert looks_like_path("../in/a.jsonl") and looks_like_path("~/news/x")
    assert not looks_like_path("Associated Press") and not looks_like_path("AP/Reuters")


def test_plover_publication_is_the_outlet_never_a_path(tmp_path: Path, record: Record) -> None:
    """`cite_info.publication` held the local path a text file was read from."""
    local = record.model_copy(update={"document": record.document.model_copy(update={
        "source": "/home/me/news/pak-blr-visit.txt", "url": None})})
    reuters = record.model_copy(update={"document": Document(
        id="reuters21578_01515", published="1987-03-04",
        source="reut2-001.sgm (Reuters-21578 NEWID=1515 OLDID=17933)")})
    path = tmp_path / "p.jsonl"
    export("plover", path, records=[record, local, reuters], coded_date="2025-05-01")
    cites = [orjson.loads(line)["cite_info"] for line in _lines(path)]
    assert [c["publication"] for c in cites] == ["APP", None, "Reuters"]
    assert [c["corpus"] for c in cites] == [None, None, "Reuters-21578, story 1515"]
    assert "/home/me" not in path.read_text(encoding="utf-8")


# ---- from a store: which actors ------------------------------------------------------------------


def test_store_data_exports_named_actors_or_all(tmp_path: Path, record: Record) -> None:
    """Actor tables held 108 actors while the store counted 1,099: only the actors that the
    exported records name are written; `all_actors` writes every stored one."""
    from accords.ingest.documents import SourceDocument
    from accords.store import Filters, Store

    mentioned = Actor(id="a9", kind="person", name="Nikolai Snopkov", country="BLR",
                      mentions=[Span(start=0, end=5, text="Prime")])
    spokesman = Actor(id="a8", kind="person", name="Mumtaz Zahra Baloch", country="PAK")
    full = record.model_copy(update={"actors": [*record.actors, mentioned, spokesman]})
    with Store(str(tmp_path / "accords.db")) as store:
        store.add(SourceDocument(full.document, VISIT_TEXT), full)
        assert store.counts().actors == 5
        named = store_data(store)
        assert sorted(a.name for a in named["actors"]) == [
            "Belarus", "Ministry of Defence Production", "Shehbaz Sharif"]
        every = store_data(store, all_actors=True)
        assert len(every["actors"]) == 5
        assert every["agreements"] == named["agreements"]
        assert every["events"] == named["events"]
        # with a country filter: that country's actors, and whoever its records name
        blr = store_data(store, Filters(country="BLR"), all_actors=True)
        assert {a.name for a in blr["actors"]} == {
            "Belarus", "Nikolai Snopkov", "Ministry of Defence Production", "Shehbaz Sharif"}
        export("csv", tmp_path / "all", **every)
        assert len(_csv(tmp_path / "all" / "actors.csv")) == 5
