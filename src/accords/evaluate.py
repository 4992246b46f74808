"""Score Accords records against gold files, as shared/CONTRACT.md prescribes.

Extractors are judged by matching records, not by string equality: two analysts rarely spell an
organisation or phrase a subject the same way, so the scorer matches countries and kinds exactly,
names fuzzily and sectors by overlap. Matching is one-to-one and greedy (best pairs first; on a
tie a required gold record wins over an optional one); precision, recall and F1 are
micro-averaged over all documents. docs/evaluation.md explains the rules for users.

The report keeps, for every document, the gold records that were missed and the predictions that
matched nothing, each with a one-line description, because developers read those lists to group
errors by cause.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from rich.table import Table

from accords.errors import InputError
from accords.model import INSTRUMENTS

__all__ = [
    "EXAMPLE_FILES",
    "actor_match_score",
    "agreement_score",
    "corpus_digest",
    "evaluate_dir",
    "event_score",
    "example_dirs",
    "instrument_class",
    "names_match",
    "normalize_name",
    "prf",
    "report_details",
    "report_table",
    "score_documents",
]

#: The files that make one example folder; the corpus digest covers exactly these.
EXAMPLE_FILES = ("article.txt", "meta.json", "gold.json")

SECTIONS = ("agreements", "parties", "events", "actors")
# "date" judges agreements' and events' dates together (the figure the floors were pinned on);
# "agreement_date" and "event_date" split it, since the targets speak of agreements' dates
ACCURACY_FIELDS = ("sector", "instrument", "status", "modality", "date", "agreement_date",
                   "event_date", "role", "direction", "country")

Extractor = Callable[[str, dict], Any]

# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

# Words that make up a title ("Deputy Prime Minister", "Chancellor of the Exchequer"). A leading
# run of these is dropped from a person's name, but only when the run holds a real title word
# (_TITLE_HEADS), so that a modifier alone ("First", "State") never eats part of a name.
_TITLE_HEADS = frozenset(
    """
    president presidents minister ministers premier king queen prince princess emir amir sheikh
    sultan chancellor secretary mr mrs ms miss dr sir lord lady dame madam mister his her majesty
    highness hrh excellency ambassador envoy senator sen rep representative governor mayor
    chairman chairwoman chairperson chair spokesman spokeswoman spokesperson commissioner
    director general gen col colonel commander marshal admiral pope archbishop cardinal ayatollah
    crown leader chief undersecretary
    """.split()
)
_TITLE_MODIFIERS = frozenset(
    """
    vice deputy first acting former prime foreign defence defense finance economics economy
    economic interior home trade commerce state of the for and exchequer senior assistant
    permanent affairs external justice energy oil petroleum industry agriculture health
    education transport labour labor under
    """.split()
)
_STOPWORDS = frozenset(
    """
    a an the of and or for to in on at by with from into between among over under about as its
    their his her this that these those new two three four five is are was were be been which
    who whom per via
    """.split()
)
# Instrument names say nothing about what an agreement covers, so they are not subject words.
_SUBJECT_STOPWORDS = _STOPWORDS | frozenset(
    """
    agreement agreements deal deals accord accords pact pacts treaty treaties memorandum
    memoranda understanding mou protocol protocols convention conventions contract contracts
    declaration letter intent
    """.split()
)


def _ascii_fold(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.encode("ascii", "ignore").decode("ascii")


def _strip_title(tokens: list[str]) -> list[str]:
    """Drop a leading title run (at least one word must remain)."""
    run = 0
    head_seen_at = -1
    while run < len(tokens) - 1 and tokens[run] in (_TITLE_HEADS | _TITLE_MODIFIERS):
        if tokens[run] in _TITLE_HEADS:
            head_seen_at = run
        run += 1
    if head_seen_at < 0:
        return tokens
    return tokens[run:]


def normalize_name(name: str | None, *, person: bool = False) -> str:
    """Lower-case, ASCII-fold, drop possessive 's, punctuation and a leading "the".

    For people a leading title is dropped too ("Prime Minister Shehbaz Sharif" ->
    "shehbaz sharif"). Organisation names keep their first words, because there "General" or
    "State" is part of the name ("General Motors", "State Authority for Military Industry").
    "Belarus's military industry authority" -> "belarus military industry authority",
    "U.S. Navy" -> "us navy".
    """
    if not name:
        return ""
    text = _ascii_fold(name).lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[.']", "", text)  # "U.S." -> "us", "Cote d'Ivoire" -> "cote divoire"
    text = re.sub(r"[^a-z0-9]+", " ", text)
    tokens = text.split()
    while len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    if person:
        tokens = _strip_title(tokens)
    return " ".join(tokens)


def _contains_run(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _name_pair_score(a: str, b: str, person: bool) -> float:
    """Similarity of two normalised names; 0.0 means they do not match."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) >= 2 and _contains_run(long_, short):
        return 0.9
    if person and len(short) == 1 and len(long_) > 1 and short[0] == long_[-1]:
        return 0.8
    sa, sb = set(ta), set(tb)
    jaccard = len(sa & sb) / len(sa | sb)
    ratio = fuzz.ratio(a, b) / 100.0
    best = 0.0
    if jaccard >= 0.6:
        best = max(best, jaccard)
    if ratio >= 0.85:
        best = max(best, ratio)
    return min(best, 0.95)  # only equal names score 1.0


