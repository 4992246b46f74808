"""Material acts and meetings, on sentences written for these tests (none comes from the
examples): talks and who held them, visits, measures imposed and lifted, forces on the move,
aid and cooperation between two sides, and acts that only might happen.

Each test checks the PLOVER type, the CAMEO branch and the sides through `accords.extract`;
the negative cases check what must not be coded (one-sided talks, commerce, a purchase, "visiting
reporters", an act that did not or only might happen).
"""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Event, Record

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-07"


@cache
def run(text: str, dateline: str | None = None) -> Record:
    return accords.extract(text, published=PUBLISHED, dateline=dateline, id="acts-test")


def describe(record: Record) -> str:
    n = {a.id: f"{a.name}({a.country})" for a in record.actors}
    return "\n".join(f"{e.event}/{e.cameo}/{e.modality} {[n[a] for a in e.actor]} -> "
                     f"{[n[a] for a in e.recipient]}" for e in record.events) or "no events"


def countries(record: Record, event: Event) -> set:
    return {record.actor(a).country for a in event.actor + event.recipient} - {None}


def of_type(record: Record, event: str) -> list[Event]:
    return [e for e in record.events if e.event == event]


# --- talks and visits ------------------------------------------------------------------------

def test_talks_measured_in_days_are_held_by_the_subject_at_the_venue() -> None:
    record = run("Vietnam's trade minister began three days of talks in Canberra.")
    talks = [e for e in of_type(record, "CONSULT") if e.cameo.startswith("04")]
    assert any(countries(record, e) == {"VNM", "AUS"} and e.cameo == "042" for e in talks), \
        describe(record)
    assert any(countries(record, e) == {"VNM", "AUS"} and e.cameo == "040" for e in talks), \
        describe(record)


def test_talks_with_partners_only_name_no_meeting() -> None:
    record = run("Talks with Chile and Peru have been going on for years.")
    assert not of_type(record, "CONSULT"), describe(record)


def test_discussions_a_visit_is_for_are_not_one_sided_talks() -> None:
    record = run("A visit to Rome by Kenya's president for trade discussions was under "
                 "consideration.")
    consult = of_type(record, "CONSULT")
    assert [e.cameo for e in consult] == ["042"], describe(record)
    assert countries(record, consult[0]) == {"KEN", "ITA"}


def test_a_visiting_officials_talks_with_no_venue_are_in_the_dateline_country() -> None:
    record = run("OSLO, March 3 - Canadian trade minister Paul Girard told reporters after two "
                 "days of talks that progress had been made.", dateline="OSLO")
    assert any(countries(record, e) == {"CAN", "NOR"} for e in of_type(record, "CONSULT")), \
        describe(record)


def test_talks_underway_with_a_partner_are_the_speakers_sides() -> None:
    record = run("Greek officials revealed talks are underway with China about a loan.")
    assert any(countries(record, e) == {"GRC", "CHN"} for e in of_type(record, "CONSULT")), \
        describe(record)


def test_a_coordinated_subject_discussing_is_both_sides() -> None:
    record = run("Kenya hosted a summit. The leaders spoke. Kenya and Ethiopia are also "
                 "discussing a joint railway project.")
    assert any(countries(record, e) == {"KEN", "ETH"} for e in of_type(record, "CONSULT")), \
        describe(record)


def test_a_meeting_told_again_is_one_meeting() -> None:
    record = run("Indian Prime Minister Rahul Mehta met with Brazilian President Ana Souza on "
                 "Monday. The two discussed trade. Before meeting with Souza, Mehta laid a "
                 "wreath.")
    meetings = [e for e in of_type(record, "CONSULT") if e.cameo == "040"]
    assert len(meetings) == 1, describe(record)


def test_visiting_reporters_are_no_visit() -> None:
    record = run("A Russian general told visiting Japanese reporters that the army was ready.")
    assert not [e for e in of_type(record, "CONSULT") if e.cameo == "042"], describe(record)


def test_deciding_to_buy_from_a_firm_is_no_meeting_or_cooperation() -> None:
    record = run("Turkish Airlines is considering buying 20 aircraft from Boeing.")
    assert not of_type(record, "CONSULT") and not of_type(record, "COOPERATE"), \
        describe(record)


# --- measures imposed and lifted ------------------------------------------------------------

def test_lifting_an_arms_ban_eases_sanctions() -> None:
    record = run("The European Union lifted its arms ban on Belarus.")
    ev = of_type(record, "RETREAT")
    assert len(ev) == 1 and ev[0].cameo == "085", describe(record)


