#!/usr/bin/env python
"""Re-measure accuracy on the gold examples and raise the floors of the accuracy gate.

A floor becomes the measured F1 minus a margin (default 0.02), so that harmless noise does not
fail the gate. Floors only go up unless --allow-lower is given: lowering one is a decision to
accept a loss, and should be visible in review. The corpus digest is always refreshed.

    python scripts/update_floors.py [--set examples|wikinews|heldout|blind] [--examples DIR]
                                    [--margin 0.02] [--allow-lower] [--dry-run]

Each development set has its own floors file: `tests/accuracy_floors.json` for
`../shared/examples`, `tests/accuracy_floors_wikinews.json` for `../shared/examples-wikinews`,
`tests/accuracy_floors_heldout.json` for the articles annotated in `tests/data/heldout`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

from accords.evaluate import corpus_digest, evaluate_dir

ROOT = Path(__file__).resolve().parents[1]
FLOORS_FILE = ROOT / "tests" / "accuracy_floors.json"
METRICS = ("agreements", "parties", "events", "actors")
# development set -> (environment variable, folder under ../shared, floors file)
SETS = {
    "examples": ("ACCORDS_EXAMPLES", "examples", FLOORS_FILE),
    "wikinews": ("ACCORDS_WIKINEWS", "examples-wikinews",
                 ROOT / "tests" / "accuracy_floors_wikinews.json"),
    "heldout": ("ACCORDS_HELDOUT", str(ROOT / "tests" / "data" / "heldout"),
                ROOT / "tests" / "accuracy_floors_heldout.json"),
    "blind": ("ACCORDS_BLIND", str(ROOT / "tests" / "data" / "blind"),
              ROOT / "tests" / "accuracy_floors_blind.json"),
}


def default_examples(which: str = "examples") -> Path:
    env, folder, _ = SETS[which]
    if os.environ.get(env):
        return Path(os.environ[env])
    return Path(folder) if Path(folder).is_absolute() else ROOT.parent / "shared" / folder


def new_floors(
    old: dict, measured: dict[str, float], margin: float, allow_lower: bool
) -> tuple[dict, list[str]]:
    """Floors after a measurement, and a line for every floor that moved or was held."""
    floors = dict(old)
    notes: list[str] = []
    for metric in METRICS:
        key = f"{metric}_f1"
        current = float(old.get(key, 0.0))
        # Round down to 3 places so the floor never exceeds measured - margin.
        target = max(0.0, math.floor((measured[metric] - margin) * 1000 + 1e-9) / 1000)
        if target > current:
            floors[key] = target
            notes.append(f"{key}: {current:.3f} -> {target:.3f} (measured {measured[metric]:.4f})")
        elif target < current and allow_lower:
            floors[key] = target
            notes.append(
                f"{key}: {current:.3f} -> {target:.3f} LOWERED (measured {measured[metric]:.4f})"
            )
        elif target < current:
            notes.append(
                f"{key}: kept at {current:.3f}; measured {measured[metric]:.4f} would set "
                f"{target:.3f} (pass --allow-lower to lower it)"
            )
        else:
            notes.append(f"{key}: unchanged at {current:.3f} (measured {measured[metric]:.4f})")
    return floors, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="examples",
                        help="which development set (and floors file)")
    parser.add_argument("--examples", type=Path, default=None)
    parser.add_argument("--floors", type=Path, default=None)
    parser.add_argument("--margin", type=float, default=0.02)
    parser.add_argument("--allow-lower", action="store_true", help="let a floor go down")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write")
    args = parser.parse_args(argv)
    args.examples = args.examples or default_examples(args.set)
    args.floors = args.floors or SETS[args.set][2]

    old = json.loads(args.floors.read_text(encoding="utf-8")) if args.floors.exists() else {}
    report = evaluate_dir(args.examples, progress=sys.stderr.isatty())
    measured = {m: report[m]["f1"] for m in METRICS}
    floors, notes = new_floors(old, measured, args.margin, args.allow_lower)

    digest = corpus_digest(args.examples)
    if old.get("corpus_digest") != digest:
        notes.append(f"corpus_digest: {str(old.get('corpus_digest'))[:12]} -> {digest[:12]}")
    floors["corpus_digest"] = digest

    print(f"measured on {report['documents']} examples in {args.examples}:")
    for line in notes:
        print(f"  {line}")
    if args.dry_run:
        print("dry run: nothing written")
    elif floors != old:
        args.floors.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.floors}")
    else:
        print("no change")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
