"""Build the shipped gazetteer tables in ``src/accords/gazetteer/data/``.

Usage: ``python scripts/build_gazetteer.py [DATA_DIR]`` (default ``../shared/data`` relative to the
repository root). Sources: pycountry, CountryInfo (CC BY-SA 3.0), the Phoenix dictionaries (MIT)
and the curated tables below. The news corpora under ``corpora/`` are only read to learn which
words are ordinary lower-case English words, so that such words never become aliases; no corpus
text is shipped. See ``src/accords/gazetteer/data/SOURCES.md``.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import pycountry
from rapidfuzz.distance import DamerauLevenshtein

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "accords" / "gazetteer" / "data"

# Flags stored with every surface form (see accords.gazetteer): how case is checked on lookup.
ANY_CASE = 0  # any capitalisation
NOT_LOWER = 1  # an ordinary English word as well: reject an all-lower-case query
EXACT = 2  # an abbreviation: only this exact spelling
CAPS = 3  # a pronounceable acronym: all-caps or Capitalised ("OPEC", "Opec"), never "opec"

SECTORS = ("GOV MIL LEG JUD COP SPY PTY BUS MED EDU CVL REL IGO UNK").split()

# --------------------------------------------------------------------------------------------
# Curated tables. Written for this project from general knowledge (public facts: names of
# states, their demonyms and capitals); see SOURCES.md.
# --------------------------------------------------------------------------------------------

# Short canonical English names where pycountry's is formal or inverted.
SHORT_NAMES = {
    "BOL": "Bolivia", "BRN": "Brunei", "CIV": "Ivory Coast",
    "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo", "CPV": "Cape Verde",
    "CZE": "Czech Republic", "FSM": "Micronesia", "GBR": "United Kingdom", "IRN": "Iran",
    "KOR": "South Korea", "PRK": "North Korea", "LAO": "Laos", "MDA": "Moldova",
    "MKD": "North Macedonia", "PSE": "Palestine", "RUS": "Russia", "SYR": "Syria", "TWN": "Taiwan",
    "TZA": "Tanzania", "USA": "United States", "VEN": "Venezuela", "VNM": "Vietnam",
    "VAT": "Vatican City", "TUR": "Turkey", "SWZ": "Eswatini", "MAC": "Macau", "HKG": "Hong Kong",
    "BHS": "Bahamas", "GMB": "Gambia", "NLD": "Netherlands", "PHL": "Philippines",
    "TLS": "East Timor", "XKX": "Kosovo", "SUN": "Soviet Union", "YUG": "Yugoslavia",
    "CSK": "Czechoslovakia", "DDR": "East Germany", "YMD": "South Yemen",
    "SCG": "Serbia and Montenegro", "DEU": "Germany", "ARE": "United Arab Emirates",
    "FLK": "Falkland Islands", "VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands",
    "KNA": "Saint Kitts and Nevis", "LCA": "Saint Lucia", "VCT": "Saint Vincent and the Grenadines",
    "STP": "Sao Tome and Principe", "CUW": "Curacao", "REU": "Reunion", "BLM": "Saint Barthelemy",
    "ALA": "Aland Islands", "PCN": "Pitcairn Islands", "SHN": "Saint Helena", "MAF": "Saint Martin",
    "SXM": "Sint Maarten",
}  # fmt: skip

# Extra country names. "|" separates surfaces; a surface in UPPER CASE (or with dots) is an
# abbreviation and only matches exactly as written.
COUNTRY_EXTRA = """
USA: United States|United States of America|America|U.S.|US|U.S.A.|USA|the States
GBR: United Kingdom|Britain|Great Britain|UK|U.K.
GBR: United Kingdom of Great Britain and Northern Ireland|England|Scotland|Wales|Northern Ireland
RUS: Russia|Russian Federation
KOR: South Korea|Republic of Korea|ROK|Korea
PRK: North Korea|Democratic People's Republic of Korea|DPRK
CHN: China|People's Republic of China|PRC|P.R.C.|mainland China
TWN: Taiwan|Republic of China|Formosa
IRN: Iran|Islamic Republic of Iran|Persia
SYR: Syria|Syrian Arab Republic
LAO: Laos|Lao People's Democratic Republic
VNM: Vietnam|Viet Nam|Socialist Republic of Vietnam
MMR: Myanmar|Burma
KHM: Cambodia|Kampuchea
THA: Thailand|Siam
LKA: Sri Lanka|Ceylon
COD: Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|D.R. Congo|DRC
COD: Congo-Kinshasa|Zaire
COG: Republic of the Congo|Republic of Congo|Congo-Brazzaville|Congo Brazzaville|Congo
CIV: Ivory Coast|Cote d'Ivoire
CZE: Czech Republic|Czechia
SVK: Slovakia|Slovak Republic
MKD: North Macedonia|Macedonia|Former Yugoslav Republic of Macedonia|FYROM
MDA: Moldova|Republic of Moldova|Moldavia
BLR: Belarus|Byelorussia|Belorussia|Republic of Belarus
KGZ: Kyrgyzstan|Kirghizia|Kyrgyz Republic
TKM: Turkmenistan|Turkmenia
BEN: Benin|Dahomey
BFA: Burkina Faso|Upper Volta
ZWE: Zimbabwe|Rhodesia
SWZ: Eswatini|Swaziland
CPV: Cape Verde|Cabo Verde
TLS: East Timor|Timor-Leste
TUR: Turkey|Turkiye|Republic of Turkey
NLD: Netherlands|Holland|the Netherlands
VAT: Vatican|Vatican City|Holy See
IRL: Ireland|Republic of Ireland|Eire
PSE: Palestine|Palestinian Territories|State of Palestine|Occupied Palestinian Territories
XKX: Kosovo|Republic of Kosovo
MAC: Macau|Macao
HKG: Hong Kong
GIB: Gibraltar
TZA: Tanzania|United Republic of Tanzania
VEN: Venezuela
BOL: Bolivia
ARE: United Arab Emirates|UAE|U.A.E.|Emirates
SAU: Saudi Arabia|Kingdom of Saudi Arabia
BIH: Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia
FSM: Micronesia|Federated States of Micronesia
BRN: Brunei|Brunei Darussalam
GMB: Gambia|The Gambia
BHS: Bahamas|The Bahamas
PHL: Philippines|The Philippines
DEU: Germany|Federal Republic of Germany|West Germany|FRG
SUN: Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics
YUG: Yugoslavia|Socialist Federal Republic of Yugoslavia|Federal Republic of Yugoslavia
CSK: Czechoslovakia
DDR: East Germany|German Democratic Republic|GDR
YMD: South Yemen|People's Democratic Republic of Yemen
SCG: Serbia and Montenegro
YEM: Yemen|North Yemen|Yemen Arab Republic
FLK: Falkland Islands|Falklands|Malvinas
VGB: British Virgin Islands
VIR: U.S. Virgin Islands|US Virgin Islands
"""

# Demonyms and adjectives (curated). Plurals of -an/-i/-er/-ot/-ite forms are generated.
DEMONYMS = """
AFG: Afghan|Afghani|Afghanistani
ALB: Albanian
DZA: Algerian
AND: Andorran
AGO: Angolan
ATG: Antiguan|Barbudan
ARG: Argentine|Argentinian|Argentinean
ARM: Armenian
AUS: Australian|Aussie
AUT: Austrian
AZE: Azerbaijani|Azeri
BHS: Bahamian
BHR: Bahraini
BGD: Bangladeshi
BRB: Barbadian|Bajan
BLR: Belarusian|Belarussian|Byelorussian|Belorussian
BEL: Belgian
BLZ: Belizean
BEN: Beninese
BTN: Bhutanese
BOL: Bolivian
BIH: Bosnian|Herzegovinian|Bosniak
BWA: Botswanan|Motswana|Batswana
BRA: Brazilian
BRN: Bruneian
BGR: Bulgarian
BFA: Burkinabe|Burkinese
BDI: Burundian
KHM: Cambodian|Khmer
CMR: Cameroonian
CAN: Canadian
CPV: Cape Verdean
CAF: Central African
TCD: Chadian
CHL: Chilean
CHN: Chinese
COL: Colombian
COM: Comoran|Comorian
COG: Congolese
CRI: Costa Rican
CIV: Ivorian
HRV: Croatian|Croat
CUB: Cuban
CYP: Cypriot|Greek Cypriot|Turkish Cypriot
CZE: Czech
DNK: Danish|Dane
DJI: Djiboutian
DMA: Dominican
DOM: Dominican Republic
ECU: Ecuadorian|Ecuadorean
EGY: Egyptian
SLV: Salvadoran|Salvadorean
GNQ: Equatorial Guinean|Equatoguinean
ERI: Eritrean
EST: Estonian
SWZ: Swazi|Emaswati
ETH: Ethiopian
FJI: Fijian
FIN: Finnish|Finn
FRA: French|Frenchman|Frenchwoman
GAB: Gabonese
GMB: Gambian
GEO: Georgian
DEU: German|West German
GHA: Ghanaian
GRC: Greek
GRD: Grenadian
GTM: Guatemalan
GIN: Guinean
GNB: Bissau-Guinean
GUY: Guyanese
HTI: Haitian
HND: Honduran
HUN: Hungarian
ISL: Icelandic|Icelander
IND: Indian
IDN: Indonesian
IRN: Iranian|Persian
IRQ: Iraqi
IRL: Irish|Irishman|Irishwoman
ISR: Israeli
ITA: Italian
JAM: Jamaican
JPN: Japanese
JOR: Jordanian
KAZ: Kazakh|Kazakhstani|Kazakhstan
KEN: Kenyan
KIR: I-Kiribati
PRK: North Korean
KOR: South Korean|Korean
KWT: Kuwaiti
KGZ: Kyrgyz|Kirghiz|Kyrgyzstani
LAO: Lao|Laotian
LVA: Latvian|Lett
LBN: Lebanese
LSO: Basotho|Mosotho
LBR: Liberian
LBY: Libyan
LIE: Liechtensteiner
LTU: Lithuanian
LUX: Luxembourgish|Luxembourger
MKD: Macedonian
MDG: Malagasy|Madagascan
MWI: Malawian
MYS: Malaysian
MDV: Maldivian
MLI: Malian
MLT: Maltese
MHL: Marshallese
MRT: Mauritanian
MUS: Mauritian
MEX: Mexican
FSM: Micronesian
MDA: Moldovan|Moldavian
MCO: Monegasque|Monacan
MNG: Mongolian
MNE: Montenegrin
MAR: Moroccan
MOZ: Mozambican
MMR: Burmese|Myanmarese
NAM: Namibian
NRU: Nauruan
NPL: Nepalese|Nepali
NLD: Dutch|Dutchman|Dutchwoman|Netherlander
NZL: New Zealander|New Zealand
NIC: Nicaraguan
NER: Nigerien
NGA: Nigerian
NOR: Norwegian
OMN: Omani
PAK: Pakistani
PLW: Palauan
PSE: Palestinian
PAN: Panamanian
PNG: Papua New Guinean
PRY: Paraguayan
PER: Peruvian
PHL: Filipino|Philippine|Filipina
POL: Polish|Pole
PRT: Portuguese
QAT: Qatari
ROU: Romanian|Rumanian
RUS: Russian
RWA: Rwandan|Rwandese
KNA: Kittitian|Nevisian
LCA: Saint Lucian
VCT: Vincentian
WSM: Samoan
SMR: Sammarinese
STP: Sao Tomean
SAU: Saudi|Saudi Arabian
SEN: Senegalese
SRB: Serbian|Serb
SYC: Seychellois
SLE: Sierra Leonean
SGP: Singaporean
SVK: Slovak|Slovakian
SVN: Slovenian|Slovene
SLB: Solomon Islander
SOM: Somali|Somalian
ZAF: South African
SSD: South Sudanese
ESP: Spanish|Spaniard
LKA: Sri Lankan
SDN: Sudanese
SUR: Surinamese
SWE: Swedish|Swede
CHE: Swiss
SYR: Syrian
TWN: Taiwanese
TJK: Tajik|Tajikistani
TZA: Tanzanian
THA: Thai
TLS: Timorese|East Timorese
TGO: Togolese
TON: Tongan
TTO: Trinidadian|Tobagonian
TUN: Tunisian
TUR: Turkish|Turk
TKM: Turkmen
TUV: Tuvaluan
UGA: Ugandan
UKR: Ukrainian
ARE: Emirati
GBR: British|Briton|English|Englishman|Englishwoman|Scottish|Scot|Scotsman|Welsh|Welshman
GBR: Northern Irish
USA: American
URY: Uruguayan
UZB: Uzbek|Uzbekistani
VUT: Ni-Vanuatu
VAT: Vatican
VEN: Venezuelan
VNM: Vietnamese
YEM: Yemeni|Yemenite|North Yemeni
ZMB: Zambian
ZWE: Zimbabwean
XKX: Kosovar|Kosovan
HKG: Hong Konger
MAC: Macanese
GIB: Gibraltarian
SUN: Soviet
YUG: Yugoslav|Yugoslavian
CSK: Czechoslovak|Czechoslovakian
DDR: East German
YMD: South Yemeni
PRI: Puerto Rican
GRL: Greenlander|Greenlandic
"""

# Capitals and seats of government not (or not correctly) in CountryInfo, incl. historic ones
# still used in news archives.
CAPITALS_EXTRA = """
CHN: Peking|Beijing
DEU: Bonn|Berlin
DDR: East Berlin
MMR: Rangoon|Yangon|Naypyidaw|Nay Pyi Taw|Naypyitaw
SRB: Belgrade
MNE: Podgorica
KAZ: Astana|Nur-Sultan|Alma-Ata|Almaty
BGD: Dacca|Dhaka
COD: Kinshasa|Leopoldville
MOZ: Maputo|Lourenco Marques
KHM: Phnom Penh
MNG: Ulan Bator|Ulaanbaatar
UKR: Kyiv|Kiev
USA: Washington|Washington D.C.|Washington, D.C.
NGA: Abuja|Lagos
TZA: Dodoma|Dar es Salaam
CIV: Yamoussoukro|Abidjan
HTI: Port-au-Prince
IND: New Delhi|Delhi
ISR: Jerusalem
NLD: Amsterdam|The Hague
BOL: La Paz|Sucre
MYS: Kuala Lumpur|Putrajaya
LKA: Colombo|Sri Jayawardenepura Kotte
KGZ: Bishkek|Frunze
TKM: Ashgabat|Ashkhabad
MDA: Chisinau|Kishinev
GEO: Tbilisi|Tiflis
YEM: Sanaa|Sana'a
VNM: Hanoi
BEL: Brussels
CHE: Bern|Berne
ITA: Rome
KOR: Seoul
PRK: Pyongyang
IRN: Tehran|Teheran
SWZ: Mbabane|Lobamba
KWT: Kuwait City
"""

# CountryInfo capitals that are poor evidence of a country in news text.
CAPITAL_STOP = {
    "salisbury", "george town", "thule", "bida", "kulun", "urga", "serdica", "eternal city",
    "new flower", "city of light", "forbidden city", "christiania", "aden",
}  # fmt: skip

# Demonym-like words that are not nationalities in news use.
DEMONYM_STOP = {
    "guerns", "caymans", "the nature island", "kiwi", "kiwis", "eire", "faeroe", "guadeloupe",
    "congo brazzaville",
}  # fmt: skip

# Name variants we never accept even if a source lists them (ordinary words, regions, cities).
NAME_STOP = {
    "the", "us", "america's", "states", "union", "republic", "kingdom", "island", "islands",
    "georgia state", "korea republic", "congo republic",
}  # fmt: skip

# Intergovernmental bodies: name | abbreviations (exact case) | Phoenix code | aliases; a line
# starting with "+" continues the aliases of the line above.
IGO_CURATED = """
United Nations|UN;U.N.|IGOUNO|United Nations Organization|United Nations Organisation
United Nations Security Council|UNSC|IGOUNO|UN Security Council
+U.N. Security Council|Security Council
United Nations General Assembly|UNGA|IGOUNO|UN General Assembly|U.N. General Assembly
European Union|EU;E.U.|IGOEUREEC|
European Commission|EC|IGOEUREEC|Commission of the European Communities
European Community|EC;EEC|IGOEUREEC|European Communities|European Economic Community|Common Market
European Parliament||IGOEUREEC|
Council of the European Union||IGOEUREEC|Council of Ministers of the European Union|EU Council
European Council||IGOEUREEC|
European Central Bank|ECB|IGOEUREEC|
European Investment Bank|EIB|IGOEUREEC|
European Bank for Reconstruction and Development|EBRD|IGOEURDEV|
Council of Europe||IGOEUR|
International Monetary Fund|IMF|IGOBUSIMF|
World Bank|IBRD|IGOUNODEVWBK|World Bank Group|International Bank for Reconstruction and Development
World Trade Organization|WTO|IGOBUSWTO|World Trade Organisation
General Agreement on Tariffs and Trade|GATT|IGOBUSWTO|
North Atlantic Treaty Organization|NATO;Nato|IGOWSTNAT|North Atlantic Treaty Organisation
+Atlantic Alliance
Warsaw Pact||IGOEEU|Warsaw Treaty Organization
Organization of the Petroleum Exporting Countries|OPEC;Opec|IGOBUSOPC|
+Organisation of the Petroleum Exporting Countries
+Organization of Petroleum Exporting Countries|Organisation of Petroleum Exporting Countries
Association of Southeast Asian Nations|ASEAN;Asean|IGOSEAASN|Association of South East Asian Nations
+Association of South-East Asian Nations
African Union|AU|IGOAFRAFU|
Organization of African Unity|OAU|IGOAFROAU|Organisation of African Unity
Arab League||IGOMEAARL|League of Arab States
Group of Eight|G8;G-8|IGOBUSGOE|
Group of Seven|G7;G-7|IGOBUSGOS|
Group of Twenty|G20;G-20|IGOBUS|
Group of 77|G77;G-77|IGOBUSGSS|Group of Seventy-Seven|Group of Seventy Seven
Paris Club||IGOBUS|
London Club||IGOBUS|
International Cocoa Organization|ICCO|IGOAGRICO|International Cocoa Organisation
International Coffee Organization|ICO|IGOAGR|International Coffee Organisation
International Energy Agency|IEA|IGOBUS|
Commonwealth||IGOCWN|Commonwealth of Nations|British Commonwealth
Commonwealth of Independent States|CIS|IGOCASCIS|
Organisation for Economic Co-operation and Development|OECD|IGOWSTBUS|
+Organization for Economic Cooperation and Development
+Organisation for Economic Cooperation and Development
+Organization for Economic Co-operation and Development
International Atomic Energy Agency|IAEA|IGOUNOIAE|
World Health Organization|WHO|IGOUNOHLHWHO|World Health Organisation
Interpol|INTERPOL;Interpol|IGOCOPITP|International Criminal Police Organization
+International Criminal Police Organisation
Gulf Cooperation Council|GCC|IGOMEAGCC|Gulf Co-operation Council
+Cooperation Council for the Arab States of the Gulf
+Co-operation Council for the Arab States of the Gulf
Organization of American States|OAS|IGOOAS|Organisation of American States
Organisation of Islamic Cooperation|OIC|IGOMOSOIC|Organization of Islamic Cooperation
+Organization of the Islamic Conference|Organisation of the Islamic Conference
Organization for Security and Co-operation in Europe|OSCE|IGOEUR|
+Organisation for Security and Co-operation in Europe
+Organization for Security and Cooperation in Europe
+Organisation for Security and Cooperation in Europe
Economic Community of West African States|ECOWAS;Ecowas|IGOWAFWAS|
Southern African Development Community|SADC|IGOSAFSAD|
South Asian Association for Regional Cooperation|SAARC;Saarc|IGOSASSAA|
Asia-Pacific Economic Cooperation|APEC;Apec|IGOBUS|Asia Pacific Economic Cooperation
Shanghai Cooperation Organisation|SCO|IGOASA|Shanghai Cooperation Organization
Eurasian Economic Union|EAEU|IGOCAS|
Collective Security Treaty Organization|CSTO|IGOCAS|Collective Security Treaty Organisation
Union State of Russia and Belarus||IGOCAS|Union State
Non-Aligned Movement|NAM|IGONON|
Asian Development Bank|ADB|IGOASADEV|
African Development Bank|AfDB|IGOAFRDEV|
Inter-American Development Bank|IDB;IADB|IGOWHMDEV|Inter American Development Bank
Islamic Development Bank|IsDB|IGOMOSDEVIDB|
New Development Bank||IGODEV|BRICS Development Bank
Asian Infrastructure Investment Bank|AIIB|IGODEV|
BRICS||IGOBUS|
Mercosur|MERCOSUR;Mercosur|IGOSAMBUS|Southern Common Market
Andean Community||IGOSAM|
Caribbean Community|CARICOM;Caricom|IGOCRB|
International Court of Justice|ICJ|IGOUNOJUDICJ|World Court
International Criminal Court|ICC|IGOJUDICC|
International Labour Organization|ILO|IGOUNOLAB|International Labour Organisation
+International Labor Organization
Food and Agriculture Organization|FAO|IGOUNOAGR|Food and Agriculture Organisation
United Nations Children's Fund|UNICEF;Unicef|IGOUNOKID|
United Nations High Commissioner for Refugees|UNHCR|IGOUNOREFHCR|UN Refugee Agency
+UN refugee agency|Office of the United Nations High Commissioner for Refugees
United Nations Development Programme|UNDP|IGOUNODEV|UN Development Programme
United Nations Educational, Scientific and Cultural Organization|UNESCO;Unesco|IGOUNOEDU|
United Nations Conference on Trade and Development|UNCTAD;Unctad|IGOUNOBUS|
World Food Programme|WFP|IGOUNOAGR|World Food Program
International Maritime Organization|IMO|IGOUNO|International Maritime Organisation
International Civil Aviation Organization|ICAO|IGOUNO|International Civil Aviation Organisation
International Telecommunication Union|ITU|IGOUNOMED|International Telecommunications Union
Universal Postal Union|UPU|IGOUNO|
World Intellectual Property Organization|WIPO|IGOUNO|World Intellectual Property Organisation
Organisation for the Prohibition of Chemical Weapons|OPCW|IGO|
+Organization for the Prohibition of Chemical Weapons
International Organization for Migration|IOM|IGO|International Organisation for Migration
Bank for International Settlements|BIS|IGOBUS|
Intergovernmental Authority on Development|IGAD|IGOEAFDEVIAD|
Economic Community of Central African States|ECCAS|IGOCAFECA|
Economic Cooperation Organization|ECO|IGOASABUS|Economic Cooperation Organisation
Nordic Council||IGOEUR|
Benelux||IGOEUR|
International Tin Council|ITC|IGOBUS|
International Sugar Organization|ISO|IGOBUS|International Sugar Organisation
International Natural Rubber Organization|INRO|IGOBUS|International Natural Rubber Organisation
European Free Trade Association|EFTA;Efta|IGOEURBUS|
Organization of Arab Petroleum Exporting Countries|OAPEC;Oapec|IGOARBBUSAPE|
+Organisation of Arab Petroleum Exporting Countries
Council for Mutual Economic Assistance|COMECON;Comecon;CMEA|IGOEEU|
Arab Maghreb Union|AMU|IGOMEA|
"""

# Phoenix IGO entries that are not bodies (titles, documents, projects, non-IGOs).
IGO_STOP = {
    "unsg", "unscr", "world bank family network book project", "american correctional association",
    "international government organisation", "international government organization",
    "association mondiale des amis de l'enfance", "un mission", "secretariat of the un",
    "south asian association", "antarctic treaty", "southeast asia collective defense treaty",
}  # fmt: skip

# Titles: "title|sector". Sectors follow CAMEO/PLOVER.
TITLES = """
President|GOV
Vice President|GOV
Vice-President|GOV
Prime Minister|GOV
Deputy Prime Minister|GOV
First Deputy Prime Minister|GOV
Vice Premier|GOV
Premier|GOV
Chief Minister|GOV
First Minister|GOV
Chancellor|GOV
Vice Chancellor|GOV
Chancellor of the Exchequer|GOV
King|GOV
Queen|GOV
Prince|GOV
Princess|GOV
Crown Prince|GOV
Emperor|GOV
Empress|GOV
Emir|GOV
Amir|GOV
Sultan|GOV
Sheikh|GOV
Shah|GOV
Grand Duke|GOV
Monarch|GOV
Head of State|GOV
Head of Government|GOV
Minister|GOV
Deputy Minister|GOV
Vice Minister|GOV
Minister of State|GOV
State Minister|GOV
Junior Minister|GOV
Cabinet Minister|GOV
Minister without Portfolio|GOV
Minister Plenipotentiary|GOV
Secretary of State|GOV
Deputy Secretary of State|GOV
Assistant Secretary of State|GOV
Under Secretary of State|GOV
Undersecretary of State|GOV
Under Secretary|GOV
Undersecretary|GOV
Permanent Secretary|GOV
Cabinet Secretary|GOV
Chief Secretary|GOV
Foreign Secretary|GOV
Home Secretary|GOV
Defence Secretary|GOV
Defense Secretary|GOV
Secretary|GOV
Secretary General|GOV
Secretary-General|GOV
Deputy Secretary General|GOV
Deputy Secretary-General|GOV
General Secretary|PTY
First Secretary|PTY
Party Leader|PTY
Party Chairman|PTY
Opposition Leader|PTY
Leader of the Opposition|PTY
Trade Representative|GOV
Attorney General|JUD
Attorney-General|JUD
Solicitor General|JUD
Ambassador|GOV
Deputy Ambassador|GOV
Ambassador-at-Large|GOV
High Commissioner|GOV
Commissioner|GOV
Trade Commissioner|GOV
Consul|GOV
Consul General|GOV
Consul-General|GOV
Charge d'Affaires|GOV
Envoy|GOV
Special Envoy|GOV
Special Representative|GOV
Permanent Representative|GOV
Representative|GOV
Emissary|GOV
Diplomat|GOV
Director General|GOV
Director-General|GOV
Deputy Director General|GOV
Director|GOV
Deputy Director|GOV
Managing Director|BUS
Executive Director|GOV
Administrator|GOV
Spokesman|GOV
Spokeswoman|GOV
Spokesperson|GOV
Government Spokesman|GOV
Government Spokeswoman|GOV
Press Secretary|GOV
Adviser|GOV
Advisor|GOV
National Security Adviser|GOV
National Security Advisor|GOV
Chief of Staff|GOV
Governor|GOV
Lieutenant Governor|GOV
Governor General|GOV
Governor-General|GOV
Central Bank Governor|GOV
Deputy Governor|GOV
Mayor|GOV
Deputy Mayor|GOV
Official|GOV
Senior Official|GOV
Negotiator|GOV
Chief Negotiator|GOV
Head of Delegation|GOV
Delegate|GOV
Regent|GOV
Viceroy|GOV
Chairman|GOV
Chairwoman|GOV
Chairperson|GOV
Vice Chairman|GOV
Deputy Chairman|GOV
President of the Council|GOV
Chief Executive|BUS
Chief Executive Officer|BUS
CEO|BUS
Chief Operating Officer|BUS
Chief Financial Officer|BUS
Executive Chairman|BUS
Managing Director|BUS
Executive|BUS
Businessman|BUS
Businesswoman|BUS
Banker|BUS
Industrialist|BUS
Senator|LEG
Congressman|LEG
Congresswoman|LEG
Representative|LEG
Lawmaker|LEG
Legislator|LEG
Parliamentarian|LEG
Member of Parliament|LEG
MP|LEG
Speaker|LEG
Deputy Speaker|LEG
Speaker of Parliament|LEG
Majority Leader|LEG
Minority Leader|LEG
Senate Majority Leader|LEG
Chief Justice|JUD
Judge|JUD
Magistrate|JUD
Prosecutor|JUD
Chief Prosecutor|JUD
Public Prosecutor|JUD
Prosecutor General|JUD
General|MIL
Lieutenant General|MIL
Lieutenant-General|MIL
Major General|MIL
Major-General|MIL
Brigadier General|MIL
Brigadier|MIL
Field Marshal|MIL
Marshal|MIL
Air Marshal|MIL
Air Chief Marshal|MIL
Admiral|MIL
Vice Admiral|MIL
Rear Admiral|MIL
Commodore|MIL
Colonel|MIL
Lieutenant Colonel|MIL
Captain|MIL
Lieutenant|MIL
Commander|MIL
Commander-in-Chief|MIL
Commander in Chief|MIL
Supreme Commander|MIL
Army Chief|MIL
Chief of Staff of the Army|MIL
Chief of General Staff|MIL
Chief of the General Staff|MIL
Chief of Army Staff|MIL
Chief of Defence Staff|MIL
Chief of Defense Staff|MIL
Chairman of the Joint Chiefs of Staff|MIL
Police Chief|COP
Chief of Police|COP
Police Commissioner|COP
Inspector General of Police|COP
Intelligence Chief|SPY
Spy Chief|SPY
Editor|MED
Editor-in-Chief|MED
Journalist|MED
Correspondent|MED
Professor|EDU
Rector|EDU
Pope|REL
Cardinal|REL
Archbishop|REL
Bishop|REL
Patriarch|REL
Ayatollah|REL
Grand Ayatollah|REL
Imam|REL
Grand Mufti|REL
Mufti|REL
Rabbi|REL
Chief Rabbi|REL
Dalai Lama|REL
Supreme Leader|GOV
Activist|CVL
Union Leader|CVL
"""

# Portfolios for the "<Subject> Minister" / "Minister of <Subject>" / "<Subject> Secretary" rule
# (lower case). Multi-word subjects are fine.
PORTFOLIOS = """
foreign; foreign affairs; external affairs; home; home affairs; interior; internal affairs;
defence; defense; national defence; national defense; finance; treasury; economy; economics;
economic affairs; economic; trade; foreign trade; commerce; trade and industry; industry;
oil; petroleum; energy; mines; mining; power; electricity; water; water resources; irrigation;
agriculture; food; fisheries; forestry; livestock; health; public health; education;
higher education; science; technology; science and technology; research; culture; tourism; sport;
sports; youth; information; communications; telecommunications; posts; media; transport;
transportation; railways; aviation; civil aviation; shipping; maritime affairs; ports; works;
public works; construction; housing; urban development; planning; development;
international development; cooperation; international cooperation; labour; labor; employment;
social affairs; social security; welfare; social welfare; justice; law; legal affairs;
environment; climate; climate change; ecology; natural resources; land; lands; environment and
forests; security; public security; state security; national security; homeland security;
emergency; emergencies; emergency situations; immigration; migration; refugees; religious
affairs; religion; awqaf; women; women's affairs; family; children; veterans; veterans affairs;
privatisation; privatization; investment; budget; revenue; taxation; customs; cabinet;
cabinet affairs; presidential affairs; parliamentary affairs; european affairs; europe;
european integration; regional development; local government; municipal affairs; rural
development; textiles; steel; coal; heavy industry; light industry; chemicals; fertilizers;
food processing; commerce and industry; industry and trade; economy and trade; foreign
economic relations; external economic relations; foreign economic affairs; finance and economy;
economy and finance; planning and development; petroleum and mineral resources; oil and gas;
minerals; mineral resources; nuclear energy; atomic energy; space; information technology;
digital affairs; culture and tourism; arts; heritage; sports and youth; youth and sports;
arab affairs; gulf affairs; african affairs; asian affairs; overseas development; overseas
territories; northern ireland; scotland; wales; unification; national unification; reunification;
defence production; defense production; defence industry; defense industry; military industry;
armed forces; war; army; navy; air force; police; internal security; intelligence;
national planning; state planning; statistics; property; state property; privatisation;
public administration; civil service; public service; administrative reform;
human rights; minorities; ethnic affairs; indigenous affairs; sport and tourism; commerce and
supply; supply; consumer affairs; competition; infrastructure; communications and
transport; transport and communications; roads; highways; petroleum resources; hydrocarbons;
gas; renewable energy; agriculture and fisheries; agriculture and food; food security;
disaster management; relief; humanitarian affairs; reconstruction; solidarity; social
development; health and social affairs; labour and social affairs; labor and social affairs;
trade and economic development; economic development; economic planning; economic cooperation;
foreign investment; international trade; external trade; export; exports; foreign economic
cooperation; communication; post and telecommunications; press; propaganda; national
education; basic education; vocational training; training; manpower; interior and local
government; tourism and antiquities; antiquities; endowments; islamic affairs; hajj; waqf
"""

# "Minister of <portfolio>" -> "<short> Minister" where the short form differs from the portfolio.
MINISTER_SHORT = {
    "foreign affairs": "Foreign", "external affairs": "Foreign", "home affairs": "Home",
    "internal affairs": "Interior", "economic affairs": "Economic",
    "foreign trade": "Foreign Trade",
    "national defence": "Defence", "national defense": "Defense", "public health": "Health",
    "higher education": "Higher Education", "oil and gas": "Oil and Gas",
}  # fmt: skip

# Title words used in Phoenix agent lines that make a line a title (not a generic agent).
TITLE_HEADS = {
    "MINISTER", "SECRETARY", "PRESIDENT", "AMBASSADOR", "ENVOY", "GOVERNOR", "CHAIRMAN",
    "DIRECTOR", "SPOKESMAN", "SPOKESWOMAN", "COMMANDER", "GENERAL", "ADMIRAL", "SENATOR",
    "SPEAKER", "PREMIER", "CHANCELLOR", "KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "SULTAN",
    "MAYOR", "JUDGE", "PROSECUTOR", "COLONEL", "ATTORNEY", "COMMISSIONER", "CONSUL", "DIPLOMAT",
    "NEGOTIATOR", "LAWMAKER", "LEGISLATOR", "CONGRESSMAN", "CONGRESSWOMAN", "CHIEF",
}  # fmt: skip

# First words of Phoenix agent phrases that qualify a title rather than name one.
AGENT_SKIP = {
    "FORMER", "EX", "RETIRED", "ACTING", "INTERIM", "OUSTED", "REBEL", "RESISTANCE", "OPPOSITION",
    "RULING", "LIGHT", "GOVERNMENT", "MILITARY", "TRIAL", "DEFENSE", "INSURGENT", "MILITANT",
}  # fmt: skip

# Extra name forms for well-known office holders whose CountryInfo spelling differs from the
# usual English news spelling ("canonical CountryInfo name|news spelling|...").
PERSON_ALIASES = """
alyaksandr lukashenka|Alexander Lukashenko|Aleksandr Lukashenko|Alexander Lukashenka
muammar abu minyar al-qadhafi|Muammar Gaddafi|Muammar Qaddafi|Moammar Gadhafi|Muammar al-Gaddafi
vladimir vladimirovich putin|Vladimir Putin
mikhail sergeyevich gorbachev|Mikhail Gorbachev
dmitry anatolyevich medvedev|Dmitry Medvedev
boris nikolayevich yeltsin|Boris Yeltsin
"""

SECTOR_MAP = {  # Phoenix primary sector -> contract sector
    "GOV": "GOV", "MIL": "MIL", "LEG": "LEG", "JUD": "JUD", "COP": "COP", "SPY": "SPY",
    "PTY": "PTY", "BUS": "BUS", "MED": "MED", "EDU": "EDU", "CVL": "CVL", "REL": "REL",
    "IGO": "IGO", "OPP": "PTY", "GOVMIL": "GOV",
}  # fmt: skip

# Prefixes of Phoenix alias lines that make the alias a "title + surname" form, not a name.
ALIAS_TITLE_PREFIXES = (
    "PRESIDENT", "PRIME", "GENERAL", "KING", "QUEEN", "PRINCE", "EMIR", "SULTAN", "SHEIKH",
    "FOREIGN", "DEFENSE", "DEFENCE", "MINISTER", "SECRETARY", "CHANCELLOR", "PREMIER", "LADY",
    "LORD", "SIR", "DR", "MR", "MRS", "MS", "COLONEL", "ADMIRAL", "SENATOR", "AYATOLLAH",
    "CHAIRMAN", "VICE", "DEPUTY", "FORMER", "MARSHAL", "BARONESS", "BARON",
)  # fmt: skip


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """ASCII-fold and lower-case, the key used for every table."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


