"""The merging rules on their own, without a model or a database."""

from __future__ import annotations

from datetime import date

from accords.model import Actor, Agreement, DateRange, Event
from accords.store import merge
from accords.store.merge import Signature


def sig(countries: set[str], kind: str = "mou", **kw) -> Signature:  # type: ignore[no-untyped-def]
    return Signature(countries=frozenset(countries), kind=kind, modality=kw.pop(
        "modality", "asserted"), **kw)


D = date.fromisoformat


def test_content_hash_ignores_line_endings_and_outer_blanks() -> None:
    assert merge.content_hash("A pact.\r\nSigned.\n") == merge.content_hash("  A pact.\nSigned.")
    assert merge.content_hash("A pact.") != merge.content_hash("A pact!")


def test_simhash_near_copies_are_close_and_different_stories_far() -> None:
    story = ("Japan and India signed an agreement on civil nuclear cooperation in Tokyo on "
             "Friday after talks between the two prime ministers, officials said. ") * 3
    other = ("Brazil suspended interest payments on its commercial bank debt on Friday, "
             "the finance minister said in Brasilia after a cabinet meeting. ") * 3
    a, b, c = merge.simhash(story), merge.simhash(story + "Corrects day."), merge.simhash(other)
    assert merge.hamming(a, b) <= merge.NEAR_DUPLICATE_BITS
    assert merge.hamming(a, c) > merge.NEAR_DUPLICATE_BITS
    assert -(1 << 63) <= a < (1 << 63)  # fits a signed BIGINT


def test_hashes_within_five_bits_share_a_band() -> None:
    """The store looks near-duplicates up by band: the pigeonhole guarantee must hold."""
    value = merge.simhash("one two three four five six seven")
    for bits in ((0, 11, 22, 33, 44), (1, 2, 3, 4, 5), (10, 21, 32, 43, 53), (63, 62, 61)):
        flipped = value & ((1 << 64) - 1)
        for bit in bits:
            flipped ^= 1 << bit
        a, b = merge.simhash_bands(value), merge.simhash_bands(flipped)
        assert any(x == y for x, y in zip(a, b, strict=True)), bits
    # six flipped bits, one in each band, can escape: the guarantee is exactly five
    spread = value & ((1 << 64) - 1)
    for bit in (0, 11, 22, 33, 44, 54):
        spread ^= 1 << bit
    assert not any(x == y for x, y in zip(merge.simhash_bands(value),
                                          merge.simhash_bands(spread), strict=True))


def test_actor_keys() -> None:
    assert merge.actor_key(Actor(id="a1", kind="country", name="Belarus", country="BLR")) == \
        "country|BLR"
    org = Actor(id="a2", kind="organization", name="The Ministry of Defence Production",
                country="PAK")
    assert merge.actor_key(org) == "organization|PAK|ministry of defence production"
    igo = Actor(id="a3", kind="international", name="World Bank")
    assert merge.actor_key(igo) == "organization||world bank"
    person = Actor(id="a4", kind="person", name="Aleksandr Lukashénko", country="BLR")
    assert merge.actor_block(person) == "lukashenko"


def test_same_person() -> None:
    assert merge.same_person("Alexander Lukashenko", "Alexander Lukashenka")
    assert merge.same_person("Shehbaz Sharif", "shehbaz  sharif")
    assert not merge.same_person("Nawaz Sharif", "Shehbaz Sharif")
    assert not merge.same_person("Nawaz Sharif", "Maryam Nawaz Sharif")
    assert not merge.same_person("Sharif", "Nawaz Sharif")


def test_agreements_need_the_same_countries_and_a_compatible_instrument() -> None:
    day = D("2025-04-10")
    base = sig({"PAK", "BLR"}, "mou", sectors=frozenset({"trade"}), anchor=day)
    assert merge.agreement_score(base, sig({"PAK", "BLR"}, "mou", anchor=day)) is not None
    assert merge.agreement_score(base, sig({"PAK", "CHN"}, "mou", anchor=day)) is None
    assert merge.agreement_score(base, sig({"PAK", "BLR"}, "treaty", anchor=day)) is None
    # "the agreement" in one report may be another report's memorandum
    assert merge.agreement_score(base, sig({"PAK", "BLR"}, "agreement", anchor=day)) \
        is not None


def test_different_bodies_on_one_side_are_different_agreements() -> None:
    defence = sig({"PAK", "BLR"}, sides={"PAK": frozenset({"organization|PAK|mod"})},
                  parties=frozenset({"organization|PAK|mod"}))
    post = sig({"PAK", "BLR"}, sides={"PAK": frozenset({"organization|PAK|pakistan post"})},
               parties=frozenset({"organization|PAK|pakistan post"}))
    assert merge.agreement_score(defence, post) is None
    assert merge.agreement_score(defence, defence) is not None


def test_disjoint_sectors_or_subjects_keep_agreements_apart() -> None:
    trade = sig({"CHL", "PER"}, "agreement", sectors=frozenset({"trade"}))
    health = sig({"CHL", "PER"}, "agreement", sectors=frozenset({"health"}))
    assert merge.agreement_score(trade, health) is None
    visas = sig({"CHL", "PER"}, "agreement", words=frozenset({"visas"}))
    fishing = sig({"CHL", "PER"}, "agreement", words=frozenset({"fishing"}))
    assert merge.agreement_score(visas, fishing) is None


