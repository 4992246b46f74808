"""A compound nationality whose later word the wire typed in lower case ("West german",
"South korean") still names the state; a lone lower-case word does not. Sentences written for
the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted

pytestmark = pytest.mark.model


def country_of(text: str, name: str) -> str | None:
    return next((a.country for a in extracted(text).actors if a.name == name), None)


def test_lowercase_second_word_of_a_nationality_before_a_counterpart() -> None:
    text = ("LISBON, May 4 - Portuguese Finance Minister Miguel Cadilhe will meet his West "
            "german counterpart Hans Weber on Friday, officials said.")
    assert country_of(text, "Hans Weber") == "DEU", describe_actors(extracted(text))


def test_lowercase_second_word_of_another_nationality() -> None:
    text = ("TOKYO, May 4 - Japanese Trade Minister Hajime Tamura will meet his South "
            "korean counterpart Park Pil-soo on Friday, officials said.")
    assert country_of(text, "Park Pil-soo") == "KOR", describe_actors(extracted(text))
