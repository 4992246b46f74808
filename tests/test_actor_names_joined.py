"""Actor names and countries: a curated firm whose name holds "and" stays one firm (and its
"C and W" form is that firm); a legislature named by a bare name several states use
("Congress", "the House of Representatives", "the Senate") is the chamber of the story's
state, and so is the state of a person whose office is in it; a surname alone that the
tagger missed is a mention of the person. Sentences written for the test; nothing here is
copied from an article.
"""

from __future__ import annotations

from functools import cache

import pytest
from record_views import describe_actors, orgs, people

import accords
from accords.model import Record

pytestmark = pytest.mark.model

PUBLISHED = "1987-06-10"


@cache
def run(text: str, dateline: str | None = None) -> Record:
    return accords.extract(text, published=PUBLISHED, id="actor-names-joined",
                           dateline=dateline)


# ---- a curated firm's name with "and" in it is one name ------------------------------------

@pytest.mark.parametrize("text, firm", [
    ("Tokyo said Britain's Cable and Wireless Plc would hold a stake in the new carrier.",
     "Cable and Wireless Plc"),
    ("The ministry said the British firm Cable and Wireless Plc would build the link, and "
     "Cable and Wireless Chairman David Moor signed the contract.", "Cable and Wireless Plc"),
])
def test_a_curated_firm_named_with_and_is_one_firm(text, firm):
    record = run(text)
    found = orgs(record)
    assert found.get(firm) == "GBR", describe_actors(record)
    assert not {"Cable", "Wireless", "Wireless Plc"} & set(found), describe_actors(record)


def test_two_firms_coordinated_with_and_stay_two():
    record = run("Mitsubishi Corp and Sumitomo Corp said they would build the plant.")
    found = orgs(record)
    assert "Mitsubishi Corp" in found and "Sumitomo Corp" in found, describe_actors(record)


def test_the_initials_joined_by_and_name_the_firm_seen_before():
    record = run("Japan objected to the role of Cable and Wireless Plc in the venture. "
                 "A spokesman for C and W said the firm would not give up its stake.")
    found = orgs(record)
    assert "C and W" not in found, describe_actors(record)
    assert found.get("Cable and Wireless Plc") == "GBR", describe_actors(record)


# ---- a bare chamber name is the story's state's chamber -------------------------------------

@pytest.mark.parametrize("text, chamber", [
    ("The Treasury said the sanctions law passed by Congress last year applied to the ore.",
     "Congress"),
    ("The House of Representatives voted to deny the tariff cut to Romania, officials said.",
     "House of Representatives"),
])
def test_a_bare_chamber_in_a_washington_story_is_american(text, chamber):
    record = run(text, dateline="WASHINGTON")
    assert orgs(record).get(chamber) == "USA", describe_actors(record)


def test_a_bare_congress_in_a_manila_story_is_the_philippines():
    record = run("The Philippine government said Congress would debate the foreign bases "
                 "treaty next week.", dateline="MANILA")
    assert orgs(record).get("Congress") == "PHL", describe_actors(record)


def test_a_bare_congress_is_the_one_named_state_that_has_one():
    record = run("Japan's trade minister said Congress was ready to pass a tough trade bill "
                 "against Japan, and the United States would act soon.", dateline="TOKYO")
    assert orgs(record).get("Congress") == "USA", describe_actors(record)


def test_a_bare_congress_in_an_indian_story_gets_no_foreign_country():
    record = run("India said Congress had asked the United States to withdraw its ships from "
                 "the Indian Ocean.", dateline="NEW DELHI")
    assert orgs(record).get("Congress") != "USA", describe_actors(record)


# ---- a member of a chamber named bare takes that chamber's state ----------------------------

@pytest.mark.parametrize("text, dateline, person", [
    ("Senate Foreign Relations Committee chairman Paul Whitcombe said the tariff bill would "
     "pass.", "WASHINGTON", "Paul Whitcombe"),
    ("Japan will open its insurance market, said Walter Brandt, ranking Republican on the "
     "Senate Commerce Committee, after talks with officials of Japan and the United States.",
     "TOKYO", "Walter Brandt"),
])
def test_a_member_of_a_bare_named_chamber_is_of_its_state(text, dateline, person):
    record = run(text, dateline=dateline)
    assert people(record).get(person) == "USA", describe_actors(record)


def test_a_speaker_to_a_chamber_is_not_its_member():
    record = run("Japan will open its insurance market, said Walter Brandt, speaking to the "
                 "Senate Commerce Committee after talks with officials of Japan and the "
                 "United States.", dateline="TOKYO")
    assert people(record).get("Walter Brandt") != "USA", describe_actors(record)


