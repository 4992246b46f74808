"""A sale whose other side the story names only by a noun and its state's word ("two Indian
cement firms", "a US investment group", "the shares in the Spanish company"), and a buyer's
stated intent to buy (AGREE 0311)."""

from accords import extract


def _deals(record: dict) -> list[list[str]]:
    return [g["countries"] for g in record["agreements"]]


def _agree(record: dict) -> list[dict]:
    return [e for e in record["events"] if e["event"] == "AGREE"]


def test_bid_to_buy_firms_named_by_their_state():
    r = extract("Swedish steel group Norrstal has bid $500m to buy two Brazilian steel "
                "makers.", published="2004-06-01").to_dict()
    assert ["BRA", "SWE"] in _deals(r)
    assert any(e["cameo"] == "0311" for e in _agree(r))


def test_will_acquire_part_of_the_foreign_company():
    r = extract("Norway's Hydro Metall AS will acquire 30 pct of the shares in the Italian "
                "company.", published="1987-06-01").to_dict()
    assert ["ITA", "NOR"] in _deals(r)
    assert _agree(r)


def test_sold_to_a_group_named_by_its_state():
    r = extract("Paris-based Maison Duval has sold its perfume brand to a US investment "
                "group.", published="2004-06-01").to_dict()
    assert ["FRA", "USA"] in _deals(r)
    assert any(e["event"] == "SUPPORT" for e in r["events"])


def test_a_firm_of_the_buyers_own_state_is_no_international_deal():
    r = extract("Japan's Sony has bought a Japanese music company.",
                published="1987-06-01").to_dict()
    assert not r["agreements"]


def test_a_purchase_only_possible_is_no_agreeing():
    r = extract("Swedish steel group Norrstal may buy two Brazilian iron ore miners.",
                published="2004-06-01").to_dict()
    assert not _agree(r)


def test_a_purchase_only_planned_by_a_named_firm_of_the_same_state():
    r = extract("Italy's Fiat will acquire 30 pct of the shares in the Italian company.",
                published="1987-06-01").to_dict()
    assert not r["agreements"] and not _agree(r)
