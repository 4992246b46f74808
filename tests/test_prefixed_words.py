"""A word spelled with the prefix "co-" ("co-operate", "co-ordinate") is one token read as
its solid spelling, so the verb is coded like "cooperate"; a dotted abbreviation hyphenated
to a name ("U.S.-Japan") is split from it, as "Canada-Japan" is; offsets stay those of the
text. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
def test_a_co_word_is_one_token_with_the_solid_lemma():
    from accords.stages.parse import parse

    text = "They co-operated fully, in (co-operation) with Co-ordinators and a well-known aide."
    doc = parse(text)
    words = {t.text: t for t in doc}
    assert words["co-operated"].lemma_ == "cooperate"
    assert words["co-operation"].lemma_.lower() == "cooperation"
    assert "Co-ordinators" in words
    assert "well-known" not in words  # other hyphens still split
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    assert doc.text == text


@pytest.mark.model
def test_a_pledge_to_co_operate_is_an_intent_to_cooperate():
    found = coded_events(
        "Ghana said on Monday it would co-operate fully with Nigeria on border security.")
    assert ("AGREE", "031", {"GHA"}, {"NGA"}) in found, found


@pytest.mark.model
def test_a_refusal_to_co_operate_is_a_rejection():
    found = coded_events("Peru will not co-operate with Chile on the fisheries dispute.")
    assert [f for f in found if f[0] == "REJECT" and f[2] == {"PER"}], found
    assert not [f for f in found if f[0] == "AGREE"], found


@pytest.mark.model
def test_a_co_author_is_no_event():
    found = coded_events(
        "The co-author of the report, a Kenyan economist, said prices would rise.")
    assert found == [], found


@pytest.mark.model
def test_a_dotted_abbreviation_hyphenated_to_a_name_is_split():
    from accords.stages.parse import parse

    text = "Ties in U.S.-Japan and Franco-U.S. talks, (U.S.-CHINA) and a U.S.-led force."
    doc = parse(text)
    words = [t.text for t in doc]
    assert words[2:5] == ["U.S.", "-", "Japan"], words
    assert "U.S.-CHINA" not in words and "CHINA" in words, words
    assert "U.S.-led" in words  # a lower-case word after the hyphen is no name
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)


@pytest.mark.model
def test_talks_between_states_named_with_an_abbreviation_are_found():
    found = coded_events("Officials opened U.S.-Japan trade talks in Tokyo on Monday.")
    assert [f for f in found if f[0] == "CONSULT" and f[2] | f[3] == {"USA", "JPN"}], found