def test_a_measure_is_aimed_at_whom_its_purpose_clause_names() -> None:
    record = run("Washington lifted a trade ban to reward Havana for its reforms.")
    ev = of_type(record, "RETREAT")
    assert len(ev) == 1 and ev[0].cameo == "085", describe(record)
    assert countries(record, ev[0]) == {"USA", "CUB"}


def test_a_ban_protested_against_is_aimed_at_the_protester() -> None:
    record = run("Norway protested against the fishing ban decided by Russia.")
    ev = of_type(record, "COERCE")
    assert len(ev) == 1, describe(record)
    assert {record.actor(a).country for a in ev[0].actor} == {"RUS"}
    assert {record.actor(a).country for a in ev[0].recipient} == {"NOR"}


def test_a_ban_imposed_by_a_state_and_suspended_is_both_acts() -> None:
    record = run("The German embargo on trade with Iran - imposed by Berlin in 2012 - was "
                 "suspended on Monday.")
    coerce, retreat = of_type(record, "COERCE"), of_type(record, "RETREAT")
    assert len(coerce) == 1 and coerce[0].cameo == "163", describe(record)
    assert countries(record, coerce[0]) == {"DEU", "IRN"}
    assert len(retreat) == 1 and retreat[0].cameo == "085", describe(record)


# --- forces, aid, cooperation -------------------------------------------------------------

def test_warships_on_the_move_mobilise() -> None:
    record = run("Indian and Chinese warships headed for the disputed waters.")
    ev = of_type(record, "MOBILIZE")
    assert len(ev) == 1 and countries(record, ev[0]) == {"IND", "CHN"}, describe(record)


def test_an_arms_order_is_no_military_aid() -> None:
    record = run("France will discuss what Britain can offer in return for Riyadh giving "
                 "London its biggest arms order.")
    assert not of_type(record, "AID"), describe(record)


# --- what did not, or only might, happen ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Italy might send troops to train Libyan police.",
    "Egypt said the decision did not mean Spain had cut its ties with Cuba.",
])
def test_an_act_that_only_might_happen_or_did_not_is_no_event(text) -> None:
    record = run(text)
    assert not [e for e in record.events if e.event in (
        "AID", "MOBILIZE", "SANCTION", "COOPERATE")], describe(record)


def test_a_clause_the_parser_hangs_from_a_modal_one_keeps_its_modality() -> None:
    record = run("After the vote, the Libyan government has closed its embassy in Rome and "
                 "diplomats could be seen leaving.")
    ev = of_type(record, "SANCTION")
    assert len(ev) == 1 and ev[0].modality == "asserted", describe(record)


def test_an_intent_to_work_in_a_foreign_state_is_aimed_at_it() -> None:
    record = run("Japan has agreed to build three new bridges in Kenya worth 90 mln dlrs.")
    ev = of_type(record, "AGREE")
    assert ev and countries(record, ev[0]) == {"JPN", "KEN"}, describe(record)


def test_ready_to_escort_another_states_tankers_is_an_offer_of_protection() -> None:
    record = run("The French navy was prepared to escort Greek tankers through the strait.")
    ev = of_type(record, "AGREE")
    assert ev and ev[0].cameo.startswith("033"), describe(record)
    assert countries(record, ev[0]) == {"FRA", "GRC"}


# --- announced plans: the act intended decides between a threat and an intent -------------------

def test_announced_plans_for_a_hostile_measure_are_a_threat() -> None:
    record = run("Washington announced plans to impose tariffs on imports of Japanese "
                 "electronic goods.")
    threats = of_type(record, "THREATEN")
    assert threats and countries(record, threats[0]) == {"USA", "JPN"}, describe(record)
    assert not of_type(record, "AGREE"), describe(record)


def test_announced_plans_to_help_are_an_intent_to_give_aid() -> None:
    record = run("Japan announced plans to send emergency aid to Peru.")
    offers = of_type(record, "AGREE")
    assert offers and offers[0].cameo == "033", describe(record)
    assert countries(record, offers[0]) == {"JPN", "PER"}, describe(record)
    assert not of_type(record, "AID"), describe(record)


# --- receiving: a guest, not a thing -------------------------------------------------------------

def test_receiving_shares_is_no_hosting() -> None:
    record = run("The French firm Renault and the Swedish group Volvo said on Monday that Volvo "
                 "shareholders would receive Renault shares.")
    assert not of_type(record, "CONSULT"), describe(record)


def test_receiving_a_minister_is_hosting() -> None:
    record = run("French President Francois Mitterrand received Soviet Foreign Minister Eduard "
                 "Shevardnadze in Paris on Monday.")
    hosted = [e for e in of_type(record, "CONSULT") if e.cameo == "043"]
    assert hosted and countries(record, hosted[0]) == {"FRA", "SUN"}, describe(record)


