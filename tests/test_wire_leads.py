"""A wire story opens with a headline in capitals and a dateline ("OSLO, May 2 -") on the line
the body starts. Neither is part of the first sentence's clause: the parser sees the body open
a sentence of its own, the dateline's city is where the story was filed, not a side, and a
deal of a firm with no stated country filed from a capital involves that capital's state.
Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, describe_agreements, describe_events, extracted, orgs

from accords.stages.parse import parse

RAID = ("BORDER RAID REPORTED IN THE NORTH\n"
        "ANKARA, June 3 - Turkish jets bombed Kurdish rebel camps in northern Iraq\n"
        "overnight, the army said.\n")


@pytest.mark.model
def test_the_body_opens_a_sentence_of_its_own():
    doc = parse(RAID, RAID.index("Turkish"))
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "BORDER RAID REPORTED IN THE NORTH"
    assert sents[1] == "ANKARA, June 3 -"
    assert sents[2].startswith("Turkish jets bombed")


@pytest.mark.model
def test_a_headline_line_in_capitals_ends_its_sentence_without_a_stop():
    text = "GRAIN TALKS END IN CAIRO\nEgypt and Canada ended grain talks on Monday.\n"
    doc = parse(text)  # no body offset given: the capitals alone end the headline
    assert next(iter(doc.sents)).text.strip() == "GRAIN TALKS END IN CAIRO"


@pytest.mark.model
def test_the_first_sentence_is_coded_without_the_headline():
    record = extracted(RAID)
    attacks = [e for e in record.events if e.event == "ASSAULT"]
    names = {a.id: a.country for a in record.actors}
    assert any({names[x] for x in e.actor} == {"TUR"} for e in attacks), describe_events(record)


@pytest.mark.model
def test_a_firm_of_no_stated_country_in_a_foreign_deal_is_the_datelines():
    text = ("BOEING IN ACCORD\n"
            "MADRID, May 6 - Boeing Co <BA.N> has signed an agreement with Talleres\n"
            "Aeronauticos del Sur to make tail sections for its jets.\n")
    record = extracted(text)
    assert orgs(record).get("Boeing Co") == "USA", describe_actors(record)
    assert any(set(g.countries) == {"ESP", "USA"} for g in record.agreements), \
        describe_agreements(record)


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    # a description capitalised by the sentence start is no firm
    ("TIMBER SALE\n"
     "HELSINKI, May 6 - Forest products group Metsaliitto said it signed a\n"
     "contract to supply pulp to Germany's Feldmuehle AG.\n", "Forest products group"),
    # the dateline is the known side's own capital: nothing says where the other firm is
    ("KOMATSU VENTURE\n"
     "TOKYO, May 6 - Komatsu Ltd <KOMT.T> said it agreed with Dresser Partners to set\n"
     "up a joint venture to make bulldozers.\n", "Dresser Partners"),
    # an appositive description names the firm beside it, not the next one named
    ("GEARBOX DEAL\n"
     "LYON, May 6 - Dana Corp <DCN.N> has signed an agreement leading to the takeover\n"
     "of a gearbox maker.\n"
     "    It also said Dana, an American engineering group, would help Renvoi in\n"
     "restructuring its loss-making plant.\n", "Renvoi"),
])
def test_no_firm_or_no_country_where_the_text_gives_none(text, name):
    record = extracted(text)
    assert orgs(record).get(name) is None, describe_actors(record)


@pytest.mark.model
@pytest.mark.parametrize(("text", "state"), [
    # the dateline's city is where the story was filed, not a side
    ("IRAQ PROTESTS TO ANKARA\n"
     "NICOSIA, June 4 - Iraq protested to Turkey over the raids, the official\n"
     "Iraqi news agency said.\n", "CYP"),
    # a common noun after "in" is no place ("a coal mine" is not in Mine, Japan)
    ("MINE SALE\n"
     "SYDNEY, May 6 - Western Mining Corp said it has agreed to sell its stake in a\n"
     "Utah coal mine to a group of U.S. investors.\n", "JPN"),
])
def test_no_state_that_the_text_does_not_make_a_side(text, state):
    record = extracted(text)
    assert state not in {a.country for a in record.actors}, describe_actors(record)


@pytest.mark.model
@pytest.mark.parametrize(("text", "seller", "countries"), [
    ("BUS DEAL\nSTOCKHOLM, March 5 - AB Volvo said it has agreed to buy a 50 pct stake in\n"
     "Leyland Bus, the British bus maker.\n", "Leyland Bus", {"GBR", "SWE"}),
    ("ENGINE DEAL\nPARIS, May 6 - Allied Signal Inc <ALD.N> has agreed to buy a unit of Bendix\n"
     "France, the company said.\n", "Bendix France", {"FRA", "USA"}),
    ("CHEMICALS DEAL\nLONDON, March 5 - Hanson Trust Plc agreed to buy the U.S. chemicals\n"
     "business of Kidde Inc for 1.7 billion dlrs.\n", "Kidde Inc", {"GBR", "USA"}),
])
def test_the_firm_whose_part_is_bought_is_the_other_side(text, seller, countries):
    record = extracted(text)
    names = {a.id: a.name for a in record.actors}
    assert any(seller in {names[p] for p in g.parties} and set(g.countries) == countries
               for g in record.agreements), describe_agreements(record)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan must open its markets, said Martin Kessler, a Washington Democrat.",
    "Rep. Martin Kessler (D-Wash.) said Japan must open its markets.",
    "Japan must open its markets, congressman Martin Kessler said.",
])
def test_a_member_of_congress_is_american(text):
    record = extracted(text)
    people = {a.name: a.country for a in record.actors if a.kind == "person"}
    assert people.get("Martin Kessler") == "USA", describe_actors(record)


@pytest.mark.model
def test_a_party_member_of_no_us_state_stays_unplaced():
    text = "Ireland must act, said Sean Walsh, a Dublin Republican, on Monday."
    record = extracted(text)
    people = {a.name: a.country for a in record.actors if a.kind == "person"}
    assert people.get("Sean Walsh") != "USA", describe_actors(record)


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "day"), [
    # the lead's act with no date of its own is dated by the dateline
    ("CANADA, NORWAY SIGN FISHERIES PACT\n"
     "OTTAWA, June 12 - Canada and Norway signed a fisheries agreement covering the\n"
     "North Atlantic, officials said.\n", "1987-06-12", "1987-06-12"),
    # stamped the evening before in another time zone: "today" is the dateline's day
    ("CHILE, PERU INITIAL BORDER ACCORD\n"
     "LIMA, May 8 - Chile and Peru today initialled a border agreement, the foreign\n"
     "ministry said.\n", "1987-05-07", "1987-05-08"),
])
def test_the_leads_act_is_dated_from_the_datelines_day(text, published, day):
    record = extracted(text, published)
    assert any(g.date is not None and g.date.start == day
               for g in record.agreements), describe_agreements(record)


@pytest.mark.model
def test_a_visit_here_goes_to_the_state_whose_capital_files_the_story():
    record = extracted("HELSINKI, April 3 - Hungarian Foreign Minister Laszlo Varkonyi arrived "
                       "here today for a three-day official visit.", "1987-04-03")
    visits = [e for e in record.events if e.event == "CONSULT"]
    names = {a.id: a.country for a in record.actors}
    assert any({names[x] for x in e.recipient} == {"FIN"} for e in visits), \
        describe_events(record)


@pytest.mark.model
def test_a_delegate_in_the_city_of_a_body_visits_no_state():
    record = extracted("GENEVA, April 3 - Chile's delegate to the GATT, Jorge Baeza, said here "
                       "today that farm subsidies must be cut.", "1987-04-03")
    assert "CHE" not in {a.country for a in record.actors}, describe_actors(record)
