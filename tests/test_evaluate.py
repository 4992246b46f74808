"""Unit tests of the scorer (accords.evaluate): hand-made records, no language model needed."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest
from rich.console import Console

from accords.errors import InputError
from accords.evaluate import (
    actor_match_score,
    agreement_score,
    corpus_digest,
    evaluate_dir,
    event_score,
    instrument_class,
    names_match,
    normalize_name,
    report_details,
    report_table,
    score_documents,
)

EXAMPLES = Path(
    os.environ.get("ACCORDS_EXAMPLES")
    or Path(__file__).resolve().parents[2] / "shared" / "examples"
)
GOLD_FILES = sorted(EXAMPLES.glob("*/gold.json")) if EXAMPLES.is_dir() else []
SECTIONS = ("agreements", "parties", "events", "actors")


# --- builders --------------------------------------------------------------------------------


def country(aid: str, code: str, name: str | None = None, **kw) -> dict:
    return {"id": aid, "kind": "country", "name": name or code, "country": code, **kw}


def person(aid: str, name: str, code: str | None = None, titles: tuple[str, ...] = (), **kw):
    roles = [{"title": t, "country": code} for t in titles]
    return {"id": aid, "kind": "person", "name": name, "country": code, "roles": roles, **kw}


def org(aid: str, name: str, code: str | None = None, kind: str = "organization", **kw) -> dict:
    return {"id": aid, "kind": kind, "name": name, "country": code, **kw}


def agreement(gid: str, countries: list[str], parties: list[str], **kw) -> dict:
    base = {
        "id": gid,
        "instrument": "agreement",
        "subject": "trade",
        "sectors": ["trade"],
        "parties": parties,
        "countries": countries,
        "status": "signed",
        "modality": "asserted",
    }
    base.update(kw)
    return base


def event(eid: str, kind: str, actor: list[str], recipient: list[str] | None = None, **kw) -> dict:
    return {"id": eid, "event": kind, "actor": actor, "recipient": recipient or [], **kw}


def record(actors=(), events=(), agreements=(), doc_id: str = "doc") -> dict:
    return {
        "document": {"id": doc_id},
        "actors": list(actors),
        "events": list(events),
        "agreements": list(agreements),
    }


def base_gold() -> dict:
    """Two countries, four required agreements between their bodies, one visit."""
    actors = [
        country("pak", "PAK", "Pakistan"),
        country("blr", "BLR", "Belarus"),
        person("pm", "Shehbaz Sharif", "PAK", ("Prime Minister",)),
        org("post-p", "Pakistan Post", "PAK"),
        org("post-b", "Belarus Post", "BLR"),
        org("fund", "Fund for Financial Support of Entrepreneurs", "BLR"),
        org("smeda", "Small and Medium Enterprises Development Authority", "PAK"),
    ]
    agreements = [
        agreement(
            "readmission",
            ["BLR", "PAK"],
            ["pak", "blr"],
            subject="readmission",
            sectors=["migration"],
        ),
        agreement(
            "postal",
            ["BLR", "PAK"],
            ["post-p", "post-b"],
            subject="postal exchange",
            sectors=["communications"],
        ),
        agreement(
            "sme",
            ["BLR", "PAK"],
            ["fund", "smeda"],
            instrument="mou",
            subject="support for small enterprises",
            sectors=["industry", "finance"],
        ),
        agreement(
            "trade",
            ["BLR", "PAK"],
            ["pak", "blr"],
            instrument="mou",
            subject="trade promotion",
            sectors=["trade"],
        ),
    ]
    events = [
        event(
            "visit",
            "CONSULT",
            ["pm"],
            ["blr"],
            mode="visit",
            cameo="042",
            date={"start": "2025-04-10", "end": "2025-04-11"},
        ),
    ]
    return record(actors, events, agreements)


# --- whole-record behaviour ------------------------------------------------------------------


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[p.parent.name for p in GOLD_FILES])
def test_gold_against_itself_is_perfect(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = score_documents([(copy.deepcopy(gold), gold)], names=[gold_path.parent.name])
    for section in SECTIONS:
        assert report[section]["f1"] == 1.0, (section, report["per_document"])
        doc = report["per_document"][gold_path.parent.name][section]
        assert doc["missed"] == [] and doc["false_positives"] == []
    for name, value in report["accuracy"].items():
        if name != "counts":
            assert value in (None, 1.0), (name, report["per_document"])


def test_gold_against_itself_on_the_whole_corpus() -> None:
    if not GOLD_FILES:
        pytest.skip(f"no examples folder at {EXAMPLES}")
    report = evaluate_dir(
        EXAMPLES,
        extract_fn=lambda text, meta: (
            json.loads((EXAMPLES / meta["id"] / "gold.json").read_text(encoding="utf-8"))
            if (EXAMPLES / meta["id"]).is_dir()
            else {}
        ),
    )
    assert report["documents"] == len(GOLD_FILES)
    assert all(report[s]["f1"] == 1.0 for s in SECTIONS)
    assert report["corpus_digest"] == corpus_digest(EXAMPLES)


def test_self_match_on_hand_made_record() -> None:
    gold = base_gold()
    report = score_documents([(copy.deepcopy(gold), gold)])
    assert report["documents"] == 1
    for section in SECTIONS:
        assert report[section]["f1"] == 1.0
    assert report["agreements"]["tp"] == 4
    assert report["parties"]["tp"] == 8
    assert report["accuracy"]["date"] == 1.0
    assert report["accuracy"]["role"] == 1.0


def test_removing_an_agreement_lowers_recall_by_one_over_n() -> None:
    gold = base_gold()
    pred = copy.deepcopy(gold)
    dropped = pred["agreements"].pop(1)
    report = score_documents([(pred, gold)])
    agr = report["agreements"]
    assert (agr["tp"], agr["fp"], agr["fn"]) == (3, 0, 1)
    assert agr["recall"] == pytest.approx(3 / 4)
    assert agr["precision"] == 1.0
    # Parties are judged inside matched agreements only, so they stay perfect.
    assert report["parties"]["f1"] == 1.0
    missed = report["per_document"]["doc"]["agreements"]["missed"]
    assert [m["id"] for m in missed] == [dropped["id"]]
    assert "postal" in missed[0]["description"]


def test_removing_an_agreement_micro_averages_over_documents() -> None:
    gold = base_gold()
    pred = copy.deepcopy(gold)
    pred["agreements"].pop()
    report = score_documents([(copy.deepcopy(gold), gold), (pred, gold)], names=["a", "b"])
    assert report["agreements"]["recall"] == pytest.approx(7 / 8)
    assert report["per_document"]["a"]["agreements"]["recall"] == 1.0
    assert report["per_document"]["b"]["agreements"]["recall"] == pytest.approx(3 / 4)


def test_unmatched_optional_gold_is_not_a_miss() -> None:
    gold = base_gold()
    gold["agreements"].append(
        agreement(
            "maybe",
            ["BLR", "PAK"],
            ["pak", "blr"],
            subject="culture",
            sectors=["culture"],
            optional=True,
        )
    )
    gold["actors"].append(org("embassy", "Pakistani embassy", "PAK", optional=True))
    gold["events"].append(event("host", "CONSULT", ["blr"], ["pm"], cameo="043", optional=True))
    pred = base_gold()
    report = score_documents([(pred, gold)])
    for section in SECTIONS:
        assert report[section]["fn"] == 0, section
        assert report[section]["f1"] == 1.0, section


def test_prediction_matching_optional_gold_is_not_a_false_positive() -> None:
    gold = base_gold()
    gold["agreements"].append(
        agreement(
            "maybe",
            ["BLR", "PAK"],
            ["pak", "blr"],
            subject="culture",
            sectors=["culture"],
            instrument="declaration",
            optional=True,
        )
    )
    pred = copy.deepcopy(gold)
    del pred["agreements"][-1]["optional"]  # the extractor does not know it is optional
    report = score_documents([(pred, gold)])
    agr = report["agreements"]
    assert (agr["tp"], agr["fp"], agr["fn"]) == (4, 0, 0)
    # ... but a prediction that matches nothing is still a false positive.
    pred["agreements"].append(
        agreement(
            "extra",
            ["BLR", "PAK"],
            [],
            subject="space",
            sectors=["science_technology"],
            instrument="protocol",
        )
    )
    report = score_documents([(pred, gold)])
    assert report["agreements"]["fp"] == 1
    fps = report["per_document"]["doc"]["agreements"]["false_positives"]
    assert [f["id"] for f in fps] == ["extra"]


def test_tie_goes_to_the_required_gold_record() -> None:
    gold = record(
        [country("a", "ARG"), country("v", "VEN")],
        events=[
            event("optional-sign", "SUPPORT", ["a", "v"], cameo="057", optional=True),
            event("sign", "SUPPORT", ["a", "v"], cameo="057"),
        ],
    )
    pred = record(
        [country("x", "ARG"), country("y", "VEN")],
        events=[event("e1", "SUPPORT", ["x", "y"], cameo="057")],
    )
    report = score_documents([(pred, gold)])
    assert (report["events"]["tp"], report["events"]["fp"], report["events"]["fn"]) == (1, 0, 0)


def test_countries_alt_is_accepted() -> None:
    actors = [
        org("fwo", "Frontier Works Organization", "PAK"),
        org("js", "JS Global Capital", "PAK"),
    ]
    gold = record(
        actors,
        agreements=[
            agreement(
                "fwo",
                ["BLR", "PAK"],
                ["fwo", "js"],
                instrument="mou",
                subject="cooperation",
                sectors=["infrastructure"],
                countries_alt=[["PAK"]],
            ),
        ],
    )
    for countries, expected_tp in ((["PAK"], 1), (["BLR", "PAK"], 1), (["BLR"], 0)):
        pred = record(
            actors,
            agreements=[
                agreement(
                    "g1",
                    countries,
                    ["fwo", "js"],
                    instrument="mou",
                    subject="cooperation",
                    sectors=["infrastructure"],
                ),
            ],
        )
        report = score_documents([(pred, gold)])
        assert report["agreements"]["tp"] == expected_tp, countries


def test_agreement_needs_a_positive_score_and_equal_countries() -> None:
    gold = agreement(
        "g", ["BLR", "PAK"], [], instrument="mou", subject="trade promotion", sectors=["trade"]
    )
    # Same countries but nothing else in common: score 0, no match.
    other = agreement(
        "p",
        ["PAK", "BLR"],
        [],
        instrument="treaty",
        subject="border demarcation",
        sectors=["territorial"],
    )
    assert agreement_score(other, gold) == 0.0
    # Instrument class (memorandum -> mou) + sector + subject word.
    pred = agreement(
        "p",
        ["PAK", "BLR"],
        [],
        instrument="memorandum",
        subject="promotion of exports",
        sectors=["trade", "industry"],
    )
    assert agreement_score(pred, gold) == pytest.approx(2.5)
    pred["countries"] = ["PAK"]
    assert agreement_score(pred, gold) == 0.0


def test_agreement_score_counts_matched_parties() -> None:
    ga = {"p": country("p", "PAK"), "b": country("b", "BLR")}
    pa = {"x": country("x", "PAK", "Pakistan"), "y": country("y", "BLR", "Minsk")}
    gold = agreement("g", ["BLR", "PAK"], ["p", "b"], instrument="pact", sectors=["defence"])
    pred = agreement(
        "q",
        ["BLR", "PAK"],
        ["x", "y"],
        instrument="deal",
        sectors=["security"],
        subject="cooperation",
    )
    # instrument (deal and pact are both agreements) + two parties
    assert agreement_score(pred, gold, pa, ga) == pytest.approx(3.0)


def test_party_scores_and_error_lists() -> None:
    gold = base_gold()
    pred = copy.deepcopy(gold)
    postal = next(a for a in pred["agreements"] if a["id"] == "postal")
    postal["parties"] = ["post-p", "pm"]  # Belarus Post missing, the PM is a wrong party
    report = score_documents([(pred, gold)])
    parties = report["parties"]
    assert (parties["tp"], parties["fp"], parties["fn"]) == (7, 1, 1)
    doc = report["per_document"]["doc"]["parties"]
    assert [m["id"] for m in doc["missed"]] == ["postal:post-b"]
    assert "Belarus Post" in doc["missed"][0]["description"]
    assert [f["id"] for f in doc["false_positives"]] == ["postal:pm"]


def test_no_matched_agreement_is_not_a_perfect_party_score() -> None:
    report = score_documents([(record(), base_gold())])
    assert report["agreements"]["f1"] == 0.0
    assert report["parties"]["f1"] == 0.0
    # ... while a document with no agreements at all is judged perfect on both.
    empty = score_documents([(record(), record())])
    assert empty["agreements"]["f1"] == 1.0 and empty["parties"]["f1"] == 1.0


def test_accuracy_fields() -> None:
    gold = base_gold()
    pred = copy.deepcopy(gold)
    sme = next(a for a in pred["agreements"] if a["id"] == "sme")
    sme["sectors"] = ["finance"]  # gold's first sector (industry) is missing
    sme["instrument"] = "Memorandum of Understanding"  # same class as mou: right
    sme["status"] = "agreed"
    sme["modality"] = "future"
    pred["events"][0]["date"] = {"start": "2025-04-10", "end": None}
    pred["actors"][2]["roles"] = [{"title": "prime minister"}]
    report = score_documents([(pred, gold)])
    acc = report["accuracy"]
    assert acc["sector"] == pytest.approx(3 / 4)
    assert acc["instrument"] == 1.0
    assert acc["status"] == pytest.approx(3 / 4)
    assert acc["modality"] == pytest.approx(3 / 4)
    assert acc["date"] == 0.0 and acc["counts"]["date"] == {"correct": 0, "total": 1}
    # the one date judged is an event's: the split fields say which kind was wrong
    assert acc["counts"]["event_date"] == {"correct": 0, "total": 1}
    assert acc["agreement_date"] is None
    assert acc["role"] == 1.0
    assert acc["direction"] == 1.0
    errors = report["per_document"]["doc"]["accuracy_errors"]
    assert {e["field"] for e in errors} == {"sector", "status", "modality", "date"}


def test_accuracy_is_none_when_nothing_to_judge() -> None:
    report = score_documents([(record(), record())])
    assert all(report["accuracy"][k] is None for k in report["accuracy"] if k != "counts")


def test_single_day_date_matches_a_one_day_range() -> None:
    gold = record(
        [country("c", "CHN"), country("p", "PRT")],
        events=[
            event("sign", "SUPPORT", ["c", "p"], date={"start": "1987-04-13", "end": "1987-04-13"}),
        ],
    )
    pred = copy.deepcopy(gold)
    pred["events"][0]["date"] = {"start": "1987-04-13"}
    assert score_documents([(pred, gold)])["accuracy"]["date"] == 1.0


def test_agreement_and_event_dates_are_also_judged_apart() -> None:
    gold = base_gold()
    dated = {"start": "2025-04-11", "end": "2025-04-11"}
    for a in gold["agreements"][:2]:
        a["date"] = dict(dated)
    pred = copy.deepcopy(gold)
    pred["agreements"][0]["date"] = {"start": "2025-04-10", "end": "2025-04-10"}
    counts = score_documents([(pred, gold)])["accuracy"]["counts"]
    assert counts["agreement_date"] == {"correct": 1, "total": 2}
    assert counts["event_date"] == {"correct": 1, "total": 1}
    assert counts["date"] == {"correct": 2, "total": 3}


# --- actors and names ------------------------------------------------------------------------


def test_name_normalisation() -> None:
    assert normalize_name("Belarus's military industry authority") == (
        "belarus military industry authority"
    )
    assert normalize_name("Prime Minister Shehbaz Sharif", person=True) == "shehbaz sharif"
    assert normalize_name("Chancellor of the Exchequer Gordon Brown", person=True) == "gordon brown"
    assert normalize_name("Crown Prince Abdullah", person=True) == "abdullah"
    assert normalize_name("Mr. Aníbal Cavaco Silva", person=True) == "anibal cavaco silva"
    assert normalize_name("The U.S. Navy") == "us navy"
    # Organisations keep their first words.
    assert normalize_name("State Authority for Military Industry") == (
        "state authority for military industry"
    )


@pytest.mark.parametrize(
    ("a", "b", "is_person"),
    [
        ("Belarus's military industry authority", "Belarus military industry authority", False),
        ("President Alexander Lukashenko", "Alexander Lukashenko", True),
        ("Foreign Minister Miguel Moratinos", "Miguel Moratinos", True),
        ("Reagan", "Ronald Reagan", True),  # surname
        ("JS Global Capital", "JS Global Capital Limited", False),  # contiguous words
        ("Bank of Industry Development", "Industry Development Bank", False),  # Jaccard 0.75
        ("International Cocoa Organization", "International Cocoa Organisation", False),
        ("Petroleos de Venezuela", "Petróleos de Venezuela", False),
        ("the Trade Development Authority", "Trade Development Authority", False),
    ],
)
def test_names_that_match(a: str, b: str, is_person: bool) -> None:
    assert names_match(a, b, person=is_person) > 0
    assert names_match(b, a, person=is_person) > 0


@pytest.mark.parametrize(
    ("a", "b", "is_person"),
    [
        ("Shehbaz Sharif", "Nawaz Sharif", True),
        ("Alexander Lukashenko", "Alexander Turchin", True),
        ("Reagan", "Ronald Reagan", False),  # the surname rule is for people only
        ("Alexander", "Alexander Turchin", True),  # a first name is not a surname
        ("Foreign Minister Dar", "Foreign Minister Ali", True),
        ("Pakistan Post", "Pakistan Railways", False),
        ("Enarsa", "PDVSA", False),
    ],
)
def test_names_that_do_not_match(a: str, b: str, is_person: bool) -> None:
    assert names_match(a, b, person=is_person) == 0.0


def test_actor_aliases_on_either_side() -> None:
    gold = org(
        "smeda", "Small and Medium Enterprises Development Authority", "PAK", aliases=["SMEDA"]
    )
    assert actor_match_score(org("x", "SMEDA", "PAK"), gold) > 0
    gold2 = org("post", "Belarus Post", "BLR")
    pred = org("x", "Belpochta", "BLR", aliases=["Belarus Post"])
    assert actor_match_score(pred, gold2) > 0


def test_actor_kind_and_country_rules() -> None:
    icco = org("icco", "International Cocoa Organisation", kind="international")
    assert actor_match_score(org("x", "International Cocoa Organisation"), icco) > 0
    assert actor_match_score(person("x", "International Cocoa Organisation"), icco) == 0.0
    # Same name, different countries: two different interior ministries.
    blr = org("b", "interior ministry", "BLR")
    assert actor_match_score(org("x", "Interior Ministry", "PAK"), blr) == 0.0
    assert actor_match_score(org("x", "Interior Ministry", None), blr) > 0
    # Countries match on the code, whatever the name says.
    gbr = country("gbr", "GBR", "United Kingdom")
    assert actor_match_score(country("x", "GBR", "Britain"), gbr) > 0
    assert actor_match_score(country("x", "GIB", "United Kingdom"), gbr) == 0.0
    assert actor_match_score(org("x", "United Kingdom", "GBR"), gbr) == 0.0


def test_actor_matching_is_one_to_one_best_first() -> None:
    gold = record(
        [
            person("nawaz", "Nawaz Sharif", "PAK"),
            person("maryam", "Maryam Nawaz Sharif", "PAK"),
        ]
    )
    pred = record([person("p1", "Maryam Nawaz Sharif", "PAK"), person("p2", "Nawaz Sharif", "PAK")])
    report = score_documents([(pred, gold)])
    assert report["actors"]["tp"] == 2 and report["actors"]["fp"] == 0
    # "Sharif" alone is a surname of both, but can only be one of them.
    pred = record([person("p1", "Sharif", "PAK")])
    report = score_documents([(pred, gold)])
    assert (report["actors"]["tp"], report["actors"]["fn"]) == (1, 1)


def test_role_accuracy_compares_normalised_titles() -> None:
    gold = record(
        [person("dar", "Ishaq Dar", "PAK", ("Deputy Prime Minister", "Foreign Minister"))]
    )
    pred = record([person("x", "Dar", "PAK", ("foreign minister",))])
    assert score_documents([(pred, gold)])["accuracy"]["role"] == 1.0
    pred = record([person("x", "Dar", "PAK", ("Minister",))])
    report = score_documents([(pred, gold)])
    assert report["accuracy"]["role"] == 0.0
    assert report["per_document"]["doc"]["accuracy_errors"][0]["field"] == "role"


def test_country_accuracy_judges_matched_people_without_a_country() -> None:
    # a person matched with no country passes the actor match but not the country check
    gold = record([person("dar", "Ishaq Dar", "PAK"), person("x", "Jo Doe", None)])
    pred = record([person("p", "Ishaq Dar", None), person("q", "Jo Doe", "GBR")])
    report = score_documents([(pred, gold)])
    assert report["actors"]["tp"] == 2
    # gold gives no country for Jo Doe: only Dar is judged, and he is wrong
    assert report["accuracy"]["counts"]["country"] == {"correct": 0, "total": 1}
    pred = record([person("p", "Ishaq Dar", "PAK")])
    assert score_documents([(pred, gold)])["accuracy"]["country"] == 1.0


# --- events ----------------------------------------------------------------------------------


def test_events_with_different_countries_do_not_match() -> None:
    gold = record(
        [country("pak", "PAK"), country("blr", "BLR"), country("rus", "RUS")],
        events=[event("sign", "SUPPORT", ["pak", "blr"], cameo="057")],
    )
    pred = record(
        [country("pak", "PAK"), country("rus", "RUS")],
        events=[event("e1", "SUPPORT", ["pak", "rus"], cameo="057")],
    )
    report = score_documents([(pred, gold)])
    assert (report["events"]["tp"], report["events"]["fp"], report["events"]["fn"]) == (0, 1, 1)
    doc = report["per_document"]["doc"]["events"]
    assert doc["missed"][0]["id"] == "sign" and "SUPPORT" in doc["missed"][0]["description"]
    assert doc["false_positives"][0]["id"] == "e1"


def test_events_need_the_same_plover_type() -> None:
    actors = [country("pak", "PAK"), country("blr", "BLR")]
    gold = event("g", "CONSULT", ["pak"], ["blr"], mode="visit", cameo="042")
    pred = event("p", "AGREE", ["pak"], ["blr"], cameo="036")
    ga = {a["id"]: a for a in actors}
    assert event_score(pred, gold, ga, ga) == 0.0


def test_event_participants_are_countries_of_all_actors() -> None:
    # A person counts by their country; direction is judged separately.
    gold = record(
        [person("pm", "Shehbaz Sharif", "PAK"), country("blr", "BLR")],
        events=[event("visit", "CONSULT", ["pm"], ["blr"], mode="visit", cameo="042")],
    )
    pred = record(
        [country("pak", "PAK"), person("luka", "Lukashenko", "BLR")],
        events=[event("e1", "CONSULT", ["luka"], ["pak"], mode="visit", cameo="043")],
    )
    report = score_documents([(pred, gold)])
    assert report["events"]["tp"] == 1
    assert report["accuracy"]["direction"] == 0.0


def test_mode_and_cameo_break_ties() -> None:
    actors = [
        person("pm", "Shehbaz Sharif", "PAK"),
        person("luka", "Alexander Lukashenko", "BLR"),
        person("tur", "Alexander Turchin", "BLR"),
    ]
    gold = record(
        actors,
        events=[
            event("talks", "CONSULT", ["pm", "tur"], cameo="040"),
            event("host", "CONSULT", ["luka"], ["pm"], mode="visit", cameo="043"),
        ],
    )
    pred = record(
        actors,
        events=[
            event("e1", "CONSULT", ["luka"], ["pm"], mode="visit", cameo="043"),
            event("e2", "CONSULT", ["pm", "tur"], cameo="040"),
        ],
    )
    report = score_documents([(pred, gold)])
    assert report["events"]["tp"] == 2
    assert report["accuracy"]["direction"] == 1.0


def test_international_body_counts_by_name_in_events() -> None:
    gold = record(
        [
            country("jpn", "JPN"),
            org("icco", "International Cocoa Organisation", kind="international", aliases=["ICCO"]),
        ],
        events=[event("meet", "CONSULT", ["jpn"], ["icco"], cameo="040")],
    )
    pred = record(
        [country("j", "JPN"), org("i", "ICCO", kind="international")],
        events=[event("e", "CONSULT", ["j"], ["i"], cameo="040")],
    )
    assert score_documents([(pred, gold)])["events"]["tp"] == 1
    pred["actors"][1]["name"] = "World Trade Organization"
    assert score_documents([(pred, gold)])["events"]["tp"] == 0


def test_instrument_classes() -> None:
    assert instrument_class("pact") == instrument_class("Accord") == "agreement"
    assert instrument_class("deal") == "agreement"
    assert instrument_class("memorandum of understanding") == "mou"
    assert instrument_class("Convention") == "treaty"
    assert instrument_class("programme") == instrument_class("plan") == "roadmap"
    assert instrument_class("protocol") == "protocol"


# --- folders and rendering -------------------------------------------------------------------


def _write_example(root: Path, name: str, gold: dict) -> None:
    d = root / name
    d.mkdir(parents=True)
    (d / "article.txt").write_text("Pakistan and Belarus signed a postal agreement.", "utf-8")
    (d / "meta.json").write_text(json.dumps({"id": name, "published": "2025-04-12"}), "utf-8")
    (d / "gold.json").write_text(json.dumps(gold), "utf-8")


def test_evaluate_dir_with_a_custom_extractor(tmp_path: Path) -> None:
    _write_example(tmp_path, "one", base_gold())
    _write_example(tmp_path, "two", base_gold())
    (tmp_path / "incomplete").mkdir()  # no files: not an example
    seen: list[tuple[str, dict]] = []

    def extract_fn(text: str, meta: dict) -> dict:
        seen.append((text, meta))
        pred = base_gold()
        if meta["id"] == "two":
            pred["agreements"] = pred["agreements"][:2]
        return pred

    report = evaluate_dir(tmp_path, extract_fn=extract_fn)
    assert report["documents"] == 2 and len(seen) == 2
    assert seen[0][1]["published"] == "2025-04-12"
    assert set(report["per_document"]) == {"one", "two"}
    assert report["agreements"]["recall"] == pytest.approx(6 / 8)
    assert len(report["corpus_digest"]) == 64


def test_evaluate_dir_without_examples_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        evaluate_dir(tmp_path, extract_fn=lambda text, meta: {})
    assert str(tmp_path) in str(info.value)
    with pytest.raises(InputError):
        evaluate_dir(tmp_path / "missing", extract_fn=lambda text, meta: {})


def test_corpus_digest_changes_with_the_files(tmp_path: Path) -> None:
    _write_example(tmp_path, "one", base_gold())
    before = corpus_digest(tmp_path)
    assert before == corpus_digest(tmp_path)
    (tmp_path / "one" / "article.txt").write_text("changed", "utf-8")
    assert corpus_digest(tmp_path) != before


def test_report_renders() -> None:
    gold = base_gold()
    pred = copy.deepcopy(gold)
    pred["agreements"].pop()
    report = score_documents([(pred, gold)])
    console = Console(record=True, width=160)
    console.print(report_table(report))
    console.print(report_details(report))
    text = console.export_text()
    assert "agreements" in text and "direction accuracy" in text
    assert "trade" in text  # the missed agreement's id