# --- who is visiting ---------------------------------------------------------------------------

def test_a_visit_in_a_phrase_on_a_name_is_that_persons() -> None:
    record = run("West German President Richard von Weizsaecker arrived on Sunday. "
                 "Weizsaecker, in a speech on the second day of a state visit to Argentina, "
                 "said debtors and creditors share responsibility.")
    visits = [e for e in of_type(record, "CONSULT") if e.cameo == "042"]
    assert visits and countries(record, visits[0]) == {"DEU", "ARG"}, describe(record)


def test_the_visiting_envoy_is_the_visitor_not_his_host() -> None:
    record = run("Japan's trade minister told visiting U.S. Trade Representative Clayton "
                 "Yeutter that Japan would buy supercomputers.", dateline="TOKYO")
    visits = [e for e in of_type(record, "CONSULT") if e.cameo == "042"]
    assert visits, describe(record)
    assert {record.actor(a).country for a in visits[0].actor} == {"USA"}, describe(record)
    assert {record.actor(a).country for a in visits[0].recipient} == {"JPN"}, describe(record)


# --- ending and halting talks --------------------------------------------------------------------

def test_ending_a_round_of_talks_is_no_sanction() -> None:
    record = run("Chile and Argentina ended two days of talks in Montevideo on Friday.")
    assert not of_type(record, "SANCTION"), describe(record)
    assert of_type(record, "CONSULT"), describe(record)


def test_breaking_off_talks_is_halting_negotiations() -> None:
    record = run("Ecuador broke off talks with Peru on Friday.")
    halts = of_type(record, "SANCTION")
    assert halts and halts[0].cameo == "164", describe(record)
    assert countries(record, halts[0]) == {"ECU", "PER"}, describe(record)
    assert not of_type(record, "THREATEN"), describe(record)


def test_a_speaker_on_a_visit_is_the_visitor() -> None:
    record = run("Italian Prime Minister Bettino Craxi arrived on Monday. The prime minister, on "
                 "the second day of a four-day visit to Canada, said trade would grow.")
    visits = [e for e in of_type(record, "CONSULT") if e.cameo == "042"]
    assert visits and countries(record, visits[0]) == {"ITA", "CAN"}, describe(record)


@pytest.mark.parametrize("text, host", [
    ("Japanese Prime Minister Noboru Takeshita will visit Beijing next week.", "CHN"),
    ("Japanese Prime Minister Noboru Takeshita visited Washington last week.", "USA"),
])
def test_visiting_a_capital_is_visiting_its_state(text: str, host: str) -> None:
    record = run(text)
    visits = [e for e in of_type(record, "CONSULT") if e.cameo == "042"]
    assert visits and countries(record, visits[0]) == {"JPN", host}, describe(record)


def test_a_capital_visited_in_1987_belongs_to_the_state_of_the_day() -> None:
    record = accords.extract("Japanese Prime Minister Yasuhiro Nakasone will visit Moscow "
                             "next week.", published="1987-03-02", id="acts-test")
    visits = [e for e in of_type(record, "CONSULT") if e.cameo == "042"]
    assert visits and countries(record, visits[0]) == {"JPN", "SUN"}, describe(record)


def test_is_to_visit_is_still_to_come() -> None:
    record = run("The Chinese premier is to visit Canada next month.")
    visits = of_type(record, "CONSULT")
    assert visits and all(e.modality == "future" for e in visits), describe(record)


def test_before_visiting_a_minister_the_subject_is_the_visitor() -> None:
    record = run("Dutch trade envoy Jan de Vries will meet Senate leaders tomorrow before "
                 "visiting Agriculture Secretary Richard Lyng.", dateline="WASHINGTON")
    visits = [e for e in of_type(record, "CONSULT") if e.cameo == "042"]
    assert all("Richard Lyng" not in {record.actor(a).name for a in e.actor} for e in visits), \
        describe(record)


def test_touring_a_country_is_visiting_it() -> None:
    # a tour is one visit to each state (tests/test_tours.py)
    record = run("Chinese Premier Li Peng toured Thailand and Malaysia last week.")
    visits = [e for e in of_type(record, "CONSULT") if e.cameo == "042"]
    assert sorted(sorted(countries(record, v)) for v in visits) == [
        ["CHN", "MYS"], ["CHN", "THA"]], describe(record)


def test_touring_unnamed_states_names_no_host() -> None:
    record = run("Libyan envoys toured Gulf Arab states this week.", dateline="KUWAIT")
    assert not [e for e in of_type(record, "CONSULT") if e.recipient], describe(record)