SMALL = {"of", "the", "and", "de", "da", "du", "des", "del", "la", "le", "for", "on", "in", "es"}


KEEP_UPPER = {"UN", "EU", "AU", "US", "UK", "UAE", "NATO", "OPEC", "ASEAN", "II", "III", "IV"}


def title_case(raw: str, keep_upper: bool = False) -> str:
    """Turn a Phoenix/CountryInfo upper-case token (``GREAT_BRITAIN_``) into ``Great Britain``."""
    words = raw.replace("_", " ").split()
    out = []
    for i, w in enumerate(words):
        if w in KEEP_UPPER and (i or len(words) > 1) and keep_upper:
            out.append(w)
            continue
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", w):  # U.K., D.C.
            out.append(w)
            continue
        lw = w.lower()
        if i and lw in SMALL:
            out.append(lw)
            continue
        parts = re.split(r"([-'])", lw)
        cased = []
        for j, p in enumerate(parts):
            if p in "-'" or not p:
                cased.append(p)
            elif j >= 2 and parts[j - 1] == "'" and len(parts[j - 2]) != 1:  # Nuku'alofa, Sana'a
                cased.append(p)
            else:
                cased.append(p[0].upper() + p[1:])
        out.append("".join(cased))
    return " ".join(out)


def parse_lines(block: str) -> list[str]:
    """Lines of a CountryInfo list field, with comments and blank lines removed."""
    out = []
    for line in block.splitlines():
        line = line.split("#")[0].strip()
        if line:
            out.append(line)
    return out


