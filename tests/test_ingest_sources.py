"""Ingest of saved web pages, feeds, CSV exports, and the `iter_sources` dispatcher (no spaCy)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from accords.errors import InputError
from accords.ingest.documents import SourceDocument
from accords.ingest.feeds import iter_feed
from accords.ingest.html import html_fragment_text, read_html_file
from accords.ingest.sources import describe, iter_sources
from accords.ingest.tables import iter_csv

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = Path(os.environ.get("ACCORDS_CORPORA", SHARED / "data" / "corpora"))
REUTERS = CORPORA / "reuters21578"
BBC = CORPORA / "bbc"

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Ministers sign border accord | Example News</title>
<link rel="canonical" href="https://news.example.com/world/2025/04/12/border-accord">
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Ministers sign border accord">
<meta property="article:published_time" content="2025-04-12T09:30:00+02:00">
<style>body { font-family: serif; }</style>
<script>window.analytics = {page: "world"};</script>
</head>
<body>
<nav class="site-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
</ul></nav>
<article>
<h1>Ministers sign border accord</h1>
<p>VIENNA, April 12 - The foreign ministers of Austria and Hungary signed an agreement on
Saturday to reopen three border crossings that have been closed since 2020, officials said.</p>
<p>The accord, negotiated over eight months, also sets up a joint commission on river
management. It will enter into force once both parliaments ratify it, which is expected before
the end of the year.</p>
<p>\u201cThis is a good day for our neighbours,\u201d the Austrian minister told reporters. The
caf\u00e9 by the crossing at Nickelsdorf had been shut for four years.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Storm hits coast</a></li></ul></aside>
<footer><p>\u00a9 2025 Example News. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> | <a href="/contact">Contact us</a></footer>
</body>
</html>
"""

MENU_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Example News - Sections</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="menu"><a href="/about">About us</a> | <a href="/contact">Contact</a></div>
<footer>\u00a9 2025 Example News</footer>
</body></html>
"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Example Wire: World</title>
<link>https://wire.example.org/world</link>
<description>World news from the Example Wire</description>
<item>
<title>Kenya and Uganda agree rail link</title>
<link>https://wire.example.org/world/kenya-uganda-rail</link>
<guid isPermaLink="false">wire-1001</guid>
<pubDate>Sat, 12 Apr 2025 01:15:00 +0300</pubDate>
<description>&lt;p&gt;Kenya and Uganda signed a memorandum on Friday to extend the standard
gauge railway to Kampala.&lt;/p&gt;&lt;p&gt;Work is due to start next year.&lt;/p&gt;</description>
</item>
<item>
<title>Talks on fishing quotas stall</title>
<link>https://wire.example.org/world/fishing-talks</link>
<pubDate>Fri, 11 Apr 2025 18:00:00 GMT</pubDate>
<description>Norway and the EU failed to agree on cod quotas.</description>
<content:encoded><![CDATA[<p>Norway and the European Union failed on Friday to agree on
cod quotas for the Barents Sea.</p><ul><li>Talks resume in May.</li><li>Both sides blamed
&amp; criticised each other.</li></ul><script>track("fishing")</script>]]></content:encoded>
</item>
<item>
<title>Photo gallery: spring in Kyiv</title>
<link>https://wire.example.org/world/gallery-kyiv</link>
<pubDate>Fri, 11 Apr 2025 12:00:00 GMT</pubDate>
</item>
</channel>
</rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom Desk</title>
  <id>urn:example:desk</id>
  <updated>2025-04-13T04:30:00Z</updated>
  <entry>
    <title>Chile and Peru sign water treaty</title>
    <id>urn:example:entry:1</id>
    <link rel="alternate" href="https://atom.example.net/chile-peru-water"/>
    <updated>2025-04-12T23:30:00-05:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Chile and Peru signed
      a treaty on shared aquifers.</p><p>The text was agreed <b>in Lima</b>.<br/>It runs for
      ten years.</p></div></content>
  </entry>
  <entry>
    <title>Ceasefire talks continue</title>
    <id>urn:example:entry:2</id>
    <published>2025-04-10T08:00:00Z</published>
    <summary type="text">Delegations met in Doha for a third day &amp; will meet again.</summary>
  </entry>
