"""Stage 5: agreements become events and find their occasion. A signed agreement is a
SUPPORT 057 event, one agreed in principle an AGREE 03x event, one under negotiation talks
(CONSULT 046) when no talks were coded otherwise; an agreement signed during a visit or meeting
between its countries links to it as its occasion."""

from __future__ import annotations

from dataclasses import dataclass

from accords.code.agreements import (
    FINANCIAL_LEMMAS,
    LENDING_VERBS,
    SIDE_GROUP_SECTORS,
    AgreementDraft,
    is_lenders,
)
from accords.code.events import EventDraft
from accords.code.modality import agreeing_unmade
from accords.gazetteer import Gazetteer
from accords.resolve.actors import ActorTable

# Signing-like statuses give a SUPPORT/057 event; an agreement in principle gives AGREE/03x.
ENDING_STATUSES = {"terminated", "suspended", "expired"}
SIGNING_STATUSES = {"signed", "ratified", "extended", "initialled", "amended"}
AGREE_CAMEO = {"trade": "0311", "investment": "0311", "finance": "0311", "energy": "0311",
               "industry": "0311", "transport": "0311", "defence": "0312", "justice": "0313",
               "diplomacy": "036", "territorial": "036"}


@dataclass
class Links:
    # the coded events less those an agreement's event restates, then the agreements' events
    events: list[EventDraft]
    # agreement index -> the visit or meeting it was signed at
    occasion: dict[int, EventDraft]


def link(agreements: list[AgreementDraft], events: list[EventDraft], table: ActorTable,
         gz: Gazetteer) -> Links:
    """The events of the agreements and their occasions; countries of signers missing from
    `table` are added to it."""
    occasion = find_occasions(agreements, events, table)
    signings: list[EventDraft] = []
    for n, ag in enumerate(agreements):
        signing = ag.status in SIGNING_STATUSES
        cameo = "057" if signing else AGREE_CAMEO.get(ag.sectors[0] if ag.sectors else "",
                                                        "031")
        if ag.status == "negotiating" and len(ag.countries) >= 2 and not any(
                e.event == "CONSULT" and set(ag.countries) <= set(e.countries(table))
                for e in events + signings):
            # "trying to strike a deal with Russia": negotiating is talks (CONSULT 046)
            # when no talks between the sides were coded otherwise
            signings.append(EventDraft(
                "CONSULT", "046", None, ag.head, signers(ag, table, gz), [],
                modality=ag.modality, evidence=list(ag.evidence[-1:]), agreements=[n],
                confidence=ag.confidence))
            continue
        if ag.status in ("negotiating", "in_force", None) or ag.status in ENDING_STATUSES \
                or ag.modality == "negated" or ag.status_inferred or (
                    ag.verb is not None and agreeing_unmade(ag.verb)):
            # talks are coded as talks; an agreement with no act reported ("cited the
            # 1992 treaty", "violated the accord", "the pact runs until 1990") was not
            # signed in this story; an act not done ("has not ratified") is none; and ending
            # one ("will not renew", "scrapped the deal") is no agreeing: the verb's own
            # event says what was done; nor is an agreeing awaited ("no bids until the
            # ministers agree to the package") or ruled out ("is unlikely to agree")
            continue
        actor = signers(ag, table, gz)
        sides = {table.country_of(k) or k for k in actor} | {
            k for k in ag.parties if k in table.drafts and
            table.drafts[k].sector in SIDE_GROUP_SECTORS}  # a state and its own rebels
        # "the Philippines reached agreement with its bank advisory committee", "a pact
        # between Chile and its bank advisory panel": a debtor's lenders, named by their
        # common noun, are the counterpart (a group of no one state)
        lenders = [k for k in ag.parties if is_lenders(k) and k in table.drafts] \
            if len(sides) < 2 else []
        if len(sides) < 2 and ag.status != "ratified" and not lenders and \
                not within_body(ag, actor, table):
            # one side only ("Yugoslavia signed an agreement on its debt"): signing
            # and agreeing have a counterpart the text does not let us name, and an event of
            # one side codes nothing between two; ratifying is one state's act
            continue
        aid = next((e for e in events if e.event == "AID" and not signing and e.evidence and
                    e.evidence[0] in ag.evidence and
                    set(e.countries(table)) & set(ag.countries)), None)
        if aid is not None:
            # "the World Bank approved a 140 mln dlr loan for India": a loan or grant agreed
            # is the aid given (AID 071), not also an agreeing
            aid.agreements.append(n)
            continue
        lent = _lent_by_body(ag, table)
        if lent is not None:
            # "the standby loan that the IMF has approved for Argentina": a body's loan
            # granted to one state is the aid it gives (AID 071), as when the event coder
            # reads it from the verb
            signings.append(EventDraft("AID", "071", None, ag.head, lent[0], lent[1],
                                       modality=ag.modality, evidence=list(ag.evidence[:1]),
                                       agreements=[n], confidence=ag.confidence))
            continue
        undertaking = None if signing else own_undertaking(ag, events, table)
        if undertaking is not None:
            # "Norway, Egypt and the Soviet Union agreed to help OPEC": what the subjects
            # agreed is their undertaking to the side they named, the verb's own event, not
            # also an accord among themselves
            undertaking.agreements.append(n)
            continue
        occ = occasion.get(n)
        twin = next((s for s in signings if s.cameo == cameo and occ is not None and
                     occasion.get(s.agreements[0]) is occ and
                     s.modality == ag.modality and
                     s.countries(table) == frozenset(ag.countries)), None)
        if twin is not None:
            twin.agreements.append(n)
            continue
        signings.append(EventDraft("SUPPORT" if signing else "AGREE", cameo, None, ag.head,
                                   actor, lenders, modality=ag.modality,
                                   evidence=list(ag.evidence[-1:]), agreements=[n],
                                   confidence=ag.confidence))
    return Links(without_restatements(events, signings, agreements, table) + signings,
                 occasion)


