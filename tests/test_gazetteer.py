"""Model-free tests of the gazetteer lookup API (the shipped JSON tables)."""

from __future__ import annotations

import pytest

from accords.gazetteer import Gazetteer, get_gazetteer, normalize


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return get_gazetteer()


def test_singleton() -> None:
    """One shared instance per process (its load time is measured in bench/lookups.py)."""
    assert isinstance(Gazetteer(), Gazetteer)
    assert get_gazetteer() is get_gazetteer()


def test_normalize() -> None:
    assert normalize("  Britain\u2019s ") == "britain"
    assert normalize("C\u00f4te d\u2019Ivoire") == "cote d'ivoire"
    assert normalize("United   States'") == "united states"
    assert normalize("Belarus's") == "belarus"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Pakistan", "PAK"),
        ("Belarus", "BLR"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("United Kingdom", "GBR"),
        ("Great Britain", "GBR"),
        ("the United Kingdom", "GBR"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("United States", "USA"),
        ("the United States", "USA"),
        ("America", "USA"),
        ("South Korea", "KOR"),
        ("Iran", "IRN"),
        ("Russia", "RUS"),
        ("Soviet Union", "SUN"),
        ("USSR", "SUN"),
        ("Yugoslavia", "YUG"),
        ("Czechoslovakia", "CSK"),
        ("East Germany", "DDR"),
        ("West Germany", "DEU"),
        ("Federal Republic of Germany", "DEU"),
        ("Kosovo", "XKX"),
        ("Taiwan", "TWN"),
        ("Gibraltar", "GIB"),
        ("Macao", "MAC"),
        ("Macau", "MAC"),
        ("Hong Kong", "HKG"),
        ("Chad", "TCD"),
        ("Jordan", "JOR"),
        ("Turkey", "TUR"),
        ("Georgia", "GEO"),
        ("Guinea", "GIN"),
        ("Burma", "MMR"),
        ("Ivory Coast", "CIV"),
        ("C\u00f4te d\u2019Ivoire", "CIV"),
        ("Pakistan's", "PAK"),
        ("Britain\u2019s", "GBR"),
        ("the U.S.'s", "USA"),
        ("PAKISTAN", "PAK"),
        ("pakistan", "PAK"),
    ],
)
def test_country(gz: Gazetteer, text: str, iso: str) -> None:
    assert gz.country(text) == iso


@pytest.mark.parametrize(
    "text",
    ["the", "us", "Us", "Minister", "Trade", "turkey", "chad", "", "  ", "Pakistani", "Minsk"],
)
def test_country_negatives(gz: Gazetteer, text: str) -> None:
    assert gz.country(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Belarusian", "BLR"),
        ("Belarussian", "BLR"),
        ("Pakistani", "PAK"),
        ("Pakistanis", "PAK"),
        ("Argentine", "ARG"),
        ("Argentinian", "ARG"),
        ("Venezuelan", "VEN"),
        ("Soviet", "SUN"),
        ("West German", "DEU"),
        ("Saudi", "SAU"),
        ("Japanese", "JPN"),
        ("British", "GBR"),
        ("Yugoslav", "YUG"),
        ("Yugoslavian", "YUG"),
        ("Iranian", "IRN"),
        ("Chinese", "CHN"),
        ("Spanish", "ESP"),
        ("French", "FRA"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("South Korean", "KOR"),
        ("Portuguese", "PRT"),
        ("Sudanese", "SDN"),
        ("Jordanian", "JOR"),
        ("Tanzanian", "TZA"),
        ("Kuwaiti", "KWT"),
        ("Syrian", "SYR"),
        ("Israeli", "ISR"),
        ("Indian", "IND"),
        ("Gibraltarian", "GIB"),
    ],
)
def test_demonym(gz: Gazetteer, text: str, iso: str) -> None:
    assert gz.demonym(text) == iso


@pytest.mark.parametrize("text", ["the", "Pakistan", "Minister", "pole", "kiwi"])
def test_demonym_negatives(gz: Gazetteer, text: str) -> None:
    assert gz.demonym(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Peking", "CHN"),
        ("Beijing", "CHN"),
        ("Bonn", "DEU"),
        ("Rangoon", "MMR"),
        ("Minsk", "BLR"),
        ("Islamabad", "PAK"),
        ("Moscow", "RUS"),
        ("London", "GBR"),
        ("Washington", "USA"),
        ("Male", "MDV"),
    ],
)
def test_capital(gz: Gazetteer, text: str, iso: str) -> None:
    assert gz.capital(text) == iso


@pytest.mark.parametrize("text", ["male", "the", "Pakistan", "Salisbury"])
def test_capital_negatives(gz: Gazetteer, text: str) -> None:
    assert gz.capital(text) is None


