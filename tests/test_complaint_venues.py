"""Complaints, lawsuits and warnings between sides (ACCUSE 111/114/115): the body that hears a
complaint is its venue, not its target; a letter setting out concerns complains to its
addressee; "the pair" taken to court are the two sides named before; a warning to a side
against its own course is criticism, not a threat. Sentences written for these tests."""

from accords import extract


def _events(text):
    record = extract(text, published="1990-05-02").to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["event"], e["cameo"], sorted(names[k] for k in e["actor"]),
             sorted(names[k] for k in e["recipient"])) for e in record["events"]]


def _with(events, cameo):
    return [e for e in events if e[1] == cameo]


def test_complaint_at_a_body_over_a_sides_measure_is_against_that_side():
    events = _events("Canada filed a complaint at the World Trade Organisation over French "
                     "subsidies to farmers.")
    found = _with(events, "114")
    assert found and found[0][3] == ["France"]


def test_complaint_with_a_body_about_an_owned_act():
    events = _events("Brazil lodged a complaint with the World Trade Organisation about "
                     "Japan's ban on beef imports.")
    found = _with(events, "114")
    assert found and found[0][3] == ["Japan"]


def test_body_that_only_hears_the_complaint_is_no_target():
    events = _events("Chile said it would file a complaint with the GATT.")
    assert not any("General Agreement on Tariffs and Trade" in e[3] for e in events)


def test_complaint_against_the_body_itself_keeps_it():
    events = _events("Canada filed a complaint against the World Trade Organisation.")
    found = _with(events, "114")
    assert found and found[0][3] == ["World Trade Organization"]


def test_letter_outlining_concerns_complains_to_its_addressee():
    events = _events("Australia's trade minister John Dawkins has written to his Korean "
                     "counterpart outlining Australia's concerns about the beef quota.")
    found = _with(events, "114")
    assert found and "South Korea" in found[0][3]


def test_letter_sent_expressing_objections():
    events = _events("Norway sent a letter to Sweden expressing its objections to the dam.")
    found = _with(events, "114")
    assert found and found[0][2] == ["Norway"] and found[0][3] == ["Sweden"]


def test_letter_outlining_a_position_is_no_complaint():
    events = _events("Norway has written to Sweden outlining its position on the dam.")
    assert not _with(events, "114")


def test_the_pair_taken_to_court_are_the_two_sides_named_before():
    events = _events("The European Commission ended its dispute with Italy and Spain over "
                     "fishing quotas. The European Commission then took the pair to the "
                     "European Court of Justice.")
    found = _with(events, "115")
    assert found and found[0][3] == ["Italy", "Spain"]


def test_the_pair_after_three_sides_is_no_one():
    events = _events("Italy, Spain and Greece broke the fishing rules. The European "
                     "Commission took the pair to the European Court of Justice.")
    assert not _with(events, "115")


def test_warning_a_side_against_its_own_course_criticises_it():
    events = _events("France warned Germany against raising its interest rates.")
    assert ("ACCUSE", "111", ["France"], ["Germany"]) in events
    assert not [e for e in events if e[0] == "THREATEN"]


def test_warning_with_the_speakers_own_act_stays_a_threat():
    events = _events("France warned Germany against raising its interest rates, saying it "
                     "would respond with tariffs.")
    assert [e for e in events if e[0] == "THREATEN"]


def test_warning_against_a_hostile_act_named_by_a_noun_stays_a_threat():
    events = _events("Brazil warned its creditors against retaliation.")
    assert not _with(events, "111")
