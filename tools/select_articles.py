#!/usr/bin/env python3
"""Choose the news articles of the extraction dev and test sets (tests/data/dev, tests/data/test).

Usage: python3 tools/select_articles.py [--write] [--dev-only N] [--quoted] [--out DIR]

Articles are chosen by counts alone, before anyone reads them: from each domain of the
Bend-the-Truth corpus (bus, hlth, sbz, sp, tch) the articles richest in speech cues and quote
marks, and from the COUNTER corpus the documents (a dateline line and the lines that wrap it,
joined with a space) with the most cues; a seeded shuffle deals them to `test/` and `dev/`.
Articles already in tests/data are left out, and so are copies (see `Fresh`). With --write, the texts are
written as tests/data/{dev,test}/NAME.txt (Bend-the-Truth files unchanged); gold files are
annotated by hand afterwards (see tests/data/README.md). `--dev-only N` deals N more articles
per domain and N more COUNTER documents to `dev/` alone (the test split keeps its size);
`--quoted` ranks by quotation marks alone (for a dev batch rich in direct quotations);
`--test-only N` deals N more per domain and N more COUNTER documents to `test/` alone (a
fresh blind split, when the old one has been studied and moved to `dev/`);
both options together deal to both splits in one draw;
`--domains LIST` (comma-separated, of bus, hlth, sbz, sp, tch, counter) deals from those alone
(when the others hold no article with the marks `--quoted` ranks by);
`--out DIR` writes `DIR/{dev,test}/NAME.txt` instead, for annotating them before they join.
"""
import glob, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared", "data")
CUE = re.compile("کہا|کہنا|بتایا|مطابق|بقول|لکھا|ٹویٹ|ٹوئٹ")
MARK = re.compile("[‘’“”\"«»]")
# A COUNTER document starts with a dateline: a place, maybe a date, and the agency in brackets.
AGENCY = re.compile(r"^.{0,45}?\((?:[^)]{0,30}(?:پی پی|ڈیسک|نمائندہ|رپورٹر|این این|آئی این|نیوز|آن لائن|ایجنسی|اے ایف|رائٹرز|مانیٹرنگ|ثناء|شنہوا))[^)]{0,30}\)")
PER_DOMAIN = {"test": 5, "dev": 4}
COUNTER = {"test": 5, "dev": 5}


def richness(text):
    if "--quoted" in sys.argv:
        # BBC Urdu and others quote with the ASCII apostrophe too.
        return len(re.findall("[‘’“”\"«»']", text)) / 2
    return len(CUE.findall(text)) + len(MARK.findall(text)) / 2


class Fresh:
    """Texts not seen before: a text whose word set is more than half shared with one already
    taken (or already in tests/data) is a copy. Both corpora hold copies: COUNTER is a corpus of
    text reuse, and Bend-the-Truth has articles filed twice with other white space."""

    def __init__(self):
        paths = glob.glob(os.path.join(ROOT, "tests", "data", "**", "*.txt"), recursive=True)
        self.taken = [set(open(p, encoding="utf-8-sig").read().split()) for p in paths]

    def take(self, text):
        words = set(text.split())
        if any(len(words & t) > len(words | t) / 2 for t in self.taken):
            return False
        self.taken.append(words)
        return True


def existing():
    names = set()
    for path in glob.glob(os.path.join(ROOT, "tests", "data", "**", "*.txt"), recursive=True):
        names.add(os.path.basename(path)[:-4])
    return names


def bend_the_truth(skip, fresh):
    by_domain = {}
    for path in sorted(glob.glob(os.path.join(SHARED, "bend_the_truth_urdu_news", "1.Corpus", "*", "Real", "*.txt"))):
        name = os.path.basename(path)[:-4]
        raw = open(path, "rb").read()
        text = raw.decode("utf-8-sig")
        if name in skip or not 800 <= len(text) <= 7000 or not fresh.take(text):
            continue
        by_domain.setdefault(re.match("[a-z]+", name).group(), []).append((richness(text), name, raw))
    return by_domain


def counter_documents():
    lines = open(os.path.join(SHARED, "counter_urdu_news", "counter.txt"), encoding="utf-8").read().split("\n")
    docs, start = [], None
    for i, line in enumerate(lines + [""]):
        if not line.strip() or AGENCY.match(line):
            if start is not None:
                docs.append((start + 1, " ".join(l.strip() for l in lines[start:i])))
            start = i if line.strip() else None
    return [d for d in docs if 800 <= len(d[1]) <= 6000]


def main(write, out):
    rng = random.Random(20261130)
    skip = existing()
    chosen = {"test": [], "dev": []}
    fresh = Fresh()
    domains = option("--domains", "bus,hlth,sbz,sp,tch,counter").split(",")
    for domain, arts in sorted(bend_the_truth(skip, fresh).items()):
        if domain not in domains:
            continue
        arts.sort(key=lambda a: (-a[0], a[1]))
        pool = arts[: PER_DOMAIN["test"] + PER_DOMAIN["dev"]]
        rng.shuffle(pool)
        chosen["test"] += [(n, r) for _, n, r in pool[: PER_DOMAIN["test"]]]
        chosen["dev"] += [(n, r) for _, n, r in pool[PER_DOMAIN["test"]:]]
    docs = [d for d in counter_documents() if f"counter{d[0]}" not in skip and fresh.take(d[1])]
    if "counter" not in domains:
        docs = []
    docs.sort(key=lambda d: (-richness(d[1]), d[0]))
    pool = docs[: COUNTER["test"] + COUNTER["dev"]]
    rng.shuffle(pool)
    chosen["test"] += [(f"counter{n}", t.encode()) for n, t in pool[: COUNTER["test"]]]
    chosen["dev"] += [(f"counter{n}", t.encode()) for n, t in pool[COUNTER["test"]:]]
    for split, arts in chosen.items():
        print(split, len(arts), " ".join(n for n, _ in arts))
        if write:
            folder = os.path.join(out, split)
            os.makedirs(folder, exist_ok=True)
            for name, raw in arts:
                open(os.path.join(folder, name + ".txt"), "wb").write(raw)


def option(name, default):
    """The value after `name` on the command line, or `default`."""
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


if __name__ == "__main__":
    # `--dev-only N` and `--test-only M` together deal N more to `dev/` and M more to `test/`
    # in one draw, from one shuffled pool (so the two never take the same article).
    if "--dev-only" in sys.argv or "--test-only" in sys.argv:
        dev, test = int(option("--dev-only", "0")), int(option("--test-only", "0"))
        PER_DOMAIN.update(test=test, dev=dev)
        COUNTER.update(test=test, dev=dev)
    main("--write" in sys.argv, option("--out", os.path.join(ROOT, "tests", "data")))
