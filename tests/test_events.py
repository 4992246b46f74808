"""The event coder on sentences written for these tests (none comes from the examples).

Each test names a PLOVER type or a structure of the parse (subject and object, passive,
coordination, complement clauses, reported demands, event nouns, non-state groups) and checks
the type, the CAMEO code's branch and who acted on whom, through `accords.extract`. The negative
cases check what must not be coded: a mention of an old agreement is not a signing, a refusal to
meet is not a negated meeting, welcoming a statement is not hosting.
"""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.code.lexicon import get_lexicon, intent, noun_code, plover
from accords.model import Event, Record

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-07"


@cache
def run(text: str) -> Record:
    return accords.extract(text, published=PUBLISHED, id="event-test")


def sides(record: Record, event: Event) -> tuple[set, set]:
    def country(a: str) -> str | None:
        return record.actor(a).country
    return {country(a) for a in event.actor}, {country(a) for a in event.recipient}


def describe(record: Record) -> str:
    n = {a.id: f"{a.name}({a.country})" for a in record.actors}
    return "\n".join(f"{e.event}/{e.cameo}/{e.modality} {[n[a] for a in e.actor]} -> "
                     f"{[n[a] for a in e.recipient]}" for e in record.events) or "no events"


def only(record: Record, event: str) -> Event:
    found = [e for e in record.events if e.event == event]
    assert len(found) == 1, describe(record)
    return found[0]


# --- one sentence per PLOVER type, source and target from the parse ----------------------------

TYPE_CASES = [
    ("Canada accused China of meddling in its elections.", "ACCUSE", "11", {"CAN"}, {"CHN"}),
    ("Estonia condemned Russia over the airspace violation.", "ACCUSE", "11", {"EST"}, {"RUS"}),
    ("Japan urged North Korea to return to the negotiating table.", "REQUEST", "02", {"JPN"},
     {"PRK"}),
    ("Egypt rejected Ethiopia's proposal to share the river's water.", "REJECT", "12", {"EGY"},
     {"ETH"}),
    ("The European Union imposed sanctions on Iran over its nuclear programme.", "COERCE",
     "163", {None}, {"IRN"}),
    ("Norway sent humanitarian aid to Sudan.", "AID", "07", {"NOR"}, {"SDN"}),
    ("Greece expelled two Turkish diplomats.", "SANCTION", "16", {"GRC"}, {"TUR"}),
    ("Spain praised Morocco for its cooperation on migration.", "SUPPORT", "051", {"ESP"},
     {"MAR"}),
    ("Russian warplanes bombed villages in Ukraine.", "ASSAULT", "19", {"RUS"}, set()),
    ("France telephoned Germany on Monday about the crisis.", "CONSULT", "041", {"FRA"},
     {"DEU"}),
    ("Egypt hosted the Sudanese foreign minister in Cairo.", "CONSULT", "043", {"EGY"},
     {"SDN"}),
    ("Italy eased restrictions on Libyan imports.", "CONCEDE", "08", {"ITA"}, {"LBY"}),
    ("Brazil and Argentina cooperated on a joint investigation into smuggling.", "COOPERATE",
     "06", {"BRA", "ARG"}, set()),
    ("Russia vetoed the resolution on Syria.", "REJECT", "129", {"RUS"}, {"SYR"}),
    ("Poland recalled its ambassador from Belarus.", "SANCTION", "161", {"POL"}, {"BLR"}),
]


@pytest.mark.parametrize("text,event,cameo,actor,recipient", TYPE_CASES)
def test_each_type_from_a_verb(text, event, cameo, actor, recipient) -> None:
    record = run(text)
    ev = only(record, event)
    assert ev.cameo.startswith(cameo), describe(record)
    got_actor, got_recipient = sides(record, ev)
    assert got_actor == actor, describe(record)
    assert recipient <= got_recipient, describe(record)
    assert ev.modality == "asserted"
    assert ev.evidence and ev.evidence[0].text in text


def test_withdrawal_is_retreat_and_deployment_is_mobilize() -> None:
    record = run("Israeli troops withdrew from the town on Tuesday.")
    assert only(record, "RETREAT").cameo.startswith("087"), describe(record)
    record = run("Armenia mobilised its reservists after the border clashes.")
    assert only(record, "MOBILIZE").cameo.startswith("15"), describe(record)


def test_lifting_a_curfew_is_retreat_and_arresting_is_coerce() -> None:
    record = run("Kenya lifted the curfew in Mombasa after the unrest ended.")
    assert only(record, "RETREAT").cameo.startswith("081"), describe(record)
    record = run("Turkish police arrested 40 Kurdish activists in Ankara.")
    assert only(record, "COERCE").cameo == "173", describe(record)


# --- complements: the governing verb gives the type -------------------------------------------

def test_agreeing_to_meet_is_intent_to_meet() -> None:
    record = run("Serbia and Kosovo agreed to meet in Brussels next month.")
    ev = only(record, "AGREE")
    assert ev.cameo == "036", describe(record)
    assert not [e for e in record.events if e.event == "CONSULT"], describe(record)


def test_offering_to_mediate_names_both_sides_as_targets() -> None:
    record = run("Brazil offered to mediate between Venezuela and Guyana.")
    ev = only(record, "AGREE")
    assert ev.cameo == "039", describe(record)
    assert sides(record, ev) == ({"BRA"}, {"VEN", "GUY"})


def test_refusing_to_meet_is_reject_not_a_negated_meeting() -> None:
    record = run("Iran refused to meet the American envoy.")
    ev = only(record, "REJECT")
    assert ev.cameo == "125", describe(record)
    assert sides(record, ev) == ({"IRN"}, {"USA"})
    assert not [e for e in record.events if e.event == "CONSULT"], describe(record)


