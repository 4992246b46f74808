"""General mechanisms of the rule coder, on small hand-written sentences (not from the examples).

Each test names one mechanism (coordination, enumeration, modality, coreference of a definite
mention, "both sides", demonym + title, visit dates) and checks it through `accords.extract`.
"""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-07"  # a Thursday: "on Monday" is 2024-03-04, "on Tuesday" 2024-03-05


@cache
def run(text: str, published: str = PUBLISHED) -> Record:
    return accords.extract(text, published=published, id="rule-test")


def names(record: Record) -> dict[str, str]:
    return {a.id: a.name for a in record.actors}


def party_countries(record: Record, agreement) -> set[str | None]:
    return {record.actor(p).country for p in agreement.parties}


def describe(record: Record) -> str:
    n = names(record)
    rows = [f"language={record.document.language}"]
    rows += [
        f"G {g.instrument} {g.subject!r} {[n[p] for p in g.parties]} {g.countries} "
        f"{g.status}/{g.modality}"
        for g in record.agreements
    ]
    rows += [
        f"E {e.event}/{e.cameo} {[n[a] for a in e.actor]} -> {[n[a] for a in e.recipient]} "
        f"{e.date} {e.modality}"
        for e in record.events
    ]
    return "\n".join(rows)


# --- coordination -------------------------------------------------------------------------------


def test_coordinated_subjects_are_both_parties() -> None:
    record = run("Chile and Peru signed an agreement on trade.")
    assert len(record.agreements) == 1, describe(record)
    g = record.agreements[0]
    assert sorted(g.countries) == ["CHL", "PER"]
    assert party_countries(record, g) == {"CHL", "PER"}
    assert g.status == "signed"
    assert g.modality == "asserted"
    assert "trade" in g.sectors


# --- enumeration -------------------------------------------------------------------------------

ENUMERATION = (
    "Several memorandums of understanding were signed. These included agreements between "
    "Kenya's Ministry of Health and Uganda's Ministry of Health, as well as between the Kenya "
    "Ports Authority and the Uganda Railways Corporation."
)


def test_enumerated_agreements_are_separate_records() -> None:
    record = run(ENUMERATION)
    mous = [g for g in record.agreements if g.instrument == "mou"]
    assert len(mous) == 2, describe(record)
    assert len(record.agreements) == 2, describe(record)
    for g in mous:
        assert sorted(g.countries) == ["KEN", "UGA"], describe(record)
        assert len(g.parties) == 2
        assert party_countries(record, g) == {"KEN", "UGA"}, describe(record)
        assert g.status == "signed"
    party_sets = [{record.actor(p).name for p in g.parties} for g in mous]
    assert {"Kenya Ports Authority", "Uganda Railways Corporation"} in party_sets, describe(record)
    health = next(s for s in party_sets if "Kenya Ports Authority" not in s)
    assert all("Ministry of Health" in name for name in health), health


def test_enumerated_party_names_are_clean() -> None:
    """A coordinated party's name stops before the conjunction ("Ministry of Health", not
    "Ministry of Health and")."""
    record = run(ENUMERATION)
    for g in record.agreements:
        for p in g.parties:
            actor = record.actor(p)
            assert actor.name == actor.name.strip()
            last = actor.name.split()[-1].lower()
            assert last not in ("and", "or", "as", "between", ","), actor
    health = [a for a in record.actors if "Ministry of Health" in a.name]
    assert sorted((a.name, a.country) for a in health) == [
        ("Ministry of Health", "KEN"),
        ("Ministry of Health", "UGA"),
    ]


# --- modality ----------------------------------------------------------------------------------


def test_will_sign_is_future() -> None:
    record = run("France and Germany will sign a defence pact next week.")
    assert len(record.agreements) == 1, describe(record)
    g = record.agreements[0]
    assert sorted(g.countries) == ["DEU", "FRA"]
    assert g.modality == "future"
    assert g.instrument == "agreement"
    assert "defence" in g.sectors
    # next week from Thursday 2024-03-07: the week of Monday 2024-03-11
    assert g.date is not None and g.date.start is not None
    assert "2024-03-11" <= g.date.start <= "2024-03-17"