def parse_curated(text: str) -> dict[str, list[str]]:
    """Parse ``ISO: a|b|c`` lines."""
    table: dict[str, list[str]] = {}
    for line in text.strip().splitlines():
        code, _, rest = line.partition(":")
        table.setdefault(code.strip(), []).extend(s.strip() for s in rest.split("|") if s.strip())
    return table


def is_abbrev(surface: str) -> bool:
    """An upper-case token or dotted initials: match only exactly as written."""
    core = surface.replace(".", "").replace("-", "")
    return (surface.isupper() and len(core) <= 6 and " " not in surface) or bool(
        re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?(?: [A-Z][a-z]+)?", surface)
    )


def corpus_stats(data: Path) -> tuple[set[str], set[str]]:
    """Ordinary lower-case words, and capitalised phrases (folded) seen in the news corpora.

    Ordinary words ("turkey", "male", "union") must not make a lower-case query match a country.
    Capitalised phrases are evidence that a source's name variant is really used in English
    news (drops misspellings and foreign-language forms). Falls back to small curated lists.
    """
    phrases: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    corpora = data / "corpora"
    files: list[Path] = []
    if corpora.is_dir():
        files = sorted(corpora.rglob("*.sgm")) + sorted(corpora.rglob("*.txt"))
    for f in files:
        text = f.read_text(encoding="latin-1", errors="replace")
        if f.suffix == ".sgm":  # only headline and body, not the lower-case metadata tags
            text = "\n".join(re.findall(r"<(?:TITLE|BODY)>(.*?)</(?:TITLE|BODY)>", text, re.S))
        for m in re.finditer(r"[A-Z][\w.'-]*(?:[ ](?:(?:of|the|and|de|es) )?[A-Z][\w.'-]*)*", text):
            words = m.group(0).split(" ")
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + 4) + 1):
                    phrases[fold(" ".join(words[i:j]).strip(".'"))] += 1
        for w in re.findall(r"(?<![A-Za-z])([A-Za-z][a-z]+)(?![A-Za-z])", text):
            if w[0].islower():
                lower[w] += 1
            else:
                upper[w.lower()] += 1
    words = {w for w, n in lower.items() if n >= 3 and n * 4 >= upper.get(w, 0)}
    words |= {
        "turkey", "chad", "jordan", "georgia", "guinea", "china", "male", "victoria", "nice",
        "union", "republic", "kingdom", "states", "kiwi", "panama", "reunion", "pole", "sofia",
    }  # fmt: skip
    return words, {p for p, n in phrases.items() if n >= 3}