def test_threatening_to_impose_sanctions_is_a_threat_at_the_target() -> None:
    record = run("Turkey threatened to impose sanctions on Sweden.")
    ev = only(record, "THREATEN")
    assert ev.cameo == "1312", describe(record)
    assert sides(record, ev) == ({"TUR"}, {"SWE"})
    assert not [e for e in record.events if e.event == "COERCE"], describe(record)


def test_urging_to_withdraw_is_a_request_to_de_escalate() -> None:
    record = run("The United Nations urged Eritrea to withdraw its troops from the zone.")
    ev = only(record, "REQUEST")
    assert ev.cameo == "0256", describe(record)
    assert {record.actor(a).name for a in ev.actor} == {"United Nations"}
    assert sides(record, ev)[1] == {"ERI"}
    assert not [e for e in record.events if e.event == "RETREAT"], describe(record)


def test_being_willing_to_withdraw_is_an_intent() -> None:
    record = run("Syria said it is willing to withdraw its troops from Lebanon.")
    assert only(record, "AGREE").cameo == "0356", describe(record)


def test_a_reported_must_is_a_demand_of_the_clause_subject() -> None:
    record = run("Russia said Sudan must return the captured helicopter.")
    ev = only(record, "REQUEST")
    assert sides(record, ev) == ({"RUS"}, {"SDN"}), describe(record)
    assert not [e for e in record.events if e.event == "RETREAT"], describe(record)


# --- modality: announcing an act --------------------------------------------------------------

def test_announced_aid_is_an_intent_to_aid() -> None:
    record = run("Australia will provide $50 million in aid to Papua New Guinea.")
    ev = only(record, "AGREE")
    assert ev.cameo.startswith("033"), describe(record)
    assert ev.modality == "future"
    assert sides(record, ev) == ({"AUS"}, {"PNG"})


def test_announced_boycott_is_a_threat() -> None:
    assert intent("143") == "133" and intent("190") == "1384" and intent("071") == "0331"
    record = run("Palestinian leaders said they would boycott all contact with the United States.")
    assert only(record, "THREATEN"), describe(record)


# --- structures --------------------------------------------------------------------------------

def test_coordinated_subjects_act_jointly() -> None:
    record = run("Vietnam and the Philippines will cooperate on maritime security.")
    ev = only(record, "AGREE")
    assert sides(record, ev)[0] == {"VNM", "PHL"}, describe(record)
    assert ev.recipient == []


def test_passive_agent_is_the_source() -> None:
    record = run("Georgia was accused by Russia of provoking the conflict.")
    ev = only(record, "ACCUSE")
    assert sides(record, ev) == ({"RUS"}, {"GEO"}), describe(record)


def test_event_noun_after_a_light_verb() -> None:
    record = run("Peru issued an ultimatum to Ecuador.")
    ev = only(record, "THREATEN")
    assert ev.cameo == "139", describe(record)
    assert sides(record, ev) == ({"PER"}, {"ECU"})
    assert not [e for e in record.events if e.event == "ACCUSE"], describe(record)


def test_accepting_or_rejecting_a_demand_answers_it() -> None:
    record = run("Mozambique accepted demands from the rebels for political reform.")
    assert only(record, "CONCEDE"), describe(record)
    # the demand answered was made, to the one who answers it (tests/test_pressure_requests)
    names = {a.id: a.country or a.name for a in record.actors}
    assert [(names[e.actor[0]], names[e.recipient[0]]) for e in record.events
            if e.event == "REQUEST"] == [("rebels", "MOZ")], describe(record)
    record = run("The rebels dismissed an appeal from Uganda to lay down their arms.")
    assert only(record, "REJECT"), describe(record)


def test_the_main_clause_act_comes_first() -> None:
    record = run("Thousands of students in Jakarta staged demonstrations to demand reforms "
                 "from Indonesia's government.")
    first = max(record.events, key=lambda e: e.confidence)
    assert first.event == "PROTEST", describe(record)


def test_withholding_cooperation_is_a_refusal() -> None:
    record = run("Australia will not export uranium to India, the foreign minister said.")
    ev = only(record, "REJECT")
    assert (ev.cameo, ev.modality) == ("1211", "asserted"), describe(record)
    assert sides(record, ev) == ({"AUS"}, {"IND"})


def test_stopping_supplies_is_a_sanction() -> None:
    record = run("Russia's Gazprom stopped supplying gas to Moldova on Monday.")
    ev = only(record, "SANCTION")
    assert ev.cameo.startswith("162"), describe(record)
    assert "MDA" in sides(record, ev)[1]


def test_an_agreements_terms_are_not_acts_and_trade_figures_are_not_events() -> None:
    record = run("Chile and Peru signed a gas deal on Monday. Under the agreement, Peru will "
                 "supply Chile with gas for ten years. Peru exported 2 million tonnes of "
                 "copper to Chile last year.")
    assert not [e for e in record.events if e.event in ("AGREE", "COOPERATE", "AID")
                and e.agreements == []], describe(record)


def test_supporting_a_deal_is_support_not_a_signing() -> None:
    record = run("Japan strongly supported the trade deal between India and the United States "
                 "on Monday.")
    ev = only(record, "SUPPORT")
    assert ev.cameo.startswith("05") and ev.cameo != "057", describe(record)


def test_a_state_that_protests_complains_officially() -> None:
    record = run("France protested on Tuesday over Canada's decision to close its ports.")
    ev = only(record, "ACCUSE")
    assert ev.cameo == "114", describe(record)
    assert sides(record, ev) == ({"FRA"}, {"CAN"})
    record = run("Thousands of Nigerians protested in Lagos against the new law.")
    assert only(record, "PROTEST"), describe(record)


def test_condemning_an_act_targets_its_doer() -> None:
    record = run("Iran seized seven Kuwaiti boats on Sunday. Kuwait condemned the seizure "
                 "and summoned Iran's envoy.")
    ev = only(record, "ACCUSE")
    assert sides(record, ev) == ({"KWT"}, {"IRN"}), describe(record)


