"""National institutions that stand for their state without naming it: a legislature, an
organ or seat of government, a security service, an army, an official news agency. Each
takes its state (and its sector) from the institutions table; a name that is also an
ordinary word stays out. Sentences written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from record_views import describe_actors, describe_events, extracted

from accords.gazetteer import get_gazetteer
from accords.model import Record

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def run(text: str) -> Record:
    return extracted(text, "2004-05-04")


def org(record: Record, name: str):
    hits = [a for a in record.actors if a.kind == "organization" and a.name == name]
    assert hits, describe_actors(record)
    return hits[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "iso", "sector"),
    [
        ("The FBI arrested two Iranian diplomats in New York.", "FBI", "USA", "COP"),
        ("The Pentagon said Iran had moved missiles to the coast.", "Pentagon", "USA", "GOV"),
        ("The Knesset approved the budget on Monday.", "Knesset", "ISR", "LEG"),
        # the central bank by its short name
        ("Japanese bankers raised the issue with the Fed last week.", "Fed", "USA", "GOV"),
        # a one-word name the tagger does not take for an organisation
        ("The Majlis voted to cut the Turkish firm's stake.", "Majlis", "IRN", "LEG"),
        ("The Revolutionary Guards seized two British boats.", "Revolutionary Guards",
         "IRN", "MIL"),
    ],
)
def test_an_institution_stands_for_its_state(text, name, iso, sector):
    actor = org(run(text), name)
    assert (actor.country, actor.sector) == (iso, sector)


@pytest.mark.model
def test_an_institutions_act_has_its_state_for_a_side():
    record = run("The FBI arrested two Iranian diplomats in New York.")
    coerce = [e for e in record.events if e.event == "COERCE"]
    assert coerce, describe_events(record)
    names = {a.id: a.country for a in record.actors}
    assert {names[k] for k in coerce[0].actor} == {"USA"}, describe_events(record)


@pytest.mark.model
def test_an_ordinary_word_is_no_institution():
    # "diet" names Japan's parliament only in a few stories; it is not in the table
    record = run("Diet and exercise matter most, the health minister said.")
    assert all(a.country != "JPN" for a in record.actors), describe_actors(record)


def test_acronyms_match_only_as_written():
    gz = get_gazetteer()
    assert gz.institution("FBI")["country"] == "USA"
    assert gz.institution("the Knesset")["country"] == "ISR"
    assert gz.institution("fbi") is None
    assert gz.institution("Congress") is None  # names several states' legislatures


@pytest.mark.skipif(not (SHARED / "petrarch2").is_dir(), reason="needs ../shared/data")
def test_the_shipped_table_is_what_the_build_script_writes(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_institutions", ROOT / "scripts" / "build_institutions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "write", lambda name, obj: (
        (tmp_path / name).write_text(json.dumps(obj)), 0)[1])
    module.main(["--data", str(SHARED)])
    built = json.loads((tmp_path / "institutions.json").read_text())
    shipped = json.loads((ROOT / "src/accords/gazetteer/data/institutions.json").read_text())
    assert built == shipped