def flag_for(surface: str, commons: set[str]) -> int:
    """Case rule for a surface form (see the flag constants)."""
    if is_abbrev(surface):
        return EXACT
    if " " not in surface and fold(surface) in commons:
        return NOT_LOWER
    return ANY_CASE


def plural(word: str) -> str | None:
    """English plural of a nationality noun, when it has one that news uses."""
    if re.search(r"(ese|ish|ch|ss|i?sh|Swiss|Thai|Lao|Kyrgyz|Khmer)$", word):
        return None
    if re.search(r"(sh|ch|s|y)man$", word):  # Englishman, Scotsman, Jerseyman (not German)
        return word[:-3] + "men"
    if re.search(r"(an|i|er|ot|ite|ard|ite|ar|on|ede|ene|ole|ane|ne|k|b|g|t|c|x|n)$", word):
        return word + "s"
    return None


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------


def read_countryinfo(path: Path) -> list[dict]:
    """Country blocks of CountryInfo: iso3, name, nationality lines, capitals."""
    text = path.read_text(encoding="utf-8", errors="replace")
    out = []
    for block in text.split("<Country>")[1:]:
        code = re.search(r"<CountryCode>(.*?)</CountryCode>", block)
        name = re.search(r"<CountryName>(.*?)</CountryName>", block)
        if not code or not name:
            continue
        raw = code.group(1).split("#")[0].strip()
        iso = raw[-3:]
        iso = {"KSV": "XKX", "TMP": "TLS"}.get(iso, iso)
        if not re.fullmatch(r"[A-Z]{3}", iso):
            continue
        if iso != "XKX" and pycountry.countries.get(alpha_3=iso) is None:
            continue
        nat = re.search(r"<Nationality>(.*?)</Nationality>", block, re.S)
        cap = re.search(r"<Capital>(.*?)</Capital>", block, re.S)
        out.append(
            {
                "iso": iso,
                "name": name.group(1).strip().strip("_"),
                "nationality": parse_lines(nat.group(1)) if nat else [],
                "capitals": parse_lines(cap.group(1)) if cap else [],
            }
        )
    return out


