"""Sectors of an agreement from the words of its subject and its clause.

A keyword table is crude but transparent: the subject words ("readmission agreement",
"postal exchange") decide first, the parties' names second ("Ministry of Defence Production",
"Pakistan Post") and the clause around the instrument last.

Words are matched whole, with their plural ("technology" finds "Technologies"), so that "port"
does not find "Portuguese" nor "road" find "roadmap"; an entry ending in `*` is a stem
("agricultur*"). Longer phrases are matched first and their words are spent: "arms control" is
arms control, not also defence; "maritime border" is territorial, not also transport.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SECTOR_WORDS: dict[str, tuple[str, ...]] = {
    "defence": ("military", "defence", "defense", "arms", "weapon", "warplane", "fighter jet",
                "tank", "missile", "army", "navy", "armed forces", "warship", "troop",
                "soldier", "peace", "ceasefire", "cease-fire", "armistice", "war"),
    "security": ("security", "interior", "police", "terror*", "crime", "criminal", "drug",
                 "narcotic*", "border guard", "intelligence", "cyber*", "rebel", "insurgen*",
                 "militia", "guerrilla", "maritime security", "trafficking", "smuggling"),
    "migration": ("readmission", "visa", "asylum", "migration", "migrant", "refugee",
                  "deportation", "residence permit", "immigration"),
    "justice": ("extradition", "legal assistance", "judicial", "justice", "prisoner",
                "court", "law enforcement"),
    "diplomacy": ("diplomatic", "diplomacy", "forum", "consultation", "embassy", "consular",
                  "consulate", "relations", "dialogue", "friendship"),
    "trade": ("trade", "trading", "export*", "import*", "barter", "commerce", "commercial",
              "market", "tariff", "customs", "countertrade", "purchase", "buy", "bought",
              "sell", "selling", "sold", "sale", "supply", "supplied", "price"),
    "investment": ("investment", "invest*", "joint venture", "equity", "development of",
                   "stake", "participation"),
    "finance": ("debt", "credit", "loan", "bank*", "financial", "financing", "finance",
                "refinanc*", "rescheduling", "tax", "currency", "monetary", "budget", "fund",
                "funding", "grace period", "interest rate", "aid package", "cash", "bailout"),
    "industry": ("industry", "industries", "industrial", "sme", "small and medium",
                 "enterprise", "manufactur*", "factory", "production", "steel", "chemical",
                 "cement", "maker", "carmaker", "automaker", "car", "vehicle",
                 "sport utility vehicle", "sports utility vehicle", "parts", "components",
                 "petrochemical", "shipbuild*", "mining", "mineral", "rare earth",
                 "semiconductor", "microchip"),
    "energy": ("oil", "oilfield", "crude", "gas", "energy", "lng", "lpg", "fuel", "power plant",
               "power station", "power grid", "hydropower", "nuclear power", "electric*",
               "nuclear", "petroleum", "petrochemical", "coal", "pipeline", "refiner*",
               "barrel", "opec", "hydrocarbon", "uranium", "hydroelectric", "solar",
               "wind power", "wind farm", "solar farm", "renewable*", "reactor"),
    "transport": ("flight", "air service", "aviation", "airline", "airway", "airport", "rail",
                  "railway", "shipping", "port", "road", "transport*", "maritime", "route",
                  "aircraft", "plane", "airliner", "ship", "tanker", "vessel", "transit",
                  "freight", "logistics", "highway", "metro", "canal", "open skies"),
    "infrastructure": ("infrastructure", "construction", "dam", "works", "sewer", "bridge",
                       "housing", "building", "water supply", "frontier works"),
    "communications": ("postal", "post", "telecom*", "television", "broadcast*", "media",
                       "ict", "internet", "communication*", "satellite", "radio",
                       "fibre optic", "fiber optic", "mobile phone", "mobile network",
                       "telephone", "broadband"),
    "agriculture": ("agricultur*", "food", "cattle", "corn", "grain", "wheat", "rice", "cocoa",
                    "coffee", "sugar", "farm*", "fish*", "livestock", "sesame", "peanut",
                    "spice", "crop", "tomato", "cotton", "tea", "dairy", "meat", "beef",
                    "fruit", "vegetable", "soybean", "maize", "cereal", "poultry",
                    "fertili*"),
    "health": ("health", "medical", "medicine", "hospital", "pharmaceutical", "vaccine",
               "disease", "clinic", "pandemic"),
    "education": ("education", "educational", "school", "university", "student",
                  "scholarship", "training"),
    "science_technology": ("science", "scientific", "technology", "technical", "research",
                           "space", "innovation", "digital", "software",
                           "artificial intelligence"),
    "culture": ("culture", "cultural", "tourism", "tourist", "sport", "art", "heritage",
                "youth", "religio*", "temple", "church", "mosque", "pilgrim*", "monument",
                "museum", "film", "music"),
    "environment": ("environment*", "climate", "emission", "pollution", "forest",
                    "biodiversity", "wildlife", "greenhouse", "carbon", "ozone"),
    "humanitarian": ("humanitarian", "relief aid", "emergency aid", "disaster", "famine"),
    "arms_control": ("arms control", "disarmament", "non-proliferation", "nonproliferation",
                     "nuclear test", "warhead", "missile treaty", "nuclear weapon",
                     "chemical weapon", "test ban"),
    "territorial": ("sovereignty", "territory", "territorial", "border", "boundary",
                    "return of", "rule over", "administrative region", "autonomy",
                    "maritime border", "maritime boundary", "demarcation"),
    "labour": ("labour", "labor", "worker", "employment", "job"),
}


# words of an act done to a thing (selling it, building it, investing in it): the field of the
# thing comes first ("supply of gas" is energy, then trade; "construction of a power plant"
# energy, then infrastructure), the act's own field when nothing else is named
ACTIVITY_WORDS = frozenset({
    "supply", "supplied", "sale", "purchase", "buy", "bought", "sell", "selling", "sold",
    "import*", "export*", "price", "investment", "invest*", "joint venture", "stake",
    "participation", "development of", "construction", "building", "works", "production",
    "manufactur*"})


def _word_pattern(word: str) -> str:
    """A whole word with its plural ("technology" -> technolog(y|ies)), or a stem ("fish*")."""
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"[\w-]*"
    if re.search(r"[^aeiou]y$", word):
        return re.escape(word[:-1]) + "(?:y|ies)"
    if re.search(r"(?:s|x|ch|sh)$", word):
        return re.escape(word) + "(?:es)?"
    return re.escape(word) + "s?"


def _entry_pattern(entry: str) -> str:
    """A phrase: its words in order, across spaces, hyphens or line breaks; the last inflects."""
    words = re.split(r"[\s-]+", entry)
    return r"[\s-]+".join([re.escape(w) for w in words[:-1]] + [_word_pattern(words[-1])])


_ENTRIES = sorted(((w, s) for s, ws in SECTOR_WORDS.items() for w in ws),
                  key=lambda e: -len(e[0]))
# longest entries first: at one place the regex takes the longest phrase that fits
_PATTERN = re.compile(r"(?<!\w)(?:" + "|".join(
    f"(?P<e{n}>{_entry_pattern(w)})" for n, (w, _) in enumerate(_ENTRIES)) + r")(?!\w)",
    re.I)


def sector_hits(text: str) -> list[tuple[str, int, bool]]:
    """(sector, offset, is an act) of every vocabulary match in `text`, longest phrases
    first."""
    out = []
    for m in _PATTERN.finditer(text):
        n = int(m.lastgroup[1:]) if m.lastgroup else -1
        if n >= 0:
            out.append((_ENTRIES[n][1], m.start(), _ENTRIES[n][0] in ACTIVITY_WORDS))
    return out


def sectors_in(text: str) -> list[str]:
    """Sectors whose words occur in `text`: fields of things before fields named only by an
    act on them, then most frequent first, then first mentioned."""
    count: dict[str, list[int]] = {}
    acts: dict[str, bool] = {}
    for sector, at, act in sector_hits(text):
        count.setdefault(sector, []).append(at)
        acts[sector] = acts.get(sector, True) and act
    return sorted(count, key=lambda s: (acts[s], -len(count[s]), count[s][0]))


# goods traded as such: an instrument named by one ("the International Cocoa Agreement", "a
# gas deal", "sugar pact") is about the trade in it as well as about its sector
COMMODITIES = frozenset({
    "oil", "crude", "gas", "lng", "lpg", "fuel", "coal", "petroleum", "uranium", "food", "corn",
    "grain", "wheat", "rice", "cocoa", "coffee", "sugar", "cattle", "livestock", "sesame",
    "peanut", "spice", "cotton", "tea", "meat", "beef", "fruit", "soybean", "maize", "cereal",
    "steel", "cement", "timber", "rubber", "tin", "copper"})


def _names_commodity(subject: str) -> bool:
    """The subject ends on a commodity ("International Cocoa", "Turkmen gas"): with no other
    field named (the caller checks), the good is what the instrument is about."""
    words = re.findall(r"[A-Za-z]+", subject or "")
    if not words:
        return False
    last = words[-1].lower()
    return last in COMMODITIES or last.endswith("s") and last[:-1] in COMMODITIES


def rank_sectors(subject: str, clause: str, parties: str, limit: int = 4) -> list[str]:
    """Subject first, then the parties' names, then the clause; no repeats. An instrument on a
    commodity is also about trade, right after the commodity's own sector."""
    ranked: list[str] = sectors_in(subject or "")
    if len(ranked) == 1 and _names_commodity(subject) and "trade" not in ranked:
        ranked.append("trade")
    for text in (parties, clause):
        for sector in sectors_in(text or ""):
            if sector not in ranked:
                ranked.append(sector)
    return ranked[:limit]


def complete_sectors(sectors: list[str], evidence: Iterable[str], kinds: Iterable[str] = (),
                     limit: int = 4) -> list[str]:
    """A record whose first mention names no sector takes those of all its sentences: the
    later mentions ("the production deal", "the accord will provide for investments in
    infrastructure") say what an instrument first reported bare ("signed an agreement") is
    about. Failing that, an instrument whose sides are all states or international bodies
    and which names no field is one of their relations: diplomacy (an office of one in the
    other, a friendship treaty, a series of accords signed on a visit)."""
    if sectors:
        return sectors
    found = sectors_in(" ".join(evidence))[:limit]
    if found:
        return found
    kinds = list(kinds)
    if kinds and all(k in ("country", "international") for k in kinds):
        return ["diplomacy"]
    return []
