"""Bodies named again by their head word ("the group" after "the Group of 77") and donor
groups named for their function ("a Consultative Group meeting")."""

from accords import extract


def _actors(text: str) -> list[dict]:
    return extract(text, published="1988-05-02").to_dict()["actors"]


def _mentioned_at(actors: list[dict], text: str, word: str) -> list[str]:
    at = text.index(word)
    return [a["name"] for a in actors
            if any(m["start"] <= at < m["end"] for m in a.get("mentions") or [])]


def test_group_refers_back_to_the_group_named_before():
    text = ("Trade ministers of the Group of 77 gathered in Geneva on Monday. Delegates "
            "said the group's next ministerial conference would open in Cairo in May.")
    assert _mentioned_at(_actors(text), text, "group's") == ["Group of 77"]


def test_bank_refers_back_to_the_development_bank():
    text = ("Brazil asked the Inter-American Development Bank for new loans last week. "
            "Officials said the Bank would send a mission to Brasilia in June.")
    assert _mentioned_at(_actors(text), text, "Bank would") == [
        "Inter-American Development Bank"]


def test_group_of_a_firm_stays_the_firm():
    text = ("The Montedison Group bought a stake in a Spanish chemicals maker. Spain and "
            "Italy will review the group's plans at a meeting in Madrid.")
    actors = _actors(text)
    assert not [a for a in actors if a["kind"] == "international"]


def test_indefinite_or_modified_group_is_no_reference():
    text = ("Finance ministers of the Group of Seven met in Paris on Sunday. A rebel "
            "group in the south said it would free two hostages, and the working group "
            "of experts will report in June.")
    actors = _actors(text)
    assert _mentioned_at(actors, text, "group in") == []
    assert _mentioned_at(actors, text, "group of experts") == []


def test_consultative_group_is_an_intergovernmental_body():
    text = ("Donors pledged 900 mln dlrs in aid to Kenya at a Consultative Group meeting "
            "chaired by the World Bank in Paris, the Kenyan finance minister said.")
    body = [a for a in _actors(text) if a["name"] == "Consultative Group"]
    assert body and body[0]["kind"] == "international" and body[0]["country"] is None
