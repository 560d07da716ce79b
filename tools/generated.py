"""What the data generators in tools/ share: where things are, the crate's letter folds, the
news corpus, and writing a generated file or checking it."""
import glob
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
CORPUS = os.path.join(ROOT, "..", "shared", "data", "bend_the_truth_urdu_news", "1.Corpus")

# The letter folds and deletions of the crate's normalizer (src/normalize/fold.rs), so that
# words are stored the way the crate will see them.
FOLD = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0647": "\u06c1",
                      "\u06c0": "\u06c2", "\u0629": "\u06c3", "\u0640": None, "\u200f": None,
                      "\u200e": None, "\ufeff": None})


def corpus_texts(why=""):
    """The texts of the Bend-the-Truth corpus's real news, in file order; exits if the corpus
    is not beside the repository (`why` says what it is needed for)."""
    if not os.path.isdir(CORPUS):
        sys.exit(f"the Bend-the-Truth corpus is needed at {CORPUS}" + (f" {why}" if why else ""))
    for f in sorted(glob.glob(os.path.join(CORPUS, "*", "Real", "*.txt"))):
        yield open(f, encoding="utf-8-sig").read()


def write_or_check(path, content, check, summary):
    """Writes `content` to `path`, or with `check` exits 1 if the file differs from it."""
    name = os.path.relpath(path, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if check:
        same = os.path.exists(path) and open(path, encoding="utf-8").read() == content
        print(f"{name} is up to date" if same else f"{name} is out of date")
        sys.exit(0 if same else 1)
    open(path, "w", encoding="utf-8").write(content)
    print(f"wrote {name}: {summary}")
