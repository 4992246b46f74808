"""An agreement's lifecycle on real corpus stories: the China-Portugal joint declaration on
Macao, initialled in Peking on March 26, 1987 and signed on April 13 (Reuters-21578, each
story sent twice), reported in different words ("initialled a joint declaration under which
... Macao will be handed over", "signed an agreement to end more than four centuries of
Portuguese rule"). The real extractor reads them, a real SQLite store merges them into one
record with two steps (docs/store.md, "Agreement lifecycle"). Skipped without the shared
corpora, like the other corpus tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accords.ingest.corpora import iter_reuters
from accords.ingest.documents import SourceDocument
from accords.store import Filters, Store
from accords.store.ingest import extract_document, ingest

pytestmark = pytest.mark.model

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "reuters21578"


def macao_stories() -> list[SourceDocument]:
    """The stories that report China and Portugal initialling or signing the Macao deal,
    found by their text (only the files that mention Macao are parsed)."""
    found = []
    for path in sorted(CORPUS.glob("reut2-*.sgm")):
        if b"Macao" not in path.read_bytes():
            continue
        for doc in iter_reuters(path):
            text = doc.text
            if "Macao" in text and "Portugal" in text and (
                    "initialled a" in text or "signed an agreement" in text):
                found.append(doc)
    return found


@pytest.fixture(scope="module")
def stories() -> list[SourceDocument]:
    if not CORPUS.is_dir():
        pytest.skip(f"Reuters-21578 not found at {CORPUS}")
    found = macao_stories()
    if not found:
        pytest.skip(f"no Macao stories in {CORPUS}")
    return found


def test_macao_declaration_initialled_then_signed_is_one_agreement(
        stories: list[SourceDocument], tmp_path: Path) -> None:
    initialled = {d.document.id for d in stories if "initialled" in d.text}
    signed = {d.document.id for d in stories if "signed an agreement" in d.text}
    assert len(initialled) >= 1 and len(signed) >= 1, [d.document.id for d in stories]

    with Store(str(tmp_path / "accords.db")) as store:
        ingest(store, stories, extractor=extract_document)
        deals = [a for a in store.agreements(Filters(limit=None))
                 if {"CHN", "PRT"} <= set(a.countries)]
        assert len(deals) == 1, [(a.id, a.status, [s.document for s in a.sources])
                                 for a in deals]
        deal = deals[0]
        assert set(deal.countries) == {"CHN", "PRT"}
        assert deal.status == "signed"
        reported = {s.document for s in deal.sources}
        assert initialled | signed <= reported

        steps = [(h.status, h.modality, h.date) for h in deal.history]
        assert steps == [("initialled", "asserted", "1987-03-26"),
                         ("signed", "asserted", "1987-04-13")]
        first, then = deal.history
        assert first.document in initialled and set(first.documents) <= initialled
        assert then.document in signed and set(then.documents) <= signed
        text = {d.document.id: d.text for d in stories}
        for step in deal.history:
            assert step.evidence, step
            span = step.evidence[0]
            assert text[step.document][span.start:span.end] == span.text
