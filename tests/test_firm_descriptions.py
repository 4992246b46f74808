"""A firm's country from a description beside its name: "US-based", a describing noun set
before the name with a comma ("The French agency for ..., <X>,"), and a part of another firm
whose country is known ("X, a network service of Y"). Not from a plural description of
several firms that names others. Written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted, orgs

from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str) -> Record:
    return extracted(text, "1987-05-04")


@pytest.mark.parametrize(
    ("text", "firm", "iso"),
    [
        ("The labels were bought by US-based Kestrel Holdings for an unspecified sum.",
         "Kestrel Holdings", "USA"),
        ("NEW YORK, May 4 - The Italian agency for the export of machine tools, <Ucimex>, "
         "said it would open an office in Chicago.", "Ucimex", "ITA"),
        ("Brazil signed a contract with Telnova, a data network unit of Computer Sciences "
         "Corp, to link its ministries.", "Telnova", "USA"),
    ],
)
def test_a_description_beside_the_name_gives_the_firms_country(text, firm, iso):
    record = run(text)
    assert orgs(record).get(firm) == iso, describe_actors(record)


def test_a_plural_description_naming_other_firms_gives_none():
    record = run("The loan comes from eight Indian and foreign banks including State Bank of "
                 "India (London), Kestrel Trust Co (Hong Kong) and two others.")
    assert orgs(record).get("Kestrel Trust Co") != "IND", describe_actors(record)
