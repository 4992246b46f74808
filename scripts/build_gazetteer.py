"""Build the shipped gazetteer tables in ``src/accords/gazetteer/data/``.

Usage: ``python scripts/build_gazetteer.py [DATA_DIR]`` (default ``../shared/data`` relative to the
repository root). Sources: pycountry, CountryInfo (CC BY-SA 3.0), the Phoenix dictionaries (MIT)
and the curated tables in ``scripts/gazetteer_data/`` (one file each, described in its README).
The news corpora under ``corpora/`` are only read to learn which words are ordinary lower-case
English words, so that such words never become aliases; no corpus text is shipped. See
``src/accords/gazetteer/data/SOURCES.md``.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import pycountry
from rapidfuzz.distance import DamerauLevenshtein

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "accords" / "gazetteer" / "data"

# Flags stored with every surface form (see accords.gazetteer): how case is checked on lookup.
ANY_CASE = 0  # any capitalisation
NOT_LOWER = 1  # an ordinary English word as well: reject an all-lower-case query
EXACT = 2  # an abbreviation: only this exact spelling
CAPS = 3  # a pronounceable acronym: all-caps or Capitalised ("OPEC", "Opec"), never "opec"

SECTORS = ("GOV MIL LEG JUD COP SPY PTY BUS MED EDU CVL REL IGO UNK").split()

# --------------------------------------------------------------------------------------------
# Curated tables, read from scripts/gazetteer_data/ (formats and sources in its README.md)
# --------------------------------------------------------------------------------------------

TABLES = Path(__file__).resolve().parent / "gazetteer_data"


def table_lines(name: str) -> list[str]:
    """The lines of a curated table, without blank lines and comment lines ("#" first)."""
    text = (TABLES / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def table_text(name: str) -> str:
    """A table of "a|b|c" lines as one text, for the parsers of such lines below."""
    return "\n".join(table_lines(name))


def table_map(name: str) -> dict[str, str]:
    """A two-column table ("key<TAB>value"), in file order; a key alone maps to ""."""
    return {key: value for key, _, value in (line.partition("\t") for line in table_lines(name))}


def word_pattern(name: str) -> re.Pattern[str]:
    """A table of regular-expression alternatives as one pattern of whole words."""
    return re.compile(r"\b(" + "|".join(table_lines(name)) + r")\b")


SHORT_NAMES = table_map("short_names.tsv")
COUNTRY_EXTRA = table_text("country_names.txt")
DEMONYMS = table_text("demonyms.txt")
CAPITALS_EXTRA = table_text("capitals.txt")
CAPITAL_STOP = set(table_lines("capital_stop.txt"))
DEMONYM_STOP = set(table_lines("demonym_stop.txt"))
NAME_STOP = set(table_lines("name_stop.txt"))
COMMON_WORDS = set(table_lines("common_words.txt"))
IGO_CURATED = table_text("igo.txt")
IGO_STOP = set(table_lines("igo_stop.txt"))
IGO_NAME_WORDS = word_pattern("igo_name_words.txt")
IGO_PERSON_WORDS = word_pattern("igo_person_words.txt")
TITLES = table_text("titles.txt")
PORTFOLIOS = table_lines("portfolios.txt")
MINISTER_SHORT = table_map("minister_short.tsv")
TITLE_FIXES = {key: value or None for key, value in table_map("title_fixes.tsv").items()}
TITLE_HEADS = set(table_lines("title_heads.txt"))
AGENT_SKIP = set(table_lines("agent_skip.txt"))
PERSON_ALIASES = table_text("person_aliases.txt")
ORGANISATION_WORDS = word_pattern("organisation_words.txt")
SECTOR_MAP = table_map("sector_map.tsv")
ALIAS_TITLE_PREFIXES = tuple(table_lines("alias_title_prefixes.txt"))


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """ASCII-fold and lower-case, the key used for every table."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


SMALL = {"of", "the", "and", "de", "da", "du", "des", "del", "la", "le", "for", "on", "in", "es"}


KEEP_UPPER = {"UN", "EU", "AU", "US", "UK", "UAE", "NATO", "OPEC", "ASEAN", "II", "III", "IV"}


def title_case(raw: str, keep_upper: bool = False) -> str:
    """Turn a Phoenix/CountryInfo upper-case token (``GREAT_BRITAIN_``) into ``Great Britain``."""
    words = raw.replace("_", " ").split()
    out = []
    for i, w in enumerate(words):
        if w in KEEP_UPPER and (i or len(words) > 1) and keep_upper:
            out.append(w)
            continue
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", w):  # U.K., D.C.
            out.append(w)
            continue
        lw = w.lower()
        if i and lw in SMALL:
            out.append(lw)
            continue
        parts = re.split(r"([-'])", lw)
        cased = []
        for j, p in enumerate(parts):
            if p in "-'" or not p:
                cased.append(p)
            elif j >= 2 and parts[j - 1] == "'" and len(parts[j - 2]) != 1:  # Nuku'alofa, Sana'a
                cased.append(p)
            else:
                cased.append(p[0].upper() + p[1:])
        out.append("".join(cased))
    return " ".join(out)


