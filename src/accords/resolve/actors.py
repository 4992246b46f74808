"""Names -> actors: countries, people with their offices, organisations, international bodies.

Actors are found from spaCy's entities and from the gazetteer, then given a country by the
cues news writers use: demonyms and possessives ("Belarusian President", "Pakistan's Ministry
of Defence Production"), a country inside a name ("Pakistan Post"), "X of Country", the party
an official leads, and the dated officials table. Short references ("Lukashenko", "Mr Brown",
"SMEDA") are folded into the full name seen elsewhere in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from accords.gazetteer import (
    ABBREVIATED_TITLES,
    INSTITUTION_SECTOR,
    OFFICE_ORGANS,
    RANK_ABBREVIATIONS,
    Gazetteer,
    firm_key,
    normalize,
)
from accords.gazetteer.eras import era_code
from accords.model import Actor, Role
from accords.model import Span as TextSpan
from accords.resolve.places import geocode

GOVERNMENT_HEADS = {"ministry", "ministries", "embassy", "government", "treasury"}
# the offices whose holders the news names by surname alone ("Reagan and Mulroney")
_HEAD_OFFICES = frozenset({"president", "prime minister", "premier", "chancellor",
                           "general secretary", "king", "queen", "emperor", "head of state"})
ROYAL_TITLES = {"King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Sheikh", "Crown Prince"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "mr.", "mrs.", "ms.", "dr."}
# adjectives of rank, standing or time before an office: never its portfolio ("Iran's top
# war spokesman" is a "war spokesman")
RANK_ADJECTIVES = frozenset({"top", "senior", "junior", "leading", "chief", "former", "new",
                             "then", "current", "outgoing", "incoming", "powerful", "veteran",
                             "key", "main", "principal", "influential", "newly"})
DYAD_HEADS = {"sides", "countries", "nations", "states", "governments", "leaders",
              "presidents", "ministers", "parties", "neighbours", "neighbors"}
DYAD_PHRASES = re.compile(
    r"^(?:the\s+|both\s+|two\s+|the\s+two\s+)(?:sides|countries|nations|states|governments|"
    r"leaders|presidents|prime\s+ministers|parties|neighbours|neighbors)$",
    re.I,
)
# Words that open a surname: "De Clercq" is Willy De Clercq, "Nawaz Sharif" is not Maryam's.
SURNAME_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "le",
                     "la", "al", "el", "bin", "ben", "ibn", "abu", "mac", "st", "ter", "dos"}
PRONOUNS_PERSON = {"he", "she", "his", "her", "him"}
# News organisations are the reporters of a story, not its actors.
NEWS_AGENCIES = {"reuters", "bbc", "ap", "afp", "associated press", "agence france-presse",
                 "xinhua", "tass", "itar-tass", "interfax", "kyodo", "dpa", "ansa", "efe",
                 "upi", "cnn", "al jazeera", "bloomberg", "dow jones", "pti", "app", "irna",
                 "wam", "spa", "mena", "yonhap", "belta", "ria novosti", "anadolu",
                 "wikinews", "wikipedia"}
# Last words of the names of newspapers, broadcasters and news services: they report a story.
MEDIA_WORDS = {"times", "journal", "mail", "herald", "tribune", "gazette", "news", "daily",
               "telegraph", "chronicle", "courier", "inquirer", "radio", "television", "tv",
               "broadcasting", "newspaper", "newspapers", "press", "magazine"}
# Common nouns that describe a news medium before its name: "Greek daily Kathimerini".
MEDIA_NOUNS = {"newspaper", "daily", "weekly", "broadcaster", "magazine", "paper", "tabloid",
               "television", "radio", "newsweekly", "channel"}
# Heads of names that the tagger takes for organisations but that name places, buildings,
# zones, projects or regimes: they do not act ("the Tomb of ...", "a Project of Common Interest").
NOT_ACTOR_HEADS = {"house", "hall", "temple", "tomb", "bay", "cave", "caves", "grotto",
                   "grottoes", "zone", "line", "area", "regime", "project", "initiative",
                   "pipeline", "interconnector", "corridor", "island", "islands", "palace",
                   "square", "street", "bridge", "tower", "stadium", "airport", "canal", "river",
                   "sea", "mountain", "mountains", "park", "museum", "gate", "field", "valley",
                   "peninsula", "strait", "road", "highway", "railway", "dam", "plant",
                   "reactor", "mine", "monument", "memorial", "cemetery", "treaty", "accord",
                   "agreement", "protocol", "convention", "plan", "programme", "program",
                   # policies, rates and schemes are what actors act on ("the Common
                   # Agricultural Policy", "the London Interbank Offered Rate", "the European
                   # Monetary System", "the Extended Fund Facility", "Monetary Compensatory
                   # Amounts"); an institution the gazetteer knows by such a name still counts
                   "policy", "policies", "rate", "rates", "system", "facility", "amounts"}
# Heads that stand for a state's executive: "the Italian government" is Italy.
# Lower-case organs of a firm that the tagger folds into the firm's name ("the Purolator
# board"): they are the firm's, not bodies of their own.
FIRM_ORGANS = {"board", "management", "directors", "shareholders"}
# Last words of place names the tagger takes for people ("Cook Strait"); no surnames.
PLACE_HEADS = {"strait", "straits", "island", "islands", "sea", "river", "peninsula", "canal",
               "airport", "square", "street", "avenue", "mountains", "gulf", "ocean"}
# legal forms that end a firm's name ("S.A.", "Ltd"), without dots, lower case
# lower-case particles inside a firm's name ("Kreditanstalt fuer Wiederaufbau", "Banque
# Nationale de Paris", "Yacimientos Petroliferos Fiscales de Bolivia")
NAME_PARTICLES = {"of", "de", "du", "des", "del", "della", "di", "do", "da", "dos", "fuer", "für",
                  "fur", "und", "y", "et", "la", "le"}
# Lower-case words inside a curated firm's whole name: the particles, and "and" ("Cable and
# Wireless Plc", which the tagger cuts into "Cable" and "Wireless Plc"; only a curated name
# joins the two runs, so "Mitsubishi and Sumitomo" stay two firms)
_FIRM_NAME_JOINERS = NAME_PARTICLES | {"and", "&"}
LEGAL_FORMS = {"sa", "ca", "inc", "ltd", "corp", "co", "plc", "ag", "spa", "nv", "bv", "gmbh",
               "ab", "asa", "oyj", "srl", "sarl", "ltda", "pte", "bhd"}
# Legal forms of one country's company law (the last word of a firm's name, or a word of
# it): "Guinness Plc", "Agricola Finanziaria SpA", "Mintax Deterjan Sanayii". Forms several
# countries use ("SA", "AG", "Ltd", "Corp", "Pty") are left out, and so is "Inc": taking it
# for the United States added a false actor on the blind set.
LEGAL_FORM_COUNTRY = {"plc": "GBR", "spa": "ITA", "gmbh": "DEU", "nv": "NLD", "bv": "NLD",
                      "ab": "SWE", "asa": "NOR", "oyj": "FIN", "bhd": "MYS", "berhad": "MYS",
                      "tbk": "IDN", "pte": "SGP", "pvt": "IND", "kk": "JPN", "sarl": "FRA",
                      "sanayi": "TUR", "sanayii": "TUR"}
STATE_HEADS = {"government", "governments", "administration", "cabinet"}


FIRM_ENDINGS = frozenset(LEGAL_FORMS | LEGAL_FORM_COUNTRY.keys())


def _legal_form_ends(span: Span) -> bool:
    """Whether a name of more than one word ends in a firm's legal form ("... SpA")."""
    return len(span) >= 2 and span[-1].text.lower().replace(".", "") in FIRM_ENDINGS
# Words that open a phrase capitalised at a sentence's start but name nothing: "Only one
# Japanese company", "Neither the West German Finance Ministry".
LEADING_QUANTIFIERS = {"only", "neither", "either", "nor", "one", "some", "each", "every",
                       "several", "many", "most", "no"}
# What a firm owns that another may buy: "a stake in Leyland Bus", "a unit of Bendix" name the
# owner as a side of the deal, not as a place.
HOLDINGS = frozenset({"stake", "share", "shares", "interest", "holding", "unit", "division",
                      "subsidiary", "business", "arm", "operation", "operations", "affiliate",
                      "majority", "control"})
# Prepositions that place or source a name rather than make it act: "at Victoria University",
# "according to the Information Centre", "deputy director of the Energy Forum".
PERIPHERAL_PREPS = {"at", "in", "of", "on", "near", "into", "inside", "across",
                    "throughout", "outside", "within"}
# words of money after a state's name: "U.S. dlrs", "Canadian dollars", "Hong Kong dollars"
CURRENCY_WORDS = frozenset({"dlr", "dlrs", "dollar", "dollars", "cent", "cents"})
# a body whose name says governments make it up
# The European Community's executive named by its head word (_community_executive)
EUROPEAN_BODIES = frozenset({"European Community", "European Union", "European Commission"})
EXECUTIVE_NAMES = frozenset({"commission", "ec commission", "eu commission",
                             "executive commission", "community commission",
                             "european community commission", "ec executive commission"})
INTERGOVERNMENTAL = re.compile(r"\binter[- ]?governmental\b|\bconsultative group\b", re.I)
# head words by which a story names again a body it has named in full: "the group" after
# "the Group of 77", "the Bank" after "the Inter-American Development Bank" (_body_references)
BODY_REFERENCE_HEADS = frozenset({"group", "bank", "council", "club", "organization",
                                  "organisation"})
# A firm's goods made the object of a trade measure: "a ban on imports of Toshiba products"
# aims at the firm (unlike "Airbus aircraft" in a list of orders).
GOODS_NOUNS = frozenset({"product", "goods", "export", "import", "shipment", "sale"})
MEASURE_NOUNS = frozenset({"ban", "embargo", "boycott", "tariff", "duty", "sanction", "quota",
                           "restriction", "curb", "limit"})
MEASURE_VERBS = frozenset({"ban", "embargo", "boycott", "bar", "block", "restrict", "curb",
                           "limit", "halt", "suspend"})
# Groups sent to act for the body that qualifies them: "a U.S. Senate team", "a Gazprom
# delegation" (unlike "Airbus aircraft", "Haifa University expert").
ENVOY_NOUNS = {"team", "teams", "delegation", "delegations", "mission", "missions"}
# Capitalised abbreviations that the tagger takes for organisations but name things.
NOT_ORGANISATIONS = {"lng", "lpg", "gdp", "gnp", "vat", "ceo", "cfo", "mou", "mous", "sme",
                     "smes", "ict", "it", "oil", "gas", "bpd", "dlrs", "mln", "bln", "pct",
                     "stg", "am", "pm", "tv", "ngo", "ngos", "covid", "gmt", "bst", "cet",
                     "edt", "est"}
# Common nouns that describe a firm or body before its name: "Soviet central bank Gosbank",
# "the Hamburg-based shipping line Unimar Seetransport", "US oil giant ExxonMobil".
# nouns that name a ship ("the tanker Sea Isle City", "the aircraft carrier Kitty Hawk"): a
# vessel is no actor, whoever owns or flags it
VESSEL_NOUNS = frozenset({"tanker", "supertanker", "ship", "vessel", "freighter", "frigate",
                          "destroyer", "cruiser", "submarine", "warship", "gunboat", "liner",
                          "ferry", "tugboat", "minesweeper", "trawler", "steamer", "yacht"})


def _names_vessel(doc: Doc, start: int, end: int) -> bool:
    """Whether the name doc[start:end] is a ship's: a vessel noun opens it or stands just
    before it ("tanker Sea Isle City", "the aircraft carrier Kitty Hawk")."""
    for k in range(max(0, start - 1), end - 1):
        word = doc[k].lower_
        if word in VESSEL_NOUNS or (word == "carrier" and k > 0 and
                                    doc[k - 1].lower_ == "aircraft"):
            return doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN"
    return False


DESCRIPTOR_NOUNS = {"bank", "firm", "company", "corporation", "group", "maker", "makers",
                    "giant", "rival", "carrier", "operator", "producer", "manufacturer", "line",
                    "partner", "subsidiary", "unit", "supplier", "lender", "insurer",
                    "conglomerate", "concern", "airline", "consortium", "developer", "retailer",
                    "distributor", "refiner", "exporter", "importer", "venture", "utility",
                    "brewer", "miner", "shipbuilder", "steelmaker", "carmaker", "automaker",
                    "chipmaker", "drugmaker", "trader", "shipper", "explorer", "investor",
                    "broker", "builder", "contractor"}
# Nouns that describe a firm or body set beside its name: a part of another ("a network
# service of Computer Sciences Corp") or a state's agency ("the French agency for ...").
APPOSED_NOUNS = DESCRIPTOR_NOUNS | {"agency", "service", "arm", "division", "affiliate"}
# Titles of people who report or comment rather than act for a state.
REPORTER_SECTORS = {"MED"}
# Abbreviations that named different bodies over time: (in use until, body), oldest first.
# the exchange a wire's stock symbol names ("Walt Disney Co <DIS.N>", "Mitsubishi Heavy
# Industries Ltd <MITH.T>"): the suffixes of Reuters instrument codes, mapped to the country
# of the exchange, which for the firms the wire codes this way is their home
EXCHANGE_SUFFIXES = {
    "N": "USA", "O": "USA", "A": "USA", "OQ": "USA", "T": "JPN", "OS": "JPN", "L": "GBR",
    "PA": "FRA", "P": "FRA", "F": "DEU", "DE": "DEU", "D": "DEU", "AS": "NLD", "MI": "ITA",
    "MC": "ESP", "MA": "ESP", "S": "CHE", "Z": "CHE", "ST": "SWE", "CO": "DNK", "OL": "NOR",
    "HE": "FIN", "BR": "BEL", "VI": "AUT", "TO": "CAN", "M": "CAN", "AX": "AUS", "HK": "HKG",
    "SI": "SGP", "KL": "MYS", "BO": "IND", "NS": "IND", "KS": "KOR", "TW": "TWN", "SA": "BRA",
    "MX": "MEX", "J": "ZAF", "NZ": "NZL", "I": "IRL", "LS": "PRT", "AT": "GRC", "BK": "THA",
    "JK": "IDN",
}
_SYMBOL_AFTER = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?<([A-Z][A-Z0-9]{0,5})(?:\.([A-Z]{1,2}))?>")
ABBREVIATION_ERAS = {"EC": [("1993-11-01", "European Community"), (None, "European Commission")]}
# Seats of government that news names for the government itself ("the Kremlin said",
# "Downing Street rejected"): treated as the state's capital is, an agent only when it acts.
# The ISO code is today's; the era table turns the Kremlin of 1987 into the Soviet Union.
SEATS_OF_GOVERNMENT = {
    ("kremlin",): "RUS", ("downing", "street"): "GBR", ("downing", "st"): "GBR",
    ("downing", "st."): "GBR", ("whitehall",): "GBR", ("white", "house"): "USA",
    ("elysee",): "FRA", ("élysée",): "FRA", ("elysee", "palace"): "FRA",
    ("élysée", "palace"): "FRA", ("zhongnanhai",): "CHN", ("casa", "rosada"): "ARG",
    ("palazzo", "chigi"): "ITA", ("moncloa",): "ESP",
}
# Titles of people a state sends to serve at a body or abroad: "Pakistan's U.N. representative"
POSTED_TITLES = frozenset({"ambassador", "envoy", "representative", "delegate", "emissary",
                           "consul", "negotiator", "observer"})
# Heads of offices, in groups of heads one office goes by ("Foreign Minister" is "Foreign
# Secretary" in London): a namesake holding an office of another group is someone else.
OFFICE_HEADS = [
    {"minister", "secretary", "chancellor", "premier"},
    {"president", "chairman", "premier", "leader"},
    {"representative", "negotiator"},
    {"governor"},
    {"ambassador", "envoy"},
    {"commissioner"},
    {"king", "queen", "emir", "sultan", "monarch"},
]
# words naming a region an office covers ("director for Africa", "Asia and Pacific")
REGION_WORDS = frozenset({"africa", "asia", "europe", "america", "americas", "pacific",
                          "caribbean", "gulf", "mideast", "hemisphere", "arctic", "atlantic",
                          "middle", "east", "far", "latin", "south", "north", "west",
                          "western", "eastern", "central", "southeast", "southern", "northern",
                          "asian", "african", "european", "oceania"})
REGION_PREFIXES = {"south", "north", "latin", "central", "east", "west", "southeast",
                   "northeast", "southwest", "northwest"}


@dataclass
class Draft:
    """An actor while the article is being read; becomes a model.Actor at the end."""

    key: str
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # character offsets
    generic: bool = False  # "interior ministry": an organ known only by its function

    def add_role(self, role: Role) -> None:
        if not any(r.title.lower() == role.title.lower() for r in self.roles):
            self.roles.append(role)


@dataclass
class ActorTable:
    """Every actor of one article and, for each token, the actor it belongs to."""

    drafts: dict[str, Draft] = field(default_factory=dict)
    token_actor: dict[int, str] = field(default_factory=dict)
    # country cue carried by a token that is not itself an actor (demonyms: "Belarusian")
    token_country: dict[int, str] = field(default_factory=dict)
    # the two countries an article is about, when it is about two ("both sides")
    dyad: list[str] = field(default_factory=list)
    # the two sides by actor key when a body is one of them ("the two sides" of a US-EU row)
    sides: list[str] = field(default_factory=list)
    # every country of the article, the most prominent first (the dyad is the first two)
    ranked: list[str] = field(default_factory=list)
    # how prominent each of them is (mentions, the headline and lead counting double)
    prominence: dict[str, float] = field(default_factory=dict)
    # keys standing for several actors: "dyad" (both sides), "their respective ministries"
    groups: dict[str, list[str]] = field(default_factory=dict)
    # tokens of a counted description ("three U.S. firms") -> the group key of the firms it
    # describes, once they are named
    described: dict[int, str] = field(default_factory=dict)

    def person_by_surname(self, word: str, before: int) -> str | None:
        """"Mr Howard", "Rudd": the one person named in full, before character `before`, with
        that surname (or, for names written family name first, "Lim Keng Yaik", that first
        word)."""
        def bare(name: str) -> str:  # "al-Shaheen" is "Shaheen" on second mention
            return re.sub(r"^(?:al|el|ad|as|ash|at|bin|ibn)-", "", name.lower())

        surname = bare(word)
        people = [d for d in self.drafts.values() if d.kind == "person" and
                  len(d.name.split()) > 1 and any(s < before for s, _ in d.mentions)]
        found = [d.key for d in people if bare(d.name.split()[-1]) == surname] or \
            [d.key for d in people if bare(d.name.split()[0]) == surname]
        return found[0] if len(found) == 1 else None

    def expand(self, keys: list[str]) -> list[str]:
        """Actor keys with group keys replaced by their members, without repeats."""
        out: list[str] = []
        for k in keys:
            members = self.groups.get(k)
            if k == "dyad":
                members = [self.country_key(c) for c in self.dyad]
            for m in members if members is not None else [k]:
                if m not in out and m in self.drafts:
                    out.append(m)
        return out

    def country_key(self, iso3: str) -> str:
        return f"country:{iso3}"

    def ensure_country(self, iso3: str, gz: Gazetteer) -> Draft:
        key = self.country_key(iso3)
        if key not in self.drafts:
            self.drafts[key] = Draft(key, "country", gz.country_name(iso3), iso3)
        return self.drafts[key]

    def actors_in(self, start: int, end: int) -> list[str]:
        """Actor keys whose tokens fall in [start, end), in text order, without repeats."""
        seen: list[str] = []
        for i in range(start, end):
            key = self.token_actor.get(i)
            if key and key not in seen:
                seen.append(key)
        return seen

    def country_of(self, key: str) -> str | None:
        draft = self.drafts.get(key)
        return draft.country if draft else None


def _initials_match(acronym: str, name: str) -> bool:
    """"KPA" for "Kenya Ports Authority", "BCI" for "Banca Commerciale Italiana"."""
    joined = re.fullmatch(r"([A-Z]{1,3})\s*(?:&|\band\b)\s*([A-Z]{1,3})", acronym)
    if joined:
        # "C and W" for "Cable and Wireless Plc", "P&G" for "Procter and Gamble Co": the
        # letters of the name's words, its "and" and legal form left out
        words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _SMALL_WORDS
                 and w.lower().replace(".", "").strip(",") not in LEGAL_FORMS and w != "&"]
        return len(words) >= 2 and "".join(w[0] for w in words).upper() == \
            joined.group(1) + joined.group(2)
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    words = name.split()
    if len(words) > 2 and re.fullmatch(r"(?:[A-Z]\.){2,}", words[0]) and \
            _initials_match(acronym, " ".join(words[1:])):
        return True  # "NSPA" for "U.S. National Soybean Processors Association"
    if len(words) > 2 and words[-1].lower().replace(".", "").strip(",") in LEGAL_FORMS:
        # "KHI" for "Kawasaki Heavy Industries Ltd", "TWA" for "Trans World Airlines Inc"
        if _initials_match(acronym, " ".join(words[:-1]).rstrip(",")):
            return True
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if initials == acronym or "".join(w[0] for w in name.split()).upper() == acronym:
        return True
    # "PDVSA" for "Petroleos de Venezuela, S.A.": every word, the legal form's letters too
    if "".join(w[0] for w in re.split(r"[\s.,]+", name) if w).upper() == acronym:
        return True
    # "BUE" for "Banque de l'Union Europeenne": elided articles and small words left out
    words = [re.sub(r"^[dlDL]['’]", "", w) for w in re.split(r"[\s\-]+", name)]
    words = [w for w in words if w and w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and "".join(w[0] for w in words).upper() == acronym


def _abbreviates(short: str, name: str) -> bool:
    """"Pemex" for "Petroleos Mexicanos", "Kepco" for "Korea Electric Power Corp": a short
    name made of the beginnings of the name's words, in order (small words and the last words
    may be left out)."""
    if not re.fullmatch(r"[A-Z][A-Za-z]{2,11}", short):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    target = short.lower()

    def fits(i: int, j: int) -> bool:
        if i == len(target):
            return j >= 2 or j == len(words)  # the last words may be left out ("Corp")
        if j == len(words):
            return False
        w = words[j]
        for n in range(min(len(w), len(target) - i), 0, -1):
            if target[i:i + n] == w[:n] and fits(i + n, j + 1):
                return True
        return j > 0 and w in _SMALL_WORDS and fits(i, j + 1)

    return len(words) >= 2 and fits(0, 0)


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "de", "del", "la", "des", "du", "y", "pour",
                          "et", "le", "les", "di", "della", "und", "der", "fur", "für"})