</feed>
"""


def write(path: Path, content: str | bytes) -> Path:
    """Write a test input file, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def documents(items: list[SourceDocument | InputError]) -> list[SourceDocument]:
    return [item for item in items if isinstance(item, SourceDocument)]


def errors(items: list[SourceDocument | InputError]) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


# HTML ------------------------------------------------------------------------------------------


def test_html_page_gives_article_text_and_metadata(tmp_path: Path) -> None:
    # Saved as the page declares (Windows-1252), so the decoder must honour the declaration.
    page = write(tmp_path / "accord.html", ARTICLE_PAGE.encode("cp1252"))
    item = read_html_file(page)
    doc = item.document
    assert doc.id == "https://news.example.com/world/2025/04/12/border-accord"
    assert doc.url == doc.id
    assert doc.title == "Ministers sign border accord"
    assert doc.published == "2025-04-12"
    assert doc.source == "Example News"
    assert doc.language == "en"
    assert "VIENNA, April 12 - The foreign ministers of Austria and Hungary" in item.text
    assert "\u201cThis is a good day for our neighbours,\u201d" in item.text
    assert "The café by the crossing" in item.text
    paragraphs = item.text.strip().split("\n\n")
    assert any(p.startswith("The accord, negotiated over eight months") for p in paragraphs)
    for chrome in ("Home", "Business", "All rights reserved", "Privacy policy", "analytics",
                   "Most read", "font-family"):
        assert chrome not in item.text


def test_html_page_without_metadata_uses_stem_and_no_guessed_date(tmp_path: Path) -> None:
    body = (
        "<p>Negotiators met again on Monday, after talks collapsed on 3 March 2019 in Geneva "
        "when both delegations walked out without a statement.</p>"
        "<p>Officials said a draft text has been circulated and that the mediators hope to "
        "present it to ministers before the summer recess.</p>"
    )
    page = write(tmp_path / "talks-resume.htm",
                 f"<html><head><title>Talks resume</title></head><body><article>{body}"
                 "</article></body></html>")
    doc = read_html_file(page).document
    assert doc.id == "talks-resume"
    assert doc.url is None
    assert doc.title == "Talks resume"
    assert doc.published is None  # "3 March 2019" in the story is not its publication date
    assert doc.source == str(page)


def test_html_page_with_only_menus_is_a_clear_error(tmp_path: Path) -> None:
    page = write(tmp_path / "sections.html", MENU_PAGE)
    with pytest.raises(InputError, match="no article text found in the HTML page") as info:
        read_html_file(page)
    assert info.value.source == str(page)


def test_html_fragment_text_keeps_paragraphs_and_lines() -> None:
    text = html_fragment_text(
        "<p>One  two\nthree.</p>tail <b>bold</b><!-- note --> end<br>next line"
        "<ul><li>A</li><li>B &amp; C</li></ul><script>x()</script>"
    )
    assert text == "One two three.\n\ntail bold end\nnext line\n\nA\n\nB & C"
    assert html_fragment_text("   ") == ""


# Feeds -----------------------------------------------------------------------------------------


