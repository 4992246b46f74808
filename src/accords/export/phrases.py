"""One line in words for an event: "Pakistan's Prime Minister Shehbaz Sharif visited Minsk".

Lists, the dyad brief and the downloads say what happened instead of showing a PLOVER type and a
CAMEO code. Every word comes from the record's own fields (its actors, code, place and
modality), so the line adds nothing the record does not hold; the verb is the CAMEO code's
meaning, falling back to the PLOVER type's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from accords.model import Actor, Event

__all__ = ["actor_phrase", "event_sentence"]

# (past, base) forms; "{t}" is the target (recipients, or the place for a visit)
CAMEO_VERBS: dict[str, tuple[str, str]] = {
    "030": ("expressed intent to cooperate with {t}", "express intent to cooperate with {t}"),
    "031": ("expressed intent to cooperate economically with {t}",
            "express intent to cooperate economically with {t}"),
    "036": ("agreed to meet {t}", "agree to meet {t}"),
    "040": ("held talks with {t}", "hold talks with {t}"),
    "041": ("spoke by telephone with {t}", "speak by telephone with {t}"),
    "042": ("visited {t}", "visit {t}"),
    "043": ("hosted {t}", "host {t}"),
    "044": ("met {t} at a third location", "meet {t} at a third location"),
    "045": ("mediated between {t}", "mediate between {t}"),
    "046": ("negotiated with {t}", "negotiate with {t}"),
    "051": ("praised {t}", "praise {t}"),
    "057": ("signed an agreement with {t}", "sign an agreement with {t}"),
    "070": ("gave aid to {t}", "give aid to {t}"),
    "071": ("gave economic aid to {t}", "give economic aid to {t}"),
    "072": ("gave military aid to {t}", "give military aid to {t}"),
    "073": ("gave humanitarian aid to {t}", "give humanitarian aid to {t}"),
    "120": ("rejected {t}", "reject {t}"),
    "160": ("reduced relations with {t}", "reduce relations with {t}"),
    "190": ("used force against {t}", "use force against {t}"),
}
PLOVER_VERBS: dict[str, tuple[str, str]] = {
    "AGREE": ("agreed with {t}", "agree with {t}"),
    "CONSULT": ("held talks with {t}", "hold talks with {t}"),
    "SUPPORT": ("supported {t}", "support {t}"),
    "CONCEDE": ("made concessions to {t}", "make concessions to {t}"),
    "COOPERATE": ("cooperated with {t}", "cooperate with {t}"),
    "AID": ("gave aid to {t}", "give aid to {t}"),
    "RETREAT": ("withdrew from {t}", "withdraw from {t}"),
    "REQUEST": ("called on {t}", "call on {t}"),
    "ACCUSE": ("accused {t}", "accuse {t}"),
    "REJECT": ("rejected {t}", "reject {t}"),
    "THREATEN": ("threatened {t}", "threaten {t}"),
    "PROTEST": ("protested against {t}", "protest against {t}"),
    "SANCTION": ("sanctioned {t}", "sanction {t}"),
    "MOBILIZE": ("mobilised against {t}", "mobilise against {t}"),
    "COERCE": ("coerced {t}", "coerce {t}"),
    "ASSAULT": ("attacked {t}", "attack {t}"),
}
# CAMEO roots whose meaning is clear without the full code
ROOT_VERBS: dict[str, tuple[str, str]] = {
    "02": ("appealed to {t}", "appeal to {t}"),
    "03": ("expressed intent to cooperate with {t}", "express intent to cooperate with {t}"),
    "10": ("demanded of {t}", "demand of {t}"),
    "11": ("criticised {t}", "criticise {t}"),
    "12": ("rejected {t}", "reject {t}"),
    "13": ("threatened {t}", "threaten {t}"),
    "14": ("protested against {t}", "protest against {t}"),
    "18": ("attacked {t}", "attack {t}"),
    "19": ("fought {t}", "fight {t}"),
}
# without a target the verb phrase loses its preposition ("held talks", "signed an agreement")
NO_TARGET = {"057": ("signed an agreement", "sign an agreement"),
             "040": ("held talks", "hold talks"), "042": ("made a visit", "make a visit"),
             "046": ("negotiated", "negotiate"), "036": ("agreed to meet", "agree to meet")}
MODAL = {"future": "will", "hypothetical": "may", "negated": "did not"}


def actor_phrase(actor: Actor, country_name: Callable[[str], str] | None = None) -> str:
    """A person with the office they hold for their country ("Pakistan's Prime Minister
    Shehbaz Sharif"); anyone else by name."""
    name = " ".join(actor.name.split())
    if actor.kind != "person" or not actor.roles:
        return name
    role = actor.roles[0]
    country = role.country or actor.country
    owner = country_name(country) if country and country_name else None
    title = role.title if role.title.lower() not in name.lower() else ""
    prefix = " ".join(p for p in (_possessive(owner) if owner else "", title) if p)
    return f"{prefix} {name}".strip()


def _join(names: Sequence[str]) -> str:
    names = list(dict.fromkeys(n for n in names if n))
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _untargeted(verb: str) -> str:
    """The verb phrase without its target and the preposition before it."""
    return re.sub(r"\s+(?:(?:with|to|of|against|from|between|on)\s+)?\{t\}", "", verb)


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _verbs(event: Event) -> tuple[str, str]:
    code = event.cameo or ""
    for key in (code[:3], code[:2]):
        found = CAMEO_VERBS.get(key) or (ROOT_VERBS.get(key) if len(key) == 2 else None)
        if found:
            return found
    return PLOVER_VERBS.get(event.event, ("took part in {t}", "take part in {t}"))


def event_sentence(event: Event, actors: Mapping[str, Actor],
                   country_name: Callable[[str], str] | None = None) -> str:
    """What happened, in one line, from the record's fields only."""
    def names(ids: Sequence[str]) -> list[str]:
        return [actor_phrase(actors[i], country_name) if i in actors else i for i in ids]

    who = _join(names(event.actor)) or "Someone"
    code = (event.cameo or "")[:3]
    place = " ".join(event.place.name.split()) if event.place else None
    target = _join(names(event.recipient))
    if code == "042" and place:  # a visit: to the place itself, the host country beside it
        target = place + (f" ({target})" if target and target != place else "")
        place = None
    past, base = _verbs(event)
    if not target:
        past, base = NO_TARGET.get(code, (_untargeted(past), _untargeted(base)))
    verb = past if event.modality == "asserted" else f"{MODAL[event.modality]} {base}"
    line = f"{who} {verb.format(t=target)}"
    if place and place not in line:
        line += f" in {place}"
    return line