def test_failed_to_agree_is_not_an_asserted_signing() -> None:
    record = run("Egypt and Sudan failed to agree on a water deal.")
    for g in record.agreements:
        assert g.modality == "negated", describe(record)
        assert not (g.status == "signed" and g.modality == "asserted")
    for e in record.events:
        if e.event in ("AGREE", "SUPPORT"):
            assert e.modality == "negated", describe(record)


# --- a definite mention refers back ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brazil and Argentina signed a trade agreement on Monday. "
        "The deal cuts tariffs on cars and steel.",
        "Brazil and Argentina signed a trade agreement on Monday. "
        "The agreement cuts tariffs on cars and steel and was welcomed by exporters.",
    ],
)
def test_definite_mention_is_the_same_agreement(text: str) -> None:
    record = run(text)
    assert len(record.agreements) == 1, describe(record)
    g = record.agreements[0]
    assert sorted(g.countries) == ["ARG", "BRA"]
    assert g.status == "signed"
    assert g.date is not None and (g.date.start, g.date.end) == ("2024-03-04", "2024-03-04")
    signings = [e for e in record.events if e.cameo == "057"]
    assert len(signings) == 1, describe(record)


# --- "both sides" ------------------------------------------------------------------------------


def test_both_sides_are_the_two_countries() -> None:
    record = run(
        "Delegations from Vietnam and Cambodia met in Hanoi on Tuesday. "
        "Both sides signed a memorandum of understanding on tourism."
    )
    assert len(record.agreements) == 1, describe(record)
    g = record.agreements[0]
    assert g.instrument == "mou"
    assert sorted(g.countries) == ["KHM", "VNM"]
    assert party_countries(record, g) == {"KHM", "VNM"}
    assert "culture" in g.sectors  # tourism


def test_both_sides_are_the_meeting_sides_not_a_bystander() -> None:
    """The two sides are the countries of the two presidents who met, not France, which is only
    mentioned in passing."""
    record = run(
        "Ghanaian President John Mahama received Nigerian President Bola Tinubu in Accra on "
        "Tuesday. The talks followed a summit in France last month. Both sides signed an "
        "agreement on energy cooperation."
    )
    assert len(record.agreements) == 1, describe(record)
    assert sorted(record.agreements[0].countries) == ["GHA", "NGA"], describe(record)


# --- demonym + title ---------------------------------------------------------------------------


def test_demonym_and_title_give_the_persons_country() -> None:
    record = run(
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa "
        "on Tuesday."
    )
    people = {a.name: a for a in record.actors if a.kind == "person"}
    assert set(people) == {"William Ruto", "Abiy Ahmed"}, describe(record)
    ruto, abiy = people["William Ruto"], people["Abiy Ahmed"]
    assert ruto.country == "KEN"
    assert [(r.title, r.country) for r in ruto.roles] == [("President", "KEN")]
    assert abiy.country == "ETH"
    assert [(r.title, r.country) for r in abiy.roles] == [("Prime Minister", "ETH")]
    meetings = [e for e in record.events if e.event == "CONSULT"]
    assert meetings, describe(record)
    assert meetings[0].date is not None and meetings[0].date.start == "2024-03-05"


def test_short_english_sentence_with_african_names_is_english() -> None:
    """One English sentence must not be taken for Swahili because of its proper names."""
    record = run(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi "
        "on Tuesday."
    )
    assert record.document.language == "en", describe(record)
    people = {a.name: a.country for a in record.actors if a.kind == "person"}
    assert people.get("William Ruto") == "KEN", describe(record)
    assert people.get("Samia Suluhu Hassan") == "TZA", describe(record)


# --- a visit with a duration -------------------------------------------------------------------


def test_visit_with_duration_gives_a_date_range() -> None:
    record = run("Indian Prime Minister Narendra Modi began a three-day visit to Japan on Monday.")
    n = names(record)
    visits = [e for e in record.events if e.event == "CONSULT" and e.cameo == "042"]
    assert len(visits) == 1, describe(record)
    visit = visits[0]
    assert visit.mode == "visit"
    assert [n[a] for a in visit.actor] == ["Narendra Modi"]
    assert [record.actor(a).country for a in visit.actor] == ["IND"]
    assert [record.actor(a).country for a in visit.recipient] == ["JPN"]
    assert visit.modality == "asserted"
    assert visit.date is not None, describe(record)
    assert (visit.date.start, visit.date.end) == ("2024-03-04", "2024-03-06"), describe(record)
