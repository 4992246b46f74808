"""Ingest: article validation, JSON Lines batches and the corpus readers (no spaCy model)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import orjson
import pytest

from accords.errors import InputError
from accords.ingest.corpora import iter_bbc, iter_reuters
from accords.ingest.documents import (
    SourceDocument,
    check_text,
    detect_language,
    iter_jsonl,
    read_text_file,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = SHARED / "examples"
CORPORA = Path(os.environ.get("ACCORDS_CORPORA", SHARED / "data" / "corpora"))
REUTERS = CORPORA / "reuters21578"
BBC = CORPORA / "bbc"

needs_reuters = pytest.mark.skipif(not REUTERS.is_dir(), reason="Reuters-21578 corpus not present")
needs_bbc = pytest.mark.skipif(not BBC.is_dir(), reason="BBC corpus not present")


# check_text ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\t \r\n", b"", b"  \n "])
def test_check_text_rejects_empty(text: str | bytes) -> None:
    with pytest.raises(InputError, match="empty text") as info:
        check_text(text, "in.txt")
    assert info.value.source == "in.txt"
    assert "in.txt" in str(info.value)


def test_check_text_rejects_binary_bytes() -> None:
    png = b"\x89PNG\r\n\x1a\n" + random.Random(0).randbytes(2000)
    with pytest.raises(InputError, match="looks like binary data") as info:
        check_text(png, "image.png")
    assert info.value.source == "image.png"


def test_check_text_rejects_nul() -> None:
    with pytest.raises(InputError, match="looks like binary data"):
        check_text("Leaders met\x00 in Minsk.", "nul.txt")
    with pytest.raises(InputError, match="looks like binary data"):
        check_text(b"Leaders met\x00 in Minsk.", "nul.txt")


def test_check_text_rejects_many_control_characters() -> None:
    with pytest.raises(InputError, match="looks like binary data"):
        check_text("ab\x01\x02\x03cd\x04\x05", "ctl.txt")


def test_check_text_rejects_non_utf8() -> None:
    with pytest.raises(InputError, match="not UTF-8 text") as info:
        check_text("Caf\u00e9 talks in M\u00fcnchen".encode("latin-1"), "latin1.txt")
    assert info.value.source == "latin1.txt"
    assert "latin1.txt" in str(info.value)
    with pytest.raises(InputError, match="not UTF-8 text"):
        check_text("Talks in Minsk".encode("utf-16"), "utf16.txt")


def test_check_text_rejects_too_large() -> None:
    with pytest.raises(InputError, match="too large"):
        check_text("word " * 100, "big.txt", max_bytes=100)
    with pytest.raises(InputError, match="too large"):
        check_text(b"word " * 100, "big.txt", max_bytes=100)


def test_check_text_returns_text_unchanged() -> None:
    text = "  Pakistan and Belarus signed\r\n a roadmap.\u00a0\n\n"
    assert check_text(text, "ok.txt") is text
    assert check_text(text.encode("utf-8"), "ok.txt") == text


def test_check_text_drops_utf8_bom_from_bytes() -> None:
    assert check_text("\ufeffMinsk talks".encode(), "bom.txt") == "Minsk talks"


def test_check_text_keeps_legitimate_text_with_a_few_controls() -> None:
    text = "Prices rose\x7f sharply.\fNext page follows with more text about trade."
    assert check_text(text, "ok.txt") == text


def test_detect_language() -> None:
    assert detect_language("The two countries signed an agreement on trade and energy.") == "en"
    french = "Les deux pays ont signé un accord sur le commerce et l'énergie. "
    assert detect_language(french * 4) == "fr"
    # one Latin-script sentence is too little to judge (identifiers call "Merkel met Macron in
    # Berlin." Dutch): it is taken as English, as the extractor takes it
    assert detect_language(french) == "en"
    assert detect_language("Merkel met Macron in Berlin.") == "en"
    # another script is judged however short
    assert detect_language("Россия и Беларусь подписали соглашение.") == "ru"
    assert detect_language("12 34 -- 56") == "und"


# read_text_file --------------------------------------------------------------------------------


def test_read_text_file(tmp_path: Path) -> None:
    path = tmp_path / "minsk-visit.txt"
    text = "Pakistan, Belarus sign roadmap\nMINSK - The two countries signed a roadmap.\n"
    path.write_text(text, encoding="utf-8")
    item = read_text_file(path, published="2025-04-12", dateline="MINSK")
    assert isinstance(item, SourceDocument)
    assert item.text == text
    assert item.document.id == "minsk-visit"
    assert item.document.published == "2025-04-12"
    assert item.document.dateline == "MINSK"
    assert item.document.language == "en"
    assert read_text_file(path, id="x1").document.id == "x1"


def test_read_text_file_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError, match="cannot read file") as info:
        read_text_file(missing)
    assert info.value.source == str(missing)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\n\n")
    with pytest.raises(InputError, match="empty text"):
        read_text_file(empty)
    good = tmp_path / "good.txt"
    good.write_text("Talks were held.", encoding="utf-8")
    with pytest.raises(InputError, match="published"):
        read_text_file(good, published="last Tuesday")


# iter_jsonl ------------------------------------------------------------------------------------


def test_iter_jsonl_reports_bad_lines_and_keeps_going(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        orjson.dumps(
            {
                "id": "a",
                "text": "France and Germany signed a treaty.",
                "published": "1987-03-04",
                "title": "Treaty",
                "url": "http://x/a",
            }
        ),
        b"{not json",
        b"",
        orjson.dumps(["an", "array"]),
        orjson.dumps({"id": "no-text", "title": "Nothing"}),
        orjson.dumps({"text": "Japan and Britain agreed on flights."}),
        orjson.dumps({"id": "blank", "text": "   "}),
        orjson.dumps({"id": 7, "text": "Jordan and Sudan signed a barter pact.", "title": 3}),
        orjson.dumps({"id": "b", "text": "Tanzania will repay the credits.", "source": "wire"}),
        b"   ",
        orjson.dumps({"id": "a", "text": "Duplicate id."}),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")

    results = list(iter_jsonl(path))
    docs = [r for r in results if isinstance(r, SourceDocument)]
    errors = [r for r in results if isinstance(r, InputError)]

    assert [d.id for d in docs] == ["a", "batch-6", "b"]
    assert docs[0].document.published == "1987-03-04"
    assert docs[0].document.url == "http://x/a"
    assert docs[0].text == "France and Germany signed a treaty."
    assert docs[2].document.source == "wire"
    assert [(e.line, e.source) for e in errors] == [(n, str(path)) for n in (2, 4, 5, 7, 8, 11)]
    messages = [e.message for e in errors]
    assert "not valid JSON" in messages[0]
    assert "expected a JSON object" in messages[1] and "array" in messages[1]
    assert "missing 'text'" in messages[2]
    assert "empty text" in messages[3]
    assert "'title' must be a string" in messages[4]
    assert "duplicate id 'a'" in messages[5]
    assert f"{path}:2:" in str(errors[0])


def test_iter_jsonl_wrong_text_type_and_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_bytes(
        b'{"text": 42}\n{"text": "ok", "published": "yesterday"}\n'
        b'{"text": "ok", "published": "2024-05-01T10:00:00Z"}\n'
    )
    results = list(iter_jsonl(path))
    assert isinstance(results[0], InputError) and "'text' must be a string" in results[0].message
    assert isinstance(results[1], InputError) and results[1].line == 2
    assert isinstance(results[2], SourceDocument)
    assert results[2].document.published == "2024-05-01"


def test_iter_jsonl_non_utf8_line_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "caf\xe9"}\n{"text": "Fine text."}\n')
    results = list(iter_jsonl(path))
    assert isinstance(results[0], InputError) and results[0].line == 1
    assert isinstance(results[1], SourceDocument) and results[1].id == "c-2"


def test_iter_jsonl_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read file"):
        list(iter_jsonl(tmp_path / "nope.jsonl"))


# corpora ---------------------------------------------------------------------------------------


@needs_reuters
def test_reuters_rebuilds_the_example_article_exactly() -> None:
    item = next(d for d in iter_reuters(REUTERS / "reut2-001.sgm") if d.id == "reuters21578_01515")
    example = EXAMPLES / "reuters21578_01515"
    assert item.text == (example / "article.txt").read_text(encoding="utf-8")
    meta = orjson.loads((example / "meta.json").read_bytes())
    assert item.document.title == meta["title"]
    assert item.document.published == meta["published"] == "1987-03-04"
    assert item.document.dateline == meta["dateline"] == "BONN"


@needs_reuters
def test_reuters_first_2000() -> None:
    docs = list(iter_reuters(REUTERS, limit=2000))
    assert len(docs) == 2000
    assert len({d.id for d in docs}) == 2000
    assert docs[0].id.startswith("reuters21578_")
    for d in docs:
        assert d.text.strip()
        assert not d.text.rstrip().lower().endswith("reuter")
        assert "&lt;" not in d.text and "\x03" not in d.text
        assert d.document.published and d.document.published.startswith("1987-")
        if d.document.title:
            assert d.text.startswith(d.document.title + "\n")


@needs_reuters
def test_reuters_matches_every_reuters_example() -> None:
    examples = sorted(EXAMPLES.glob("reuters21578_*"))
    wanted = {e.name for e in examples}
    found = {d.id: d for d in iter_reuters(REUTERS) if d.id in wanted}
    for example in examples:
        assert found[example.name].text == (example / "article.txt").read_text(encoding="utf-8")


@needs_bbc
def test_bbc_rebuilds_the_example_article_exactly() -> None:
    item = next(d for d in iter_bbc(BBC / "business") if d.id == "bbc_business_080")
    example = EXAMPLES / "bbc_business_080"
    assert item.text == (example / "article.txt").read_text(encoding="utf-8")
    assert item.document.title == "Argentina, Venezuela in oil deal"
    assert item.document.published is None


@needs_bbc
def test_bbc_whole_corpus_and_limit() -> None:
    assert len(list(iter_bbc(BBC, limit=10))) == 10
    one = list(iter_bbc(BBC / "sport" / "199.txt"))  # the one file in cp1252, not UTF-8
    assert one[0].id == "bbc_sport_199" and "\u00a315.8m" in one[0].text


def test_corpus_reader_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_reuters(tmp_path / "nothing"))
    with pytest.raises(InputError, match=r"no Reuters-21578 \.sgm files"):
        list(iter_reuters(tmp_path))
    with pytest.raises(InputError, match="no BBC"):
        list(iter_bbc(tmp_path))


def test_reuters_parses_a_small_sgml_file(tmp_path: Path) -> None:
    sgm = tmp_path / "mini.sgm"
    sgm.write_bytes(
        b'<REUTERS TOPICS="NO" NEWID="7">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n'
        b"<TEXT>&#2;\n<TITLE>A &amp; B &lt;AB> SIGN PACT</TITLE>\n"
        b"<DATELINE>    M\xdcNCHEN, Feb 26 - </DATELINE><BODY>A and B signed.\n"
        b"    More text. REUTER\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
        b'<REUTERS NEWID="8">\n<DATE>27-FEB-1987</DATE><TEXT TYPE="BRIEF">&#2;\n'
        b"<TITLE>NO BODY</TITLE></TEXT></REUTERS>\n"
    )
    (item,) = list(iter_reuters(sgm))
    assert item.id == "reuters21578_00007"
    assert item.document.title == "A & B <AB> SIGN PACT"
    assert item.document.published == "1987-02-26"
    assert item.document.dateline == "M\u00dcNCHEN"
    assert (
        item.text
        == "A & B <AB> SIGN PACT\nM\u00dcNCHEN, Feb 26 - A and B signed.\n    More text.\n"
    )