def test_telling_a_state_to_act_is_a_demand_and_telling_a_reporter_is_not() -> None:
    record = run("Britain told Japan to resolve the dispute over the telephone company.")
    ev = only(record, "REQUEST")
    assert sides(record, ev) == ({"GBR"}, {"JPN"}), describe(record)
    record = run("Chavez told Venezuelan state television that the talks went well.")
    assert not [e for e in record.events if e.event == "REQUEST"], describe(record)


def test_a_state_announcing_a_measure_is_its_doer() -> None:
    record = run("Fishing boats entered the zone on Monday. Canada said on Tuesday that any "
                 "French fishermen caught in the area would be arrested.")
    ev = only(record, "THREATEN")
    assert sides(record, ev)[0] == {"CAN"}, describe(record)


def test_lifting_a_measure_is_a_retreat_from_it() -> None:
    record = run("The United States lifted sanctions against Iran on Monday.")
    ev = only(record, "RETREAT")
    assert ev.cameo == "085" and sides(record, ev) == ({"USA"}, {"IRN"}), describe(record)
    record = run("The EU embargo on arms exports to China is likely to be lifted soon.")
    ev = only(record, "AGREE")  # announced: the intent to ease it
    assert ev.cameo == "0354", describe(record)
    assert not [e for e in record.events if e.event == "COERCE"], describe(record)


def test_a_welcomed_move_is_praise_of_its_author() -> None:
    record = run("Beijing welcomed the EU's move on Tuesday. The EU's move was welcomed by "
                 "Japan.")
    supports = [e for e in record.events if e.event == "SUPPORT"]
    assert len(supports) == 2 and all(e.cameo == "051" for e in supports), describe(record)


def test_an_expected_visit_is_a_planned_visit_with_its_purpose_folded() -> None:
    record = run("Australia's foreign minister is expected to visit the United States next "
                 "year to discuss the withdrawal of troops from Iraq.")
    ev = only(record, "CONSULT")
    assert (ev.cameo, ev.modality) == ("042", "future"), describe(record)
    assert not [e for e in record.events if e.event == "AGREE"], describe(record)


def test_blocking_roads_is_protest_by_people_and_coercion_by_a_state() -> None:
    record = run("Hundreds of students blocked roads in Dhaka on Monday to demand reforms.")
    assert only(record, "PROTEST").cameo == "144", describe(record)
    record = run("Turkey blocked the border crossing to Syria on Monday.")
    assert only(record, "COERCE").cameo == "191", describe(record)


def test_strengthening_forces_is_mobilising_and_a_suspension_is_a_sanction() -> None:
    record = run("Israel has strengthened its forces along the border with Lebanon.")
    assert only(record, "MOBILIZE").cameo == "154", describe(record)
    record = run("Italy announced a suspension of air links with Serbia on Wednesday.")
    ev = only(record, "SANCTION")
    assert sides(record, ev) == ({"ITA"}, {"SRB"}), describe(record)


def test_a_clause_about_the_venue_names_no_destination() -> None:
    record = run("Britain's prime minister is at a summit in Brussels, where Iraq and "
                 "immigration are on the agenda.")
    assert not [e for e in record.events if "IRQ" in sides(record, e)[1]], describe(record)


def test_concern_about_anothers_conduct_is_disapproval() -> None:
    record = run("Japan voiced concern over China's naval exercises near the islands.")
    ev = only(record, "ACCUSE")
    assert sides(record, ev) == ({"JPN"}, {"CHN"}), describe(record)
    record = run("Japan's finance minister voiced concern over the strong yen.")
    assert not [e for e in record.events if e.event == "ACCUSE"], describe(record)


def test_one_meeting_per_partner_phrase() -> None:
    record = run("On Tuesday the Greek prime minister met with the International Monetary "
                 "Fund, then with the Egyptian president.")
    meetings = [e for e in record.events if e.event == "CONSULT"]
    assert len(meetings) == 2, describe(record)


def test_capitals_stand_for_their_governments_in_talks() -> None:
    record = run("Fishing negotiations are currently held between Ottawa and Paris.")
    ev = only(record, "CONSULT")
    assert sides(record, ev)[0] | sides(record, ev)[1] == {"CAN", "FRA"}, describe(record)


def test_being_prepared_to_impose_martial_law_is_a_threat() -> None:
    record = run("Iraq's government announced that it is prepared to impose martial law.")
    assert only(record, "THREATEN").cameo == "1324", describe(record)


def test_event_noun_with_possessor_and_target() -> None:
    record = run("Lithuania condemned the invasion. Moscow's invasion of Ukraine began in "
                 "February, officials in Vilnius said.")
    assaults = [e for e in record.events if e.event == "ASSAULT"]
    assert len(assaults) == 1, describe(record)
    assert sides(record, assaults[0])[1] == {"UKR"}


def test_named_armed_groups_get_their_country_and_sector() -> None:
    record = run("Hezbollah fired rockets at northern Israel on Sunday.")
    ev = only(record, "ASSAULT")
    source = record.actor(ev.actor[0])
    assert (source.country, source.sector) == ("LBN", "REB"), describe(record)
    assert sides(record, ev)[1] == {"ISR"}


def test_a_group_in_an_of_phrase_is_the_target() -> None:
    record = run("The government of Chile conceded to the demands of the protesters.")
    ev = only(record, "CONCEDE")
    target = record.actor(ev.recipient[0])
    assert (target.name, target.sector) == ("protesters", "OPP"), describe(record)


