"""Partners of meetings the sentence names only by its frame: a phone call reported by the one
who heard it ("Reagan said Takeshita said in a telephone conversation ..."), words said to a
visitor or a meeting with one ("told visiting U.S. Trade Representative Yeutter", "met
visiting Polish leader Jaruzelski"), and an official placed "here" for talks or on a visit
in a story filed from a capital. Texts written for the test."""

from __future__ import annotations

from functools import cache

import pytest
from record_views import describe_events

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str, dateline: str | None = None) -> Record:
    return accords.extract(text, published="1987-05-04", dateline=dateline, id="test")


def consults(record: Record) -> list[tuple[str, set, set]]:
    names = {a.id: a.country or a.name for a in record.actors}
    return [(e.cameo, {names[x] for x in e.actor}, {names[x] for x in e.recipient})
            for e in record.events if e.event == "CONSULT"]


# --- a phone call told by the one who heard it -----------------------------------------------


@pytest.mark.parametrize("text", [
    "President Ronald Reagan said Chancellor Helmut Kohl said in a telephone conversation on "
    "Monday that West Germany would cut its interest rates.",
    "French President Francois Mitterrand said Prime Minister Margaret Thatcher told him in a "
    "telephone call yesterday that Britain would back the plan.",
])
def test_a_call_reported_by_its_listener(text):
    record = run(text)
    assert any(c == "041" and a | r >= {"USA", "DEU"} or c == "041" and a | r >= {"FRA", "GBR"}
               for c, a, r in consults(record)), describe_events(record)


def test_a_call_told_by_the_caller_alone_has_no_partner():
    text = ("Chancellor Helmut Kohl said in a telephone conversation on Monday that West "
            "Germany would cut its interest rates.")
    record = run(text)
    assert not [x for x in consults(record) if x[0] == "041" and x[2]], describe_events(record)


def test_a_call_reported_by_a_compatriot_is_no_meeting():
    text = ("West German Finance Minister Gerhard Stoltenberg said Chancellor Helmut Kohl said "
            "in a telephone conversation that rates would fall.")
    record = run(text)
    assert not [x for x in consults(record) if x[2]], describe_events(record)


# --- words said to a visitor, a meeting with a visitor -----------------------------------------


@pytest.mark.parametrize("text", [
    "Japanese Trade Minister Hajime Tamura told visiting U.S. Trade Representative Clayton "
    "Yeutter that Tokyo may buy more computers.",
    "Japanese Prime Minister Yasuhiro Nakasone met visiting Polish leader Wojciech Jaruzelski "
    "on Monday.",
])
def test_a_meeting_with_a_visitor(text):
    record = run(text, "TOKYO")
    found = consults(record)
    assert any(c == "040" and "JPN" in a and r & {"USA", "POL"} for c, a, r in found), \
        describe_events(record)
    assert any(c == "042" and a & {"USA", "POL"} and r == {"JPN"} for c, a, r in found), \
        describe_events(record)
    # the host visits nobody
    assert not any(c == "042" and "JPN" in a for c, a, r in found), describe_events(record)


def test_words_to_visiting_reporters_meet_nobody():
    text = ("Japanese Trade Minister Hajime Tamura told visiting Hong Kong reporters that "
            "Tokyo may buy more computers.")
    record = run(text, "TOKYO")
    assert not consults(record), describe_events(record)


# --- "here for talks" ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Belgian Foreign Trade Minister Herman De Croo, here for talks with Administration "
    "officials, said the EC would retaliate.",
    "British Trade Minister Alan Clark, who is here for talks with Japanese officials, said "
    "Japan must open its markets.",
])
def test_here_for_talks_is_a_visit(text):
    record = run(text, "TOKYO")
    assert any(c == "042" and a & {"BEL", "GBR"} and r == {"JPN"}
               for c, a, r in consults(record)), describe_events(record)


@pytest.mark.parametrize("text", [
    "Japanese Trade Minister Hajime Tamura, who is here for talks with business leaders, said "
    "Japan must open its markets.",
    "Belgian Foreign Trade Minister Herman De Croo said prices here for cars were too high.",
])
def test_here_at_home_or_not_on_a_trip_is_no_visit(text):
    record = run(text, "TOKYO")
    assert not [x for x in consults(record) if x[0] == "042"], describe_events(record)


# --- the place visited named outside the verb's own object ------------------------------------