def test_rss_feed_one_document_per_entry(tmp_path: Path) -> None:
    feed = write(tmp_path / "world.rss", RSS_FEED)
    items = list(iter_feed(feed))
    docs = documents(items)
    assert [d.id for d in docs] == ["wire-1001", "https://wire.example.org/world/fishing-talks"]
    first, second = docs
    assert first.document.title == "Kenya and Uganda agree rail link"
    # 01:15 at +03:00 is still 11 April in UTC; the publisher's own date is kept.
    assert first.document.published == "2025-04-12"
    assert first.document.url == "https://wire.example.org/world/kenya-uganda-rail"
    assert first.document.source == "Example Wire: World"
    assert first.text == (
        "Kenya and Uganda signed a memorandum on Friday to extend the standard gauge railway to "
        "Kampala.\n\nWork is due to start next year."
    )
    # The full content wins over the one-line summary; the script is gone.
    assert second.text == (
        "Norway and the European Union failed on Friday to agree on cod quotas for the Barents "
        "Sea.\n\nTalks resume in May.\n\nBoth sides blamed & criticised each other."
    )
    assert second.document.published == "2025-04-11"
    [error] = errors(items)
    assert error.source == str(feed)
    assert "entry 3" in error.message and "no text" in error.message
    item_lines = [n for n, line in enumerate(RSS_FEED.splitlines(), 1) if line == "<item>"]
    assert error.line == item_lines[2]  # where the third <item> starts
    assert isinstance(items[-1], InputError)


def test_atom_feed(tmp_path: Path) -> None:
    items = list(iter_feed(write(tmp_path / "desk.atom", ATOM_FEED)))
    assert not errors(items)
    first, second = documents(items)
    assert first.id == "urn:example:entry:1"
    assert first.document.url == "https://atom.example.net/chile-peru-water"
    assert first.document.title == "Chile and Peru sign water treaty"
    assert first.document.published == "2025-04-12"  # not 13 April (UTC)
    assert first.document.source == "Example Atom Desk"
    assert first.text == (
        "Chile and Peru signed a treaty on shared aquifers.\n\n"
        "The text was agreed in Lima.\nIt runs for ten years."
    )
    assert second.id == "urn:example:entry:2"
    assert second.document.url is None  # feedparser's link is the urn id, not an address
    assert second.document.published == "2025-04-10"
    assert second.text == "Delegations met in Doha for a third day & will meet again."


def test_truncated_feed_keeps_complete_entries_and_reports_once(tmp_path: Path) -> None:
    cut = RSS_FEED.index("cod quotas for the Barents")  # inside the second entry's content
    feed = write(tmp_path / "partial.xml", RSS_FEED[:cut])
    items = list(iter_feed(feed))
    assert [d.id for d in documents(items)] == ["wire-1001"]
    [error] = errors(items)
    assert error.source == str(feed)
    assert error.line is not None and error.line > 1
    assert "malformed feed" in error.message and "cut off" in error.message
    assert str(feed) in str(error)


def test_malformed_feed_yields_readable_entries_and_the_parser_message(tmp_path: Path) -> None:
    broken = RSS_FEED.replace("<title>Talks on fishing", "<title>Talks & fishing", 1)
    items = list(iter_feed(write(tmp_path / "broken.rss", broken)))
    titles = [d.document.title for d in documents(items)]
    assert titles == ["Kenya and Uganda agree rail link", "Talks & fishing quotas stall"]
    feed_errors = [e for e in errors(items) if "malformed feed" in e.message]
    bad_line = next(n for n, line in enumerate(broken.splitlines(), 1) if "Talks &" in line)
    assert len(feed_errors) == 1 and feed_errors[0].line == bad_line


# CSV -------------------------------------------------------------------------------------------