def test_non_state_groups_are_actors_with_a_sector() -> None:
    record = run("Thousands of protesters rallied outside the Russian embassy in Warsaw.")
    ev = only(record, "PROTEST")
    source = record.actor(ev.actor[0])
    assert source.sector == "OPP" and source.kind == "organization", describe(record)
    assert sides(record, ev)[1] == {"RUS"}
    record = run("Syrian rebels shelled government positions near Aleppo.")
    ev = only(record, "ASSAULT")
    source = record.actor(ev.actor[0])
    assert (source.sector, source.country) == ("REB", "SYR"), describe(record)


# --- what is not an event of that kind ---------------------------------------------------------

def test_a_cited_old_agreement_is_not_a_signing() -> None:
    record = run("The minister cited the 1992 treaty with Russia during the debate.")
    assert not [e for e in record.events if e.cameo == "057"], describe(record)


def test_violating_an_agreement_is_what_the_verb_says() -> None:
    record = run("Serbia violated the 2013 agreement with Kosovo.")
    ev = only(record, "REJECT")
    assert sides(record, ev) == ({"SRB"}, {"XKX"}), describe(record)
    assert not [e for e in record.events if e.cameo == "057"], describe(record)


def test_a_violation_reported_by_the_other_side_is_its_accusation() -> None:
    # the violation is what Kosovo alleges (tests/test_reported_wrongs.py), no signing
    record = run("Serbia violated the 2013 agreement with Kosovo, Kosovo's prime minister said.")
    ev = only(record, "ACCUSE")
    assert sides(record, ev) == ({"XKX"}, {"SRB"}), describe(record)
    assert not [e for e in record.events if e.cameo == "057"], describe(record)


def test_welcoming_a_decision_is_support_not_hosting() -> None:
    record = run("France welcomed the decision by Germany to send tanks to Ukraine.")
    ev = only(record, "SUPPORT")
    assert ev.cameo == "051", describe(record)
    assert "DEU" in sides(record, ev)[1]
    assert not [e for e in record.events if e.cameo == "043"], describe(record)


def test_a_verb_with_no_act_codes_nothing() -> None:
    record = run("Interest in the election was dominated by the debate on tariffs, and France "
                 "and Italy later published their figures. The two countries also discussed "
                 "little else. Observers said the coverage of Italy dominated the news.")
    assert not [e for e in record.events if e.event == "ASSAULT"], describe(record)


def test_one_sided_acts_past_the_lead_are_background() -> None:
    lead = ("Chile and Peru held talks in Lima on Monday on their fishing dispute. The talks "
            "ended without a statement.")
    background = " Later in the week, Bolivia criticised the ruling."
    record = run(lead + background)
    assert not [e for e in record.events if e.event == "ACCUSE"], describe(record)
    record = run("Bolivia criticised the ruling on Monday.")
    assert only(record, "ACCUSE"), describe(record)


# --- the lexicon itself ------------------------------------------------------------------------

def test_patterns_need_the_object_words_and_prepositions_next_to_the_verb() -> None:
    nlp = accords.extract.__globals__["load_pipeline"]()
    lex = get_lexicon()
    imposed = next(t for t in nlp("Washington imposed sanctions on Cuba.") if t.lemma_ ==
                   "impose")
    assert lex.cameo(imposed) == ("163", 1)
    taxed = next(t for t in nlp("Washington imposed taxes on imports.") if t.lemma_ == "impose")
    assert lex.code(taxed) is None
    phoned = next(t for t in nlp("Macron telephoned Scholz on Monday.") if t.lemma_ ==
                  "telephone")
    assert lex.cameo(phoned)[0] == "041"  # "on Monday" is not "call on"


def test_noun_codes_read_compounds_and_plover_maps_appeals() -> None:
    nlp = accords.extract.__globals__["load_pipeline"]()
    doc = nlp("Israeli air strikes and a general strike followed the strike.")
    codes = [noun_code(t) for t in doc if t.lemma_ == "strike"]
    assert codes == ["195", "143", None]
    assert plover("0256").event == "REQUEST" and plover("1056").event == "REQUEST"
    assert plover("010") is None  # a statement is no PLOVER event


# --- who an act is aimed at: the object's own modifiers, the venue, the earlier act -------------

def test_an_envoy_expelled_stands_for_the_state_that_sent_him() -> None:
    record = run("Hungary expelled the Serbian consul in Vienna and the Serbian ambassador to "
                 "Austria last week.")
    ev = only(record, "SANCTION")
    assert sides(record, ev) == ({"HUN"}, {"SRB"}), describe(record)


def test_the_venue_of_an_act_is_not_its_target_when_another_is_named() -> None:
    record = run("Brazil lodged a protest at the United Nations against Paraguay.")
    ev = only(record, "ACCUSE")
    assert sides(record, ev) == ({"BRA"}, {"PRY"}), describe(record)
    record = run("Syrian troops opened fire at Turkish soldiers on the border.")
    assert any(sides(record, e) == ({"SYR"}, {"TUR"}) for e in record.events), \
        describe(record)


def test_condemning_an_act_targets_whoever_did_it_earlier() -> None:
    record = run("Chad arrested four Sudanese traders on Monday. Sudan's foreign minister "
                 "Ali Osman later condemned the arrests.")
    assert any(e.event == "ACCUSE" and sides(record, e) == ({"SDN"}, {"TCD"})
               for e in record.events), describe(record)


def test_their_in_a_second_clause_refers_to_the_first_clause_object() -> None:
    record = run("Morocco seized three Spanish trawlers and detained their crews.")
    coerced = [e for e in record.events if e.event == "COERCE"]
    assert coerced and all(sides(record, e) == ({"MAR"}, {"ESP"}) for e in coerced), \
        describe(record)


def test_the_two_sides_of_a_row_with_a_union_are_the_state_and_the_union() -> None:
    record = run("Canada and the European Union clashed over beef import rules on Monday, and "
                 "the European Union said Canada broke trade rules. The European Union's trade "
                 "chief said later that the two sides had agreed to resume talks next month.")
    agreed = [e for e in record.events if e.event == "AGREE"]
    assert agreed, describe(record)
    names = {record.actor(a).name for e in agreed for a in e.actor + e.recipient}
    assert "European Union" in names and "Canada" in names, describe(record)


