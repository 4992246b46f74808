"""A deal signed between firms alone has the firms as its sides (SUPPORT 057 by the firms),
not their states; a deal with a state among its parties, or with a firm of no known country,
keeps the states as sides."""

from accords import extract


def _signings(text: str) -> list[tuple[list[str], list[str]]]:
    record = extract(text, published="2004-03-04").to_dict()
    actors = {a["id"]: a for a in record["actors"]}
    return [([actors[k]["kind"] for k in e["actor"]], sorted(actors[k]["name"] for k in e["actor"]))
            for e in record["events"] if e["cameo"] == "057"]


def test_supply_deal_between_firms_is_signed_by_the_firms():
    found = _signings("Japanese carmaker Daiko Motors has signed a deal to supply French "
                      "carmaker Renovel with 20,000 vans.")
    assert found == [(["organization", "organization"], ["Daiko Motors", "Renovel"])]


def test_sales_contract_between_firms_is_signed_by_the_firms():
    found = _signings("Swedish truck maker Kolstad AB signed a contract to sell 40 buses to "
                      "Brazilian operator Viacao Sul.")
    assert found and found[0][1] == ["Kolstad AB", "Viacao Sul"]


def test_agreement_between_states_keeps_the_states():
    found = _signings("France and Japan signed an agreement on nuclear research.")
    assert found == [(["country", "country"], ["France", "Japan"])]
