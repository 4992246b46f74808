"""A definite instrument whose only words after it say what is still to be done to it ("The
contract, to be signed by A and B, ...") is the one already named, and names its sides; a
status verb in an infinitive is no specifics of a new instrument, as "signed last year" is.
A joint venture an agreement is made to set up is that agreement, wherever the parser hangs
the purpose clause. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted

TEXT = ("SANTIAGO, May 3 - Chile's state copper company Codelco said it will sign a contract "
        "on May 20 to buy half of a smelter in Arizona. The contract, to be signed by Codelco "
        "and Phelps Dodge Corp of the United States, gives Codelco the right to 40 pct of "
        "the output.")


@pytest.mark.model
def test_the_contract_to_be_signed_is_the_one_named_before():
    record = extracted(TEXT)
    contracts = [g for g in record.agreements if g.instrument == "contract"]
    assert len(contracts) == 1, describe_agreements(record)
    assert sorted(contracts[0].countries) == ["CHL", "USA"], describe_agreements(record)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Unilever Plc said its Dutch unit, Unilever NV, has concluded an agreement with Koc "
    "Holding AS to establish a joint venture in Turkey.",
    "Fiat SpA said it has signed an accord with Tofas AS of Turkey to form a joint venture "
    "in Bursa.",
])
def test_a_venture_an_agreement_is_made_to_set_up_is_that_agreement(text):
    record = extracted(text)
    assert len(record.agreements) == 1, describe_agreements(record)
