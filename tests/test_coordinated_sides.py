"""Sides named by a short or plural mention coordinated with, or referring back to, names
given in full before: "Dumont and Rossi will visit", "accused the two companies"."""
from accords import extract


def _events(text: str) -> list[tuple[str, set, set]]:
    rec = extract(text, published="1990-05-07").to_dict()
    acts = {a["id"]: a for a in rec["actors"]}

    def side(ids):
        return {acts[i].get("country") or acts[i]["name"] for i in ids}

    return [(e["event"], side(e["actor"]), side(e["recipient"])) for e in rec["events"]]


MEETING = ("French Foreign Minister Pierre Dumont met Italian Foreign Minister Marco Rossi "
           "in Rome on Monday. ")


def test_surname_conjunct_joins_the_subject():
    evs = _events(MEETING + "Dumont and Rossi will visit Egypt in May.")
    assert ("CONSULT", {"FRA", "ITA"}, {"EGY"}) in evs


def test_lone_surname_keeps_one_side():
    evs = _events(MEETING + "Dumont will visit Egypt in May.")
    assert ("CONSULT", {"FRA"}, {"EGY"}) in evs
    assert not any(a == {"FRA", "ITA"} and r == {"EGY"} for _, a, r in evs)


FIRMS = ("The European Commission said on Monday that Vodafone and Deutsche Telekom had "
         "raised roaming charges. ")


def test_numbered_plural_firms_are_the_firms_named_before():
    evs = _events(FIRMS + "The Commission accused the two companies of abusing their position.")
    assert any(t == "ACCUSE" and r == {"GBR", "DEU"} for t, _, r in evs)


def test_plural_firms_without_number():
    evs = _events(FIRMS + "The Commission accused the firms of abusing their position.")
    assert any(t == "ACCUSE" and r == {"GBR", "DEU"} for t, _, r in evs)


def test_modified_plural_is_no_reference():
    evs = _events(FIRMS + "The Commission accused the foreign companies of abusing their "
                  "position.")
    assert not any(t == "ACCUSE" and r == {"GBR", "DEU"} for t, _, r in evs)