def parse_lines(block: str) -> list[str]:
    """Lines of a CountryInfo list field, with comments and blank lines removed."""
    out = []
    for line in block.splitlines():
        line = line.split("#")[0].strip()
        if line:
            out.append(line)
    return out


def parse_curated(text: str) -> dict[str, list[str]]:
    """Parse ``ISO: a|b|c`` lines."""
    table: dict[str, list[str]] = {}
    for line in text.strip().splitlines():
        code, _, rest = line.partition(":")
        table.setdefault(code.strip(), []).extend(s.strip() for s in rest.split("|") if s.strip())
    return table


def is_abbrev(surface: str) -> bool:
    """An upper-case token or dotted initials: match only exactly as written."""
    core = surface.replace(".", "").replace("-", "")
    return (surface.isupper() and len(core) <= 6 and " " not in surface) or bool(
        re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?(?: [A-Z][a-z]+)?", surface)
    )


def corpus_stats(data: Path) -> tuple[set[str], set[str]]:
    """Ordinary lower-case words, and capitalised phrases (folded) seen in the news corpora.

    Ordinary words ("turkey", "male", "union") must not make a lower-case query match a country.
    Capitalised phrases are evidence that a source's name variant is really used in English
    news (drops misspellings and foreign-language forms). Falls back to small curated lists.
    """
    phrases: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    corpora = data / "corpora"
    files: list[Path] = []
    if corpora.is_dir():
        files = sorted(corpora.rglob("*.sgm")) + sorted(corpora.rglob("*.txt"))
    for f in files:
        text = f.read_text(encoding="latin-1", errors="replace")
        if f.suffix == ".sgm":  # only headline and body, not the lower-case metadata tags
            text = "\n".join(re.findall(r"<(?:TITLE|BODY)>(.*?)</(?:TITLE|BODY)>", text, re.S))
        for m in re.finditer(r"[A-Z][\w.'-]*(?:[ ](?:(?:of|the|and|de|es) )?[A-Z][\w.'-]*)*", text):
            words = m.group(0).split(" ")
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + 4) + 1):
                    phrases[fold(" ".join(words[i:j]).strip(".'"))] += 1
        for w in re.findall(r"(?<![A-Za-z])([A-Za-z][a-z]+)(?![A-Za-z])", text):
            if w[0].islower():
                lower[w] += 1
            else:
                upper[w.lower()] += 1
    words = {w for w, n in lower.items() if n >= 3 and n * 4 >= upper.get(w, 0)}
    words |= COMMON_WORDS
    return words, {p for p, n in phrases.items() if n >= 3}


def flag_for(surface: str, commons: set[str]) -> int:
    """Case rule for a surface form (see the flag constants)."""
    if is_abbrev(surface):
        return EXACT
    if " " not in surface and fold(surface) in commons:
        return NOT_LOWER
    return ANY_CASE


def plural(word: str) -> str | None:
    """English plural of a nationality noun, when it has one that news uses."""
    if re.search(r"(ese|ish|ch|ss|i?sh|Swiss|Thai|Lao|Kyrgyz|Khmer)$", word):
        return None
    if re.search(r"(sh|ch|s|y)man$", word):  # Englishman, Scotsman, Jerseyman (not German)
        return word[:-3] + "men"
    if re.search(r"(an|i|er|ot|ite|ard|ite|ar|on|ede|ene|ole|ane|ne|k|b|g|t|c|x|n)$", word):
        return word + "s"
    return None


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------


def read_countryinfo(path: Path) -> list[dict]:
    """Country blocks of CountryInfo: iso3, name, nationality lines, capitals."""
    text = path.read_text(encoding="utf-8", errors="replace")
    out = []
    for block in text.split("<Country>")[1:]:
        code = re.search(r"<CountryCode>(.*?)</CountryCode>", block)
        name = re.search(r"<CountryName>(.*?)</CountryName>", block)
        if not code or not name:
            continue
        raw = code.group(1).split("#")[0].strip()
        iso = raw[-3:]
        iso = {"KSV": "XKX", "TMP": "TLS"}.get(iso, iso)
        if not re.fullmatch(r"[A-Z]{3}", iso):
            continue
        if iso != "XKX" and pycountry.countries.get(alpha_3=iso) is None:
            continue
        nat = re.search(r"<Nationality>(.*?)</Nationality>", block, re.S)
        cap = re.search(r"<Capital>(.*?)</Capital>", block, re.S)
        out.append(
            {
                "iso": iso,
                "name": name.group(1).strip().strip("_"),
                "nationality": parse_lines(nat.group(1)) if nat else [],
                "capitals": parse_lines(cap.group(1)) if cap else [],
            }
        )
    return out


