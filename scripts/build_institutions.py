"""Build src/accords/gazetteer/data/institutions.json: national institutions that stand for
their state without naming it ("the Knesset", "the Pentagon", "Xinhua", "the FBI").

Two sources: the institution entries of the Phoenix country dictionary
(`../shared/data/petrarch2/Phoenix.Countries.actors.txt`, MIT: "KNESSET [ISRGOVLEG]",
"FEDERAL BUREAU OF INVESTIGATION [USACOP]" with their aliases), and the curated table
`scripts/gazetteer_data/institutions.tsv`, which wins where both name one. People, titles
and dated entries of the dictionary are left to the officials table.

Usage: python scripts/build_institutions.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_gazetteer import (  # noqa: E402
    ALIAS_TITLE_PREFIXES,
    ORGANISATION_WORDS,
    SECTORS,
    parse_role,
    read_phoenix_countries,
    table_lines,
    title_case,
    write,
)

# words of a Phoenix alias that make it a title, a member or a generic phrase, not a name
NOT_A_NAME = re.compile(r"\b(OFFICIALS?|CHANCELLOR|BUNDESKANZLER|JUSTICES|STAFF|MEMBERS?|"
                        r"SOLDIERS|COMMUNITY|LAW ENFORCEMENT|SPOKESM[AE]N|SECRETARY|"
                        r"PRESIDENT|DIRECTOR)\b")


def name_like(surface: str) -> bool:
    """Whether a Phoenix alias names an institution: one word ("KNESSET", "USDA") or a
    phrase with a word of an organisation; "MASOUD BARZANI" and "IRAQI KURDISTAN", listed
    as aliases of bodies they lead or run, are not."""
    return " " not in surface or bool(ORGANISATION_WORDS.search(surface))


def phoenix_institutions(path: Path) -> dict[str, tuple[str, str]]:
    """Name -> (ISO, sector) for the dictionary's undated organisation entries."""
    _, entries = read_phoenix_countries(path)
    out: dict[str, tuple[str, str]] = {}
    for e in entries:
        name = e["name"].replace("_", " ").strip()
        if e["ci"] or not ORGANISATION_WORDS.search(name) and len(name.split()) > 1:
            continue  # a person (CountryInfo) or a name with no word of an organisation
        parsed = [r for r in (parse_role(c) for c in e["codes"]) if r]
        if not parsed or any(start or end for _, _, start, end in parsed):
            continue  # no office code, or an office held for a time: a person's
        if len({iso for iso, *_ in parsed}) != 1 or NOT_A_NAME.search(name):
            continue
        iso, sector = parsed[0][0], parsed[0][1]
        for surface in [name, *(a.replace("_", " ").strip() for a in e["aliases"])]:
            if not surface or NOT_A_NAME.search(surface) or not name_like(surface) or \
                    surface.split()[0].rstrip(".") in ALIAS_TITLE_PREFIXES or \
                    not re.fullmatch(r"[A-Z0-9 .'\-]+", surface):
                continue
            out.setdefault(surface, (iso, sector))
    return out


def curated() -> dict[str, tuple[str, str]]:
    out = {}
    for line in table_lines("institutions.tsv"):
        name, iso, sector = line.split("\t")
        assert sector in SECTORS, line
        out[name] = (iso, sector)
    return out


def display(surface: str) -> str:
    """"FEDERAL BUREAU OF INVESTIGATION" -> "Federal Bureau of Investigation"; acronyms
    ("FBI", "KGB") stay as they are."""
    if " " not in surface and len(surface) <= 6:
        return surface
    return title_case(surface, keep_upper=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent
                    / "shared" / "data")
    args = ap.parse_args(argv)
    rows: dict[str, list] = {}
    for surface, (iso, sector) in phoenix_institutions(
            args.data / "petrarch2" / "Phoenix.Countries.actors.txt").items():
        rows[surface.lower()] = [display(surface), iso, sector]
    for surface, (iso, sector) in curated().items():
        rows[surface.lower()] = [surface, iso, sector]
    out = {"institutions": sorted(rows.values())}
    n = write("institutions.json", out)
    print(f"institutions.json: {len(rows)} names ({n} bytes)")


if __name__ == "__main__":
    main()