def read_phoenix_countries(path: Path) -> tuple[dict[str, set[str]], list[dict]]:
    """Country synonym blocks (``NAME_ [ISO]`` + ``+ALIAS``) and person entries."""
    synonyms: dict[str, set[str]] = defaultdict(set)
    people: list[dict] = []
    current_country: str | None = None
    entry: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        head = re.match(r"^([^\s+\[][^\[]*?)\s*\[([A-Z]{3})\]\s*$", line)
        if head and not raw.startswith(("\t", " ")):
            current_country = head.group(2)
            synonyms[current_country].add(head.group(1).strip().strip("_"))
            entry = None
            continue
        if line.startswith("+"):
            alias = line[1:].strip().strip("_")
            if entry is not None:
                entry["aliases"].append(alias)
            elif current_country:
                synonyms[current_country].add(alias)
            continue
        if raw.startswith(("\t", " ")) or line.lstrip().startswith("["):
            if entry is not None:
                entry["codes"].extend(re.findall(r"\[([^\]]*)\]", line))
            continue
        # a new entry: a person or an organisation, codes may be inline
        name = re.split(r"[\[\t]", line)[0].strip().strip("_")
        entry = {
            "name": name,
            "aliases": [],
            "codes": re.findall(r"\[([^\]]*)\]", line),
            "ci": "CountryInfo" in raw,
        }
        people.append(entry)
    return synonyms, people


def phoenix_date(token: str) -> str | None:
    """YYMMDD or YYYYMMDD to ISO (two-digit years before 30 are 20xx)."""
    token = token.strip()
    if not token or not token.isdigit():
        return None
    if len(token) == 6:
        yy = int(token[:2])
        token = ("20" if yy < 30 else "19") + token
    if len(token) != 8:
        return None
    y, m, d = token[:4], token[4:6], token[6:8]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    if m in ("04", "06", "09", "11") and d == "31":
        d = "30"
    if m == "02" and d > "28":
        d = "28"
    return f"{y}-{m}-{d}"