def _lent_by_body(ag: AgreementDraft, table: ActorTable) -> tuple[list[str], list[str]] | None:
    """The lending body and the borrowing state of a loan, credit or facility that an
    international body grants ("approved", "extended") to one state; None for other
    instruments, and for a programme one only agrees with the body."""
    verb = ag.verb
    if verb is None or verb.lemma_.lower() not in LENDING_VERBS - {"receive", "obtain"} or \
            verb.doc[ag.head].lemma_.lower() not in FINANCIAL_LEMMAS or \
            len(ag.countries) != 1 or ag.status != "agreed":
        return None
    lender = [k for k in ag.parties if k in table.drafts and
              table.drafts[k].kind == "international"]
    borrower = [k for k in ag.parties if k not in lender and table.country_of(k) ==
                ag.countries[0]]
    if not lender or not borrower or len(lender) + len(borrower) != len(ag.parties):
        return None
    return lender, borrower


def find_occasions(agreements: list[AgreementDraft], events: list[EventDraft],
                   table: ActorTable) -> dict[int, EventDraft]:
    """Agreement index -> the first visit or meeting between the agreement's countries, of the
    same modality, when the agreement has no date of its own."""
    visits = [e for e in events if e.cameo in ("042", "040") and e.modality != "negated"]
    occasion: dict[int, EventDraft] = {}
    for n, ag in enumerate(agreements):
        ag_countries = set(ag.countries)
        for ev in visits:
            ev_c = set(ev.countries(table))
            if ev_c and ev_c <= ag_countries | ev_c and ev_c & ag_countries and \
                    len(ev_c | ag_countries) <= max(2, len(ag_countries)) and \
                    not ag.date_tokens and ev.modality == ag.modality:
                occasion[n] = ev
                break
    return occasion


