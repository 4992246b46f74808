"""A surname the tagger calls an organisation once is the person of that name told before:
its mention keeps the person as the side of the act it takes part in."""

from record_views import describe_events, extracted

WELCOMED_PLANS = (
    "WASHINGTON, April 9 - Japanese Finance Minister Kiichi Miyazawa presented a "
    "supplementary budget plan. The Group of Seven countries welcomed Miyazawa's presentation "
    "of plans for a budget to stimulate domestic demand, U.S. officials said.")

WELCOMED_PROPOSALS = (
    "BONN, June 3 - West German Economics Minister Martin Bangemann outlined a tax reform. "
    "The European Commission welcomed Bangemann's proposals for lower subsidies to industry, "
    "a spokesman said.")


def _welcomed(text: str) -> list[tuple[str, str]]:
    record = extracted(text)
    return [(record.actor(a).name, record.actor(r).name) for e in record.events
            if e.event == "SUPPORT" for a in e.actor for r in e.recipient]


def test_surname_tagged_as_firm_is_the_person_welcomed() -> None:
    record = extracted(WELCOMED_PLANS)
    assert ("Group of Seven", "Kiichi Miyazawa") in _welcomed(WELCOMED_PLANS), \
        describe_events(record)


def test_second_story_same_shape() -> None:
    record = extracted(WELCOMED_PROPOSALS)
    assert ("European Commission", "Martin Bangemann") in _welcomed(WELCOMED_PROPOSALS), \
        describe_events(record)


def test_no_organisation_of_the_person_name_is_left() -> None:
    for text in (WELCOMED_PLANS, WELCOMED_PROPOSALS):
        record = extracted(text)
        people = {a.name.split()[-1] for a in record.actors if a.kind == "person"}
        assert not [a for a in record.actors if a.kind == "organization" and a.name in people]