def read_phoenix_countries(path: Path) -> tuple[dict[str, set[str]], list[dict]]:
    """Country synonym blocks (``NAME_ [ISO]`` + ``+ALIAS``) and person entries."""
    synonyms: dict[str, set[str]] = defaultdict(set)
    people: list[dict] = []
    current_country: str | None = None
    entry: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        head = re.match(r"^([^\s+\[][^\[]*?)\s*\[([A-Z]{3})\]\s*$", line)
        if head and not raw.startswith(("\t", " ")):
            current_country = head.group(2)
            synonyms[current_country].add(head.group(1).strip().strip("_"))
            entry = None
            continue
        if line.startswith("+"):
            alias = line[1:].strip().strip("_")
            if entry is not None:
                entry["aliases"].append(alias)
            elif current_country:
                synonyms[current_country].add(alias)
            continue
        if raw.startswith(("\t", " ")) or line.lstrip().startswith("["):
            if entry is not None:
                entry["codes"].extend(re.findall(r"\[([^\]]*)\]", line))
            continue
        # a new entry: a person or an organisation, codes may be inline
        name = re.split(r"[\[\t]", line)[0].strip().strip("_")
        entry = {
            "name": name,
            "aliases": [],
            "codes": re.findall(r"\[([^\]]*)\]", line),
            "ci": "CountryInfo" in raw,
        }
        people.append(entry)
    return synonyms, people


def phoenix_date(token: str) -> str | None:
    """YYMMDD or YYYYMMDD to ISO (two-digit years before 30 are 20xx)."""
    token = token.strip()
    if not token or not token.isdigit():
        return None
    if len(token) == 6:
        yy = int(token[:2])
        token = ("20" if yy < 30 else "19") + token
    if len(token) != 8:
        return None
    y, m, d = token[:4], token[4:6], token[6:8]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    if m in ("04", "06", "09", "11") and d == "31":
        d = "30"
    if m == "02" and d > "28":
        d = "28"
    return f"{y}-{m}-{d}"


def parse_role(code: str) -> tuple[str, str, str | None, str | None] | None:
    """``PAKGOV 901106-930418`` -> (iso3, sector, start, end); None if not an office."""
    parts = code.split(None, 1)
    if not parts:
        return None
    actor = parts[0]
    dates = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if not re.fullmatch(r"[A-Z]{6,}", actor):
        return None
    iso = actor[:3]
    rest = actor[3:]
    if len(rest) >= 3 and pycountry.countries.get(alpha_3=rest[:3]) and rest[:3] not in SECTORS:
        iso, rest = rest[:3], rest[3:]  # GBRVGB... dependent territory
    iso = {"KSV": "XKX", "TMP": "TLS"}.get(iso, iso)
    sector = rest[:3]
    if sector not in SECTOR_MAP:
        return None  # ELI (former office holders), REB, OPP... are not offices
    if pycountry.countries.get(alpha_3=iso) is None and iso not in SHORT_NAMES:
        return None
    start = end = None
    if dates.startswith(">"):
        start = phoenix_date(dates[1:])
    elif dates.startswith("<"):
        end = phoenix_date(dates[1:])
    elif "-" in dates:
        a, _, b = dates.partition("-")
        start, end = phoenix_date(a), phoenix_date(b)
    return iso, SECTOR_MAP[sector], start, end


# --------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------


def country_names() -> dict[str, str]:
    """ISO3 -> short canonical English name."""
    names = {}
    for c in pycountry.countries:
        names[c.alpha_3] = getattr(c, "common_name", None) or c.name
    names.update(SHORT_NAMES)
    for iso, name in list(names.items()):
        if "," in name:
            names[iso] = name.split(",")[0]
    return names


