"""Exports of events of every PLOVER type: GDELT's CAMEO root, base code, QuadClass and
Goldstein score, PLOVER's mode and context. Records are built here from the model."""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files
from pathlib import Path

import orjson
import pytest

from accords.export import GDELT_COLUMNS, export
from accords.export.codes import (
    QUAD_EVENTS,
    QUAD_ROOTS,
    cameo_for,
    event_quad,
    goldstein,
    plover_quad,
    quad_class,
)
from accords.export.gdelt import DATE_BASIS_COLUMN
from accords.export.goldstein import GOLDSTEIN
from accords.model import PLOVER_EVENTS, DateRange, Span, StoredActor, StoredEvent

ADDED = dt.datetime(2025, 5, 1, 12, 0, tzinfo=dt.UTC)

# One CAMEO code per PLOVER type as the coder gives them (the 2021 CAMEO-to-PLOVER table), with
# the quad class GDELT gives the code's root: 01-05 1, 06-08 2, 09-13 3, 14-20 4.
TYPED = {
    "AGREE": ("036", 1), "CONSULT": ("042", 1), "SUPPORT": ("057", 1),
    "CONCEDE": ("0831", 2), "COOPERATE": ("061", 2), "AID": ("0733", 2),
    "RETREAT": ("0872", 2), "REQUEST": ("1056", 3), "ACCUSE": ("1121", 3),
    "REJECT": ("125", 3), "THREATEN": ("138", 3), "PROTEST": ("141", 4),
    "SANCTION": ("1621", 4), "MOBILIZE": ("152", 4), "COERCE": ("173", 4),
    "ASSAULT": ("195", 4),
}
SENTENCE = "Officials of Aland and Borduria were reported to act."


def _events(with_codes: bool = True) -> tuple[list[StoredActor], list[StoredEvent]]:
    actors = [StoredActor(id="a1", kind="country", name="Russia", country="RUS", documents=1),
              StoredActor(id="a2", kind="country", name="Ukraine", country="UKR", documents=1)]
    span = Span(start=0, end=len(SENTENCE), text=SENTENCE)
    events = [
        StoredEvent(id=f"e{i}", event=event, cameo=code if with_codes else None,
                    actor=["a1"], recipient=["a2"],
                    date=DateRange(start="2025-04-10", end="2025-04-10"), evidence=[span])
        for i, (event, (code, _)) in enumerate(TYPED.items(), 1)
    ]
    return actors, events


def _gdelt(path: Path) -> list[dict[str, str]]:
    columns = [*GDELT_COLUMNS, DATE_BASIS_COLUMN]
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return [dict(zip(columns, row, strict=True)) for row in rows]


def test_the_table_covers_every_type() -> None:
    assert set(TYPED) == set(PLOVER_EVENTS)


@pytest.mark.parametrize("with_codes", [True, False])
def test_gdelt_every_type_has_root_base_quad_and_goldstein(tmp_path: Path,
                                                           with_codes: bool) -> None:
    """Each of the 16 types: root = first two digits, base = first three, QuadClass 1-4 from
    the root, a Goldstein value in [-10, 10]; without a CAMEO code, the type's generic one."""
    actors, events = _events(with_codes)
    path = tmp_path / "events.tsv"
    export("gdelt", path, actors=actors, events=events, added=ADDED)
    rows = _gdelt(path)
    assert len(rows) == len(TYPED)
    for row, (event, (code, quad)) in zip(rows, TYPED.items(), strict=True):
        cameo = row["EventCode"]
        assert cameo == (code if with_codes else cameo_for(None, event)), event
        assert len(cameo) >= 3, event
        assert row["EventRootCode"] == cameo[:2], event
        assert row["EventBaseCode"] == cameo[:3], event
        assert row["QuadClass"] in {"1", "2", "3", "4"}, event
        if with_codes:
            assert row["QuadClass"] == str(quad), event
        assert -10.0 <= float(row["GoldsteinScale"]) <= 10.0, event
        assert float(row["GoldsteinScale"]) == goldstein(cameo), event
        assert row["Actor1Code"] == "RUS" and row["Actor2Code"] == "UKR"
    scores = {r["EventCode"]: float(r["GoldsteinScale"]) for r in rows}
    if with_codes:  # cooperation scores above conflict
        assert scores["057"] > 0 > scores["1121"] > scores["195"]