def test_who_in_a_relative_clause_is_the_noun_it_describes() -> None:
    record = run("The accord was praised by Egyptian Foreign Minister Sameh Shoukry, who "
                 "arrived in Khartoum on Monday.")
    visit = only(record, "CONSULT")
    assert visit.cameo == "042" and sides(record, visit) == ({"EGY"}, {"SDN"}), \
        describe(record)


def test_a_tour_of_a_continent_visits_no_country() -> None:
    record = run("Canada's foreign minister Melanie Joly, on a tour of Africa, visited "
                 "Kenya on Monday.")
    visits = [e for e in record.events if e.cameo == "042"]
    assert [sides(record, e) for e in visits] == [({"CAN"}, {"KEN"})], describe(record)


def test_a_pattern_of_one_preposition_needs_someone_after_it() -> None:
    record = run("Japan fears the Chinese arms deal with Russia would lead to a buying spree "
                 "in the region.")
    assert not [e for e in record.events if e.event == "CONSULT"], describe(record)
    record = run("Chile called on Bolivia to return to the talks.")
    ev = only(record, "REQUEST")
    assert sides(record, ev) == ({"CHL"}, {"BOL"}), describe(record)


def test_the_purpose_of_an_agreement_is_its_content_not_an_act() -> None:
    record = run("Peru extended its mining agreement with Canada for two years to allow "
                 "further drilling in the Andes.")
    assert not [e for e in record.events if e.event == "CONCEDE"], describe(record)
    record = run("Kenya signed a deal with Japan to build a railway to link Nairobi with "
                 "the coast.")
    assert not [e for e in record.events if e.event == "COOPERATE"], describe(record)
    assert [e for e in record.events if e.event == "SUPPORT"], describe(record)


def test_the_seller_named_in_the_object_is_the_counterpart_of_a_promise() -> None:
    record = run("Belarus has agreed to pay 20% more for oil supplied by Kazakhstan.")
    agreed = [e for e in record.events if e.event == "AGREE"]
    assert agreed and sides(record, agreed[0]) == ({"BLR"}, {"KAZ"}), describe(record)


def test_an_act_told_again_without_its_target_is_one_act() -> None:
    record = run("Algeria cut off gas supplies to Morocco on Friday. The move came two days "
                 "after Algeria cut off gas supplies in a dispute over prices.")
    cut = [e for e in record.events if e.event == "SANCTION"]
    assert [sides(record, e) for e in cut] == [({"DZA"}, {"MAR"})], describe(record)


def test_titles_with_inner_hyphens_and_titles_in_apposition_name_the_office() -> None:
    record = run("Indonesian vice-foreign minister Arif Havas and the EU's trade "
                 "commissioner, Maria Lund, met in Jakarta on Monday.")
    people = {a.name: a for a in record.actors if a.kind == "person"}
    assert people["Arif Havas"].country == "IDN", describe(record)
    assert any(r.organization == "European Union" for r in people["Maria Lund"].roles), \
        [r for r in people["Maria Lund"].roles]
    record = run("UN Secretary-General Ban Ki-moon urged Myanmar to free political prisoners.")
    ev = only(record, "REQUEST")
    ban = next(a for a in record.actors if a.name == "Ban Ki-moon")
    assert ban.country is None and any(r.organization == "United Nations" for r in ban.roles)
    assert sides(record, ev)[1] == {"MMR"}, describe(record)


def test_a_body_that_signs_is_a_side_of_the_signing() -> None:
    record = run("Vietnam's trade minister Tran Hai and the EU's trade commissioner, Maria "
                 "Lund, signed an agreement on textile quotas in Hanoi.")
    signing = only(record, "SUPPORT")
    names = {record.actor(a).name for a in signing.actor}
    assert "European Union" in names and "VNM" in sides(record, signing)[0], describe(record)


def test_ending_an_agreement_is_no_agreeing() -> None:
    record = run("Norway will not renew an agreement which supports the price of Icelandic "
                 "fish when it expires in May.")
    assert not [e for e in record.events if e.event in ("AGREE", "SUPPORT")], \
        describe(record)


def test_which_does_not_turn_a_place_into_the_doer() -> None:
    record = run("Last year France began a troop build-up in Mali, which sent 2,000 French "
                 "soldiers to the north.")
    assert not [e for e in record.events if "MLI" in sides(record, e)[0]], describe(record)


def test_trade_told_in_the_present_is_no_event() -> None:
    record = run("Chile currently exports copper to China, Japan and South Korea.")
    assert not record.events, describe(record)
    record = run("Chile will not export copper to Bolivia, the minister said.")
    assert any(e.event == "REJECT" for e in record.events), describe(record)


def test_backing_an_accord_backs_both_its_sides() -> None:
    record = run("Brazil supports the Argentine accord with Uruguay on river shipping.")
    backed = [e for e in record.events if e.event == "SUPPORT"]
    assert backed and sides(record, backed[0])[1] == {"ARG", "URY"}, describe(record)
    # the one who comments on an accord is no side of it
    assert [sorted(a.countries) for a in record.agreements] == [["ARG", "URY"]], \
        record.agreements


@pytest.mark.parametrize("sentence,event,iso", [
    ("Kazakhstan banned the opposition newspaper Svoboda on Monday.", "COERCE", "KAZ"),
    ("Egypt outlawed the Muslim Brotherhood in December.", "COERCE", "EGY"),
])
def test_banning_is_an_administrative_sanction(sentence: str, event: str, iso: str) -> None:
    record = run(sentence)
    assert any(e.event == event and e.cameo.startswith("172") and iso in sides(record, e)[0]
               for e in record.events), describe(record)


