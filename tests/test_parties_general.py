"""Who the parties of an agreement are (sides, firms, bodies), each rule on sentences written
for the test, with a negative case where one makes sense. Nothing here is copied from the
development or held-out examples.
"""

from __future__ import annotations

from functools import cache

import pytest
from record_views import describe_agreements

import accords
from accords.model import Record

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-07"


@cache
def run(text: str, published: str = PUBLISHED) -> Record:
    return accords.extract(text, published=published, id="parties-test")


describe = describe_agreements


def party_names(record: Record, n: int = 0) -> list[str]:
    names = {a.id: a.name for a in record.actors}
    return [names[p] for p in record.agreements[n].parties]


# --- a state's own organisation is the side, not the state --------------------------------------


def test_state_named_with_its_own_company_gives_way_to_the_company() -> None:
    record = run(
        "Nordvik Drilling signed a drilling contract with Malaysia's state energy company "
        "Petronas to explore for gas off Sabah, the company said on Tuesday."
    )
    assert record.agreements, describe(record)
    parties = party_names(record)
    assert "Petronas" in parties, describe(record)
    assert "Malaysia" not in parties, describe(record)


def test_state_and_its_agency_mentioned_twice_is_one_side() -> None:
    record = run(
        "Ghana has signed an agreement with Dutch interests to build a new container terminal, "
        "officials said. The state-owned Ghana Ports and Harbours Authority signed an "
        "agreement with the Rotterdam-based operator Maasvlakte Terminals to build the "
        "container terminal at Tema."
    )
    assert record.agreements, describe(record)
    parties = [p for n in range(len(record.agreements)) for p in party_names(record, n)]
    assert "Ghana Ports and Harbours Authority" in parties, describe(record)
    assert "Ghana" not in parties, describe(record)


def test_a_state_and_its_rebels_stay_both_sides() -> None:
    record = run(
        "The government of Sudan signed a peace agreement with the Sudanese rebels in "
        "Nairobi on Sunday."
    )
    assert record.agreements, describe(record)
    parties = party_names(record)
    assert "Sudan" in parties, describe(record)
    assert len(parties) == 2, describe(record)


# --- a counted description of firms is the firms it describes -----------------------------------


def test_counted_firms_as_counterpart_are_the_firms_named_next() -> None:
    record = run(
        "Vietnam Electricity has signed contracts with two Japanese companies to build a coal "
        "power station near Hanoi, a spokesman said. Kanto Heavy Industries Ltd will supply "
        "boilers and Sakura Engineering Co will provide design services, he said."
    )
    assert record.agreements, describe(record)
    parties = party_names(record)
    assert "Kanto Heavy Industries Ltd" in parties, describe(record)
    assert "Sakura Engineering Co" in parties, describe(record)
    assert "Japan" not in parties, describe(record)
    assert "Vietnam Electricity" in parties, describe(record)


def test_counted_firms_not_all_named_stay_their_country() -> None:
    record = run(
        "Vietnam Electricity has signed contracts with three Japanese companies to build a "
        "coal power station near Hanoi, a spokesman said. Kanto Heavy Industries Ltd will "
        "supply boilers, he said."
    )
    for n in range(len(record.agreements)):
        assert "Kanto Heavy Industries Ltd" not in party_names(record, n), describe(record)


# --- "with A and B": the subject of the signing is the other side -------------------------------


def test_signer_of_a_deal_with_two_firms_is_a_side() -> None:
    record = run(
        "Norway's Nordkraft Energi AS signed a supply agreement with Sweden's Baltvik Power "
        "AB and Finland's Saimaa Energia Oyj on Monday to deliver power for five years."
    )
    assert record.agreements, describe(record)
    parties = party_names(record)
    want = {"Nordkraft Energi AS", "Baltvik Power AB", "Saimaa Energia Oyj"}
    assert want <= set(parties), describe(record)


# --- "X said it and B will sign": "it" is X --------------------------------------------------


def test_it_coordinated_in_a_reported_clause_is_the_reporter() -> None:
    record = run(
        "Spanish lender Banco Meridional said it and Caja Levante will sign a joint venture "
        "agreement with Polish state bank PKO Bank Polski next week."
    )
    assert record.agreements, describe(record)
    parties = party_names(record)
    assert "Banco Meridional" in parties, describe(record)
    assert "Caja Levante" in parties, describe(record)


def test_it_alone_is_not_taken_as_the_reporter_of_a_coordination() -> None:
    record = run(
        "Spanish lender Banco Meridional said Caja Levante will sign a joint venture "
        "agreement with Polish state bank PKO Bank Polski next week."
    )
    for n in range(len(record.agreements)):
        assert "Banco Meridional" not in party_names(record, n), describe(record)


# --- ", and B" after a party phrase: a conjunct the parser hangs elsewhere ------------------------