def _names(actor: dict, person: bool = False) -> list[str]:
    names = [actor.get("name") or "", *(actor.get("aliases") or [])]
    out: list[str] = []
    for name in names:
        norm = normalize_name(name, person=person)
        if norm and norm not in out:
            out.append(norm)
    return out


def names_match(a: str | Sequence[str], b: str | Sequence[str], *, person: bool = False) -> float:
    """Best name similarity between two names (or lists of name and aliases); 0.0 = no match."""
    la = [a] if isinstance(a, str) else list(a)
    lb = [b] if isinstance(b, str) else list(b)
    na = [n for n in (normalize_name(x, person=person) for x in la) if n]
    nb = [n for n in (normalize_name(x, person=person) for x in lb) if n]
    return max((_name_pair_score(x, y, person) for x in na for y in nb), default=0.0)


# ---------------------------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------------------------


def _kind(actor: dict) -> str:
    return str(actor.get("kind") or "").lower()


def _code(value: Any) -> str:
    return str(value).strip().upper() if value else ""


def actor_match_score(pred: dict, gold: dict) -> float:
    """How well a predicted actor matches a gold actor; 0.0 means no match.

    Countries match on the code alone (a name can be "Britain", "UK" or "London"). Everyone else
    needs a compatible kind, no conflicting country and matching names.
    """
    pk, gk = _kind(pred), _kind(gold)
    pc, gc = _code(pred.get("country")), _code(gold.get("country"))
    if pk == "country" or gk == "country":
        if pk != gk:
            return 0.0
        if pc and gc:
            return 1.0 if pc == gc else 0.0
        # A country without a code: fall back on its name.
        return names_match(_names(pred), _names(gold))  # already normalised: idempotent
    bodies = {"organization", "international"}
    if pk != gk and not (pk in bodies and gk in bodies):
        return 0.0
    if pc and gc and pc != gc:
        return 0.0
    person = gk == "person"
    pn, gn = _names(pred, person), _names(gold, person)
    score = max((_name_pair_score(x, y, person) for x in pn for y in gn), default=0.0)
    if score <= 0.0:
        return 0.0
    # Small bonuses only break ties between otherwise equal candidates.
    return score + (0.01 if pk == gk else 0.0) + (0.01 if pc and pc == gc else 0.0)


def _norm_title(title: str | None) -> str:
    text = _ascii_fold(title or "").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


# ---------------------------------------------------------------------------------------------
# Agreements
# ---------------------------------------------------------------------------------------------

