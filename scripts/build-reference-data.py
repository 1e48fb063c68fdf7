#!/usr/bin/env python3
"""Build Pactum's reference-data extracts from the raw public datasets.

Usage:
    python3 scripts/build-reference-data.py [path-to-shared-data]

The data path defaults to ../shared/data relative to the repository root.
Outputs (all under server/src/main/resources/reference/):

    countries.csv.gz             one row per ISO 3166-1 country/territory
    indicators.csv               one row per indicator (the catalogue)
    observations/<code>.csv.gz   country,partner,period,value
    SOURCES.md                   provenance, licences, method, check values

Python 3.11 standard library only. Output is deterministic: rows are sorted,
CSV uses "\\n" line ends, values are exact decimal transcriptions or exact
decimal sums of the published figures (decimal.Decimal, never float), and
gzip members carry no file name and mtime=0.  Running the script twice gives
byte-identical files.

The file format is a contract with the Java loader; see docs/reference-data.md.
"""

from __future__ import annotations

import csv
import gzip
import io
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO_ROOT, "server", "src", "main", "resources", "reference")
OBS_DIR_NAME = "observations"

# --------------------------------------------------------------------------
# Membership lists (hard-coded, with their legal basis), state as of 2026.
# --------------------------------------------------------------------------

# European Union, 27 Member States.  Legal basis: Treaty on European Union,
# Art. 52(1) (list of Member States) as amended by the accession treaties
# (latest: Croatia, 1 July 2013); the United Kingdom left on 31 January 2020
# (Withdrawal Agreement, OJ L 29, 31.1.2020).
EU_MEMBERS = frozenset("""
AUT BEL BGR CYP CZE DEU DNK ESP EST FIN FRA GRC HRV HUN IRL ITA LTU LUX LVA
MLT NLD POL PRT ROU SVK SVN SWE
""".split())

# Schengen area, 29 states applying the Schengen acquis in full (no internal
# border checks).  Legal basis: Schengen acquis integrated into EU law by
# Protocol No 19 to the TEU/TFEU; Schengen Borders Code, Regulation (EU)
# 2016/399.  25 EU Member States (all except Cyprus - not yet full
# application, Act of Accession 2003 Art. 3 - and Ireland - Protocol No 19
# opt-out).  Croatia since 1 January 2023 (Council Decision (EU) 2022/2451);
# Bulgaria and Romania air/sea borders since 31 March 2024 (Council Decision
# (EU) 2024/210) and land borders since 1 January 2025 (Council Decision (EU)
# 2024/3212).  Associated states: Iceland and Norway (Agreement of 18 May
# 1999, OJ L 176, 10.7.1999), Switzerland (Agreement of 26 October 2004,
# in force 12 December 2008), Liechtenstein (Protocol of 28 February 2008,
# in force 19 December 2011).  Monaco, San Marino and the Holy See are NOT
# members (open borders only through bilateral arrangements with France/Italy).
SCHENGEN_MEMBERS = frozenset("""
AUT BEL BGR CHE CZE DEU DNK ESP EST FIN FRA GRC HRV HUN ISL ITA LIE LTU LUX
LVA MLT NLD NOR POL PRT ROU SVK SVN SWE
""".split())

assert len(EU_MEMBERS) == 27 and len(SCHENGEN_MEMBERS) == 29

# --------------------------------------------------------------------------
# Gleditsch-Ward (GW) state codes -> ISO 3166-1 alpha-3.
# Standard GW list (Gleditsch & Ward 1999, with updates) for the post-1945
# states, plus the extra territorial units of the modified cShapes 2.0 coding
# used by poldat's ucdpbrds (colonies, protectorates, occupied territories).
# Rule: a unit maps to the ISO country that today holds its territory, or to
# its continuator state (Yugoslavia -> Serbia, Soviet Union -> Russia).  Units
# that were dissolved without a continuator and whose territory is now split
# between several ISO countries map to None (dropped and reported).
# --------------------------------------------------------------------------
GW_TO_ISO3: dict[int, str | None] = {
    # North America and the Caribbean
    2: "USA",    # United States of America
    3: "USA",    # Alaska (cShapes unit until statehood 1959)
    4: "USA",    # Hawaii (cShapes unit until statehood 1959)
    6: "PRI",    # Puerto Rico (cShapes unit; ISO territory)
    20: "CAN",   # Canada
    21: "CAN",   # Newfoundland (joined Canada 1949)
    31: "BHS", 40: "CUB", 41: "HTI", 42: "DOM", 51: "JAM", 52: "TTO", 53: "BRB",
    54: "DMA", 55: "GRD", 56: "LCA", 57: "VCT", 58: "ATG", 60: "KNA",
    70: "MEX", 80: "BLZ", 90: "GTM", 91: "HND", 92: "SLV", 93: "NIC", 94: "CRI",
    95: "PAN",
    # South America
    100: "COL", 101: "VEN", 110: "GUY", 115: "SUR", 130: "ECU", 135: "PER",
    140: "BRA", 145: "BOL", 150: "PRY", 155: "CHL", 160: "ARG", 165: "URY",
    # Europe
    200: "GBR", 205: "IRL", 210: "NLD", 211: "BEL", 212: "LUX", 220: "FRA",
    221: "MCO", 223: "LIE", 225: "CHE", 230: "ESP", 232: "AND", 235: "PRT",
    255: "DEU",  # Germany (GW code for Germany before 1945 / COW unified Germany)
    260: "DEU",  # German Federal Republic (West Germany; unified Germany from 1990)
    265: "DEU",  # German Democratic Republic 1949-1990: territory now DEU
    290: "POL", 305: "AUT", 310: "HUN",
    315: None,   # Czechoslovakia (to 1992): dissolved into CZE and SVK, no continuator
    316: "CZE", 317: "SVK", 325: "ITA", 331: "SMR", 338: "MLT", 339: "ALB",
    340: "SRB",  # Serbia (2006-)
    341: "MNE", 343: "MKD", 344: "HRV",
    345: "SRB",  # Yugoslavia / Serbia and Montenegro (to 2006): continuator Serbia
    346: "BIH",
    347: "XKX",  # Kosovo: kept only if XKX is in countries.csv (it is not in ISO 3166-1)
    349: "SVN", 350: "GRC", 352: "CYP", 355: "BGR", 359: "MDA", 360: "ROU",
    365: "RUS",  # Russia / Soviet Union (continuator Russia)
    366: "EST", 367: "LVA", 368: "LTU", 369: "UKR", 370: "BLR", 371: "ARM",
    372: "GEO", 373: "AZE", 375: "FIN", 380: "SWE", 385: "NOR", 390: "DNK",
    395: "ISL",
    396: "GEO",  # Abkhazia (GW microstate list; de jure Georgia)
    397: "GEO",  # South Ossetia (GW microstate list; de jure Georgia)
    # Africa
    402: "CPV", 403: "STP", 404: "GNB", 411: "GNQ", 420: "GMB", 432: "MLI",
    433: "SEN", 434: "BEN", 435: "MRT", 436: "NER", 437: "CIV", 438: "GIN",
    439: "BFA", 450: "LBR", 451: "SLE", 452: "GHA", 461: "TGO",
    462: "GHA",  # British Togoland (joined the Gold Coast 1956)
    471: "CMR",
    472: None,   # British Cameroons (split 1961 between NGA and CMR)
    475: "NGA", 481: "GAB", 482: "CAF", 483: "TCD", 484: "COG", 490: "COD",
    500: "UGA", 501: "KEN", 510: "TZA",
    511: "TZA",  # Zanzibar (united with Tanganyika 1964)
    515: None,   # Rwanda-Urundi (split 1962 into RWA and BDI)
    516: "BDI", 517: "RWA", 520: "SOM",
    521: "SOM",  # British Somaliland
    522: "DJI", 530: "ETH", 531: "ERI", 540: "AGO", 541: "MOZ",
    550: None,   # Federation of Rhodesia and Nyasaland (ZMB, ZWE, MWI)
    551: "ZMB", 552: "ZWE", 553: "MWI", 560: "ZAF", 565: "NAM", 570: "LSO",
    571: "BWA", 572: "SWZ", 580: "MDG", 581: "COM", 590: "MUS", 591: "SYC",
    600: "MAR",
    602: "MAR",  # Spanish Morocco (northern zone)
    6021: "MAR", # Southern zone of Spanish Morocco (Tarfaya)
    609: "ESH",  # Spanish Sahara / Western Sahara
    610: None,   # Spanish West Africa (Ifni -> MAR, Spanish Sahara -> ESH)
    615: "DZA", 616: "TUN", 620: "LBY", 625: "SDN", 626: "SSD",
    5200: "SOM", # Italian Somaliland (trust territory)
    # Middle East
    630: "IRN", 640: "TUR", 645: "IRQ", 651: "EGY", 652: "SYR", 660: "LBN",
    663: "JOR",
    665: None,   # Palestine (British Mandate, 1946-47): now ISR and PSE
    666: "ISR", 670: "SAU",
    678: "YEM",  # Yemen Arab Republic; unified Yemen from 1990 (GW)
    679: "YEM",  # Yemen (COW code for unified Yemen; alias)
    680: "YEM",  # Yemen, People's Republic of (South Yemen, 1967-1990)
    681: "YEM",  # Aden (colony)
    6801: "YEM", # Federation of South Arabia
    6812: "YEM", # East Aden Protectorate
    690: "KWT", 692: "BHR", 694: "QAT", 696: "ARE", 698: "OMN",
    699: "PSE",  # Palestine (West Bank and Gaza, 1967-)
    6511: "PSE", # Gaza (Egyptian administration 1948-1966)
    6631: "PSE", # West Bank (Jordanian administration 1948-1966)
    # Asia
    700: "AFG", 701: "TKM", 702: "TJK", 703: "KGZ", 704: "UZB", 705: "KAZ",
    710: "CHN",
    711: "CHN",  # Tibet (to 1950)
    712: "MNG", 713: "TWN", 731: "PRK", 732: "KOR", 740: "JPN", 750: "IND",
    7506: "IND", # Jammu and Kashmir (1947-48 unit, Indian-administered part)
    760: "BTN", 770: "PAK",
    7708: "PAK", # Kashmir (North, Azad) (1947-48 unit, Pakistani-administered)
    771: "BGD", 775: "MMR", 780: "LKA", 781: "MDV", 790: "NPL", 800: "THA",
    811: "KHM", 812: "LAO",
    815: "VNM",  # Vietnam (Annam/Cochin China/Tonkin), French Indochina to 1954
    816: "VNM",  # Vietnam, Democratic Republic of (North; unified Vietnam from 1976)
    817: "VNM",  # Vietnam, Republic of (South, 1954-1975)
    820: "MYS",
    823: "MYS",  # Sabah (North Borneo)
    824: "MYS",  # Sarawak
    830: "SGP", 835: "BRN", 840: "PHL", 850: "IDN",
    851: "IDN",  # West Irian (Dutch New Guinea)
    860: "TLS",
    # Oceania
    900: "AUS", 910: "PNG",
    911: "PNG",  # Papua (Australian territory)
    912: "PNG",  # New Guinea (Australian trust territory)
    920: "NZL",
    930: "NCL",  # New Caledonia and dependencies
    935: "VUT", 940: "SLB", 946: "KIR", 947: "TUV", 950: "FJI", 955: "TON",
    960: "PYF",  # French Polynesia
    970: "NRU", 983: "MHL", 986: "PLW", 987: "FSM", 990: "WSM",
}

