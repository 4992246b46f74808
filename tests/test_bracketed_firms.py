"""An unlisted firm's name in angle brackets ("<Harwell Tools Ltd>") is read by the parser as a
quoted name, so the firm stays a side of what it and its partner agreed or signed."""

from accords import extract
from accords.nlp import load_pipeline


def _parties(text: str) -> list[tuple[list[str], list[str]]]:
    record = extract(text, published="1987-03-04").to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(g["countries"], [names[p] for p in g["parties"]]) for g in record["agreements"]]


def test_bracketed_partner_joins_the_subject_of_an_agreement():
    found = _parties("OSAKA, May 2 - Japan's Sumida Electric Co Ltd said it and <Harwell Tools "
                     "Ltd> of Britain have agreed to jointly produce machine tools.")
    assert found, "no agreement found"
    countries, parties = found[0]
    assert countries == ["GBR", "JPN"]
    assert "Harwell Tools Ltd" in parties and "Sumida Electric Co Ltd" in parties


def test_bracketed_partner_is_a_party_of_a_signed_contract():
    found = _parties("Toyota said it and <Walt Disney Co> signed a contract to build a "
                     "park in Japan.")
    assert found
    assert {"Toyota", "Walt Disney Co"} <= set(found[0][1])


def test_ticker_in_brackets_still_parsed_and_resolved():
    found = _parties("Sumida Electric <SMDA.T> said it and Harwell Tools of Britain have "
                     "agreed to jointly produce machine tools.")
    assert found
    assert {"Sumida Electric", "Harwell Tools"} <= set(found[0][1])


def test_bracket_keeps_its_text_and_features_after_parsing():
    nlp = load_pipeline()
    doc = nlp("Toyota said it and <Walt Disney Co> signed a contract.")
    assert [t.text for t in doc if t.text in "<>"] == ["<", ">"]
    assert nlp.vocab["<"].norm_ == "<" and nlp.vocab["<"].shape_ == "<"


def test_text_before_a_bracket_is_no_part_of_the_firm_name():
    record = extract("Solvan Corp said it bought a stake in a U.S.-based <Meridale Optics Co> "
                     "for five mln dlrs.", published="1987-03-04").to_dict()
    names = [a["name"] for a in record["actors"]]
    assert not any("<" in n for n in names)