def parse_role(code: str) -> tuple[str, str, str | None, str | None] | None:
    """``PAKGOV 901106-930418`` -> (iso3, sector, start, end); None if not an office."""
    parts = code.split(None, 1)
    if not parts:
        return None
    actor = parts[0]
    dates = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if not re.fullmatch(r"[A-Z]{6,}", actor):
        return None
    iso = actor[:3]
    rest = actor[3:]
    if len(rest) >= 3 and pycountry.countries.get(alpha_3=rest[:3]) and rest[:3] not in SECTORS:
        iso, rest = rest[:3], rest[3:]  # GBRVGB... dependent territory
    iso = {"KSV": "XKX", "TMP": "TLS"}.get(iso, iso)
    sector = rest[:3]
    if sector not in SECTOR_MAP:
        return None  # ELI (former office holders), REB, OPP... are not offices
    if pycountry.countries.get(alpha_3=iso) is None and iso not in SHORT_NAMES:
        return None
    start = end = None
    if dates.startswith(">"):
        start = phoenix_date(dates[1:])
    elif dates.startswith("<"):
        end = phoenix_date(dates[1:])
    elif "-" in dates:
        a, _, b = dates.partition("-")
        start, end = phoenix_date(a), phoenix_date(b)
    return iso, SECTOR_MAP[sector], start, end


# --------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------


def country_names() -> dict[str, str]:
    """ISO3 -> short canonical English name."""
    names = {}
    for c in pycountry.countries:
        names[c.alpha_3] = getattr(c, "common_name", None) or c.name
    names.update(SHORT_NAMES)
    for iso, name in list(names.items()):
        if "," in name:
            names[iso] = name.split(",")[0]
    return names


def build_countries(data: Path, commons: set[str], phrases: set[str]) -> dict:
    """Country names, demonyms and capitals with their case flags."""
    names = country_names()
    ci = read_countryinfo(data / "countryinfo" / "CountryInfo.120116.txt")
    phoenix_syn, _ = read_phoenix_countries(data / "petrarch2" / "Phoenix.Countries.actors.txt")

    # surface -> (iso, kind, priority); lower priority number wins
    terms: dict[tuple[str, str], tuple[str, str, int]] = {}
    conflicts: set[tuple[str, str]] = set()

    def add(surface: str, iso: str, kind: str, prio: int) -> None:
        surface = " ".join(surface.replace("\u2019", "'").split())
        if not surface or re.search(r"[\d()&/,]", surface.replace(", D.C.", "")):
            return
        if "." in surface and not is_abbrev(surface) and not surface.endswith("D.C."):
            return
        key = (surface if is_abbrev(surface) else fold(surface), kind)
        if fold(surface) in NAME_STOP and not is_abbrev(surface):
            return
        old = terms.get(key)
        if old is None or prio < old[2]:
            terms[key] = (iso, surface, prio)
            conflicts.discard(key)
        elif old[0] != iso and prio == old[2]:
            conflicts.add(key)

    curated_names = parse_curated(COUNTRY_EXTRA)
    for iso, surfaces in curated_names.items():
        for s in surfaces:
            add(s, iso, "name", 0)
    for iso, name in names.items():
        add(name, iso, "name", 1)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                add(v, c.alpha_3, "name", 2)
                folded = fold(v)
                if folded != v.lower():
                    add(
                        folded.title().replace(" Of ", " of ").replace(" The ", " the "),
                        c.alpha_3,
                        "name",
                        2,
                    )

    demonyms = parse_curated(DEMONYMS)
    for iso, surfaces in demonyms.items():
        for s in surfaces:
            add(s, iso, "demonym", 0)
            p = plural(s)
            if p:
                add(p, iso, "demonym", 1)

    trusted: dict[str, set[str]] = defaultdict(set)  # iso -> folded trusted names + demonyms
    for iso, surface, _ in terms.values():
        trusted[iso].add(fold(surface))

    def misspelling(folded: str, iso: str) -> bool:
        for t in trusted[iso]:
            if t == folded:
                return False
            limit = 1 if len(t) <= 6 else 2
            if DamerauLevenshtein.distance(folded, t) <= limit:
                return True
        return False

    def ordinary(folded: str) -> bool:
        words = [w for w in re.split(r"[\s-]+", folded) if w not in SMALL]
        return bool(words) and all(w in commons for w in words)

    capitals = parse_curated(CAPITALS_EXTRA)
    for iso, caps in capitals.items():
        for s in caps:
            add(s, iso, "capital", 0)

    for c in ci:
        iso = c["iso"]
        add(title_case(c["name"]), iso, "name", 3)
        nat = [n.strip("_") for n in c["nationality"]]
        syn = {fold(title_case(s)) for s in phoenix_syn.get(iso, set())}
        for i, raw in enumerate(nat):
            surface = title_case(raw)
            folded = fold(surface)
            if len(folded) < 4 or folded in DEMONYM_STOP or ordinary(folded):
                continue
            if i == 0 or re.search(r"(man|woman|islander)$", folded):
                if misspelling(folded, iso) or (i and folded not in phrases):
                    continue
                add(surface, iso, "demonym", 3)
                continue
            if folded not in syn or misspelling(folded, iso) or (folded, "demonym") in terms:
                continue  # keep only variants that both sources list and are not misspellings
            if folded not in phrases:
                continue  # and that English news really uses
            add(surface, iso, "name", 4)
        for raw in c["capitals"]:
            surface = title_case(raw.strip("_"))
            folded = fold(surface)
            if folded in CAPITAL_STOP or ordinary(folded) and " " in folded:
                continue
            if (folded, "capital") in terms and terms[(folded, "capital")][0] != iso:
                continue
            add(surface, iso, "capital", 2)

    rows = []
    for (key, kind), (iso, surface, _) in sorted(terms.items()):
        if (key, kind) in conflicts:
            continue
        rows.append([surface, iso, kind[0], flag_for(surface, commons)])
    used = {r[1] for r in rows}
    return {"names": {k: v for k, v in sorted(names.items()) if k in used}, "terms": rows}


def build_international(data: Path, commons: set[str]) -> dict:
    """Intergovernmental bodies: curated list merged with Phoenix IGO entries."""
    bodies: list[list[str]] = []  # [name, abbrev, code]
    terms: dict[str, list] = {}  # key -> [surface, body index, flag]

    def add_term(surface: str, idx: int, flag: int) -> None:
        key = surface if flag in (EXACT, CAPS) else fold(surface)
        if key not in terms:
            terms[key] = [surface, idx, flag]

    def abbrev_flag(a: str) -> int:
        core = a.replace(".", "").replace("-", "")
        if len(core) >= 4 and core.isalpha() and fold(core) not in commons:
            return CAPS
        return EXACT

    lines: list[str] = []
    for line in IGO_CURATED.strip().splitlines():  # "+..." continues the previous line
        if line.startswith("+"):
            lines[-1] += "|" + line[1:]
        else:
            lines.append(line)
    for line in lines:
        name, abbrevs, code, *aliases = line.split("|")
        abbr = [a for a in abbrevs.split(";") if a]
        idx = len(bodies)
        bodies.append([name, abbr[0] if abbr else "", code])
        add_term(name, idx, ANY_CASE)
        for a in abbr:
            add_term(a, idx, abbrev_flag(a) if a.isupper() else EXACT)
        for a in aliases:
            if a:
                add_term(a, idx, EXACT if is_abbrev(a) else ANY_CASE)

    org_words = re.compile(
        r"\b(ORGANI[SZ]ATION|UNION|COUNCIL|BANK|FUND|COMMISSION|AGENCY|COURT|ASSOCIATION|"
        r"COMMUNITY|LEAGUE|CONFERENCE|PROGRAMME|PROGRAM|FORUM|PARLIAMENT|COMMITTEE|SECRETARIAT|"
        r"INSTITUTE|AUTHORITY|TRIBUNAL|GROUP|CLUB|OFFICE|ALLIANCE|PACT|PARTNERSHIP|ASSEMBLY|"
        r"MOVEMENT|MISSION|CENTRE|CENTER|TREATY|COOPERATION|CO-OPERATION|SUMMIT)\b"
    )
    person_words = re.compile(
        r"\b(PRESIDENT|SECRETARY|MINISTERS?|CHIEF|PEACEKEEPERS?|MONITORS?|SPOKES(?:MAN|WOMAN)|"
        r"ENVOYS?|OFFICIALS?|REPRESENTATIVES?|DELEGATES?|DELEGATION|STAFF|TROOPS|SOLDIERS?|"
        r"HEAD|DIRECTOR|CHAIRMAN|COMMISSIONER|AMBASSADORS?|INSPECTORS?|EXPERTS?|OBSERVERS?|"
        r"WORKERS?|FORCES?|TO THE|MEMBERS?|COUNTRIES|NATIONS|STATES)\b"
    )
    text = (data / "petrarch2" / "Phoenix.International.actors.txt").read_text(
        encoding="utf-8", errors="replace"
    )
    blocks: list[tuple[list[str], list[str]]] = []
    names: list[str] = []
    codes: list[str] = []
    for raw in text.splitlines() + [""]:
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            if names:
                blocks.append((names, codes))
            names, codes = [], []
            continue
        found = re.findall(r"\[([^\]]*)\]", line)
        if line.startswith("+"):
            names.append(re.split(r"[\[\t]", line[1:])[0].strip().strip("_"))
        elif raw.startswith(("\t", " ")):
            pass
        else:
            if names:
                blocks.append((names, codes))
            names, codes = [re.split(r"[\[\t]", line)[0].strip().strip("_")], []
        codes.extend(found)
    for names, codes in blocks:
        igo = [c.split()[0] for c in codes if c.startswith("IGO")]
        if not igo or any(re.search(r"\d", c) for c in codes if c.startswith("IGO")):
            continue  # not an IGO, or a dated role (a person)
        code = igo[0]
        good = []
        for n in names:
            n = n.replace("_", " ").strip()
            n = re.sub(r"^THE ", "", n)
            if not n or person_words.search(n) or re.search(r"[\d(),&/]", n.replace("G-", "G")):
                continue
            if fold(n) in IGO_STOP:
                continue
            if " " in n:
                if not org_words.search(n):
                    continue
                good.append(title_case(n, keep_upper=True))
            elif n.isalpha() and 3 <= len(n) <= 8:
                good.append(n)  # acronym
        if not good:
            continue
        idx = next(
            (
                terms[k][1]
                for g in good
                for k in (g, fold(g), g.title())
                if k in terms and (k == g or " " in g)
            ),
            None,
        )
        if idx is None:
            full = [g for g in good if " " in g]
            acr = [g for g in good if " " not in g]
            if not full and not acr:
                continue
            idx = len(bodies)
            bodies.append([full[0] if full else acr[0], acr[0] if acr else "", code])
        for g in good:
            if " " in g:
                add_term(g, idx, ANY_CASE)
                alt = g.replace("Organization", "Organisation")
                add_term(alt, idx, ANY_CASE)
            else:
                add_term(g, idx, abbrev_flag(g))
    # spelling variants for the curated names too
    for surface, idx, flag in list(terms.values()):
        if flag == ANY_CASE:
            for a, b in (("Organization", "Organisation"), ("Organisation", "Organization")):
                if a in surface:
                    add_term(surface.replace(a, b), idx, ANY_CASE)
    rows = sorted(terms.values(), key=lambda r: (r[1], r[0]))
    return {"bodies": bodies, "terms": rows}