def test_quad_class_by_root() -> None:
    expected = {**dict.fromkeys(["01", "02", "03", "04", "05"], 1),
                **dict.fromkeys(["06", "07", "08"], 2),
                **dict.fromkeys(["09", "10", "11", "12", "13"], 3),
                **dict.fromkeys([f"{r}" for r in range(14, 21)], 4)}
    assert {root: quad_class(root + "0") for root in expected} == expected
    assert {r: q for q, roots in QUAD_ROOTS.items() for r in roots} == expected
    assert quad_class("21") is None and quad_class(None) is None and quad_class("") is None


def test_every_type_has_one_quad_without_a_code() -> None:
    listed = [t for types in QUAD_EVENTS.values() for t in types]
    assert sorted(listed) == sorted(PLOVER_EVENTS)
    for event, (code, quad) in TYPED.items():
        assert event_quad(code, event) == quad
        assert event_quad(None, event) in (1, 2, 3, 4)
        assert plover_quad(event) in (1, 2, 3, 4)
    # REQUEST is the one type in two classes: appeals (02) cooperate, demands (10) conflict
    assert event_quad("0256", "REQUEST") == 1 and event_quad("1056", "REQUEST") == 3


def _coder_codes() -> set[str]:
    """Every CAMEO code the event coder can emit: its verb table and the PLOVER table."""
    verbs = json.loads((files("accords.code") / "data" / "verbs.json").read_text("utf-8"))
    table = json.loads((files("accords.gazetteer") / "data" / "cameo.json").read_text("utf-8"))
    codes = set(table["codes"])

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and node.isdigit() and 2 <= len(node) <= 4:
            codes.add(node)

    walk(verbs)
    return codes


def test_every_code_the_coder_emits_is_scored() -> None:
    codes = _coder_codes()
    assert len(codes) > 250
    for code in codes:
        value = goldstein(code)
        assert value is not None and -10.0 <= value <= 10.0, code
        assert quad_class(code) in (1, 2, 3, 4), code
    # the table itself: every root 01-20 and its generic code
    for root in range(1, 21):
        assert f"{root:02d}" in GOLDSTEIN and f"{root:02d}0" in GOLDSTEIN


def test_plover_every_type_with_mode_and_context(tmp_path: Path) -> None:
    actors, events = _events()
    path = tmp_path / "events.jsonl"
    export("plover", path, actors=actors, events=events, coded_date="2025-05-01")
    lines = [orjson.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_type = {line["event"][0]: line for line in lines}
    assert set(by_type) == set(PLOVER_EVENTS)
    for event, line in by_type.items():
        assert isinstance(line["mode"], list) and isinstance(line["context"], list), event
        assert all(isinstance(c, str) and ";" not in c for c in line["context"]), event
        assert line["quad_code"] in (1, 2, 3, 4)
        assert line["cameo_quad"] == TYPED[event][1]
        assert line["source"][0]["code"] == "RUS" and line["recipient"][0]["code"] == "UKR"
    # mode and context from the CAMEO-to-PLOVER table when the event gives none
    assert by_type["RETREAT"]["mode"] == ["withdraw"]
    assert "military" in by_type["RETREAT"]["context"]
    assert by_type["ACCUSE"]["mode"] == ["allege"]
    assert by_type["ACCUSE"]["context"] == ["crime", "corruption"]
    assert by_type["PROTEST"]["mode"] == ["demo"]
    assert by_type["CONSULT"]["mode"] == ["visit"]
    assert by_type["ASSAULT"]["mode"] == ["heavy-weapons"]
    # PLOVER's quad categories differ from CAMEO's: SANCTION is verbal conflict there
    assert by_type["SANCTION"]["quad_code"] == 3 and by_type["SANCTION"]["cameo_quad"] == 4


def test_plover_keeps_the_events_own_mode_and_splits_contexts(tmp_path: Path) -> None:
    actors, _ = _events()
    events = [
        StoredEvent(id="e1", event="CONSULT", mode="multilateral", cameo="043",
                    context=["diplomatic"], actor=["a1", "a2"], modality="future"),
        StoredEvent(id="e2", event="ACCUSE", cameo="094", context=["military; legal"],
                    actor=["a1"], recipient=["a2"]),
        StoredEvent(id="e3", event="ASSAULT", cameo="175", actor=["a1"], recipient=["a2"]),
    ]
    path = tmp_path / "events.jsonl"
    export("plover", path, actors=actors, events=events, coded_date="2025-05-01")
    e1, e2, e3 = (orjson.loads(x) for x in path.read_text(encoding="utf-8").splitlines())
    assert e1["mode"] == ["multilateral"] and e1["context"] == ["diplomatic", "future"]
    assert e2["mode"] == ["investigate"] and e2["context"] == ["military", "legal"]
    # the table's 175 row puts a context in its mode column: it is a context
    assert e3["mode"] == [] and "pro_autocracy" in e3["context"]
