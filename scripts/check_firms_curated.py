"""Checks the curated firm table (src/accords/gazetteer/data/firms_curated.tsv) for keys that
would match more than a firm: run from the repository root, `python scripts/check_firms_curated.py
[../shared/data]`; prints one line per problem and exits 1 if there is any.

A key is looked up in the form `firm_key` gives it (lower case, legal form stripped), and it also
matches every longer name that begins with it, so a key must be at least as specific as a firm's
name. Flagged: keys that are a country name, demonym or capital, a title or an international
body's name; one-word keys that news also writes in lower case (an ordinary English word, from
the development corpora as in build_gazetteer.py); keys of one or two letters; unknown ISO codes;
the same key twice; keys made redundant by a shorter key of the same country."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import orjson

from accords.gazetteer import firm_key

DATA = Path("src/accords/gazetteer/data")
# keys looked at and kept although a rule flags them: firms' usual short names ("BP", "VW"),
# names the corpora only happen to print in lower case, and 'total' of the first table
ALLOWED = {"bp", "lg", "vw", "pdvsa", "venalum", "total"}


def _lower_words(corpora: Path) -> set[str]:
    """Words the corpora write in lower case at least as often as a quarter of their capitalised
    uses (ordinary words, not names)."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for f in sorted(corpora.rglob("*.sgm")) + sorted(corpora.rglob("*.txt")):
        text = f.read_text(encoding="latin-1", errors="replace")
        if f.suffix == ".sgm":
            text = "\n".join(re.findall(r"<(?:TITLE|BODY)>(.*?)</(?:TITLE|BODY)>", text, re.S))
        for w in re.findall(r"(?<![A-Za-z])([A-Za-z][a-z]+)(?![A-Za-z])", text):
            (lower if w[0].islower() else upper)[w.lower()] += 1
    return {w for w, n in lower.items() if n >= 3 and n * 4 >= upper.get(w, 0)}


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data")
    countries = orjson.loads((DATA / "countries.json").read_bytes())
    reserved: dict[str, str] = {}
    for surface, iso, kind, _ in countries["terms"]:
        reserved[firm_key(surface)] = f"country term ({kind} {iso})"
    for name in countries["names"].values():
        reserved[firm_key(name)] = "country name"
    for row in orjson.loads((DATA / "titles.json").read_bytes())["titles"]:
        reserved.setdefault(firm_key(row[0]), "title")
    intl = orjson.loads((DATA / "international.json").read_bytes())
    for body in intl["bodies"]:
        for s in body[:2]:
            if s:
                reserved.setdefault(firm_key(s), "international body")
    for row in intl["terms"]:
        reserved.setdefault(firm_key(row[0]), "international body")
    commons = _lower_words(shared / "corpora") if (shared / "corpora").is_dir() else set()

    problems: list[str] = []
    table: dict[str, str] = {}
    lines = (DATA / "firms_curated.tsv").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] != parts[0].lower() or parts[0] != parts[0].strip():
            problems.append(f"{n}: malformed line {line!r}")
            continue
        raw, iso = parts
        key = firm_key(raw)
        if iso not in countries["names"]:
            problems.append(f"{n}: {raw!r}: unknown code {iso}")
        if key in table:
            problems.append(f"{n}: {raw!r}: key {key!r} twice ({table[key]} and {iso})")
        if key in reserved:
            problems.append(f"{n}: {raw!r}: key {key!r} is a {reserved[key]}")
        if key in ALLOWED:
            table[key] = iso
            continue
        if " " not in key and key in commons:
            problems.append(f"{n}: {raw!r}: {key!r} is an ordinary lower-case word in news")
        if len(key.replace(" ", "")) <= 2:
            problems.append(f"{n}: {raw!r}: key {key!r} too short")
        words = key.split()
        for k in range(1, len(words)):
            shorter = " ".join(words[:k])
            if table.get(shorter) == iso:
                problems.append(f"{n}: {raw!r}: redundant, {shorter!r} ({iso}) already matches it")
        table[key] = iso
    for p in problems:
        print(p)
    print(f"{len(table)} keys, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