def build_titles(data: Path) -> dict:
    """Generic titles (curated + Phoenix agents) and the portfolio words for the rule."""
    titles: dict[str, list[str]] = {}
    for line in TITLES.strip().splitlines():
        t, s = line.split("|")
        titles.setdefault(fold(t), [t, s])
    portfolios = sorted({fold(p) for p in re.split(r"[;\n]", PORTFOLIOS) if p.strip()})
    agents = (data / "petrarch2" / "Phoenix.agents.txt").read_text(
        encoding="utf-8", errors="replace"
    )
    for raw in agents.splitlines():
        line = raw.split("#")[0].strip()
        m = re.match(r"^([A-Z][A-Z_'\-]*[A-Z])\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})", line)
        if not m:
            continue
        words = m.group(1).split("_")
        if words[-1] not in TITLE_HEADS or len(words) > 4:
            continue
        if words[0] in AGENT_SKIP or m.group(2) not in SECTORS:
            continue  # a qualified or non-state agent ("Rebel Commander"), not a title
        sector = m.group(2)
        surface = title_case(m.group(1))
        titles.setdefault(fold(surface), [surface, sector])
    # portfolio forms: Foreign Minister, Minister of Foreign Affairs, Foreign Secretary, ...
    short: dict[str, str | None] = {}
    for p in portfolios:
        cased = " ".join(w if w in SMALL else w.capitalize() for w in p.split())
        short[p] = MINISTER_SHORT.get(p) or (cased if " " not in p else None)
        sector = "MIL" if p in ("army", "navy", "air force", "armed forces") else "GOV"
        titles.setdefault(fold(f"{cased} Minister"), [f"{cased} Minister", sector])
        for prep in ("of", "for"):
            form = f"Minister {prep} {cased}"
            canon = f"{short[p]} Minister" if short[p] else form
            titles.setdefault(fold(form), [form, sector, canon])
        if " " not in p:
            titles.setdefault(fold(f"{cased} Secretary"), [f"{cased} Secretary", sector])
    rows = sorted(titles.values(), key=lambda r: (-len(r[0]), r[0]))
    return {"titles": rows, "portfolios": short}


def norm_title(desc: str) -> str | None:
    """Normalise a CountryInfo office description to a short English title."""
    d = " ".join(desc.replace("Dep ", "Deputy ").split()).strip(" .,")
    d = re.sub(r", (New York|Geneva|Vienna)$", "", d)
    if not d:
        return None
    low = d.lower()
    fixed = {
        "prime": "Prime Minister", "high": "High Commissioner", "first": None,
        "secretary of state for foreign and commonwealth affairs": "Foreign Secretary",
        "secretary of state for the home department": "Home Secretary",
        "secretary of state for defense": "Defence Secretary",
        "secretary of state for defence": "Defence Secretary",
        "minister of foreign affairs": "Foreign Minister",
        "minister for foreign affairs": "Foreign Minister",
        "minister of external affairs": "Foreign Minister",
        "minister of the interior": "Interior Minister",
        "minister of interior": "Interior Minister",
        "minister of internal affairs": "Interior Minister",
        "minister of home affairs": "Home Minister", "minister of defense": "Defence Minister",
        "minister of defence": "Defence Minister",
        "minister of national defense": "Defence Minister",
        "minister of national defence": "Defence Minister",
        "secretary of defense": "Defense Secretary",
        "secretary of the treasury": "Treasury Secretary",
        "secretary of state": "Secretary of State",
        "chancellor of the exchequer": "Chancellor of the Exchequer",
        "general secretary of the communist party": "General Secretary",
    }  # fmt: skip
    if low in fixed:
        return fixed[low]
    m = re.fullmatch(r"minister (?:of|for) (?:the )?([a-z ]+)", low)
    if m and m.group(1) in MINISTER_SHORT:
        return f"{MINISTER_SHORT[m.group(1)]} Minister"
    m = re.fullmatch(r"minister (?:of|for) (?:the )?([a-z]+)", low)
    if m and m.group(1) not in ("state", "cabinet"):
        return f"{m.group(1).capitalize()} Minister"
    m = re.fullmatch(r"deputy minister (?:of|for) (?:the )?([a-z]+)", low)
    if m:
        return f"Deputy {m.group(1).capitalize()} Minister"
    if d.islower():
        return " ".join(w if w in SMALL else w.capitalize() for w in d.split())
    return d