def build_countries(data: Path, commons: set[str], phrases: set[str]) -> dict:
    """Country names, demonyms and capitals with their case flags."""
    names = country_names()
    ci = read_countryinfo(data / "countryinfo" / "CountryInfo.120116.txt")
    phoenix_syn, _ = read_phoenix_countries(data / "petrarch2" / "Phoenix.Countries.actors.txt")

    # surface -> (iso, kind, priority); lower priority number wins
    terms: dict[tuple[str, str], tuple[str, str, int]] = {}
    conflicts: set[tuple[str, str]] = set()

    def add(surface: str, iso: str, kind: str, prio: int) -> None:
        surface = " ".join(surface.replace("\u2019", "'").split())
        if not surface or re.search(r"[\d()&/,]", surface.replace(", D.C.", "")):
            return
        if "." in surface and not is_abbrev(surface) and not surface.endswith("D.C."):
            return
        key = (surface if is_abbrev(surface) else fold(surface), kind)
        if fold(surface) in NAME_STOP and not is_abbrev(surface):
            return
        old = terms.get(key)
        if old is None or prio < old[2]:
            terms[key] = (iso, surface, prio)
            conflicts.discard(key)
        elif old[0] != iso and prio == old[2]:
            conflicts.add(key)

    curated_names = parse_curated(COUNTRY_EXTRA)
    for iso, surfaces in curated_names.items():
        for s in surfaces:
            add(s, iso, "name", 0)
    for iso, name in names.items():
        add(name, iso, "name", 1)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                add(v, c.alpha_3, "name", 2)
                folded = fold(v)
                if folded != v.lower():
                    add(
                        folded.title().replace(" Of ", " of ").replace(" The ", " the "),
                        c.alpha_3,
                        "name",
                        2,
                    )

    demonyms = parse_curated(DEMONYMS)
    for iso, surfaces in demonyms.items():
        for s in surfaces:
            add(s, iso, "demonym", 0)
            p = plural(s)
            if p:
                add(p, iso, "demonym", 1)

    trusted: dict[str, set[str]] = defaultdict(set)  # iso -> folded trusted names + demonyms
    for iso, surface, _ in terms.values():
        trusted[iso].add(fold(surface))

    def misspelling(folded: str, iso: str) -> bool:
        # a trusted name itself is no misspelling of a longer one ("Djibouti", "Djiboutian"):
        # checked first, so the answer does not depend on the order a set is walked in
        if folded in trusted[iso]:
            return False
        for t in trusted[iso]:
            limit = 1 if len(t) <= 6 else 2
            if DamerauLevenshtein.distance(folded, t) <= limit:
                return True
        return False

    def ordinary(folded: str) -> bool:
        words = [w for w in re.split(r"[\s-]+", folded) if w not in SMALL]
        return bool(words) and all(w in commons for w in words)

    capitals = parse_curated(CAPITALS_EXTRA)
    for iso, caps in capitals.items():
        for s in caps:
            add(s, iso, "capital", 0)

    for c in ci:
        iso = c["iso"]
        add(title_case(c["name"]), iso, "name", 3)
        nat = [n.strip("_") for n in c["nationality"]]
        syn = {fold(title_case(s)) for s in phoenix_syn.get(iso, set())}
        for i, raw in enumerate(nat):
            surface = title_case(raw)
            folded = fold(surface)
            if len(folded) < 4 or folded in DEMONYM_STOP or ordinary(folded):
                continue
            if i == 0 or re.search(r"(man|woman|islander)$", folded):
                if misspelling(folded, iso) or (i and folded not in phrases):
                    continue
                add(surface, iso, "demonym", 3)
                continue
            if folded not in syn or misspelling(folded, iso) or (folded, "demonym") in terms:
                continue  # keep only variants that both sources list and are not misspellings
            if folded not in phrases:
                continue  # and that English news really uses
            add(surface, iso, "name", 4)
        for raw in c["capitals"]:
            surface = title_case(raw.strip("_"))
            folded = fold(surface)
            if folded in CAPITAL_STOP or ordinary(folded) and " " in folded:
                continue
            if (folded, "capital") in terms and terms[(folded, "capital")][0] != iso:
                continue
            add(surface, iso, "capital", 2)

    rows = []
    for (key, kind), (iso, surface, _) in sorted(terms.items()):
        if (key, kind) in conflicts:
            continue
        rows.append([surface, iso, kind[0], flag_for(surface, commons)])
    used = {r[1] for r in rows}
    return {"names": {k: v for k, v in sorted(names.items()) if k in used}, "terms": rows}