def _visits(record: Record) -> list[tuple[set, set]]:
    return [(a, r) for c, a, r in consults(record) if c == "042"]


def test_a_place_described_by_which_he_visited():
    text = ("Nigerian Oil Minister Rilwanu Lukman said OPEC would meet soon. He said Norway, "
            "which he visited two weeks ago, had pledged to cooperate with the group.")
    record = run(text, "LAGOS")
    assert _visits(record) == [({"NGA"}, {"NOR"})], describe_events(record)


def test_a_thing_described_by_which_he_visited_is_no_state():
    text = ("Nigerian Oil Minister Rilwanu Lukman said Norway had pledged to cooperate. He "
            "praised the new refinery, which he visited last week.")
    record = run(text, "LAGOS")
    assert not [v for v in _visits(record) if "NOR" in v[1]], describe_events(record)


def test_states_visited_as_them_after_an_agreement():
    text = ("Saudi Oil Minister Hisham Nazer said Norway, Egypt and Mexico agreed to help "
            "OPEC by restraining output after he visited them earlier this year.")
    record = run(text)
    assert sorted(sorted(r) for a, r in _visits(record) if a == {"SAU"}) == [
        ["EGY"], ["MEX"], ["NOR"]], describe_events(record)


def test_them_of_no_states_is_no_visit():
    text = ("Saudi Oil Minister Hisham Nazer said the oil companies agreed to help OPEC by "
            "restraining output after he visited them earlier this year.")
    record = run(text, "RIYADH")
    assert not _visits(record), describe_events(record)


def test_a_clause_of_the_agreed_act_is_still_folded():
    text = "Norway agreed to help OPEC by restraining output as prices fell."
    record = run(text)
    assert not [e for e in record.events if e.event != "AGREE"], describe_events(record)


# --- contacts held with a partner ------------------------------------------------------------


def test_contacts_with_a_counterpart_are_a_meeting():
    text = ("Chief Portuguese negotiator Rui Medina said he would have contacts later today "
            "with his Chinese counterpart Zhou Nan.")
    record = run(text)
    assert any(c == "040" and a | r == {"PRT", "CHN"} for c, a, r in consults(record)), \
        describe_events(record)


@pytest.mark.parametrize("text", [
    "The Japanese navy said it had lost contact with the Chinese freighter.",
    "The French minister said he had no contacts with Iran.",
])
def test_contact_lost_or_denied_is_no_meeting(text):
    record = run(text)
    assert not consults(record), describe_events(record)


# --- a team sent abroad ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Japan is sending a three-man team to Washington to try to halt the sanctions.",
    "Brazil will send a five-member mission to Peking next month.",
])
def test_a_team_sent_abroad_visits(text):
    record = run(text)
    assert any(c == "042" and a & {"JPN", "BRA"} and r & {"USA", "CHN"}
               for c, a, r in consults(record)), describe_events(record)
    # the team's size names no group of its own
    assert not [a for a in record.actors if a.kind == "organization"], describe_events(record)


def test_a_capital_visited_is_its_state_whatever_its_aside_says():
    text = ("The entire European Commission is today visiting Bonn, once the most "
            "enthusiastic EC member, to overcome differences over farm spending.")
    record = run(text, "BRUSSELS")
    names = {a.id: a.country or a.name for a in record.actors}
    visits = [{names[x] for x in e.recipient} for e in record.events if e.cameo == "042"]
    assert visits == [{"DEU"}], describe_events(record)


# --- a visit or a meeting planned ----------------------------------------------------------------


@pytest.mark.parametrize("text, cameo", [
    ("Japanese Prime Minister Yasuhiro Nakasone plans to visit Washington at the end of the "
     "month.", "042"),
    ("Japanese Prime Minister Yasuhiro Nakasone is preparing to meet President Ronald Reagan "
     "next week.", "040"),
])
def test_a_planned_visit_is_a_visit_to_come(text, cameo):
    record = run(text)
    assert [(e.cameo, e.modality) for e in record.events] == [(cameo, "future")], \
        describe_events(record)
    assert consults(record)[0][1:] == ({"JPN"}, {"USA"}), describe_events(record)


def test_a_visit_agreed_is_still_an_intent_to_meet():
    text = "Japanese Prime Minister Yasuhiro Nakasone agreed to visit Washington next month."
    record = run(text)
    assert [e.cameo for e in record.events] == ["036"], describe_events(record)