def test_csv_rows_with_errors_named_by_line(tmp_path: Path) -> None:
    long_text = "The delegations met again. " * 8000  # > 128 KB: beyond csv's default field limit
    table = write(
        tmp_path / "export.csv",
        "ID,Title,TEXT,Published,Section\n"
        '7,Accord signed,"VIENNA - Two states signed, on Saturday, an accord.\n\n'
        'Parliaments must ratify it.",2025-04-12,world\n'
        ",No text here,,2025-01-01,world\n"
        "x2,Bad date,Some text for the row.,12/04/2025,world\n"
        "\n"
        f",Long one,{long_text},2025-04-13T08:00:00Z,world\n"
        "7,Same id,Another story.,,world\n"
        "8,Too many,Oops, a comma,,world\n",
    )
    items = list(iter_csv(table))
    docs = documents(items)
    assert [d.id for d in docs] == ["7", "export-8"]  # "<stem>-<line>"
    assert docs[0].text == (
        "VIENNA - Two states signed, on Saturday, an accord.\n\nParliaments must ratify it."
    )
    assert docs[0].document.title == "Accord signed"
    assert docs[0].document.published == "2025-04-12"
    assert docs[1].text == long_text
    assert docs[1].document.published == "2025-04-13"
    found = [(e.line, e.message) for e in errors(items)]
    assert [line for line, _ in found] == [5, 6, 9, 10]
    assert found[0][1] == "missing 'text'"
    assert "'published' must be an ISO date" in found[1][1] and "12/04/2025" in found[1][1]
    assert "duplicate id '7' (first used on line 2)" in found[2][1]
    assert "6 fields but the header has 5" in found[3][1]
    assert all(e.source == str(table) for e in errors(items))


def test_csv_not_utf8_is_one_error(tmp_path: Path) -> None:
    table = write(tmp_path / "latin1.csv",
                  "id,text\n1,Fine row.\n2,Le caf\u00e9 a ferm\u00e9.\n".encode("latin-1"))
    items = list(iter_csv(table))
    assert len(items) == 1
    [error] = items
    assert isinstance(error, InputError)
    assert "not UTF-8" in error.message and "0xe9" in error.message
    assert error.source == str(table) and error.line == 3


def test_csv_without_text_column(tmp_path: Path) -> None:
    items = list(iter_csv(write(tmp_path / "meta.csv", "id,body\n1,Hello.\n")))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "no 'text' column" in items[0].message and items[0].line == 1


# Dispatcher ------------------------------------------------------------------------------------


def mixed_folder(root: Path) -> Path:
    """A folder of every kind, with a subfolder, hidden files and an unsupported file."""
    write(root / "a-brief.txt", "Ministers of Chile and Peru met in Lima on Monday.\n")
    write(root / "b-page.html", ARTICLE_PAGE)
    write(root / "c-wire.xml", RSS_FEED)  # a feed recognised by its content
    write(root / "d-batch.jsonl",
          '{"id": "j1", "text": "Talks resumed in Geneva.", "published": "2025-03-01"}\n'
          '{"text": ""}\n')
    write(root / "e-table.csv", "text,title\nSanctions were lifted on Friday.,Lifted\n")
    write(root / "f-notes.pdf", b"%PDF-1.4 not supported")
    write(root / "g-sitemap.xml", '<?xml version="1.0"?><urlset><url/></urlset>')
    write(root / ".hidden.txt", "never read")
    write(root / ".cache" / "x.txt", "never read either")
    write(root / "sub" / "atom.atom", ATOM_FEED)
    write(root / "sub" / "z-last.txt", "Delegates from Norway arrived in Oslo.\n")
    return root


def test_iter_sources_over_a_mixed_folder(tmp_path: Path) -> None:
    root = mixed_folder(tmp_path / "inbox")
    items = list(iter_sources([root], published="2025-05-01"))
    got = [
        (i.id, i.document.title, i.document.published)
        if isinstance(i, SourceDocument)
        else ("ERROR", Path(i.source or "").name, i.message.split(":")[0])
        for i in items
    ]
    assert got == [
        ("a-brief", None, "2025-05-01"),  # no date of its own: the default applies
        ("https://news.example.com/world/2025/04/12/border-accord",
         "Ministers sign border accord", "2025-04-12"),
        ("wire-1001", "Kenya and Uganda agree rail link", "2025-04-12"),
        ("https://wire.example.org/world/fishing-talks", "Talks on fishing quotas stall",
         "2025-04-11"),
        ("ERROR", "c-wire.xml", "entry 3"),
        ("j1", None, "2025-03-01"),
        ("ERROR", "d-batch.jsonl", "'text'"),
        ("e-table-2", "Lifted", "2025-05-01"),
        ("ERROR", "f-notes.pdf", "unsupported file type '.pdf'"),
        ("ERROR", "g-sitemap.xml", "unsupported file type '.xml'"),
        ("urn:example:entry:1", "Chile and Peru sign water treaty", "2025-04-12"),
        ("urn:example:entry:2", "Ceasefire talks continue", "2025-04-10"),
        ("z-last", None, "2025-05-01"),
    ]
    first = items[0]
    assert isinstance(first, SourceDocument)
    assert first.text == "Ministers of Chile and Peru met in Lima on Monday.\n"
    assert first.document.source == str(root / "a-brief.txt")


