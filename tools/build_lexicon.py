#!/usr/bin/env python3
"""Builds data/lexicon.tsv: Urdu words with frequencies, for the join repair.

Sources:
  * the Urdu word list inside Tesseract's urd.traineddata (Debian package tesseract-ocr-urd,
    Apache-2.0), extracted with `combine_tessdata -u` and `dawg2wordlist` (package
    tesseract-ocr); about 14,000 words, some of them joined forms (`سفرکرنے`, `کےلیے`), which
    are left out (see `joins`);
  * word and phrase counts from the Bend-the-Truth Urdu news corpus (Amjad et al. 2020), which
    must be found beside the repository (../shared/data/); only word counts are kept;
  * the closed-class words of data/joins.tsv, and the one-word names of data/gazetteer.tsv.
A word counts when it is in the Tesseract list, the closed classes or the gazetteer, or when
the corpus uses it at least MIN_CORPUS times, and it is not a join of words (`joins`).

Usage: apt-get install tesseract-ocr tesseract-ocr-urd
       python3 tools/build_lexicon.py          # writes data/lexicon.tsv
       python3 tools/build_lexicon.py --check  # exits 1 if the file would change
"""
import collections, glob, itertools, os, re, subprocess, sys, tempfile, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generated import DATA, FOLD, corpus_texts, write_or_check  # noqa: E402

MIN_CORPUS = 3
# A reading of a listed word as a phrase that ends in a word other than a function word
# (`پر` + `تشدد`) counts when the corpus writes the phrase this often: many real words begin
# with the letters of a function word (`پرتشدد`, `کامن`), and a phrase seen once or twice is
# too little evidence against a word that the list vouches for. A reading that ends in a
# function word (`کشمیر` + `میں`, `کر` + `سکا`) counts when the corpus writes it apart at all.
MIN_PHRASE = 3
NON_JOINING = set("اآأإٱدڈذرڑزژوؤےۓۂۃءۀەں")  # ں ends words only
URDU_WORD = re.compile("^[\u0621-\u063a\u0641-\u064a\u0654\u0670\u0679-\u06d3\u06d5\u200c]+$")
DIACRITICS = re.compile("[\u064b-\u0653\u0655-\u065f]")
# A run of Urdu letters (with marks, tatweel and ZWNJ), or of anything else but space: the
# corpus's tokens, in order, for counting phrases.
TOKEN = re.compile("[\u0621-\u063a\u0640-\u0655\u0670\u0679-\u06d3\u06d5\u200c]+"
                   "|[^\\s\u0621-\u063a\u0640-\u0655\u0670\u0679-\u06d3\u06d5\u200c]+")
# The year sign (for عیسوی, of the Christian era), a word of one letter: `۲۰۱۰ء میں`.
YEAR_SIGN = "\u0621"
# At most this many cuts in a join (four function words after a word: `کردیاگیاہے`).
MAX_CUTS = 4


def norm(w):
    """The crate's default normalization of a word (NFC, Urdu letters, hamza composed)."""
    w = unicodedata.normalize("NFC", w).translate(FOLD)
    w = DIACRITICS.sub("", w)
    return (w.replace("\u06cc\u0654", "\u0626").replace("\u06d2\u0654", "\u06d3")
             .replace("\u06c1\u0654", "\u06c2").replace("\u0648\u0654", "\u0624"))


def tesseract_words():
    found = glob.glob("/usr/share/tesseract-ocr/*/tessdata/urd.traineddata")
    if not found:
        sys.exit("urd.traineddata not found: apt-get install tesseract-ocr tesseract-ocr-urd")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["combine_tessdata", "-u", found[0], os.path.join(tmp, "urd.")],
                       check=True, capture_output=True)
        out = os.path.join(tmp, "words.txt")
        subprocess.run(["dawg2wordlist", os.path.join(tmp, "urd.lstm-unicharset"),
                        os.path.join(tmp, "urd.lstm-word-dawg"), out], check=True, capture_output=True)
        return {norm(w) for w in open(out, encoding="utf-8").read().split()}


def corpus_tokens():
    """The corpus's texts, each as its list of normalized tokens."""
    return [[norm(t) for t in TOKEN.findall(text)] for text in corpus_texts("for word counts")]


def word_counts(texts):
    counts = collections.Counter()
    for tokens in texts:
        counts.update(t for t in tokens if URDU_WORD.match(t))
    return counts


