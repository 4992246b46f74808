"""People whose country the words beside them imply: officials who accompany a leader serve
the leader's state; an apposition after the second of two coordinated people describes that
one, not the first. Texts written for the test."""

from __future__ import annotations

import pytest

import accords


def _countries(text: str, dateline: str | None = None) -> dict[str, str | None]:
    record = accords.extract(text, published="1988-09-14", dateline=dateline, id="test")
    return {a.name: a.country for a in record.actors if a.kind == "person"}


@pytest.mark.model
def test_an_official_who_accompanies_a_leader_serves_the_leaders_state() -> None:
    found = _countries("Chancellor Helmut Kohl will travel to Beijing on Monday. Finance "
                       "Minister Gerhard Stoltz will accompany Kohl, aides said.")
    assert found.get("Gerhard Stoltz") == "DEU", found


@pytest.mark.model
def test_officials_accompanying_a_leader_in_a_participle() -> None:
    found = _countries("President Francois Mitterrand, accompanied by Trade Minister Anne "
                       "Rivault and Industry Minister Paul Garnier, arrived in Brasilia.")
    assert found.get("Anne Rivault") == "FRA" and found.get("Paul Garnier") == "FRA", found


@pytest.mark.model
def test_accompanying_someone_of_no_known_state_gives_nothing() -> None:
    found = _countries("Trade Minister Anne Rivault will accompany Paul Garnier, a "
                       "businessman, to the fair.")
    assert found.get("Anne Rivault") is None, found


@pytest.mark.model
def test_an_apposition_after_a_conjunct_describes_the_conjunct() -> None:
    found = _countries("MANILA, May 4 - The Philippines took a 300 mln dlr World Bank credit "
                       "on Tuesday. The credit was signed by Finance Minister Ramon Alcala and "
                       "Peter Hollis, World Bank director for Asia.", dateline="MANILA")
    assert found.get("Ramon Alcala") == "PHL", found


@pytest.mark.model
def test_a_fellow_visitor_of_the_storys_state_is_of_it() -> None:
    found = _countries("WASHINGTON, March 3 - The United States wants Japan to buy more beef. "
                       "Trade Representative Clayton Yeutter and Agriculture Secretary Ralph "
                       "Denholm will visit Tokyo in April.", dateline="WASHINGTON")
    assert found.get("Ralph Denholm") == "USA", found


@pytest.mark.model
def test_a_fellow_visitor_of_another_state_than_the_storys_stays_unknown() -> None:
    found = _countries("WASHINGTON, March 3 - The United States wants Japan to buy more beef, "
                       "U.S. officials said. The United States says the U.S. market is open. "
                       "Canadian Trade Minister Pat Carney and Ralph Denholm will visit Tokyo "
                       "in April.", dateline="WASHINGTON")
    assert found.get("Ralph Denholm") is None, found