@pytest.mark.parametrize(
    ("iso", "name"),
    [
        ("BLR", "Belarus"),
        ("GBR", "United Kingdom"),
        ("USA", "United States"),
        ("KOR", "South Korea"),
        ("IRN", "Iran"),
        ("SUN", "Soviet Union"),
        ("DEU", "Germany"),
        ("YUG", "Yugoslavia"),
        ("TZA", "Tanzania"),
        ("RUS", "Russia"),
        ("VEN", "Venezuela"),
        ("XKX", "Kosovo"),
        ("PAK", "Pakistan"),
    ],
)
def test_country_name(gz: Gazetteer, iso: str, name: str) -> None:
    assert gz.country_name(iso) == name


def test_country_name_round_trip(gz: Gazetteer) -> None:
    """Every canonical name resolves back to its own code."""
    for iso in ("BLR", "GBR", "USA", "KOR", "IRN", "SUN", "YUG", "TZA", "RUS", "VEN", "CSK"):
        assert gz.country(gz.country_name(iso)) == iso


@pytest.mark.parametrize(
    ("text", "name", "abbrev"),
    [
        ("United Nations", "United Nations", "UN"),
        ("UN", "United Nations", "UN"),
        ("U.N.", "United Nations", "UN"),
        ("the European Union", "European Union", "EU"),
        ("EU", "European Union", "EU"),
        ("European Commission", "European Commission", "EC"),
        ("EC", "European Commission", "EC"),
        ("IMF", "International Monetary Fund", "IMF"),
        ("World Bank", "World Bank", "IBRD"),
        ("WTO", "World Trade Organization", "WTO"),
        ("World Trade Organisation", "World Trade Organization", "WTO"),
        ("NATO", "North Atlantic Treaty Organization", "NATO"),
        ("Nato", "North Atlantic Treaty Organization", "NATO"),
        ("OPEC", "Organization of the Petroleum Exporting Countries", "OPEC"),
        ("Opec", "Organization of the Petroleum Exporting Countries", "OPEC"),
        ("ASEAN", "Association of Southeast Asian Nations", "ASEAN"),
        ("African Union", "African Union", "AU"),
        ("Arab League", "Arab League", None),
        ("G8", "Group of Eight", "G8"),
        ("Group of Seven", "Group of Seven", "G7"),
        ("G-5", "Group of Five", "G5"),
        ("Group of Ten", "Group of Ten", "G10"),
        ("G20", "Group of Twenty", "G20"),
        ("Paris Club", "Paris Club", None),
        ("International Cocoa Organisation", "International Cocoa Organization", "ICCO"),
        ("ICCO", "International Cocoa Organization", "ICCO"),
        ("Commonwealth", "Commonwealth", None),
        ("OECD", "Organisation for Economic Co-operation and Development", "OECD"),
        ("IAEA", "International Atomic Energy Agency", "IAEA"),
        ("WHO", "World Health Organization", "WHO"),
        ("Interpol", "Interpol", "INTERPOL"),
        ("Gulf Cooperation Council", "Gulf Cooperation Council", "GCC"),
        ("GCC", "Gulf Cooperation Council", "GCC"),
    ],
)
def test_international(gz: Gazetteer, text: str, name: str, abbrev: str | None) -> None:
    body = gz.international(text)
    assert body is not None
    assert body["name"] == name
    assert body["abbrev"] == abbrev
    assert body["sector"] == "IGO"
    assert body["code"].startswith("IGO")


@pytest.mark.parametrize("text", ["un", "who", "Who", "opec", "eu", "the", "Pakistan", "Trade"])
def test_international_negatives(gz: Gazetteer, text: str) -> None:
    assert gz.international(text) is None