def test_a_third_party_urging_both_sides_means_the_other_two() -> None:
    record = run("WASHINGTON, March 27 - The United States said on Friday it had urged both "
                 "sides to exercise restraint as Greek and Turkish warships headed for a clash. "
                 "The United States is consulting allies, a United States official said.")
    ev = only(record, "REQUEST")
    assert sides(record, ev) == ({"USA"}, {"GRC", "TUR"}), describe(record)


def test_declining_to_comment_refuses_nothing() -> None:
    record = run("Iran refused to comment on the Iraqi report.")
    assert not record.events, describe(record)
    record = run("Iran refused to release the British sailors.")
    assert only(record, "REJECT"), describe(record)


def test_the_condition_of_a_threat_is_no_act() -> None:
    record = run("Brazil warned Argentina it may retaliate if Argentina imposes tariffs on "
                 "Brazilian shoes next week.")
    assert [e.event for e in record.events] == ["THREATEN"], describe(record)


def test_blocking_an_application_is_a_veto() -> None:
    record = run("The United States blocked Iran's application to join the WTO.")
    ev = only(record, "REJECT")
    assert ev.cameo == "129" and sides(record, ev) == ({"USA"}, {"IRN"}), describe(record)
    # "its application" is not the vetoing state's own; and what a clause of time says
    # happened whatever the main clause's negation
    record = run("Serbia's bid to join the bloc has been refused after Croatia blocked its "
                 "application for the third time.")
    ev = only(record, "REJECT")
    assert sides(record, ev) == ({"HRV"}, {"SRB"}) and ev.modality == "asserted", \
        describe(record)


def test_a_gapped_second_meeting_is_a_second_event() -> None:
    record = run("Peru's President Dina Boluarte met Brazilian President Lula on Monday, "
                 "Brazilian Foreign Minister Mauro Vieira and Brazilian Finance Minister "
                 "Fernando Haddad on Tuesday.")
    meetings = [e for e in record.events if e.cameo == "040"]
    assert len(meetings) == 2, describe(record)


def test_a_surname_the_tagger_takes_for_a_noun_is_still_the_person() -> None:
    record = run("Peru's President Dina Boluarte spoke. Boluarte met Brazilian President Lula "
                 "on Monday.")
    ev = only(record, "CONSULT")
    assert sides(record, ev) == ({"PER"}, {"BRA"}), describe(record)


def test_talks_between_a_delegation_and_others_in_a_city_are_not_with_the_hosts() -> None:
    record = run("The agreement was reached in Vienna today in talks between a Ghanaian "
                 "delegation headed by Finance Minister Kofi Mensah and 14 creditor banks.")
    assert not [e for e in record.events if "AUT" in sides(record, e)[1] | sides(record, e)[0]], \
        describe(record)


def test_announcing_a_deal_is_the_deal_not_a_cooperation_event() -> None:
    record = run("Finance Minister Ana Lima of Brazil said she hopes to announce a deal with "
                 "Argentina on debt relief later on Friday.")
    assert not [e for e in record.events if e.event == "COOPERATE"], describe(record)
    assert record.agreements, "the deal is an agreement record"


def test_an_organisation_named_again_is_the_same_actor() -> None:
    record = run("The Russian concern Gazprom stopped supplying gas to Moldova on January 1. "
                 "Moldova will continue negotiations with Gazprom.")
    talks = [e for e in record.events if e.cameo == "046"]
    assert talks and sides(record, talks[0])[0] == {"MDA", "RUS"}, describe(record)


def test_a_joint_news_conference_is_a_meeting_of_its_speakers() -> None:
    record = run("Indian Foreign Minister Ravi Rao and Nepalese Foreign Minister Sita Rai "
                 "announced at a joint news conference on Monday that the border would reopen.")
    met = [e for e in record.events if e.event == "CONSULT"]
    assert met and sides(record, met[0])[0] | sides(record, met[0])[1] == {"IND", "NPL"}, \
        describe(record)


def test_leaving_home_to_meet_a_foreign_leader_is_a_visit_to_his_country() -> None:
    record = run("Ghana's President Kofi Asante left Accra yesterday to meet with Togo's "
                 "leader Faure Gnassingbe.")
    visits = [e for e in record.events if e.cameo == "042"]
    assert [sides(record, e) for e in visits] == [({"GHA"}, {"TGO"})], describe(record)


def test_he_after_a_possessor_subject_is_that_person() -> None:
    record = run("Canadian Foreign Minister Ann Bell will visit Peru next week. Chilean "
                 "President Gabriel Boric said little. Mr. Boric's decision clears the way for "
                 "his government to play a stronger role when he leads a delegation of four "
                 "Chilean ministers to the U.N. climate talks in Bali.")
    talks = [e for e in record.events if e.cameo in ("040", "046")]
    assert talks and all("CAN" not in sides(record, e)[0] for e in talks), describe(record)
    assert not [e for e in record.events if e.event == "AGREE"], describe(record)


def test_closing_an_embassy_acts_on_the_host_state() -> None:
    record = run("Sweden closed its embassy in Kabul on Monday.")
    ev = only(record, "SANCTION")
    assert sides(record, ev) == ({"SWE"}, {"AFG"}), describe(record)


@pytest.mark.parametrize("sentence,target", [
    ("WELLINGTON, Oct 19 - New Zealand imposed sanctions on Fiji. Palmer told reporters that "
     "the government had asked High Commissioner Rod Gates to return from Suva for talks.",
     "FJI"),
    ("France recalled its ambassador to Italy on Thursday.", "ITA"),
])
def test_recalling_an_envoy_reduces_relations_with_the_host(sentence: str, target: str) -> None:
    record = run(sentence)
    recalls = [e for e in record.events if e.cameo == "161"]
    assert recalls and sides(record, recalls[0])[1] == {target}, describe(record)
    assert not [e for e in record.events if e.cameo in ("040", "042")], describe(record)