def test_iter_sources_limit_paths_and_errors_never_raised(tmp_path: Path) -> None:
    root = mixed_folder(tmp_path / "inbox")
    limited = list(iter_sources(root, limit=3))  # one path may be given bare
    assert [i.id for i in documents(limited)] == [
        "a-brief", "https://news.example.com/world/2025/04/12/border-accord", "wire-1001"
    ]
    assert len(limited) == 3

    missing = tmp_path / "nowhere.txt"
    items = list(iter_sources([missing, root / "a-brief.txt", root / "a-brief.txt"]))
    assert isinstance(items[0], InputError) and "no such file" in items[0].message
    assert isinstance(items[1], SourceDocument) and items[1].id == "a-brief"
    assert isinstance(items[2], InputError) and "duplicate id 'a-brief'" in items[2].message
    assert len(items) == 3

    [bad_date] = list(iter_sources([root], published="next Tuesday"))
    assert isinstance(bad_date, InputError) and "ISO date" in bad_date.message


def test_describe_kinds(tmp_path: Path) -> None:
    root = mixed_folder(tmp_path / "inbox")
    assert describe(root) == "folder"
    assert describe(root / "a-brief.txt") == "text"
    assert describe(root / "b-page.html") == "html"
    assert describe(root / "c-wire.xml") == "feed"
    assert describe(root / "sub" / "atom.atom") == "feed"
    assert describe(root / "d-batch.jsonl") == "jsonl"
    assert describe(root / "e-table.csv") == "csv"
    assert describe(root / "f-notes.pdf") == "unknown"
    assert describe(root / "g-sitemap.xml") == "unknown"
    assert describe(tmp_path / "missing") == "unknown"
    bbc_like = tmp_path / "bbc"
    write(bbc_like / "politics" / "001.txt", "Election date set\n\nThe vote is in May.\n")
    write(bbc_like / "tech" / "001.txt", "Chip plant opens\n\nIt employs 900 people.\n")
    assert describe(bbc_like) == "bbc"
    assert [i.id for i in documents(list(iter_sources([bbc_like])))] == [
        "bbc_politics_001", "bbc_tech_001"
    ]
    write(tmp_path / "mine" / "notes" / "001.txt", "Not the BBC corpus.\n")
    assert describe(tmp_path / "mine") == "folder"


@pytest.mark.skipif(not REUTERS.is_dir(), reason="Reuters-21578 corpus not present")
def test_iter_sources_reuters_folder_with_limit() -> None:
    assert describe(REUTERS) == "reuters"
    items = list(iter_sources([REUTERS], limit=5))
    assert len(items) == 5
    docs = documents(items)
    assert [d.id for d in docs] == [f"reuters21578_{n:05d}" for n in range(1, 6)]
    assert docs[0].document.title == "BAHIA COCOA REVIEW"
    assert docs[0].document.published == "1987-02-26"
    assert docs[0].text.startswith("BAHIA COCOA REVIEW\nSALVADOR, Feb 26 - ")


@pytest.mark.skipif(not BBC.is_dir(), reason="BBC corpus not present")
def test_iter_sources_bbc_folder_with_limit() -> None:
    assert describe(BBC) == "bbc"
    docs = documents(list(iter_sources([BBC], limit=2)))
    assert [d.id for d in docs] == ["bbc_business_001", "bbc_business_002"]