def test_name_after_the_party_phrase_and_is_a_side() -> None:
    record = run(
        "PARIS, May 4 - <Credit Normand> said it signed a cooperation agreement with the "
        "Soviet Union's central bank <Gosbank>, and Foreign Trade Bank <Vneshtorgbank>, with "
        "the aim of financing joint ventures."
    )
    assert record.agreements, describe(record)
    parties = party_names(record)
    assert "Gosbank" in parties, describe(record)
    assert any("Foreign Trade Bank" in p or "Vneshtorgbank" in p for p in parties), describe(
        record
    )


def test_a_clause_after_the_party_phrase_adds_no_side() -> None:
    record = run(
        "Nordkraft Energi AS signed a supply agreement with Sweden's Baltvik Power AB, and "
        "Saimaa Energia Oyj said it would bid for a similar contract."
    )
    supply = [n for n, g in enumerate(record.agreements) if "supply" in (g.subject or "")]
    assert supply, describe(record)
    assert "Saimaa Energia Oyj" not in party_names(record, supply[0]), describe(record)


# --- "memorandum of understanding between A and B": the phrase is on the instrument's name --------


def test_sides_after_memorandum_of_understanding_are_its_parties() -> None:
    record = run(
        "The trade minister said she will use a visit to Seoul to seek a memorandum of "
        "understanding between Canada and South Korea on sharing customs data."
    )
    assert record.agreements, describe(record)
    assert set(party_names(record)) == {"Canada", "South Korea"}, describe(record)


# --- the one other state an instrument between states names is its other side --------------------


def test_other_state_named_in_the_instrument_is_a_side() -> None:
    record = run(
        "Officials in Bangkok criticised what they called Vietnam's failure to honour a 2019 "
        "agreement to limit rice exports to markets inside Thailand."
    )
    assert record.agreements, describe(record)
    assert set(party_names(record)) == {"Vietnam", "Thailand"}, describe(record)


def test_state_where_a_firm_works_is_no_side_beside_the_firm() -> None:
    record = run(
        "Nordkraft Energi AS signed an agreement with Sweden's Baltvik Power AB to build a "
        "wind farm in Finland, the company said."
    )
    for n in range(len(record.agreements)):
        assert "Finland" not in party_names(record, n), describe(record)


# --- firms' countries: large national firms, "X de <State>, S.A.", "a unit of Y" -----------------


def test_large_national_firm_has_its_country_from_the_gazetteer() -> None:
    from accords.gazetteer import get_gazetteer

    gz = get_gazetteer()
    assert gz.firm("Gazprom") == "RUS"
    assert gz.firm("Agip Petroli SpA") == "ITA"  # a longer name that begins with one
    assert gz.firm("Northern Telecom Ltd") == "CAN"
    assert gz.firm("Nordkraft Energi AS") is None


def test_soviet_era_bank_is_the_soviet_unions() -> None:
    record = accords.extract(
        "MOSCOW, May 5 - Italy's Banca Nazionale del Lavoro signed a credit agreement with "
        "Vneshekonombank, the bank said.",
        published="1988-05-05",
        id="parties-test",
    )
    countries = {a.name: a.country for a in record.actors}
    assert countries.get("Vneshekonombank") == "SUN", describe(record)


def test_firm_named_for_its_state_is_a_firm() -> None:
    record = run(
        "QUITO, May 2 - Petroleos del Ecuador, S.A. signed a supply contract with Norway's "
        "Nordkraft Energi AS to deliver turbines, PDESA officials said."
    )
    kinds = {a.name: (a.kind, a.country) for a in record.actors}
    assert kinds.get("Petroleos del Ecuador, S.A.") == ("organization", "ECU"), describe(record)
    assert record.agreements, describe(record)
    assert "Ecuador" not in party_names(record), describe(record)


def test_parent_of_a_unit_is_no_side() -> None:
    record = run(
        "Nordkraft Energi AS signed an agreement with Baltvik Power AB, a unit of Sweden's "
        "Vattenfall AB, to build a wind farm off Gotland, the companies said."
    )
    assert record.agreements, describe(record)
    parties = party_names(record)
    assert "Baltvik Power AB" in parties, describe(record)
    assert "Vattenfall AB" not in parties, describe(record)


# --- "<State>'s biggest firm": the one firm of that state the article names -----------------------


def test_states_firm_described_is_the_one_firm_named() -> None:
    record = run(
        "Russia's biggest gas company could pull out of a $2bn deal to build a pipeline in "
        "Bulgaria after parliament cut its stake. Russian gas company Volga Gas Export said "
        "the decision increased the risks of the project."
    )
    assert record.agreements, describe(record)
    parties = party_names(record)
    assert "Volga Gas Export" in parties, describe(record)
    assert "Russia" not in parties, describe(record)