def build_international(data: Path, commons: set[str]) -> dict:
    """Intergovernmental bodies: curated list merged with Phoenix IGO entries."""
    bodies: list[list[str]] = []  # [name, abbrev, code]
    terms: dict[str, list] = {}  # key -> [surface, body index, flag]

    def add_term(surface: str, idx: int, flag: int) -> None:
        key = surface if flag in (EXACT, CAPS) else fold(surface)
        if key not in terms:
            terms[key] = [surface, idx, flag]

    def abbrev_flag(a: str) -> int:
        core = a.replace(".", "").replace("-", "")
        if len(core) >= 4 and core.isalpha() and fold(core) not in commons:
            return CAPS
        return EXACT

    lines: list[str] = []
    for line in IGO_CURATED.strip().splitlines():  # "+..." continues the previous line
        if line.startswith("+"):
            lines[-1] += "|" + line[1:]
        else:
            lines.append(line)
    for line in lines:
        name, abbrevs, code, *aliases = line.split("|")
        abbr = [a for a in abbrevs.split(";") if a]
        idx = len(bodies)
        bodies.append([name, abbr[0] if abbr else "", code])
        add_term(name, idx, ANY_CASE)
        for a in abbr:
            add_term(a, idx, abbrev_flag(a) if a.isupper() else EXACT)
        for a in aliases:
            if a:
                add_term(a, idx, EXACT if is_abbrev(a) else ANY_CASE)

    text = (data / "petrarch2" / "Phoenix.International.actors.txt").read_text(
        encoding="utf-8", errors="replace"
    )
    blocks: list[tuple[list[str], list[str]]] = []
    names: list[str] = []
    codes: list[str] = []
    for raw in text.splitlines() + [""]:
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            if names:
                blocks.append((names, codes))
            names, codes = [], []
            continue
        found = re.findall(r"\[([^\]]*)\]", line)
        if line.startswith("+"):
            names.append(re.split(r"[\[\t]", line[1:])[0].strip().strip("_"))
        elif raw.startswith(("\t", " ")):
            pass
        else:
            if names:
                blocks.append((names, codes))
            names, codes = [re.split(r"[\[\t]", line)[0].strip().strip("_")], []
        codes.extend(found)
    for names, codes in blocks:
        igo = [c.split()[0] for c in codes if c.startswith("IGO")]
        if not igo or any(re.search(r"\d", c) for c in codes if c.startswith("IGO")):
            continue  # not an IGO, or a dated role (a person)
        code = igo[0]
        good = []
        for n in names:
            n = n.replace("_", " ").strip()
            n = re.sub(r"^THE ", "", n)
            if not n or IGO_PERSON_WORDS.search(n) or re.search(r"[\d(),&/]", n.replace("G-", "G")):
                continue
            if fold(n) in IGO_STOP:
                continue
            if " " in n:
                if not IGO_NAME_WORDS.search(n):
                    continue
                good.append(title_case(n, keep_upper=True))
            elif n.isalpha() and 3 <= len(n) <= 8:
                good.append(n)  # acronym
        if not good:
            continue
        idx = next(
            (
                terms[k][1]
                for g in good
                for k in (g, fold(g), g.title())
                if k in terms and (k == g or " " in g)
            ),
            None,
        )
        if idx is None:
            full = [g for g in good if " " in g]
            acr = [g for g in good if " " not in g]
            if not full and not acr:
                continue
            idx = len(bodies)
            bodies.append([full[0] if full else acr[0], acr[0] if acr else "", code])
        for g in good:
            if " " in g:
                add_term(g, idx, ANY_CASE)
                alt = g.replace("Organization", "Organisation")
                add_term(alt, idx, ANY_CASE)
            else:
                add_term(g, idx, abbrev_flag(g))
    # spelling variants for the curated names too
    for surface, idx, flag in list(terms.values()):
        if flag == ANY_CASE:
            for a, b in (("Organization", "Organisation"), ("Organisation", "Organization")):
                if a in surface:
                    add_term(surface.replace(a, b), idx, ANY_CASE)
    rows = sorted(terms.values(), key=lambda r: (r[1], r[0]))
    return {"bodies": bodies, "terms": rows}


def build_titles(data: Path) -> dict:
    """Generic titles (curated + Phoenix agents) and the portfolio words for the rule."""
    titles: dict[str, list[str]] = {}
    for line in TITLES.strip().splitlines():
        t, s = line.split("|")
        titles.setdefault(fold(t), [t, s])
    portfolios = sorted({fold(p) for p in PORTFOLIOS})
    agents = (data / "petrarch2" / "Phoenix.agents.txt").read_text(
        encoding="utf-8", errors="replace"
    )
    for raw in agents.splitlines():
        line = raw.split("#")[0].strip()
        m = re.match(r"^([A-Z][A-Z_'\-]*[A-Z])\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})", line)
        if not m:
            continue
        words = m.group(1).split("_")
        if words[-1] not in TITLE_HEADS or len(words) > 4:
            continue
        if words[0] in AGENT_SKIP or m.group(2) not in SECTORS:
            continue  # a qualified or non-state agent ("Rebel Commander"), not a title
        sector = m.group(2)
        surface = title_case(m.group(1))
        titles.setdefault(fold(surface), [surface, sector])
    # portfolio forms: Foreign Minister, Minister of Foreign Affairs, Foreign Secretary, ...
    short: dict[str, str | None] = {}
    for p in portfolios:
        cased = " ".join(w if w in SMALL else w.capitalize() for w in p.split())
        short[p] = MINISTER_SHORT.get(p) or (cased if " " not in p else None)
        sector = "MIL" if p in ("army", "navy", "air force", "armed forces") else "GOV"
        titles.setdefault(fold(f"{cased} Minister"), [f"{cased} Minister", sector])
        for prep in ("of", "for"):
            form = f"Minister {prep} {cased}"
            canon = f"{short[p]} Minister" if short[p] else form
            titles.setdefault(fold(form), [form, sector, canon])
        if " " not in p:
            titles.setdefault(fold(f"{cased} Secretary"), [f"{cased} Secretary", sector])
    rows = sorted(titles.values(), key=lambda r: (-len(r[0]), r[0]))
    return {"titles": rows, "portfolios": short}