_INSTRUMENT_ALIASES = {
    "pact": "agreement",
    "accord": "agreement",
    "deal": "agreement",
    "memorandum": "mou",
    "memorandum_of_understanding": "mou",
    "memorandum_of_intent": "mou",
    "convention": "treaty",
    "plan": "roadmap",
    "programme": "roadmap",
    "program": "roadmap",
    "road_map": "roadmap",
    "action_plan": "roadmap",
    "joint_statement": "declaration",
    "joint_declaration": "declaration",
    "statement": "declaration",
    "letter_of_intent": "letter_of_intent",
    "loi": "letter_of_intent",
}


def instrument_class(value: str | None) -> str:
    """Fold instrument spellings into the contract's classes (pact -> agreement, ...)."""
    key = re.sub(r"[^a-z0-9]+", "_", _ascii_fold(value or "").lower()).strip("_")
    if key.endswith("s") and (key[:-1] in _INSTRUMENT_ALIASES or key[:-1] in INSTRUMENTS):
        key = key[:-1]  # "agreements", "deals"
    return _INSTRUMENT_ALIASES.get(key, key)


def _subject_words(subject: str | None) -> set[str]:
    text = _ascii_fold(subject or "").lower()
    words: set[str] = set()
    for chunk in text.split():
        compound = re.sub(r"[^a-z0-9]+", "", chunk)  # "co-operation" -> "cooperation"
        parts = re.findall(r"[a-z0-9]+", chunk)
        for word in {compound, *parts}:
            if len(word) < 3 or word in _SUBJECT_STOPWORDS or word.isdigit():
                continue
            if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
                word = word[:-1]  # crude plural folding: "talks" vs "talk"
            words.add(word)
    return words