# --- evaluative speech: a judgement of another side's act ------------------------------------

@pytest.mark.parametrize("sentence,cameo,source,target", [
    ("Germany called Poland's decision irresponsible.", "111", {"DEU"}, {"POL"}),
    ("The Kenyan government described the Ugandan embargo as a dangerous mistake.", "111",
     {"KEN"}, {"UGA"}),
    ("Argentina said Chile's decision was unacceptable.", "111", {"ARG"}, {"CHL"}),
    ("Mexico called the Canadian proposal constructive.", "051", {"MEX"}, {"CAN"}),
])
def test_evaluative_speech_judges_the_author_of_the_act(sentence: str, cameo: str, source: set,
                                                       target: set) -> None:
    record = run(sentence)
    found = [e for e in record.events if e.cameo == cameo]
    assert found and sides(record, found[0]) == (source, target), describe(record)


def test_a_judgement_of_remarks_is_aimed_at_the_speaker() -> None:
    record = run("Hungarian Prime Minister Viktor Orban said the border would stay closed. "
                 "Austria called the remarks highly irresponsible.")
    found = [e for e in record.events if e.cameo == "111"]
    assert found and sides(record, found[0]) == ({"AUT"}, {"HUN"}), describe(record)


def test_a_judgement_of_it_refers_to_what_the_clause_is_about() -> None:
    record = run("Greece commented on the Turkish-Libyan maritime accord, calling it illegal.")
    found = [e for e in record.events if e.cameo == "111"]
    assert found and sides(record, found[0]) == ({"GRC"}, {"TUR", "LBY"}), describe(record)


@pytest.mark.parametrize("sentence", [
    "France called for talks with Italy.",                       # an appeal, no judgement
    "Spain called Portugal's decision surprising.",              # no judgement in the lexicon
    "Norway said Sweden is ready to send troops to Finland.",    # a stance, not an act judged
    "Brazil did not call Peru's decision a mistake.",            # negated
    "Chile called it unlikely that Bolivia would sign.",         # a judgement of a chance
])
def test_no_evaluation_without_a_judged_act(sentence: str) -> None:
    record = run(sentence)
    assert not [e for e in record.events if e.cameo in ("111", "051")], describe(record)


# --- ultimatums and threats --------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Brazil told Paraguay to settle the dispute over the dam or face a collapse in relations.",
    "Russia warned Georgia to withdraw its troops or risk war.",
])
def test_a_demand_with_a_penalty_is_an_ultimatum(sentence: str) -> None:
    record = run(sentence)
    found = [e for e in record.events if e.cameo == "139"]
    assert found and found[0].event == "THREATEN", describe(record)
    assert not [e for e in record.events if e.event == "REQUEST"], describe(record)


def test_a_plain_demand_is_no_ultimatum() -> None:
    record = run("Brazil told Paraguay to settle the dispute over the dam or the border.")
    assert not [e for e in record.events if e.cameo == "139"], describe(record)
    assert [e for e in record.events if e.event == "REQUEST"], describe(record)


def test_considering_retaliatory_measures_threatens_the_other_side() -> None:
    record = run("Canada and Mexico are locked in a dispute over steel exports. Canada "
                 "accused Mexico of dumping steel. Canadian officials met Mexican negotiators "
                 "on Monday. The Canadian minister said Canada was considering retaliatory "
                 "measures.")
    threats = [e for e in record.events if e.event == "THREATEN"]
    assert threats and sides(record, threats[-1]) == ({"CAN"}, {"MEX"}), describe(record)


def test_warning_of_reprisals_is_a_threat() -> None:
    record = run("Iran warned Iraq of reprisals over the border raids.")
    threats = [e for e in record.events if e.event == "THREATEN"]
    assert threats and sides(record, threats[0]) == ({"IRN"}, {"IRQ"}), describe(record)


@pytest.mark.parametrize("sentence", [
    # a motive, not an act or a threat
    "Egypt expelled the Sudanese ambassador in retaliation for the arrests of Egyptian traders.",
    # the condition of a threat is no act
    "Peru will retaliate if Ecuador imposes tariffs on its fish.",
])
def test_no_retaliation_act_or_conditional_act(sentence: str) -> None:
    record = run(sentence)
    assert not [e for e in record.events if e.event in ("COERCE", "SANCTION") and
                e.cameo.startswith(("163", "160"))], describe(record)


def test_a_firms_profits_warning_threatens_no_state() -> None:
    record = run("Japan and the United States signed a trade pact on Monday. Toyota issued its "
                 "third profits warning in a year.")
    assert not [e for e in record.events if e.event == "THREATEN" and e.recipient], \
        describe(record)


# --- denials -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,source,target", [
    ("Kuwait denied the Iranian charges.", {"KWT"}, {"IRN"}),
    ("Iran dismissed the American accusations as baseless.", {"IRN"}, {"USA"}),
])
def test_denying_anothers_charges_rejects_them(sentence: str, source: set, target: set) -> None:
    record = run(sentence)
    rejects = [e for e in record.events if e.event == "REJECT"]
    assert rejects and sides(record, rejects[0]) == (source, target), describe(record)


def test_denying_a_report_with_no_accuser_is_no_event() -> None:
    record = run("Officials of several ministries met in Oslo. The ministry later denied the "
                 "reports.")
    assert not [e for e in record.events if e.event == "REJECT"], describe(record)


@pytest.mark.parametrize("sentence,cameo,target", [
    ("Japan said the United States had regrettably ignored its proposal.", "111", {"USA"}),
    ("Russia said Ukraine had wrongly seized the tanker.", "111", {"UKR"}),
    ("Iran said Israel was a threat to the region.", "111", {"ISR"}),
])
def test_a_reported_act_or_actor_judged_by_the_speaker(sentence: str, cameo: str,
                                                      target: set) -> None:
    record = run(sentence)
    found = [e for e in record.events if e.cameo == cameo]
    assert found and sides(record, found[0])[1] == target, describe(record)
    assert found[0].modality == "asserted", describe(record)


