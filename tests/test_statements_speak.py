"""A statement or communique speaks for whoever issued it, named where it is first mentioned
("a statement issued after a meeting of X", "the ministry issued a statement"); "the
statement" and "it" later go back to that issuer. A body's name the tagger stops at a
country is completed by the acronym in brackets that spells it all. Texts written for the
test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, describe_events, extracted


def _requests(text: str) -> list[tuple[set, set]]:
    record = extracted(text)
    names = {a.id: a.country or a.name for a in record.actors}
    return [({names[x] for x in e.actor}, {names[x] for x in e.recipient})
            for e in record.events if e.event == "REQUEST"]


@pytest.mark.model
def test_the_statement_named_again_speaks_for_its_issuer():
    text = ("The Egyptian foreign ministry issued a statement on Sunday. The statement urged "
            "Libya to withdraw its troops from the border.")
    assert ({"EGY"}, {"LBY"}) in _requests(text), describe_events(extracted(text))


@pytest.mark.model
def test_it_after_the_statement_said_is_the_issuer():
    text = ("Donors met in Paris, a statement issued after a meeting of the World Bank said. "
            "Growth must pick up, the statement said. It called on Kenya to cut its deficit.")
    assert ({"World Bank"}, {"KEN"}) in _requests(text), describe_events(extracted(text))


@pytest.mark.model
def test_an_acronym_in_brackets_completes_a_bodys_name():
    record = extracted("Donors pledged new funds at a meeting of the Consultative Group on "
                       "Kenya (CGK) in Paris on Monday.")
    assert any(a.name == "Consultative Group on Kenya" for a in record.actors), \
        describe_actors(record)


@pytest.mark.model
def test_a_group_of_governments_is_an_international_body():
    record = extracted("The Intergovernmental Committee on Fisheries said it would send "
                       "monitors to the coast.")
    assert any(a.kind == "international" and "Intergovernmental" in a.name
               for a in record.actors), describe_actors(record)
