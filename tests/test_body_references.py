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


def test_group_refers_back_to_a_body_of_states_of_any_name():
    text = ("Oil ministers of the Organisation of Arab Petroleum Exporting Countries met in "
            "Kuwait on Monday. Venezuela, which is not a member, pledged to cooperate with "
            "the group on output.")
    body = [a["name"] for a in _actors(text) if a["kind"] == "international"]
    assert body and _mentioned_at(_actors(text), text, "group on") == body


def test_organisation_spelt_either_way_refers_back():
    text = ("Japan wants a greater say in the International Labour Organization. Tokyo's "
            "bid for more votes in the organisation was rejected on Friday.")
    assert _mentioned_at(_actors(text), text, "organisation was") == [
        "International Labour Organization"]


def _events(text: str) -> list[tuple[str, list[str]]]:
    out = extract(text, published="1988-05-02").to_dict()
    names = {a["id"]: a["name"] for a in out["actors"]}
    return [(e["event"], sorted(names[k] for k in e["actor"] + e["recipient"]))
            for e in out["events"]]


def test_officials_of_member_states_referred_back_act_for_the_body():
    text = ("NAIROBI, May 2 - Kenya's trade minister told officials from 20 African "
            "countries in the Group of 77 that commodity prices were falling. The officials "
            "are meeting to draft a common position for the talks on Friday.")
    consults = [sides for kind, sides in _events(text) if kind == "CONSULT"]
    assert consults and all(sides == ["Group of 77"] for sides in consults)


def test_officials_from_countries_without_a_body_stay_unassigned_to_bodies():
    text = ("NAIROBI, May 2 - Kenya's trade minister told officials from 20 African "
            "countries that commodity prices were falling. The officials are meeting to "
            "draft a common position for the talks on Friday.")
    assert all("Group of 77" not in sides for _kind, sides in _events(text))


def test_object_it_is_the_state_its_clause_named_not_the_speaker():
    text = ("A World Bank statement said the IMF board had welcomed Nepal's reforms and "
            "urged it to cut its budget deficit further.")
    requests = [sides for kind, sides in _events(text) if kind == "REQUEST"]
    assert requests and all(sides == ["International Monetary Fund", "Nepal"]
                            for sides in requests)


def test_object_it_with_only_the_subject_before_is_the_speaker():
    text = "Greece said on Monday that Turkey had threatened it with military action."
    threats = [sides for kind, sides in _events(text) if kind == "THREATEN"]
    assert threats and all(sides == ["Greece", "Turkey"] for sides in threats)