@pytest.mark.parametrize("sentence", [
    "Norway said Sweden was disappointed.",              # a feeling, not a judgement of Sweden
    "Chile said Peru had quickly signed the accord.",    # a manner, no judgement
])
def test_no_judgement_in_feelings_or_manner(sentence: str) -> None:
    record = run(sentence)
    assert not [e for e in record.events if e.cameo in ("111", "051")], describe(record)


# --- questions are no appeals ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Germany asked France whether it would join the mission.",
    "Asked how he felt about the attack, the Saudi king replied that he was calm.",
    "The deal made Kenyan people ask if Britain should pay compensation to Kenya.",
])
def test_asking_a_question_is_no_request(sentence: str) -> None:
    record = run(sentence)
    assert not record.events, describe(record)


@pytest.mark.parametrize("sentence", [
    "Germany asked France to join the mission.",
    "Germany asked France for help.",
])
def test_asking_for_something_is_a_request(sentence: str) -> None:
    record = run(sentence)
    found = only(record, "REQUEST")
    assert sides(record, found) == ({"DEU"}, {"FRA"}), describe(record)


def test_a_measure_held_out_on_a_condition_is_a_threat() -> None:
    record = run("Canada could expel Russian diplomats unless Russia releases the journalist.")
    threats = [e for e in record.events if e.event == "THREATEN"]
    assert threats and sides(record, threats[0]) == ({"CAN"}, {"RUS"}), describe(record)
    assert threats[0].modality == "asserted", describe(record)


def test_a_measure_that_may_come_without_a_condition_stays_hypothetical() -> None:
    record = run("Canada could expel Russian diplomats.")
    assert not [e for e in record.events if e.event == "THREATEN"], describe(record)


def test_a_statement_acts_for_whoever_issued_it() -> None:
    record = run("A Norwegian foreign ministry statement called on Russia to release the "
                 "fishermen.")
    found = only(record, "REQUEST")
    assert sides(record, found) == ({"NOR"}, {"RUS"}), describe(record)


def test_a_statement_with_no_issuer_acts_for_no_one() -> None:
    record = run("A statement called on Russia to release the fishermen.")
    assert not [e for e in record.events if e.event == "REQUEST" and e.actor], describe(record)


def test_it_was_regrettable_that_judges_the_doer_of_the_clause() -> None:
    record = run("Germany said it was regrettable that Poland had closed the border.")
    found = [e for e in record.events if e.cameo == "111"]
    assert found and sides(record, found[0]) == ({"DEU"}, {"POL"}), describe(record)


@pytest.mark.parametrize("sentence", [
    "Germany said it was likely that Poland would close the border.",   # a chance
    "Germany said it was clear that Poland had closed the border.",     # a certainty
])
def test_how_sure_a_speaker_is_judges_nothing(sentence: str) -> None:
    record = run(sentence)
    assert not [e for e in record.events if e.cameo in ("111", "051")], describe(record)


@pytest.mark.parametrize("sentence", [
    "Chile said Bolivian ports were relatively safe.",                    # no act judged
    "Chile said Peru's decision was a good opportunity to review the treaty.",  # a purpose
    "Chile said Peru would clearly sign the accord.",                      # a manner
])
def test_no_judgement_of_things_that_are_no_acts(sentence: str) -> None:
    record = run(sentence)
    assert not [e for e in record.events if e.cameo in ("111", "051")], describe(record)


def test_a_bare_warning_has_no_adversary() -> None:
    record = run("Japan and China held talks in Beijing on Monday. Later the Japanese foreign "
                 "minister warned that the economy was slowing.")
    assert not [e for e in record.events if e.event == "THREATEN" and e.recipient], \
        describe(record)


def test_our_talks_are_the_speaker_and_the_other_state_of_the_story() -> None:
    record = run("Kenya and Tanzania signed a border accord in Arusha on Monday. Kenyan President "
                 "William Ruto said: \"Our talks today showed that Tanzania is a true friend.\"")
    talks = [e for e in record.events if e.event == "CONSULT"]
    assert any({c for s in sides(record, e) for c in s} == {"KEN", "TZA"} for e in talks), \
        describe(record)


def test_our_talks_without_a_second_state_in_view_name_no_partner() -> None:
    record = run("Kenyan President William Ruto said: \"Our talks today were long.\"")
    assert not [e for e in record.events if e.event == "CONSULT"], describe(record)


def test_a_threat_is_aimed_at_whoever_must_meet_its_condition() -> None:
    record = run("Peru threatened to cut its aid if Bolivia does not release the prisoners.")
    threats = [e for e in record.events if e.event == "THREATEN"]
    assert threats and sides(record, threats[0]) == ({"PER"}, {"BOL"}), describe(record)


def test_a_named_target_outranks_the_condition() -> None:
    record = run("Peru will cut its aid to Chile unless Bolivia releases the prisoners.")
    threats = [e for e in record.events if e.event == "THREATEN"]
    assert threats and sides(record, threats[0]) == ({"PER"}, {"CHL"}), describe(record)


def test_neither_confirming_nor_denying_is_no_rejection() -> None:
    record = run("Kenya would neither confirm nor deny reports that Uganda had asked it for "
                 "military help.")
    assert not [e for e in record.events if e.event == "REJECT"], describe(record)


def test_a_body_a_state_belongs_to_does_not_act_with_it() -> None:
    record = run("Fellow OPEC member Venezuela has agreed to lend Ecuador five mln barrels "
                 "of crude.")
    assert record.events, describe(record)
    assert all(record.actor(a).kind == "country" for e in record.events for a in e.actor), \
        describe(record)