@pytest.mark.parametrize(
    ("text", "title", "sector"),
    [
        ("Prime Minister", "Prime Minister", "GOV"),
        ("prime minister", "Prime Minister", "GOV"),
        ("Deputy Prime Minister", "Deputy Prime Minister", "GOV"),
        ("President", "President", "GOV"),
        ("Vice President", "Vice President", "GOV"),
        ("Chief Minister", "Chief Minister", "GOV"),
        ("Foreign Minister", "Foreign Minister", "GOV"),
        ("Foreign Secretary", "Foreign Secretary", "GOV"),
        ("Defense Secretary", "Defense Secretary", "GOV"),
        ("Defence Secretary", "Defence Secretary", "GOV"),
        ("Deputy Secretary of State", "Deputy Secretary of State", "GOV"),
        ("Secretary of State", "Secretary of State", "GOV"),
        ("Chancellor", "Chancellor", "GOV"),
        ("King", "King", "GOV"),
        ("Crown Prince", "Crown Prince", "GOV"),
        ("Emir", "Emir", "GOV"),
        ("Premier", "Premier", "GOV"),
        ("Minister", "Minister", "GOV"),
        ("Oil Minister", "Oil Minister", "GOV"),
        ("Trade Minister", "Trade Minister", "GOV"),
        ("Foreign Trade Minister", "Foreign Trade Minister", "GOV"),
        ("Economics Minister", "Economics Minister", "GOV"),
        ("Finance Minister", "Finance Minister", "GOV"),
        ("Interior Minister", "Interior Minister", "GOV"),
        ("Minister of Foreign Affairs", "Foreign Minister", "GOV"),
        ("Minister of Trade", "Trade Minister", "GOV"),
        ("Deputy Foreign Minister", "Deputy Foreign Minister", "GOV"),
        ("Minister of Defence Production", "Minister of Defence Production", "GOV"),
        ("Ambassador", "Ambassador", "GOV"),
        ("Envoy", "Envoy", "GOV"),
        ("Director General", "Director General", "GOV"),
        ("Spokesman", "Spokesman", "GOV"),
        ("Government Spokesman", "Government Spokesman", "GOV"),
        ("General", "General", "MIL"),
        ("Admiral", "Admiral", "MIL"),
        ("Commander", "Commander", "MIL"),
        ("Chief Executive", "Chief Executive", "BUS"),
        ("Senator", "Senator", "LEG"),
        ("Speaker", "Speaker", "LEG"),
        ("Secretary General", "Secretary General", "GOV"),
        ("Minister without portfolio", "Minister without Portfolio", "GOV"),
    ],
)
def test_title(gz: Gazetteer, text: str, title: str, sector: str) -> None:
    assert gz.title(text) == {"title": title, "sector": sector}


@pytest.mark.parametrize(
    "text", ["the", "Trade", "Pakistan", "Banana Minister", "Nawaz Sharif", ""]
)
def test_title_negatives(gz: Gazetteer, text: str) -> None:
    assert gz.title(text) is None


def test_title_words(gz: Gazetteer) -> None:
    words = gz.title_words()
    assert "prime minister" in words and "foreign minister" in words and "minister" in words
    assert all(w == w.lower() for w in words)
    assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)


def test_country_terms(gz: Gazetteer) -> None:
    terms = gz.country_terms()
    assert ("Britain", "GBR", "name") in terms
    assert ("British", "GBR", "demonym") in terms
    assert ("U.S.", "USA", "name") in terms
    assert ("UK", "GBR", "name") in terms
    assert ("Minsk", "BLR", "capital") in terms
    assert {k for _, _, k in terms} == {"name", "demonym", "capital"}
    surfaces = {s for s, _, _ in terms}
    assert not surfaces & {"the", "us", "Us", "minister", "Minister", "Trade", "Union", "Republic"}
    assert all(s[:1].isupper() or s.startswith(("the ", "mainland ")) for s in surfaces)


def test_international_terms(gz: Gazetteer) -> None:
    terms = dict(gz.international_terms())
    assert terms["EU"]["name"] == "European Union"
    assert terms["United Nations"]["abbrev"] == "UN"
    assert terms["Paris Club"]["sector"] == "IGO"


def test_officials(gz: Gazetteer) -> None:
    roles = gz.officials("Nawaz Sharif")
    assert roles and all(r["country"] == "PAK" for r in roles)
    assert any(r["title"] == "Prime Minister" for r in roles)
    assert {"country", "title", "sector", "start", "end"} <= set(roles[0])
    thatcher = gz.officials("Margaret Thatcher", "1985-06-01")
    assert [(r["country"], r["title"], r["sector"]) for r in thatcher] == [
        ("GBR", "Prime Minister", "GOV")
    ]
    assert gz.officials("Margaret Thatcher", "1975-01-01") == []
    zhao = gz.officials("Zhao Ziyang", "1985-01-01")
    assert zhao and zhao[0]["country"] == "CHN" and zhao[0]["title"] == "Premier"
    luka = gz.officials("Alexander Lukashenko", "2020-01-01")
    assert luka and luka[0]["country"] == "BLR" and luka[0]["title"] == "President"


def test_officials_dates_and_case(gz: Gazetteer) -> None:
    assert gz.officials("margaret THATCHER") == gz.officials("Margaret Thatcher")
    for role in gz.officials("Nawaz Sharif", "1998-01-01"):
        assert (role["start"] or "") <= "1998-01-01" <= (role["end"] or "9999")
    assert gz.officials("Nobody Inparticular") == []
    assert gz.officials("") == []


def test_firms_take_their_country_from_the_multinationals_dictionary() -> None:
    from accords.gazetteer import firm_key, get_gazetteer

    gz = get_gazetteer()
    assert firm_key("Royal Dutch Shell Plc.") == "royal dutch shell"
    assert gz.firm("Lockheed Martin Corp") == "USA"
    assert gz.firm("Royal Dutch Shell Plc") == "NLD"
    assert gz.firm("Acme Widget Makers of Nowhere") is None
