"""Deals between firms of different countries: the firm's country from the words that
describe it, and the buyer placed by the dateline when the story names no country for it."""

from accords import extract


def _actors(record: dict) -> dict[str, dict]:
    return {a["name"]: a for a in record["actors"]}


def test_us_state_adjective_places_the_firm():
    r = extract("Britain's Brakewell Foods has agreed to buy Californian juice maker "
                "Orchard Hill for 90 mln dlrs.", published="1987-03-04").to_dict()
    assert _actors(r)["Orchard Hill"]["country"] == "USA"
    assert any(g["countries"] == ["GBR", "USA"] for g in r["agreements"])


def test_texan_firm_is_american():
    r = extract("West Germany's Kessler AG said it would buy Texan drilling firm "
                "Redrock Energy.", published="1987-03-04").to_dict()
    assert _actors(r)["Redrock Energy"]["country"] == "USA"


def test_a_country_demonym_still_wins():
    r = extract("The Georgian company Rustavi Azot said it had sold a stake to Germany's "
                "BASF.", published="2005-03-04").to_dict()
    assert _actors(r)["Rustavi Azot"]["country"] == "GEO"


def test_one_word_person_described_as_a_company_is_the_firm():
    # the tagger takes the one-word name for a person; the firm dictionary places it
    r = extract("Diageo, the world's biggest drinks company, has agreed to buy Californian "
                "wine company Sonoma Ridge for $100m.", published="2004-12-04").to_dict()
    diageo = _actors(r)["Diageo"]
    assert diageo["kind"] == "organization"
    assert diageo["country"] == "GBR"
    assert any(g["countries"] == ["GBR", "USA"] for g in r["agreements"])


def test_a_person_described_by_a_job_stays_a_person():
    r = extract("Diageo's lawyer, Smithers, a company official, said the talks went well.",
                published="2004-12-04").to_dict()
    assert _actors(r).get("Smithers", {}).get("country") is None


def test_bare_description_after_a_place_name_is_no_firm():
    r = extract("The Markfield, Leicestershire-based company runs 142 quarries in the UK.",
                published="2004-12-04").to_dict()
    assert "Markfield" not in _actors(r)


def test_headline_words_do_not_place_the_first_name_of_the_body():
    r = extract("Brakewell to buy US juice firm\n\nBrakewell, a drinks company, said it "
                "would expand.", title="Brakewell to buy US juice firm").to_dict()
    assert _actors(r).get("Brakewell", {}).get("country") != "USA"


def test_dateline_places_the_unplaced_buyer():
    text = ("MIAMI, March 19 - Sunmark Holdings Inc said it agreed to buy a 45 pct interest "
            "in a company that will sell medical gloves produced by Guantes SA of Spain.")
    r = extract(text, published="1987-03-19").to_dict()
    assert _actors(r)["Sunmark Holdings Inc"]["country"] == "USA"
    deals = [g for g in r["agreements"] if g["countries"] == ["ESP", "USA"]]
    assert deals
    assert any(e["event"] == "AGREE" for e in r["events"])


def test_dateline_of_the_sellers_state_adds_nothing():
    # the dateline is the seller's state: no second state, no international deal
    text = ("MADRID, March 19 - Sunmark Holdings Inc said it agreed to buy a 45 pct interest "
            "in a company that will sell medical gloves produced by Guantes SA of Spain.")
    r = extract(text, published="1987-03-19").to_dict()
    assert not any(len(g["countries"]) == 2 for g in r["agreements"])
