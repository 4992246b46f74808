"""PLOVER event-type accuracy on the PLOVER gold standard sentences.

Usage: python bench/events.py [--gsr PATH] [--json] [--errors N]

`../shared/data/plover/PLOVER_GSR_CAMEO.txt` (Open Event Data Alliance, CC BY-SA 4.0) holds
about 320 one-sentence news reports, each with the one event a PLOVER coder saw in it, its
source and its target. Each sentence goes through `accords.extract` as a one-sentence article;
the event Accords would put first for it (highest confidence, then text order) is compared with
the gold one. The sentences are a codebook to learn from, not rules to fit: no rule may name one.

The file predates PLOVER 0.8, so its names are mapped to today's types, following the manual:
DEMAND is REQUEST, DISAPPROVE is ACCUSE, FIGHT is ASSAULT, and INVESTIGATE is ACCUSE (mode
`investigate`, CAMEO 09). Two records carry FIGHT under a SANCTION or COERCE id (closing a
border, forcing refugees out); they are scored as their id says. The DOCUMENT record is skipped.

Reported: type accuracy, the share of sentences where the gold type is among any of Accords'
events ("any"), per-type precision, recall and F1 of the first event, source and target country
accuracy on sentences whose type is right, a majority-class row, and the run time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

from accords.extract import extract, warm_up

DEFAULT_GSR = (Path(os.environ["ACCORDS_SHARED"]) if os.environ.get("ACCORDS_SHARED") else
               Path(__file__).resolve().parents[2] / "shared") / "data" / "plover" / \
    "PLOVER_GSR_CAMEO.txt"
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
             "INVESTIGATE": "ACCUSE"}
# CAMEO country codes that differ from ISO 3166-1 alpha-3
CAMEO_TO_ISO = {"JAP": "JPN", "KSV": "XKX", "KOS": "XKX", "ROM": "ROU", "ZAR": "COD",
                "TMP": "TLS", "DRC": "COD", "SER": "SRB", "UK": "GBR"}
NONSTATE = {"IGO", "NGO", "IMG", "MNC", "UAF", "REB", "CVL"}


def gold_type(rec: dict) -> str:
    by_id = rec["id"].split("-")[2]
    event = rec["event"]
    if event == "FIGHT" and by_id in ("SANCTION", "COERCE"):
        event = by_id
    return OLD_NAMES.get(event, event)


def gold_countries(side) -> set[str]:
    if not isinstance(side, list):
        return set()
    out = set()
    for a in side:
        code = (a.get("code") or "")[:3].upper()
        if code and code not in NONSTATE:
            out.add(CAMEO_TO_ISO.get(code, code))
    return out


def load(path: Path) -> list[dict]:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        sys.exit(f"bench/events.py: {path} not found (pass --gsr PATH)")
    return [r for r in records if r.get("event") not in (None, "DOCUMENT") and r.get("text")]


def first_event(record):
    if not record.events:
        return None
    order = {e.id: n for n, e in enumerate(record.events)}
    return max(record.events, key=lambda e: (e.confidence, -order[e.id]))


def run(path: Path, errors: int) -> dict:
    rows = load(path)
    warm_up()
    started = time.perf_counter()
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    correct = anywhere = src_ok = tgt_ok = src_n = tgt_n = 0
    mistakes = []
    for rec in rows:
        gold = gold_type(rec)
        record = extract(rec["text"], published=rec.get("date"), id=rec["id"])
        countries = {a.id: a.country for a in record.actors}
        names = {a.id: a.name for a in record.actors}
        ev = first_event(record)
        pred = ev.event if ev is not None else "none"
        if pred == gold:
            correct += 1
            tp[gold] += 1
            gs, gt = gold_countries(rec.get("source")), gold_countries(rec.get("target"))
            ps = {countries.get(a) for a in ev.actor} - {None}
            pt = {countries.get(a) for a in ev.recipient} - {None}
            if gs:
                src_n += 1
                src_ok += bool(gs & ps)
            if gt:
                tgt_n += 1
                tgt_ok += bool(gt & pt)
        else:
            fn[gold] += 1
            if pred != "none":
                fp[pred] += 1
            desc = "none" if ev is None else (
                f"{ev.event}/{ev.cameo} {[names.get(a) for a in ev.actor]} -> "
                f"{[names.get(a) for a in ev.recipient]}")
            mistakes.append({"id": rec["id"], "gold": gold, "predicted": desc,
                             "text": rec["text"]})
        if gold in {e.event for e in record.events}:
            anywhere += 1
    elapsed = time.perf_counter() - started
    n = len(rows)
    majority, majority_n = Counter(gold_type(r) for r in rows).most_common(1)[0]
    per_type = {}
    for t in sorted(set(tp) | set(fn) | set(fp)):
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_type[t] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                       "gold": tp[t] + fn[t]}
    return {
        "sentences": n,
        "type_accuracy": round(correct / n, 3),
        "type_anywhere": round(anywhere / n, 3),
        "majority_class": {"type": majority, "accuracy": round(majority_n / n, 3)},
        "source_country_accuracy": round(src_ok / src_n, 3) if src_n else None,
        "target_country_accuracy": round(tgt_ok / tgt_n, 3) if tgt_n else None,
        "per_type": per_type,
        "seconds": round(elapsed, 1),
        "errors": mistakes[:errors],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gsr", type=Path, default=DEFAULT_GSR)
    parser.add_argument("--json", action="store_true", help="results as JSON")
    parser.add_argument("--errors", type=int, default=0, help="list the first N mistakes")
    args = parser.parse_args()
    result = run(args.gsr, args.errors)
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"PLOVER gold standard: {result['sentences']} sentences, {result['seconds']} s")
    print(f"type accuracy        {result['type_accuracy']:.3f}")
    print(f"type among any event {result['type_anywhere']:.3f}")
    print(f"majority class       {result['majority_class']['accuracy']:.3f} "
          f"(always {result['majority_class']['type']})")
    print(f"source country       {result['source_country_accuracy']}")
    print(f"target country       {result['target_country_accuracy']}")
    print(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    for t, row in result["per_type"].items():
        print(f"{t:<10} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f} "
              f"{row['gold']:>5}")
    for m in result["errors"]:
        print(f"- {m['id']}: gold {m['gold']}, got {m['predicted']}\n    {m['text']}")


if __name__ == "__main__":
    main()