def _countries(values: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(_code(v) for v in values or () if v)


def _gold_country_sets(gold: dict) -> list[frozenset[str]]:
    sets = [_countries(gold.get("countries"))]
    sets += [_countries(alt) for alt in gold.get("countries_alt") or []]
    return sets


def _match_actor_lists(
    preds: Sequence[dict], golds: Sequence[dict]
) -> list[tuple[int, int, float]]:
    return _greedy(preds, golds, actor_match_score)


def agreement_score(
    pred: dict,
    gold: dict,
    pred_actors: dict[str, dict] | None = None,
    gold_actors: dict[str, dict] | None = None,
) -> float:
    """Pair score of CONTRACT.md: countries must agree; then instrument, sector, subject, parties.

    0.0 means the pair is not a candidate.
    """
    return _agreement_score(pred, gold, pred_actors or {}, gold_actors or {})[0]


def _agreement_score(
    pred: dict, gold: dict, pred_actors: dict[str, dict], gold_actors: dict[str, dict]
) -> tuple[float, list[tuple[int, int, float]]]:
    if _countries(pred.get("countries")) not in _gold_country_sets(gold):
        return 0.0, []
    score = 0.0
    gi = instrument_class(gold.get("instrument"))
    if gi and instrument_class(pred.get("instrument")) == gi:
        score += 1.0
    if set(pred.get("sectors") or ()) & set(gold.get("sectors") or ()):
        score += 1.0
    if _subject_words(pred.get("subject")) & _subject_words(gold.get("subject")):
        score += 0.5
    pp = _resolve(pred.get("parties"), pred_actors)
    gp = _resolve(gold.get("parties"), gold_actors)
    party_pairs = _match_actor_lists(pp, gp)
    score += len(party_pairs)
    return score, party_pairs


# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------


def _resolve(ids: Iterable[Any] | None, actors: dict[str, dict]) -> list[dict]:
    """Actor records for a list of ids; an unknown id becomes a nameless placeholder."""
    return [actors.get(str(i)) or {"id": str(i), "kind": "", "name": ""} for i in ids or ()]


class _Side:
    """Turns event participants into comparable tokens: a country code, or an IGO's name.

    A predicted international body is mapped onto the gold body it matches by name, so that
    "ICCO" and "International Cocoa Organisation" count as the same participant.
    """

    def __init__(self, gold_actors: dict[str, dict]):
        self.gold_bodies = [a for a in gold_actors.values() if _kind(a) == "international"]

    def token(self, actor: dict, is_gold: bool) -> str | None:
        if _kind(actor) == "international":
            if not is_gold:
                best, best_score = None, 0.0
                for body in self.gold_bodies:
                    s = actor_match_score(actor, body)
                    if s > best_score:
                        best, best_score = body, s
                if best is not None:
                    actor = best
            names = _names(actor)
            return f"igo:{names[0]}" if names else None
        code = _code(actor.get("country"))
        return code or None

    def sides(self, event: dict, actors: dict[str, dict], is_gold: bool) -> tuple[frozenset, ...]:
        out = []
        for key in ("actor", "recipient"):
            toks = {self.token(a, is_gold) for a in _resolve(event.get(key), actors)}
            out.append(frozenset(t for t in toks if t))
        return tuple(out)


def event_score(
    pred: dict,
    gold: dict,
    pred_actors: dict[str, dict] | None = None,
    gold_actors: dict[str, dict] | None = None,
) -> float:
    """Pair score: same PLOVER type and participating countries, then mode and CAMEO break ties."""
    pa, ga = pred_actors or {}, gold_actors or {}
    side = _Side(ga)
    return _event_score(pred, gold, side.sides(pred, pa, False), side.sides(gold, ga, True))


def _event_score(
    pred: dict, gold: dict, psides: tuple[frozenset, ...], gsides: tuple[frozenset, ...]
) -> float:
    if str(pred.get("event") or "").upper() != str(gold.get("event") or "").upper():
        return 0.0
    if psides[0] | psides[1] != gsides[0] | gsides[1]:
        return 0.0
    score = 1.0
    if (pred.get("mode") or None) == (gold.get("mode") or None):
        score += 0.1
    pc, gc = str(pred.get("cameo") or ""), str(gold.get("cameo") or "")
    if pc and pc == gc:
        score += 0.1
    elif pc[:3] and pc[:3] == gc[:3]:
        score += 0.05
    elif pc[:2] and pc[:2] == gc[:2]:
        score += 0.02
    return score


# ---------------------------------------------------------------------------------------------
# Matching and counting
# ---------------------------------------------------------------------------------------------


def _is_optional(record: dict) -> bool:
    return bool(record.get("optional"))


def _greedy(
    preds: Sequence[dict],
    golds: Sequence[dict],
    score_fn: Callable[[dict, dict], float],
) -> list[tuple[int, int, float]]:
    """One-to-one matching, best pairs first; on a tie a required gold record goes first."""
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            s = score_fn(p, g)
            if s > 0:
                cands.append((round(s, 6), i, j))
    cands.sort(key=lambda c: (-c[0], _is_optional(golds[c[2]]), c[2], c[1]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for s, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j, s))
    return pairs


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1; nothing to find and nothing found counts as perfect."""
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)

    def add(self, other: _Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def block(self, with_lists: bool) -> dict:
        out = prf(self.tp, self.fp, self.fn)
        if with_lists:
            out["missed"] = self.missed
            out["false_positives"] = self.false_positives
        return out


@dataclass
class _Accuracy:
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ACCURACY_FIELDS, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ACCURACY_FIELDS, 0))
    errors: list[dict] = field(default_factory=list)

    def judge(self, name: str, ok: bool, where: str, gold: Any, pred: Any) -> None:
        self.total[name] += 1
        if ok:
            self.correct[name] += 1
        else:
            self.errors.append({"field": name, "where": where, "gold": gold, "predicted": pred})

    def add(self, other: _Accuracy) -> None:
        for k in ACCURACY_FIELDS:
            self.correct[k] += other.correct[k]
            self.total[k] += other.total[k]

    def block(self) -> dict:
        out: dict[str, Any] = {
            k: (round(self.correct[k] / self.total[k], 4) if self.total[k] else None)
            for k in ACCURACY_FIELDS
        }
        out["counts"] = {
            k: {"correct": self.correct[k], "total": self.total[k]} for k in ACCURACY_FIELDS
        }
        return out


def _tally(
    preds: Sequence[dict],
    golds: Sequence[dict],
    pairs: Sequence[tuple[int, int, float]],
    describe_pred: Callable[[dict], str],
    describe_gold: Callable[[dict], str],
) -> tuple[_Tally, list[tuple[int, int]]]:
    """Count a matching; pairs with an optional gold record are dropped (neither TP nor FP)."""
    t = _Tally()
    counted: list[tuple[int, int]] = []
    matched_p = {i for i, _, _ in pairs}
    matched_g = {j for _, j, _ in pairs}
    for i, j, _ in pairs:
        if not _is_optional(golds[j]):
            t.tp += 1
            counted.append((i, j))
    for i, p in enumerate(preds):
        if i not in matched_p:
            t.fp += 1
            t.false_positives.append({"id": p.get("id"), "description": describe_pred(p)})
    for j, g in enumerate(golds):
        if j not in matched_g and not _is_optional(g):
            t.fn += 1
            t.missed.append({"id": g.get("id"), "description": describe_gold(g)})
    return t, counted


# ---------------------------------------------------------------------------------------------
# Descriptions for the error lists
# ---------------------------------------------------------------------------------------------


def _describe_actor(actor: dict) -> str:
    kind = actor.get("kind") or "?"
    country = actor.get("country")
    name = actor.get("name") or actor.get("id") or "?"
    roles = ", ".join(r.get("title", "") for r in actor.get("roles") or [] if r.get("title"))
    text = f"{kind} '{name}'"
    if country:
        text += f" ({country})"
    if roles:
        text += f" [{roles}]"
    return text


def _actor_label(actor: dict) -> str:
    name = actor.get("name") or actor.get("id") or "?"
    if actor.get("country") and _kind(actor) != "country":
        return f"{name} ({actor['country']})"
    return str(name)


def _describe_agreement(agreement: dict) -> str:
    countries = "+".join(sorted(_countries(agreement.get("countries")))) or "no countries"
    sectors = ",".join(agreement.get("sectors") or []) or "no sector"
    subject = agreement.get("subject") or ""
    if len(subject) > 60:
        subject = subject[:57] + "..."
    return (
        f"{agreement.get('instrument') or '?'} {countries} [{sectors}] "
        f"{agreement.get('status') or '?'}: '{subject}'"
    )


def _describe_event(event: dict, actors: dict[str, dict]) -> str:
    who = ", ".join(_actor_label(a) for a in _resolve(event.get("actor"), actors)) or "?"
    whom = ", ".join(_actor_label(a) for a in _resolve(event.get("recipient"), actors))
    parts = (event.get("event"), event.get("cameo"), event.get("mode"))
    code = "/".join(str(x) for x in parts if x)
    text = f"{code or '?'}: {who}"
    if whom:
        text += f" -> {whom}"
    return text


# ---------------------------------------------------------------------------------------------
# Scoring documents
# ---------------------------------------------------------------------------------------------


def _as_dict(record: Any) -> dict:
    if record is None:
        return {}
    if isinstance(record, dict):
        return record
    if hasattr(record, "to_dict"):
        return record.to_dict()
    if hasattr(record, "model_dump"):
        return record.model_dump(mode="json")
    raise TypeError(f"cannot score a {type(record).__name__}; expected a record dict")


def _actor_index(record: dict) -> dict[str, dict]:
    return {str(a.get("id")): a for a in record.get("actors") or [] if a.get("id") is not None}


def _norm_date(date: dict | None) -> tuple[str | None, str | None]:
    """(start, end); a single day given only as start (or end) counts as start == end."""
    if not date:
        return (None, None)
    start, end = date.get("start") or None, date.get("end") or None
    return (start or end, end or start)


def _score_document(pred: dict, gold: dict) -> tuple[dict[str, _Tally], _Accuracy]:
    pa, ga = _actor_index(pred), _actor_index(gold)
    acc = _Accuracy()
    tallies: dict[str, _Tally] = {}

    # Actors.
    p_actors, g_actors = list(pred.get("actors") or []), list(gold.get("actors") or [])
    pairs = _greedy(p_actors, g_actors, actor_match_score)
    tallies["actors"], counted = _tally(p_actors, g_actors, pairs, _describe_actor, _describe_actor)
    for i, j in counted:
        p, g = p_actors[i], g_actors[j]
        if _kind(g) != "country" and _code(g.get("country")):
            # a person or body matched without the country gold gives it: the matching
            # forgives a missing country, the events it acts in do not
            acc.judge("country", _code(p.get("country")) == _code(g.get("country")),
                      f"actor {g.get('id')}", _code(g.get("country")), _code(p.get("country")))
        gold_titles = {_norm_title(r.get("title")) for r in g.get("roles") or []} - {""}
        if _kind(g) == "person" and gold_titles:
            pred_titles = {_norm_title(r.get("title")) for r in p.get("roles") or []} - {""}
            acc.judge(
                "role",
                bool(gold_titles & pred_titles),
                f"actor {g.get('id')}",
                sorted(gold_titles),
                sorted(pred_titles),
            )

    # Agreements and their parties.
    p_agr, g_agr = list(pred.get("agreements") or []), list(gold.get("agreements") or [])
    party_cache: dict[tuple[int, int], list[tuple[int, int, float]]] = {}

    def agr_score(p: dict, g: dict) -> float:
        score, party_pairs = _agreement_score(p, g, pa, ga)
        party_cache[(id(p), id(g))] = party_pairs
        return score

    pairs = _greedy(p_agr, g_agr, agr_score)
    tallies["agreements"], counted = _tally(
        p_agr, g_agr, pairs, _describe_agreement, _describe_agreement
    )
    parties = _Tally()
    for i, j in counted:
        p, g = p_agr[i], g_agr[j]
        where = f"agreement {g.get('id')}"
        pp, gp = _resolve(p.get("parties"), pa), _resolve(g.get("parties"), ga)
        party_pairs = party_cache.get((id(p), id(g)), [])
        matched_p = {x for x, _, _ in party_pairs}
        matched_g = {y for _, y, _ in party_pairs}
        parties.tp += len(party_pairs)
        for x, actor in enumerate(pp):
            if x not in matched_p:
                parties.fp += 1
                parties.false_positives.append(
                    {
                        "id": f"{p.get('id')}:{actor.get('id')}",
                        "description": f"{where}: {_describe_actor(actor)}",
                    }
                )
        for y, actor in enumerate(gp):
            if y not in matched_g:
                parties.fn += 1
                parties.missed.append(
                    {
                        "id": f"{g.get('id')}:{actor.get('id')}",
                        "description": f"{where}: {_describe_actor(actor)}",
                    }
                )
        g_sectors = list(g.get("sectors") or [])
        if g_sectors:
            acc.judge(
                "sector",
                g_sectors[0] in (p.get("sectors") or []),
                where,
                g_sectors[0],
                p.get("sectors") or [],
            )
        if g.get("instrument"):
            acc.judge(
                "instrument",
                instrument_class(p.get("instrument")) == instrument_class(g["instrument"]),
                where,
                g["instrument"],
                p.get("instrument"),
            )
        if g.get("status"):
            acc.judge("status", p.get("status") == g["status"], where, g["status"], p.get("status"))
        g_mod, p_mod = g.get("modality") or "asserted", p.get("modality") or "asserted"
        acc.judge("modality", p_mod == g_mod, where, g_mod, p_mod)
        _judge_date(acc, p, g, where, "agreement_date")
    tallies["parties"] = parties

    # Events.
    p_ev, g_ev = list(pred.get("events") or []), list(gold.get("events") or [])
    side = _Side(ga)
    p_sides = {id(e): side.sides(e, pa, False) for e in p_ev}
    g_sides = {id(e): side.sides(e, ga, True) for e in g_ev}
    pairs = _greedy(p_ev, g_ev, lambda p, g: _event_score(p, g, p_sides[id(p)], g_sides[id(g)]))
    tallies["events"], counted = _tally(
        p_ev,
        g_ev,
        pairs,
        lambda e: _describe_event(e, pa),
        lambda e: _describe_event(e, ga),
    )
    for i, j in counted:
        p, g = p_ev[i], g_ev[j]
        where = f"event {g.get('id')}"
        ps, gs = p_sides[id(p)], g_sides[id(g)]
        acc.judge(
            "direction",
            ps == gs,
            where,
            [sorted(gs[0]), sorted(gs[1])],
            [sorted(ps[0]), sorted(ps[1])],
        )
        _judge_date(acc, p, g, where, "event_date")
    return tallies, acc


def _judge_date(acc: _Accuracy, pred: dict, gold: dict, where: str, kind: str) -> None:
    g_date = _norm_date(gold.get("date"))
    if g_date == (None, None):
        return
    p_date = _norm_date(pred.get("date"))
    acc.judge("date", p_date == g_date, where, list(g_date), list(p_date))
    acc.total[kind] += 1  # the error itself is listed once, under "date"
    acc.correct[kind] += p_date == g_date


def _no_parties_judged(parties: dict, agreements: dict) -> None:
    """Parties are judged inside matched agreements only. When gold has agreements and none was
    matched there is nothing to judge, which must not read as a perfect party score."""
    if parties["tp"] + parties["fp"] + parties["fn"] == 0 and agreements["tp"] == 0:
        if agreements["fn"] > 0:
            parties.update(precision=0.0, recall=0.0, f1=0.0)


def score_documents(pairs: Iterable[tuple[Any, Any]], names: Sequence[str] | None = None) -> dict:
    """Score (predicted record, gold record) pairs; see the module docstring for the report."""
    totals = {s: _Tally() for s in SECTIONS}
    accuracy = _Accuracy()
    per_document: dict[str, dict] = {}
    n = 0
    for index, (pred_raw, gold_raw) in enumerate(pairs):
        pred, gold = _as_dict(pred_raw), _as_dict(gold_raw)
        if names is not None and index < len(names):
            name = names[index]
        else:
            name = str((gold.get("document") or {}).get("id") or f"doc{index + 1}")
        base, k = name, 2
        while name in per_document:
            name, k = f"{base}#{k}", k + 1
        tallies, acc = _score_document(pred, gold)
        for s in SECTIONS:
            totals[s].add(tallies[s])
        accuracy.add(acc)
        doc = {s: tallies[s].block(with_lists=True) for s in SECTIONS}
        _no_parties_judged(doc["parties"], doc["agreements"])
        doc["accuracy"] = acc.block()
        doc["accuracy_errors"] = acc.errors
        per_document[name] = doc
        n += 1
    report: dict[str, Any] = {"documents": n}
    for s in SECTIONS:
        report[s] = totals[s].block(with_lists=False)
    _no_parties_judged(report["parties"], report["agreements"])
    report["accuracy"] = accuracy.block()
    report["per_document"] = per_document
    return report


# ---------------------------------------------------------------------------------------------
# Example folders
# ---------------------------------------------------------------------------------------------


def example_dirs(gold_dir: str | Path) -> list[Path]:
    """Sub-folders that hold a complete example (article.txt, meta.json, gold.json), sorted."""
    root = Path(gold_dir)
    if not root.is_dir():
        return []
    return sorted(
        d for d in root.iterdir() if d.is_dir() and all((d / f).is_file() for f in EXAMPLE_FILES)
    )


def corpus_digest(gold_dir: str | Path) -> str:
    """sha256 over the example files (relative path and bytes, in sorted order).

    The accuracy floors are only comparable on the same corpus, so the gate records this.
    """
    root = Path(gold_dir)
    h = hashlib.sha256()
    files = sorted((d / f) for d in example_dirs(root) for f in EXAMPLE_FILES)
    for path in files:
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read JSON: {exc}", source=str(path)) from exc
    if not isinstance(data, dict):
        raise InputError("expected a JSON object", source=str(path))
    return data


def _default_extract(text: str, meta: dict) -> dict:
    from accords import extract

    record = extract(
        text,
        published=meta.get("published"),
        title=meta.get("title"),
        dateline=meta.get("dateline"),
        id=meta.get("id"),
        source=meta.get("source"),
        url=meta.get("url"),
    )
    return record.to_dict()


def evaluate_dir(
    gold_dir: str | Path, extract_fn: Extractor | None = None, progress: bool = False
) -> dict:
    """Run an extractor over every example folder under gold_dir and score it against gold."""
    root = Path(gold_dir)
    dirs = example_dirs(root)
    if not dirs:
        raise InputError(
            f"no examples (folders with {', '.join(EXAMPLE_FILES)}) found", source=str(root)
        )
    fn = extract_fn or _default_extract
    iterator: Iterable[Path] = dirs
    if progress:
        from rich.progress import track

        iterator = track(dirs, description="Scoring examples", transient=True)
    names: list[str] = []
    pairs: list[tuple[dict, dict]] = []
    for d in iterator:
        text = (d / "article.txt").read_text(encoding="utf-8")
        meta = _read_json(d / "meta.json")
        meta.setdefault("id", d.name)
        if not meta.get("id"):
            meta["id"] = d.name
        gold = _read_json(d / "gold.json")
        try:
            pred = _as_dict(fn(text, meta))
        except Exception as exc:
            exc.add_note(f"while extracting example {d.name!r} ({d})")
            raise
        names.append(d.name)
        pairs.append((pred, gold))
    report = score_documents(pairs, names=names)
    report["corpus_digest"] = corpus_digest(root)
    return report


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def report_table(report: dict) -> Table:
    """The headline numbers as one rich Table (P/R/F1 per record type, then accuracies)."""
    table = Table(title=f"Accords evaluation ({report.get('documents', 0)} documents)")
    table.add_column("measure")
    for col in ("precision", "recall", "F1 / acc", "tp", "fp", "fn"):
        table.add_column(col, justify="right")
    for s in SECTIONS:
        b = report[s]
        table.add_row(
            s,
            _fmt(b["precision"]),
            _fmt(b["recall"]),
            _fmt(b["f1"]),
            str(b["tp"]),
            str(b["fp"]),
            str(b["fn"]),
        )
    table.add_section()
    acc = report.get("accuracy") or {}
    counts = acc.get("counts") or {}
    for k in ACCURACY_FIELDS:
        c = counts.get(k) or {"correct": 0, "total": 0}
        table.add_row(
            f"{k} accuracy", "", "", _fmt(acc.get(k)), f"{c['correct']}/{c['total']}", "", ""
        )
    return table


def report_details(report: dict, limit: int | None = None) -> Table:
    """Per-document F1 with the missed gold records and false positives, for a verbose CLI."""
    from rich.markup import escape

    table = Table(title="Per document", show_lines=True)
    table.add_column("document", no_wrap=True)
    for s in SECTIONS:
        table.add_column(f"{s[:5]}.", justify="right", no_wrap=True)
    table.add_column("missed / false positives / wrong", ratio=1)
    for name, doc in report.get("per_document", {}).items():
        lines: list[str] = []
        for s in SECTIONS:
            for item in doc[s].get("missed", []):
                lines.append(
                    f"[red]miss[/] {s} {escape(str(item['id']))}: {escape(item['description'])}"
                )
            for item in doc[s].get("false_positives", []):
                lines.append(
                    f"[yellow]fp[/] {s} {escape(str(item['id']))}: {escape(item['description'])}"
                )
        for err in doc.get("accuracy_errors", []):
            lines.append(
                f"[magenta]wrong {err['field']}[/] {escape(err['where'])}: "
                f"gold {escape(repr(err['gold']))}, got {escape(repr(err['predicted']))}"
            )
        if limit is not None and len(lines) > limit:
            lines = lines[:limit] + [f"... {len(lines) - limit} more"]
        table.add_row(name, *(_fmt(doc[s]["f1"]) for s in SECTIONS), "\n".join(lines) or "-")
    return table


if __name__ == "__main__":  # python -m accords.evaluate EXAMPLES_DIR
    import sys

    from rich.console import Console

    result = evaluate_dir(sys.argv[1] if len(sys.argv) > 1 else "examples", progress=True)
    console = Console()
    console.print(report_table(result))
    console.print(report_details(result, limit=40))