def norm_title(desc: str) -> str | None:
    """Normalise a CountryInfo office description to a short English title."""
    d = " ".join(desc.replace("Dep ", "Deputy ").split()).strip(" .,")
    d = re.sub(r", (New York|Geneva|Vienna)$", "", d)
    if not d:
        return None
    low = d.lower()
    if low in TITLE_FIXES:
        return TITLE_FIXES[low]
    m = re.fullmatch(r"minister (?:of|for) (?:the )?([a-z ]+)", low)
    if m and m.group(1) in MINISTER_SHORT:
        return f"{MINISTER_SHORT[m.group(1)]} Minister"
    m = re.fullmatch(r"minister (?:of|for) (?:the )?([a-z]+)", low)
    if m and m.group(1) not in ("state", "cabinet"):
        return f"{m.group(1).capitalize()} Minister"
    m = re.fullmatch(r"deputy minister (?:of|for) (?:the )?([a-z]+)", low)
    if m:
        return f"Deputy {m.group(1).capitalize()} Minister"
    if d.islower():
        return " ".join(w if w in SMALL else w.capitalize() for w in d.split())
    return d


def overlaps(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Do two (start, end) ranges overlap (open ends unbounded)?"""
    a0, a1 = a[0] or "0000", a[1] or "9999"
    b0, b1 = b[0] or "0000", b[1] or "9999"
    return a0 <= b1 and b0 <= a1


def singular_title(tag: str) -> str:
    """``Prime ministers`` -> ``Prime Minister``; ``Chairmen of the council`` -> ``Chairman of the
    Council``: CountryInfo leader sub-tags are plural office names."""
    words = tag.replace("_", " ").split("/")[0].strip().lower().split()
    out = []
    head = True
    for w in words:
        if w in ("of", "to", "for", "in", "on", "at", "pro"):
            head = False
        if head:
            parts = []
            for p in w.split("-"):
                if p.endswith("ies"):
                    p = p[:-3] + "y"
                elif p.endswith("men"):
                    p = p[:-3] + "man"
                elif p.endswith("s") and not p.endswith("ss") and len(p) > 3:
                    p = p[:-1]
                parts.append(p)
            w = "-".join(parts)
        if w in SMALL or w in ("to", "pro", "tempore"):
            out.append(w)
        elif "." in w:
            out.append(w.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def read_government(path: Path) -> list[tuple[str, str, str | None, str, str | None, str | None]]:
    """CountryInfo <Government> blocks: (name, iso3, title, sector, start, end) for each term.

    Titles follow ``#`` as ``T1 & T2``, one per bracketed role when the counts agree; the USA
    block gives them as ``#<Title>`` headers instead.
    """
    out = []
    for c_block in path.read_text(encoding="utf-8", errors="replace").split("<Country>")[1:]:
        gov = re.search(r"<Government>(.*?)</Government>", c_block, re.S)
        if not gov:
            continue
        header: str | None = None
        for raw in gov.group(1).splitlines():
            line = raw.strip()
            hm = re.fullmatch(r"#\s*<([^>]+)>", line)
            if hm:
                header = singular_title(hm.group(1))
                continue
            if not line or line.startswith("#"):
                continue
            body, _, comment = line.partition("#")
            names = re.findall(r"\{([^}]*)\}", body) or [re.split(r"[\[\t]", body)[0]]
            codes = [c for c in re.findall(r"\[([^\]]*)\]", body) if not c.startswith(("B:", "D:"))]
            titles = [t.strip() for t in comment.split("&") if t.strip()] if comment else []
            if not titles and header:
                titles = [header]
            for i, code in enumerate(codes):
                role = parse_role(code)
                if role is None:
                    continue
                iso, sector, start, end = role
                if len(titles) == len(codes):
                    title = titles[i]
                elif len(titles) == 1:
                    title = titles[0]
                else:
                    title = None
                for nm in names:
                    nm = nm.strip().strip("_")
                    if nm:
                        out.append((nm, iso, title, sector, start, end))
    return out


def read_leaders(path: Path) -> list[tuple[str, str, str, str | None, str | None]]:
    """CountryInfo <Leaders> blocks: (name, iso3, title, start, end) for each term."""
    out = []
    for c_block in path.read_text(encoding="utf-8", errors="replace").split("<Country>")[1:]:
        code = re.search(r"<CountryCode>(.*?)</CountryCode>", c_block)
        leaders = re.search(r"<Leaders>(.*?)</Leaders>", c_block, re.S)
        if not code or not leaders:
            continue
        iso = code.group(1).split("#")[0].strip()[-3:]
        iso = {"KSV": "XKX", "TMP": "TLS"}.get(iso, iso)
        if pycountry.countries.get(alpha_3=iso) is None and iso != "XKX":
            continue
        title = None
        for raw in leaders.group(1).splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            tag = re.fullmatch(r"<([^/][^>]*)>?", line)
            if tag:
                title = singular_title(tag.group(1))
                continue
            if line.startswith("</") or title is None:
                continue
            line = line.split("#")[0]
            names = re.findall(r"\{([^}]*)\}", line) or [re.split(r"[\[\t]", line)[0]]
            for rng in re.findall(r"\[([^\]:]*)\]", line):
                rng = rng.replace(" ", "")
                if rng.startswith(">"):
                    start, end = phoenix_date(rng[1:]), None
                elif "-" in rng:
                    a, _, b = rng.partition("-")
                    start, end = phoenix_date(a), phoenix_date(b)
                else:
                    continue
                for nm in names:
                    nm = nm.strip().strip("_")
                    if nm:
                        out.append((nm, iso, title, start, end))
    return out


def build_officials(data: Path, titles: dict) -> dict:
    """Office holders with dated roles: CountryInfo leaders and ministers (titles) merged with
    the Phoenix person entries (sectors, more terms, aliases)."""
    title_sector = {fold(t[0]): t[1] for t in titles["titles"]}
    known_titles = sorted(title_sector, key=len, reverse=True)

    def sector_of(title: str | None) -> str:
        if not title:
            return "GOV"
        t = fold(title)
        if t in title_sector:
            return title_sector[t]
        for key in known_titles:
            if t.endswith(" " + key) and title_sector[key] != "GOV":
                return title_sector[key]
        return "GOV"

    def short_title(title: str | None) -> str | None:
        """``Prime Minister and First Lord of the Treasury`` -> ``Prime Minister``."""
        if not title:
            return None
        m = re.match(r"^(.+?)(?:,| and )", title)
        if m and fold(m.group(1)) in title_sector:
            return norm_title(m.group(1))
        return title

    def clean(name: str) -> str:
        name = name.replace("_", " ").strip(" ,")
        return title_case(name.upper()) if name.isupper() or name.islower() else name

    display: dict[str, str] = {}
    # folded name -> list of [iso, title, sector|None, start, end]
    roles: dict[str, list[list]] = defaultdict(list)

    def add_ci(
        nm: str,
        iso: str,
        title: str | None,
        start: str | None,
        end: str | None,
        sector: str | None = None,
        mononym: bool = False,
    ) -> None:
        nm = clean(nm)
        # a one-word name is a ruler's ("Suharto", "King Fahd") only in the leaders' lists;
        # the ministers' lists hold given name and surname run together ("Bhortefeux")
        if not nm or len(nm.split()) < (1 if mononym else 2):
            return
        key = fold(nm)
        display.setdefault(key, nm)
        title = short_title(norm_title(title) if title else None)
        if title or sector:
            roles[key].append([iso, title, sector, start, end])

    for nm, iso, title, start, end in read_leaders(data / "countryinfo" / "CountryInfo.120116.txt"):
        add_ci(nm, iso, title, start, end, mononym=True)
    for nm, iso, title, sector, start, end in read_government(
        data / "countryinfo" / "CountryInfo.120116.txt"
    ):
        add_ci(nm, iso, title, start, end, sector)

    _, entries = read_phoenix_countries(data / "petrarch2" / "Phoenix.Countries.actors.txt")
    aliases: dict[str, str] = {}
    for e in entries:
        raw_name = e["name"].replace("_", " ").strip()
        if not raw_name or ORGANISATION_WORDS.search(raw_name) or \
                not re.fullmatch(r"[A-Z .'\-]+", raw_name):
            continue
        if len(raw_name.split()) < 2 and fold(clean(e["name"])) not in roles:
            continue  # one word: only a ruler the leaders' lists know
        parsed = [r for r in (parse_role(c) for c in e["codes"]) if r]
        if not parsed:
            continue
        nm = clean(e["name"])
        key = fold(nm)
        display.setdefault(key, nm)
        for a in e["aliases"]:
            a_clean = a.replace("_", " ").strip()
            if (
                not a_clean
                or a_clean.split()[0].rstrip(".") in ALIAS_TITLE_PREFIXES
                or len(a_clean.split()) < 2
                or not re.fullmatch(r"[A-Z .'\-]+", a_clean)
            ):
                continue
            aliases.setdefault(fold(a_clean), key)
        mine = roles[key]
        for iso, sector, start, end in parsed:
            hit = False
            for r in mine:
                if r[0] == iso and overlaps((start, end), (r[3], r[4])):
                    hit = True
                    if r[2] is None:
                        r[2] = sector
            if not hit:
                mine.append([iso, None, sector, start, end])
    for line in PERSON_ALIASES.strip().splitlines():
        canon, *alts = line.split("|")
        if canon in roles:
            for a in alts:
                aliases[fold(a)] = canon

    names_out: list[str] = []
    name_index: dict[str, int] = {}
    title_list: list[str] = []
    title_index: dict[str, int] = {}
    rows = []
    for key in sorted(roles):
        merged: list[list] = []
        for iso, title, sector, start, end in sorted(
            roles[key], key=lambda r: (r[0], r[1] or "", r[3] or "")
        ):
            sector = sector or sector_of(title)
            last = merged[-1] if merged else None
            if (
                last
                and last[0] == iso
                and last[1] == title
                and overlaps((last[3], last[4]), (start, end))
            ):
                # an open start is "before the source's coverage": keep a known one
                last[3] = min(x for x in (last[3], start) if x) if last[3] or start else None
                last[4] = max(last[4], end) if last[4] and end else None
                continue
            merged.append([iso, title, sector, start, end])
        if not merged:
            continue
        name_index[key] = len(names_out)
        names_out.append(display.get(key, key.title()))
        for iso, title, sector, start, end in sorted(merged, key=lambda r: (r[3] or "", r[0])):
            ti = -1
            if title:
                if title not in title_index:
                    title_index[title] = len(title_list)
                    title_list.append(title)
                ti = title_index[title]
            rows.append(
                [
                    name_index[key],
                    iso,
                    ti,
                    sector,
                    int(start.replace("-", "")) if start else 0,
                    int(end.replace("-", "")) if end else 0,
                ]
            )
    for key in list(name_index):  # "Robert M. Gates" is also "Robert Gates"
        short = " ".join(w for w in key.split() if not re.fullmatch(r"[a-z]\.", w))
        if short != key and len(short.split()) >= 2 and short not in name_index:
            aliases.setdefault(short, key)
    alias_rows = {
        a: name_index[k] for a, k in sorted(aliases.items()) if k in name_index and a != k
    }
    return {"names": names_out, "titles": title_list, "roles": rows, "aliases": alias_rows}


def write(name: str, obj: object) -> int:
    """Write compact JSON and return its size."""
    path = OUT / name
    path.write_text(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    return path.stat().st_size


def build_cameo(data: Path) -> dict:
    """CAMEO code -> [PLOVER event, mode, context] from the PLOVER conversion table."""
    table: dict[str, list[str | None]] = {}
    for line in (data / "plover" / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        if not code.strip().isdigit() or not parts or not parts[0]:
            continue
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        context = parts[2] if len(parts) > 2 and parts[2] else None
        table[code.strip()] = [parts[0], mode, context]
    return {"source": "plover/CAMEO2PLOVER-2021.txt (CC BY-SA 4.0)", "codes": table}


def main(argv: Iterable[str] = ()) -> None:
    """Build every table."""
    args = list(argv)
    data = Path(args[0]) if args else (ROOT / ".." / "shared" / "data")
    data = data.resolve()
    OUT.mkdir(parents=True, exist_ok=True)
    commons, phrases = corpus_stats(data)
    countries = build_countries(data, commons, phrases)
    international = build_international(data, commons)
    titles = build_titles(data)
    officials = build_officials(data, titles)
    sizes = {
        "countries.json": write("countries.json", countries),
        "international.json": write("international.json", international),
        "titles.json": write("titles.json", titles),
        "officials.json": write("officials.json", officials),
        "cameo.json": write("cameo.json", build_cameo(data)),
    }
    for k, v in sizes.items():
        print(f"{k}: {v / 1024:.0f} KiB")
    print(f"total: {sum(sizes.values()) / 1024:.0f} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