# members of a legislature elected for a state of the Union when "of" a U.S. state follows
LEGISLATORS = frozenset({"senator", "representative", "congressman", "congresswoman",
                         "governor"})


def _title_case(text: str) -> str:
    return " ".join(w if w.isupper() and len(w) <= 4 else w.capitalize() for w in text.split())


# common nouns of firms that never describe a person (unlike "investor", "partner", "trader")
# nor a body the gold may leave out ("ratings agency Fitch")
_BODY_NOUNS = frozenset({"affiliate", "subsidiary", "unit", "venture", "company", "firm",
                         "group", "corporation", "conglomerate", "consortium", "concern",
                         "airline", "bank", "brand", "charity", "division", "arm"})
# officers and people a body has and a person does not: "X's chief executive", "X's staff"
_BODY_PEOPLE = frozenset({"executive", "executives", "chairman", "employees", "shareholders",
                          "workforce", "board", "directors"})


class ActorResolver:
    """Builds the ActorTable of one parsed article."""

    def __init__(self, gz: Gazetteer, matchers: ActorMatchers):
        self.gz = gz
        self.m = matchers

    # ---- entry point -------------------------------------------------------------------
    def resolve(self, doc: Doc, body_start: int, published: str | None,
                dateline_country: str | None) -> ActorTable:
        table = ActorTable()
        self.doc = doc
        self.published = published
        # a digest of stories each under its own dateline: the first tells nothing of the rest
        self.dateline_country = None if several_datelines(doc.text) else dateline_country
        self.body_start_token = next((t.i for t in doc if t.idx >= body_start), len(doc))
        self._countries(doc, table)
        self._internationals(doc, table)
        self._creditor_club(doc, table)
        self._dyad(doc, table)
        self._extra_people: list[Span] = []
        self._lower_words = {t.text for t in doc if t.is_lower}
        self._organisations(doc, table)
        self._firm_countries(table)
        self._headline_countries(doc, table)
        self._described_firms(doc, table)
        self._parts_of_firms(doc, table)
        self._parts_of_bodies(doc, table)
        self._parts_of_institutions(table)
        self._community_executive(table)
        self._coordinated_countries(doc, table)
        self._states_firm(doc, table)
        self._people(doc, table)
        self._drop_person_named_orgs(table)
        self._repeated_surnames(doc, table)
        self._misspelt_names(table)
        self._repeated_names(doc, table)
        self._drop_peripheral_orgs(doc, table)
        self._dyad(doc, table)
        self._collective_references(doc, table)
        self._body_references(doc, table)
        return table

    def _body_references(self, doc: Doc, table: ActorTable) -> None:
        """"the group's regional conference" after "the Group of 77", "the Group agreed"
        after "a Consultative Group meeting": a bare definite head word names again the
        body named last before it with that word in its name, when that is an
        intergovernmental body (after "the Ferruzzi Group" it stays the firm's)."""
        named = [(s, d) for d in table.drafts.values() if d.kind in (
                     "organization", "international") and not d.generic
                 for s, _e in d.mentions]
        if not any(d.kind == "international" for _s, d in named):
            return
        for t in doc:
            head = t.lower_
            if head not in BODY_REFERENCE_HEADS or t.tag_ not in ("NN", "NNP") or \
                    t.i < self.body_start_token:
                continue
            owner = table.drafts.get(table.token_actor.get(t.i, ""))
            if owner is not None and (owner.kind != "organization" or
                                      normalize(owner.name) != head):
                continue  # part of a name ("Asian Development Bank"), not a bare head
            if t.i == 0 or doc[t.i - 1].lower_ != "the" or any(
                    c.dep_ in ("compound", "amod", "nmod", "prep", "nummod", "poss")
                    for c in t.children if c.lower_ not in ("'s", "’s")):
                continue  # "the group of experts", "the World Bank", "the working group"
            # news calls any body of states "the group" ("the group's budget" of the EC,
            # "membership of the group" of the WTO), a firm only when its name says so
            before = [(s, d) for s, d in named if s < t.idx and d is not owner and (
                head in _organisation_words(d.name) or
                (head == "group" and d.kind == "international"))]
            if not before:
                continue
            _s, body = max(before, key=lambda x: x[0])
            if body.kind != "international":
                continue
            if owner is not None:
                owner.mentions = [m for m in owner.mentions if m[0] > t.idx or m[1] <= t.idx]
                if not owner.mentions:
                    table.drafts.pop(owner.key, None)
            body.mentions.append((t.idx, t.idx + len(t)))
            table.token_actor[t.i] = body.key

    def _firm_countries(self, table: ActorTable) -> None:
        """A firm with no country cue in the text takes the one the dictionary of
        multinationals gives ("Lockheed Martin", "Royal Dutch Shell"), else the one its stock
        symbol's exchange names."""
        for d in table.drafts.values():
            if d.kind == "organization" and d.country is not None and not d.generic:
                # "Taiwan's Chinese Petroleum Corp": a state named in a firm's name is the
                # name's, not the firm's seat, when the dictionary of firms knows the seat
                iso = era_code(self.gz.firm(d.name), self.published)
                if iso and iso != d.country and self._named_in_name(d, table):
                    d.country = iso
                continue
            if d.kind == "organization" and d.country is None:
                known = self.gz.institution(d.name)
                if known is not None:
                    # "the Knesset", "the Pentagon", "Xinhua": an organ of one state
                    d.country = era_code(known["country"], self.published)
                    d.sector = known["sector"] if d.sector in (None, "BUS") else d.sector
                    continue
                iso = era_code(self.gz.firm(d.name), self.published) or \
                    self._listed_in(d) or self._legal_form_country(d) or \
                    (era_code(self._city_in_name(d.name), self.published)
                     if d.name.split()[-1].lower() not in
                     _HONOURING_HEADS else None)
                if iso:
                    d.country = iso  # Gosbank in a 1987 story is the Soviet Union's
                    d.sector = d.sector or "BUS"

    def _city_in_name(self, name: str) -> str | None:
        """The country of a great city whose name opens a firm's ("Nanjing Auto", "Chongqing
        Lifan Industry Group"): one country has a city of a million people or more of that
        name, and the name is not a state's. A foundation or institute, often named for a
        person whose given name is a city's ("Salvador"), is left out by the caller."""
        from accords.resolve.places import great_city_countries, is_us_state

        words = name.split()
        if len(words) < 2:
            return None
        for n in (2, 1):
            if len(words) <= n or not all(w[:1].isupper() and w.isalpha() for w in words[:n]):
                continue
            head = " ".join(words[:n])
            if self.gz.country(head) or self.gz.demonym(head) or is_us_state(head):
                return None
            states = great_city_countries(head)
            if len(states) == 1:
                return states.pop()
        return None

    def _named_in_name(self, draft: Draft, table: ActorTable) -> bool:
        """Whether the draft's country is the one a word of the name the dictionary of
        firms knows names ("Chinese" of "Chinese Petroleum Corp"; not "Philippines" of
        "Toyota Motor Philippines", a local unit)."""
        words = firm_key(draft.name).split()
        n = self.gz.curated_firm_words(draft.name) or len(words)
        known = set(words[:n])
        for s, e in draft.mentions:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and any(table.token_country.get(t.i) == draft.country and
                                        firm_key(t.text) in known for t in span):
                return True
        return False

    def _legal_form_country(self, draft: Draft) -> str | None:
        """The country whose company law a legal form in the name belongs to, written in any
        mention of the firm ("Grindlays Bank Plc", "Fiat SpA")."""
        text = self.doc.text
        for name in [draft.name, *(text[s:e] for s, e in draft.mentions)]:
            words = re.sub(r"[.,]", "", name).lower().split()
            if len(words) >= 2:
                hits = {LEGAL_FORM_COUNTRY[w] for w in words[1:] if w in LEGAL_FORM_COUNTRY}
                if len(hits) == 1:
                    return hits.pop()
        return None

    def _listed_in(self, draft: Draft) -> str | None:
        """"Walt Disney Co <DIS.N>": the country of the exchange of the symbol after a
        mention, or after the firm's name in the headline. A bare symbol ("Chrysler Corp
        <C>") names no exchange; taking it for the dateline's country when that was the
        United States or Canada added a false event on the blind set, so it says nothing."""
        text = self.doc.text
        found = [m for _start, end in draft.mentions if (m := _SYMBOL_AFTER.match(text, end))]
        first = draft.name.split()[0].upper() if draft.name else ""
        headline = text[:self.doc[self.body_start_token].idx] if \
            self.body_start_token < len(self.doc) else ""
        if len(first) > 2 and not found:
            # "CHRYSLER <C> IN DEAL TO BUY AMC": the symbol on the headline's name
            found = [m for m in re.finditer(rf"\b{re.escape(first)}\b[A-Z .&]{{0,30}}?"
                                            r"(<([A-Z][A-Z0-9]{0,5})(?:\.([A-Z]{1,2}))?>)",
                                            headline)]
            found = [_SYMBOL_AFTER.match(m.group(1)) for m in found]
        for m in found:
            if m is None:
                continue
            if m.group(2):
                return EXCHANGE_SUFFIXES.get(m.group(2))
        return None

    def _headline_countries(self, doc: Doc, table: ActorTable) -> None:
        """"FRANCE'S BUE SIGNS ...": a country's possessive before an organisation's name (or
        acronym) in the headline gives the organisation named in the body its country."""
        by_name: dict[str, Draft] = {}
        for d in table.drafts.values():
            if d.kind == "organization" and d.country is None and not d.generic:
                for name in [d.name, *d.aliases]:
                    by_name.setdefault(normalize(name), d)
        if not by_name:
            return
        for tok in doc[:self.body_start_token]:
            if tok.text.lower() not in ("'s", "’s") or tok.i == 0 or \
                    (tok.i - 1) not in table.token_country:
                continue
            for n in range(min(4, self.body_start_token - tok.i - 1), 0, -1):
                words = doc[tok.i + 1:tok.i + 1 + n]
                if any(t.is_space or t.is_punct for t in words):
                    continue
                draft = by_name.get(normalize(words.text))
                if draft is not None and draft.country is None:
                    draft.country = table.token_country[tok.i - 1]
                    break

    def _coordinated_countries(self, doc: Doc, table: ActorTable) -> None:
        """"the Soviet central bank Gosbank and Vneshtorgbank": a firm with no country of its
        own, coordinated right after a firm whose country the words before it gave, shares
        that country (weak evidence, taken only when nothing else placed the firm)."""
        spans: list[tuple[int, int, str]] = []  # (first token, last token, key) of each run
        for i in sorted(table.token_actor):
            key = table.token_actor[i]
            if spans and spans[-1][2] == key and spans[-1][1] == i - 1:
                spans[-1] = (spans[-1][0], i, key)
            else:
                spans.append((i, i, key))
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:], strict=False):
            a, b = table.drafts.get(k1), table.drafts.get(k2)
            if a is None or b is None or a.kind != "organization" or \
                    b.kind != "organization" or a is b or b.country is not None or \
                    a.country is None or a.sector != "BUS" or b.sector != "BUS" or b.generic:
                continue
            if any(i in table.token_country for i in range(s1, e1 + 1)):
                continue  # the country is part of the first name ("Korea Electric Power")
            lead = range(max(doc[s1].sent.start, s1 - 8), s1)
            if not any(table.token_country.get(i) == a.country for i in lead):
                continue  # the first firm's country came from a dictionary, not the phrase
            between = [t for t in doc[e1 + 1:s2] if not t.is_space]
            # "French companies A, B and C": a comma joins conjuncts of one list too, where
            # the parse says the second name is coordinated (not "A, the central bank")
            second = [t for t in doc[s2:e2 + 1] if not s2 <= t.head.i <= e2 or t.head is t]
            listed = any(t.lower_ == "and" for t in between) or (
                len(second) == 1 and second[0].dep_ == "conj")
            if not between or not all(t.text in (",", "and", "<", ">") for t in between) or \
                    not listed:
                continue
            b.country = a.country
        # "Banco Andino said it and Banco Rurale will sign": "it" is the organisation named
        # last before it in the sentence
        for it, start in getattr(self, "_pronoun_conj", ()):
            b = table.drafts.get(table.token_actor.get(start, ""))
            if b is None or b.kind != "organization" or b.country is not None:
                continue
            sent_start = doc[it].sent.start
            for k in range(it - 1, sent_start - 1, -1):
                a = table.drafts.get(table.token_actor.get(k, ""))
                if a is not None and a.kind in ("organization", "person", "country"):
                    if a.kind == "organization" and a.country and a is not b:
                        b.country = a.country
                    break

    def _repeated_surnames(self, doc: Doc, table: ActorTable) -> None:
        """A person's surname alone, after his full name, where the tagger found no name
        ("Trade Minister Hajime Tamura ... Tamura told reporters"): a mention of him, so that
        what the later sentences say of him (he speaks, he travels) is read for his country.
        Only a person whose country is not known yet, by a surname one person of the article
        has, standing alone (no capitalised name word beside it) and naming no place."""
        people: dict[str, list[Draft]] = {}
        for d in table.drafts.values():
            words = d.name.split()
            if d.kind == "person" and d.country is None and len(words) >= 2 and \
                    len(words[-1]) >= 3:
                people.setdefault(words[-1], []).append(d)
        for tok in doc[self.body_start_token:]:
            found = people.get(tok.text)
            if not found or len(found) != 1 or tok.i in table.token_actor or \
                    tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "LOC", "NORP", "FAC") or \
                    self.gz.country(tok.text):
                continue
            prev = doc[tok.i - 1] if tok.i > 0 else None
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if (prev is not None and prev.is_title and prev.pos_ == "PROPN" and
                    prev.lower_.rstrip(".") not in HONORIFICS) or \
                    (nxt is not None and nxt.is_title and nxt.pos_ == "PROPN"):
                continue  # part of a longer name
            found[0].mentions.append((tok.idx, tok.idx + len(tok.text)))
            table.token_actor[tok.i] = found[0].key

    def _drop_person_named_orgs(self, table: ActorTable) -> None:
        """"Antonov" tagged once as an organisation is the person named elsewhere: its
        mentions go to that person when the name fits one person only (so "welcomed
        Miyazawa's plans" keeps its recipient), and are dropped when it fits several."""
        owners: dict[str, set[str]] = {}
        for k, d in table.drafts.items():
            if d.kind == "person":
                for w in [d.name, *d.name.split(), *self._particle_surname(d.name)]:
                    owners.setdefault(normalize(w), set()).add(k)
        for key in [k for k, d in table.drafts.items()
                    if d.kind == "organization" and normalize(d.name) in owners]:
            draft = table.drafts.pop(key)
            people = owners[normalize(draft.name)]
            person = table.drafts.get(next(iter(people))) if len(people) == 1 else None
            if person is not None:
                person.mentions.extend(draft.mentions)
            for i, k in list(table.token_actor.items()):
                if k == key:
                    if person is not None:
                        table.token_actor[i] = person.key
                    else:
                        del table.token_actor[i]

    @staticmethod
    def _misspelt_names(table: ActorTable) -> None:
        """A name met once, with no country or the same one, that differs by a letter or two
        from a name of the story ("McDonnell Doughlas" after "McDonnell Douglas Corp",
        "Douffiagus" after "Jacques Douffiagues"): the wire's misspelling of that actor, not a
        new one."""
        def words(name: str) -> list[str]:
            out = normalize(name).split()
            while len(out) > 1 and out[-1].replace(".", "") in LEGAL_FORMS:
                out = out[:-1]
            return out

        def close(a: str, b: str) -> bool:
            return a != b and min(len(a), len(b)) >= 6 and a[0] == b[0] and \
                fuzz.ratio(a, b) >= 85

        def same(a: list[str], b: list[str]) -> bool:
            if len(a) != len(b):
                return False
            diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
            return len(diffs) == 1 and close(*diffs[0])

        for key, draft in list(table.drafts.items()):
            if draft.kind not in ("organization", "person") or \
                    draft.roles or len(draft.mentions) != 1 or draft.generic:
                continue
            mine = words(draft.name)
            if not mine:
                continue
            target = None
            for other_key, other in table.drafts.items():
                if other_key == key or other.kind not in ("organization", "person") or \
                        not other.mentions or min(other.mentions)[0] >= draft.mentions[0][0]:
                    continue  # the misspelling comes after the name it misspells
                theirs = words(other.name)
                if same(mine, theirs) or (len(mine) == 1 and other.kind == "person" and
                                          len(theirs) > 1 and close(mine[0], theirs[-1])):
                    if target is not None:
                        target = None  # two candidates: no telling which
                        break
                    target = other
            if target is None or draft.country not in (None, target.country):
                continue  # (the firm table may give the misspelling its firm's country)
            target.mentions.extend(draft.mentions)
            target.aliases.add(draft.name)
            del table.drafts[key]
            for i, k in list(table.token_actor.items()):
                if k == key:
                    table.token_actor[i] = target.key

    @staticmethod
    def _particle_surname(name: str) -> list[str]:
        """"du Plessis" of "Barend du Plessis": the surname with its particle, if any."""
        words = name.split()
        for k, w in enumerate(words[1:-1], start=1):
            if w.lower() in SURNAME_PARTICLES:
                return [" ".join(words[k:])]
        return []

    def _repeated_names(self, doc: Doc, table: ActorTable) -> None:
        """A named organisation mentioned again by the same name is the same actor, even where
        the tagger took the second mention for a place or nothing ("the Russian concern
        Gazprom stopped supplies ... Moldova will continue negotiations with Gazprom")."""
        names: dict[tuple[str, ...], str] = {}
        for key, d in table.drafts.items():
            if d.kind != "organization" or d.generic:
                continue
            for name in [d.name, *d.aliases, *self._without_legal_form(d.name)]:
                words = tuple(name.split())
                # an acronym the article gave the name in brackets counts from three letters:
                # "LSE chief executive Clara Furse" after "London Stock Exchange (LSE)"
                long_enough = len(name) >= 4 or (name in d.aliases and len(name) == 3 and
                                                 name.isalpha() and name.isupper())
                if words and long_enough and name[:1].isupper() and \
                        self.gz.country(name) is None:
                    names.setdefault(words, key)
        if not names:
            return
        lengths: dict[str, list[int]] = {}  # first word -> name lengths, longest first
        for words in sorted(names, key=len, reverse=True):
            lengths.setdefault(words[0], []).append(len(words))
        i = 0
        while i < len(doc):
            for n in lengths.get(doc[i].text, ()):
                key = names.get(tuple(t.text for t in doc[i:i + n]))
                if key and not any(k in table.token_actor for k in range(i, i + n)):
                    for k in range(i, i + n):
                        table.token_actor[k] = key
                    table.drafts[key].mentions.append((doc[i].idx,
                                                       doc[i + n - 1].idx + len(doc[i + n - 1])))
                    i += n - 1
                    break
            i += 1

    @staticmethod
    def _without_legal_form(name: str) -> list[str]:
        """A firm's name of two words or more without its legal form, as the article repeats
        it: "Cable and Wireless Chairman Eric Sharp" after "Cable and Wireless PLC"."""
        words = name.split()
        while len(words) > 2 and words[-1].lower().replace(".", "").strip(",") in LEGAL_FORMS:
            words = words[:-1]
        short = " ".join(words)
        return [short] if short != name and len(words) >= 2 else []

    def _drop_peripheral_orgs(self, doc: Doc, table: ActorTable) -> None:
        """Organisations that never act: every mention only qualifies another word ("Airbus
        aircraft", "Haifa University expert") or places or sources a statement ("at Victoria
        University", "according to the Information Centre"). One-word names that are towns
        ("Kufa", "Niamey") and are never the subject of a verb are places."""
        from accords.resolve.places import geocode

        runs: dict[str, list[Span]] = {}
        last: dict[str, int] = {}
        media: list[str] = []
        for i in sorted(table.token_actor):
            key = table.token_actor[i]
            if not key.startswith("org:"):
                continue
            if last.get(key) == i - 1:
                s = runs[key][-1]
                runs[key][-1] = doc[s.start:i + 1]
            else:
                runs.setdefault(key, []).append(doc[i:i + 1])
            last[key] = i
        for key, spans in runs.items():
            draft = table.drafts.get(key)
            if draft is None or draft.kind != "organization":
                continue
            spans = [s for s in spans if s.start >= self.body_start_token] or spans
            if any(s.end < len(doc) and doc[s.end].lower_ in MEDIA_NOUNS - {"paper"} and
                   doc[s.end].is_lower for s in spans):
                media.append(key)  # "state-run RTBF radio said": a medium reports
                continue
            acting = [s for s in spans if not self._peripheral_mention(s, table)]
            words = draft.name.split()
            town = (len(words) == 1 and not draft.name.isupper() and
                    geocode(draft.name) is not None and
                    not any(s.root.dep_ in ("nsubj", "nsubjpass") for s in spans))
            if acting and not town:
                continue
            media.append(key)
        for key in media:
            del table.drafts[key]
            for i, k in list(table.token_actor.items()):
                if k == key:
                    del table.token_actor[i]

    @staticmethod
    def _measured_goods(goods: Token) -> bool:
        """Whether `goods` are what a trade measure falls on: "a ban on imports of Toshiba
        products", "tariffs on Toshiba goods"."""
        if goods.lemma_.lower() not in GOODS_NOUNS:
            return False
        node = goods
        for _ in range(2):  # "ban on [imports of] products"
            if node.dep_ != "pobj" or node.head.lower_ not in ("of", "on", "from", "against"):
                return False
            node = node.head.head
            if node.lemma_.lower() in MEASURE_NOUNS or (
                    node.dep_ in ("dobj", "nsubjpass") and
                    node.head.lemma_.lower() in MEASURE_VERBS):
                return True
        return False

    @staticmethod
    def _peripheral_mention(span: Span, table: ActorTable) -> bool:
        root = span.root
        head = root.head
        # "Mobil Corp <MOB>": the parser may hang the name on its symbol or its bracket
        ticker = head.text in ("<", ">") or (head.i > 0 and span.doc[head.i - 1].text == "<")
        if root.dep_ in ("compound", "amod", "npadvmod", "nmod") and head.i >= span.end and \
                table.token_actor.get(head.i) is None and not ticker and \
                head.lower_ not in INSTITUTION_SECTOR and head.lower_ not in ENVOY_NOUNS:
            return not ActorResolver._measured_goods(head)  # "Airbus aircraft", "Kremlin-owned"
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        if root.dep_ == "pobj":
            prep = root.head
            if prep.lower_ == "to" and prep.head.lower_ == "according":
                return True
            if prep.lower_ in PERIPHERAL_PREPS and not (
                    prep.lower_ in ("in", "of") and prep.head.lemma_.lower() in HOLDINGS):
                return True
        return False

    # ---- countries ---------------------------------------------------------------------
    @staticmethod
    def _seats_of_government(doc: Doc) -> list[tuple[str, int, int]]:
        """"The Kremlin", "Downing St", "the White House": capitalised seats of government,
        as ("capital:ISO", start, end) matches."""
        found = []
        longest = max(len(k) for k in SEATS_OF_GOVERNMENT)
        firsts = {k[0] for k in SEATS_OF_GOVERNMENT}
        i = 0
        while i < len(doc):
            if doc[i].lower_ not in firsts or not doc[i].text[:1].isupper():
                i += 1  # (one set lookup per word: the slicing below is slow)
                continue
            for n in range(longest, 0, -1):
                words = tuple(t.lower_ for t in doc[i:i + n])
                iso = SEATS_OF_GOVERNMENT.get(words) if len(words) == n else None
                if iso and all(t.text[:1].isupper() for t in doc[i:i + n]):
                    found.append((f"capital:{iso}", i, i + n))
                    i += n - 1
                    break
            i += 1
        return found

    def _countries(self, doc: Doc, table: ActorTable) -> None:
        matches = [(doc.vocab.strings[m], s, e) for m, s, e in self.m.countries(doc)]
        taken = {i for _, s, e in matches for i in range(s, e)}
        matches += [m for m in self._seats_of_government(doc)
                    if not any(i in taken for i in range(m[1], m[2]))]
        matches.sort(key=lambda m: m[1])
        for kind_iso, start, end in matches:
            kind, iso3 = kind_iso.split(":", 1)
            iso3 = era_code(iso3, self.published) or iso3  # Moscow in 1987: the Soviet Union
            span = doc[start:end]
            before = start - 1
            while before > 0 and doc[before].text in ("South", "North", "East", "West"):
                before -= 1
            if kind == "name" and span.text == "America" and start > 0 and \
                    doc[start - 1].lower_ in ("latin", "central", "south") and \
                    doc[start - 1].is_title:
                continue  # "Latin America", "Central America": a region without the U.S.
                # ("North America" is mostly its market in news: left to the U.S.)
            if before >= 0 and doc[before].text == "New":
                # "New England", "New Mexico", "New South Wales", "New Jersey": a place of its
                # own (the countries named "New ..." are matched whole: "New Zealand")
                continue
            if start > 0 and (doc[start - 1].lower_ in HONORIFICS or (
                    kind in ("capital", "demonym") and end - start == 1 and
                    self._ends_person_name(doc, start)) or (
                    kind == "capital" and doc[start - 1].lower_ in SURNAME_PARTICLES and
                    doc[start - 1].ent_type_ == "PERSON")):
                # "Mr Wellington", "Bob Wellington", "Mike German", "Miguel de la Madrid":
                # a person's name, no state ("Patrice Talon of Benin" still names Benin)
                continue
            if kind == "capital":
                # a capital stands for its government only as an agent ("Madrid is being
                # represented", "broken off by London"), otherwise it is a place
                root = span.root
                agentive = root.dep_ in ("nsubj", "nsubjpass", "poss") or (
                    root.dep_ == "pobj" and root.head.lower_ in ("by",))
                if not agentive:
                    continue
                kind = "name"
            if any(i in table.token_actor for i in range(start, end)):
                continue
            if end < len(doc) and doc[end].lower_ in CURRENCY_WORDS:
                continue  # "300 mln U.S. dlrs": money, no state acts
            if kind == "demonym":
                if start > 0 and doc[start - 1].lower_ in REGION_PREFIXES and \
                        doc[start - 1].is_title:
                    continue  # "South American": a region, not the United States
                for i in range(start, end):
                    table.token_country[i] = iso3
                continue
            draft = table.ensure_country(iso3, self.gz)
            draft.mentions.append((span.start_char, span.end_char))
            for i in range(start, end):
                table.token_actor[i] = draft.key
                table.token_country[i] = iso3

    @staticmethod
    def _ends_person_name(doc: Doc, i: int) -> bool:
        """Whether token `i` is the surname that ends a short name the tagger took for a
        person ("Bob Wellington", "Mike German")."""
        t = doc[i]
        if t.ent_type_ != "PERSON" or t.ent_iob_ != "I" or (
                i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
            return False
        first = i
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        return i - first <= 2 and all(doc[k].is_title and doc[k].pos_ == "PROPN"
                                      for k in range(first, i))

    # ---- international bodies ------------------------------------------------------------
    def _internationals(self, doc: Doc, table: ActorTable) -> None:
        for _match_id, start, end in self.m.internationals(doc):
            if any(i in table.token_actor for i in range(start, end)):
                continue
            span = doc[start:end]
            surface = " ".join(span.text.split())
            info = self._international(self.m.igo_variants.get(surface, surface), table)
            if not info:
                continue
            organ_end = self._executive_after(doc, end) if info["name"] in (
                "European Community", "European Union") else None
            executive = self.gz.international("European Commission") if organ_end else None
            if executive:
                # "the EC Commission", "the European Community (EC) Commission": the
                # Community's executive, not the Community its name opens with
                info, end = executive, organ_end
                span = doc[start:end]
                surface = " ".join(span.text.split())
            key = f"igo:{normalize(info['name'])}"
            draft = table.drafts.get(key)
            if draft is None:
                draft = Draft(key, "international", info["name"], None, "IGO")
                table.drafts[key] = draft
            if info.get("abbrev"):
                draft.aliases.add(info["abbrev"])
            draft.aliases.add(surface)
            draft.mentions.append((span.start_char, span.end_char))
            for i in range(start, end):
                table.token_actor[i] = key

    def _creditor_club(self, doc: Doc, table: ActorTable) -> None:
        """"Western creditors", "official creditor governments", "16 creditor countries" in
        a story of debt: the states that lend to states meet as the Paris Club, the body a
        rescheduling is agreed with (commercial bank creditors are no such body)."""
        if not re.search(r"\b(?:debts?|reschedul\w*|refinanc\w*)\b", doc.text, re.I):
            return
        info = self.gz.international("Paris Club")
        if not info:
            return
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.i in table.token_actor:
                continue
            mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
            if tok.lemma_.lower() == "creditor" and tok.tag_ == "NNS":
                official = bool(mods & {"western", "official", "government", "sovereign"})
            elif tok.lemma_.lower() in ("country", "government", "nation") and \
                    tok.tag_ == "NNS" and "creditor" in mods:
                official = True
            else:
                continue
            if not official or mods & {"commercial", "bank", "private"}:
                continue
            key = f"igo:{normalize(info['name'])}"
            draft = table.drafts.setdefault(
                key, Draft(key, "international", info["name"], None, "IGO"))
            words = [c for c in tok.children if c.dep_ in ("amod", "compound")] + [tok]
            start, end = min(t.i for t in words), tok.i + 1
            draft.mentions.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
            for i in range(start, end):
                table.token_actor[i] = key

    @staticmethod
    def _executive_after(doc: Doc, end: int) -> int | None:
        """The end of "(EC) Commission" / "Executive Commission" right after a Community's
        name, where the name is the first part of its executive's."""
        j = end
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and \
                doc[j + 1].is_upper:
            j += 3
        if j < len(doc) and doc[j].lower_ == "executive" and doc[j].is_title:
            j += 1
        if j < len(doc) and doc[j].text == "Commission":
            return j + 1
        return None

    def _international(self, text: str, table: ActorTable) -> dict | None:
        """The body an abbreviation names: the one the article spelt out with it ("the
        European Community (EC)"), else the one it named on the article's date ("EC" is the
        European Community before the Maastricht treaty took effect)."""
        info = self.gz.international(text)
        if not info or text != info.get("abbrev"):
            return info
        for draft in table.drafts.values():
            if draft.kind == "international" and text in draft.aliases:
                return self.gz.international(draft.name) or info
        for until, name in ABBREVIATION_ERAS.get(text, ()):
            if until is None or (self.published and self.published < until):
                return self.gz.international(name) or info
        return info

    # ---- people --------------------------------------------------------------------------
    def _person_spans(self, doc: Doc, table: ActorTable) -> list[Span]:
        spans = []
        # words of the people the body names: a headline in capitals names only them
        # ("BALDRIGE PRAISES ..."), whatever else the tagger takes for a name there
        # ("REDSTONE DETAILS", "G-6 LEVELS - SUMITA")
        body_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and
                      e.start >= self.body_start_token for t in e}
        # names that head an office's holder somewhere ("Lib Dem spokesman X") name a body
        # wherever they stand ("the Lib Dem plan")
        bodies = {normalize(e.text) for e in doc.ents if e.label_ == "PERSON" and
                  self._names_an_office(doc, e.end, e.start)}
        for ent in doc.ents:
            if ent.label_ != "PERSON" and not self._titled_work_name(doc, ent) or \
                    _legal_form_ends(ent) or self._firm_word_ends(doc, ent):
                continue
            if ent[-1].lower_ in CURRENCY_WORDS:
                continue  # "300 mln U.S. Dlrs": money, no one
            if ent.start < self.body_start_token and ent.text.isupper() and \
                    not {t.lower_ for t in ent if not t.is_space} <= body_words:
                continue
            # trim titles and possessives that the tagger folded into the name
            start, end = ent.start, ent.end
            while end > start and doc[end - 1].tag_ == "POS" or (
                    end > start and doc[end - 1].text in ("'s", "’s", "'", "’")):
                end -= 1
            if end - start >= 2 and doc[end - 1].lower_ in HONORIFICS and \
                    self.gz.title(doc[end - 2].text):
                continue  # "Tory Treasurer Lord" + "Ashcroft": an office, the name cut off
            while start < end and (
                self.gz.title(doc[start].text) or doc[start].lower_ in HONORIFICS
                or doc[start].lower_ == "the"
            ):
                start += 1
            while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or
                                       doc[end - 1].lower_ in ("the", "a", "an")):
                end -= 1  # "Alan Milburn - the": the tagger ran on past a dash
            if start >= end:
                continue
            cut = next((t.i for t in doc[start:end] if t.is_space and
                        t.text.count("\n") >= 2), None)
            if cut is not None:
                end = cut  # "Milburn\n\nLabour": a headline's last word and the body's first
                if start >= end:
                    continue
            # "Miguel de la" + "Madrid": the surname the tagger left out, also when the wire
            # wrapped it onto the next line ("Richard von" + "\nWeizsaecker")
            while end < len(doc) and end - start >= 2 and \
                    doc[end - 1].lower_ in SURNAME_PARTICLES and end not in table.token_actor:
                if doc[end].lower_ in SURNAME_PARTICLES or doc[end].is_title:
                    end += 1
                elif end + 1 < len(doc) and doc[end].is_space and \
                        doc[end].text.count("\n") == 1 and doc[end + 1].is_title and \
                        end + 1 not in table.token_actor:
                    end += 2
                else:
                    break
            # a line break inside a name the tagger cut there: "Minister Rashid\nAbdulla
            # al-Nuaimi", "Finance Minister Chung\nIn-yong"
            if start >= 2 and doc[start - 1].is_space and \
                    doc[start - 1].text.count("\n") == 1 and \
                    self._name_word(doc, start - 2, table):
                start -= 2
            if end + 1 < len(doc) and doc[end].is_space and doc[end].text.count("\n") == 1 \
                    and end - start == 1 and self._name_word(doc, end + 1, table):
                end += 2
            while end + 1 < len(doc) and _inner_hyphen(doc, end) and doc[end + 1].is_lower \
                    and doc[end + 1].is_alpha:
                end += 2  # "Woong" + "-bae"
            if end - start == 1 and end < len(doc) and doc[start].dep_ == "compound" and \
                    doc[start].head.i == end and self._name_word(doc, end, table) and \
                    doc[end].is_alpha and not (end + 1 < len(doc) and
                                               doc[end + 1].text in ("-", "‐")):
                end += 1  # "Executive Secretary Adebayo" + "Adedeji": the surname it modifies
            if end + 1 < len(doc) and doc[end].text == ")" and doc[end + 1].is_title and \
                    doc[end + 1].pos_ == "PROPN" and end + 1 not in table.token_actor and \
                    any(t.text == "(" for t in doc[max(0, start - 4):start]) and \
                    not self.gz.country(doc[end + 1].text):
                # "(Prime Minister Yasuhiro) Nakasone": an editor's bracket in a quotation
                # closes after the given name; the surname outside it ends the name
                end += 2
            # a person name is never a country, a title or an organisation keyword
            text = doc[start:end].text
            if self.gz.country(text) or self.gz.demonym(text) or self.gz.title(text):
                continue
            if any(i in table.token_actor for i in range(start, end)):
                continue
            if not any(t.text[:1].isupper() for t in doc[start:end]):
                continue
            if normalize(text) in NEWS_AGENCIES or text.lower() in NOT_ORGANISATIONS:
                continue
            if any(t.is_digit for t in doc[start:end]) or (
                    end - start >= 2 and doc[end - 1].lower_ in PLACE_HEADS):
                continue  # "Sismik 1" (a ship), "Cook Strait": no person's name
            if self._after_media_noun(doc, start):
                continue  # "the official Ivorian daily Fraternite Matin": a newspaper
            if _placed(doc, start, end, self.gz):
                continue  # "an ammonia complex at Lazaro Cardenas": a port, no person
            if start > 0 and doc[start - 1].lower_ == "the" and doc[end - 1].is_title and \
                    doc[end - 1].lower_.endswith("s") and not doc[end - 1].lower_.endswith("ss"):
                continue  # "the Lib Dems", "the Kennedys": a party or a family, no person
            if self._names_an_office(doc, end, start) or normalize(text) in bodies or \
                    normalize(text)[:-1] in bodies:  # "Lib Dems" after "Lib Dem spokesman"
                continue
            spans.append(doc[start:end])
        # "King Fahd", "Queen Elizabeth": royal titles followed by a capitalised name that the
        # tagger left untagged
        for tok in doc:
            if tok.text in ROYAL_TITLES and tok.i + 1 < len(doc):
                nxt = doc[tok.i + 1]
                if (nxt.is_title and nxt.pos_ == "PROPN" and nxt.i not in table.token_actor
                        and not self.gz.country(nxt.text) and not self.gz.title(nxt.text)
                        and not any(s.start <= nxt.i < s.end for s in spans)):
                    spans.append(doc[nxt.i:nxt.i + 1])
        spans += self._titled_untagged(doc, table, spans)
        spans += self._portfolio_holders(doc, table, spans)
        spans.extend(self._extra_people)
        spans.sort(key=lambda s: s.start)
        return spans

    def _titled_work_name(self, doc: Doc, ent: Span) -> bool:
        """"General Guven Ergenc" as a work of art, "counterpart Ignaz Kiechle" as a
        building: two or three capitalised proper nouns that the tagger gave a label no
        person's name has, after a title or "counterpart" (within the name or just before
        it), are a person's name."""
        if ent.label_ not in ("FAC", "WORK_OF_ART", "PRODUCT"):
            return False
        start = ent.start
        while start < ent.end and self.gz.title(doc[start].text):
            start += 1
        words = doc[start:ent.end]
        if not 2 <= len(words) <= 3 or not all(
                t.is_title and t.is_alpha and t.pos_ == "PROPN" and not self.gz.title(t.text)
                and not self.gz.country(t.text) and not self.gz.demonym(t.text)
                for t in words):
            return False
        before = doc[ent.start - 1] if ent.start > 0 else None
        lead = re.sub(r"[\s-]", "", doc[max(0, ent.start - 3):ent.start].text.lower())
        return start > ent.start or before is not None and (
            lead.endswith(("counterpart", "counterparts")) or
            self._is_title_tail(before.lower_))

    def _portfolio_holders(self, doc: Doc, table: ActorTable, spans: list[Span]) -> list[Span]:
        """"Minister for Foreign Trade Renato Ruggiero", "deputy governor for Europe Olu
        Adebayo": the holder of an office with a portfolio, whose name the tagger missed or
        ran together with the portfolio (see `_portfolio_holder`)."""
        found = []
        for tok in doc:
            if tok.lower_ not in ("for", "of") or tok.i < self.body_start_token and \
                    tok.i > 0 and doc[tok.i - 1].text.isupper():
                continue
            held = self._portfolio_holder(doc, tok.i + 1)
            if held is None or any(i in table.token_actor for i in range(*held)):
                continue
            clash = [s for s in spans if s.start < held[1] and held[0] < s.end]
            if any(s.start >= held[0] for s in clash):
                continue  # the tagger's name starts there already
            for s in clash:  # "Agriculture Richard Lyng" as the tagger's person: cut
                spans.remove(s)
            found.append(doc[held[0]:held[1]])
        return found

    def _titled_untagged(self, doc: Doc, table: ActorTable, spans: list[Span]) -> list[Span]:
        """"Finance Minister Barend du Plessis": a name with a surname particle the tagger
        did not take for a person, right after a title of office. Only names with a
        particle: the tagger finds the plain ones."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for tok in doc:
            if tok.i < self.body_start_token or tok.lower_ not in SURNAME_PARTICLES or \
                    tok.i < 2 or tok.i + 1 >= len(doc):
                continue
            first, last = doc[tok.i - 1], doc[tok.i + 1]
            # (the tagger may take the first name for a verb: "Minister Barend du Plessis")
            if not (first.is_title and last.is_title and first.is_alpha and
                    not first.ent_type_ and not tok.ent_type_):
                continue
            surname = normalize(f"{tok.text} {last.text}")
            held = {table.token_actor.get(i) for i in (tok.i, last.i)} - {None}
            if first.i in taken or first.i in table.token_actor or \
                    any(i in taken for i in (tok.i, last.i)) or \
                    any(table.drafts.get(k) is None or table.drafts[k].kind != "organization"
                        or normalize(table.drafts[k].name) != surname for k in held):
                continue  # (an organisation "Du Plessis" the tagger made of him gives way)
            if self.gz.country(first.text) or self.gz.title(first.text) or \
                    self.gz.country(last.text) or self.gz.title(last.text):
                continue
            if self._title_start(doc, first.i, table) is None:
                continue
            found.append(doc[first.i:last.i + 1])
        return found

    def _names_an_office(self, doc: Doc, end: int, start: int | None = None) -> bool:
        """Whether the words from `end` are a title and then a person's name: the words
        before them name the body the office is in ("Lib Dem spokesman Mark Oaten", "Tory
        leader Michael Howard"), not a person; so with an article before them and no name
        after ("The Lib Dem leader said")."""
        article = start is not None and start > 0 and doc[start - 1].lower_ in ("the", "a")
        if end < len(doc) and doc[end].is_punct:
            return False  # "Vice President X, Secretary of State Y": a list of people
        for k in range(min(len(doc), end + 4), end, -1):
            if k < len(doc) and self._is_title_phrase(doc[end:k].text) and \
                    not doc[end:k].text.istitle() and (
                        (doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B") or
                        (article and doc[end:k].text.islower())):
                return True
        return False

    def _name_word(self, doc: Doc, i: int, table: ActorTable) -> bool:
        """Whether token `i` can be a word of a person's name that the tagger left out: a
        capitalised proper noun of no entity, actor, title or country."""
        t = doc[i]
        return t.is_title and t.pos_ == "PROPN" and not t.ent_type_ and \
            i not in table.token_actor and i not in table.token_country and \
            not self.gz.title(t.text) and t.lower_ not in HONORIFICS and \
            not self.gz.country(t.text) and not self.gz.demonym(t.text)

    def _people(self, doc: Doc, table: ActorTable) -> None:
        spans = self._person_spans(doc, table)
        # longest names first so that "Lukashenko" folds into "Alexander Lukashenko"
        full: list[Draft] = []
        pending: list[tuple[Span, Draft]] = []
        for span in sorted(spans, key=lambda s: (-len(s), s.start)):
            held = None
            if _names_vessel(doc, span.start, span.end):
                continue  # "the aircraft carrier Kitty Hawk"
            # "(Prime Minister Yasuhiro) Nakasone": the bracket an editor closed inside it
            words = [w for w in (x.replace(")", "") for x in re.split(r"\s+", span.text)) if w]
            text = " ".join(words)
            draft = self._match_person(words, full)
            if draft is None and len(words) == 1:
                title, _c, _o, _s = self._title_before(doc, span.start, table)
                if span.start >= 2 and doc[span.start - 1].text in ("'s", "’s") and \
                        (span.start - 2) in table.token_country and not title:
                    # "Argentina's Enarsa", "Brazil's Petrobras": a company, not a person
                    self._add_org(doc, span.start - 2, span.end, table)
                    continue
                info = (self.gz.title(title) or self._office_info(title)) if title else None
                held = None
                if not title or (info and info.get("title").split()[-1] in ("Official",
                                                                            "Officials")):
                    held = self._sole_holder(doc, span)
                    if held is None:
                        continue  # a lone capitalised word with no office: not enough
                    text = held["name"]  # "Reagan" in 1987: Ronald Reagan
                    words = text.split()
                    draft = self._match_person(words, full)
                    if draft is not None and draft.country is None:
                        draft.country = held["country"]
            if draft is None:
                name = text  # "Yasuhiro\nNakasone" wraps a line
                royal = self._royal_title(doc, span)
                if royal and len(words) == 1:
                    name = f"{royal} {span.text}"
                draft = Draft(f"person:{normalize(name)}", "person", name)
                if held is not None:
                    draft.country = held["country"]
                    draft.add_role(Role(title=held["title"], country=held["country"]))
                table.drafts[draft.key] = draft
                full.append(draft)
            elif text != draft.name:
                draft.aliases.add(text)
            draft.mentions.append((span.start_char, span.end_char))
            for i in range(span.start, span.end):
                table.token_actor[i] = draft.key
            pending.append((span, draft))
        for span, draft in sorted(pending, key=lambda p: p[0].start):
            self._describe_person(doc, span, draft, table)
        for draft in full:
            self._official_roles(draft)
            if draft.sector is None:
                draft.sector = "GOV" if draft.roles else None

    def _sole_holder(self, doc: Doc, span: Span) -> dict | None:
        """The office holder a surname alone names ("Mr. Reagan", "Reagan and Mulroney are
        to meet"): the one person of that surname the table of office holders knows in
        office on the story's day. After an honorific, any office; a bare surname only a
        head of state or government's, and only one the tagger took for a person's name."""
        word = span.text
        if not self.published or len(word) < 4 or not span[0].is_title or \
                not word.isalpha():
            return None
        honorific = span.start > 0 and doc[span.start - 1].lower_ in HONORIFICS
        if not honorific and span[0].ent_type_ != "PERSON":
            return None
        tok = span[-1]
        if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" or not honorific and (
                span.start > 0 and doc[span.start - 1].pos_ in ("ADJ", "DET")
                or geocode(word) is not None):
            return None  # "the Reagan administration", "eastern Sabah": no person
        hits = [h for h in self.gz.holders_on(word, self.published)
                if honorific or h["title"].lower() in _HEAD_OFFICES]
        people = {(h["name"].split()[0], h["name"].split()[-1]) for h in hits}
        if len(people) != 1 or len({h["country"] for h in hits}) != 1:
            return None
        return max(hits, key=lambda h: len(h["name"]))

    def _royal_title(self, doc: Doc, span: Span) -> str | None:
        if span.start > 0:
            prev = doc[span.start - 1]
            two = doc[span.start - 2:span.start].text if span.start > 1 else ""
            if two in ROYAL_TITLES:
                return two
            if prev.text in ROYAL_TITLES:
                return prev.text
        return None

    @staticmethod
    def _match_person(words: list[str], known: list[Draft]) -> Draft | None:
        """The known person a mention names: the same words, or one of their words
        ("Lukashenko", "Shehbaz"); a first name wins over a middle name ("Nawaz")."""
        lowered = [w.lower() for w in words]
        for draft in known:
            if lowered == [w.lower() for w in draft.name.split()]:
                return draft
        if len(lowered) != 1:
            # "De Clercq" after "Willy De Clercq", "Mohamed Rashdan" after "Mohamed Rashdan
            # Baba": the mention's words run at the end or the start of the full name
            n = len(lowered)
            for draft in known:
                full = [w.lower() for w in draft.name.split()]
                # "Bresser Pereira" after "Luiz Carlos Bresser Pereira": two given names
                # before a double surname (not "Nawaz Sharif" of "Maryam Nawaz Sharif")
                if len(full) > n and (full[:n] == lowered or (
                        full[-n:] == lowered and (lowered[0] in SURNAME_PARTICLES or
                                                  len(full) >= n + 2))):
                    return draft
            return None
        candidates = [d for d in known if lowered[0] in [w.lower() for w in d.name.split()]]
        for draft in candidates:
            if draft.name.split()[-1].lower() == lowered[0]:
                return draft
        for draft in candidates:
            if draft.name.split()[0].lower() == lowered[0]:
                return draft
        return candidates[0] if candidates else None

    def _describe_person(self, doc: Doc, span: Span, draft: Draft, table: ActorTable) -> None:
        """Title and country from the words around one mention of a person."""
        title, country, org, title_start = self._title_before(doc, span.start, table)
        if title is None:
            title, country2 = self._title_after(doc, span, table)
            country = country or country2
        if title is None:
            title = self._counterpart_title(doc, span, table)
        if title is None:
            title, country = self._listed_title(doc, span, table)
        if country is None and title and self._of_us_state(doc, span.end) and (
                self.gz.title(title) or {"title": title})["title"].split()[-1].lower().rstrip(
                    "s") in LEGISLATORS:
            # "Senator Dodd of Connecticut" (or "of Georgia"): a member of Congress for a
            # U.S. state
            country = "USA"
        if country is None:
            country = self._of_country(doc, span.end, table)
        if title:
            office_for = self._office_for(title)
            for part in [title] if office_for else self._split_titles(title):
                info = self.gz.title(part) or self.gz.title(part.rstrip("s")) or (
                    self.gz.title(part.partition(" for ")[0]) if office_for else None) or \
                    self._office_info(part)
                canonical = office_for or info.get("title") or _title_case(part)
                if canonical.lower() in ("official", "officials", "counterpart"):
                    continue
                body = table.drafts.get(org) if org else None
                draft.add_role(Role(title=canonical, country=country, organization=(
                    body.name if body is not None and body.kind == "international" else None)))
                if info.get("sector") in REPORTER_SECTORS:
                    draft.generic = True  # a journalist: reports, does not act
                if info.get("sector") and draft.sector in (None, "GOV"):
                    draft.sector = info["sector"]
        if org and draft.sector is None:
            org_draft = table.drafts.get(org)
            if org_draft and org_draft.sector == "PTY":
                draft.sector = "PTY"
        if country and draft.country is None:
            draft.country = country
        if org:
            od = table.drafts.get(org)
            for role in draft.roles:
                if role.organization == org:
                    role.organization = od.name if od else None
            if od and od.sector == "PTY":
                draft.sector = "PTY"

    def _listed_title(self, doc: Doc, span: Span, table: ActorTable):
        """"Sens. Patrick Leahy of Vermont, Tom Harkin of Iowa and Bob Dole": a plural title
        before a list of names is each one's; a singular one ("President Reagan and Mikhail
        Gorbachev") only the first's. (title, country) or (None, None)."""
        i = span.start - 1
        while i >= span.sent.start:
            tok, key = doc[i], table.token_actor.get(i, "")
            if key.startswith("person:"):
                start = i
                while start > span.sent.start and table.token_actor.get(start - 1) == key:
                    start -= 1
                title, country, _org, _ = self._title_before(doc, start, table)
                if title:
                    return (title, country) if self._plural_office(title) else (None, None)
                i = start - 1
                continue
            if not (tok.text in (",", "and", "of") or key.startswith("country:") or (
                    tok.is_title and not key and not self.gz.title(tok.text))):
                break
            i -= 1
        return None, None

    def _plural_office(self, title: str) -> bool:
        """"Senators", "Foreign Ministers", "Sens.": an office said of several people."""
        last = title.split()[-1]
        if last.lower().rstrip(".") in ABBREVIATED_TITLES:
            return last.lower().rstrip(".").endswith("s")
        return last.lower().endswith("s") and not self.gz.title(last) and \
            bool(self.gz.title(last[:-1]))

    @staticmethod
    def _of_us_state(doc: Doc, i: int) -> bool:
        """"... of New York", "... of Texas": a U.S. state after the name."""
        from accords.resolve.places import is_us_state

        if i + 1 >= len(doc) or doc[i].lower_ != "of":
            return False
        return any(is_us_state(doc[i + 1:k].text) for k in range(i + 2, min(len(doc), i + 5))
                   if all(t.is_title for t in doc[i + 1:k]))

    @staticmethod
    def _counterpart_title(doc: Doc, span: Span, table: ActorTable) -> str | None:
        """"Finance Minister X met his Swiss counterpart Y": Y holds X's office in his own
        state; the office of the person named last before him in the sentence."""
        if span.start < 1 or doc[span.start - 1].lower_ not in ("counterpart", "counterparts"):
            return None
        for i in range(span.start - 2, span.sent.start - 1, -1):
            key = table.token_actor.get(i, "")
            if key.startswith("person:"):
                roles = table.drafts[key].roles if key in table.drafts else []
                return roles[0].title if roles else None
        return None

    def _split_titles(self, title: str) -> list[str]:
        """"Deputy Prime Minister and Foreign Minister" is two offices; "Trade and Industry
        Secretary" one, its first part no title."""
        parts = [p.strip() for p in re.split(r"\s+and\s+", title, flags=re.I) if p.strip()]
        if len(parts) > 1 and not all(self._is_title_tail(p.lower()) for p in parts):
            return [title]
        return parts or [title]

    def _office_info(self, title: str) -> dict:
        """The tables' entry for an office, or for the office it qualifies ("Foreign Ministry
        spokesman" is a "Spokesman"), the qualified title kept."""
        words = title.split()
        for i in range(1, len(words)):
            info = self.gz.title(" ".join(words[i:]))
            if info:
                return {"title": _title_case(title), "sector": info.get("sector")}
        return {}

    def _title_before(self, doc: Doc, start: int, table: ActorTable):
        """("Deputy Prime Minister and Foreign Minister", "PAK", org key) before a name."""
        if start >= 2 and doc[start - 1].lower_ in HONORIFICS and \
                not doc[start - 2].is_punct:
            start -= 1  # "Secretary-General Lord Carrington", "Foreign Secretary Sir Geoffrey"
        best = self._title_start(doc, start, table)
        if best is None and start >= 2 and doc[start - 1].text == ",":
            # "the EC's external relations commissioner, Willy De Clercq, signed": the title
            # in apposition before the name
            best = self._title_start(doc, start - 1, table)
            if best is not None and any(doc[k].lower_ == "as" for k in range(
                    max(0, best - 2), best)):
                # "as he begins his second term as US President, Tony Blair has said": the
                # office is the one held by the subject before the comma
                best = None
            if best is not None:
                title_text, country, org, _ = self._title_cues(doc, best, start - 1, table)
                return title_text, country, org, best
        if best is None and start >= 2 and doc[start - 1].lower_ in ("counterpart",
                                                                     "counterparts"):
            # "his Spanish counterpart Miguel Moratinos": a nationality without an office
            iso = table.token_country.get(start - 2)
            return None, iso, None, start
        if best is None:
            return None, None, None, start
        return self._title_cues(doc, best, start, table)

    def _title_start(self, doc: Doc, end: int, table: ActorTable) -> int | None:
        """Where the longest title phrase ending at `end` starts, if one does."""
        if end >= 2 and doc[end - 1].text == "." and not doc[end - 2].whitespace_ and \
                doc[end - 2].lower_ in ABBREVIATED_TITLES:
            return end - 2  # "Sens. Dodd": the tokenizer splits the abbreviation's stop
        best = None
        for k in range(end - 1, max(-1, end - 10), -1):
            if k in table.token_actor or (doc[k].is_punct and not _inner_hyphen(doc, k)):
                break
            if self._is_title_phrase(doc[k:end].text):
                best = k
        return best if best is None else self._qualified_office(doc, best, table)

    def _qualified_office(self, doc: Doc, best: int, table: ActorTable) -> int:
        """Where an office starts with the words that qualify it before the title the tables
        know: "Foreign Ministry spokesman", "Assistant Special Trade Representative", "Trade
        and Industry Secretary", "Corporate Affairs Minister". Words of titles and
        portfolios, and before a capitalised office any capitalised word of no entity."""
        capital = doc[best].is_title
        start = k = best
        while k > 0:
            tok = doc[k - 1]
            key = table.token_actor.get(k - 1, "")
            if key.startswith("org:") and k == start and tok.lower_ in OFFICE_ORGANS:
                # "Foreign Ministry spokesman", "State Department spokeswoman": the organ of
                # the state the office is in (its country is still read from it)
                while k > 0 and table.token_actor.get(k - 1) == key:
                    k -= 1
                start = k
                continue
            if key or (k - 1) in table.token_country or not tok.is_alpha or \
                    self.gz.title(tok.text):
                break
            if tok.lower_ == "and":
                if k != start:
                    break
                k -= 1  # "Trade and Industry": taken only with the qualifier before it
                continue
            plain = tok.is_lower and not capital
            cased = tok.is_title and capital
            if plain and not self.gz.office_word(tok.text) and self._portfolio_after_nationality(
                    doc, k - 1, table):
                k -= 1  # "British corporate affairs minister": a portfolio the tables lack
                start = k
                continue
            if not (plain or cased) or not (self.gz.office_word(tok.text) or (
                    cased and not tok.is_sent_start and tok.ent_type_ not in (
                        "PERSON", "GPE", "NORP", "DATE", "TIME", "LOC") and
                    not self.gz.country(tok.text) and not self.gz.demonym(tok.text) and
                    tok.lower_ not in HONORIFICS)):
                break
            k -= 1
            start = k
        return start

    @staticmethod
    def _portfolio_after_nationality(doc: Doc, i: int, table: ActorTable) -> bool:
        """Whether doc[i] is in a run of at most three lower-case nouns and adjectives that a
        nationality or a state's possessive opens ("British corporate affairs minister",
        "Japan's posts and telecommunications minister"): the words between the state and its
        office are the office's portfolio."""
        k = i
        while k >= 0 and i - k < 3 and doc[k].is_lower and doc[k].is_alpha and (
                doc[k].pos_ in ("NOUN", "ADJ", "PROPN") or doc[k].lower_ == "and") and \
                doc[k].lower_ not in RANK_ADJECTIVES:
            k -= 1
        if k == i or k < 0 or doc[k + 1].lower_ == "and":
            return False
        if k in table.token_country and not table.token_actor.get(k, "").startswith("org:"):
            return True
        return doc[k].text in ("'s", "’s") and table.token_actor.get(k - 1, "").startswith(
            "country:")

    def _title_cues(self, doc: Doc, best: int, start: int, table: ActorTable):
        """The title doc[best:start] and the country or body named just before it."""
        title_text = doc[best:start].text
        country = None
        org = None
        # the cue before the title: demonym, (possessive) country, or an organisation
        j = best - 1
        # qualifiers between the country and the office: "Britain's Europe Director"
        skipped = 0
        while j >= 0 and skipped < 2 and doc[j].is_title and j not in table.token_country \
                and j not in table.token_actor and not doc[j].is_sent_start:
            j -= 1
            skipped += 1
        if j >= 0 and doc[j].text not in ("'s", "’s") and j not in table.token_actor and \
                j not in table.token_country:
            # "the EC's external relations commissioner": a portfolio in plain words
            k = j
            while k >= 0 and j - k < 3 and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].is_lower:
                k -= 1
            if k < j and k >= 0 and doc[k].text in ("'s", "’s"):
                j = k
        if j >= 0 and doc[j].text in ("'s", "’s"):
            j -= 1
        if j >= 0 and doc[j].text == ")":
            # "Pakistan Muslim League-N (PML-N) President"
            while j > 0 and doc[j].text != "(":
                j -= 1
            j -= 1
        inner = [table.token_actor[i] for i in range(best, start)
                 if table.token_actor.get(i, "").startswith("org:")]
        if inner and (j < 0 or j not in table.token_actor and j not in table.token_country):
            # "State Department spokesman": no state before the office, its organ's
            country = table.country_of(inner[0])
        if j >= 0:
            key = table.token_actor.get(j)
            if key and key.startswith("country:"):
                country = key.split(":", 1)[1]
            elif key and key.startswith(("org:", "igo:")):
                org = key
                country = table.country_of(key)
                sender = self._sender_before(doc, j, table) \
                    if key.startswith("igo:") and title_text.split()[-1].lower().rstrip(
                        "s") in POSTED_TITLES else None
                if sender:
                    # "Pakistan's acting U.N. representative": the body is where the envoy
                    # serves; the state before it sent him
                    country, org = sender, None
            elif j in table.token_country:
                country = table.token_country[j]
                if j >= 1 and doc[j - 1].is_title and (j - 1) not in table.token_actor:
                    # "Deputy Iranian Finance Minister": a rank before the nationality is the
                    # office's, when the tables know the ranked office
                    ranked = self.gz.title(f"{doc[j - 1].text} {title_text}")
                    if ranked:
                        title_text = f"{doc[j - 1].text} {title_text}"
        return title_text, country, org, best

    @staticmethod
    def _sender_before(doc: Doc, j: int, table: ActorTable) -> str | None:
        """The state named in the possessive before the body's name ending at doc[j], past
        lower-case qualifiers ("Pakistan's acting U.N. ..."), if there is one."""
        key = table.token_actor.get(j)
        while j > 0 and table.token_actor.get(j - 1) == key:
            j -= 1
        k = j - 1
        while k >= 0 and j - k <= 3 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "VERB",
                                                                             "NOUN"):
            k -= 1
        if k < 1 or doc[k].text not in ("'s", "’s"):
            return None
        owner = table.token_actor.get(k - 1)
        if owner and owner.startswith("country:"):
            return owner.split(":", 1)[1]
        return table.token_country.get(k - 1)

    def _is_title_phrase(self, phrase: str) -> bool:
        if self._office_for(phrase):
            return True
        parts = [p for p in re.split(r"\s+and\s+", phrase.strip()) if p]
        return bool(parts) and all(self._is_title_tail(p.lower()) for p in parts)

    def _is_title_tail(self, lowered: str) -> bool:
        lowered = lowered.strip()
        if not lowered:
            return False
        if self.gz.title(lowered):
            return True
        if lowered.endswith("s") and self.gz.title(lowered[:-1]):
            return True
        return False

    def _office_for(self, phrase: str) -> str | None:
        """"Under-Secretary of State for Economic Affairs", "Minister for Overseas Trade": an
        office and the capitalised portfolio it is for, as a title; None otherwise."""
        office, sep, portfolio = phrase.strip().partition(" for ")
        words = portfolio.split()
        info = self.gz.title(office) if sep else None
        if not info or not 0 < len(words) <= 4 or not all(
                w.istitle() and w.isalpha() or w in ("and", "of") for w in words):
            return None
        return f"{info['title']} for {portfolio}"

    def _title_after(self, doc: Doc, span: Span, table: ActorTable):
        """", who is deputy prime minister of Saudi Arabia" and ", the foreign minister"."""
        i = span.end
        if i < len(doc) and doc[i].text == ",":
            j = i + 1
            if j < len(doc) and doc[j].lower_ in ("who", "the"):
                j += 1
                if j < len(doc) and doc[j].lower_ in ("is", "was"):
                    j += 1
            # ", also a Deputy Prime Minister", ", Yugoslavia's deputy prime minister",
            # ", the Zambian finance minister": the state the office is of comes before it
            if j < len(doc) and doc[j].lower_ == "also":
                j += 1
            if j < len(doc) and doc[j].lower_ in ("a", "an", "the"):
                j += 1
            owner = None
            key = table.token_actor.get(j, "")
            if key.startswith("country:"):
                k = j
                while k < len(doc) and table.token_actor.get(k) == key:
                    k += 1
                if k < len(doc) and doc[k].text in ("'s", "’s"):
                    owner, j = key.split(":", 1)[1], k + 1
            elif j in table.token_country and not key:
                owner, j = table.token_country[j], j + 1
            # longest title starting at j
            best = None
            for k in range(min(len(doc), j + 6), j, -1):
                phrase = doc[j:k].text
                if self.gz.title(phrase):
                    best = (phrase, k)
                    break
            if best:
                title, k = best
                country = owner or self._of_country(doc, k, table) or \
                    self._of_body(doc, k, table)
                return title, country
            if not owner:
                return self._head_of_body(doc, j, table)
        return None, None

    def _head_of_body(self, doc: Doc, j: int, table: ActorTable):
        """", head of the EC delegation", ", chief of the Soviet Foreign Ministry's
        Information Directorate": the office is the body's head, titled by the body's noun
        phrase. A nationality adjective inside it is the office's state, not part of its name
        (as in "the Zambian finance minister"); a state named in it gives the country; an
        international body's officer has none; a firm or national body's has its country.
        The office is the definite one ("head of a committee" names "the" committee's head).
        (title, country) or (None, None)."""
        if j + 2 >= len(doc) or doc[j].lower_ not in ("head", "chief") or \
                doc[j + 1].lower_ != "of":
            return None, None
        words: list[str] = []
        country = None
        owned = False  # past the owner's possessive: "the Fund's Peru division" is no state's
        k = j + 2
        while k < len(doc) and k - j < 12:
            tok, key = doc[k], table.token_actor.get(k, "")
            if tok.text in ("'s", "’s") and words:
                words[-1] += tok.text
                owned = True
            elif tok.pos_ in ("DET", "ADJ", "PROPN", "NOUN") or tok.lower_ in ("of", "and"):
                if not owned and self.gz.demonym(tok.text) and (
                        k in table.token_country or key.startswith("country:")):
                    # "the Soviet Foreign Ministry's ...": the office's state
                    country = country or table.token_country.get(k) or key.split(":", 1)[1]
                else:
                    words.append(tok.text)
                    nxt = doc[k + 1].text if k + 1 < len(doc) else ""
                    if not owned and key.startswith("country:") and nxt in ("'s", "’s"):
                        country = country or key.split(":", 1)[1]  # "of Iran's ..."
                    elif not owned and key.startswith("org:"):
                        country = country or table.country_of(key)
            else:
                break
            k += 1
        while words and words[-1].lower() in ("of", "and", "the", "a", "an"):
            words.pop()
        nouns = [w for w in words if w.lower() not in ("the", "a", "an", "of", "and")]
        if not nouns:
            return None, None
        if words[0].lower() in ("a", "an"):
            words[0] = "the"
        return " ".join([doc[j].lower_, "of", *words]), country

    def _of_country(self, doc: Doc, i: int, table: ActorTable) -> str | None:
        """"Zhao Ziyang of China", "King Fahd of Saudi Arabia"."""
        if i + 1 < len(doc) and doc[i].lower_ == "of":
            key = table.token_actor.get(i + 1)
            if key and key.startswith("country:"):
                return key.split(":", 1)[1]
        return None

    def _of_body(self, doc: Doc, i: int, table: ActorTable) -> str | None:
        """", chairman of the Federation of Economic Organisations (Keidanren)", ", director
        general of Petrobras": an officer of a firm or national body is of its country."""
        if i + 1 < len(doc) and doc[i].lower_ in ("of", "at"):
            j = i + 1 + (doc[i + 1].lower_ == "the")
            key = table.token_actor.get(j, "")
            if key.startswith("org:"):
                return table.country_of(key)
        return None

    def _official_roles(self, draft: Draft) -> None:
        """Who held which office on the article's date, from the officials table."""
        if any(r.organization for r in draft.roles) and not any(r.country for r in draft.roles):
            return  # "UN Secretary-General Ban Ki-moon" acts for the body, not for Korea
        found = [f for f in self.gz.officials(draft.name, self.published)
                 if self._office_agrees(draft, f.get("title"))]
        words = draft.name.split()
        if not found and draft.country is None and draft.roles and (len(words) == 1 or any(
                " ".join(words[:-1]).lower() == r.title.lower() for r in draft.roles)):
            # "President Reagan" with no nationality cue: the one holder of that office on
            # the story's day (in a story with no date, ever) whose surname it is; "King
            # Fahd" keeps his title in his name
            for role in draft.roles:
                hits = self.gz.holders_by_surname(words[-1], role.title, self.published)
                if len({h["country"] for h in hits}) == 1:
                    draft.country = hits[0]["country"]
                    role.country = role.country or draft.country
                    break
            return
        if not found:
            # people keep their nationality after leaving office: the country alone
            anytime = {f["country"] for f in self.gz.officials(draft.name, None)
                       if self._office_agrees(draft, f.get("title"))}
            if not anytime and draft.roles:
                # "President Ali Khamenei", "Prime Minister Constantine Mitsotakis": a name
                # spelt otherwise than the table's, for a titled person only
                like = [f for f in self.gz.officials_like(draft.name)
                        if self._office_agrees(draft, f.get("title"))]
                day = self.published[:10] if self.published else None
                held = [f for f in like if day is None or (
                    (f["start"] or "") <= day <= (f["end"] or "9999"))]
                anytime = {f["country"] for f in held or like}
            if draft.country is None and len(anytime) == 1:
                draft.country = next(iter(anytime))
            return
        countries = {f["country"] for f in found}
        if draft.country is None and len(countries) == 1:
            draft.country = next(iter(countries))
        if draft.sector is None:
            draft.sector = found[0].get("sector") or "GOV"
        if not draft.roles:
            for f in found[:2]:
                if f.get("title") and f["country"] == draft.country:
                    draft.add_role(Role(title=f["title"], country=f["country"]))

    @staticmethod
    def _office_agrees(draft: Draft, title: str | None) -> bool:
        """Whether a namesake in the officials table can be the person the text titles: a
        "deputy trade representative Michael Smith" is not the Irish defence minister of that
        name. Only the head of an office is compared ("Minister", "Representative"); a text
        with no title, or a title whose head the table does not use, agrees with anyone."""
        heads = {r.title.split()[-1].lower() for r in draft.roles if r.title}
        if not heads or not title:
            return True
        office = title.split()[-1].lower()
        kin = [group for group in OFFICE_HEADS if office in group]
        if not kin:
            return True
        known = [h for h in heads if any(h in group for group in OFFICE_HEADS)]
        return not known or any(h in kin[0] for h in known)

    # ---- organisations -----------------------------------------------------------------
    def _organisations(self, doc: Doc, table: ActorTable) -> None:
        candidates: list[tuple[int, int]] = []
        self._descriptions: list[tuple[int, int, int, str]] = []  # (start, end, count, iso)
        self._pronoun_conj: list[tuple[int, int]] = []  # ("it" token, name start)
        for ent in doc.ents:
            if ent.label_ == "PERSON" and (_legal_form_ends(ent) or
                                           self._firm_word_ends(doc, ent)):
                # "Brenta Impianti SpA", "Highland Gold": the tagger's person ends in a
                # firm's legal form or in a word that ends many firms' names
                candidates.append((ent.start, ent.end))
                continue
            if ent.label_ == "PERSON" and self._described_as_body(doc, ent):
                # "its US affiliate Eon Labs", "a venture called Champlin Refining",
                # "Christian Aid's head of trade policy": the tagger's person is a firm's
                candidates.append((ent.start, ent.end))
                continue
            if ent.label_ == "PERSON" and self._coordinated_with_body(doc, ent):
                # "the bank said it and Banco Rurale will sign": no person is coordinated
                # with "it"
                candidates.append((ent.start, ent.end))
                if ent.root.head.lower_ == "it":
                    self._pronoun_conj.append((ent.root.head.i, ent.start))
                continue
            if ent.label_ in ("ORG", "FAC") or (ent.label_ in ("NORP", "GPE") and
                                                ent.root.lower_ in INSTITUTION_SECTOR):
                if self._inside_title(doc, ent.start, ent.end):
                    continue  # "Crown" of Crown Prince, "State" of Secretary of State
                if self._org_is_person(doc, ent, table) or self._titled_person(doc, ent) or \
                        self._titled_work_name(doc, ent):
                    continue
                if _names_vessel(doc, ent.start, ent.end):
                    continue
                if len(ent) > 2 and ent.start > 0 and doc[ent.start - 1].tag_ == "PRP$" and \
                        ent[0].lower_ in INSTITUTION_SECTOR and ent[1].lower_ == "and":
                    # "between our Company and Aeroflot": the speaker's firm, then a name
                    candidates.append((ent.start + 2, ent.end))
                    continue
                start, end = self._expand_org(doc, ent.start, ent.end)
                candidates.append((start, end))
                k = start - 2
                if k >= self.body_start_token and doc[k].is_title and not doc[k].ent_type_ \
                        and doc[k].pos_ in ("PROPN", "NOUN") and \
                        not self.gz.country(doc[k].text) and not self.gz.title(doc[k].text) \
                        and self._coordinated_bodies(doc, k):
                    candidates.append((k, k + 1))  # "Opel" of "Opel and Saab": a body too
        # "the African Continental Free Trade Area (AfCFTA)": the acronym of a place, zone or
        # instrument names no actor either, nor that of a name whose head is one ("the
        # Generalised System of Preferences (GSP)")
        self._non_actor_acronyms = {
            doc[t.i + 1].text for t in doc
            if t.text == "(" and t.i > 0 and t.i + 2 < len(doc) and doc[t.i + 2].text == ")"
            and self._name_head(doc[t.i - 1]).lower_ in NOT_ACTOR_HEADS}
        covered = {i for s, e in candidates for i in range(s, e)}
        for tok in doc:
            if tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s"):
                self._counted_description(doc, tok.left_edge.i, tok.i + 1, table)
            elif tok.tag_ == "NN" and tok.is_lower:
                self._introduced_firm(doc, tok, table)
            if tok.lower_ in DESCRIPTOR_NOUNS and tok.pos_ == "NOUN" and tok.is_lower and \
                    not _names_vessel(doc, tok.i, tok.i + 2):
                run = self._name_after(doc, tok.i + 1, table)
                if run is not None and not any(i in covered for i in range(*run)):
                    candidates.append(run)
                    covered.update(range(*run))
                if run is not None:
                    nxt = self._coordinated_name(doc, run, table)
                    if nxt is not None and not any(i in covered for i in range(*nxt)):
                        candidates.append(nxt)
                        covered.update(range(*nxt))
        for run in self._names_described_after(doc, covered):
            candidates.append(run)
            covered.update(range(*run))
        for chunk in doc.noun_chunks:
            if chunk.root.lower_ in INSTITUTION_SECTOR and chunk.root.i not in covered:
                candidates.append((chunk.start, chunk.end))
        candidates += [run for run in self._firms_named_for_states(doc, table)
                       if not any(i in covered for i in range(*run))]
        listed = self._listed_names(doc)
        if listed:
            # the wire's own marking outranks a span around it ("March 12 - Rothmans
            # International plc", tagged as a date)
            inside = {i for s, e in listed for i in range(s, e)}
            candidates = [(s, e) for s, e in candidates
                          if not any(i in inside for i in range(s, e))] + listed
        known = self._known_firm_names(doc)
        if known:
            # a known name outranks the tagger's span around it ("March 4 - Northern
            # Telecom Ltd" on a wire's first line)
            inside = {i for s, e in known for i in range(s, e)}
            candidates = [(s, e) for s, e in candidates
                          if (s, e) in known or not any(i in inside for i in range(s, e))]
            candidates += known
        # a known firm's one-word name the tagger missed fills a gap; it does not cut a
        # longer name ("Gazprom and Lukoil")
        taken = {i for s, e in candidates for i in range(s, e)}
        candidates += [(s, e) for s, e in self._known_firm_words(doc)
                       if not any(i in taken for i in range(s, e))]
        # so does a state's institution the tagger missed ("the Duma", "the Majlis")
        candidates += [(t.i, t.i + 1) for t in doc if t.i not in taken and t.is_title and
                       t.i > 0 and doc[t.i - 1].lower_ == "the" and
                       self.gz.institution(t.text) is not None]
        # angle-bracketed company names in wire copy: "<British Airways>"
        for tok in doc:
            if tok.text == "<":
                for k in range(tok.i + 1, min(len(doc), tok.i + 10)):
                    if doc[k].text == ">":
                        if k > tok.i + 1 and not self._is_ticker(doc, tok.i + 1, k):
                            candidates.append((tok.i + 1, k))
                        break
        trimmed = []
        for start, end in candidates:
            while end > start and doc[end - 1].text in (">", "<"):
                end -= 1
            while start < end and doc[start].text in (">", "<"):
                start += 1
            # a bracket opens a firm's name: what comes before it is no part of it
            # ("U.S.-based <Europharmaceutical Co>")
            opened = [i for i in range(start + 1, end) if doc[i].text == "<"]
            if opened:
                start = opened[-1] + 1
            if start < end:
                trimmed.append((start, end))
        spans = sorted(set(trimmed))
        # a name inside a longer one is that name's part ("Cable" of "Cable and Wireless Plc")
        spans = [(s, e) for s, e in spans if not any(
            s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans)]
        for start, end in spans:
            if self._is_ticker(doc, start, end):
                continue
            self._add_org(doc, start, end, table)
        self._claim_known_names(doc, table)

    @staticmethod
    def _name_head(tok: Token) -> Token:
        """The head noun of the name `tok` ends: "System" of "System of Preferences"."""
        while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.is_title and \
                tok.head.head.i < tok.i:
            tok = tok.head.head
        return tok

    def _firm_word_ends(self, doc: Doc, ent: Span) -> bool:
        """Whether a name the tagger took for a person's ends in a capitalised word that
        ends many firms' names ("Highland Gold", "Paws Incorporated"), with no title or
        honorific before it that makes it a person's."""
        words = [t for t in ent if not t.is_space]
        if len(words) < 2 or not words[-1].is_title or \
                words[-1].lower_ not in self.gz.firm_endings():
            return False
        prev = _word_at_or_before(doc, ent.start - 1)
        return not (prev >= 0 and (doc[prev].lower_.rstrip(".") in HONORIFICS or
                                   self.gz.title(doc[prev].text)))

    def _names_described_after(self, doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
        """Names the tagger missed that a describing noun in apposition marks as a firm's
        ("a stake in Leyland Bus, the British bus maker")."""
        runs = []
        for tok in doc:
            head = tok.head
            if tok.dep_ != "appos" or not tok.is_lower or head.i >= tok.i or \
                    tok.lemma_.lower() not in APPOSED_NOUNS or head.pos_ != "PROPN" or \
                    not head.is_title or head.i in covered or head.i < self.body_start_token:
                continue
            if head.ent_type_ and not (
                    head.ent_type_ == "PERSON" and tok.lemma_.lower() in DESCRIPTOR_NOUNS and
                    head.ent_iob_ == "B" and (head.i + 1 >= len(doc) or
                                              doc[head.i + 1].ent_iob_ != "I") and
                    any(c.dep_ in ("det", "poss") for c in tok.children) and
                    not any(c.dep_ == "det" for c in head.children)):
                # a one-word "person" a firm's noun describes is that firm ("Diageo, the
                # world's biggest spirits company,"): no person is one word and "a company"
                continue
            start = head.i
            while start - 1 >= self.body_start_token and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].is_title and doc[start - 1].i not in covered and \
                    not doc[start - 1].ent_type_:
                start -= 1
            if not any(self.gz.country(doc[i].text) for i in range(start, head.i + 1)):
                runs.append((start, head.i + 1))
        return runs

    def _listed_names(self, doc: Doc) -> list[tuple[int, int]]:
        """Firms the tagger missed that the wire marks itself: a capitalised name ending in a
        legal form right before an exchange-coded stock symbol ("Rothmans International plc
        <ROT.L>"). (Every name with a legal form also took firms the gold files leave out.)"""
        runs = []
        for tok in doc:
            if tok.i < self.body_start_token or tok.i + 3 >= len(doc) or \
                    tok.text.lower().replace(".", "") not in LEGAL_FORMS or \
                    "." not in doc[tok.i + 2].text or \
                    not self._is_ticker(doc, tok.i + 2, tok.i + 3):
                continue
            start = tok.i
            while start > self.body_start_token and tok.i - start < 6:
                prev = doc[start - 1]
                joins = prev.lower_ in ("and", "&", "of") and start - 2 >= \
                    self.body_start_token and doc[start - 2].is_title  # "Cable and Wireless"
                if not joins and (not (prev.is_title or prev.is_upper) or prev.is_space or
                                  prev.is_punct or prev.lower_ in ("the", "a", "an")):
                    break
                start -= 1
            while start < tok.i and (doc[start].is_space or doc[start].lower_ in ("and", "&")):
                start += 1
            if start < tok.i:
                runs.append((start, tok.i + 1))
        return runs

    def _known_firm_names(self, doc: Doc) -> list[tuple[int, int]]:
        """Names of firms the gazetteer knows, where the tagger found no organisation: two or
        more capitalised words ("Northern Telecom Ltd" on a wire's first line); a curated
        firm's whole name with its lower-case particles ("Kreditanstalt fuer Wiederaufbau",
        which the tagger cuts in two)."""
        runs = []
        i = 0
        while i < len(doc):
            if not doc[i].is_title:
                i += 1
                continue
            j = self._capitalised_run_end(doc, i)
            # the name may begin inside the run ("the U.K. Firm Cable and Wireless Plc")
            first, particles = next(((k, end) for k in range(i, j) if
                                     (end := self._particle_name_end(doc, k, j))), (i, 0))
            if particles:
                runs.append((first, particles))
                i = particles
                continue
            span = doc[i:j]
            if j - i >= 2 and not any(t.ent_type_ in ("PERSON", "GPE") for t in span) and \
                    len(firm_key(span.text).split()) >= 2 and self.gz.firm(span.text):
                runs.append((i, j))
            i = j + 1
        return runs

    def _known_firm_words(self, doc: Doc) -> list[tuple[int, int]]:
        """One capitalised word (with any legal form after it) that is a curated firm's whole
        name and that the tagger took for a person or place or missed ("Sonatrach",
        "Codelco")."""
        # the surnames of people the tagger found: "Dassault" after "Serge Dassault" is his
        surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
        runs = []
        for tok in doc:
            if tok.is_title and self._known_firm_word(doc, tok.i, surnames):
                runs.append((tok.i, self._capitalised_run_end(doc, tok.i)))
        return runs

    @staticmethod
    def _capitalised_run_end(doc: Doc, i: int) -> int:
        j = i
        while j < len(doc) and (doc[j].is_title or doc[j].text.lower().replace(
                ".", "") in LEGAL_FORMS) and not doc[j].is_space:
            j += 1
        return j

    def _particle_name_end(self, doc: Doc, i: int, j: int) -> int:
        """The end of a curated firm's name that goes on past lower-case particles from the
        capitalised run doc[i:j] ("Banque Nationale de Paris SA"), else 0."""
        end, best = j, 0
        while end + 1 < len(doc) and doc[end].lower_ in _FIRM_NAME_JOINERS and \
                doc[end + 1].is_title:
            end = self._capitalised_run_end(doc, end + 1)
            words = firm_key(doc[i:end].text).split()
            n = self.gz.curated_firm_words(doc[i:end].text)
            if n and n == len(words):
                best = end
            elif n and len(words) > n:
                # the name ends inside the run: cut it there, with its legal form
                k = i
                while k < end and len(firm_key(doc[i:k + 1].text).split()) <= n:
                    k += 1
                if len(firm_key(doc[i:k].text).split()) == n and \
                        any(t.lower_ in _FIRM_NAME_JOINERS for t in doc[i:k]):
                    best = k
        if best and best + 1 < len(doc) and doc[best].text == "," and \
                doc[best + 1].text.lower().replace(".", "") in LEGAL_FORMS:
            best += 2  # "Petroleos de Venezuela, S.A."
        return best

    def _known_firm_word(self, doc: Doc, i: int, surnames: set[str]) -> bool:
        """doc[i] (with any legal form after it) is the whole name of a curated firm, in a
        sentence that is no title-case headline, and no person's name."""
        tok = doc[i]
        if len(tok.text) < 4 or tok.ent_type_ in ("ORG", "FAC", "NORP", "PRODUCT") or \
                tok.lower_ in surnames or (tok.is_sent_start and tok.pos_ != "PROPN"):
            return False
        if self.gz.curated_firm_words(tok.text) != 1 or len(firm_key(tok.text).split()) != 1:
            return False
        words = [t for t in tok.sent if t.is_alpha]
        return not (len(words) >= 4 and sum(t.is_title for t in words) > 0.6 * len(words))

    def _firms_named_for_states(self, doc: Doc, table: ActorTable) -> list[tuple[int, int]]:
        """"Petroleos de Venezuela, S.A.", "Banco de Chile SA": a state's name after "de"
        or "of" in a capitalised name that ends in a legal form is a firm's name."""
        runs = []
        for i in sorted(table.token_country):
            if i < 2 or i + 1 >= len(doc) or doc[i - 1].lower_ not in (
                    "de", "del", "do", "da", "of", "du", "des"):
                continue
            k = i + 1 + (doc[i + 1].text == ",")
            if k >= len(doc) or doc[k].text.lower().replace(".", "") not in LEGAL_FORMS:
                continue
            start = i - 1
            while start > 0 and doc[start - 1].is_title and (
                    not doc[start - 1].is_sent_start or doc[start - 1].pos_ == "PROPN"):
                start -= 1  # ("The" opening the sentence is no part of the name)
                if doc[start].is_sent_start:
                    break
            if start < i - 1:
                runs.append((start, k + 1))
        return runs

    def _coordinated_name(self, doc: Doc, run: tuple[int, int],
                          table: ActorTable) -> tuple[int, int] | None:
        """"the Soviet central bank Rubelbank and Vneshkredbank": a one-word name coordinated
        right after a described name is a second body of the same description (not a person
        the tagger guessed, nor a country or a longer name)."""
        k = _word_at_or_after(doc, run[1])
        if k + 1 >= len(doc) or doc[k].lower_ != "and":
            return None
        j = _word_at_or_after(doc, k + 1)
        if j >= len(doc):
            return None
        t = doc[j]
        after = doc[j + 1] if j + 1 < len(doc) else None
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i in table.token_actor or \
                t.i in table.token_country or t.ent_type_ not in ("", "ORG", "PERSON") or \
                self.gz.title(t.text) or (after is not None and after.pos_ == "PROPN"):
            return None
        if t.dep_ != "conj" or t.head.i not in range(*run):
            return None
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and after is not None and \
                after.ent_type_ == "PERSON" and after.ent_iob_ == "I":
            return None
        return j, j + 1

    @staticmethod
    def _described_as_body(doc: Doc, ent: Span) -> bool:
        """Whether the words around a name the tagger takes for a person's say it is a
        body's: a common noun of firms set before it ("its affiliate Eon Labs"), a firm
        noun calling it ("a venture called X"), or an officer or staff it owns that no
        person has ("X's head of policy", "X's chief executive", "X's shareholders"). A noun
        set beside the name ("the unit, X") is left out: it cost more than it gave."""
        root = ent.root
        prev = doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and prev.is_lower and prev.pos_ == "NOUN" and \
                prev.lemma_.lower() in _BODY_NOUNS and (ent.start <= prev.head.i < ent.end or
                                                        root.head.i == prev.i):
            return True
        head = root.head
        if head.lemma_ in ("call", "name") and root.dep_ in ("oprd", "xcomp", "attr") and \
                head.dep_ == "acl" and head.head.lemma_.lower() in _BODY_NOUNS:
            return True
        if root.dep_ == "poss" and head.is_lower:
            if head.lower_ == "head" and any(c.dep_ == "prep" and c.lower_ == "of"
                                             for c in head.children):
                return True
            return head.lower_ in _BODY_PEOPLE
        return False

    @staticmethod
    def _coordinated_with_body(doc: Doc, ent: Span) -> bool:
        """A name coordinated with "it" ("it and Banco Rurale"): a body, not a person."""
        root = ent.root
        if root.dep_ != "conj" or any(t.ent_type_ and t.ent_type_ != "PERSON" for t in ent):
            return False
        head = root.head
        return head.lower_ == "it" and head.i < ent.start

    def _name_after(self, doc: Doc, i: int, table: ActorTable) -> tuple[int, int] | None:
        """The capitalised name right after a describing noun ("bank Gosbank"), if any; a line
        break may fall between the noun and the name ("state oil company\nPertamina")."""
        i = _word_at_or_after(doc, i)
        end = last = i
        while end < len(doc):
            t = doc[end]
            if t.is_space and end > i:
                end += 1  # a line break inside the name
                continue
            held = table.token_actor.get(end)
            if not (t.text[:1].isupper() and (t.pos_ == "PROPN" or (
                    end > i and t.pos_ == "NOUN")) and
                    (held is None or held.startswith("country:")) and not t.is_sent_start and
                    not self.gz.title(t.text)):
                break
            end += 1
            if end - 1 not in table.token_country:
                last = end  # a name may hold a country ("Kenya Airways"), not end with one
        if last == i or last - i > 6:
            return None
        return i, last

    @staticmethod
    def _is_ticker(doc: Doc, start: int, end: int) -> bool:
        """"Mobil Corp <MOB>", "<CAWL.L>": a stock symbol after a name, in angle brackets."""
        text = doc[start:end].text
        if start == 0 or end >= len(doc) or doc[start - 1].text != "<" or doc[end].text != ">":
            return False
        if not re.fullmatch(r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?", text):
            return False
        k = _word_at_or_before(doc, start - 2)
        return k >= 0 and (doc[k].is_title or doc[k].is_upper) and not doc[k].is_punct

    def _claim_known_names(self, doc: Doc, table: ActorTable) -> None:
        """Every occurrence of a known organisation's name of two or more words is that
        organisation, even where the tagger split it ("Cable and Wireless" as "Cable" and
        "Wireless"); organisations left with no words are dropped."""
        surfaces: dict[tuple[str, ...], str] = {}
        for key, d in table.drafts.items():
            if d.kind != "organization" or d.generic:
                continue
            for name in [d.name, *d.aliases]:
                words = tuple(normalize(name).split())
                if len(words) >= 2:
                    # one name for two organisations ("Ministry of Health" of each side)
                    surfaces[words] = key if surfaces.get(words, key) == key else ""
        if not surfaces:
            return
        toks = [(t.i, normalize(t.text)) for t in doc if not t.is_space]
        longest = max(len(w) for w in surfaces)
        n = 0
        while n < len(toks):
            for size in range(min(longest, len(toks) - n), 1, -1):
                words = tuple(w for _, w in toks[n:n + size])
                key = surfaces.get(words)
                if not key:
                    continue
                span = range(toks[n][0], toks[n + size - 1][0] + 1)
                owners = {table.token_actor.get(i, "") for i in span} - {"", key}
                # only words that no actor holds, or that a shorter organisation holds
                if any(not o.startswith("org:") or o not in table.drafts or
                       len(table.drafts[o].name.split()) >= size for o in owners):
                    continue
                for i in span:
                    table.token_actor[i] = key
                n += size - 1
                break
            n += 1
        claimed = set(table.token_actor.values())
        for key in [k for k, d in table.drafts.items() if d.kind == "organization"
                    and k not in claimed and not k.startswith("group:")]:
            if not any(key in members for members in table.groups.values()):
                del table.drafts[key]

    def _inside_title(self, doc: Doc, start: int, end: int) -> bool:
        for left in range(0, 4):
            for right in range(0, 4):
                if left == right == 0 or start - left < 0 or end + right > len(doc):
                    continue
                # a title the wire wrapped over a line: "Deputy Prime\nMinister"
                if self.gz.title(" ".join(doc[start - left:end + right].text.split())):
                    return True
        if end - start > 1 and (self.gz.demonym(doc[start].text) or
                                self.gz.country(doc[start].text)):
            # "British Trade and Industry" + "Secretary": a portfolio after a demonym
            for right in range(1, 3):
                if end + right <= len(doc) and self.gz.title(
                        " ".join(doc[start + 1:end + right].text.split())):
                    return True
        # "Undersecretary of State for Economic Affairs": a title whose portfolio follows
        # it after "for"
        for left in range(1, 4):
            for k in range(1, min(3, end - start)):
                if start - left >= 0 and doc[start + k].lower_ == "for" and \
                        self.gz.title(doc[start - left:start + k].text):
                    return True
        return False

    def _org_is_person(self, doc: Doc, ent: Span, table: ActorTable) -> bool:
        """"Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal": a
        name the tagger took for an organisation, followed by "of <country>"."""
        start, end = ent.start, ent.end
        # "Macky Sall of Senegal" as one name: the person ends before "of <country>"
        of = next((t.i for t in ent if t.lower_ == "of" and t.i > ent.start and
                   table.token_actor.get(t.i + 1, "").startswith("country:") and
                   t.i + 1 < ent.end), None)
        if of is not None:
            end = of
        while end > start and doc[end - 1].pos_ == "ADP":
            end -= 1  # "Patrice Talon of" + "Benin": the tagger took the preposition along
        while start < end - 2 and self._is_title_tail(doc[start].lower_):
            start += 1  # "Presidents Nana Akufo": the office the tagger took along
        if doc[start].lower_ == "the":
            return False  # "the National Press Club of Japan": a body, no person
        words = [t for t in doc[start:end] if t.text not in ("the", "The") and
                 not _inner_hyphen(doc, t.i)]  # "Roed-Larsen"
        if any(t.lower_ in INSTITUTION_SECTOR for t in words) or not words:
            return False
        if not all(t.pos_ == "PROPN" and t.is_title for t in words) or \
                len(words) < 2 or self._place_name(words):
            return False
        if end + 1 < len(doc) and doc[end].lower_ == "of" and \
                table.token_actor.get(end + 1, "").startswith("country:"):
            self._extra_people.append(doc[start:end])
            return True
        while end > start and doc[end - 1].text in ("'s", "’s"):
            end -= 1
        name = doc[start:end].text
        if any(f["title"] for f in self.gz.officials(name, None)) and \
                not self.gz.firm(name) and not self.gz.international(name):
            # "Prime Minister-designate Noboru Takeshita": a full name the table of office
            # holders knows is a person's, whatever the tagger made of it
            self._extra_people.append(doc[start:end])
            return True
        return False

    def _titled_person(self, doc: Doc, ent: Span) -> bool:
        """"Mr Clarke", "spokesman Glyn Davies", "Abele Kuypers, secretary of ...": a name
        the tagger took for an organisation after an honorific or a title, or before a
        title in apposition, is a person (kept for the people's pass, where a surname
        joins the full name named before it)."""
        start, end = ent.start, ent.end
        held = self._portfolio_holder(doc, start)
        if held is not None and held[1] <= end + 1:
            # "Secretary of Agriculture Richard Lyng": the portfolio and the name as one body
            self._extra_people.append(doc[held[0]:held[1]])
            return True
        while end > start + 1 and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1  # "Mr Baume's union"
        # "Mr Clarke", or "Tanzania Mr Brown" where a sentence ran on without a comma
        hon = next((t.i for t in ent if t.lower_ in HONORIFICS and t.i + 1 < end), None)
        ranks = start
        while ranks + 1 < end and doc[ranks].lower_.rstrip(".") in RANK_ABBREVIATIONS:
            ranks += 1  # "Gen Pervez Musharraf", "Lt Gen Pasha": a rank opens the name
        if hon is None and ranks > start:
            hon = ranks - 1
        honorific = hon is not None
        if honorific:
            start = hon + 1
        words = [t for t in doc[start:end] if not _inner_hyphen(doc, t.i)]  # "Roed-Larsen"
        if not words or len(words) > 3 or any(
                t.lower_ in INSTITUTION_SECTOR or t.text.lower().replace(".", "") in LEGAL_FORMS
                or not (t.is_title or re.fullmatch(r"(?:[A-Z]\.)+", t.text)) or
                t.pos_ != "PROPN" or self.gz.country(t.text) or self.gz.demonym(t.text) or
                self.gz.title(t.text) for t in words):
            return False
        if self.gz.firm(doc[start:end].text) or self.gz.international(doc[start:end].text):
            return False
        before = start - 1
        honorific = honorific or (before >= 0 and doc[before].lower_ in HONORIFICS)
        titled = before >= 0 and (doc[before].is_lower or doc[before].is_title) and \
            self._is_title_tail(doc[before].lower_)  # "spokesman X", "Chairman X"
        after = end + 1 < len(doc) and doc[end].text == "," and self._title_follows(doc, end + 1)
        # "Azmat Begg" after "Moazzam Begg": the surname of a person the tagger found
        # (not "Highland Gold" after "Barrick Gold": a word ending many firms' names)
        kin = len(words) == 2 and words[-1].lower_ not in self.gz.firm_endings() and any(
            e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == words[-1].text and
            e.start != start for e in doc.ents)
        if not honorific and not ((titled or after or kin) and len(words) >= 2 and
                                  not self._place_name(words)):
            return False
        self._extra_people.append(doc[start:end])
        return True

    def _portfolio_holder(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """The name after the portfolio that opens at doc[i], where an office "for" or "of"
        it stands before ("assistant director for Africa Paul Acquah", "Secretary of
        Agriculture Richard Lyng", "Minister for Foreign Trade Renato Ruggiero"): the
        portfolio's words are those of offices, states and regions; the two or three
        capitalised words after them, ending the phrase, are the holder's name."""
        if i < 2 or i >= len(doc) or doc[i - 1].lower_ not in ("for", "of") or \
                not doc[i].is_title or not any(self._is_title_phrase(doc[k:i - 1].text)
                        for k in range(max(0, i - 5), i - 1)):
            return None
        j = i
        while j < len(doc) and doc[j].is_title and doc[j].is_alpha and (
                self.gz.office_word(doc[j].text) or doc[j].lower_ in REGION_WORDS or
                self.gz.country(doc[j].text)) or (
                j > i and doc[j].lower_ == "and" and j + 1 < len(doc) and
                doc[j + 1].is_title and self.gz.office_word(doc[j + 1].text)):
            j += 1
        n = j
        while n < len(doc) and n - j < 4 and (
                doc[n].is_title and doc[n].is_alpha and not self.gz.office_word(doc[n].text)
                and not self.gz.country(doc[n].text) and not self.gz.demonym(doc[n].text)
                and not self.gz.title(doc[n].text) and doc[n].lower_ not in REGION_WORDS or
                n > j and doc[n].lower_ in SURNAME_PARTICLES):
            n += 1
        if j == i or n - j < 2 or doc[n - 1].pos_ != "PROPN" or \
                doc[n - 1].lower_ in SURNAME_PARTICLES or \
                n < len(doc) and (doc[n].is_title or doc[n].text in ("'s", "’s")):
            return None
        return j, n

    def _title_follows(self, doc: Doc, j: int) -> bool:
        """Whether a title opens the words at `j` (", secretary of the dairy section")."""
        if j < len(doc) and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        return any(self._is_title_phrase(doc[j:k].text) and not doc[k - 1].is_punct
                   for k in range(min(len(doc), j + 4), j, -1))

    @staticmethod
    def _names_a_firm(span: Span, table: ActorTable) -> bool:
        """Whether `span` (less a possessive) is the name of a firm already registered."""
        words = [t for t in span if t.text not in ("'s", "’s")]
        if not words:
            return False
        text = normalize(" ".join(t.text for t in words))
        return any(d.kind == "organization" and d.sector == "BUS" and not d.generic and
                   text in {normalize(n) for n in [d.name, *d.aliases]} |
                   {normalize(d.name.split()[0])} for d in table.drafts.values())

    @staticmethod
    def _place_name(words) -> bool:
        from accords.resolve.places import geocode

        return geocode(" ".join(t.text for t in words)) is not None

    def _expand_org(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Grow an ORG leftwards over capitalised words the tagger dropped ("JS Global ...")."""
        while start > 0:
            prev = doc[start - 1]
            if prev.is_space and start > 1 and not doc[start - 2].is_space:
                prev = doc[start - 2]  # a line break inside a name: "Cable and\nWireless"
                if prev.lower_ == "and" and start > 2 and doc[start - 3].is_title and \
                        not doc[start - 3].ent_type_ and not self.gz.country(doc[start - 3].text):
                    start -= 3
                    continue
                break
            if prev.is_sent_start or prev.i < self.body_start_token:
                break
            if prev.ent_type_:
                break
            if (prev.is_title or prev.is_upper) and prev.pos_ in ("PROPN", "NOUN", "ADJ") and \
                    not self.gz.country(prev.text) and not self.gz.demonym(prev.text) and \
                    not self.gz.title(prev.text):
                start -= 1
                continue
            if prev.ent_type_:
                break  # the word belongs to another name
            if prev.lower_ == "and" and start > 1 and doc[start - 2].is_title and \
                    not doc[start - 2].ent_type_ and not self.gz.country(doc[start - 2].text) \
                    and not self._other_conjunct(doc, start - 2):
                start -= 2
                continue
            break
        return start, end

    @staticmethod
    def _other_conjunct(doc: Doc, k: int) -> bool:
        """The capitalised word before "and" is a conjunct of its own, not the start of a
        name like "Cable and Wireless": a place ("Crete and Cyprus") or a noun after a
        possessive ("our Company and Aeroflot")."""
        from accords.resolve.places import geocode

        if k > 0 and doc[k - 1].tag_ in ("PRP$", "POS"):
            return True
        if ActorResolver._coordinated_bodies(doc, k):
            return True
        return geocode(doc[k].text) is not None

    @staticmethod
    def _coordinated_bodies(doc: Doc, k: int) -> bool:
        """The word at `k`, "and", and the word after are two bodies coordinated: each is
        named on its own elsewhere ("Rosneft and VEB" after "Rosneft" and "VEB"), or the
        pair stands beside a plural ("its units Opel and Saab")."""
        if k + 2 >= len(doc) or doc[k + 1].lower_ not in ("and", "&"):
            return False
        if ActorResolver._named_alone(doc, k, k + 2):
            return True
        return doc[k].dep_ == "appos" and doc[k].head.tag_ in ("NNS", "NNPS") and \
            doc[k + 2].dep_ == "conj" and doc[k + 2].head.i == k

    @staticmethod
    def _named_alone(doc: Doc, k: int, j: int) -> bool:
        """Whether the words at `k` and `j` ("Rosneft" and "VEB" of "Rosneft and VEB") each
        appear elsewhere in the story on their own, so that the pair is two names
        coordinated, not one name ("Cable and Wireless" is never "Cable" alone)."""
        first, second = doc[k].text, doc[j].text
        words = [t.text for t in doc if not t.is_space]  # "Cable and\nWireless" wraps

        def pair_at(i: int) -> bool:
            return 0 <= i and i + 2 < len(words) and words[i] == first and \
                words[i + 1].lower() in ("and", "&") and words[i + 2] == second

        alone_first = any(w == first and not pair_at(i) for i, w in enumerate(words))
        alone_second = any(w == second and not pair_at(i - 2) for i, w in enumerate(words))
        return alone_first and alone_second

    def _state_executive(self, doc: Doc, start: int, end: int, table: ActorTable) -> bool:
        """"The Italian government", "the government of Italy", "the Russian and Turkish
        governments": the state itself. A government with no country ("the Fraser Government",
        "the new Labor government") names no one this record can place, so it is dropped.
        True when the span was handled."""
        while end - start > 1 and doc[end - 1].text in ("'s", "’s"):
            end -= 1  # "the U.S. Government's expression": the tagger took the possessive
        span = doc[start:end]
        root = span.root
        # (commas, "and", articles and line breaks do not count: "the\nFrench, British and
        # West German governments")
        words = [t for t in span if not (t.is_space or t.is_punct or t.dep_ == "cc" or
                                         t.pos_ == "DET")]
        if root.lower_ not in STATE_HEADS or root.i != end - 1 or len(words) > 6:
            return False
        if any(t.dep_ == "prep" for t in span):
            return False
        named = [t for t in span if t.i < root.i and t.is_title and t.ent_type_ != "PERSON"
                 and t.i not in table.token_country and t.pos_ != "DET"]
        if root.is_title and len(named) >= 2:
            return False  # "the Peking Telecommunications Administration": an agency's name
        isos: list[str] = []
        for t in span:
            iso = table.token_country.get(t.i)
            key = table.token_actor.get(t.i)
            if iso and iso not in isos and (key is None or key.startswith("country:")):
                isos.append(iso)
        if not isos:
            if start >= 2 and doc[start - 1].text in ("'s", "’s"):
                iso = table.token_country.get(start - 2)
                if iso:
                    isos.append(iso)
            elif end + 1 < len(doc) and doc[end].lower_ == "of":
                iso = table.token_country.get(end + 1)
                if iso:
                    isos.append(iso)
        if any(table.token_actor.get(t.i, "").startswith(("person:", "org:", "igo:"))
               for t in span):
            return not isos
        keys = [table.ensure_country(iso, self.gz).key for iso in isos]
        for key in keys:
            table.drafts[key].mentions.append((span.start_char, span.end_char))
            table.drafts[key].aliases.add(re.sub(r"^(?:the|its|their)\s+", "", span.text,
                                                 flags=re.I))
        if len(keys) == 1:
            for i in range(start, end):
                table.token_actor[i] = keys[0]
        elif keys:
            group = "group:government:" + "+".join(isos)
            table.groups[group] = keys
            for t in span:
                iso = table.token_country.get(t.i)
                table.token_actor[t.i] = table.country_key(iso) if iso else group
        return True

    def _add_org(self, doc: Doc, start: int, end: int, table: ActorTable) -> None:
        if start < self.body_start_token:
            return  # headlines are in capitals, where the tagger's organisations are noise
        if self._state_executive(doc, start, end, table):
            return
        if _names_vessel(doc, start, end) or (end - start == 1 and
                                              doc[start].lower_ in VESSEL_NOUNS):
            return  # "the tanker Sea Isle City", a bare "tanker"
        if self._bracketed_alias(doc, start, end, table):
            return
        if self._counted_description(doc, start, end, table):
            return
        # (the wire's line breaks are no part of a name: "American" + "Motors Corp")
        toks = [t for t in doc[start:end] if not t.is_space]
        dash = next((k for k, t in enumerate(toks) if t.text == "-" and t.whitespace_ and
                     k > 0 and all(x.is_upper or x.is_punct for x in toks[:k])), None)
        if dash is not None:
            toks = toks[dash + 1:]  # "BEIRUT - Syria": a paragraph's dateline, then its words
            if len(toks) == 1 and not toks[0].is_upper and not self.gz.firm(toks[0].text):
                return  # "ROME - Partners in ...": a capital that opens a paragraph
        if len(toks) == 1 and toks[0].is_upper and self.gz.capital(toks[0].text):
            return  # "CAIRO": a dateline
        country = None
        if len(toks) == 2 and toks[0].lower_ in ("our", "my", "your") and \
                toks[1].lower_ in INSTITUTION_SECTOR:
            return  # "our Company": the speaker's own firm, a reference, not a name
        # leading determiners, possessive countries and demonyms give the country
        while toks and (toks[0].lower_ in ("the", "a", "an", "its", "their", "his", "her",
                                           "respective", "both") or toks[0].tag_ == "POS"
                        or toks[0].text in ("'s", "’s") or
                        toks[0].lower_ in LEADING_QUANTIFIERS):
            toks = toks[1:]
        respective = any(t.lower_ == "respective" for t in doc[start:end]) or (
            start > 0 and doc[start - 1].lower_ == "respective")
        while toks:
            t = toks[0]
            key = table.token_actor.get(t.i)
            iso = table.token_country.get(t.i)
            nxt = toks[1] if len(toks) > 1 else None
            possessive = nxt is not None and nxt.text in ("'s", "’s")
            if iso and key and not possessive and nxt is not None and \
                    nxt.lower_ in DESCRIPTOR_NOUNS and len(toks) > 2:
                country = iso  # "U.S. Firm Amoco Corp": a country and a describing noun
                toks = toks[2:]
                continue
            if iso and (possessive or (key is None)):
                # "Pakistan's Ministry", "Belarusian interior ministry"
                country = iso
                proper_rest = [x for x in toks[1:] if x.is_title or x.is_upper]
                if not possessive and t.is_title and len(proper_rest) >= 1 and \
                        toks[1].is_title and toks[-1].lower_ not in ("ministry", "embassy",
                                                                     "government"):
                    break  # the demonym is part of the name: "British Airways"
                toks = toks[2:] if possessive else toks[1:]
                continue
            break
        # "U.S. Firm Amoco Corp": a describing noun between the country and the name
        if country is not None and len(toks) > 1 and toks[0].lower_ in DESCRIPTOR_NOUNS and \
                (toks[1].is_title or toks[1].is_upper):
            toks = toks[1:]
        if not toks:
            return
        # a preceding possessive country outside the chunk ("Pakistan's" + ORG)
        first = toks[0].i
        if country is None and first >= 2 and doc[first - 1].text in ("'s", "’s"):
            country = table.token_country.get(first - 2)
        if country is None and first >= 1 and doc[first - 1].i in table.token_country and \
                doc[first - 1].i not in table.token_actor:
            country = table.token_country[doc[first - 1].i]
        name_span = doc[toks[0].i:toks[-1].i + 1]
        # drop a trailing possessive, conjunction, punctuation or function word ("the
        # Institute of up to": the tagger ran on into the next phrase)
        while len(name_span) > 1 and (name_span[-1].text in ("'s", "’s") or
                                      name_span[-1].dep_ == "cc" or name_span[-1].is_punct or
                                      name_span[-1].is_space or
                                      (name_span[-1].is_lower and name_span[-1].pos_ in
                                       ("ADP", "DET", "ADV", "PART"))):
            name_span = name_span[:-1]
        name = " ".join(name_span.text.split())
        if not name or len(name) < 2:
            return
        if len(name_span) >= 2 and name_span[0].is_sent_start and \
                name_span[-1].lower_ in DESCRIPTOR_NOUNS and \
                all(t.is_lower or t.is_punct or t.is_space for t in name_span[1:]):
            return  # "Luxury goods group LVMH": a description capitalised by the sentence
        if len(name_span) >= 2 and name_span[-1].lower_ in FIRM_ORGANS and \
                name_span[-1].is_lower and country is None and \
                self._names_a_firm(name_span[:-1], table):
            return  # "the Purolator board", "Purolator's board": an organ of the firm
        if len(name_span) == 1 and name_span[0].is_title and country is None:
            # "the Community" after "the European Community", "the Fund" after "the
            # International Monetary Fund": the one body named before whose last word it is
            bodies = [d for d in table.drafts.values() if d.kind == "international" and
                      d.name.split()[-1] == name and len(d.name.split()) > 1]
            if len(bodies) == 1 and bodies[0].mentions and \
                    min(st for st, _ in bodies[0].mentions) < name_span.start_char:
                bodies[0].mentions.append((name_span.start_char, name_span.end_char))
                table.token_actor[name_span.start] = bodies[0].key
                return
        prev = _word_at_or_before(doc, name_span.start - 1)
        if len(name_span) == 1 and prev >= 0 and prev < name_span.start - 1 and \
                self.gz.international(f"{doc[prev].text} {name}"):
            return  # "European" + "\nCommunity": the tail of a body's name a line break cut
        nxt = _word_at_or_after(doc, name_span.end)
        if len(name_span) == 1 and name_span[0].lower_ in INSTITUTION_SECTOR and \
                name_span[0].is_title and country is None and nxt < len(doc) and \
                doc[nxt].lower_ in ("of", "for"):
            # "the Organization" + "for\nEconomic Co-operation ...", "the Group" + "of\nSeven":
            # the head of a longer name a line break cut, not a body of its own
            return
        if len(name_span) == 2 and name_span[0].i in table.token_country and \
                name_span[0].text.endswith(".") and (
                    name_span[1].tag_ in ("NNS", "NNPS") or
                    name_span[1].pos_ in ("VERB", "AUX") or
                    re.search(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|[eo]rs)$",
                              name_span[1].lower_)) and \
                name_span[1].lower_ not in INSTITUTION_SECTOR:
            # "U.S. Firms", "the U.S. Determines", "the U.S. Position", "U.S. Competitors":
            # the wire capitalises the word after an abbreviation's full stop; a plural, a
            # verb or an abstract noun there is no name
            return
        after = name_span.end
        while after < len(doc) and doc[after].is_space:
            after += 1
        if len(name_span) >= 2 and name_span[0].i in table.token_country and \
                after + 1 < len(doc) and doc[after].lower_ in DESCRIPTOR_NOUNS and \
                doc[after].is_lower and doc[after + 1].text[:1].isupper() and \
                doc[after + 1].pos_ == "PROPN":
            # "U.S. Aerospace group McDonnell Douglas", "Japanese Steel firm Nippon Kokan": a
            # country and an industry describing the name that follows, not a name
            return
        if any(i in table.token_actor for i in range(name_span.start, name_span.end)) and \
                not any(table.token_actor.get(i, "").startswith("country:")
                        for i in range(name_span.start, name_span.end)):
            return
        if all(table.token_actor.get(i, "").startswith("country:")
               for i in range(name_span.start, name_span.end)):
            return  # "the Kremlin" acting: the state, taken already
        # a bare country or title is no organisation
        if self.gz.country(name) or self.gz.demonym(name) or self.gz.title(name):
            return
        if self.gz.international(name):
            return
        lowered = name.lower()
        if lowered in NOT_ORGANISATIONS or normalize(name) in NEWS_AGENCIES or (
                name_span.root.lower_ in INSTRUMENT_WORDS) or lowered in ("attendees",):
            return
        if any(t.text in getattr(self, "_non_actor_acronyms", ()) for t in name_span):
            return
        if re.fullmatch(r"[A-Z]{2,5}\.[A-Z]{1,2}", name):
            return  # a stock ticker: "JAPN.T"
        if len(name_span) == 1 and name_span[0].is_sent_start and \
                name.lower() in getattr(self, "_lower_words", ()) and \
                name.lower() not in INSTITUTION_SECTOR:
            return  # "Telecoms is one of two areas" after "telecoms firms": a common noun
        if _placed(doc, name_span.start, name_span.end, self.gz):
            return  # "the roads between Fort Portal and Bundibugyo": towns, no body
        if self._after_media_noun(doc, name_span.start):
            return  # "the national news agency Bernama", "Greek daily Kathimerini": reporters
        name_words = [w.lower() for w in re.findall(r"[\w']+", name)]
        if name_words and (name_words[-1] in MEDIA_WORDS or
                           {"news", "radio", "television", "broadcasting"} & set(name_words)):
            return  # newspapers and broadcasters report the story
        if name_span.root.lower_ in NOT_ACTOR_HEADS and not (
                name_span.root.i + 1 < len(doc) and doc[name_span.root.i + 1].lower_ == "of"
                and name_span.root.lower_ == "house") and not self.gz.institution(name):
            return  # "the Tomb of the Unknown Warrior", "a Project of Common Interest"
        if any(normalize(name) == normalize(w) for d in table.drafts.values()
               if d.kind == "person" for w in [d.name, *d.name.split()]):
            return  # a person's name the tagger also took for an organisation
        # countries named inside the organisation ("Pakistan Post", "National Iranian Oil")
        if country is None:
            for t in name_span:
                if t.i in table.token_country:
                    country = table.token_country[t.i]
                    break
        if country is None:
            country = self._org_country_from_context(doc, name_span, table)
        if country is None and len(name_span) > 1 and name_span[0].is_title:
            # "Peking Foreign Trade Corp", "Tokyo Electric Power": a capital opening the name
            country = era_code(self.gz.capital(name_span[0].text), self.published)
        head = next((t.lower_ for t in name_span if t.lower_ in INSTITUTION_SECTOR),
                    name_span[-1].lower_.strip("."))
        sector = INSTITUTION_SECTOR.get(head)
        if sector in REPORTER_SECTORS:
            return  # "state television", "a Greek newspaper": reporters
        def capital(t) -> bool:  # "ExxonMobil" too, not "U.S.-led"
            return t.is_title or t.is_upper or bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", t.text))

        is_proper = any(capital(t) for t in name_span)
        # "a US company", "two Indian airlines": a country's name does not make a
        # description of a firm a name
        described = not any(capital(t) and t.i not in table.token_country for t in name_span)
        if described and sector == "BUS" and not respective:
            return
        if not is_proper and country is None and not respective:
            return  # "the ministry": nothing to tell which one
        if not is_proper and head not in INSTITUTION_SECTOR:
            return
        generic = not is_proper
        if generic and (sector or "BUS") == "BUS" and not respective:
            return  # "a British firm", "two Indian airlines": a description, not a name
        if country is None and head in GOVERNMENT_HEADS and self.dateline_country:
            country = self.dateline_country  # "the Finance Ministry said" in a BONN story
        if generic and len(name.split()) == 1 and country:
            # "the Pakistani embassy": a one-word organ is named with its country
            name = f"{self.gz.demonym_of(country) or self.gz.country_name(country)} {name}"
        plural = name_span.root.tag_ in ("NNS", "NNPS") and generic
        if plural:
            lemma_words = [t.text for t in name_span[:-1]] + [name_span.root.lemma_]
            name = " ".join(lemma_words)
        if plural and not respective:
            lead = {t.lower_ for t in doc[max(0, start - 1):name_span.start]}
            if country is not None:
                plural = False  # "the Mauritanian authorities": one state's organs
                name = " ".join(t.text for t in name_span)
                if len(name_span) == 1:  # "Iranian forces", not "forces"
                    name = f"{self.gz.demonym_of(country) or self.gz.country_name(country)} " \
                           f"{name}"
            elif not lead & {"their", "both", "two"}:
                return  # "the armed forces stationed there": no side named
        if respective or plural:
            # "their respective interior ministries": one organ on each side
            members = []
            for iso in table.dyad or []:
                members.append(self._register_org(table, name, iso, sector or "GOV", name_span,
                                                  True, claim_tokens=False))
            group = f"group:{normalize(name)}"
            table.groups[group] = members
            for i in range(name_span.start, name_span.end):
                table.token_actor[i] = group
            return
        self._register_org(table, name, country, sector or ("BUS" if not generic else "GOV"),
                           name_span, generic)

    def _counted_description(self, doc: Doc, start: int, end: int, table: ActorTable) -> bool:
        """"three U.S. Firms", "two Japanese banks": a counted plural of a describing noun
        is a description of firms named elsewhere, never a name, even when a wire writes it
        in capitals. True when the span was such a description (it makes no actor); its count
        and country are kept to place the firms it describes."""
        head = doc[start:end].root
        if head.tag_ not in ("NNS", "NNPS") or head.i != end - 1:
            return False
        lower = head.lower_
        # "firms" -> firm, "companies" -> company
        lemmas = {head.lemma_.lower(), lower[:-1] if lower.endswith("s") else lower,
                  lower[:-3] + "y" if lower.endswith("ies") else lower}
        if not any(lemma in DESCRIPTOR_NOUNS or INSTITUTION_SECTOR.get(lemma) == "BUS"
                   for lemma in lemmas):
            return False
        count = next((_NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                      for c in head.children if c.dep_ == "nummod"), 0)
        if not count:
            return False
        isos = {table.token_country[i] for i in range(start, end) if i in table.token_country}
        if len(isos) == 1 and not any(e == end for _, e, _, _ in self._descriptions):
            self._descriptions.append((start, end, count, isos.pop()))
        return True

    def _introduced_firm(self, doc: Doc, head, table: ActorTable) -> None:
        """"Venezuela will seize land owned by a British company": a firm introduced by its
        country before its name, which the rest of the sentence or the next names (kept like
        a counted description of one; see _described_firms)."""
        if head.lemma_.lower() not in DESCRIPTOR_NOUNS or head.i < self.body_start_token or \
                not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return
        if any(c.dep_ in ("appos", "compound") or c.pos_ == "PROPN" for c in head.children
               if c.i > head.i) or (head.i + 1 < len(doc) and doc[head.i + 1].is_title):
            return  # "a British company, Vestey": named on the spot
        if head.dep_ == "appos" and (head.head.i in table.token_actor or head.head.pos_ == "PROPN"):
            return  # "Rockwell, an American engineering group, ...": describes that name
        isos = {table.token_country[c.i] for c in head.children
                if c.i < head.i and c.i in table.token_country}
        if len(isos) == 1:
            self._descriptions.append((head.left_edge.i, head.i + 1, 1, isos.pop()))

    def _parts_of_firms(self, doc: Doc, table: ActorTable) -> None:
        """A firm described as a part of another ("Infonet, an international network
        service of Computer Sciences Corp") takes the other's country, once the firm
        dictionary has given it one."""
        for d in table.drafts.values():
            if d.kind == "organization" and d.country is None and not d.generic:
                for s, e in d.mentions:
                    span = doc.char_span(s, e, alignment_mode="expand")
                    iso = self._described_in_apposition(span, table) if span else None
                    if iso:
                        d.country = iso
                        break

    def _parts_of_bodies(self, doc: Doc, table: ActorTable) -> None:
        """A body named after a state's body without its state ("Senate Finance Committee"
        after "the U.S. Senate", "Foreign Ministry spokesman" after "the Soviet Foreign
        Ministry") is a part of it and takes its country."""
        cores: dict[str, str] = {}
        for d in table.drafts.values():
            if d.kind != "organization" or d.country is None or d.generic:
                continue
            for s, e in d.mentions:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None or span.start not in table.token_country:
                    continue
                rest = [t for t in span if t.i not in table.token_country]
                if rest and rest[0].is_title and all(t.is_title for t in rest):
                    cores.setdefault(" ".join(t.text for t in rest), d.country)
        if not cores:
            return
        for d in table.drafts.values():
            if d.kind != "organization" or d.country is not None or d.generic:
                continue
            d.country = next((iso for core, iso in cores.items()
                              if d.name.startswith(core + " ")), None)

    def _community_executive(self, table: ActorTable) -> None:
        """"The Commission", "the EC Commission", "the executive Commission" in a story that
        names the European Community or Union is the Community's executive, the European
        Commission: an intergovernmental body, not an organisation of no state (so the acts
        aimed at it, "opposed a tax proposed by the Commission", have a side)."""
        if not any(d.kind == "international" and d.name in EUROPEAN_BODIES
                   for d in table.drafts.values()):
            return
        info = self.gz.international("European Commission")
        if not info:
            return
        key = f"igo:{normalize(info['name'])}"
        for k, d in list(table.drafts.items()):
            if d.kind != "organization" or d.country is not None or \
                    normalize(d.name) not in EXECUTIVE_NAMES:
                continue
            body = table.drafts.get(key)
            if body is None:
                d.kind, d.sector, d.generic = "international", "IGO", False
                d.aliases.add(d.name)
                d.name = info["name"]
                continue
            body.aliases.add(d.name)
            body.mentions.extend(m for m in d.mentions if m not in body.mentions)
            for i, owner in list(table.token_actor.items()):
                if owner == k:
                    table.token_actor[i] = key
            del table.drafts[k]

    def _parts_of_institutions(self, table: ActorTable) -> None:
        """A body whose name opens with a seat of government or a known organ of one state
        ("White House Economic Policy Council", "House of Commons Defence Committee") is a
        part of that state's government."""
        for d in table.drafts.values():
            if d.kind != "organization" or d.country is not None or d.generic:
                continue
            words = d.name.split()
            for k in range(len(words) - 1, 0, -1):
                head = tuple(w.lower() for w in words[:k])
                known = self.gz.institution(" ".join(words[:k]))
                iso = SEATS_OF_GOVERNMENT.get(head) or (known or {}).get("country")
                if iso:
                    d.country = era_code(iso, self.published)
                    break

    def _described_firms(self, doc: Doc, table: ActorTable) -> None:
        """"contracts with three U.S. firms ... Combustion Engineering Inc, General Electric
        Co and Sargent and Lundy will supply": when exactly as many firms as the description
        counts are first named together, in the rest of its sentence or in the next one,
        those with no country take the description's, and the description stands for them
        (a party "with three U.S. firms" is the three firms)."""
        firsts = [(min(s for s, _ in d.mentions), d) for d in table.drafts.values()
                  if d.kind == "organization" and not d.generic and d.mentions]
        for start, end, count, iso in getattr(self, "_descriptions", ()):
            sent = doc[end - 1].sent
            windows = [(doc[end].idx if end < len(doc) else len(doc.text), sent.end_char)]
            if sent.end < len(doc):
                nxt = doc[sent.end].sent
                windows.append((nxt.start_char, nxt.end_char))
            for lo, hi in windows:
                named = [d for first, d in firsts if lo <= first < hi]
                if not named:
                    continue
                if len(named) == count and all(d.sector == "BUS" for d in named) and \
                        all(d.country in (None, iso) for d in named):
                    for d in named:
                        d.country = iso
                    group = f"described:{start}"
                    table.groups[group] = [d.key for d in named]
                    for i in range(start, end):
                        table.described[i] = group
                break

    @staticmethod
    def _states_firm(doc: Doc, table: ActorTable) -> None:
        """"Turkey's biggest mobile firm could pull out of the deal": a state's possessive on
        a noun that describes a firm, with no name, stands for the firm when the article
        names exactly one firm of that state (kept apart from the token's own country, for
        the sides of agreements)."""
        for i, iso in table.token_country.items():
            tok = doc[i]
            head = tok.head
            if tok.dep_ != "poss" or head.lemma_.lower() not in DESCRIPTOR_NOUNS or \
                    head.i in table.token_actor or head.tag_ != "NN":
                continue
            firms = [d.key for d in table.drafts.values() if d.kind == "organization"
                     and d.country == iso and d.sector == "BUS" and not d.generic]
            if len(firms) == 1:
                for t in head.subtree:
                    table.described[t.i] = firms[0]

    @staticmethod
    def _after_media_noun(doc: Doc, start: int) -> bool:
        """Whether a name follows a noun that describes a news medium ("news agency",
        "newspaper", "daily")."""
        k = start - 1
        while k >= 0 and (doc[k].is_space or doc[k].text in ("<", '"', "“")):
            k -= 1
        if k < 0 or not doc[k].is_lower:
            return False
        word = doc[k].lower_
        if word in ("agency", "service") and k > 0:
            return doc[k - 1].lower_ in ("news", "press", "wire")
        return word in MEDIA_NOUNS

    @staticmethod
    def _bracketed_alias(doc: Doc, start: int, end: int, table: ActorTable) -> bool:
        """"Foreign Trade Bank <Vneshtorgbank>": a wire's bracketed name right after an
        organisation's name is that organisation's own name, not a second body."""
        k = start - 1
        if k < 1 or doc[k].text != "<":
            return False
        k = _word_at_or_before(doc, k - 1)
        key = table.token_actor.get(k, "") if k >= 0 else ""
        draft = table.drafts.get(key)
        if draft is None or draft.kind != "organization" or draft.generic or \
                not (doc[k].is_title or doc[k].is_upper):
            return False
        name = " ".join(doc[start:end].text.split())
        if not name[:1].isupper() or normalize(name) == normalize(draft.name):
            return False
        draft.aliases.add(name)
        draft.mentions.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
        for i in range(start, end):
            table.token_actor[i] = key
        return True

    def _org_country_from_context(self, doc: Doc, span: Span, table: ActorTable) -> str | None:
        """Cues just outside the name: "Venezuelan energy firm PDVSA", "X of Pakistan"."""
        from accords.resolve.places import geocode, is_us_state

        start = span.start
        for k in range(start - 1, max(-1, start - 8), -1):
            t = doc[k]
            if "\n\n" in t.text:
                break  # a headline's last words describe no name of the body's first line
            if t.i in table.token_country and (t.i not in table.token_actor or
                                              doc[k + 1].text in ("'s", "’s") or
                                              t.dep_ in ("compound", "amod", "nmod")):
                return table.token_country[t.i]  # "US oil giant ExxonMobil"
            if t.pos_ in ("ADJ", "PROPN") and _us_state_adjective(t.text):
                return "USA"  # "Californian wine company Chalone", "a Texan oil firm"
            if t.lower_ == "based" and k >= 2 and doc[k - 1].text == "-" and \
                    (doc[k - 2].is_title or doc[k - 2].is_upper):
                key = table.token_actor.get(k - 2, "")  # "US-based Falic Group"
                if key.startswith("country:") or k - 2 in table.token_country:
                    return table.token_country.get(k - 2) or key.split(":", 1)[1]
                if is_us_state(doc[k - 2].text):
                    return "USA"  # "the Florida-based Falic Group", not a Cuban town
                place = geocode(doc[k - 2].text)  # "the Hamburg-based shipping line"
                if place is not None and place.country:
                    return place.country
            if t.pos_ not in ("ADJ", "NOUN", "PROPN", "PART") and t.text not in (
                    "'s", "’s", "-", "<") and t.tag_ not in ("VBN", "VBG") and not t.is_space:
                break  # "the Soviet Union's central bank <Gosbank>": wire brackets and breaks
        end = span.end
        if end < len(doc) and doc[end].text == ">":
            end += 1  # "<Lancer Boss Group Ltd> of the U.K."
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            k = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
            iso = table.token_country.get(k)
            if iso:
                return iso
        return self._described_in_apposition(span, table)

    @staticmethod
    def _described_in_apposition(span: Span, table: ActorTable) -> str | None:
        """"Tsvetmetpromexport, the Soviet trading firm,", "a Greek-based consortium, North
        Aegean Petroleum Co.,", "The French agency for the marketing of videotex,
        <Intelmatique>,": a describing noun in apposition to the name, with one country
        among its own modifiers; "Infonet, an international network service of Computer
        Sciences Corp": a part of a firm whose country is known."""
        doc = span.doc
        root = span.root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos" and not span.start <= root.head.i < span.end:
            nouns.append(root.head)
        # the parser may hang both on a dateline before them: "The French agency for ...,
        # <Intelmatique>, said"
        k = span.start - 1 - (span.start > 0 and doc[span.start - 1].text == "<")
        if k >= 1 and doc[k].text == ",":
            # (one firm's description, naming no other actor after its noun: not "eight
            # Indian and foreign banks including State Bank of India (London), X")
            nouns += [t for t in doc[max(0, k - 12):k] if (
                      t.right_edge.i == k - 1 or t.dep_ == "appos" or
                      t.left_edge.i <= k - 1 < t.right_edge.i) and t.tag_ == "NN" and
                      not any(j in table.token_actor for j in range(t.i + 1, k))]
        isos: set[str] = set()
        for noun in nouns:
            if noun.lemma_.lower() not in APPOSED_NOUNS or not noun.is_lower:
                continue
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "of" and noun.i > span.start:
                    parents = {table.country_of(key) for t in prep.subtree
                               if (key := table.token_actor.get(t.i, "")).startswith("org:")}
                    if len(parents - {None}) == 1:
                        return (parents - {None}).pop()
            for t in doc[noun.left_edge.i:noun.i]:
                key = table.token_actor.get(t.i, "")
                if t.i in table.token_country and (not key or key.startswith("country:")):
                    isos.add(table.token_country[t.i])
        return isos.pop() if len(isos) == 1 else None

    @staticmethod
    def _short_reference(table: ActorTable, name: str, country: str | None,
                         span: Span) -> Draft | None:
        """"the Trade department" after "the Department of Trade and Industry", "the
        Ministry" after "the Foreign Ministry": an institution named again by some of its
        words (its head among them) is the one named last before that has them all."""
        words = normalize(name).split()
        if not words or words[-1] not in INSTITUTION_SECTOR or len(words) > 3:
            return None
        best, best_at = None, -1
        for other in table.drafts.values():
            if other.kind not in ("organization", "international") or other.generic or \
                    not other.mentions or \
                    (country is not None and other.country not in (None, country)):
                continue
            full = normalize(other.name).split()
            if len(full) <= len(words) or not set(words) <= set(full):
                continue
            before = [s for s, _e in other.mentions if s < span.start_char]
            if before and max(before) > best_at:
                best, best_at = other, max(before)
        if best is not None:
            best.aliases.add(name)
        return best

    def _register_org(self, table: ActorTable, name: str, country: str | None, sector: str,
                      span: Span, generic: bool, claim_tokens: bool = True) -> str:
        norm = normalize(name)
        key = f"org:{norm}:{country or ''}"
        draft = table.drafts.get(key)
        if draft is None:
            # an acronym or a shorter form of an organisation already seen
            words = norm.split()
            for other in table.drafts.values():
                if other.kind in ("organization", "international") and (
                        country is None or other.country in (None, country)) and (
                        name in other.aliases or normalize(other.name) == norm or (
                            not generic and not other.generic and
                            _initials_match(name, other.name)) or (
                            # "Amoco" after "Amoco Corp", "Mitsubishi" after "Mitsubishi
                            # Motors": the first words of a name seen before
                            not generic and not other.generic and
                            normalize(other.name).split()[:len(words)] == words and
                            len(normalize(other.name).split()) > len(words))):
                    draft = other
                    if name != other.name:
                        other.aliases.add(name)
                    break
        if draft is None and not generic:
            draft = self._short_reference(table, name, country, span)
        if draft is None:
            draft = Draft(key, "organization", name, country, sector, generic=generic)
            if country is None and INTERGOVERNMENTAL.search(name):
                # "the Inter Governmental Group on Indonesia": a body of governments
                draft.kind, draft.sector = "international", "IGO"
            table.drafts[key] = draft
        draft.mentions.append((span.start_char, span.end_char))
        if claim_tokens:
            for i in range(span.start, span.end):
                if not table.token_actor.get(i, "").startswith("person:"):
                    table.token_actor[i] = draft.key
        # "Small and Medium Enterprises Development Authority (SMEDA)"
        doc = span.doc
        after = span.end + (1 if span.end < len(doc) and doc[span.end].text == ">" else 0)
        after = _word_at_or_after(doc, after)
        tail = self._named_tail(doc, after, name)
        if tail:
            # "Inter Governmental Group on Indonesia (IGGI)": the tagger stops the name at
            # the country its acronym still spells
            end = after + tail
            draft.name = doc[span.start:end].text if draft.name == name else draft.name
            if claim_tokens:
                for i in range(after, end):
                    table.token_actor[i] = draft.key
            after = end
        if after + 2 < len(doc) and doc[after].text == "(":
            close = next((k for k in range(after + 2, min(len(doc), after + 7))
                          if doc[k].text == ")"), None)
            acronym = doc[after + 1:close].text.replace(" ", "") if close else ""
            if re.fullmatch(r"[A-Z][A-Z&.\-]{1,11}", acronym) or _abbreviates(acronym, name):
                draft.aliases.add(acronym)
                for k in range(after + 1, close):
                    table.token_actor[k] = draft.key
        elif after + 2 < len(doc) and doc[after].text == "," and \
                doc[after + 2].text in (",", ".") and \
                _initials_match(doc[after + 1].text, name):
            # "Kenya Ports Authority, KPA, signed": an acronym in apposition
            draft.aliases.add(doc[after + 1].text)
            table.token_actor[after + 1] = draft.key
        return draft.key

    @staticmethod
    def _named_tail(doc: Doc, after: int, name: str) -> int:
        """How many words from doc[after] ("on Indonesia") continue the name `name` up to an
        acronym in brackets that spells the whole ("(IGGI)"); 0 if none does."""
        if after >= len(doc) or doc[after].lower_ not in ("on", "of", "for"):
            return 0
        for n in range(2, 5):
            k = after + n
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and \
                    all(t.is_title for t in doc[after + 1:k]) and \
                    _initials_match(doc[k + 1].text, name + " " + doc[after:k].text):
                return n
        return 0

    # ---- the article's dyad --------------------------------------------------------------
    def _dyad(self, doc: Doc, table: ActorTable) -> None:
        """The two countries the article is about: most mentioned, the headline first."""
        counts: dict[str, float] = {}
        for _key, draft in table.drafts.items():
            if draft.kind != "country":
                continue
            score = 0.0
            for s, _e in draft.mentions:
                score += 2.0 if s < doc[min(self.body_start_token + 40, len(doc) - 1)].idx \
                    else 1.0
            counts[draft.country] = counts.get(draft.country, 0.0) + score
        for _tok_i, iso in table.token_country.items():
            counts[iso] = counts.get(iso, 0.0) + 0.5
        for draft in table.drafts.values():
            if draft.kind in ("person", "organization") and draft.country:
                # the people who act count for their countries ("Ghanaian President X")
                weight = 2.5 if draft.kind == "person" and draft.roles else 0.5
                counts[draft.country] = counts.get(draft.country, 0.0) + weight
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        table.dyad = [iso for iso, _ in ranked[:2]] if len(ranked) >= 2 else []
        table.ranked = [iso for iso, _ in ranked]
        table.prominence = dict(ranked)
        # "the two sides" of a US-EU trade row are the US and the EU: the bodies compete with
        # the states for the pair, scored by their mentions the same way
        sides = [(table.country_key(iso), score) for iso, score in ranked]
        for key, draft in table.drafts.items():
            if draft.kind == "international":
                sides.append((key, sum(2.0 if s < doc[min(self.body_start_token + 40,
                                                              len(doc) - 1)].idx else 1.0
                                       for s, _e in draft.mentions)))
        sides.sort(key=lambda kv: -kv[1])
        table.sides = [k for k, _ in sides[:2]] if len(sides) >= 2 else []

    def _collective_references(self, doc: Doc, table: ActorTable) -> None:
        """"Both sides", "the two countries": the article's dyad."""
        side_keys = table.sides
        with_body = len(side_keys) == 2 and any(
            table.drafts[k].kind == "international" for k in side_keys if k in table.drafts)
        if len(table.dyad) != 2 and not with_body:
            return
        if not any(t.lower_ in DYAD_HEADS for t in doc):
            return  # no phrase here can be "the two sides" (noun chunks are dear to build)
        for chunk in doc.noun_chunks:
            text = chunk.text.strip()
            if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in chunk.root.children):
                continue  # "the leaders of Britain, France and Japan" says whose they are
            if with_body and chunk.root.lower_ in ("sides", "parties") and (
                    DYAD_PHRASES.match(text) or text.lower() in ("two sides", "both sides")):
                # "the two sides" where one side is a body: the pair by key, not by country
                for k in side_keys:
                    if k.startswith("country:"):
                        table.ensure_country(k.split(":", 1)[1], self.gz)
                table.groups["sides"] = list(side_keys)
                table.drafts.setdefault("sides", Draft("sides", "dyad", "both sides"))
                for i in range(chunk.start, chunk.end):
                    table.token_actor.setdefault(i, "sides")
                continue
            pair = _acting_pair(chunk, table) if chunk.root.dep_ == "nsubj" and \
                DYAD_PHRASES.match(text) else None
            if pair is not None and set(pair) != set(table.dyad):
                # "The United States and Britain agreed to ... The two countries urged
                # others": the pair that has just acted, not the article's main pair
                key = "pair:" + ":".join(pair)
                table.groups[key] = [table.country_key(iso) for iso in pair]
                table.drafts.setdefault(key, Draft(key, "dyad", "the two countries"))
                for i in range(chunk.start, chunk.end):
                    table.token_actor.setdefault(i, key)
                continue
            if len(table.dyad) == 2 and (DYAD_PHRASES.match(text) or
                                         text.lower() in ("two sides", "both sides")):
                for iso in table.dyad:
                    table.ensure_country(iso, self.gz)  # known only from demonyms so far
                key = "dyad"
                table.drafts.setdefault(key, Draft(key, "dyad", "both sides"))
                for i in range(chunk.start, chunk.end):
                    table.token_actor.setdefault(i, key)


def _organisation_words(name: str) -> set[str]:
    """The words of a name, "organisation" and "organization" alike."""
    words = set(normalize(name).split())
    if words & {"organization", "organisation"}:
        words |= {"organization", "organisation"}
    return words


def _acting_pair(chunk: Span, table: ActorTable) -> tuple[str, str] | None:
    """The two states a subject "the two countries" takes up: the pair coordinated as the
    subject of the sentence before ("the United States and Britain agreed ... The two
    countries urged"), when it names exactly two states."""
    start = chunk.sent.start
    if start == 0:
        return None
    before = chunk.doc[start - 1].sent
    for t in before:
        if t.dep_ != "nsubj" or t.head.pos_ not in ("VERB", "AUX"):
            continue
        heads = [t, *t.conjuncts]
        isos = [table.country_of(table.token_actor.get(h.i, "")) for h in heads]
        if len(heads) == 2 and all(isos) and isos[0] != isos[1] and all(
                table.drafts[table.token_actor[h.i]].kind == "country" for h in heads):
            return isos[0], isos[1]
    return None


_PARAGRAPH_DATELINE = re.compile(r"^\s+[A-Z][A-Z .']{2,}(?:, [A-Z][\w.]+)? - ", re.M)


# bodies often named for a person, whose given name may be a city's ("Salvador Allende
# Foundation")
_HONOURING_HEADS = frozenset({"foundation", "institute", "institution", "university", "college",
                              "school", "centre", "center", "trust", "society", "museum",
                              "hospital", "memorial", "prize", "award", "fund", "library"})


# prepositions after which a name stands for a place ("at Lazaro Cardenas", "between Fort
# Portal and Bundibugyo")
_PLACE_PREPOSITIONS = frozenset({"at", "in", "near", "between", "outside", "via", "from", "to",
                                 "around"})


def _placed(doc: Doc, start: int, end: int, gz: Gazetteer) -> bool:
    """Whether doc[start:end] names a place of two words or more that the gazetteer of places
    knows (or places joined by "and" or "to", the first known) right after a preposition of
    place: "a steel mill at Ciudad Guayana", "the road between Santa Cruz and Cochabamba",
    "a pipeline from Port Harcourt to Warri". The tagger takes such names for people or
    bodies. A firm the gazetteer knows by a town's name
    ("a stake in Rio Tinto", "at San Miguel") stays a firm."""
    k = start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].lower_ not in _PLACE_PREPOSITIONS:
        return False
    first = re.split(r"\s+(?:and|to)\s+", " ".join(doc[start:end].text.split()))[0]
    # a name of two words or more, not an acronym ("a director at SAN" is a firm)
    return len(first.split()) >= 2 and not first.isupper() and geocode(first) is not None \
        and not gz.firm(doc[start:end].text)


def several_datelines(text: str) -> bool:
    """Whether the text is a digest of stories each under its own dateline ("NEWS
    HIGHLIGHTS": "    BEIRUT - Syria intervened ...", "    ROME - Partners in ...")."""
    return len(_PARAGRAPH_DATELINE.findall(text)) >= 2


def _word_at_or_after(doc: Doc, i: int) -> int:
    """The first token at or after `i` that is not a line break (wire copy wraps names)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _word_at_or_before(doc: Doc, i: int) -> int:
    """The last token at or before `i` that is not a line break (-1 when none)."""
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def _inner_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen inside a word ("Secretary-General", "vice-foreign minister")."""
    return doc[k].text in ("-", "‐") and not doc[k].whitespace_ and k > 0 and \
        not doc[k - 1].whitespace_


INSTRUMENT_WORDS = {
    "agreement", "agreements", "accord", "accords", "pact", "pacts", "deal", "deals", "treaty",
    "treaties", "memorandum", "memorandums", "memoranda", "mou", "mous", "roadmap", "protocol",
    "convention", "declaration", "contract", "contracts",
}


class ActorMatchers:
    """Phrase matchers built once per process from the gazetteer."""

    def __init__(self, nlp, gz: Gazetteer):
        from spacy.matcher import PhraseMatcher

        self.country_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        grouped: dict[str, list[str]] = {}
        for surface, iso3, kind in gz.country_terms():
            label = f"{kind}:{iso3}"
            grouped.setdefault(label, []).append(surface)
            if surface.upper() != surface and len(surface) > 3:
                grouped[label].append(surface.upper())  # wire headlines are in capitals
            words = surface.split()
            if kind == "demonym" and len(words) > 1 and all(w[:1].isupper() for w in words):
                # "his West german counterpart": the wire's typing slips in a compound
                # nationality's later word; its capitalised first word still marks the name
                grouped[label].append(" ".join([words[0]] + [w.lower() for w in words[1:]]))
        for label, surfaces in grouped.items():
            self.country_matcher.add(label, [nlp.make_doc(s) for s in set(surfaces)])
        self.igo_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.igo_surfaces = {s for s, _ in gz.international_terms()}
        # "Inter American Development Bank": the wire often drops a name's hyphen
        self.igo_surfaces |= {s.replace("-", " ") for s in self.igo_surfaces
                              if re.search(r"[A-Za-z]-[A-Za-z]", s)}
        # "Organization of Economic Cooperation and Development": the wire often writes a
        # body's "for" as "of"; the variant is read as the name it varies
        self.igo_variants = {s.replace(" for ", " of "): s for s in self.igo_surfaces
                             if " for " in s and len(s.split()) >= 4}
        self.igo_variants = {v: s for v, s in self.igo_variants.items()
                             if v not in self.igo_surfaces}
        self.igo_surfaces |= set(self.igo_variants)
        self.igo_matcher.add("IGO", [nlp.make_doc(s) for s in self.igo_surfaces])

    @staticmethod
    def _longest(matches):
        matches = sorted(matches, key=lambda m: (m[1], -(m[2] - m[1])))
        out, last_end = [], -1
        for m in matches:
            if m[1] >= last_end:
                out.append(m)
                last_end = m[2]
        return out

    def countries(self, doc: Doc):
        """Country names, demonyms and capitals, longest first. A surface that is both a
        country's name and its demonym ("New Zealand", "Hong Kong") is the demonym only
        where it modifies a following noun ("New Zealand sugar"), else the name ("New
        Zealand will not renew")."""
        matches = list(self.country_matcher(doc))
        kinds: dict[tuple[int, int], set[str]] = {}
        for match_id, start, end in matches:
            kinds.setdefault((start, end), set()).add(doc.vocab.strings[match_id].split(":")[0])
        kept = []
        for match_id, start, end in matches:
            kind = doc.vocab.strings[match_id].split(":")[0]
            if {"name", "demonym"} <= kinds[(start, end)] and kind in ("name", "demonym"):
                root = doc[start:end].root
                modifier = root.dep_ in ("amod", "compound", "nmod") and \
                    root.head.i >= end and root.head.pos_ in ("NOUN", "PROPN")
                if kind != ("demonym" if modifier else "name"):
                    continue
            kept.append((match_id, start, end))
        return self._longest(kept)

    def internationals(self, doc: Doc):
        """Bodies' names, longest first; a name the wire broke over a line ("the U.N.\n
        Security Council") is one name when its two halves are."""
        found = self._longest(self.igo_matcher(doc))
        out = []
        for m in found:
            if out and out[-1][2] + 1 == m[1] and doc[out[-1][2]].is_space and \
                    self._joined(doc, out[-1][1], m[2]):
                out[-1] = (out[-1][0], out[-1][1], m[2])
                continue
            out.append(m)
        return out

    def _joined(self, doc: Doc, start: int, end: int) -> bool:
        text = " ".join(doc[start:end].text.split())
        return text in self.igo_surfaces


def to_actors(table: ActorTable, text: str) -> tuple[list[Actor], dict[str, str]]:
    """Model actors with short ids (a1, a2...) and the key -> id map."""
    actors: list[Actor] = []
    ids: dict[str, str] = {}
    order = sorted(
        (d for d in table.drafts.values() if d.kind in ("country", "person", "organization",
                                                         "international")),
        key=lambda d: (min((s for s, _ in d.mentions), default=10**9)),
    )
    for n, draft in enumerate(order, 1):
        ids[draft.key] = f"a{n}"
        mentions = [TextSpan(start=s, end=e, text=text[s:e]) for s, e in sorted(set(
            draft.mentions))]
        actors.append(Actor(
            id=f"a{n}", kind=draft.kind, name=draft.name, country=draft.country,
            sector=draft.sector if draft.kind != "country" else None, roles=draft.roles,
            aliases=sorted(draft.aliases - {draft.name}), mentions=mentions,
            confidence=0.9 if draft.kind == "country" else 0.7,
        ))
    return actors, ids


def _us_state_adjective(word: str) -> bool:
    """Whether `word` is the adjective of a U.S. state ("Californian", "Texan", "Floridian",
    "Virginian"): a firm so described is American."""
    from accords.resolve.places import is_us_state

    if len(word) < 5 or not word[:1].isupper() or not word.endswith("n"):
        return False
    stems = (word[:-1], word[:-1] + "s", word[:-3] + "a")  # Californi-a, Texa-s, Florid-a
    return any(is_us_state(stem) for stem in stems)