def tsv_words(path, column=0, one_word=True):
    out = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        # A gazetteer variant may carry its own evidence flag after `:` (`چائنہ:-`).
        variants = fields[3].split("|") if path.endswith("gazetteer.tsv") and fields[3] != "-" else []
        for w in [fields[column]] + [v.split(":")[0] for v in variants]:
            if not one_word or " " not in w:
                out.add(norm(w))
    return out


def readings(word, known, closed):
    """The ways to read `word` as words written together: cut after non-joining letters into
    known words, one of them at least a function word of data/joins.tsv (the only joins the
    tokenizer repairs), and every other one of two letters or more or the year sign (`ء`,
    for عیسوی, written after a year: `۲۰۱۰ءمیں`)."""
    cuts = [i for i in range(1, len(word)) if word[i - 1] in NON_JOINING]
    for n in range(1, min(len(cuts), MAX_CUTS) + 1):
        for chosen in itertools.combinations(cuts, n):
            bounds = (0,) + chosen + (len(word),)
            pieces = tuple(word[a:b] for a, b in zip(bounds, bounds[1:]))
            if (all(p in known and (len(p) > 1 or p in closed or p == YEAR_SIGN) for p in pieces)
                    and any(p in closed for p in pieces)):
                yield pieces


def phrase_counts(texts, wanted):
    """How often the corpus writes each phrase of `wanted` (tuples of words) apart, as
    consecutive tokens."""
    lengths = {len(p) for p in wanted}
    counts = collections.Counter()
    for tokens in texts:
        for n in lengths:
            for i in range(len(tokens) - n + 1):
                phrase = tuple(tokens[i:i + n])
                if phrase in wanted:
                    counts[phrase] += 1
    return counts


def joins(words, known, closed, counts, texts):
    """The words of `words` that are joins: a reading of the word as words written together
    that the corpus writes apart (at least MIN_PHRASE times unless it ends in a function
    word), so it is a phrase of Urdu, while it writes the whole less often than apart or far
    less often than its least common piece.
    A real word that happens to split into words (`کالی` = `کا` + `لی`, `پکڑنے` = `پکڑ` + `نے`,
    `یاہو`, `پرتشدد`) is not a phrase the corpus writes often, and stays."""
    found = {w: list(readings(w, known, closed)) for w in words}
    phrases = phrase_counts(texts, {p for rs in found.values() for p in rs})
    out = set()
    for word, rs in found.items():
        for pieces in rs:
            apart, whole = phrases[pieces], counts[word]
            needed = 1 if pieces[-1] in closed else MIN_PHRASE
            if apart >= needed and (apart > whole or whole * 5 < min(counts[p] for p in pieces)):
                out.add(word)
                break
    return out


def main():
    check = "--check" in sys.argv
    texts = corpus_tokens()
    counts = word_counts(texts)
    closed = tsv_words(os.path.join(DATA, "joins.tsv"))
    places = tsv_words(os.path.join(DATA, "gazetteer.tsv"))
    tess = {w for w in tesseract_words() if URDU_WORD.match(w)}
    corpus = {w for w, c in counts.items() if c >= MIN_CORPUS and URDU_WORD.match(w)}
    known = tess | closed | places | corpus
    joined = joins(known - closed - places, known, closed, counts, texts)
    words = known - joined
    lines = ["# generated by tools/build_lexicon.py from Tesseract's Urdu word list (Apache-2.0), word",
             "# counts of the Bend-the-Truth corpus (Amjad et al. 2020), data/joins.tsv and data/gazetteer.tsv;",
             "# do not edit. word<TAB>count in the corpus[<TAB>corpus: a word no dictionary lists]",
             ]
    # A word that neither Tesseract's dictionary, the closed classes nor the list of words
    # that are no places (given names, `وکٹوریہ`) hold is known only from the corpus or the
    # gazetteer: mostly a name, or a spelling of one (`وسکانسن`); the crate takes such a
    # spelling as a place's (src/extract/locations/spelling.rs).
    dictionary = tess | closed | tsv_words(os.path.join(DATA, "not_places.tsv"))
    lines += [f"{w}\t{counts[w]}" + ("" if w in dictionary else "\tcorpus") for w in sorted(words)]
    out = "\n".join(lines) + "\n"
    write_or_check(os.path.join(DATA, "lexicon.tsv"), out, check, f"{len(words)} words ({len(tess)} from Tesseract, {len(corpus)} from the corpus)")


if __name__ == "__main__":
    main()