# Frontex route labels (frontex.csv "route") -> indicator slug.
FRONTEX_ROUTES = {
    "Central Mediterranean Route": "central-mediterranean",
    "Eastern Mediterranean Route": "eastern-mediterranean",
    "Western Mediterranean Route": "western-mediterranean",
    "Western Balkan Route": "western-balkan",
    "Eastern Borders Route": "eastern-borders",
    "Western African Route": "western-african",
    "Circular Route from Albania to Greece": "circular-albania-greece",
    "Black Sea Route": "black-sea",
    "Other": "other",
}

# Passport Index requirement -> visa.requirement value code.
VISA_CODES = {
    "visa free": 3,
    "visa on arrival": 2,
    "e-visa": 1,
    "eta": 1,
    "visa required": 0,
    "no admission": -2,
}
PASSPORT_INDEX_PERIOD = "2025-01"   # data as of 12 January 2025 (SOURCE.txt)

# World Bank country names in wb-bilateral-remittances-2017-long.csv that are
# not (or no longer) the name used in the WDI snapshot.  None = not an ISO
# country (dropped and reported).
WB_NAME_OVERRIDES: dict[str, str | None] = {
    "Czech Republic": "CZE",
    "Faeroe Islands": "FRO",
    "Korea, Dem. Rep.": "PRK",
    "Macedonia, FYR": "MKD",
    "Puerto Rico": "PRI",
    "Somalia": "SOM",
    "Swaziland": "SWZ",
    "Turkey": "TUR",
    "Vietnam": "VNM",
    "WORLD": None,              # row/column totals
    "Channel Islands": None,    # World Bank code CHI, not ISO 3166-1
    "Kosovo": "XKX",            # World Bank code, not in ISO 3166-1 / countries.csv
}

# --------------------------------------------------------------------------
# Dataset metadata (indicators.csv columns source/edition/licence/source_url)
# --------------------------------------------------------------------------
DATASETS = {
    "wdi": dict(
        title="World Bank - World Development Indicators",
        source="World Bank, World Development Indicators",
        edition="WDI snapshot 2026-07-01 (datasets/world-development-indicators 4ebec5a)",
        licence="CC BY 4.0",
        url="https://datacatalog.worldbank.org/search/dataset/0037712/World-Development-Indicators",
    ),
    "unhcr": dict(
        title="UNHCR - Refugee Population Statistics Database (Refugee Data Finder)",
        source="UNHCR Refugee Data Finder",
        edition="refugees R package 2025.12.1, Global Trends 2025 release "
                "(PopulationStatistics/refugees 0c16a6d, 2026-06-25)",
        licence="CC BY 4.0",
        url="https://www.unhcr.org/refugee-statistics/",
    ),
    "eurostat": dict(
        title="Eurostat - asylum applicants by citizenship (migr_asyappctza)",
        source="Eurostat migr_asyappctza (via IOM GDI gdidata)",
        edition="Eurostat download 2025-05-26, 2011-2024 (iom/gdidata 0.3.21, c9e4cc6)",
        licence="CC BY 4.0",
        url="https://ec.europa.eu/eurostat/databrowser/view/migr_asyappctza/default/table",
    ),
    "frontex": dict(
        title="Frontex - detections of illegal border crossings (migratory map)",
        source="Frontex detections of illegal border-crossings (via IOM GDI gdidata)",
        edition="data as of 2025-06-03, 2009-01..2025-04 (iom/gdidata 0.3.21, c9e4cc6)",
        licence="Frontex copyright; reuse beyond private use needs Frontex permission (NOT cleared)",
        restriction="Frontex copyright: reuse beyond private use needs Frontex's permission",
        restricted_through="",
        url="https://www.frontex.europa.eu/what-we-do/monitoring-and-risk-analysis/migratory-map/",
    ),
    "undesa": dict(
        title="UN DESA - International Migrant Stock 2024",
        source="UN DESA Population Division, International Migrant Stock 2024 (via IOM GDI gdidata)",
        edition="International Migrant Stock 2024, 1990-2024 (iom/gdidata 0.3.21, c9e4cc6)",
        licence="UN DESA terms (not verified; attribution required)",
        url="https://www.un.org/development/desa/pd/content/international-migrant-stock",
    ),
    "rpw": dict(
        title="World Bank - Remittance Prices Worldwide (corridors)",
        source="World Bank, Remittance Prices Worldwide (Corridors), series ATCR.CORR",
        edition="DataBank export last updated 2020-12-07, 2011Q1..2020Q3 (natesheehan/sdg_10C 06f1c11)",
        licence="CC BY 4.0",
        url="https://remittanceprices.worldbank.org/",
    ),
    "wb2017": dict(
        title="World Bank/KNOMAD - Bilateral Remittance Estimates 2017",
        source="World Bank/KNOMAD, Bilateral Remittance Estimates for 2017",
        edition="April 2018 version (hbenveniste/mig-fund c89242e)",
        licence="CC BY 4.0",
        url="https://www.worldbank.org/en/topic/migrationremittancesdiasporaissues/brief/migration-remittances-data",
    ),
    "passport": dict(
        title="Passport Index dataset (visa requirements)",
        source="Passport Index dataset by Ilya Ilyankou (data from passportindex.org)",
        edition="data as of 2025-01-12 (ilyankou/passport-index-dataset a46dbc8)",
        licence="MIT (dataset repository); underlying data passportindex.org",
        url="https://github.com/ilyankou/passport-index-dataset",
    ),
    "ucdp": dict(
        title="UCDP / PRIO - battle-related deaths",
        source="UCDP GED 23.1 (1989-2022) and PRIO Battle-deaths 3.1 (1946-1988), via poldat ucdpbrds",
        edition="poldat ucdpbrds (kvelleby/poldat 9cdbec6; data file 08e6457), UCDP GED 23.1 + PRIO 3.1",
        licence="UCDP: CC BY 4.0; PRIO Battle-deaths 3.1: free for research use",
        restriction="PRIO Battle-deaths 3.1 figures (1946-1988): free for research use only",
        restricted_through="1988",
        url="https://ucdp.uu.se/downloads/",
    ),
}

