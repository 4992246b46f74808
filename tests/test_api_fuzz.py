"""Property-based tests of the REST API from its own OpenAPI document (schemathesis).

Every GET under /api and POST /api/extract get generated requests, valid and invalid, over
the examples store: none may end in a server error, and every answer must be one the OpenAPI
document declares (status, content type and body schema), which keeps the document honest.
Kept small and derandomised (the same cases every run), so the file runs in well under a
minute. The HTML pages are tested elsewhere; POST /api/ingest is disabled here (no token).

The schema is loaded at import, from an app over an empty in-memory store, and the examples
store is swapped in by a fixture: the OpenAPI document does not depend on the data, and
schemathesis' fixture-based loader (`schemathesis.pytest.from_fixture`, 4.32) fails on
pytest 9 (it sets `Function._nodeid`, which pytest 9 no longer has).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import schemathesis
from example_stores import example_store
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from accords.store import Store
from accords.web import create_app

pytestmark = pytest.mark.model

MAX_EXAMPLES = 25

APP = create_app(store=Store("sqlite://"), token="")
schema = (schemathesis.openapi.from_asgi("/openapi.json", APP)
          .include(path_regex=r"^/api/")
          .exclude(method="POST", path="/api/ingest"))


@pytest.fixture(scope="module", autouse=True)
def examples_store(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path,
                   cached_extractor: Callable) -> Iterator[None]:
    """The app serves the gold examples while this module runs."""
    placeholder = APP.state.store
    db = example_store(tmp_path_factory, examples_dir, cached_extractor, "fuzz")
    with Store(str(db)) as store:
        APP.state.store = store
        try:
            yield
        finally:
            APP.state.store = placeholder


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_api_answers_every_request_as_documented(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error, status_code_conformance,
                                   content_type_conformance, response_schema_conformance])
