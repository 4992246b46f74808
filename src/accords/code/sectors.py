"""Sectors of an agreement from the words of its subject and its clause.

A keyword table is crude but transparent: the subject words ("readmission agreement",
"postal exchange") decide first, the clause around the instrument second, and the names of the
parties last ("Ministry of Defence Production", "Pakistan Post").
"""

from __future__ import annotations

import re

SECTOR_WORDS: dict[str, tuple[str, ...]] = {
    "defence": ("military", "defence", "defense", "arms", "weapon", "warplane", "fighter",
                "tank", "missile", "army", "navy", "armed forces", "warship", "tornado"),
    "security": ("security", "interior", "police", "terror", "crime", "criminal", "drug",
                 "narcotic", "border guard", "intelligence", "cyber"),
    "migration": ("readmission", "visa", "asylum", "migration", "migrant", "refugee",
                  "deportation", "residence permit"),
    "justice": ("extradition", "legal assistance", "judicial", "justice", "prisoner",
                "court", "law enforcement"),
    "diplomacy": ("diplomatic", "forum", "consultation", "embassy", "consular", "relations",
                  "dialogue", "peace", "friendship"),
    "trade": ("trade", "export", "import", "barter", "commerce", "commercial", "market",
              "tariff", "customs", "countertrade", "purchase", "buy", "sell", "sale"),
    "investment": ("investment", "invest", "investor", "joint venture", "capital",
                   "development of", "stake", "participation"),
    "finance": ("debt", "credit", "loan", "bank", "financial", "finance", "rescheduling",
                "tax", "currency", "monetary", "budget", "fund", "grace period", "interest",
                "aid package", "cash", "relief"),
    "industry": ("industry", "industrial", "sme", "small and medium", "enterprise",
                 "manufactur", "factory", "production", "steel", "chemical", "cement"),
    "energy": ("oil", "gas", "energy", "lng", "lpg", "fuel", "power", "electric", "nuclear",
               "petroleum", "coal", "pipeline", "refiner", "barrel", "opec"),
    "transport": ("flight", "air service", "aviation", "airline", "airway", "rail", "railway",
                  "shipping", "port", "road", "transport", "maritime", "route", "aircraft"),
    "infrastructure": ("infrastructure", "construction", "dam", "works", "sewer", "bridge",
                       "housing", "building", "water supply", "frontier works"),
    "communications": ("postal", "post", "telecom", "television", "broadcast", "media",
                       "ict", "internet", "communication", "satellite", "radio", "news"),
    "agriculture": ("agricultur", "food", "cattle", "corn", "grain", "wheat", "rice", "cocoa",
                    "coffee", "sugar", "farm", "fish", "livestock", "sesame", "peanut", "spice",
                    "crop", "tomato"),
    "health": ("health", "medical", "medicine", "hospital", "pharmaceutical", "vaccine",
               "disease"),
    "education": ("education", "educational", "school", "university", "student",
                  "scholarship", "training"),
    "science_technology": ("science", "scientific", "technology", "technical", "research",
                           "space", "innovation", "digital"),
    "culture": ("culture", "cultural", "tourism", "tourist", "sport", "art", "heritage",
                "youth"),
    "environment": ("environment", "climate", "emission", "pollution", "forest",
                    "biodiversity", "wildlife"),
    "humanitarian": ("humanitarian", "relief aid", "emergency aid", "disaster", "famine"),
    "arms_control": ("arms control", "disarmament", "non-proliferation", "nonproliferation",
                     "nuclear test", "warhead", "missile treaty"),
    "territorial": ("sovereignty", "territory", "territorial", "border", "boundary",
                    "return of", "rule over", "administrative region", "autonomy"),
    "labour": ("labour", "labor", "worker", "employment", "job"),
}

_PATTERNS = {
    sector: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")", re.I)
    for sector, words in SECTOR_WORDS.items()
}


def sectors_in(text: str) -> list[str]:
    """Sectors whose words occur in `text`, most frequent first."""
    hits = []
    for sector, pattern in _PATTERNS.items():
        found = pattern.findall(text)
        if found:
            hits.append((sector, len(found), pattern.search(text).start()))
    hits.sort(key=lambda h: (-h[1], h[2]))
    return [h[0] for h in hits]


def rank_sectors(subject: str, clause: str, parties: str, limit: int = 4) -> list[str]:
    """Subject first, then the clause, then the parties' names; no repeats."""
    ranked: list[str] = []
    for text in (subject, parties, clause):
        for sector in sectors_in(text):
            if sector not in ranked:
                ranked.append(sector)
    return ranked[:limit]