def overlaps(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Do two (start, end) ranges overlap (open ends unbounded)?"""
    a0, a1 = a[0] or "0000", a[1] or "9999"
    b0, b1 = b[0] or "0000", b[1] or "9999"
    return a0 <= b1 and b0 <= a1


def singular_title(tag: str) -> str:
    """``Prime ministers`` -> ``Prime Minister``; ``Chairmen of the council`` -> ``Chairman of the
    Council``: CountryInfo leader sub-tags are plural office names."""
    words = tag.replace("_", " ").split("/")[0].strip().lower().split()
    out = []
    head = True
    for w in words:
        if w in ("of", "to", "for", "in", "on", "at", "pro"):
            head = False
        if head:
            parts = []
            for p in w.split("-"):
                if p.endswith("ies"):
                    p = p[:-3] + "y"
                elif p.endswith("men"):
                    p = p[:-3] + "man"
                elif p.endswith("s") and not p.endswith("ss") and len(p) > 3:
                    p = p[:-1]
                parts.append(p)
            w = "-".join(parts)
        if w in SMALL or w in ("to", "pro", "tempore"):
            out.append(w)
        elif "." in w:
            out.append(w.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def read_government(path: Path) -> list[tuple[str, str, str | None, str, str | None, str | None]]:
    """CountryInfo <Government> blocks: (name, iso3, title, sector, start, end) for each term.

    Titles follow ``#`` as ``T1 & T2``, one per bracketed role when the counts agree; the USA
    block gives them as ``#<Title>`` headers instead.
    """
    out = []
    for c_block in path.read_text(encoding="utf-8", errors="replace").split("<Country>")[1:]:
        gov = re.search(r"<Government>(.*?)</Government>", c_block, re.S)
        if not gov:
            continue
        header: str | None = None
        for raw in gov.group(1).splitlines():
            line = raw.strip()
            hm = re.fullmatch(r"#\s*<([^>]+)>", line)
            if hm:
                header = singular_title(hm.group(1))
                continue
            if not line or line.startswith("#"):
                continue
            body, _, comment = line.partition("#")
            names = re.findall(r"\{([^}]*)\}", body) or [re.split(r"[\[\t]", body)[0]]
            codes = [c for c in re.findall(r"\[([^\]]*)\]", body) if not c.startswith(("B:", "D:"))]
            titles = [t.strip() for t in comment.split("&") if t.strip()] if comment else []
            if not titles and header:
                titles = [header]
            for i, code in enumerate(codes):
                role = parse_role(code)
                if role is None:
                    continue
                iso, sector, start, end = role
                if len(titles) == len(codes):
                    title = titles[i]
                elif len(titles) == 1:
                    title = titles[0]
                else:
                    title = None
                for nm in names:
                    nm = nm.strip().strip("_")
                    if nm:
                        out.append((nm, iso, title, sector, start, end))
    return out


def read_leaders(path: Path) -> list[tuple[str, str, str, str | None, str | None]]:
    """CountryInfo <Leaders> blocks: (name, iso3, title, start, end) for each term."""
    out = []
    for c_block in path.read_text(encoding="utf-8", errors="replace").split("<Country>")[1:]:
        code = re.search(r"<CountryCode>(.*?)</CountryCode>", c_block)
        leaders = re.search(r"<Leaders>(.*?)</Leaders>", c_block, re.S)
        if not code or not leaders:
            continue
        iso = code.group(1).split("#")[0].strip()[-3:]
        iso = {"KSV": "XKX", "TMP": "TLS"}.get(iso, iso)
        if pycountry.countries.get(alpha_3=iso) is None and iso != "XKX":
            continue
        title = None
        for raw in leaders.group(1).splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            tag = re.fullmatch(r"<([^/][^>]*)>?", line)
            if tag:
                title = singular_title(tag.group(1))
                continue
            if line.startswith("</") or title is None:
                continue
            line = line.split("#")[0]
            names = re.findall(r"\{([^}]*)\}", line) or [re.split(r"[\[\t]", line)[0]]
            for rng in re.findall(r"\[([^\]:]*)\]", line):
                rng = rng.replace(" ", "")
                if rng.startswith(">"):
                    start, end = phoenix_date(rng[1:]), None
                elif "-" in rng:
                    a, _, b = rng.partition("-")
                    start, end = phoenix_date(a), phoenix_date(b)
                else:
                    continue
                for nm in names:
                    nm = nm.strip().strip("_")
                    if nm:
                        out.append((nm, iso, title, start, end))
    return out


def build_officials(data: Path, titles: dict) -> dict:
    """Office holders with dated roles: CountryInfo leaders and ministers (titles) merged with
    the Phoenix person entries (sectors, more terms, aliases)."""
    title_sector = {fold(t[0]): t[1] for t in titles["titles"]}
    known_titles = sorted(title_sector, key=len, reverse=True)

    def sector_of(title: str | None) -> str:
        if not title:
            return "GOV"
        t = fold(title)
        if t in title_sector:
            return title_sector[t]
        for key in known_titles:
            if t.endswith(" " + key) and title_sector[key] != "GOV":
                return title_sector[key]
        return "GOV"

    def short_title(title: str | None) -> str | None:
        """``Prime Minister and First Lord of the Treasury`` -> ``Prime Minister``."""
        if not title:
            return None
        m = re.match(r"^(.+?)(?:,| and )", title)
        if m and fold(m.group(1)) in title_sector:
            return norm_title(m.group(1))
        return title

    def clean(name: str) -> str:
        name = name.replace("_", " ").strip(" ,")
        return title_case(name.upper()) if name.isupper() or name.islower() else name

    display: dict[str, str] = {}
    # folded name -> list of [iso, title, sector|None, start, end]
    roles: dict[str, list[list]] = defaultdict(list)

    def add_ci(
        nm: str,
        iso: str,
        title: str | None,
        start: str | None,
        end: str | None,
        sector: str | None = None,
    ) -> None:
        nm = clean(nm)
        if not nm or len(nm.split()) < 2:
            return
        key = fold(nm)
        display.setdefault(key, nm)
        title = short_title(norm_title(title) if title else None)
        if title or sector:
            roles[key].append([iso, title, sector, start, end])

    for nm, iso, title, start, end in read_leaders(data / "countryinfo" / "CountryInfo.120116.txt"):
        add_ci(nm, iso, title, start, end)
    for nm, iso, title, sector, start, end in read_government(
        data / "countryinfo" / "CountryInfo.120116.txt"
    ):
        add_ci(nm, iso, title, start, end, sector)

    _, entries = read_phoenix_countries(data / "petrarch2" / "Phoenix.Countries.actors.txt")
    aliases: dict[str, str] = {}
    org = re.compile(
        r"\b(MINISTRY|PARTY|COUNCIL|BUREAU|AGENCY|ARMY|FORCES?|POLICE|BANK|COMPANY|"
        r"INTELLIGENCE|GOVERNMENT|ASSEMBLY|PARLIAMENT|SERVICES?|COMMITTEE|COMMISSION|FRONT|"
        r"MOVEMENT|UNION|OFFICE|COURT|CABINET|GUARD|NAVY|AIR|DEPARTMENT|ORGANI[SZ]ATION)\b"
    )
    for e in entries:
        raw_name = e["name"].replace("_", " ").strip()
        if not raw_name or org.search(raw_name) or not re.fullmatch(r"[A-Z .'\-]+", raw_name):
            continue
        if len(raw_name.split()) < 2:
            continue
        parsed = [r for r in (parse_role(c) for c in e["codes"]) if r]
        if not parsed:
            continue
        nm = clean(e["name"])
        key = fold(nm)
        display.setdefault(key, nm)
        for a in e["aliases"]:
            a_clean = a.replace("_", " ").strip()
            if (
                not a_clean
                or a_clean.split()[0].rstrip(".") in ALIAS_TITLE_PREFIXES
                or len(a_clean.split()) < 2
                or not re.fullmatch(r"[A-Z .'\-]+", a_clean)
            ):
                continue
            aliases.setdefault(fold(a_clean), key)
        mine = roles[key]
        for iso, sector, start, end in parsed:
            hit = False
            for r in mine:
                if r[0] == iso and overlaps((start, end), (r[3], r[4])):
                    hit = True
                    if r[2] is None:
                        r[2] = sector
            if not hit:
                mine.append([iso, None, sector, start, end])
    for line in PERSON_ALIASES.strip().splitlines():
        canon, *alts = line.split("|")
        if canon in roles:
            for a in alts:
                aliases[fold(a)] = canon

    names_out: list[str] = []
    name_index: dict[str, int] = {}
    title_list: list[str] = []
    title_index: dict[str, int] = {}
    rows = []
    for key in sorted(roles):
        merged: list[list] = []
        for iso, title, sector, start, end in sorted(
            roles[key], key=lambda r: (r[0], r[1] or "", r[3] or "")
        ):
            sector = sector or sector_of(title)
            last = merged[-1] if merged else None
            if (
                last
                and last[0] == iso
                and last[1] == title
                and overlaps((last[3], last[4]), (start, end))
            ):
                # an open start is "before the source's coverage": keep a known one
                last[3] = min(x for x in (last[3], start) if x) if last[3] or start else None
                last[4] = max(last[4], end) if last[4] and end else None
                continue
            merged.append([iso, title, sector, start, end])
        if not merged:
            continue
        name_index[key] = len(names_out)
        names_out.append(display.get(key, key.title()))
        for iso, title, sector, start, end in sorted(merged, key=lambda r: (r[3] or "", r[0])):
            ti = -1
            if title:
                if title not in title_index:
                    title_index[title] = len(title_list)
                    title_list.append(title)
                ti = title_index[title]
            rows.append(
                [
                    name_index[key],
                    iso,
                    ti,
                    sector,
                    int(start.replace("-", "")) if start else 0,
                    int(end.replace("-", "")) if end else 0,
                ]
            )
    for key in list(name_index):  # "Robert M. Gates" is also "Robert Gates"
        short = " ".join(w for w in key.split() if not re.fullmatch(r"[a-z]\.", w))
        if short != key and len(short.split()) >= 2 and short not in name_index:
            aliases.setdefault(short, key)
    alias_rows = {
        a: name_index[k] for a, k in sorted(aliases.items()) if k in name_index and a != k
    }
    return {"names": names_out, "titles": title_list, "roles": rows, "aliases": alias_rows}


def write(name: str, obj: object) -> int:
    """Write compact JSON and return its size."""
    path = OUT / name
    path.write_text(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    return path.stat().st_size


def build_cameo(data: Path) -> dict:
    """CAMEO code -> [PLOVER event, mode, context] from the PLOVER conversion table."""
    table: dict[str, list[str | None]] = {}
    for line in (data / "plover" / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        if not code.strip().isdigit() or not parts or not parts[0]:
            continue
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        context = parts[2] if len(parts) > 2 and parts[2] else None
        table[code.strip()] = [parts[0], mode, context]
    return {"source": "plover/CAMEO2PLOVER-2021.txt (CC BY-SA 4.0)", "codes": table}


def main(argv: Iterable[str] = ()) -> None:
    """Build every table."""
    args = list(argv)
    data = Path(args[0]) if args else (ROOT / ".." / "shared" / "data")
    data = data.resolve()
    OUT.mkdir(parents=True, exist_ok=True)
    commons, phrases = corpus_stats(data)
    countries = build_countries(data, commons, phrases)
    international = build_international(data, commons)
    titles = build_titles(data)
    officials = build_officials(data, titles)
    sizes = {
        "countries.json": write("countries.json", countries),
        "international.json": write("international.json", international),
        "titles.json": write("titles.json", titles),
        "officials.json": write("officials.json", officials),
        "cameo.json": write("cameo.json", build_cameo(data)),
    }
    for k, v in sizes.items():
        print(f"{k}: {v / 1024:.0f} KiB")
    print(f"total: {sum(sizes.values()) / 1024:.0f} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