# ---- a surname alone the tagger missed is a mention of the person ---------------------------

@pytest.mark.parametrize("surname", ["Sakurauchi", "Hatoyama"])
def test_a_later_surname_tells_that_the_minister_speaks(surname):
    record = run(f"TOKYO, June 9 - The Japanese government may buy U.S.-made satellites to ease "
                 f"trade friction between Japan and the United States, Trade Minister Ichiro "
                 f"{surname} was quoted as saying. Japanese officials said {surname} told "
                 f"visiting U.S. Commerce Secretary Malcolm Baldrige that Japan would decide "
                 f"soon. Washington has threatened new U.S. tariffs on Japanese chips.")
    assert people(record).get(f"Ichiro {surname}") == "JPN", describe_actors(record)



# ---- policies, rates and schemes are no actors -----------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("France asked its partners to reform the Common Agricultural Policy before the summit.",
     "Common Agricultural Policy"),
    ("The loan carries interest at 0.5 point over the London Interbank Offered Rate, Kenya "
     "said.", "London Interbank Offered Rate"),
    ("The lira joined the exchange rate mechanism of the European Monetary System in 1979, "
     "and the European Monetary System has held since, Italy said.", "European Monetary System"),
    ("Zambia will draw 200 mln dlrs under the Extended Fund Facility, its central bank said.",
     "Extended Fund Facility"),
    ("Thailand asked the United States to keep it in the Generalised System of Preferences "
     "(GSP). The GSP gives duty-free entry to goods from poor states.",
     "Generalised System of Preferences"),
])
def test_a_policy_rate_or_scheme_is_no_actor(text, name):
    record = run(text)
    names = {a.name for a in record.actors}
    assert name not in names, describe_actors(record)
    assert "GSP" not in names, describe_actors(record)  # nor the acronym of one


def test_the_federal_reserve_system_is_still_an_actor():
    record = run("The Federal Reserve System said it would lend to Mexico's central bank.")
    assert orgs(record).get("Federal Reserve System") == "USA", describe_actors(record)


# ---- "the X of <country>" is a body, no person ------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Speaking to the Foreign Correspondents Club of Thailand, Canadian Trade Minister Pat "
     "Carney said Ottawa would not cut its wheat subsidies.", "Foreign Correspondents Club"),
    ("The Japanese banks have an unfair advantage, said John Pratt, head of the Foreign "
     "Traders Association of Korea.", "Foreign Traders Association"),
])
def test_a_name_with_the_before_of_a_country_is_no_person(text, body):
    record = run(text)
    assert not any(a.kind == "person" and body in a.name for a in record.actors), \
        describe_actors(record)


def test_a_person_of_a_country_is_still_a_person():
    record = run("Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal "
                 "signed the accord on Macao.")
    assert people(record).get("Zhao Ziyang") == "CHN", describe_actors(record)


# ---- "(Title Given-name) Surname": the editor's bracket inside a quoted name -----------------

@pytest.mark.parametrize("text, person", [
    ('"We hope (Prime Minister Ruud) Lubbers will bring an offer when he visits," the Japanese '
     'trade official said.', "Ruud Lubbers"),
    ('"It is more than we heard when (Chancellor Helmut) Kohl was here," a U.S. trade official '
     'said of West Germany\'s offer.', "Helmut Kohl"),
])
def test_a_name_cut_by_an_editors_bracket_is_one_person(text, person):
    record = run(text)
    found = people(record)
    assert person in found, describe_actors(record)
    assert not any(name in found for name in (person.split()[0], person.split()[-1])), \
        describe_actors(record)


# ---- a known place after a preposition of place is no actor ---------------------------------

@pytest.mark.parametrize("text, place", [
    ("Mexico will build a fertiliser plant at Lazaro Cardenas with Japanese credits, the "
     "state oil company said.", "Lazaro Cardenas"),
    ("Egyptian firms will rebuild the road between Fort Portal and Bundibugyo under the accord "
     "Uganda signed on Monday.", "Fort Portal and Bundibugyo"),
    ("Ecuador will repair the pipeline from Lago Agrio to Balao with a Venezuelan loan.",
     "Lago Agrio to Balao"),
])
def test_a_place_after_a_preposition_of_place_is_no_actor(text, place):
    record = run(text)
    assert not any(a.name == place or a.name.startswith(place.split()[0] + " ")
                   for a in record.actors if a.kind != "country"), describe_actors(record)


def test_a_person_after_to_is_still_a_person():
    record = run("Japan's prime minister sent a letter on the telecommunications dispute to "
                 "Margaret Thatcher, the British prime minister.")
    assert "Margaret Thatcher" in people(record), describe_actors(record)
