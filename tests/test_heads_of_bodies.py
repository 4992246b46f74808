"""Officials titled after the name by the body they head (", head of the EU mission", ", chief
of the Polish Trade Ministry's press office"), and rulers known by one name. Texts written for
the test."""

from __future__ import annotations

import pytest
from record_views import extracted


def _person(text: str, name: str, published: str | None = "1987-05-04"):
    record = extracted(text, published)
    for actor in record.actors:
        if actor.kind == "person" and actor.name.split()[-1] == name.split()[-1]:
            return actor
    raise AssertionError([(a.kind, a.name) for a in record.actors])


@pytest.mark.model
@pytest.mark.parametrize("text,name,title", [
    ("Peter Lindqvist, head of the EC mission in Lagos, said talks on fishing rights would"
     " resume next month.", "Peter Lindqvist", "head of the ec mission"),
    ("Talks are going well, Henri Castel, head of a parliamentary defence committee, told"
     " reporters in Lyon.", "Henri Castel", "head of the parliamentary defence committee"),
])
def test_head_of_a_body_after_the_name_is_his_office(text, name, title):
    actor = _person(text, name)
    assert title in [r.title.lower() for r in actor.roles], actor.roles


@pytest.mark.model
def test_a_nationality_inside_the_body_is_the_office_state():
    actor = _person("Jerzy Malik, chief of the Polish Trade Ministry's press office, said the"
                    " wheat contract was signed in Warsaw.", "Jerzy Malik")
    assert "chief of the trade ministry's press office" in [r.title.lower() for r in
                                                           actor.roles], actor.roles
    assert actor.country == "POL"


@pytest.mark.model
@pytest.mark.parametrize("text,name,country", [
    ("President Suharto opened the new fertiliser plant near Palembang on Tuesday.",
     "Suharto", "IDN"),
    ("King Fahd received the visiting delegation in Riyadh on Sunday.", "Fahd", "SAU"),
])
def test_a_ruler_known_by_one_name_is_found_with_his_title(text, name, country):
    assert _person(text, name).country == country


@pytest.mark.model
@pytest.mark.parametrize("text,name,title,country", [
    ("Talks followed between Deputy Kenyan Trade Minister Paul Mwangi and Chinese officials.",
     "Paul Mwangi", "deputy trade minister", "KEN"),
    ("British corporate affairs minister Alan Price told Japan to resolve the row.",
     "Alan Price", "corporate affairs minister", "GBR"),
])
def test_rank_and_portfolio_around_a_nationality_stay_in_the_office(text, name, title, country):
    actor = _person(text, name)
    assert title in [r.title.lower() for r in actor.roles], actor.roles
    assert actor.country == country


@pytest.mark.model
def test_a_rank_adjective_is_no_portfolio():
    actor = _person("Chile's top trade negotiator Juan Rojas arrived in Lima on Monday.",
                    "Juan Rojas")
    assert "top trade negotiator" not in [r.title.lower() for r in actor.roles], actor.roles
