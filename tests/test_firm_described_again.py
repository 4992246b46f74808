"""A firm named again in the next sentence's subject only by its place ("The Paris-based
firm", "The Swiss company") is of that place's state, and no firm of its own."""

from accords import extract


def _actors(record: dict) -> dict[str, dict]:
    return {a["name"]: a for a in record["actors"]}


def test_place_based_firm_after_a_sale():
    r = extract("Luxury goods group Maison Duval has sold its perfume brand to a US "
                "investment group. The Paris-based firm has been shedding non-core "
                "businesses.", published="2004-06-01").to_dict()
    actors = _actors(r)
    assert actors["Maison Duval"]["country"] == "FRA"
    assert "Paris-based firm" not in actors
    assert any(g["countries"] == ["FRA", "USA"] for g in r["agreements"])


def test_demonym_company_after_the_subject():
    r = extract("Kellner Holding, the cable maker, said profits rose. The Swiss company "
                "will open a plant next year.", published="2004-06-01").to_dict()
    assert _actors(r)["Kellner Holding"]["country"] == "CHE"


def test_a_named_group_is_no_description():
    r = extract("Kellner Holding, the cable maker, said profits rose. The Falic Group "
                "bought two labels from it.", published="2004-06-01").to_dict()
    assert _actors(r)["Kellner Holding"]["country"] is None


def test_two_firms_before_leave_the_description_open():
    r = extract("Kellner Holding and Maison Duval said profits rose. The Swiss company "
                "will open a plant.", published="2004-06-01").to_dict()
    actors = _actors(r)
    assert actors["Kellner Holding"]["country"] is None
    assert actors["Maison Duval"]["country"] is None


def test_a_placed_firm_keeps_its_country():
    r = extract("Germany's Kellner Holding said profits rose. The Swiss company will open "
                "a plant.", published="2004-06-01").to_dict()
    assert _actors(r)["Kellner Holding"]["country"] == "DEU"
