"""Who published a report, for people and for citations: the outlet and the link to the
original article, never the local file it was read from.

The store keeps each report's `source` and `url` as the readers gave them. Those are an outlet
when the input said one (a feed's title, a page's site name, the `source` field of JSONL/CSV,
a folder's meta.json) but a file path when nothing did (a plain text file) and a path plus a
note for the bundled corpora ("reut2-001.sgm (Reuters-21578 NEWID=1515 ...)"). `describe`
turns what is stored into what to show: an outlet name, the original's URL, and for a corpus
story its corpus and story id. The web pages and the PLOVER export's `publication` use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

__all__ = ["OUTLET_HOMES", "Outlet", "describe", "home_country", "looks_like_path"]

_REUTERS_SOURCE = re.compile(r"Reuters-21578\s+NEWID=(\d+)", re.I)
_REUTERS_ID = re.compile(r"^reuters21578_0*(\d+)$")
_BBC_SOURCE = re.compile(r"(?:^|[\s/])bbc/([a-z]+)/(\d+)\.txt\b", re.I)
_BBC_ID = re.compile(r"^bbc_([a-z]+)_(\d+)$")
_FILE_SUFFIX = re.compile(
    r"\.(?:txt|text|html?|xhtml|xml|rss|atom|json|jsonl|ndjson|csv|tsv|sgm|sgml|md|gz|zip)$",
    re.I)

REUTERS = ("Reuters", "Reuters-21578")
BBC = ("BBC News", "BBC News corpus (Greene & Cunningham 2006)")


@dataclass(frozen=True)
class Outlet:
    """What to show for one report. Every field may be None: a text file read without
    metadata has no known outlet."""

    name: str | None = None
    url: str | None = None
    corpus: str | None = None
    story: str | None = None

    @property
    def label(self) -> str | None:
        """One line: "Reuters · Reuters-21578, story 1515", "Dawn", "example.org"."""
        parts = [p for p in (self.name, self.citation) if p]
        return " · ".join(parts) or None

    @property
    def citation(self) -> str | None:
        """The corpus and story id ("Reuters-21578, story 1515"), for corpus stories."""
        if not self.corpus:
            return None
        return f"{self.corpus}, story {self.story}" if self.story else self.corpus


def looks_like_path(value: str) -> bool:
    """True for what a reader stores when it knows no outlet: a file path (absolute,
    relative, Windows) or a file name. "Dawn.com" or "BBC News - World" are outlets."""
    text = value.strip()
    if not text:
        return True
    if text.startswith(("/", "~", "./", "../", "file:", "\\\\")) or "\\" in text:
        return True
    if re.match(r"^[A-Za-z]:[\\/]", text):
        return True
    return bool(_FILE_SUFFIX.search(text))


def web_url(url: str | None) -> str | None:
    """The URL if it is a web address (http or https), else None (never `javascript:`)."""
    if url and re.match(r"^https?://[^\s/]", url.strip(), re.I):
        return url.strip()
    return None


def _host(url: str) -> str | None:
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


# national outlets whose stories, filed without a dateline, are filed at home: a BBC story of
# British politics names "International Development Minister Gareth Thomas" without a country
# as a Reuters story from London would under a LONDON dateline. Wires (Reuters, AP, AFP) file
# from everywhere and are left out; matched on the outlet's name or its site's host.
OUTLET_HOMES = {"bbc news": "GBR", "bbc": "GBR", "bbc.co.uk": "GBR", "bbc.com": "GBR",
                "the guardian": "GBR", "theguardian.com": "GBR", "xinhua": "CHN",
                "xinhuanet.com": "CHN", "tass": "RUS", "tass.com": "RUS", "kyodo news": "JPN",
                "english.kyodonews.net": "JPN", "yonhap": "KOR", "en.yna.co.kr": "KOR",
                "dawn": "PAK", "dawn.com": "PAK", "the hindu": "IND", "thehindu.com": "IND"}


def home_country(document: str, source: str | None, url: str | None) -> str | None:
    """The country a national outlet files from (ISO alpha-3), or None for a wire or an
    unknown outlet."""
    outlet = describe(document, source, url)
    for name in (outlet.name, _host(outlet.url) if outlet.url else None):
        key = (name or "").lower().removeprefix("www.")
        if key in OUTLET_HOMES:
            return OUTLET_HOMES[key]
    return None


def describe(document: str, source: str | None, url: str | None) -> Outlet:
    """The outlet of the report `document` (its id) stored with `source` and `url`."""
    link = web_url(url)
    text = (source or "").strip()
    reuters = _REUTERS_SOURCE.search(text) or (_REUTERS_ID.match(document)
                                               if not text or looks_like_path(text) else None)
    if reuters:
        return Outlet(REUTERS[0], link, REUTERS[1], reuters.group(1))
    bbc = _BBC_SOURCE.search(text) or (_BBC_ID.match(document)
                                       if not text or looks_like_path(text) else None)
    if bbc:
        return Outlet(BBC[0], link, BBC[1], f"{bbc.group(1).lower()}/{bbc.group(2)}")
    if text and not looks_like_path(text):
        return Outlet(text, link)
    return Outlet(_host(link) if link else None, link)