def without_restatements(events: list[EventDraft], signings: list[EventDraft],
                         agreements: list[AgreementDraft],
                         table: ActorTable) -> list[EventDraft]:
    """Drop a verb's AGREE or SUPPORT event that says again what an agreement's event
    says: "France and Yugoslavia agreed to set up a commission" is one event, the one
    linked to the agreement record, not that and a bare "agreed"."""
    kept = []
    for ev in events:
        if ev.event in ("AGREE", "SUPPORT") and ev.cameo != "051" and ev.evidence and any(
                s.event == ev.event and
                any(ev.evidence[0] in agreements[n].evidence for n in s.agreements) and
                ev.countries(table) <= s.countries(table) for s in signings):
            continue
        kept.append(ev)
    return kept


def own_undertaking(ag: AgreementDraft, events: list[EventDraft],
                    table: ActorTable) -> EventDraft | None:
    """The verb's AGREE, in `ag`'s sentence, whose agreeing sides are just `ag`'s countries and
    which is aimed at a side outside them: the agreement is that undertaking."""
    if not ag.countries:
        return None
    for ev in events:
        if ev.event != "AGREE" or not ev.recipient or not ev.evidence or \
                ev.evidence[0] not in ag.evidence:
            continue
        acting = EventDraft("AGREE", ev.cameo, None, ev.trigger, ev.actor, []).countries(table)
        if acting == frozenset(ag.countries) and ev.countries(table) - acting and \
                not partnered(ag, ev, table):
            return ev
    return None


def partnered(ag: AgreementDraft, ev: EventDraft, table: ActorTable) -> bool:
    """Whether `ev`'s recipient is a partner in the act agreed ("agreed to set up a company
    with Liberia"), one more side of the joint act rather than the side it is done for."""
    if ag.verb is None:
        return False
    return any(t.dep_ == "pobj" and t.head.lower_ in ("with", "alongside") and
               table.token_actor.get(t.i) in ev.recipient for t in ag.verb.subtree)


def within_body(ag: AgreementDraft, actor: list[str], table: ActorTable) -> bool:
    """Whether `ag` is an accord reached inside one international body, its only party ("an
    agreement has been reached by members of the OECD", "the accord, reached in the Paris
    Club"): its members are the sides, and the body agrees as itself (AGREE, no recipient)."""
    return not ag.countries and len(actor) == 1 and actor[0] in table.drafts and \
        table.drafts[actor[0]].kind == "international" and \
        ag.status not in SIGNING_STATUSES


def signers(ag: AgreementDraft, table: ActorTable, gz: Gazetteer) -> list[str]:
    """The actor keys that sign `ag`: its signatories when they cover its countries, else its
    countries (added to `table` when missing)."""
    # an international body that is a party signs as itself ("China and the EC signed")
    bodies = [k for k in ag.parties if k in table.drafts and
              table.drafts[k].kind == "international"]
    if ag.signers and {table.country_of(k) for k in ag.signers} - {None} == set(ag.countries):
        return list(ag.signers) + [k for k in bodies if k not in ag.signers]
    firms = _firm_parties(ag, table)
    if firms:
        return firms
    keys = [table.country_key(c) for c in ag.countries]
    for k in keys:
        if k not in table.drafts:
            table.ensure_country(k.split(":", 1)[1], gz)
    return keys + bodies


def _firm_parties(ag: AgreementDraft, table: ActorTable) -> list[str]:
    """The parties of a deal made between firms alone ("Mitsubishi Motors signed a deal to
    supply Peugeot", "Airbus signed a contract to sell jets to All Nippon Airways"): the
    firms sign it, not their states, when every party is a business and they are at least
    two, each placed in one of the deal's countries and together in all of them; none
    otherwise (a state or a ministry among the parties signs for its country, and a firm
    of no known country leaves the deal's states as its sides)."""
    parties = [k for k in dict.fromkeys(ag.parties) if k in table.drafts]
    if len(parties) < 2 or len(parties) != len(set(ag.parties)) or any(
            table.drafts[k].kind != "organization" or table.drafts[k].sector != "BUS"
            for k in parties):
        return []
    if [table.country_of(k) for k in parties].count(None) or \
            {table.country_of(k) for k in parties} != set(ag.countries):
        return []
    return parties