def test_dates_must_agree() -> None:
    monday = sig({"CHL", "PER"}, start=D("2024-03-04"), end=D("2024-03-04"),
                 anchor=D("2024-03-04"))
    same_week = sig({"CHL", "PER"}, start=D("2024-03-06"), end=D("2024-03-06"),
                    anchor=D("2024-03-06"))
    next_year = sig({"CHL", "PER"}, start=D("2025-03-04"), end=D("2025-03-04"),
                    anchor=D("2025-03-04"))
    assert merge.agreement_score(monday, same_week) is not None
    assert merge.agreement_score(monday, next_year) is None
    undated_near = sig({"CHL", "PER"}, anchor=D("2024-03-20"))
    undated_far = sig({"CHL", "PER"}, anchor=D("2024-06-20"))
    assert merge.agreement_score(monday, undated_near) is not None
    assert merge.agreement_score(monday, undated_far) is None


def test_a_deal_without_two_countries_needs_a_shared_party() -> None:
    day = D("1987-02-26")
    a = sig({"USA"}, "contract", anchor=day)
    b = sig({"USA"}, "contract", anchor=day)
    assert merge.agreement_score(a, b) is None
    named = frozenset({"organization|USA|rockwell international"})
    assert merge.agreement_score(sig({"USA"}, "contract", parties=named, anchor=day),
                                 sig({"USA"}, "contract", parties=named, anchor=day)) is not None
    # and something more than the name: undated, with nothing else in common, two contracts
    assert merge.agreement_score(sig({"USA"}, "contract", parties=named),
                                 sig({"USA"}, "contract", parties=named)) is None


def test_undated_reports_need_more_than_their_countries() -> None:
    """Without any date (corpora that carry none), two countries and an instrument word are
    not enough: many stories mention "a treaty" between the same two countries."""
    assert merge.agreement_score(sig({"GBR", "USA"}, "treaty"),
                                 sig({"GBR", "USA"}, "treaty")) is None
    both = {"words": frozenset({"extradition"}), "sectors": frozenset({"justice"})}
    assert merge.agreement_score(sig({"GBR", "USA"}, "treaty", **both),
                                 sig({"GBR", "USA"}, "treaty", **both)) is not None
    # with publication dates a month apart at most, the countries and instrument suffice
    dated = {"anchor": D("2005-03-01")}
    assert merge.agreement_score(sig({"GBR", "USA"}, "treaty", **dated),
                                 sig({"GBR", "USA"}, "treaty", **dated)) is not None


def test_negated_reports_do_not_merge_with_asserted_ones() -> None:
    assert merge.agreement_score(sig({"CHL", "PER"}), sig({"CHL", "PER"},
                                                          modality="negated")) is None


def test_events_need_two_sides_and_shared_evidence() -> None:
    direction = (frozenset({"PAK"}), frozenset({"BLR"}))
    sharif = frozenset({"person|PAK|shehbaz sharif"})
    visit = sig({"PAK", "BLR"}, "CONSULT/042", direction=direction, parties=sharif,
                anchor=D("2025-04-10"))
    assert merge.event_score(visit, visit) is not None
    other_people = sig({"PAK", "BLR"}, "CONSULT/042", direction=direction,
                       parties=frozenset({"person|PAK|ishaq dar"}), anchor=D("2025-04-10"))
    assert merge.event_score(visit, other_people) is None
    reversed_visit = sig({"PAK", "BLR"}, "CONSULT/042", parties=sharif,
                         direction=(frozenset({"BLR"}), frozenset({"PAK"})))
    assert merge.event_score(visit, reversed_visit) is None
    lonely = sig({"USA"}, "CONSULT/040", direction=(frozenset({"USA"}), frozenset()))
    assert merge.event_score(lonely, lonely) is None
    undated = sig({"PAK", "BLR"}, "CONSULT/042", direction=direction, parties=sharif)
    assert merge.event_score(undated, undated) is None


def test_signing_events_follow_their_agreements() -> None:
    direction = (frozenset({"CAN", "USA"}), frozenset())
    one = sig({"CAN", "USA"}, "SUPPORT/057", direction=direction, covers=frozenset({1}))
    other = sig({"CAN", "USA"}, "SUPPORT/057", direction=direction, covers=frozenset({2}))
    assert merge.event_score(one, other) is None
    assert merge.event_score(one, sig({"CAN", "USA"}, "SUPPORT/057", direction=direction,
                                      covers=frozenset({1, 3}))) is not None


def test_signatures_from_records() -> None:
    ag = Agreement(id="g1", instrument="mou", subject="postal exchange", sectors=["communications"],
                   parties=["a1", "a2"], countries=["PAK", "BLR"],
                   date=DateRange(start="2025-04-10", end="2025-04-11"))
    keys = {"a1": "organization|PAK|pakistan post", "a2": "organization|BLR|belarus post"}
    s = merge.agreement_signature(ag, keys, {"a1": "PAK", "a2": "BLR"}, "2025-04-12")
    assert s.start == D("2025-04-10") and s.end == D("2025-04-11") and s.anchor == s.start
    assert s.sides == {"PAK": frozenset({keys["a1"]}), "BLR": frozenset({keys["a2"]})}
    assert s.words == frozenset({"postal", "exchange"})
    ev = Event(id="e1", event="CONSULT", cameo="042", actor=["a1"], recipient=["a3"])
    e = merge.event_signature(ev, {**keys, "a3": "organization||world bank"},
                              {"a1": "PAK", "a3": None}, "2025-04-12")
    assert e.direction == (frozenset({"PAK"}), frozenset({"world bank"}))
    assert e.anchor == D("2025-04-12")


def test_status_and_confidence_combine() -> None:
    assert merge.later_status("agreed", "signed") == "signed"
    assert merge.later_status("ratified", "signed") == "ratified"
    assert merge.later_status(None, "agreed") == "agreed"
    assert merge.combined_confidence(0.5, 0.5) == 0.75
    assert merge.combined_confidence(0.99, 0.99) == 0.99