WDI_SERIES = [
    # code, WDI series, file, name, unit
    ("wdi.population", "SP.POP.TOTL", "sp.pop.totl.csv",
     "Population, total (WDI SP.POP.TOTL)", "persons"),
    ("wdi.gdp", "NY.GDP.MKTP.CD", "ny.gdp.mktp.cd.csv",
     "GDP, current US$ (WDI NY.GDP.MKTP.CD)", "current US$"),
    ("wdi.gdp-per-capita-ppp", "NY.GDP.PCAP.PP.CD", "ny.gdp.pcap.pp.cd.csv",
     "GDP per capita, PPP, current international $ (WDI NY.GDP.PCAP.PP.CD)",
     "current international $"),
    ("wdi.unemployment", "SL.UEM.TOTL.ZS", "sl.uem.totl.zs.csv",
     "Unemployment, total, % of total labour force, modelled ILO estimate (WDI SL.UEM.TOTL.ZS)",
     "% of labour force"),
    ("wdi.remittances-received", "BX.TRF.PWKR.CD.DT", "bx.trf.pwkr.cd.dt.csv",
     "Personal remittances, received, current US$ (WDI BX.TRF.PWKR.CD.DT)", "current US$"),
]

FIRST_UNHCR_YEAR = 2000

PERIOD_RE = {
    "YEAR": re.compile(r"^\d{4}$"),
    "QUARTER": re.compile(r"^\d{4}-Q[1-4]$"),
    "MONTH": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
}
ISO3_RE = re.compile(r"^[A-Z]{3}$")


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def read_csv(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def dec(text: str) -> Decimal | None:
    """Exact decimal value of a published cell; None for an empty (NA) cell."""
    s = text.strip()
    if s == "" or s.upper() == "NA":
        return None
    try:
        d = Decimal(s)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None
    if not d.is_finite():
        raise ValueError(f"not a finite number: {text!r}")
    return d


def fmt(d: Decimal) -> str:
    """Plain decimal: integers without '.0', no exponent, no trailing zeros."""
    if d == d.to_integral_value():
        return str(int(d))
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def thousands(d) -> str:
    if isinstance(d, Decimal) and d != d.to_integral_value():
        whole, frac = fmt(d).split(".")
        return f"{int(whole):,}.{frac}"
    return f"{int(d):,}"


def csv_bytes(header: list[str], rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def write_gz(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(data)


def write_plain(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)


# --------------------------------------------------------------------------
# Indicator collector
# --------------------------------------------------------------------------

class Indicator:
    def __init__(self, code, name, unit, dimension, pair_meaning, frequency, dataset,
                 *, summed, notes=""):
        assert dimension in ("COUNTRY", "PAIR") and frequency in PERIOD_RE
        assert (pair_meaning != "") == (dimension == "PAIR")
        self.code, self.name, self.unit = code, name, unit
        self.dimension, self.pair_meaning, self.frequency = dimension, pair_meaning, frequency
        self.dataset = dataset
        self.summed = summed          # True: several source rows may add up to one key
        self.notes = notes
        self.values: dict[tuple[str, str, str], Decimal] = {}
        self.source_rows = 0
        self.dropped_rows = 0
        self.dropped_codes: Counter = Counter()
        self.file = f"{OBS_DIR_NAME}/{code}.csv.gz"
        self.bytes = 0

    def put(self, country: str, partner: str, period: str, value: Decimal) -> None:
        self.source_rows += 1
        if not PERIOD_RE[self.frequency].match(period):
            raise ValueError(f"{self.code}: bad period {period!r}")
        codes = (country,) if self.dimension == "COUNTRY" else (country, partner)
        bad = [c for c in codes if c not in COUNTRIES]
        if bad:
            self.dropped_rows += 1
            for c in bad:
                self.dropped_codes[c or "(empty)"] += 1
            return
        key = (country, partner if self.dimension == "PAIR" else "", period)
        if key in self.values:
            if not self.summed:
                raise ValueError(f"{self.code}: duplicate key {key}")
            self.values[key] += value
        else:
            self.values[key] = value

    def rows(self):
        for key in sorted(self.values):
            yield (*key, fmt(self.values[key]))

    def get(self, country, partner, period):
        return self.values.get((country, partner, period))

    def stats(self):
        keys = self.values.keys()
        periods = sorted({k[2] for k in keys})
        return dict(
            rows=len(self.values),
            countries=len({k[0] for k in keys}),
            partners=len({k[1] for k in keys if k[1]}),
            first=periods[0] if periods else "",
            last=periods[-1] if periods else "",
        )

    def dropped_text(self) -> str:
        if not self.dropped_rows:
            return "none"
        codes = ", ".join(f"{c} ({n:,})" for c, n in sorted(self.dropped_codes.items()))
        return f"{self.dropped_rows:,} source rows; codes: {codes}"


INDICATORS: list[Indicator] = []
COUNTRIES: set[str] = set()
CHECKS: list[tuple[str, str, str, str]] = []   # (dataset, description, value, status)
NOTES: dict[str, list[str]] = defaultdict(list)  # dataset -> extra markdown bullet lines


def new_indicator(*args, **kw) -> Indicator:
    ind = Indicator(*args, **kw)
    if any(i.code == ind.code for i in INDICATORS):
        raise ValueError(f"duplicate indicator {ind.code}")
    INDICATORS.append(ind)
    return ind


def check(dataset: str, description: str, actual, expected=None) -> None:
    """Record a check value; with `expected`, compare (mismatch fails the build)."""
    shown = "missing" if actual is None else thousands(actual)
    if expected is None:
        status = "reported"
    elif actual is not None and Decimal(actual) == Decimal(expected):
        status = f"OK (expected {thousands(Decimal(expected))})"
    else:
        status = f"MISMATCH (expected {thousands(Decimal(expected))})"
    CHECKS.append((dataset, description, shown, status))


# --------------------------------------------------------------------------
# countries.csv.gz
# --------------------------------------------------------------------------

_FOOTNOTE_RE = re.compile(r"\s*\*+$")
_ARTICLE_RE = re.compile(r"\s*\((the|le|la|l'|les|el|los|las)\)$")


def clean_unterm(name: str) -> str:
    name = _FOOTNOTE_RE.sub("", name.strip())
    return _ARTICLE_RE.sub("", name).strip()


def build_countries(data: str) -> list[list[str]]:
    rows = read_csv(os.path.join(data, "country-codes", "country-codes.csv"))
    out = []
    fallback = Counter()
    for r in rows:
        iso3 = r["ISO3166-1-Alpha-3"].strip()
        if not iso3:
            continue
        if not ISO3_RE.match(iso3):
            raise ValueError(f"bad alpha-3 {iso3!r}")
        numeric = r["ISO3166-1-numeric"].strip()
        numeric = f"{int(numeric):03d}" if numeric else ""
        en = clean_unterm(r["UNTERM English Short"])
        if not en:
            en = (r["CLDR display name"] or r["official_name_en"]).strip()
            fallback["en"] += 1
        names = [en]
        for lang, official in (("French", "fr"), ("Spanish", "es"), ("Russian", "ru"),
                               ("Chinese", "cn"), ("Arabic", "ar")):
            n = clean_unterm(r[f"UNTERM {lang} Short"])
            if not n:
                n = r[f"official_name_{official}"].strip()
                fallback[official] += 1
                if not n:
                    n = en
                    fallback[official + "->en"] += 1
            names.append(n)
        out.append([
            iso3, r["ISO3166-1-Alpha-2"].strip(), numeric, *names,
            r["Region Name"].strip(), r["Sub-region Name"].strip(),
            "true" if iso3 in EU_MEMBERS else "false",
            "true" if iso3 in SCHENGEN_MEMBERS else "false",
        ])
    out.sort()
    if len({r[0] for r in out}) != len(out):
        raise ValueError("duplicate alpha-3 in country-codes.csv")
    COUNTRIES.update(r[0] for r in out)
    missing = (EU_MEMBERS | SCHENGEN_MEMBERS) - COUNTRIES
    if missing:
        raise ValueError(f"membership codes missing from country-codes.csv: {missing}")
    NOTES["countries"].append(
        f"- {len(out)} rows (all rows of country-codes.csv have an alpha-3 code: "
        f"{len(rows)} source rows). Name fallbacks used (no UNTERM short name): "
        + ", ".join(f"{k} {v}" for k, v in sorted(fallback.items())) + ".")

    # Cross-check the membership flags with IOM GDI countrynames.csv.
    iom = read_csv(os.path.join(data, "iom-gdidata", "countrynames.csv"))
    iom_eu = {r["iso3"] for r in iom if r["eu"] == "1"}
    iom_sch = {r["iso3"] for r in iom if r["schengen"] == "1"}
    for label, ours, theirs in (("EU", EU_MEMBERS, iom_eu), ("Schengen", SCHENGEN_MEMBERS, iom_sch)):
        only_iom = sorted(theirs - ours)
        only_ours = sorted(ours - theirs)
        if not only_iom and not only_ours:
            NOTES["countries"].append(
                f"- {label} flag: agrees with iom-gdidata/countrynames.csv ({len(theirs)} states).")
        else:
            NOTES["countries"].append(
                f"- {label} flag: DISAGREES with iom-gdidata/countrynames.csv "
                f"({len(theirs)} flagged there). Flagged only by IOM: {', '.join(only_iom) or 'none'}; "
                f"only here: {', '.join(only_ours) or 'none'}. The hard-coded legal list is used.")
    iom_codes = {r["iso3"] for r in iom}
    NOTES["countries"].append(
        "- iom-gdidata/countrynames.csv codes that are not ISO 3166-1 (so not in countries.csv): "
        + ", ".join(sorted(iom_codes - COUNTRIES)) + ".")
    return out


# --------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------

def build_wdi(data: str) -> None:
    for code, series, fname, name, unit in WDI_SERIES:
        ind = new_indicator(code, name, unit, "COUNTRY", "", "YEAR", "wdi", summed=False)
        ind.series = series
        for r in read_csv(os.path.join(data, "world-bank-wdi", fname)):
            v = dec(r["Value"])
            if v is None:
                continue
            ind.put(r["Country Code"].strip(), "", r["Year"].strip(), v)
    pop, gdp, ppp = (find("wdi.population"), find("wdi.gdp"), find("wdi.gdp-per-capita-ppp"))
    check("wdi", "DEU population 2024 (SP.POP.TOTL)", pop.get("DEU", "", "2024"), 83516593)
    check("wdi", "DEU GDP 2024, current US$ (NY.GDP.MKTP.CD)", gdp.get("DEU", "", "2024"))
    check("wdi", "DEU GDP per capita PPP 2024, current intl $ (NY.GDP.PCAP.PP.CD)",
          ppp.get("DEU", "", "2024"))
    check("wdi", "DEU unemployment 2024, %", find("wdi.unemployment").get("DEU", "", "2024"))
    check("wdi", "DEU personal remittances received 2024, current US$",
          find("wdi.remittances-received").get("DEU", "", "2024"))


def build_unhcr(data: str) -> None:
    base = os.path.join(data, "unhcr-refugees")
    app = new_indicator(
        "unhcr.asylum-applications",
        "Asylum applications lodged (UNHCR), all procedure types (government, joint, UNHCR), "
        "all application types (new, repeat, appeal, ...) and all decision levels, "
        "persons and cases as reported, summed",
        "applications (persons or cases as reported)", "PAIR",
        "country = country of asylum (coa_iso); partner = country of origin (coo_iso)",
        "YEAR", "unhcr", summed=True)
    dec_total = new_indicator(
        "unhcr.asylum-decisions-total",
        "Asylum decisions, total (UNHCR dec_total: recognized + complementary protection + "
        "rejected + otherwise closed), all procedure types and decision levels, "
        "persons and cases as reported, summed",
        "decisions (persons or cases as reported)", "PAIR",
        "country = country of asylum (coa_iso); partner = country of origin (coo_iso)",
        "YEAR", "unhcr", summed=True)
    dec_rec = new_indicator(
        "unhcr.asylum-decisions-recognized",
        "Asylum decisions, recognized (Convention status; UNHCR dec_recognized), "
        "all procedure types and decision levels, persons and cases as reported, summed",
        "decisions (persons or cases as reported)", "PAIR",
        "country = country of asylum (coa_iso); partner = country of origin (coo_iso)",
        "YEAR", "unhcr", summed=True)
    ref = new_indicator(
        "unhcr.refugees",
        "Refugees under UNHCR's mandate, end-year stock (UNHCR population.csv refugees)",
        "persons", "PAIR",
        "country = country of asylum (coa_iso); partner = country of origin (coo_iso)",
        "YEAR", "unhcr", summed=False)
    hosted = new_indicator(
        "unhcr.refugees-hosted",
        "Refugees under UNHCR's mandate hosted, end-year stock, sum over all origins "
        "including unknown origin, stateless and Tibetan",
        "persons", "COUNTRY", "", "YEAR", "unhcr", summed=True)

    raw_app_n = Counter()
    raw_app_all = Counter()
    for r in read_csv(os.path.join(base, "asylum_applications.csv")):
        year = r["year"].strip()
        if int(year) < FIRST_UNHCR_YEAR:
            continue
        v = dec(r["applied"])
        if v is None:
            continue
        coa, coo = r["coa_iso"].strip(), r["coo_iso"].strip()
        app.put(coa, coo, year, v)
        if coa == "DEU" and coo == "SYR":
            raw_app_all[year] += v
            if r["app_type"] == "N":
                raw_app_n[year] += v
    for r in read_csv(os.path.join(base, "asylum_decisions.csv")):
        year = r["year"].strip()
        if int(year) < FIRST_UNHCR_YEAR:
            continue
        coa, coo = r["coa_iso"].strip(), r["coo_iso"].strip()
        t, rec = dec(r["dec_total"]), dec(r["dec_recognized"])
        if t is not None:
            dec_total.put(coa, coo, year, t)
        if rec is not None:
            dec_rec.put(coa, coo, year, rec)
    raw_hosted_all = Counter()
    ref_zero_rows = 0
    for r in read_csv(os.path.join(base, "population.csv")):
        year = r["year"].strip()
        if int(year) < FIRST_UNHCR_YEAR:
            continue
        v = dec(r["refugees"])
        if v is None:
            continue
        coa, coo = r["coa_iso"].strip(), r["coo_iso"].strip()
        if v == 0:
            # population.csv has a row per pair for any population type (asylum-seekers,
            # IDPs, stateless, ...); a 0 in `refugees` only says the row exists for another
            # type.  Such pairs are omitted from unhcr.refugees.
            ref_zero_rows += 1
        else:
            ref.put(coa, coo, year, v)
        hosted.put(coa, "", year, v)
        raw_hosted_all[(coa, year)] += v

    NOTES["unhcr"].append(
        f"- unhcr.refugees: {ref_zero_rows:,} population.csv rows (2000+) with refugees = 0 omitted "
        f"(the row exists for another population type); unhcr.refugees-hosted keeps a 0 total where "
        f"a country of asylum has rows but no refugees.")
    for y, exp in (("2023", 102930), ("2024", 76765), ("2025", 23256)):
        check("unhcr", f"DEU<-SYR asylum applications {y}, new applications only "
              f"(app_type N), raw asylum_applications.csv", raw_app_n[y], exp)
        check("unhcr", f"DEU<-SYR unhcr.asylum-applications {y} (all application types, output)",
              app.get("DEU", "SYR", y))
    check("unhcr", "DEU<-SYR unhcr.refugees 2024", ref.get("DEU", "SYR", "2024"))
    check("unhcr", "DEU<-SYR unhcr.asylum-decisions-total 2024", dec_total.get("DEU", "SYR", "2024"))
    check("unhcr", "DEU<-SYR unhcr.asylum-decisions-recognized 2024", dec_rec.get("DEU", "SYR", "2024"))
    for c in ("DEU", "TUR"):
        check("unhcr", f"{c} unhcr.refugees-hosted 2024 (output) vs raw population.csv sum over "
              f"all origins", hosted.get(c, "", "2024"),
              raw_hosted_all[(c, "2024")])
        pair_sum = sum((v for k, v in ref.values.items() if k[0] == c and k[2] == "2024"), Decimal(0))
        check("unhcr", f"{c} 2024 sum of unhcr.refugees pairs (ISO origins only)", pair_sum)


def build_eurostat(data: str) -> None:
    rows = read_csv(os.path.join(data, "iom-gdidata", "eu_asyapp.csv"))
    pair = new_indicator(
        "eurostat.asylum-applicants",
        "Asylum applicants, ALL applicants (first-time and subsequent; not first-time only), "
        "by citizenship, annual, summed over sex (Eurostat migr_asyappctza)",
        "persons", "PAIR",
        "country = reporting EU+ state (geo); partner = citizenship of the applicant (nat)",
        "YEAR", "eurostat", summed=True)
    total = new_indicator(
        "eurostat.asylum-applicants-total",
        "Asylum applicants, ALL applicants (first-time and subsequent; not first-time only), "
        "all citizenships including stateless and unknown, annual, summed over sex "
        "(Eurostat migr_asyappctza)",
        "persons", "COUNTRY", "", "YEAR", "eurostat", summed=True)
    eu27_raw = Counter()
    sex = Counter()
    for r in rows:
        v = dec(r["n"])
        if v is None:
            continue
        geo, nat, t = r["geo"].strip(), r["nat"].strip(), r["t"].strip()
        pair.put(geo, nat, t, v)
        total.put(geo, "", t, v)
        sex[r["sex"]] += 1
        if geo == "EU27":
            eu27_raw[t] += v
    NOTES["eurostat"].append(
        "- sex categories summed: " + ", ".join(f"{k} ({n:,} rows)" for k, n in sorted(sex.items())) + ".")
    check("eurostat", "EU27 aggregate 2024, raw eu_asyapp.csv (SOURCE.txt: 997,785)",
          eu27_raw["2024"], 997785)
    members_2024 = sum((v for k, v in total.values.items() if k[0] in EU_MEMBERS and k[2] == "2024"),
                       Decimal(0))
    check("eurostat", "sum of the 27 member states 2024, eurostat.asylum-applicants-total (output)",
          members_2024)
    NOTES["eurostat"].append(
        f"- The EU27 aggregate for 2024 ({thousands(eu27_raw['2024'])}) exceeds the sum of the 27 "
        f"member-state totals ({thousands(members_2024)}) by {thousands(eu27_raw['2024'] - members_2024)}; "
        f"the aggregate is Eurostat's own (not recomputed here) and is not in the extract.")
    check("eurostat", "DEU<-SYR 2024, eurostat.asylum-applicants", pair.get("DEU", "SYR", "2024"))
    check("eurostat", "DEU 2024, eurostat.asylum-applicants-total", total.get("DEU", "", "2024"))


def build_frontex(data: str) -> None:
    rows = read_csv(os.path.join(data, "iom-gdidata", "frontex.csv"))
    by_route = {}
    for label, slug in FRONTEX_ROUTES.items():
        by_route[label] = new_indicator(
            f"frontex.detections.{slug}",
            f"Frontex detections of illegal border crossings, {label}, by nationality of the "
            f"persons detected (country = nationality), sea and land summed, monthly",
            "detections", "COUNTRY", "", "MONTH", "frontex", summed=True)
    raw_cm_2023 = Decimal(0)
    types = Counter()
    for r in rows:
        route = r["route"].strip()
        if route not in by_route:
            raise ValueError(f"unknown Frontex route {route!r}")
        v = dec(r["n"])
        if v is None:
            continue
        by_route[route].put(r["nat"].strip(), "", r["t"].strip(), v)
        types[(FRONTEX_ROUTES[route], r["type"])] += 1
        if route == "Central Mediterranean Route" and r["t"].startswith("2023-"):
            raw_cm_2023 += v
    cm = find("frontex.detections.central-mediterranean")
    out_cm_2023 = sum((v for k, v in cm.values.items() if k[2].startswith("2023-")), Decimal(0))
    check("frontex", "Central Mediterranean 2023, all nationalities incl. unknown/stateless/XKX "
          "(raw frontex.csv)", raw_cm_2023, 158026)
    check("frontex", "Central Mediterranean 2023, ISO nationalities only "
          "(output frontex.detections.central-mediterranean)", out_cm_2023)
    NOTES["frontex"].append(
        "- route x type rows in the source: " + ", ".join(
            f"{s}/{t} {n:,}" for (s, t), n in sorted(types.items())) + ".")


def build_undesa(data: str) -> None:
    ind = new_indicator(
        "undesa.migrant-stock",
        "International migrant stock at mid-year by destination and origin, both sexes, "
        "1990, 1995, 2000, 2005, 2010, 2015, 2020 and 2024 (UN DESA International Migrant Stock 2024)",
        "persons", "PAIR",
        "country = country or area of destination (geo); partner = country or area of origin (from)",
        "YEAR", "undesa", summed=True)
    for r in read_csv(os.path.join(data, "iom-gdidata", "undesa_stocks.csv")):
        v = dec(r["n"])
        if v is None:
            continue
        ind.put(r["geo"].strip(), r["from"].strip(), r["t"].strip(), v)
    check("undesa", "DEU<-SYR 2024 (female + male)", ind.get("DEU", "SYR", "2024"), 860697)
    check("undesa", "USA<-MEX 2024 (female + male)", ind.get("USA", "MEX", "2024"))
    check("undesa", "USA<-MEX 1990 (female + male)", ind.get("USA", "MEX", "1990"))


def build_rpw(data: str) -> None:
    ind = new_indicator(
        "rpw.cost-usd-200",
        "Average total cost of sending USD 200 in the corridor, % of amount sent "
        "(World Bank Remittance Prices Worldwide, ATCR.CORR)",
        "% of amount sent", "PAIR",
        "country = sending country; partner = receiving country",
        "QUARTER", "rpw", summed=False)
    qre = re.compile(r"^(\d{4})Q([1-4])$")
    for r in read_csv(os.path.join(data, "remittances", "rpw-corridors-average-total-cost-long.csv")):
        v = dec(r["avg_total_cost_pct"])
        if v is None:
            continue
        m = qre.match(r["quarter"].strip())
        if not m:
            raise ValueError(f"bad quarter {r['quarter']!r}")
        ind.put(r["sending_iso3"].strip(), r["receiving_iso3"].strip(), f"{m[1]}-Q{m[2]}", v)
    check("rpw", "USA->MEX 2020-Q3, %", ind.get("USA", "MEX", "2020-Q3"))
    check("rpw", "DEU->TUR 2020-Q3, %", ind.get("DEU", "TUR", "2020-Q3"))


def build_wb2017(data: str) -> None:
    names: dict[str, str] = {}
    for fname in sorted(os.listdir(os.path.join(data, "world-bank-wdi"))):
        if fname.endswith(".csv"):
            for r in read_csv(os.path.join(data, "world-bank-wdi", fname)):
                names.setdefault(r["Country Name"].strip(), r["Country Code"].strip())
    ind = new_indicator(
        "wb.remittances-2017",
        "Bilateral remittance estimates for 2017 using migrant stocks, host-country and "
        "origin-country incomes (World Bank/KNOMAD, April 2018 version); model estimates",
        "US$ million", "PAIR",
        "country = sending country (where the migrants live, remittances paid from); "
        "partner = receiving country (remittances received)",
        "YEAR", "wb2017", summed=False)
    unresolved = set()
    via_override = set()

    def iso(name: str) -> str:
        if name in WB_NAME_OVERRIDES:
            via_override.add(name)
            return WB_NAME_OVERRIDES[name] or name
        if name in names:
            return names[name]
        unresolved.add(name)
        return name

    for r in read_csv(os.path.join(data, "remittances", "wb-bilateral-remittances-2017-long.csv")):
        v = dec(r["remittances_musd_2017"])
        if v is None:
            continue
        ind.put(iso(r["sending_country"].strip()), iso(r["receiving_country"].strip()), "2017", v)
    if unresolved:
        raise ValueError(f"wb.remittances-2017: unresolved country names {sorted(unresolved)}")
    NOTES["wb2017"].append(
        "- country names resolved through the World Bank names in the WDI snapshot; names "
        "resolved through the explicit override table in the script: "
        + ", ".join(f"{n} -> {WB_NAME_OVERRIDES[n] or 'dropped'}" for n in sorted(via_override)) + ".")
    check("wb2017", "USA->MEX 2017, US$ million (SOURCE.txt: 30,019)",
          ind.get("USA", "MEX", "2017").to_integral_value(), 30019)


def build_passport(data: str) -> None:
    req = new_indicator(
        "visa.requirement",
        "Visa requirement for holders of the passport travelling to the destination: "
        "3 visa-free (any number of days or 'visa free'), 2 visa on arrival, 1 e-visa or "
        "eTA, 0 visa required, -2 no admission (Passport Index snapshot)",
        "code", "PAIR",
        "country = passport (nationality of the traveller); partner = destination country",
        "MONTH", "passport", summed=False)
    days = new_indicator(
        "visa.free-days",
        "Number of visa-free days allowed to holders of the passport at the destination, "
        "where the Passport Index gives a number (Passport Index snapshot)",
        "days", "PAIR",
        "country = passport (nationality of the traveller); partner = destination country",
        "MONTH", "passport", summed=False)
    kinds = Counter()
    for r in read_csv(os.path.join(data, "passport-index", "passport-index-tidy-iso3.csv")):
        p, d, q = r["Passport"].strip(), r["Destination"].strip(), r["Requirement"].strip()
        if q == "-1":
            kinds["-1 (self, skipped)"] += 1
            continue
        if q.isdigit():
            kinds["number of days -> 3"] += 1
            req.put(p, d, PASSPORT_INDEX_PERIOD, Decimal(3))
            days.put(p, d, PASSPORT_INDEX_PERIOD, Decimal(q))
            continue
        if q not in VISA_CODES:
            raise ValueError(f"unknown Passport Index requirement {q!r}")
        kinds[f"{q} -> {VISA_CODES[q]}"] += 1
        req.put(p, d, PASSPORT_INDEX_PERIOD, Decimal(VISA_CODES[q]))
    NOTES["passport"].append(
        "- source values: " + ", ".join(f"{k}: {n:,}" for k, n in sorted(kinds.items())) + ".")
    check("passport", "DEU passport -> USA, visa.requirement 2025-01 (eta -> 1)",
          req.get("DEU", "USA", PASSPORT_INDEX_PERIOD))
    check("passport", "SYR passport -> DEU, visa.requirement 2025-01",
          req.get("SYR", "DEU", PASSPORT_INDEX_PERIOD))
    check("passport", "DEU passport -> BRA, visa.free-days 2025-01",
          days.get("DEU", "BRA", PASSPORT_INDEX_PERIOD))


def build_ucdp(data: str) -> None:
    ind = new_indicator(
        "ucdp.battle-deaths",
        "Battle-related deaths, best estimate, by country where the fighting took place "
        "(UCDP GED 23.1 from 1989, PRIO Battle-deaths 3.1 before), summed per ISO country and year",
        "deaths", "COUNTRY", "", "YEAR", "ucdp", summed=True)
    unmapped_unknown = Counter()
    unmapped_none = Counter()
    unit_names: dict[int, str] = {}
    deaths_lost = Counter()
    for r in read_csv(os.path.join(data, "ucdp-battle-deaths", "ucdpbrds.csv")):
        gw = int(r["gwcode"])
        unit_names.setdefault(gw, r["country_name"])
        v = dec(r["best"])
        if v is None:
            continue
        if gw not in GW_TO_ISO3:
            unmapped_unknown[gw] += 1
            deaths_lost[gw] += v
            ind.source_rows += 1
            ind.dropped_rows += 1
            ind.dropped_codes[f"GW {gw}"] += 1
            continue
        iso3 = GW_TO_ISO3[gw]
        if iso3 is None:
            unmapped_none[gw] += 1
            deaths_lost[gw] += v
            ind.source_rows += 1
            ind.dropped_rows += 1
            ind.dropped_codes[f"GW {gw}"] += 1
            continue
        if iso3 not in COUNTRIES:
            deaths_lost[gw] += v
        ind.put(iso3, "", r["year"].strip(), v)
    if unmapped_unknown:
        print("  ucdp: GW codes missing from GW_TO_ISO3 (dropped): " + ", ".join(
            f"{g} {unit_names[g]} ({n} rows)" for g, n in sorted(unmapped_unknown.items())))
    lost = {g: v for g, v in deaths_lost.items()}
    NOTES["ucdp"].append(
        "- units not mapped to a country of countries.csv (rows dropped; best-estimate deaths "
        "lost): " + ", ".join(
            f"GW {g} {unit_names[g]} ({thousands(lost[g])} deaths)" for g in sorted(lost)) + ".")
    if unmapped_unknown:
        NOTES["ucdp"].append("- GW codes absent from the mapping table: " + ", ".join(
            f"{g} {unit_names[g]}" for g in sorted(unmapped_unknown)) + ".")
    check("ucdp", "UKR 2022 best estimate (SOURCE.txt: 81,497)", ind.get("UKR", "", "2022"), 81497)
    check("ucdp", "SYR 2015 best estimate", ind.get("SYR", "", "2015"))
    check("ucdp", "SRB 1992 best estimate (GW 345 Yugoslavia unit)", ind.get("SRB", "", "1992"))


def find(code: str) -> Indicator:
    for i in INDICATORS:
        if i.code == code:
            return i
    raise KeyError(code)


# --------------------------------------------------------------------------
# SOURCES.md
# --------------------------------------------------------------------------

DATASET_TEXT = {
    "countries": """\
## Countries (`countries.csv.gz`)

- Publisher: datasets/country-codes (Open Knowledge / "datasets" organisation on GitHub), compiling
  ISO 3166-1, UN M49 and UNTERM names.
- URL: https://github.com/datasets/country-codes (file `data/country-codes.csv`)
- Snapshot: commit caa72d1e0e5af8876c170bb36a9e4d64a01bba88 (2026-05-15).
- Licence: Open Data Commons PDDL 1.0 (per the repository README; ISO's own position on the codes
  is described there as "somewhat unclear"). Attribution: not required by PDDL; cite
  "datasets/country-codes (ISO 3166-1, UN M49, UNTERM)".
- Extraction: one row per row with an ISO 3166-1 alpha-3 code. `numeric` = ISO 3166-1 numeric,
  zero-padded to 3 digits. Names: UNTERM short names in the six UN languages; UNTERM footnote
  markers (`*`, `**`) and trailing article markers (`(the)`, `(le)`, `(la)`, `(l')`, `(les)`,
  `(el)`, `(los)`, `(las)`) are removed, other parentheses are kept
  ("Bolivia (Plurinational State of)"). Where UNTERM has no name (territories, and in this snapshot
  also Côte d'Ivoire and Türkiye) English falls back to the CLDR display name, then
  `official_name_en`; other languages fall back to the file's `official_name_fr/es/ru/cn/ar`,
  then to English. `region`/`sub_region` = UN M49 region and sub-region names (English; empty for
  Antarctica, which M49 places in no region).
- `eu_member` / `schengen_member` are hard-coded in the script with their legal basis, state as of
  2026: EU 27; Schengen 29 (25 EU states without Cyprus and Ireland, Bulgaria and Romania in full
  since 1 January 2025, plus Iceland, Liechtenstein, Norway, Switzerland).
""",
    "wdi": """\
## World Bank - World Development Indicators (`wdi.*`)

- Publisher: World Bank. URL: https://data.worldbank.org/ (series pages
  https://data.worldbank.org/indicator/<SERIES>); copied from https://github.com/datasets/world-development-indicators
  (`indicators/<code>/data.csv`).
- Snapshot: commit 4ebec5a2273f531ba238a34dbe440394dc5a6c4b (2026-07-01, "Automated data update").
- Licence: CC BY 4.0. Required attribution: "World Bank, World Development Indicators".
- Extraction: series SP.POP.TOTL, NY.GDP.MKTP.CD, NY.GDP.PCAP.PP.CD, SL.UEM.TOTL.ZS,
  BX.TRF.PWKR.CD.DT; all years; values transcribed exactly as published (no rounding). Rows whose
  `Country Code` is not an ISO 3166-1 alpha-3 code of countries.csv (World Bank aggregates such as
  WLD, EUU, AFE, and the non-ISO economies XKX Kosovo and CHI Channel Islands) are dropped.
""",
    "unhcr": """\
## UNHCR - Refugee Population Statistics Database (`unhcr.*`)

- Publisher: UNHCR, Refugee Data Finder. URL: https://www.unhcr.org/refugee-statistics/ ; copied
  from UNHCR's R package "refugees" (https://github.com/PopulationStatistics/refugees).
- Snapshot: commit 0c16a6d0c2f37d8578f9b9e3d1e4459efe850398 (2026-06-25), package version
  2025.12.1 ("Global Trends 2025" release); data/*.rda converted to CSV unchanged.
- Licence: CC BY 4.0. Required attribution: "UNHCR Refugee Data Finder,
  https://www.unhcr.org/refugee-statistics/".
- Extraction (years 2000 onward for all UNHCR indicators; the 2025 rows are the latest release,
  check UNHCR's methodology for whether a 2025 figure is mid-year or full-year):
  - `unhcr.asylum-applications`: sum of `applied` over ALL rows per (coa_iso, coo_iso, year):
    all procedure types (G government, J joint, U UNHCR), all application types (N new, R repeat,
    A appeal, V, NR, NA, RA, FA, J, SP as coded by UNHCR), all decision levels, and persons (P)
    and cases (C) added as reported. This over-counts people where appeals/repeat applications
    are reported separately and mixes persons with cases; it is NOT the "new applications"
    series (filter app_type N in the raw file for that; see check values below).
  - `unhcr.asylum-decisions-total` / `-recognized`: sums of `dec_total` / `dec_recognized` over all
    procedure types, decision levels and persons/cases, per (coa_iso, coo_iso, year).
  - `unhcr.refugees`: `refugees` column of population.csv (refugees under UNHCR's mandate,
    end-year), one source row per key; pairs with 0 refugees are omitted (see count below).
  - `unhcr.refugees-hosted`: per country of asylum and year, sum of `refugees` over ALL origins in
    the raw file, including UNK (unknown), XXA (stateless) and TIB (Tibetan), so it is larger than
    the sum of the `unhcr.refugees` pairs.
  - Origins UNK, XXA, TIB (and asylum code UNK in population.csv) are not ISO countries: those
    rows are dropped from the PAIR files (counts below). R wrote some population values in
    exponent notation (e.g. `2e+06`); they are read as exact decimals.
""",
    "eurostat": """\
## Eurostat - asylum applicants by citizenship (`eurostat.*`)

- Publisher: Eurostat, dataset migr_asyappctza (annual, 2011-2024). URL:
  https://ec.europa.eu/eurostat/databrowser/view/migr_asyappctza/default/table ; copied from
  IOM's Global Data Institute R package "gdidata" (https://github.com/iom/gdidata, file
  `eu_asyapp.csv`).
- Snapshot: Eurostat download of 2025-05-26, gdidata 0.3.21, commit
  c9e4cc69cebd91d6cfca5f4107e2406e4de2c6ff (2025-06-19).
- Licence: CC BY 4.0 (European Commission reuse policy); gdidata package MIT. Required
  attribution: "Source: Eurostat (migr_asyappctza)".
- Important: gdidata calls these "first-time" applicants, but the EU27 2024 total (997,785)
  matches Eurostat's ALL asylum applicants (about 997,000), not first-time applicants (about
  912,000). The indicators are therefore named as ALL applicants.
- Extraction: `eurostat.asylum-applicants` = n summed over sex (female, male, unknown) per
  (geo, nat, year); `eurostat.asylum-applicants-total` = n summed over sex and over all
  citizenships including STL (stateless), XKX (Kosovo) and OOO (unknown) per (geo, year).
  The EU27 aggregate rows are dropped (not a country); reporting states are the 27 EU members,
  CHE, ISL, LIE, NOR, GBR (2011-2019) and MNE (2018-2024).
""",
    "frontex": """\
## Frontex - detections of illegal border crossings (`frontex.detections.<route>`)

- Publisher: Frontex (European Border and Coast Guard Agency), migratory map / monthly
  detections of illegal border-crossings. URL:
  https://www.frontex.europa.eu/what-we-do/monitoring-and-risk-analysis/migratory-map/ ; copied
  from IOM gdidata (`frontex.csv`).
- Snapshot: data as of 2025-06-03, January 2009 - April 2025; gdidata 0.3.21, commit c9e4cc6.
- Licence: **not cleared.** The Frontex website legal disclaimer
  (https://www.frontex.europa.eu/legal-disclaimer/) states that the site content is Frontex
  copyright, may be used for private purposes, and that other use, reproduction or transmission
  requires Frontex's permission. gdidata (MIT) only covers the packaging. Before distributing
  these files in a release, obtain Frontex's permission or drop the `frontex.*` files. Required
  attribution in any case: "Source: Frontex".
- Extraction: one indicator per route; country = nationality of the persons detected (COUNTRY
  dimension, the detecting state is not in the data); n summed over type (sea and land) per
  (route, nationality, month). Nationality codes that are not ISO countries are dropped: OOO
  (unknown), OOS (unidentified sub-Saharan), STL (stateless), XKX (Kosovo). Detections are
  events, not persons (the same person can be detected more than once).
""",
    "undesa": """\
## UN DESA - International Migrant Stock 2024 (`undesa.migrant-stock`)

- Publisher: United Nations, Department of Economic and Social Affairs, Population Division.
  URL: https://www.un.org/development/desa/pd/content/international-migrant-stock ; copied from
  IOM gdidata (`undesa_stocks.csv`).
- Snapshot: International Migrant Stock 2024; gdidata 0.3.21, commit c9e4cc6.
- Licence: UN DESA terms, not verified here (UN DESA publishes World Population Prospects under
  CC BY 3.0 IGO; check the terms of the migrant-stock files before a release). Required
  attribution: "United Nations, Department of Economic and Social Affairs, Population Division
  (2024). International Migrant Stock 2024."
- Extraction: every year of the edition (1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024); n summed over sex (female + male) per (destination geo, origin
  from). The data-type flags (type_b/c/r/i: birthplace, citizenship, refugees added, imputed) are
  not carried over. Non-ISO codes dropped: OOO (other/unknown origin) and XCX (Channel Islands).
""",
    "rpw": """\
## World Bank - Remittance Prices Worldwide (`rpw.cost-usd-200`)

- Publisher: World Bank, Remittance Prices Worldwide (Corridors), series ATCR.CORR (average total
  cost of sending USD 200, %). URL: https://remittanceprices.worldbank.org/ . The raw file is an
  unmodified DataBank export ("Last Updated: 12/07/2020", i.e. 7 December 2020) found in
  https://github.com/natesheehan/sdg_10C (commit 06f1c1123e11fc8d701ae554c127c9be5dd0edef); the
  long file used here was derived from it by dropping ".." cells.
- Licence: CC BY 4.0 (World Bank data; the carrying repository has no licence of its own).
  Required attribution: "World Bank, Remittance Prices Worldwide".
- Extraction: `rpw-corridors-average-total-cost-long.csv`; quarter `2016Q2` written as `2016-Q2`;
  values exactly as published (they carry single-precision noise, e.g. 15.2349996566772).
  Surveys were semi-annual until 2013 (Q1/Q3 only). Non-ISO receiving codes dropped: KSV (Kosovo),
  ANT (Netherlands Antilles, dissolved 2010).
""",
    "wb2017": """\
## World Bank/KNOMAD - Bilateral Remittance Estimates 2017 (`wb.remittances-2017`)

- Publisher: World Bank / KNOMAD, "Bilateral Remittance Estimates for 2017 using Migrant Stocks,
  Host Country Incomes, and Origin Country Incomes (millions of US$) (April 2018 Version)".
  URL: https://www.worldbank.org/en/topic/migrationremittancesdiasporaissues/brief/migration-remittances-data ;
  the workbook was found in https://github.com/hbenveniste/mig-fund
  (input_data/WB_Bilateral_Remittance_Estimates_2017.xlsx, commit c89242e4d57388203dba0e95af8871cf217597c0)
  and converted to long form (zero cells dropped).
- Licence: CC BY 4.0 (World Bank data). Required attribution: "World Bank/KNOMAD, Bilateral
  Remittance Estimates 2017".
- Extraction: country = sending country (the matrix rows: where migrants live and remittances
  are paid from), partner = receiving country (matrix columns); US$ million exactly as published
  (model estimates with full floating-point digits); period 2017. The file has names only; they
  are matched to ISO3 via the World Bank names in the WDI snapshot plus an explicit override table
  in the script. "WORLD" (totals), Channel Islands and Kosovo are dropped.
""",
    "passport": """\
## Passport Index - visa requirements (`visa.requirement`, `visa.free-days`)

- Publisher: Ilya Ilyankou, passport-index-dataset, compiled from passportindex.org (Arton
  Capital). URL: https://github.com/ilyankou/passport-index-dataset
- Snapshot: commit a46dbc872002e01f6465a69071a7ed5b6dc8fc7b, data as of 12 January 2025
  (period `2025-01`); 199 passports x 199 destinations.
- Licence: MIT (c) 2019 Ilya Ilyankou (dataset repository). Required attribution: keep the MIT
  copyright notice; cite "Passport Index dataset (Ilyankou), data from passportindex.org".
- Extraction (`passport-index-tidy-iso3.csv`): `visa.requirement` codes: 3 = visa-free (a number
  of days, or "visa free"), 2 = visa on arrival, 1 = e-visa or eTA ("eta" is new in this
  snapshot; earlier snapshots folded ETAs into e-visa), 0 = visa required, -2 = "no admission"
  (entry refused to holders of that passport). Self pairs (-1) are skipped. `visa.free-days` =
  the number of visa-free days where the source gives one (7-360), absent for "visa free"
  without a number. XKX (Kosovo) passports/destinations are dropped (not in countries.csv).
""",
    "ucdp": """\
## UCDP / PRIO - battle-related deaths (`ucdp.battle-deaths`)

- Publisher: Uppsala Conflict Data Program (UCDP GED 23.1, 1989-2022) and PRIO (Battle-deaths
  dataset 3.1, 1946-1988), combined by poldat (Jonas Vestby, PRIO), `ucdpbrds`.
  URL: https://ucdp.uu.se/downloads/ ; https://github.com/kvelleby/poldat
- Snapshot: poldat commit 9cdbec6257afb83d4045e42d4b3e311a2a098922 (2025-03-06); data file last
  changed in 08e64572d682cd1c1d6546c8a996a8f7dabaa78f (2024-03-05). Years 1946-2022.
- Licence: UCDP data CC BY 4.0; PRIO Battle-deaths 3.1 free for research use (commercial reuse not
  verified); poldat MIT. Required attribution: Davies et al. (UCDP's annual "Organized
  violence" article for the release used, here 23.1) and Sundberg & Melander (2013) for UCDP GED;
  Lacina & Gleditsch (2005) for PRIO Battle-deaths; poldat (Vestby) for the combination.
- Extraction: the file has one row per territorial unit and year, coded with modified cShapes 2.0
  Gleditsch-Ward codes (`gwcode`; there is no gwno_loc or multi-country location field). poldat
  already places each UCDP GED event geographically in one unit, so no conflict spans several
  rows and no splitting between countries is needed. `best` is summed per ISO3 and year through
  the explicit GW -> ISO3 table in the script: units map to the ISO country that now holds their
  territory or to the continuator state (Yugoslavia 345 -> SRB, Soviet Union 365 -> RUS, West and
  East Germany -> DEU, North/South Vietnam -> VNM, North/South Yemen -> YEM, Gaza/West Bank ->
  PSE); units dissolved without a continuator and now split between countries (Czechoslovakia,
  British Cameroons, Rwanda-Urundi, Rhodesia & Nyasaland federation, Spanish West Africa,
  Mandate Palestine) are dropped. Zero rows are kept (zero = no recorded battle deaths).
- Caveat: cShapes units follow the state system year by year, so the Yugoslavia unit (-> SRB)
  carries the 1991-1992 deaths of the wars in Croatia and Bosnia (Croatia and Bosnia units start
  with 0 in 1992) and the 1998-1999 Kosovo war.
""",
}

DATASET_ORDER = ["wdi", "unhcr", "eurostat", "frontex", "undesa", "rpw", "wb2017", "passport", "ucdp"]


def licence_table() -> str:
    """The licence of every series, and the restriction Pactum shows beside its figures."""
    out = ["## Licence of every series", "",
           "A restriction is shown beside the series' figures on every page, API answer and export; with",
           "`PACTUM_RESTRICTED_DATA=false` a restricted series (or its restricted periods, where the",
           "restriction runs only through a period) is left out of the first load.", "",
           "| series | licence | restriction | restricted periods |",
           "|---|---|---|---|"]
    for ind in sorted(INDICATORS, key=lambda i: i.code):
        ds = DATASETS[ind.dataset]
        restriction = ds.get("restriction", "")
        through = ds.get("restricted_through", "")
        periods = "" if not restriction else ("all" if not through else f"up to {through}")
        out.append(f"| `{ind.code}` | {ds['licence']} | {restriction or 'none'} | {periods or '-'} |")
    out.append("")
    return "\n".join(out)


def sources_md() -> str:
    out = ["""\
# Reference data: sources, licences and method

Generated by `scripts/build-reference-data.py` from the raw snapshots in `shared/data`
(see `docs/reference-data.md` to rebuild). Do not edit by hand.

Files: `countries.csv.gz` (countries), `indicators.csv` (indicator catalogue),
`observations/<code>.csv.gz` (`country,partner,period,value`). All codes are ISO 3166-1 alpha-3
codes present in `countries.csv.gz`; source rows with aggregate or unknown codes are dropped and
counted below. Values are exact decimal transcriptions of the published figures, or exact sums of
them; nothing is rounded or imputed. A missing key means "not reported" (the sources are sparse),
not necessarily zero.

**Licensing summary:** WDI, UNHCR, Eurostat, RPW, WB 2017 estimates and UCDP: CC BY 4.0
(attribution required). country-codes: PDDL. Passport Index dataset: MIT. **Frontex: not cleared
for redistribution** (see its section). UN DESA migrant stock: terms not verified. PRIO
Battle-deaths (1946-1988 part of `ucdp.battle-deaths`): free for research use.
"""]
    out.append(licence_table())
    out.append(DATASET_TEXT["countries"])
    out.extend(NOTES["countries"])
    out.append("")
    for ds in DATASET_ORDER:
        out.append(DATASET_TEXT[ds])
        out.append(f"- Edition string used in indicators.csv: {DATASETS[ds]['edition']}")
        out.extend(NOTES[ds])
        out.append("")
        out.append("| indicator | rows | countries | partners | periods | source rows | dropped (non-ISO codes) |")
        out.append("|---|---:|---:|---:|---|---:|---|")
        for ind in INDICATORS:
            if ind.dataset != ds:
                continue
            s = ind.stats()
            out.append(f"| `{ind.code}` | {s['rows']:,} | {s['countries']:,} | {s['partners']:,} | "
                       f"{s['first']}..{s['last']} | {ind.source_rows:,} | {ind.dropped_text()} |")
        checks = [c for c in CHECKS if c[0] == ds]
        if checks:
            out.append("")
            out.append("Check values:")
            out.append("")
            out.append("| check | value | status |")
            out.append("|---|---:|---|")
            for _, desc, val, status in checks:
                out.append(f"| {desc} | {val} | {status} |")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__)
        return 0 if len(argv) == 2 else 2
    data = argv[1] if len(argv) == 2 else os.path.join(REPO_ROOT, "..", "shared", "data")
    data = os.path.abspath(data)
    if not os.path.isdir(data):
        print(f"data directory not found: {data}", file=sys.stderr)
        return 2
    print(f"reading {data}")

    countries = build_countries(data)
    build_wdi(data)
    build_unhcr(data)
    build_eurostat(data)
    build_frontex(data)
    build_undesa(data)
    build_rpw(data)
    build_wb2017(data)
    build_passport(data)
    build_ucdp(data)

    # Write outputs.  Stale observation files from an earlier run are removed.
    obs_dir = os.path.join(OUT_DIR, OBS_DIR_NAME)
    os.makedirs(obs_dir, exist_ok=True)
    wanted = {os.path.basename(i.file) for i in INDICATORS}
    for fname in sorted(os.listdir(obs_dir)):
        if fname.endswith(".csv.gz") and fname not in wanted:
            os.remove(os.path.join(obs_dir, fname))

    write_gz(os.path.join(OUT_DIR, "countries.csv.gz"), csv_bytes(
        ["iso3", "iso2", "numeric", "name_en", "name_fr", "name_es", "name_ru", "name_zh",
         "name_ar", "region", "sub_region", "eu_member", "schengen_member"], countries))

    for ind in INDICATORS:
        path = os.path.join(OUT_DIR, ind.file)
        write_gz(path, csv_bytes(["country", "partner", "period", "value"], ind.rows()))
        ind.bytes = os.path.getsize(path)

    cat = []
    for ind in sorted(INDICATORS, key=lambda i: i.code):
        ds = DATASETS[ind.dataset]
        url = ds["url"]
        if ind.dataset == "wdi":
            url = f"https://data.worldbank.org/indicator/{ind.series}"
        cat.append([ind.code, ind.name, ind.unit, ind.dimension, ind.pair_meaning, ind.frequency,
                    ds["source"], ds["edition"], ds["licence"], ds.get("restriction", ""),
                    ds.get("restricted_through", ""), url, ind.file])
    write_plain(os.path.join(OUT_DIR, "indicators.csv"), csv_bytes(
        ["code", "name", "unit", "dimension", "pair_meaning", "frequency", "source", "edition",
         "licence", "restriction", "restricted_through", "source_url", "file"], cat))
    write_plain(os.path.join(OUT_DIR, "SOURCES.md"), sources_md().encode("utf-8"))

    # Report.
    print()
    print("dropped source rows (codes not in countries.csv):")
    for ind in INDICATORS:
        print(f"  {ind.code}: {ind.dropped_text()}")
    print()
    print("check values:")
    failed = 0
    for ds, desc, val, status in CHECKS:
        print(f"  [{ds}] {desc}: {val}  {status}")
        failed += status.startswith("MISMATCH")
    print()
    hdr = f"{'indicator':<44} {'dim':<7} {'freq':<7} {'rows':>8} {'ctry':>5} {'partn':>5} {'first':>8} {'last':>8} {'bytes':>9}"
    print(hdr)
    print("-" * len(hdr))
    total_rows = total_bytes = 0
    for ind in sorted(INDICATORS, key=lambda i: i.code):
        s = ind.stats()
        total_rows += s["rows"]
        total_bytes += ind.bytes
        print(f"{ind.code:<44} {ind.dimension:<7} {ind.frequency:<7} {s['rows']:>8,} {s['countries']:>5} "
              f"{s['partners']:>5} {s['first']:>8} {s['last']:>8} {ind.bytes:>9,}")
    other = 0
    for fname in ("countries.csv.gz", "indicators.csv", "SOURCES.md"):
        size = os.path.getsize(os.path.join(OUT_DIR, fname))
        other += size
        print(f"{fname:<44} {'':<7} {'':<7} {'':>8} {'':>5} {'':>5} {'':>8} {'':>8} {size:>9,}")
    print("-" * len(hdr))
    print(f"{'total (' + str(len(INDICATORS)) + ' indicators)':<44} {'':<7} {'':<7} {total_rows:>8,} "
          f"{'':>5} {'':>5} {'':>8} {'':>8} {total_bytes + other:>9,}")
    print(f"countries.csv.gz: {len(countries)} countries")
    if failed:
        print(f"{failed} check value(s) do not match; see above", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