# --- forces sent somewhere -----------------------------------------------------------------------

def test_troops_deployed_on_a_border_are_a_show_of_force_at_the_neighbour() -> None:
    record = run("Iraq has amassed tanks near the Kuwaiti border.")
    shows = of_type(record, "MOBILIZE")
    assert shows and countries(record, shows[0]) == {"IRQ", "KWT"}, describe(record)
    assert not of_type(record, "COOPERATE"), describe(record)


def test_peacekeepers_deployed_are_protection_given() -> None:
    record = run("Bangladesh deployed 800 peacekeepers in Sierra Leone.")
    aid = of_type(record, "AID")
    assert aid and aid[0].cameo == "074" and countries(record, aid[0]) == {"BGD", "SLE"}, \
        describe(record)


def test_deploying_software_is_no_event() -> None:
    record = run("The Swedish company deployed new software in its German offices.")
    assert not record.events, describe(record)


# --- joint meetings named by their subject -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chilean and Peruvian officials met in Lima on Monday.",
    "The foreign ministers of Chile and Peru met in Lima on Monday.",
])
def test_sides_named_together_in_the_subject_met(text: str) -> None:
    record = run(text)
    meetings = of_type(record, "CONSULT")
    assert meetings and countries(record, meetings[0]) == {"CHL", "PER"}, describe(record)


def test_officials_of_one_state_meeting_is_no_event() -> None:
    record = run("Chilean officials met in Santiago on Monday.")
    assert not of_type(record, "CONSULT"), describe(record)


def test_the_month_of_march_is_no_protest() -> None:
    record = run("Chile and Peru signed a fishing treaty in March.")
    assert not of_type(record, "PROTEST") and not of_type(record, "ACCUSE"), describe(record)


# --- relations, recognition, mediation, phone calls ----------------------------------------------

def test_breaking_off_relations_is_cutting_them() -> None:
    record = run("Morocco broke off diplomatic relations with Iran.")
    cuts = of_type(record, "SANCTION")
    assert cuts and cuts[0].cameo == "161" and countries(record, cuts[0]) == {"MAR", "IRN"}, \
        describe(record)
    assert not of_type(record, "THREATEN"), describe(record)


def test_recognising_a_state_is_diplomatic_recognition() -> None:
    record = run("Ghana recognised Namibia on Tuesday.")
    support = of_type(record, "SUPPORT")
    assert support and support[0].cameo == "054", describe(record)
    assert not of_type(run("Ghana recognised the need for reform."), "SUPPORT")


def test_mediating_between_two_sides_names_both() -> None:
    record = run("Algeria mediated between Iran and Iraq.")
    mediation = [e for e in of_type(record, "CONSULT") if e.cameo == "045"]
    assert mediation and countries(record, mediation[0]) == {"DZA", "IRN", "IRQ"}, \
        describe(record)


def test_speaking_by_telephone_is_a_phone_call() -> None:
    record = run("Brazilian President Jose Sarney spoke by telephone with Argentine President "
                 "Raul Alfonsin on Monday.")
    calls = of_type(record, "CONSULT")
    assert calls and calls[0].cameo == "041" and calls[0].mode == "phone", describe(record)


def test_seizing_another_sides_ship_is_confiscation() -> None:
    record = run("Iranian gunboats seized a Greek tanker on Monday.")
    seized = of_type(record, "COERCE")
    assert seized and seized[0].cameo == "1711" and countries(record, seized[0]) == {
        "IRN", "GRC"}, describe(record)
    assert not run("The government seized the opportunity to cut interest rates.").events


def test_pulling_troops_out_of_a_country_is_aimed_at_it() -> None:
    record = run("Syria pulled its troops out of Lebanon.")
    retreats = of_type(record, "RETREAT")
    assert retreats and countries(record, retreats[0]) == {"SYR", "LBN"}, describe(record)


def test_meeting_a_request_is_no_meeting() -> None:
    record = run("Japanese officials will keep the rate low to meet U.S. requests.")
    assert not of_type(record, "CONSULT"), describe(record)
    record = run("U.S. Undersecretary of State John Bolton is meeting British officials this week.")
    assert of_type(record, "CONSULT"), describe(record)


def test_talks_proposed_or_rejected_are_not_held() -> None:
    for text in ("Turkey proposed talks with Greece on the Aegean.",
                 "Turkey rejected talks with Greece."):
        record = run(text)
        assert not [e for e in of_type(record, "CONSULT") if e.cameo.startswith("04")], \
            describe(record)