def test_states_firm_described_with_two_firms_named_stays_the_state() -> None:
    record = run(
        "Russia's biggest gas company could pull out of a $2bn deal to build a pipeline in "
        "Bulgaria. Gazprom and Lukoil both declined to comment on the project."
    )
    for n in range(len(record.agreements)):
        parties = party_names(record, n)
        assert "Gazprom" not in parties, describe(record)
        assert "Lukoil" not in parties, describe(record)


# --- firms the gazetteer knows, capitals opening a name, named agencies --------------------------


def test_known_firm_on_a_wire_first_line_is_found() -> None:
    record = run(
        "PHONE DEAL IN MANILA\nOTTAWA, May 4 - Northern Telecom Ltd said it signed a contract "
        "with Philippine Long Distance Telephone Co to supply switching equipment."
    )
    countries = {a.name: a.country for a in record.actors}
    assert countries.get("Northern Telecom Ltd") == "CAN", describe(record)


def test_capital_opening_a_firms_name_gives_its_country() -> None:
    record = run(
        "Nordkraft Energi AS signed a contract with the Hanoi Textile Trading Corp to supply "
        "looms, the company said."
    )
    countries = {a.name: a.country for a in record.actors}
    assert countries.get("Hanoi Textile Trading Corp") == "VNM", describe(record)


def test_named_administration_is_an_agency_not_the_state() -> None:
    record = run(
        "Nordkraft Energi AS signed a contract with the Bangkok Metropolitan Water "
        "Administration to build a pumping station, the company said."
    )
    kinds = {a.name: a.kind for a in record.actors}
    assert kinds.get("Bangkok Metropolitan Water Administration") == "organization", describe(
        record
    )


def test_a_presidents_administration_stays_the_state() -> None:
    record = run("The Reagan Administration said on Monday it would veto the trade bill.")
    assert not [a for a in record.actors if a.kind == "organization"], describe(record)


# --- official creditors in a debt story are the Paris Club ---------------------------------------


def test_western_creditors_of_a_debt_deal_are_the_paris_club() -> None:
    record = run(
        "Peru has reached an agreement with Western creditor governments on rescheduling "
        "part of its foreign debt, the finance ministry said."
    )
    assert record.agreements, describe(record)
    assert set(party_names(record)) == {"Peru", "Paris Club"}, describe(record)


def test_commercial_bank_creditors_are_not_the_paris_club() -> None:
    record = run(
        "Peru has reached an agreement with its commercial bank creditors on rescheduling "
        "part of its foreign debt, the finance ministry said."
    )
    assert "Paris Club" not in {a.name for a in record.actors}, describe(record)


def test_creditors_outside_a_debt_story_are_no_body() -> None:
    record = run("Western creditors of the failed airline met in Lisbon on Monday.")
    assert "Paris Club" not in {a.name for a in record.actors}, describe(record)


# --- a body named in the instrument's own phrase is a side, with the one state it names ----------


def test_body_in_the_instruments_phrase_and_its_state_are_the_sides() -> None:
    record = run(
        "A deal bringing Serbia a step closer to EU membership is of great importance to the "
        "region, a minister has said. The deal came despite a demand for Serbia to recognise "
        "Kosovo, and Kosovo has said it would object."
    )
    assert record.agreements, describe(record)
    assert set(party_names(record)) == {"European Union", "Serbia"}, describe(record)


def test_body_in_a_reporting_clause_is_no_side() -> None:
    record = run(
        "Serbia and Croatia signed a border agreement on Monday, a spokesman for the "
        "European Union said."
    )
    assert record.agreements, describe(record)
    assert "European Union" not in party_names(record), describe(record)


# --- "a deal begun between A and Paris-based B" -------------------------------------------------


def test_sides_after_a_participle_and_a_based_name_are_both_parties() -> None:
    record = run(
        "The order is the result of a deal begun between Garuda Indonesia and Toulouse-based "
        "Airbus last year, officials said."
    )
    assert record.agreements, describe(record)
    assert {"Garuda Indonesia", "Airbus"} <= set(party_names(record)), describe(record)


def test_name_after_a_detached_based_is_a_side() -> None:
    # "Seattle -based" as news sites write it: the tagger makes "-based" a verb of its own
    record = run(
        "The sale is the result of a deal begun between Garuda Indonesia and Seattle -based "
        "Boeing last year, but talks stalled."
    )
    assert record.agreements, describe(record)
    assert {"Garuda Indonesia", "Boeing"} <= set(party_names(record)), describe(record)


# --- a body's name broken over a line is no instrument ------------------------------------------


def test_body_name_broken_over_a_line_is_no_instrument() -> None:
    record = run(
        "GENEVA, May 4 - Chile's delegate to the General\nAgreement on Tariffs and Trade made "
        "an appeal for an end to farm subsidies at a special meeting."
    )
    assert not record.agreements, describe(record)


def test_instrument_on_a_line_of_its_own_is_kept() -> None:
    record = run(
        "Chile and Peru signed a trade\nagreement on Monday to cut tariffs on farm goods."
    )
    assert record.agreements, describe(record)
