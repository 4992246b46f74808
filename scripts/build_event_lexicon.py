"""Compile the Phoenix CAMEO verb dictionary and agent dictionary into package data.

The event coder looks verbs up by lemma thousands of times per article, so the 9,000-line
PETRARCH dictionary is turned once, here, into a JSON table keyed by the verb's first word:
each verb has its default CAMEO code and the patterns of its block (words that must follow or
precede it, with the code they give). Synonym sets (`&FOOD`, `&MILITARY`) are expanded into
word alternatives so that nothing is scanned or parsed at run time.

Source: shared/data/petrarch2/CAMEO.2.0.txt, Open Event Data Alliance, MIT licence (noted in
the output's `sources` field). CAMEO codes become PLOVER types through the gazetteer's table
built from CAMEO2PLOVER-2021.txt (scripts/build_gazetteer.py).

The agents file (Phoenix.agents.txt, same licence) gives the sector of group nouns that stand
for non-state and state actors ("rebels" REB, "riot police" COP, "protesters" OPP), and the
MilNonState file the country and sector of named armed groups ("Taliban" AFG REB); both are
written to data/agents.json for events whose parties are such groups.

The evaluative lexicon (data/evaluative.json) gives words a speaker uses to judge another
side's act ("called the decision irresponsible", "described the embargo as a relic") a
valence: the VADER sentiment lexicon (vaderSentiment on PyPI, C.J. Hutto, MIT licence; its
vader_lexicon.txt, read from the installed package or --vader), the words the Phoenix
dictionary codes in "(AS WORD)" patterns (CAMEO 11x/12x negative, 05x positive), and a short
curated list of diplomatic judgements VADER lacks (EVALUATIVE_EXTRA).

    python scripts/build_event_lexicon.py [--data ../shared/data] [--out src/accords/code/data]
                                          [--vader path/to/vader_lexicon.txt]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "src" / "accords" / "code" / "data"

# Phoenix agent codes -> the sector vocabulary of shared/CONTRACT.md
AGENT_SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "UAF": "REB", "OPP": "OPP", "RAD": "OPP",
    "COP": "COP", "SPY": "SPY", "JUD": "JUD", "LEG": "LEG", "PTY": "PTY", "BUS": "BUS",
    "MED": "MED", "EDU": "EDU", "CVL": "CVL", "LAB": "CVL", "REF": "CVL", "HLH": "CVL",
    "AGR": "CVL", "NGO": "CVL", "HRI": "CVL", "ENV": "CVL", "PPL": "CVL", "IMG": "CVL",
    "REL": "REL", "CHR": "REL", "MUS": "REL", "JEW": "REL", "HIN": "REL", "BUD": "REL",
}

_CODE_RE = re.compile(r"\[([0-9-]+)(?::[0-9-]+)?\]")
_HEADER_RE = re.compile(r"^---\s+(\S+)\s+\[([0-9-]+)(?::[0-9-]+)?\]\s+---")


def _word(token: str) -> str:
    """A dictionary word as the coder compares it: lower case, no PETRARCH suffix marks."""
    return token.strip("_").replace("_", " ").lower()


def read_synonyms(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("&"):
            current = line.rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current:
            word = _word(line[1:])
            if word and word not in sets[current]:
                sets[current].append(word)
    return sets


def _pattern_elements(text: str, synonyms: dict[str, list[str]]) -> list[list]:
    """The words of one side of a pattern, each [alternatives (phrases joined by spaces),
    whether it stands in a prepositional phrase]. Bare words are the verb's object; words in
    parentheses may be further off, in a prepositional phrase. Source/target markers ($ + %)
    carry no words."""
    elements: list[list] = []
    phrase: list[str] | None = None
    depth = 0
    for tok in re.findall(r"\{|\}|\(|\)|[^\s{}()]+", text):
        if tok in ("(", ")"):
            depth += 1 if tok == "(" else -1
            continue
        if tok == "{":
            phrase = []
            continue
        if tok == "}":
            if phrase:
                elements.append([[" ".join(phrase)], depth > 0])
            phrase = None
            continue
        if tok in ("$", "+", "%", "^", ".", "/") or not re.search(r"[A-Za-z]", tok):
            continue
        if tok.startswith("&"):
            alts = synonyms.get(tok.rstrip("_"), [])
            if not alts:
                continue
            if phrase is not None:
                phrase.append(alts[0])
            else:
                elements.append([list(alts), depth > 0])
            continue
        word = _word(tok.lstrip("+$%"))
        if phrase is not None:
            phrase.append(word)
        else:
            elements.append([[word], depth > 0])
    return elements


def read_verbs(lines: list[str], synonyms: dict[str, list[str]]) -> dict[str, dict]:
    """verb -> {"code": default CAMEO code or None, "words": the rest of a phrasal verb,
    "patterns": [[pre elements, post elements, code], ...]}"""
    verbs: dict[str, list[dict]] = {}
    block_code: str | None = None
    block_head = ""
    block_verbs: list[dict] = []
    block_patterns: list[list] = []

    def close() -> None:
        for entry in block_verbs:
            entry["patterns"] = block_patterns

    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        header = _HEADER_RE.match(line)
        if header:
            close()
            code = header.group(2)
            block_code = None if code.startswith("-") else code
            block_head = header.group(1).split("_")[0].lower()
            block_verbs, block_patterns = [], []
            continue
        if line.startswith("- "):
            m = _CODE_RE.search(line)
            if not m:
                continue
            body = line[2:m.start()]
            if "*" not in body:
                continue
            pre, post = body.split("*", 1)
            code = m.group(1)
            block_patterns.append([_pattern_elements(pre, synonyms),
                                   _pattern_elements(post, synonyms),
                                   None if code.startswith("-") else code])
            continue
        m = _CODE_RE.search(line)
        own = m.group(1) if m else None
        head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
        if not head:
            continue
        words = _word(head[0].lstrip("+")).split()
        if not words or not words[0].isalpha():
            continue
        # A block's synonyms come largely from WordNet and many are loose ("dominate" sits
        # under DESTROY, "state" under EXPLAIN): a verb takes the block's code only when it
        # heads the block or states its own; its block's patterns apply to it either way.
        if own:
            code = None if own.startswith("-") else own
        else:
            code = block_code if words[0] == block_head else None
        entry = {"verb": words[0], "words": words[1:], "code": code}
        block_verbs.append(entry)
        verbs.setdefault(words[0], []).append(entry)
    close()
    return verbs


def build(data: Path) -> dict:
    lines = (data / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="latin-1").splitlines()
    syn_at = next(i for i, line in enumerate(lines) if "SYNONYM SETS" in line)
    verbs_at = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    end = next(i for i, line in enumerate(lines) if "TRANSFORMATIONS" in line)
    synonyms = read_synonyms(lines[syn_at + 1:verbs_at])
    verbs = read_verbs(lines[verbs_at + 1:end], synonyms)
    # patterns are shared by every verb of a block: store each block's list once
    blocks: list[list] = []
    block_ids: dict[int, int] = {}
    out_verbs: dict[str, list] = {}
    for verb, entries in sorted(verbs.items()):
        rows = []
        for e in entries:
            key = id(e["patterns"])
            if key not in block_ids:
                block_ids[key] = len(blocks)
                blocks.append(e["patterns"])
            rows.append([e["words"], e["code"], block_ids[key]])
        out_verbs[verb] = rows
    return {
        "sources": {
            "verbs": "Phoenix CAMEO verb dictionary CAMEO.2.0.txt (PETRARCH2), Open Event Data "
                     "Alliance, MIT licence",
        },
        "verbs": out_verbs,
        "blocks": blocks,
    }


def read_agents(path: Path) -> dict[str, str]:
    """Group noun (lower case, singular as the file writes it) -> sector."""
    agents: dict[str, str] = {}
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z][A-Z_.'-]*?)_?\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})", line)
        if not m or "!" in m.group(1):
            continue
        sector = AGENT_SECTORS.get(m.group(2))
        phrase = _word(m.group(1))
        if sector and phrase and phrase not in agents and len(phrase.split()) <= 3:
            agents[phrase] = sector
    return agents


# CAMEO country codes that are not ISO 3166-1 alpha-3 (regions such as SAS stay unplaced)
CAMEO_COUNTRIES = {"ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "XKX", "KOS": "XKX"}


def read_armed_groups(path: Path) -> dict[str, list]:
    """Named non-state armed groups (Phoenix.MilNonState.actors.txt, from the START TOPS data):
    every name and alias (lower case) -> [ISO3 or None, sector]."""
    import pycountry

    groups: dict[str, list] = {}
    current: list | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            current = None
            continue
        if line.startswith("+") and current is not None:
            names = [line[1:]]
        elif line[:1].isalnum():
            m = re.match(r"^(\S+)\s*(?:\[([A-Z]{6})\])?", line)
            if not m:
                continue
            code = m.group(2) or ""
            iso = CAMEO_COUNTRIES.get(code[:3], code[:3]) if code else None
            if iso and pycountry.countries.get(alpha_3=iso) is None and iso != "XKX":
                iso = None
            current = [iso, AGENT_SECTORS.get(code[3:6], "REB")]
            names = [m.group(1)]
        else:
            continue
        for name in names:
            name = re.sub(r"_?\([^)]*\)_?", "_", name.split("+")[0])
            word = _word(name)
            # names made of a date ("17 November") would fire on every date in the news
            if word and len(word) > 2 and not re.search(r"\d", word) and word not in groups:
                groups[word] = current
            acronym = re.search(r"\(([A-Z]{2,})\)", names[0])
            if acronym and acronym.group(1).lower() not in groups:
                groups[acronym.group(1).lower()] = current
    return groups


def read_firms(path: Path) -> dict[str, str]:
    """Multinational firms of the Phoenix international actors file ([MNCUSA] ...): name ->
    ISO3 of the country the code gives; firms without a country are left out."""
    import pycountry

    from accords.gazetteer import firm_key

    firms: dict[str, str] = {}
    for raw in path.read_text(encoding="latin-1").splitlines():
        m = re.match(r"^([A-Z0-9][A-Z0-9_.&'-]*?)_?\s+\[MNC([A-Z]{3})", raw)
        if not m:
            continue
        iso = CAMEO_COUNTRIES.get(m.group(2), m.group(2))
        if pycountry.countries.get(alpha_3=iso) is None:
            continue
        key = firm_key(_word(m.group(1)))
        if len(key) > 3 and key not in firms:
            firms[key] = iso
    return firms


# Diplomatic judgements VADER does not list, with a valence on its -4..4 scale; curated from
# the vocabulary of official statements (CAMEO 111 "criticize or denounce", 051 "praise or
# endorse"), not from any article.
EVALUATIVE_EXTRA: dict[str, float] = {
    "provocative": -2.0, "provocation": -2.0, "baseless": -2.0, "groundless": -2.0,
    "unfounded": -2.0, "null": -1.5, "void": -1.5, "counterproductive": -2.0,
    "destabilising": -2.0, "destabilizing": -2.0, "illegitimate": -2.0, "unlawful": -2.0,
    "inadmissible": -2.0, "deplorable": -2.5, "unhelpful": -1.5, "relic": -1.0,
    "farce": -2.0, "farcical": -2.0, "lawless": -2.0, "fabrication": -2.0,
    "absurd": -1.5, "unjustified": -2.0, "unwarranted": -2.0, "interference": -1.5,
    "meddling": -2.0, "hypocrisy": -2.0, "blackmail": -2.5, "aggression": -2.5,
    "illogical": -1.5, "untenable": -1.5, "irresponsibility": -2.0,
    "constructive": 1.5, "fruitful": 2.0, "productive": 1.5, "cordial": 1.5,
    "historic": 1.5, "landmark": 1.5, "breakthrough": 2.0, "commendable": 2.0,
    "statesmanlike": 2.0, "courageous": 2.0,
    # judgements of a policy or an act that VADER lacks ("called the attacks an escalation",
    # "said the tax was discriminatory", "which he called a protectionist measure")
    "discriminatory": -2.0, "escalation": -1.5, "protectionist": -1.5, "protectionism": -1.5,
    "flagrant": -2.0, "harmful": -2.0, "arbitrary": -1.5, "undue": -1.5, "excessive": -1.5,
    "expansionist": -2.0, "belligerent": -2.0, "inhumane": -2.5, "barbaric": -3.0,
    # what stands in the way, said of a policy ("was a major barrier to fighting poverty",
    # "a setback for the peace process"); VADER's "barrier" (-0.5) judges too weakly
    "barrier": -1.5, "impediment": -1.5, "setback": -1.5, "blunder": -2.0,
    "senseless": -2.0, "pointless": -1.5, "retrograde": -1.5,
}


# Words VADER scores that say how sure or how placed someone is, not how good an act is:
# "said it was clear that ...", "is ready to", "was confident that"
NOT_JUDGEMENTS = frozenset({"clear", "true", "sure", "certain", "ready", "free", "hopeful",
                            "optimistic", "pessimistic", "confident", "like", "likely", "want",
                            "wants", "please", "yes", "no", "ok", "okay", "well", "fine"})


def read_vader(path: Path) -> dict[str, float]:
    """Single words of the VADER lexicon (no emoticons or slang spellings with digits)."""
    words: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and re.fullmatch(r"[a-z][a-z'-]*[a-z]", parts[0]) and \
                parts[0] not in NOT_JUDGEMENTS:
            words[parts[0]] = float(parts[1])
    return words


def read_as_patterns(lines: list[str]) -> dict[str, float]:
    """Words of the dictionary's "* (AS WORD) [code]" patterns: the judgement a verb of
    describing expresses ("* (AS UNACCEPTABLE) [111]")."""
    words: dict[str, float] = {}
    for raw in lines:
        m = re.search(r"\(AS ([A-Z_]+)\)\s*\[([0-9]+)\]", raw)
        if not m:
            continue
        word, code = _word(m.group(1)), m.group(2)
        if code.startswith(("11", "12")):
            words[word] = -2.0
        elif code.startswith("05"):
            words[word] = 2.0
    return words


def build_evaluations(vader: Path, cameo: Path) -> dict:
    words = read_vader(vader)
    words.update(read_as_patterns(cameo.read_text(encoding="utf-8").splitlines()))
    words.update(EVALUATIVE_EXTRA)
    return {"source": "vader_lexicon.txt of vaderSentiment 3.3.2 (C.J. Hutto, MIT licence); "
                      "the (AS WORD) patterns of CAMEO.2.0.txt (Open Event Data Alliance, MIT "
                      "licence); EVALUATIVE_EXTRA in scripts/build_event_lexicon.py",
            "words": words}


def _vader_path(given: Path | None) -> Path | None:
    if given is not None:
        return given
    # the lexicon file of an installed vaderSentiment (pip install vaderSentiment), found
    # without importing it: only its data is read, and nothing at run time needs it
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "vader_lexicon.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--vader", type=Path, default=None,
                        help="vader_lexicon.txt (default: from the installed vaderSentiment)")
    args = parser.parse_args()
    table = build(args.data)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "verbs.json").write_text(
        json.dumps(table, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    n_patterns = sum(len(b) for b in table["blocks"])
    print(f"{args.out / 'verbs.json'}: {len(table['verbs'])} verbs, {n_patterns} patterns")
    agents = read_agents(args.data / "petrarch2" / "Phoenix.agents.txt")
    groups = read_armed_groups(args.data / "petrarch2" / "Phoenix.MilNonState.actors.txt")
    (args.out / "agents.json").write_text(json.dumps({
        "source": "Phoenix.agents.txt and Phoenix.MilNonState.actors.txt (PETRARCH2), Open "
                  "Event Data Alliance, MIT licence",
        "agents": agents, "groups": groups}, separators=(",", ":"), sort_keys=True) + "\n",
        encoding="utf-8")
    print(f"{args.out / 'agents.json'}: {len(agents)} group nouns, {len(groups)} named groups")
    firms = read_firms(args.data / "petrarch2" / "Phoenix.International.actors.txt")
    firms_out = ROOT / "src" / "accords" / "gazetteer" / "data" / "firms.json"
    firms_out.write_text(json.dumps({
        "source": "Phoenix.International.actors.txt (PETRARCH2), Open Event Data Alliance, "
                  "MIT licence: multinational firms and their countries",
        "firms": firms}, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{firms_out}: {len(firms)} firms")
    vader = _vader_path(args.vader)
    if vader is None:
        print("vaderSentiment not installed and no --vader: evaluative.json left as it is")
        return
    evaluations = build_evaluations(vader, args.data / "petrarch2" / "CAMEO.2.0.txt")
    (args.out / "evaluative.json").write_text(
        json.dumps(evaluations, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{args.out / 'evaluative.json'}: {len(evaluations['words'])} evaluative words")


if __name__ == "__main__":
    main()
